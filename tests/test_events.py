"""The ``events`` stage: PLOVER triggers, arguments, negation, quotes, dedup, summaries, export, eval."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import pytest

from khabar.config import Config, ConfigError
from khabar.document import Document, Entity, Event, Mention, Quote, Span, TextSpan, Time
from khabar.events.arguments import token_core
from khabar.events.evaluate import (
    GoldEvent,
    Passage,
    coded,
    evaluate,
    event_overlaps,
    load_gold,
    name_matches,
    score,
)
from khabar.events.lexicon import (
    CIRCUMSTANTIAL,
    FIRST,
    PARTICIPLE,
    PLOVER_TYPES,
    THIRD,
    build,
    conjugate,
    load_triggers,
    ontology,
    parse_frame,
)
from khabar.events.plover import to_plover
from khabar.events.stage import EventCoder
from khabar.events.summary import summarize
from khabar.extract import extract_text as _extract_text
from khabar.lexicon import LexiconError, packaged
from khabar.pipeline import Pipeline, registered
from khabar.report import render_text
from khabar.serialize import from_json, to_dict

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = Config.default()
#: the stage's readings, arguments and passes are tested with every event it finds kept; the default's
#: leaving out of one-sided events of some types (``event_one_sided_dropped``) is tested on its own
CONFIG = DEFAULT.replace(event_one_sided_dropped=())
_STAGES = registered()
SENTENCES = _STAGES["sentences"](CONFIG)
TOKENS = _STAGES["tokens"](CONFIG)
CODER = EventCoder(CONFIG)


def extract_text(text: str, **kwargs: object) -> Document:
    """The full pipeline, every event the coder finds kept (see ``CONFIG``)."""
    return _extract_text(text, config=CONFIG, **kwargs)  # type: ignore[arg-type]


#: (surface forms, type, English name, country) — every entity found in a test text is added to it
ACTORS: list[tuple[tuple[str, ...], str, str | None, str | None]] = [
    (("فلاديمير بوتين", "بوتين"), "PER", "Vladimir Putin", "RUS"),
    (("كيم جونغ أون", "كيم"), "PER", "Kim Jong Un", "PRK"),
    (("شي جين بينغ", "شي"), "PER", "Xi Jinping", "CHN"),
    (("دونالد ترامب", "ترامب"), "PER", "Donald Trump", "USA"),
    (("يوري أوشاكوف", "أوشاكوف"), "PER", "Yuri Ushakov", "RUS"),
    (("سيرغي لافروف", "لافروف"), "PER", "Sergei Lavrov", "RUS"),
    (("بلينكن",), "PER", "Antony Blinken", "USA"),
    (("جورج بوش", "بوش"), "PER", "George W. Bush", "USA"),
    (("هيلاري كلينتون", "كلينتون"), "PER", "Hillary Clinton", "USA"),
    (("بنيامين نتنياهو", "نتنياهو"), "PER", "Benjamin Netanyahu", "ISR"),
    (("أردوغان",), "PER", "Recep Tayyip Erdogan", "TUR"),
    (("ماكرون",), "PER", "Emmanuel Macron", "FRA"),
    (("محمد مرسي", "مرسي"), "PER", None, "EGY"),
    (("أحمد علي",), "PER", None, None),
    (("غيلرمان",), "PER", "Dan Gillerman", "ISR"),
    (("الشرطة المصرية",), "ORG", "Egyptian police", "EGY"),
    (("الحكومة المصرية",), "ORG", "Egyptian government", "EGY"),
    (("الجيش الإسرائيلي",), "ORG", "Israeli army", "ISR"),
    (("حزب الله",), "ORG", "Hezbollah", "LBN"),
    (("حماس",), "ORG", "Hamas", "PSE"),
    (("الأمم المتحدة",), "ORG", "United Nations", None),
    (("الاتحاد الأوروبي",), "ORG", "European Union", None),
    (("مجلس الأمن",), "ORG", "UN Security Council", None),
    (("الولايات المتحدة",), "GPE", "United States", "USA"),
    (("كوريا الشمالية",), "GPE", "North Korea", "PRK"),
    (("كوريا الجنوبية",), "GPE", "South Korea", "KOR"),
    (("روسيا",), "GPE", "Russia", "RUS"),
    (("الصين",), "GPE", "China", "CHN"),
    (("إيران",), "GPE", "Iran", "IRN"),
    (("إسرائيل",), "GPE", "Israel", "ISR"),
    (("لبنان",), "GPE", "Lebanon", "LBN"),
    (("أوكرانيا",), "GPE", "Ukraine", "UKR"),
    (("مصر",), "GPE", "Egypt", "EGY"),
    (("فرنسا",), "GPE", "France", "FRA"),
    (("سوريا",), "GPE", "Syria", "SYR"),
    (("تركيا",), "GPE", "Turkey", "TUR"),
    (("العراق",), "GPE", "Iraq", "IRQ"),
    (("بغداد",), "GPE", "Baghdad", "IRQ"),
    (("تكريت",), "GPE", "Tikrit", "IRQ"),
    (("السعدون",), "LOC", None, "IRQ"),
    (("القاهرة",), "GPE", "Cairo", "EGY"),
    (("بكين",), "GPE", "Beijing", "CHN"),
    (("موسكو",), "GPE", "Moscow", "RUS"),
    (("غزة",), "GPE", "Gaza", "PSE"),
    (("دمشق",), "GPE", "Damascus", "SYR"),
    (("البنك الدولي",), "ORG", "World Bank", None),
    (("الجهاد الإسلامي",), "ORG", "Islamic Jihad", "PSE"),
    (("الإدارة الأميركية",), "ORG", "US administration", "USA"),
    (("بابل",), "ORG", "Babil", "IRQ"),
    (("رامسفيلد",), "PER", "Donald Rumsfeld", "USA"),
    (("خزاعة",), "LOC", "Khuza'a", "PSE"),
    (("كابل",), "GPE", "Kabul", "AFG"),
    (("عبد الله الهلالي",), "PER", None, "IRQ"),
    (("الموصل",), "GPE", "Mosul", "IRQ"),
    (("كركوك",), "GPE", "Kirkuk", "IRQ"),
    (("جلعاد شاليط",), "PER", "Gilad Shalit", "ISR"),
    (("سيغونيلا",), "MISC", None, None),  # a name the tagger gave no place type (of a base)
]
_LETTER = re.compile(r"[\u0621-\u064a]")


def make_doc(
    text: str,
    quotes: tuple[tuple[str, str], ...] = (),
    times: tuple[tuple[str, str], ...] = (),
    date: str | None = None,
) -> Document:
    """Sentences and tokens from the real stages; entities, quotes (text, speaker name) and times by hand."""
    doc = Document(text, date=date)
    TOKENS(SENTENCES(doc))
    taken: set[int] = set()
    entities: list[Entity] = []
    for surfaces, etype, name_en, country in ACTORS:
        mentions = []
        for surface in surfaces:
            for m in re.finditer(re.escape(surface), text):
                s, e = m.span()
                before = text[s - 1] if s else " "
                after = text[e] if e < len(text) else " "
                if _LETTER.match(after) or (_LETTER.match(before) and before not in "وفبلك"):
                    continue
                if taken & set(range(s, e)):
                    continue
                taken.update(range(s, e))
                mentions.append(Mention(s, e, surface))
        if mentions:
            mentions.sort(key=lambda m: m.start)
            entities.append(
                Entity(f"E{len(entities) + 1}", etype, surfaces[0], mentions, name_en, None, country)
            )
    doc.entities = entities
    by_name = {e.name: e.id for e in entities}
    for n, (qtext, speaker) in enumerate(quotes, 1):
        s = text.index(qtext)
        doc.quotes.append(Quote(f"Q{n}", qtext, s, s + len(qtext), True, by_name[speaker]))
    for ttext, value in times:
        s = text.index(ttext)
        doc.times.append(Time(s, s + len(ttext), ttext, value))
    return CODER(doc)


def recoded(text: str, kb_ids: dict[str, str]) -> Document:
    """``make_doc``'s document, coded again once its entities carry these knowledge-base ids (by name)."""
    doc = make_doc(text)
    for ent in doc.entities:
        ent.kb_id = kb_ids.get(ent.name)
    doc.events = []
    return CODER(doc)


def attacks(text: str) -> list[tuple[set[str], set[str]]]:
    """The source and target names of each ASSAULT coded in ``text``, in order."""
    doc = make_doc(text)
    return [(names(doc, ev.source), names(doc, ev.target)) for ev in doc.events if ev.type == "ASSAULT"]


def names(doc: Document, ids: tuple[str, ...]) -> set[str]:
    by_id = {e.id: e.name for e in doc.entities}
    return {by_id[i] for i in ids}


def find(doc: Document, etype: str) -> Event:
    hits = [ev for ev in doc.events if ev.type == etype]
    assert hits, f"no {etype} event in {[(e.type, e.trigger.text) for e in doc.events]}"
    return hits[0]


def roles(doc: Document, etype: str) -> tuple[set[str], set[str]]:
    """The source and target names of the first event of ``etype``."""
    ev = find(doc, etype)
    return names(doc, ev.source), names(doc, ev.target)


def event_roles(doc: Document) -> list[tuple[str, set[str], set[str]]]:
    """The type, source names and target names of every event of ``doc``, in order."""
    return [(e.type, names(doc, e.source), names(doc, e.target)) for e in doc.events]


def coded_roles(text: str) -> list[tuple[str, set[str], set[str]]]:
    """The type, source names and target names of every event coded in ``text``, in order."""
    return event_roles(extract_text(text))


def named_roles(doc: Document, ev: Event) -> tuple[list[str], list[str]]:
    """The source and target names of ``ev``, in order."""
    by_id = {e.id: e.name for e in doc.entities}
    return [by_id[s] for s in ev.source], [by_id[t] for t in ev.target]


SYMMETRIC = {t for t, spec in ontology()["types"].items() if spec["symmetric"]}

# (id, text, type, mode or "*" for any, source names, target names, negated)
CASES: list[tuple[str, str, str, str | None, set[str], set[str], bool]] = [
    # AGREE
    (
        "agree-vso-coord",
        "وقعت روسيا والصين اتفاقية للتعاون الاقتصادي.",
        "AGREE",
        None,
        {"روسيا", "الصين"},
        set(),
        False,
    ),
    (
        "agree-with",
        "وقع بوتين مع شي اتفاقا تجاريا في موسكو.",
        "AGREE",
        None,
        {"فلاديمير بوتين", "شي جين بينغ"},
        set(),
        False,
    ),
    ("agree-treaty", "أبرمت مصر وإسرائيل معاهدة سلام.", "AGREE", None, {"مصر", "إسرائيل"}, set(), False),
    (
        "agree-signed-between",  # an accord signed between its parties, told as a participle
        "واتهمت مصر حماس بخرق الاتفاق الموقع بين إسرائيل ولبنان.",
        "AGREE",
        None,
        {"إسرائيل", "لبنان"},
        set(),
        False,
    ),
    (
        "agree-content-clause-included",  # what the signed paper included is no party to it
        "ووقعت مصر والصين وثيقة مشتركة تضمنت التزام إيران بالحوار.",
        "AGREE",
        None,
        {"مصر", "الصين"},
        set(),
        False,
    ),
    (
        "agree-content-clause",  # what the accord provides is no party to it (يقضي ... عبر البنك الدولي)
        "وقعت مصر والصين اتفاقا يقضي بتمويل المشروع عبر البنك الدولي.",
        "AGREE",
        None,
        {"مصر", "الصين"},
        set(),
        False,
    ),
    (
        "agree-reach",
        "توصلت حماس وإسرائيل إلى اتفاق لوقف إطلاق النار.",
        "AGREE",
        None,
        {"حماس", "إسرائيل"},
        set(),
        False,
    ),
    ("support-pledge", "تعهد ماكرون بدعم أوكرانيا.", "SUPPORT", None, {"ماكرون"}, {"أوكرانيا"}, False),
    # thanks to many states or parties no name tells: kept with no target
    (
        "support-thanks-to-donors",
        "وشكر ماكرون الدول المانحة على دعمها.",
        "SUPPORT",
        None,
        {"ماكرون"},
        set(),
        False,
    ),
    (
        "support-thanks-to-mediators",
        "وشكر أردوغان الوسطاء على جهودهم.",
        "SUPPORT",
        None,
        {"أردوغان"},
        set(),
        False,
    ),
    ("concede-pledge", "وتعهد أردوغان بسحب مشروع القانون.", "CONCEDE", None, {"أردوغان"}, set(), False),
    (
        "concede-pledge-in-meeting",
        "وتعهد لافروف، خلال لقائه بلينكن، بالإفراج عن المعتقلين.",
        "CONCEDE",
        None,
        {"سيرغي لافروف"},
        {"بلينكن"},
        False,
    ),
    (
        "concede-regret-past-call",
        "أعرب ماكرون، خلال اتصال هاتفي مع أردوغان، عن أسفه للحادث.",
        "CONCEDE",
        "apologize",
        {"ماكرون"},
        {"أردوغان"},
        False,
    ),
    (
        "cooperate-received",
        "تسلمت مصر من روسيا دفعة من المروحيات القتالية.",
        "COOPERATE",
        None,
        {"روسيا"},
        {"مصر"},
        False,
    ),
    (
        "consult-letter-received",
        "تسلم أردوغان رسالة خطية من ماكرون.",
        "CONSULT",
        None,
        {"ماكرون"},
        {"أردوغان"},
        False,
    ),
    ("consult-letter-got", "تلقى أردوغان رسالة من ماكرون.", "CONSULT", None, {"ماكرون"}, {"أردوغان"}, False),
    ("aid-received-from", "تلقت مصر مساعدات من روسيا.", "AID", None, {"روسيا"}, {"مصر"}, False),
    # a loan or funding obtained from a lender: the lender gives it
    (
        "aid-loan-obtained",
        "وحصلت مصر على قرض من البنك الدولي.",
        "AID",
        None,
        {"البنك الدولي"},
        {"مصر"},
        False,
    ),
    ("aid-funding-obtained", "ويحصل لبنان على تمويل من فرنسا.", "AID", None, {"فرنسا"}, {"لبنان"}, False),
    ("aid-pledge", "تعهدت الصين بمساعدات لمصر.", "AID", "economic", {"الصين"}, {"مصر"}, False),
    (
        "aid-for-help-in-places",  # given for help in places: the places helped
        "أعلنت مصر تقديم 500 مليون دولار لدعم جهود الإغاثة في سوريا وتركيا.",
        "AID",
        None,
        {"مصر"},
        {"سوريا", "تركيا"},
        False,
    ),
    (
        "aid-sent-to-a-place",  # past what describes the convoy
        "أرسلت مصر قافلة مساعدات تضم 40 شاحنة محملة بالخيام إلى سوريا.",
        "AID",
        None,
        {"مصر"},
        {"سوريا"},
        False,
    ),
    # dissolving a body; seizing people; thanks conveyed
    ("coerce-dissolve", "أعلن أردوغان حل جهاز الأمن العام.", "COERCE", "ban", {"أردوغان"}, set(), False),
    ("coerce-dissolve-congress", "أعلن أردوغان حل الكونغرس.", "COERCE", "ban", {"أردوغان"}, set(), False),
    # house arrest imposed
    (
        "coerce-house-arrest",
        "فرضت الحكومة المصرية الإقامة الجبرية على محمد مرسي.",
        "COERCE",
        "arrest",
        {"الحكومة المصرية"},
        {"محمد مرسي"},
        False,
    ),
    (
        "coerce-seize",
        "أعلنت الشرطة المصرية ضبط ثلاثة مواطنين.",
        "COERCE",
        "arrest",
        {"الشرطة المصرية"},
        set(),
        False,
    ),
    (
        "support-thanks-conveyed",
        "ووجه ماكرون الشكر إلى مصر.",
        "SUPPORT",
        "praise",
        {"ماكرون"},
        {"مصر"},
        False,
    ),
    # a sit-in or a boycott by an official is still a protest (only a protest in words is an accusation)
    (
        "protest-official-sit-in",
        "واعتصم أردوغان أمام مقر البرلمان.",
        "PROTEST",
        None,
        {"أردوغان"},
        set(),
        False,
    ),
    (
        "protest-official-boycott",
        "بعد يومين من استفتاء قاطعه حماس.",
        "PROTEST",
        "boycott",
        {"حماس"},
        set(),
        False,
    ),
    (
        "sanction-recall-her-envoy",
        "واستدعت مصر سفيرتها لدى إسرائيل للتشاور.",
        "SANCTION",
        None,
        {"مصر"},
        {"إسرائيل"},
        False,
    ),
    (
        "threaten-pledge-to-respond",
        "وتعهد ماكرون بأن ترد فرنسا بلا رحمة.",
        "THREATEN",
        None,
        {"ماكرون"},
        set(),
        False,
    ),
    # valuing efforts; recognition; "soon" is no negation; warships sent; missiles of a country named
    (
        "support-valued",
        "وثمن أردوغان جهود مصر في رأب الصدع.",
        "SUPPORT",
        "praise",
        {"أردوغان"},
        {"مصر"},
        False,
    ),
    (
        "support-recognised",
        "وسرعان ما اعترفت روسيا بحكومة إيران.",
        "SUPPORT",
        "recognize",
        {"روسيا"},
        {"إيران"},  # the government recognised is Iran's (its object's genitive, no title's)
        False,
    ),
    ("mobilize-warships", "أرسلت الصين مدمرتين إلى سوريا.", "MOBILIZE", None, {"الصين"}, {"سوريا"}, False),
    # armour and a force deployed
    (
        "mobilize-armour",
        "ونشر الجيش الإسرائيلي دبابات في لبنان.",
        "MOBILIZE",
        "weapons",
        {"الجيش الإسرائيلي"},
        {"لبنان"},
        False,
    ),
    (
        "mobilize-a-force",
        "ونشرت الأمم المتحدة قوة في لبنان.",
        "MOBILIZE",
        "troops",
        {"الأمم المتحدة"},
        {"لبنان"},
        False,
    ),
    # representatives act for their bodies; subjects joined with و are the participants of talks
    (
        "consult-representatives",
        "بدأ ممثلون عن حماس والجهاد الإسلامي محادثات مباشرة في القاهرة.",
        "CONSULT",
        None,
        {"حماس", "الجهاد الإسلامي"},
        set(),
        False,
    ),
    # a construct dual object; the sponsor of a deal is no party to it
    (
        "agree-dual-sponsored",
        "وقعت مصر وإسرائيل اتفاقيتي سلام برعاية الولايات المتحدة.",
        "AGREE",
        None,
        {"مصر", "إسرائيل"},
        set(),
        False,
    ),
    # readiness to host or mediate talks is an offer; readiness as a noun, its owner the genitive
    (
        "agree-ready-to-host",  # with the two it offers to bring together
        "وأعربت الصين عن استعدادها لاستضافة محادثات بين روسيا وأوكرانيا.",
        "AGREE",
        None,
        {"الصين"},
        {"روسيا", "أوكرانيا"},
        False,
    ),
    (
        "agree-readiness-noun",
        "ودعا أردوغان إيران إلى الحوار، مؤكدا استعداد تركيا للوساطة.",
        "AGREE",
        None,
        {"تركيا"},
        set(),
        False,
    ),
    (
        "threaten-factions-of",  # the factions of a body stand for it
        'وأمهلت فصائل "حزب الله" الجيش الإسرائيلي شهرا واحدا.',
        "THREATEN",
        None,
        {"حزب الله"},
        {"الجيش الإسرائيلي"},
        False,
    ),
    (
        "reject-quoted-predicate",  # the subject before the quote mark opening its predicate
        "وقال أردوغان إن إيران «لن تقبل أي شروط».",
        "REJECT",
        None,
        {"إيران"},
        set(),
        False,
    ),
    (
        "sanction-quoted-predicate-object",  # the actor after the quoted verb is its object, not subject
        "وقال ماكرون إن فرنسا «ستعاقب إيران».",
        "SANCTION",
        None,
        {"فرنسا"},
        {"إيران"},
        False,
    ),
    (
        "consult-was-at-the-reception-of",  # كان X في استقبال Y: X hosts Y, not where Y arrived
        "وكان ماكرون في استقبال بوتين لدى وصوله إلى موسكو.",
        "CONSULT",
        None,
        {"ماكرون"},
        {"فلاديمير بوتين"},
        False,
    ),
    (
        "accuse-complaint-submitted-in-response",  # ردت X بتقديم شكوى ضد Y: X files it
        "وردت مصر بتقديم شكوى ضد إسرائيل إلى مجلس الأمن.",
        "ACCUSE",
        None,
        {"مصر"},
        {"إسرائيل"},
        False,
    ),
    (
        "agree-readiness-to-return-to-talks",
        "وأكدت كوريا الشمالية استعدادها للعودة إلى المحادثات السداسية.",
        "AGREE",
        None,
        {"كوريا الشمالية"},
        set(),
        False,
    ),
    (
        "agree-signed-statement",
        "وقع قادة دول الاتحاد الأوروبي ومصر على بيان مشترك.",
        "AGREE",
        None,
        {"الاتحاد الأوروبي", "مصر"},
        set(),
        False,
    ),
    # support given; the pronoun after أن stands for the subject of the verb before it
    (
        "aid-support-given",
        "أكد الاتحاد الأوروبي أنه سيواصل تقديم الدعم إلى أوكرانيا.",
        "AID",
        None,
        {"الاتحاد الأوروبي"},
        {"أوكرانيا"},
        False,
    ),
    # a verbal noun's genitive is its agent, an actor right after it its object (a body's forces: the body)
    (
        "accuse-noun-object",
        "بعد يوم من اتهام حماس إسرائيل بخرق الهدنة.",
        "ACCUSE",
        None,
        {"حماس"},
        {"إسرائيل"},
        False,
    ),
    (
        "accuse-noun-forces",
        "بعد اتهام أردوغان قوات الجيش الإسرائيلي بخرق الهدنة.",
        "ACCUSE",
        None,
        {"أردوغان"},
        {"الجيش الإسرائيلي"},
        False,
    ),
    # (not an actor further on, past other words)
    (
        "retreat-noun-no-object",
        "جاءت استقالة رامسفيلد غداة هزيمة حماس في الانتخابات.",
        "RETREAT",
        None,
        {"رامسفيلد"},
        set(),
        False,
    ),
    (
        "coerce-repress",
        "قمعت الشرطة المصرية أنصار حماس.",
        "COERCE",
        "restrict",
        {"الشرطة المصرية"},
        {"حماس"},
        False,
    ),
    (
        "coerce-disperse",  # a purpose: the clause's subject does it, over the phrase before it
        "استخدمت الشرطة المصرية الغاز المسيل للدموع لتفريق المتظاهرين في القاهرة.",
        "COERCE",
        "restrict",
        {"الشرطة المصرية"},
        set(),
        False,
    ),
    (
        "assault-explosion",
        "قتل عراقي في انفجار عبوة ناسفة في بغداد.",
        "ASSAULT",
        "explosives",
        set(),
        {"بغداد"},
        False,
    ),
    (
        "assault-place-after-place-noun-with-clitic",  # بمدينة غزة: the ب of مدينة is the place's
        "قتل سبعة في انفجار سيارة مفخخة بمدينة غزة.",
        "ASSAULT",
        "explosives",
        set(),
        {"غزة"},
        False,
    ),
    (
        "assault-exchange-of-fire",
        "أصيب ثلاثة خلال تبادل لإطلاق النار مع الجنود في غزة.",
        "ASSAULT",
        "firearms",
        set(),
        {"غزة"},
        False,
    ),
    (
        "mobilize-landing",
        "نفذت القوات عملية إنزال في غزة.",
        "MOBILIZE",
        "troops",
        set(),
        {"غزة"},
        False,
    ),
    (
        "request-generic-addressee",  # the community of nations is urged; Israel is in what it should do
        "ناشد ماكرون المجتمع الدولي الضغط على إسرائيل.",
        "REQUEST",
        None,
        {"ماكرون"},
        set(),
        False,
    ),
    (
        "request-asylum",  # asylum is asked of the country it is asked in
        "طلب أحمد علي اللجوء السياسي في الولايات المتحدة.",
        "REQUEST",
        None,
        {"أحمد علي"},
        {"الولايات المتحدة"},
        False,
    ),
    (
        "request-world-cup",  # "the world" in a cup's name is no generic addressee
        "تقدم ماكرون بطلب استضافة كأس العالم إلى الولايات المتحدة.",
        "REQUEST",
        None,
        {"ماكرون"},
        {"الولايات المتحدة"},
        False,
    ),
    (
        "request-generic-addressee-especially",  # ... but one of them named after وخاصة is urged
        "وناشد ماكرون الدول الغربية وخاصة الولايات المتحدة دعم لبنان.",
        "REQUEST",
        None,
        {"ماكرون"},
        {"الولايات المتحدة"},
        False,
    ),
    (
        "request-appeal-noun",
        "وجه حزب الله نداء إلى الأمم المتحدة.",
        "REQUEST",
        None,
        {"حزب الله"},
        {"الأمم المتحدة"},
        False,
    ),
    (
        "assault-doer-and-coordinated-places",  # قيام X بـ: X attacks; the places in في are struck
        "أدان ماكرون قيام إسرائيل باستهداف المدنيين في غزة ولبنان.",
        "ASSAULT",
        None,
        {"إسرائيل"},
        {"غزة", "لبنان"},
        False,
    ),
    (
        "coerce-arrest-campaign",
        "شن الجيش الإسرائيلي حملة اعتقالات في غزة.",
        "COERCE",
        "arrest",
        {"الجيش الإسرائيلي"},
        set(),
        False,
    ),
    (
        "accuse-act-not-its-victim",  # the attack's victim is not condemned
        "أدان ماكرون الهجوم الإسرائيلي على لبنان.",
        "ACCUSE",
        "disapprove",
        {"ماكرون"},
        set(),
        False,
    ),
    (
        "accuse-act-of-named-doer",  # ... its doer is
        "أدان ماكرون هجوم إسرائيل على لبنان.",
        "ACCUSE",
        "disapprove",
        {"ماكرون"},
        {"إسرائيل"},
        False,
    ),
    (
        "accuse-past-apposition-with-lam",  # X المستشار السياسي لـ Y: Y is the title's, not criticised
        "انتقد أحمد علي المستشار السياسي لحماس تصريحات أردوغان.",
        "ACCUSE",
        "disapprove",
        {"أحمد علي"},
        {"أردوغان"},
        False,
    ),
    (
        "assault-victims-of-an-organisation",  # قتل ثلاثة من رجال X: X's men are the victims
        "قتل ثلاثة من رجال الشرطة المصرية في هجوم.",
        "ASSAULT",
        None,
        set(),
        {"الشرطة المصرية"},
        False,
    ),
    (
        "assault-by-the-bullets-of",
        "استشهد فلسطيني برصاص الجيش الإسرائيلي في غزة.",
        "ASSAULT",
        "firearms",
        {"الجيش الإسرائيلي"},
        {"غزة"},
        False,
    ),
    (
        "assault-by-the-fire-of",
        "استشهد فلسطيني بنيران الجيش الإسرائيلي في خزاعة.",
        "ASSAULT",
        "firearms",
        {"الجيش الإسرائيلي"},
        {"خزاعة"},
        False,
    ),
    (
        "assault-killed-by-the-bullets-of",  # قتل ... برصاص X: X killed, the place is struck
        "قتل ثلاثة مدنيين برصاص الشرطة المصرية في القاهرة.",
        "ASSAULT",
        None,
        {"الشرطة المصرية"},
        {"القاهرة"},
        False,
    ),
    (
        "assault-killed-at-the-hands-of",
        "قتل سبعة رعاة على يد عناصر من حزب الله.",
        "ASSAULT",
        None,
        {"حزب الله"},
        set(),
        False,
    ),
    (
        "mobilize-forces-enter",  # forces entering a town
        "دخلت قوات الجيش الإسرائيلي مدينة غزة.",
        "MOBILIZE",
        "troops",
        {"الجيش الإسرائيلي"},
        {"غزة"},
        False,
    ),
    (
        "mobilize-forces-arrive-svo",  # forces told first, after أن, then their arrival
        "وأضاف البيان أن قوات من الجيش الإسرائيلي وصلت إلى غزة.",
        "MOBILIZE",
        "troops",
        {"الجيش الإسرائيلي"},
        {"غزة"},
        False,
    ),
    (
        "coerce-people-who-work-in-a-body",  # the body they work in was acted on
        "احتجزت الشرطة المصرية 12 صحافيا يعملون في حزب الله.",
        "COERCE",
        None,
        {"الشرطة المصرية"},
        {"حزب الله"},
        False,
    ),
    (
        "accuse-noun-expressed",  # أعرب X عن إدانة: X condemns
        "أعربت فرنسا عن إدانة الهجوم.",
        "ACCUSE",
        None,
        {"فرنسا"},
        set(),
        False,
    ),
    (
        "accuse-noun-on-an-act",  # إدانة هجوم حماس: the attack's agent is condemned, not condemning
        "وأعربت فرنسا عن إدانة هجوم حماس على إسرائيل.",
        "ACCUSE",
        None,
        {"فرنسا"},
        {"حماس"},
        False,
    ),
    (
        # the relative clause is on the attack, not on إدانة; the condemnation is against its agent
        "accuse-noun-on-an-act-a-clause-tells",
        "وأعربت فرنسا عن إدانة الهجوم الذي شنته حماس على إسرائيل.",
        "ACCUSE",
        None,
        {"فرنسا"},
        {"حماس"},
        False,
    ),
    (
        "accuse-noun-on-an-act-carried-out",
        "وأعربت فرنسا عن إدانة هجوم شنته حماس على إسرائيل.",
        "ACCUSE",
        None,
        {"فرنسا"},
        {"حماس"},
        False,
    ),
    (
        "sanction-conjoined-after-a-prepositional-phrase",  # وفرض after بالتجربة: a verb of its own
        "ندد مجلس الأمن بالتجربة وفرض عقوبات جديدة على كوريا الشمالية.",
        "SANCTION",
        None,
        {"مجلس الأمن"},
        {"كوريا الشمالية"},
        False,
    ),
    (
        "assault-belt-detonated",  # فجر حزامه الناسف: his belt, the object of a suicide bombing
        "فجر انتحاري حزامه الناسف في بغداد.",
        "ASSAULT",
        "explosives",
        set(),
        {"بغداد"},
        False,
    ),
    (
        "assault-near-a-titled-person-s-convoy",  # قرب موكب الشيخ X: past the owner's title
        "فجر انتحاري نفسه قرب موكب الشيخ أحمد علي.",
        "ASSAULT",
        None,
        set(),
        {"أحمد علي"},
        False,
    ),
    (
        "request-noun-before-the-one-asked",  # طلبا after one actor: a noun; تقدمت به names who asked
        "تدرس الصين طلبا مماثلا تقدمت به الحكومة المصرية.",
        "REQUEST",
        None,
        {"الحكومة المصرية"},
        {"الصين"},
        False,
    ),
    (
        "agree-the-two-sides-of-a-meeting",  # the one who met the pair is one side, the pair the other
        "زار ماكرون موسكو والتقى خلالها فلاديمير بوتين وسيرغي لافروف. واتفق الجانبان على تعزيز التعاون.",
        "AGREE",
        None,
        {"ماكرون"},
        {"فلاديمير بوتين", "سيرغي لافروف"},
        False,
    ),
    (
        "protest-of-a-body-after-lam",  # وقفة احتجاجية لحزب X: the party's protest
        "منعت الشرطة المصرية وقفة احتجاجية لحزب الله أمام البرلمان.",
        "PROTEST",
        None,
        {"حزب الله"},
        set(),
        False,
    ),
    (
        "protest-against-after-lam",  # مظاهرة مناهضة لX: against X
        "خرجت مظاهرة مناهضة لحماس في القاهرة.",
        "PROTEST",
        None,
        set(),
        {"حماس"},
        False,
    ),
    (
        "retreat-noun-directed-by-subject",  # وجه X بالإفراج عن Y: X orders the release
        "وجه محمد مرسي بالإفراج عن أحمد علي.",
        "RETREAT",
        "release",
        {"محمد مرسي"},
        {"أحمد علي"},
        False,
    ),
    (
        "coerce-website-blocked",  # حجب موقع: censorship, with no one named it is aimed at
        "حجبت الحكومة المصرية موقع صحيفة معارضة.",
        "COERCE",
        "censor",
        {"الحكومة المصرية"},
        set(),
        False,
    ),
    (
        "coerce-publication-ban",  # فرض حظر النشر: censorship, not a sanction
        "فرضت الحكومة المصرية حظر النشر في القضية.",
        "COERCE",
        "censor",
        {"الحكومة المصرية"},
        set(),
        False,
    ),
    (
        "accuse-held-responsible-unnamed",  # حملت X النظام مسؤولية: X holds someone unnamed responsible
        "حملت الحكومة المصرية النظام مسؤولية الهجوم.",
        "ACCUSE",
        None,
        {"الحكومة المصرية"},
        set(),
        False,
    ),
    (
        "reject-what-someone-put-forward",  # الطعن المقدم من X: X's appeal is rejected
        "رفضت الحكومة المصرية المبادرة المقدمة من الاتحاد الأوروبي.",
        "REJECT",
        None,
        {"الحكومة المصرية"},
        {"الاتحاد الأوروبي"},
        False,
    ),
    (
        "sanction-a-court-condemns",  # أدانت محكمة X: a conviction, not a condemnation
        "أدانت محكمة مصرية أحمد علي بتهمة التجسس.",
        "SANCTION",
        "convict",
        set(),
        {"أحمد علي"},
        False,
    ),
    (
        "assault-convoy-underwent-a-bombing",  # تعرض موكب X لتفجير: X was struck, not striking
        "تعرض موكب محمد مرسي لتفجير في القاهرة.",
        "ASSAULT",
        None,
        set(),
        {"محمد مرسي"},
        False,
    ),
    (
        "coerce-party-dissolved",  # حلت X حزبا: a ban (not حل محل, "replaced", nor حل ضيفا)
        "حلت الحكومة المصرية حزب الله.",
        "COERCE",
        "ban",
        {"الحكومة المصرية"},
        {"حزب الله"},
        False,
    ),
    (
        "coerce-activity-suspended",  # علقت X نشاط Y: a ban, not a sanction
        "علقت الحكومة المصرية نشاط حزب الله.",
        "COERCE",
        "ban",
        {"الحكومة المصرية"},
        {"حزب الله"},
        False,
    ),
    (
        "coerce-noun-genitive-with-definite-people-after",  # ترحيل X اللاجئين: X deports them
        "انتقدت فرنسا ترحيل الحكومة المصرية اللاجئين السوريين.",
        "COERCE",
        "deport",
        {"الحكومة المصرية"},
        set(),
        False,
    ),
    (
        "coerce-state-of-emergency-declared",  # أعلنت X حالة الطوارئ: emergency rule
        "أعلنت الحكومة المصرية حالة الطوارئ في القاهرة.",
        "COERCE",
        "martial-law",
        {"الحكومة المصرية"},
        set(),
        False,
    ),
    (
        # رفعت X حالة الطوارئ: easing, no emergency rule (PLOVER's RETREAT ease, CAMEO 0814)
        "retreat-state-of-emergency-lifted",
        "رفعت الحكومة المصرية حالة الطوارئ.",
        "RETREAT",
        "ease",
        {"الحكومة المصرية"},
        set(),
        False,
    ),
    (
        "sanction-tariffs-doubled",
        "ضاعف دونالد ترامب الرسوم الجمركية على واردات الصلب من تركيا .",
        "SANCTION",
        None,
        {"دونالد ترامب"},
        {"تركيا"},
        False,
    ),
    (
        "retreat-sanctions-lifted",  # sanctions lifted are eased in deed (CAMEO 085)
        "ورفعت الولايات المتحدة العقوبات المفروضة على إيران .",
        "RETREAT",
        "ease",
        {"الولايات المتحدة"},
        {"إيران"},
        False,
    ),
    (
        "concede-promise-to-ease",  # a promise to ease, in the future, is a verbal concession
        "وقالت روسيا إنها ستخفف القيود المفروضة على أوكرانيا .",
        "CONCEDE",
        None,
        {"روسيا"},
        {"أوكرانيا"},
        False,
    ),
    (
        "coerce-state-of-emergency-imposed",
        "فرضت الحكومة المصرية حالة الطوارئ في القاهرة.",
        "COERCE",
        "martial-law",
        {"الحكومة المصرية"},
        set(),
        False,
    ),
    (
        "accuse-warrant-in-two-words",  # مذكرة اعتقال في حق X: a charge, no arrest yet; بحق written as في حق
        "أصدرت الحكومة المصرية مذكرة اعتقال في حق أحمد علي.",
        "ACCUSE",
        "allege",
        {"الحكومة المصرية"},
        {"أحمد علي"},
        False,
    ),
    (
        "coerce-committal-to-prison",  # مذكرة إيداع بالسجن: a detention, not a deposit
        "أصدرت الحكومة المصرية مذكرة إيداع بالسجن بحق أحمد علي.",
        "COERCE",
        "arrest",
        {"الحكومة المصرية"},
        {"أحمد علي"},
        False,
    ),
    (
        "sanction-extended",
        "مددت الولايات المتحدة العقوبات على إيران.",
        "SANCTION",
        None,
        {"الولايات المتحدة"},
        {"إيران"},
        False,
    ),
    (
        "sanction-added-to-the-list",
        "وأضافت الولايات المتحدة حزب الله إلى قائمة الإرهاب.",
        "SANCTION",
        None,
        {"الولايات المتحدة"},
        {"حزب الله"},
        False,
    ),
    (
        "cooperate-supplied",  # goods supplied to a named buyer
        "زودت روسيا الصين بمنظومات دفاع جوي.",
        "COOPERATE",
        None,
        {"روسيا"},
        {"الصين"},
        False,
    ),
    (
        "cooperate-gas-pumped-to",
        "ضخت روسيا كميات قياسية من الغاز إلى تركيا.",
        "COOPERATE",
        None,
        {"روسيا"},
        {"تركيا"},
        False,
    ),
    (
        "protest-boycott-of-coverage",
        "وأعلنت حماس مقاطعة تغطية الحملة احتجاجا على التضييق.",
        "PROTEST",
        "boycott",
        {"حماس"},
        set(),
        False,
    ),
    (
        "coerce-deport-a-count",  # the singular after a number (700 مهاجر)
        "رحلت الحكومة المصرية 700 مهاجر سوداني.",
        "COERCE",
        "deport",
        {"الحكومة المصرية"},
        set(),
        False,
    ),
    (
        "coerce-ban-platforms",
        "حظرت الحكومة المصرية 26 منصة للتواصل الاجتماعي.",
        "COERCE",
        "ban",
        {"الحكومة المصرية"},
        set(),
        False,
    ),
    (
        "coerce-arrest-campaign-carried-out",
        "نفذت الشرطة المصرية حملة اعتقالات طالت عناصر من حماس.",
        "COERCE",
        "arrest",
        {"الشرطة المصرية"},
        {"حماس"},
        False,
    ),
    (
        "assault-ballistic-missiles-fired-at-something-unnamed",  # the kind of missile before على
        "أطلق حزب الله صواريخ باليستية على قاعدة عسكرية في الموصل.",
        "ASSAULT",
        "heavy-weapons",
        {"حزب الله"},
        {"الموصل"},
        False,
    ),
    (
        "assault-fighting-with",  # fighting with someone is the fight of the clause's subject
        "أعلن الجيش الإسرائيلي، السبت، السيطرة على المدينة بعد معارك عنيفة مع حزب الله.",
        "ASSAULT",
        None,
        {"الجيش الإسرائيلي"},
        {"حزب الله"},
        False,
    ),
    (
        "assault-suicide-bombing",
        "فجر انتحاري نفسه في سوق ببغداد.",
        "ASSAULT",
        "suicide-attack",
        set(),
        {"بغداد"},
        False,
    ),
    (
        "assault-shell-falls-on-place",
        "سقطت قذائف على غزة.",
        "ASSAULT",
        "heavy-weapons",
        set(),
        {"غزة"},
        False,
    ),
    (
        "assault-unnamed-attackers-place",  # the subject is named, if not as an actor: where it struck
        "هاجم مسلحون مركزا للشرطة في بغداد.",
        "ASSAULT",
        None,
        set(),
        {"بغداد"},
        False,
    ),
    ("assault-near-place", "انفجرت عبوة ناسفة قرب دمشق.", "ASSAULT", None, set(), {"دمشق"}, False),
    (
        "assault-street-in-the-town",  # the street named right after the town: where, more precisely
        "انفجرت سيارة مفخخة في بغداد في شارع السعدون.",
        "ASSAULT",
        None,
        set(),
        {"السعدون"},
        False,
    ),
    (
        "assault-street-ba",
        "انفجرت سيارة مفخخة في بغداد بشارع السعدون.",
        "ASSAULT",
        None,
        set(),
        {"السعدون"},
        False,
    ),
    (
        "assault-town-then-other-place",
        "انفجرت سيارة مفخخة في بغداد قرب سوريا.",
        "ASSAULT",
        None,
        set(),
        {"بغداد"},
        False,
    ),
    (
        "consult-call-received-from",
        "تلقى ماكرون اتصالا هاتفيا من بوتين.",
        "CONSULT",
        "phone",
        {"ماكرون", "فلاديمير بوتين"},
        set(),
        False,
    ),
    (
        "consult-visit-and-meeting-during-it",  # يلتقي خلالها: the visitor meets the host
        "وصل أردوغان إلى القاهرة في زيارة يلتقي خلالها محمد مرسي.",
        "CONSULT",
        None,
        {"أردوغان", "محمد مرسي"},
        set(),
        False,
    ),
    (
        "support-governed-possessed",  # أعلن X دعمه: his support, not "he supported him"
        "أعلن ماكرون دعمه لأوكرانيا.",
        "SUPPORT",
        None,
        {"ماكرون"},
        {"أوكرانيا"},
        False,
    ),
    (
        "accuse-role-owner",
        "انتقد ماكرون دور إيران في سوريا.",
        "ACCUSE",
        "disapprove",
        {"ماكرون"},
        {"إيران"},
        False,
    ),
    (
        "support-past-a-long-apposition",  # عن inside the apposition (عضو ... عن القائمة) is not دافع عن
        "أيد أحمد علي المفكر والباحث وعضو البرلمان منذ سنوات عن حزب الله تصريحات أردوغان.",
        "SUPPORT",
        None,
        {"أحمد علي"},
        {"أردوغان"},
        False,
    ),
    (
        "mobilize-place-with-a-place-subject",  # the subject (a country) is not the place deployed to
        "نشرت الولايات المتحدة صواريخ في تركيا.",
        "MOBILIZE",
        "weapons",
        {"الولايات المتحدة"},
        {"تركيا"},
        False,
    ),
    (
        "retreat-decision-reversed",  # a decision reversed is a material concession
        "تراجعت الحكومة المصرية عن قرارها.",
        "RETREAT",
        None,
        {"الحكومة المصرية"},
        set(),
        False,
    ),
    (
        "concede-back-down",  # a stance backed off is a verbal one
        "تراجعت الحكومة المصرية عن موقفها.",
        "CONCEDE",
        None,
        {"الحكومة المصرية"},
        set(),
        False,
    ),
    (
        "assault-ambush",
        "نصب الجيش الإسرائيلي كمينا لعناصر حماس.",
        "ASSAULT",
        "firearms",
        {"الجيش الإسرائيلي"},
        {"حماس"},
        False,
    ),
    ("agree-truce", "توصلت إسرائيل وحماس إلى هدنة.", "AGREE", None, {"إسرائيل", "حماس"}, set(), False),
    ("aid-grant", "قدمت الصين منحة لمصر.", "AID", "economic", {"الصين"}, {"مصر"}, False),
    (
        "request-subject-after-pronoun-pp",  # دعا إليه X: the pronoun's preposition is no bar to X
        "ودعا إليه الرئيس التركي أردوغان.",
        "REQUEST",
        None,
        {"أردوغان"},
        set(),
        False,
    ),
    (
        "aid-subject-after-unsplit-pronoun-pp",
        "أرسل لها ماكرون مساعدات.",
        "AID",
        None,
        {"ماكرون"},
        set(),
        False,
    ),
    (
        "assault-near-place-bilqurb",
        "قتلت القوات الأمريكية ثلاثة مسلحين في اشتباك بالقرب من بغداد.",
        "ASSAULT",
        None,
        set(),
        {"بغداد"},
        False,
    ),
    (
        "coerce-affiliated-forces",  # قوات الأمن التابعة لحماس: the forces are Hamas's
        "اعتقلت قوات الأمن التابعة لحماس عشرة من أنصار حزب الله.",
        "COERCE",
        "arrest",
        {"حماس"},
        {"حزب الله"},
        False,
    ),
    ("assault-gunmen-of", "هاجم مسلحون من حماس قرية قرب غزة.", "ASSAULT", None, {"حماس"}, {"غزة"}, False),
    (
        "support-svo-carrying-on-verb",  # X ستواصل دعم Y: X goes on supporting Y
        "قال ماكرون إن الولايات المتحدة ستواصل دعم إسرائيل.",
        "SUPPORT",
        None,
        {"الولايات المتحدة"},
        {"إسرائيل"},
        False,
    ),
    (
        "request-dual-object-pronoun",  # وطالبهما: the pair named before
        "انتقد ماكرون سوريا وإيران وطالبهما بوقف التدخل.",
        "REQUEST",
        None,
        {"ماكرون"},
        {"سوريا", "إيران"},
        False,
    ),
    (
        "retreat-negated-svo",
        "أكد ماكرون أن إسرائيل لن تنسحب من غزة.",
        "RETREAT",
        "withdraw",
        {"إسرائيل"},
        set(),
        True,
    ),
    (
        "accuse-vso-title-and-description-before-name",  # واتهم رئيس الحكومة الانتقالية X Y
        "واتهم رئيس الحكومة الانتقالية أحمد علي إيران بتسليح المسلحين.",
        "ACCUSE",
        "allege",
        {"أحمد علي"},
        {"إيران"},
        False,
    ),
    (
        "assault-bare-passive-person-after",
        "قتل أحمد علي في غزة.",
        "ASSAULT",
        None,
        set(),
        {"أحمد علي"},
        False,
    ),
    (
        "request-title-holder-past-posting",  # مندوب X لدى Y Z: Z holds the title
        "ودعا مندوب فرنسا لدى الأمم المتحدة أحمد علي مجلس الأمن إلى الانعقاد.",
        "REQUEST",
        None,
        {"أحمد علي"},
        {"مجلس الأمن"},
        False,
    ),
    (
        "accuse-verbal-attack-verb",
        "هاجم أردوغان ماكرون بشدة.",
        "ACCUSE",
        "disapprove",
        {"أردوغان"},
        {"ماكرون"},
        False,
    ),
    (
        "assault-object-pronoun-person-after",
        "قتله أحمد علي في غزة.",
        "ASSAULT",
        None,
        {"أحمد علي"},
        {"غزة"},
        False,
    ),
    (
        "support-svo-declaring-imperfect",
        "فرنسا تعلن دعمها أوكرانيا.",
        "SUPPORT",
        None,
        {"فرنسا"},
        {"أوكرانيا"},
        False,
    ),
    (
        "assault-relative-clause-victims",  # الجنود الذين قتلوا بمواجهات: the soldiers were killed
        "قال ماكرون إن الجيش الإسرائيلي الذي قتل بمواجهات مع حزب الله في لبنان.",
        "ASSAULT",
        None,
        set(),
        {"الجيش الإسرائيلي"},
        False,
    ),
    ("aid-loan", "قدمت الصين قرضا لمصر.", "AID", "economic", {"الصين"}, {"مصر"}, False),
    (
        "consult-dialogue",
        "بدأ حوار بين روسيا وأوكرانيا.",
        "CONSULT",
        None,
        {"روسيا", "أوكرانيا"},
        set(),
        False,
    ),
    ("protest-boycott", "قاطعت حماس الانتخابات.", "PROTEST", "boycott", {"حماس"}, set(), False),
    ("threaten-warning-noun", "وجه ماكرون تحذيرا لإيران.", "THREATEN", None, {"ماكرون"}, {"إيران"}, False),
    ("support-backing-noun", "أكد أردوغان مساندته لحماس.", "SUPPORT", None, {"أردوغان"}, {"حماس"}, False),
    (
        "agree-nominal",
        "جاء توقيع روسيا وكوريا الشمالية اتفاق الشراكة في يونيو.",
        "AGREE",
        None,
        {"روسيا", "كوريا الشمالية"},
        set(),
        False,
    ),
    # CONSULT
    (
        "consult-titles",
        "التقى الرئيس الروسي فلاديمير بوتين والزعيم الكوري الشمالي كيم جونغ أون في بكين.",
        "CONSULT",
        None,
        {"فلاديمير بوتين", "كيم جونغ أون"},
        set(),
        False,
    ),
    (
        "consult-svo",
        "بوتين التقى كيم في موسكو.",
        "CONSULT",
        None,
        {"فلاديمير بوتين", "كيم جونغ أون"},
        set(),
        False,
    ),
    (
        "consult-with",
        "اجتمع لافروف مع بلينكن أمس.",
        "CONSULT",
        None,
        {"سيرغي لافروف", "بلينكن"},
        set(),
        False,
    ),
    (
        "consult-genitive",
        "جاء لقاء بوتين وشي بعد الاحتفال.",
        "CONSULT",
        None,
        {"فلاديمير بوتين", "شي جين بينغ"},
        set(),
        False,
    ),
    ("consult-visit", "زار أردوغان القاهرة.", "CONSULT", "visit", {"أردوغان", "القاهرة"}, set(), False),
    (
        "consult-phone",
        "اتصل ماكرون هاتفيا بنتنياهو.",
        "CONSULT",
        "phone",
        {"ماكرون", "بنيامين نتنياهو"},
        set(),
        False,
    ),
    (
        "consult-discuss",
        "بحث لافروف مع بلينكن الأزمة الأوكرانية.",
        "CONSULT",
        None,
        {"سيرغي لافروف", "بلينكن"},
        set(),
        False,
    ),
    (
        "consult-held-talks",
        "أجرى بوتين محادثات مع أردوغان.",
        "CONSULT",
        None,
        {"فلاديمير بوتين", "أردوغان"},
        set(),
        False,
    ),
    ("consult-held-meeting", "عقد مجلس الأمن اجتماعا طارئا.", "CONSULT", None, {"مجلس الأمن"}, set(), False),
    (
        "consult-future",
        "سيلتقي ماكرون أردوغان الأسبوع المقبل.",
        "CONSULT",
        None,
        {"ماكرون", "أردوغان"},
        set(),
        False,
    ),
    ("consult-did-visit", "وقام ماكرون بزيارة إلى مصر.", "CONSULT", "visit", {"ماكرون", "مصر"}, set(), False),
    # SUPPORT
    ("support-praise", "أشاد بوتين بكيم.", "SUPPORT", "praise", {"فلاديمير بوتين"}, {"كيم جونغ أون"}, False),
    ("support-welcome", "رحبت الصين بالمبادرة.", "SUPPORT", None, {"الصين"}, set(), False),
    ("support-back", "أيدت فرنسا موقف مصر.", "SUPPORT", None, {"فرنسا"}, {"مصر"}, False),
    ("support-svo", "إيران تدعم حزب الله.", "SUPPORT", None, {"إيران"}, {"حزب الله"}, False),
    # CONCEDE
    ("concede-apologise", "اعتذر نتنياهو لمصر.", "CONCEDE", "apologize", {"بنيامين نتنياهو"}, {"مصر"}, False),
    (
        "concede-halt-own-strikes",
        "وقال ترامب إن الولايات المتحدة ستوقف غاراتها على سوريا.",
        "CONCEDE",
        None,
        {"الولايات المتحدة"},
        {"سوريا"},
        False,
    ),
    (
        "concede-halt-own-attacks",
        "وأكدت حماس في بيان أنها ستوقف هجماتها على الموانئ.",
        "CONCEDE",
        None,
        {"حماس"},
        set(),
        False,
    ),
    (
        "retreat-captives-swapped-counted",
        "وتبادلت حماس وإسرائيل أمس 40 محتجزا.",
        "RETREAT",
        "release",
        {"حماس", "إسرائيل"},
        set(),
        False,
    ),
    (
        "agree-sponsor-named-past-titles",
        "ووقعت مصر وإسرائيل اتفاقا في واشنطن برعاية الرئيس الأميركي دونالد ترامب.",
        "AGREE",
        None,
        {"مصر", "إسرائيل"},
        set(),
        False,
    ),
    (
        "retreat-own-operations-suspended",
        "وأعلنت حماس تعليق عملياتها العسكرية ضد إسرائيل.",
        "RETREAT",
        "ceasefire",
        {"حماس"},
        {"إسرائيل"},
        False,
    ),
    (
        "retreat-own-attacks-suspended",
        "وعلق حزب الله هجماته على إسرائيل أمس.",
        "RETREAT",
        "ceasefire",
        {"حزب الله"},
        {"إسرائيل"},
        False,
    ),
    (
        "concede-declare-halt-of-drills",
        "وأعلنت روسيا أمس وقف المناورات البحرية مع الصين.",
        "CONCEDE",
        None,
        {"روسيا"},
        set(),
        False,
    ),
    (
        "retreat-lift",
        "رفعت الولايات المتحدة العقوبات عن سوريا.",
        "RETREAT",
        "ease",
        {"الولايات المتحدة"},
        {"سوريا"},
        False,
    ),
    # COOPERATE
    (
        "cooperate-with",
        "تعاونت تركيا مع العراق في مكافحة الإرهاب.",
        "COOPERATE",
        None,
        {"تركيا", "العراق"},
        set(),
        False,
    ),
    # AID
    (
        "aid-troops",
        "أرسلت كوريا الشمالية 15000 جندي إلى روسيا.",
        "AID",
        "military",
        {"كوريا الشمالية"},
        {"روسيا"},
        False,
    ),
    (
        "aid-arms",
        "أرسلت الولايات المتحدة أسلحة إلى أوكرانيا.",
        "AID",
        "military",
        {"الولايات المتحدة"},
        {"أوكرانيا"},
        False,
    ),
    ("aid-humanitarian", "قدمت مصر مساعدات إنسانية لغزة.", "AID", "humanitarian", {"مصر"}, {"غزة"}, False),
    ("aid-asylum", "منحت فرنسا اللجوء لأحمد علي.", "AID", "asylum", {"فرنسا"}, {"أحمد علي"}, False),
    # RETREAT
    (
        "retreat-withdraw",  # the place left is where, not a recipient
        "انسحب الجيش الإسرائيلي من غزة.",
        "RETREAT",
        "withdraw",
        {"الجيش الإسرائيلي"},
        set(),
        False,
    ),
    ("retreat-release", "أفرجت حماس عن أحمد علي.", "RETREAT", "release", {"حماس"}, {"أحمد علي"}, False),
    ("retreat-resign", "استقال محمد مرسي.", "RETREAT", "resign", {"محمد مرسي"}, set(), False),
    # defecting from a body is leaving it: the body is the recipient
    (
        "retreat-defect-verb",
        "انشق العقيد أحمد علي عن حزب الله.",
        "RETREAT",
        None,
        {"أحمد علي"},
        {"حزب الله"},
        False,
    ),
    (
        "retreat-defect-noun",
        "أعلن القيادي عبد الله الهلالي انشقاقه عن حماس.",
        "RETREAT",
        None,
        {"عبد الله الهلالي"},
        {"حماس"},
        False,
    ),
    (
        "retreat-defect-split-off",
        "أعلن القائد الميداني أحمد علي انسلاخه عن الجهاد الإسلامي.",
        "RETREAT",
        None,
        {"أحمد علي"},
        {"الجهاد الإسلامي"},
        False,
    ),
    (
        "retreat-exchange",
        "تبادلت روسيا وأوكرانيا الأسرى.",
        "RETREAT",
        "release",
        {"روسيا", "أوكرانيا"},
        set(),
        False,
    ),
    # REQUEST
    (
        "request-invite",
        "دعا بوتين كيم لزيارة روسيا.",
        "REQUEST",
        "meet",
        {"فلاديمير بوتين"},
        {"كيم جونغ أون"},
        False,
    ),
    ("request-demand", "طالبت الصين إسرائيل بالاعتذار.", "REQUEST", None, {"الصين"}, {"إسرائيل"}, False),
    (
        "request-urge",
        "حث مجلس الأمن إيران على وقف التخصيب.",
        "REQUEST",
        None,
        {"مجلس الأمن"},
        {"إيران"},
        False,
    ),
    (
        "request-appeal",
        "ناشدت الأمم المتحدة الاتحاد الأوروبي تقديم المساعدة.",
        "REQUEST",
        None,
        {"الأمم المتحدة"},
        {"الاتحاد الأوروبي"},
        False,
    ),
    # (the subject before the auxiliary of a past perfect, the one asked after the verb)
    (
        "request-subject-before-auxiliary",
        "وقال المتحدث إن فرنسا كانت قد دعت إيران إلى الحوار.",
        "REQUEST",
        None,
        {"فرنسا"},
        {"إيران"},
        False,
    ),
    (
        "request-subject-before-auxiliary-demand",
        "وأكد الوزير أن الحكومة المصرية كانت قد طالبت إسرائيل بالإفراج عن الأسرى.",
        "REQUEST",
        None,
        {"الحكومة المصرية"},
        {"إسرائيل"},
        False,
    ),
    # ("the two governments": the two of the last measure of one against the other)
    (
        "request-two-governments",
        "فرضت الولايات المتحدة رسوما على واردات الصلب من الصين. ودعا الاتحاد الأوروبي الحكومتين إلى الحوار.",
        "REQUEST",
        None,
        {"الاتحاد الأوروبي"},
        {"الولايات المتحدة", "الصين"},
        False,
    ),
    # (at the request of one, with no act coded: the sentence's subject was asked)
    (
        "request-at-request-no-act",
        "تولت فرنسا، بطلب من الولايات المتحدة، رعاية مصالحها لدى إيران.",
        "REQUEST",
        None,
        {"الولايات المتحدة"},
        {"فرنسا"},
        False,
    ),
    # ACCUSE
    (
        "accuse-vso",
        "اتهمت إيران الولايات المتحدة بدعم الإرهاب.",
        "ACCUSE",
        "allege",
        {"إيران"},
        {"الولايات المتحدة"},
        False,
    ),
    ("accuse-criticise", "انتقد لافروف بلينكن.", "ACCUSE", "disapprove", {"سيرغي لافروف"}, {"بلينكن"}, False),
    ("accuse-condemn", "أدانت مصر إسرائيل.", "ACCUSE", "disapprove", {"مصر"}, {"إسرائيل"}, False),
    (
        "accuse-suit-as-a-verbal-noun",  # رفع دعوى: the verbal noun of suing, its defendant after ضد
        "وقامت تركيا برفع دعوى ضد روسيا أمام المحكمة.",
        "ACCUSE",
        "sue",
        {"تركيا"},
        {"روسيا"},
        False,
    ),
    (
        "accuse-suit-filed-in-a-relative-clause",  # the verb's pronoun is the suit: its subject sues
        "وجاء القرار في إطار القضية التي رفعتها مصر ضد إسرائيل العام الماضي.",
        "ACCUSE",
        "sue",
        {"مصر"},
        {"إسرائيل"},
        False,
    ),
    (
        "accuse-suit-filed-by-a-person",
        "وجاء الحكم في قضية أقامها أردوغان ضد ماكرون.",
        "ACCUSE",
        "sue",
        {"أردوغان"},
        {"ماكرون"},
        False,
    ),
    (
        "accuse-object-after-where-it-was-said",  # في بيان ends before the object whose genitive is named
        "وانتقدت فرنسا في بيان مشترك توسيع موسكو عملياتها العسكرية.",
        "ACCUSE",
        "disapprove",
        {"فرنسا"},
        {"موسكو"},
        False,
    ),
    (
        "accuse-object-after-a-statement",
        "ونددت الصين في بيان إرسال الولايات المتحدة سفنا حربية.",
        "ACCUSE",
        "disapprove",
        {"الصين"},
        {"الولايات المتحدة"},
        False,
    ),
    (
        "accuse-svo",
        "الصين انتقدت الولايات المتحدة.",
        "ACCUSE",
        "disapprove",
        {"الصين"},
        {"الولايات المتحدة"},
        False,
    ),
    # REJECT
    ("reject-vso", "رفض نتنياهو الاقتراح المصري.", "REJECT", None, {"بنيامين نتنياهو"}, set(), False),
    ("reject-deny", "نفت روسيا أن تكون قد هاجمت أوكرانيا.", "REJECT", "deny", {"روسيا"}, set(), False),
    (
        "accuse-after-a-denial-and-comma",  # the denied content ends at the comma: the accusation is made
        "نفت روسيا أن تكون قد هاجمت أوكرانيا، متهمة حماس بفبركة الصور.",
        "ACCUSE",
        None,
        {"روسيا"},
        {"حماس"},
        False,
    ),
    (
        "request-must-addressed",  # يجب على X: a request to X (by whoever says it); not without an addressee
        "يجب على إيران وقف التخصيب.",
        "REQUEST",
        "change",
        set(),
        {"إيران"},
        False,
    ),
    (
        "reject-topic-after-preposition",
        "رفضت روسيا الهجوم على لبنان.",
        "REJECT",
        None,
        {"روسيا"},
        set(),
        False,
    ),
    ("reject-coord", "رفض بوش وبوتين العرض.", "REJECT", None, {"جورج بوش", "فلاديمير بوتين"}, set(), False),
    # THREATEN
    ("threaten-vso", "هدد ترامب إيران بفرض عقوبات.", "THREATEN", None, {"دونالد ترامب"}, {"إيران"}, False),
    (
        "threaten-vow",
        "توعد الجيش الإسرائيلي حزب الله.",
        "THREATEN",
        "violence",
        {"الجيش الإسرائيلي"},
        {"حزب الله"},
        False,
    ),
    # PROTEST
    ("protest-vso", "تظاهر أنصار حماس في غزة ضد إسرائيل.", "PROTEST", "demo", {"حماس"}, {"إسرائيل"}, False),
    (
        "protest-riot",  # protesters destroying property (before or after the verb): a riot
        "وكان متظاهرون في غزة قد حطموا مقر حماس.",
        "PROTEST",
        "riot",
        set(),
        {"حماس"},
        False,
    ),
    ("protest-riot-vso", "وأحرق المتظاهرون مقر حماس.", "PROTEST", "riot", set(), {"حماس"}, False),
    (
        "protest-crowd-marched",  # سار with a crowd for its subject: a march (not سار الرئيس)
        "وسارت حشود من المتظاهرين في غزة ضد إسرائيل.",
        "PROTEST",
        "demo",
        set(),
        {"إسرائيل"},
        False,
    ),
    (
        "protest-nominal",
        "خرجت مظاهرات أنصار حماس ضد إسرائيل.",
        "PROTEST",
        "demo",
        {"حماس"},
        {"إسرائيل"},
        False,
    ),
    # SANCTION
    (
        "sanction-vso",
        "فرضت الولايات المتحدة عقوبات على إيران.",
        "SANCTION",
        None,
        {"الولايات المتحدة"},
        {"إيران"},
        False,
    ),
    (
        "sanction-svo",
        "الاتحاد الأوروبي فرض عقوبات جديدة على روسيا.",
        "SANCTION",
        None,
        {"الاتحاد الأوروبي"},
        {"روسيا"},
        False,
    ),
    ("sanction-sever", "قطعت مصر علاقاتها مع إيران.", "SANCTION", "sever", {"مصر"}, {"إيران"}, False),
    ("sanction-expel", "طردت فرنسا السفير الإيراني.", "SANCTION", "expel", {"فرنسا"}, set(), False),
    # freezing or suspending aid, disbursements, loans or a programme cuts them off from their recipient
    (
        "sanction-frozen-aid",
        "وكانت الولايات المتحدة قد جمدت مساعدات اقتصادية طارئة لأوكرانيا.",
        "SANCTION",
        "sever",
        {"الولايات المتحدة"},
        {"أوكرانيا"},
        False,
    ),
    (
        "sanction-suspended-disbursement",
        "وعلق البنك الدولي صرف القروض إلى العراق.",
        "SANCTION",
        None,
        {"البنك الدولي"},
        {"العراق"},
        False,
    ),
    (
        "sanction-suspended-programme",
        "وأعلن البنك الدولي تعليق برنامجه مع مصر.",
        "SANCTION",
        None,
        {"البنك الدولي"},
        {"مصر"},
        False,
    ),
    (
        "sanction-stopped-dealings",
        "وأوقفت الولايات المتحدة التعامل مع إيران.",
        "SANCTION",
        "sever",
        {"الولايات المتحدة"},
        {"إيران"},
        False,
    ),
    # MOBILIZE
    (
        "mobilize-mass",
        "حشدت روسيا قوات على حدود أوكرانيا.",
        "MOBILIZE",
        "troops",
        {"روسيا"},
        {"أوكرانيا"},
        False,
    ),
    (
        "mobilize-deploy",
        "نشرت كوريا الشمالية صواريخ قرب الحدود.",
        "MOBILIZE",
        "weapons",
        {"كوريا الشمالية"},
        set(),
        False,
    ),
    ("mobilize-send", "أرسلت تركيا قوات إضافية.", "MOBILIZE", "troops", {"تركيا"}, set(), False),
    # COERCE
    (
        "coerce-vso",
        "اعتقلت الشرطة المصرية أحمد علي في القاهرة.",
        "COERCE",
        "arrest",
        {"الشرطة المصرية"},
        {"أحمد علي"},
        False,
    ),
    ("coerce-passive-aux", "تم اعتقال أحمد علي في بغداد.", "COERCE", "arrest", set(), {"أحمد علي"}, False),
    ("coerce-passive-voc", "اعتُقل أحمد علي في القاهرة.", "COERCE", "arrest", set(), {"أحمد علي"}, False),
    # the announcer of a deed it may do does it, عن between or not (as أعلنت مصر اعتقال)
    ("coerce-nominal", "أعلنت مصر عن اعتقال محمد مرسي.", "COERCE", "arrest", {"مصر"}, {"محمد مرسي"}, False),
    (
        "coerce-frame",
        "ألقت الشرطة المصرية القبض على محمد مرسي.",
        "COERCE",
        "arrest",
        {"الشرطة المصرية"},
        {"محمد مرسي"},
        False,
    ),
    # ASSAULT
    (
        "assault-vso",
        "قصف الجيش الإسرائيلي غزة.",
        "ASSAULT",
        "heavy-weapons",
        {"الجيش الإسرائيلي"},
        {"غزة"},
        False,
    ),
    ("assault-svo", "إسرائيل قصفت لبنان.", "ASSAULT", "heavy-weapons", {"إسرائيل"}, {"لبنان"}, False),
    ("assault-passive", "قُتل أحمد علي في بغداد.", "ASSAULT", None, set(), {"أحمد علي"}, False),
    ("assault-agent", "قُتل أحمد علي على يد حماس.", "ASSAULT", None, {"حماس"}, {"أحمد علي"}, False),
    ("assault-neg-lam", "لم تهاجم إسرائيل لبنان.", "ASSAULT", None, {"إسرائيل"}, {"لبنان"}, True),
    ("assault-neg-lan", "لن تقصف روسيا أوكرانيا.", "ASSAULT", "heavy-weapons", {"روسيا"}, {"أوكرانيا"}, True),
    (
        "assault-denied",
        "نفت روسيا أنها قصفت أوكرانيا.",
        "ASSAULT",
        "heavy-weapons",
        {"روسيا"},
        {"أوكرانيا"},
        True,
    ),
    (
        "assault-genitive-agent",
        "أدان ماكرون غزو روسيا لأوكرانيا.",
        "ASSAULT",
        None,
        {"روسيا"},
        {"أوكرانيا"},
        False,
    ),
    (
        "assault-support-verb",
        "شن الجيش الإسرائيلي غارات على غزة.",
        "ASSAULT",
        None,
        {"الجيش الإسرائيلي"},
        {"غزة"},
        False,
    ),
    (
        "assault-coord-svo",
        "روسيا وإيران هاجمتا أوكرانيا.",
        "ASSAULT",
        None,
        {"روسيا", "إيران"},
        {"أوكرانيا"},
        False,
    ),
    # constructions: بين X وY with titles, a subject and مع Y, the clause's subjects, participles
    (
        "consult-between-titles",
        "انتهت في موسكو جولة محادثات بين وزير الخارجية الروسي سيرغي لافروف والمسؤول الأمريكي بلينكن.",
        "CONSULT",
        None,
        {"سيرغي لافروف"},
        {"بلينكن"},
        False,
    ),
    (
        "agree-noun-with",
        "أعلنت تركيا عن اتفاق مع روسيا بشأن الحدود.",
        "AGREE",
        None,
        {"تركيا"},
        {"روسيا"},
        False,
    ),
    (
        "consult-clause-subjects",
        "عقد الرئيس ماكرون رئيس الجمهورية الفرنسية وضيفه الرئيس التركي أردوغان رئيس حزب العدالة والتنمية"
        " والوفد المرافق له جلسة مباحثات رسمية.",
        "CONSULT",
        None,
        {"ماكرون", "أردوغان"},
        set(),
        False,
    ),
    (
        "accuse-participle",
        "أشاد لافروف بالاتفاق، متهما الولايات المتحدة بعرقلته.",
        "ACCUSE",
        "allege",
        {"سيرغي لافروف"},
        {"الولايات المتحدة"},
        False,
    ),
    ("coerce-force", "أجبرت إسرائيل حماس على الانسحاب.", "COERCE", "restrict", {"إسرائيل"}, {"حماس"}, False),
    ("support-adhere", "تمسكت مصر بالرئيس مرسي.", "SUPPORT", None, {"مصر"}, {"محمد مرسي"}, False),
    (
        "accuse-possessed-noun",
        "جدد أردوغان أمس انتقاده للرئيس ماكرون.",
        "ACCUSE",
        "disapprove",
        {"أردوغان"},
        {"ماكرون"},
        False,
    ),
    (
        "reject-possessed-quoted-source",  # نقلت عن X نفيها: X's denial; نفيها is no verb (نفاها)
        "ونقلت الصحيفة عن الحكومة المصرية نفيها أمس استخدام المساعدات لشراء أصوات أعضاء مجلس الأمن.",
        "REJECT",
        "deny",
        {"الحكومة المصرية"},
        set(),
        False,
    ),
    (
        "consult-possessed-object-after-description",
        "وجاءت تصريحات بوتين خلال لقائه وزير الموارد الطبيعية الروسي سيرغي لافروف.",
        "CONSULT",
        None,
        {"فلاديمير بوتين", "سيرغي لافروف"},
        set(),
        False,
    ),
    (
        "support-content-owner",  # the one who announces the support gives it
        "أعلن ماكرون تأييد تصريحات الرئيس أردوغان.",
        "SUPPORT",
        None,
        {"ماكرون"},
        {"أردوغان"},
        False,
    ),
    (
        "support-described-subject",
        "وأيد المفكر والباحث أحمد علي مواقف أردوغان.",
        "SUPPORT",
        None,
        {"أحمد علي"},
        {"أردوغان"},
        False,
    ),
    (
        "consult-letter",
        "وجه بوتين رسالة إلى كيم.",
        "CONSULT",
        None,
        {"فلاديمير بوتين"},
        {"كيم جونغ أون"},
        False,
    ),
    (
        "accuse-verbal-attack",
        "شنت إيران هجوما حادا على فرنسا.",
        "ACCUSE",
        "disapprove",
        {"إيران"},
        {"فرنسا"},
        False,
    ),
    ("accuse-blame", "ألقت مصر باللوم على حماس.", "ACCUSE", "allege", {"مصر"}, {"حماس"}, False),
    ("support-defend", "دافع لافروف عن سوريا.", "SUPPORT", None, {"سيرغي لافروف"}, {"سوريا"}, False),
    ("threaten-warn", "حذرت فرنسا إيران من عواقب وخيمة.", "THREATEN", None, {"فرنسا"}, {"إيران"}, False),
    (
        "threaten-condition",
        "هددت إيران بمراجعة تعاونها إن فرض مجلس الأمن عليها عقوبات.",
        "THREATEN",
        None,
        {"إيران"},
        {"مجلس الأمن"},
        False,
    ),
    (
        "threaten-unless",
        "هددت تركيا بالرد ما لم تسحب الولايات المتحدة قواتها.",
        "THREATEN",
        None,
        {"تركيا"},
        {"الولايات المتحدة"},
        False,
    ),
    (
        # a place before the condition is no preposition of its subject
        "threaten-condition-after-place",
        "هددت إيران ببدء الحفر في الحقل إذا مضت تركيا في تطويره.",
        "THREATEN",
        None,
        {"إيران"},
        {"تركيا"},
        False,
    ),
    (
        "threaten-condition-after-recipient",
        "هددت تركيا سوريا بالرد إذا لم تسحب الولايات المتحدة قواتها.",
        "THREATEN",
        None,
        {"تركيا"},
        {"سوريا"},
        False,
    ),
    (
        "reject-relative",
        "انتقد ماكرون لافروف الذي رفض مطالب فرنسا.",
        "REJECT",
        None,
        {"سيرغي لافروف"},
        {"فرنسا"},
        False,
    ),
    (
        "coerce-members-of",
        "اعتقلت الشرطة المصرية ثمانية من أعضاء حماس.",
        "COERCE",
        "arrest",
        {"الشرطة المصرية"},
        {"حماس"},
        False,
    ),
    (
        "request-plural-verb",
        "واجتمع القادة أمس وطالبوا حكومة نتنياهو بوقف القصف.",
        "REQUEST",
        None,
        set(),
        {"بنيامين نتنياهو"},
        False,
    ),
    (
        "agree-object-qualifier",
        "وقعت مصر اتفاقية تعاون مع فرنسا.",
        "AGREE",
        None,
        {"مصر"},
        {"فرنسا"},
        False,
    ),
    (
        "request-genitive-in-pp",
        "دعا ماكرون الدول الأوروبية إلى مساعدة لبنان.",
        "REQUEST",
        None,
        {"ماكرون"},
        set(),
        False,
    ),
    (
        "consult-letter-sent",
        "بعث بوتين برسالة إلى ماكرون.",
        "CONSULT",
        None,
        {"فلاديمير بوتين"},
        {"ماكرون"},
        False,
    ),
    (
        "assault-stones",
        "رشق أنصار حماس الجيش الإسرائيلي بالحجارة.",
        "ASSAULT",
        "primitive",
        {"حماس"},
        {"الجيش الإسرائيلي"},
        False,
    ),
    (
        "reject-lam-genitive-far",
        "اعترضت فرنسا على التعجل لإنهاء عملية اختيار الأمين العام للأمم المتحدة.",
        "REJECT",
        None,
        {"فرنسا"},
        set(),
        False,
    ),
    (
        "request-object-pronoun-skips-pp",
        "حذرت فرنسا إيران في خطاب أمام الأمم المتحدة ، ودعتها إلى الحوار.",
        "REQUEST",
        None,
        {"فرنسا"},
        {"إيران"},
        False,
    ),
    ("assault-place-object", "اقتحمت قوات مجهولة غزة فجرا.", "ASSAULT", None, set(), {"غزة"}, False),
    (
        "coerce-title-holder-after-his-seat",  # مسؤول بحماس ، X ،: the holder, not the body he serves
        "اعتقلت الشرطة المصرية مسؤولا بحماس ، أحمد علي ، أمس.",
        "COERCE",
        "arrest",
        {"الشرطة المصرية"},
        {"أحمد علي"},
        False,
    ),
    (
        "assault-exposed-to-verbal-noun",  # بتعرض X لمحاولة اغتيال: its genitive was the target
        "وأفادت تقارير بتعرض أحمد علي لمحاولة اغتيال في غزة.",
        "ASSAULT",
        "assassinate",
        set(),
        {"أحمد علي"},
        False,
    ),
    (
        "assault-place-location",
        "تواصل القصف العنيف في بغداد.",
        "ASSAULT",
        None,
        set(),
        {"بغداد"},
        False,
    ),
    (
        "request-describing-verb",
        "أصدرت القمة بيانا يدعو إيران إلى الحوار.",
        "REQUEST",
        None,
        set(),
        {"إيران"},
        False,
    ),
    (
        "agree-topic-is-no-party",
        "اتفقت فرنسا وتركيا على لائحة عقوبات ستفرض على إيران.",
        "AGREE",
        None,
        {"فرنسا", "تركيا"},
        set(),
        False,
    ),
    (
        "consult-possessed-hamza-seat",  # لقائه: the hamza of لقاء sits on ئ before the suffix
        "وجاءت تصريحات بوتين خلال لقائه أردوغان في موسكو.",
        "CONSULT",
        None,
        {"فلاديمير بوتين", "أردوغان"},
        set(),
        False,
    ),
    (
        "accuse-held-responsible-subject-unsaid",  # حمّل X المسؤولية: X is held responsible
        "قصفت روسيا أوكرانيا أمس , كما حملت فرنسا المسؤولية عن الأزمة.",
        "ACCUSE",
        None,
        {"روسيا"},
        {"فرنسا"},
        False,
    ),
    (
        "accuse-held-responsible-vso",
        "وحملت روسيا فرنسا المسؤولية عن الأزمة.",
        "ACCUSE",
        None,
        {"روسيا"},
        {"فرنسا"},
        False,
    ),
    (
        "aid-pledge-of-money",
        "وعدت الصين بملايين الدولارات لمصر.",
        "AID",
        "economic",
        {"الصين"},
        {"مصر"},
        False,
    ),
    (
        "agree-signed-deals",
        "ووقعت روسيا صفقات مع الصين.",
        "AGREE",
        None,
        {"روسيا", "الصين"},
        set(),
        False,
    ),
    (
        "reject-svo-nationality-after-name",
        "غير أن حزب الله اللبناني رفض هذا الاقتراح.",
        "REJECT",
        None,
        {"حزب الله"},
        set(),
        False,
    ),
    (
        "assault-doer-of-qiyam",  # قيام X بـ: X does what the noun after ب names
        "وأكد الوزير قيام إسرائيل باستهداف لبنان.",
        "ASSAULT",
        None,
        {"إسرائيل"},
        {"لبنان"},
        False,
    ),
    (
        "assault-condemned-is-coded-too",  # what is condemned happened (a demand's content has not)
        "ودان ماكرون قيام إسرائيل بقصف غزة.",
        "ASSAULT",
        "heavy-weapons",
        {"إسرائيل"},
        {"غزة"},
        False,
    ),
    (
        "accuse-noun-after-preposition",  # عن إدانته: the noun إدانة, not the verb أدانته
        "وأعرب ماكرون عن إدانته لقيام إسرائيل بقصف غزة.",
        "ACCUSE",
        None,
        {"ماكرون"},
        {"إسرائيل"},
        False,
    ),
    (
        "mobilize-noun-after-preposition",  # على نشر: no verb نشر taking the clause's subject
        "اعتقلت الشرطة المصرية عشرات المتظاهرين احتجاجا على نشر قوات في العراق.",
        "MOBILIZE",
        None,
        set(),
        {"العراق"},
        False,
    ),
    (
        "assault-noun-agent-in-relative-clause",  # التي شنتها X: the relative clause names the doer
        "ووصف ماكرون نتائج الحرب المدمرة التي شنتها إسرائيل على لبنان بأنها كارثة.",
        "ASSAULT",
        None,
        {"إسرائيل"},
        {"لبنان"},
        False,
    ),
    (
        "sanction-noun-agent-in-relative-clause",
        "وتحدث ماكرون عن الحصار الذي تفرضه إسرائيل على غزة.",
        "SANCTION",
        None,
        {"إسرائيل"},
        {"غزة"},
        False,
    ),
    (
        "accuse-vso-medium-before-name",  # the kind of body before the name is no object
        "وانتقدت وكالة الأمم المتحدة إسرائيل بشدة.",
        "ACCUSE",
        None,
        {"الأمم المتحدة"},
        {"إسرائيل"},
        False,
    ),
    (
        "request-possessed-noun-subject-goes-on",  # وكررت دعوتها: her call, the subject of before
        "وكان ماكرون قد انتقد إسرائيل. وكرر دعوته إلى وقف إطلاق النار.",
        "REQUEST",
        None,
        {"ماكرون"},
        set(),
        False,
    ),
    (
        "consult-coordinated-past-an-apposition",  # X ، title ، وY: both are subjects
        "التقى ماكرون الرئيس الفرنسي ، وأردوغان الرئيس التركي ، في باريس.",
        "CONSULT",
        None,
        {"ماكرون", "أردوغان"},
        set(),
        False,
    ),
    (
        "sanction-prison-sentence",  # a conviction is a SANCTION in PLOVER
        "حكمت المحكمة على أحمد علي بالسجن خمس سنوات.",
        "SANCTION",
        "convict",
        set(),
        {"أحمد علي"},
        False,
    ),
    (
        "retreat-noun-ordered-by-subject",  # أمر X بـ: X does what the verbal noun names
        "أمرت إسرائيل بالإفراج عن الوزير أحمد علي.",
        "RETREAT",
        None,
        {"إسرائيل"},
        {"أحمد علي"},
        False,
    ),
    (
        "coerce-noun-carried-out-by-subject",
        "واصلت الشرطة المصرية اعتقال أحمد علي.",
        "COERCE",
        None,
        {"الشرطة المصرية"},
        {"أحمد علي"},
        False,
    ),
    (
        "assault-noun-launched-by-subject",  # أطلق X عملية ضد Y: X launched it
        "وأطلق الجيش الإسرائيلي عملية عسكرية ضد مواقع حزب الله.",
        "ASSAULT",
        None,
        {"الجيش الإسرائيلي"},
        {"حزب الله"},
        False,
    ),
    (
        "accuse-object-after-an-apposition",  # X ، title ، Y: the object follows the apposition
        "انتقد ماكرون ، الرئيس الفرنسي ، إسرائيل بشدة.",
        "ACCUSE",
        None,
        {"ماكرون"},
        {"إسرائيل"},
        False,
    ),
    (
        "request-without-named-recipient",
        "طلبت الأمم المتحدة تعزيزات لقواتها.",
        "REQUEST",
        None,
        {"الأمم المتحدة"},
        set(),
        False,
    ),
    (
        "threaten-warning-without-named-recipient",
        "حذر بوتين الشركات التي لا تحترم تراخيصها.",
        "THREATEN",
        None,
        {"فلاديمير بوتين"},
        set(),
        False,
    ),
    (
        "reject-noun-after-speech-verb-and-apposition",  # the subject of أكد is not the one who rejects
        "وأكد الجيش الإسرائيلي , خلال لقاء مع بلينكن , رفض إسرائيل لقرار مجلس الأمن.",
        "REJECT",
        None,
        {"إسرائيل"},
        {"مجلس الأمن"},
        False,
    ),
    (
        "assault-conj-clitic",
        "وقصفت إسرائيل لبنان.",
        "ASSAULT",
        "heavy-weapons",
        {"إسرائيل"},
        {"لبنان"},
        False,
    ),
    (
        "agree-ready-to-sit-with",  # ready to sit down with someone: an offer of talks
        "وأعلن ماكرون استعداده للجلوس مع ممثلي حماس.",
        "AGREE",
        None,
        {"ماكرون"},
        {"حماس"},
        False,
    ),
    (
        "agree-open-to-talks",  # open to talks, in quotation marks, a predicate
        "وقال بلينكن إن الإدارة الأميركية «منفتحة على جولة جديدة من المحادثات» مع إيران.",
        "AGREE",
        None,
        {"الإدارة الأميركية"},
        {"إيران"},
        False,
    ),
    (
        "agree-partnership-signed",  # a partnership is signed like an accord
        "ووقعت مصر وفرنسا شراكة في مجال الطاقة المتجددة.",
        "AGREE",
        None,
        {"مصر", "فرنسا"},
        set(),
        False,
    ),
    (
        "agree-contract-in-relative-clause",  # the definite antecedent of a relative signing clause
        "وناقش الوزير تنفيذ العقد الذي وقعته تركيا مع روسيا العام الماضي.",
        "AGREE",
        None,
        {"تركيا", "روسيا"},
        set(),
        False,
    ),
    (
        "agree-partnership-in-relative-clause",
        "وتناول اللقاء الشراكة التي أبرمها الاتحاد الأوروبي مع أوكرانيا.",
        "AGREE",
        None,
        {"الاتحاد الأوروبي", "أوكرانيا"},
        set(),
        False,
    ),
    (
        "agree-visitor-is-no-party",  # the two signers named, the visit only the occasion
        "ووقعت تركيا وروسيا اتفاقية للتعاون خلال زيارة لوزير الخارجية الروسي سيرغي لافروف إلى أنقرة.",
        "AGREE",
        None,
        {"تركيا", "روسيا"},
        set(),
        False,
    ),
    (
        "agree-may-before-form-v-perfect",  # قد before a masculine perfect of form V asserts
        "وكان حزب الله قد توصل إلى اتفاق مع حماس بشأن تبادل الأسرى.",
        "AGREE",
        None,
        {"حزب الله", "حماس"},
        set(),
        False,
    ),
    (
        "mobilize-deployed-personnel",  # police or security personnel deployed
        "ونشرت الشرطة المصرية آلاف العناصر حول ميدان التحرير.",
        "MOBILIZE",
        "troops",
        {"الشرطة المصرية"},
        set(),
        False,
    ),
    (
        "sanction-definite-antecedent-of-imposing-verb",  # الرسوم التي فرضتها X على Y: the tariffs imposed
        "وانتقدت الصين بشدة الرسوم التي فرضتها الولايات المتحدة على إيران الأسبوع الماضي.",
        "SANCTION",
        None,
        {"الولايات المتحدة"},
        {"إيران"},
        False,
    ),
    (
        "sanction-definite-fine-imposed-by-relative-clause",  # الغرامات التي فرضتها X على Y
        "وطالبت بكين بإلغاء الغرامات التي فرضتها الإدارة الأميركية على الصين.",
        "SANCTION",
        None,
        {"الإدارة الأميركية"},
        {"الصين"},
        False,
    ),
]


@pytest.mark.parametrize(
    ("text", "etype", "mode", "source", "target", "negated"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_cases(
    text: str, etype: str, mode: str | None, source: set[str], target: set[str], negated: bool
) -> None:
    doc = make_doc(text)
    ev = find(doc, etype)
    if etype in SYMMETRIC:
        assert names(doc, ev.source) | names(doc, ev.target) == source | target
    else:
        assert names(doc, ev.source) == source
        assert names(doc, ev.target) == target
    if mode is not None:
        assert ev.mode == mode
    assert ev.negated is negated
    assert doc.text[ev.trigger.start : ev.trigger.end] == ev.trigger.text


def test_enough_cases_per_type() -> None:
    assert len(CASES) >= 60
    assert {c[2] for c in CASES} == set(PLOVER_TYPES)


def test_every_trigger_slices_the_raw_text() -> None:
    for _, text, *_rest in CASES:
        doc = make_doc(text)
        for ev in doc.events:
            assert ev.trigger.text == doc.text[ev.trigger.start : ev.trigger.end]
            assert ev.sentence.start <= ev.trigger.start < ev.trigger.end <= ev.sentence.end
            for m in ev.mentions:
                assert m.text == doc.text[m.start : m.end]


def test_trigger_span_leaves_clitics_outside() -> None:
    doc = make_doc("وقصفت إسرائيل لبنان.")
    assert find(doc, "ASSAULT").trigger.text == "قصفت"


def test_swap_hosting_visitor_is_source() -> None:
    doc = make_doc("استقبل شي بوتين في بكين.")
    ev = find(doc, "CONSULT")
    assert (names(doc, ev.source), names(doc, ev.target)) == ({"فلاديمير بوتين"}, {"شي جين بينغ"})
    assert ev.mode == "visit"
    assert names(doc, (ev.location,)) == {"بكين"}


def test_location_after_fi() -> None:
    doc = make_doc("اعتقلت الشرطة المصرية أحمد علي في القاهرة.")
    assert names(doc, (find(doc, "COERCE").location,)) == {"القاهرة"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("اعتقلت الشرطة المصرية أحمد علي قرب مسجد غربي القاهرة.", "القاهرة"),  # a direction of it
        ("اعتقلت الشرطة المصرية أحمد علي في خزاعة جنوب غزة.", "خزاعة"),  # not where the place lies
    ],
)
def test_location_after_a_direction_and_not_the_place_locating_another(text: str, where: str) -> None:
    doc = make_doc(text)
    assert names(doc, (find(doc, "COERCE").location,)) == {where}


def test_dateline_is_location_not_actor() -> None:
    doc = make_doc("بكين (رويترز) – التقى بوتين وشي يوم الأربعاء.")
    ev = find(doc, "CONSULT")
    assert names(doc, ev.source) | names(doc, ev.target) == {"فلاديمير بوتين", "شي جين بينغ"}
    assert names(doc, (ev.location,)) == {"بكين"}


def test_wire_credit_in_brackets_is_no_actor() -> None:
    said = "روسيا وعدت بملايين الدولارات ووقعت صفقات مربحة مع دول أوروبية"
    text = f"ترامب يبتسم ( رويترز - أرشيف ) وقال ترامب إن {said}."
    doc = make_doc(text, quotes=((said, "دونالد ترامب"),))
    s = text.index("رويترز")
    credit = Entity("E9", "ORG", "رويترز", [Mention(s, s + 6, "رويترز")], country="GBR", sector="MED")
    doc.entities.append(credit)
    ev = find(CODER(doc), "AGREE")
    assert "E9" not in (*ev.source, *ev.target)


@pytest.mark.parametrize(
    ("text", "participants", "told"),
    [
        ("وصل بوتين إلى بكين في زيارة رسمية التقى خلالها شي جين بينغ.", {"فلاديمير بوتين", "شي جين بينغ"}, 2),
        ("زار أردوغان موسكو حيث أجرى محادثات مع بوتين.", {"أردوغان", "فلاديمير بوتين"}, 1),
        ("زار أردوغان موسكو أمس.", {"أردوغان", "موسكو"}, 0),  # no one met: the place visited
    ],
)
def test_a_visit_and_its_meeting_are_one_consult(text: str, participants: set[str], told: int) -> None:
    doc = make_doc(text)
    consults = [e for e in doc.events if e.type == "CONSULT"]
    assert len(consults) == 1
    assert names(doc, consults[0].source) | names(doc, consults[0].target) == participants
    assert len(consults[0].mentions) == told
    doc = make_doc("زار أردوغان موسكو وزار ماكرون القاهرة.")  # two visitors: two visits
    assert len([e for e in doc.events if e.type == "CONSULT"]) == 2


def test_an_ordering_verb_ends_the_content_of_an_earlier_trigger() -> None:
    # بالإفراج is what أمرت orders, not the content of the attack told before it
    doc = make_doc(
        "فلسطينيون يتفقدون الدمار الذي أحدثه القصف الإسرائيلي على غزة أمس أمرت إسرائيل بالإفراج عن أحمد علي."
    )
    ev = find(doc, "RETREAT")
    assert (names(doc, ev.source), names(doc, ev.target)) == ({"إسرائيل"}, {"أحمد علي"})


def test_a_trigger_right_after_a_governing_verb_is_its_verbal_noun() -> None:
    # جدد تمسك فرنسا: "renewed France's adherence" (a noun), not "adhered to France" (a verb)
    doc = make_doc("غير أن الرئيس ماكرون جدد تمسك فرنسا بالاتفاق , قائلا إنه لا تنازل.")
    assert not any("فرنسا" in names(doc, e.target) for e in doc.events)


def test_date_from_times_layer_else_article_date() -> None:
    doc = make_doc(
        "التقى بوتين وكيم يوم الأربعاء. وأشاد بوتين بكيم.",
        times=(("يوم الأربعاء", "2025-09-03"),),
        date="2025-09-04",
    )
    assert find(doc, "CONSULT").date == "2025-09-03"
    assert find(doc, "SUPPORT").date == "2025-09-04"


def test_a_time_between_commas_after_a_long_subject_dates_the_verb() -> None:
    doc = make_doc(
        "واستقبل وزير الخارجية الأمريكي الأسبق السيد الدكتور الشيخ أحمد علي ، يوم الأحد ، بنيامين نتنياهو .",
        times=(("يوم الأحد", "2025-09-07"),),
        date="2025-09-08",
    )
    assert find(doc, "CONSULT").date == "2025-09-07"


def test_duplicate_tellings_become_mentions() -> None:
    doc = make_doc("التقى بوتين وكيم في بكين. وعقد الزعيمان اجتماعا مغلقا. ثم التقى بوتين وكيم مجددا.")
    consult = [ev for ev in doc.events if ev.type == "CONSULT"]
    assert len(consult) == 1
    assert [m.text for m in consult[0].mentions] == ["عقد", "التقى"]


def test_different_dates_are_different_events() -> None:
    doc = make_doc(
        "التقى بوتين وكيم في 2023. والتقى بوتين وكيم في 2025.",
        times=(("2023", "2023"), ("2025", "2025")),
    )
    assert len([ev for ev in doc.events if ev.type == "CONSULT"]) == 2


def test_dual_anaphor_resolves_to_last_pair() -> None:
    doc = make_doc("قال إن التعاون بين روسيا والصين تعزز منذ توقيع البلدين اتفاقا.")
    ev = find(doc, "AGREE")  # (its participants as one set: a deal has no source apart from its target)
    assert names(doc, ev.source) | names(doc, ev.target) == {"روسيا", "الصين"}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the toll an attack's agents took, told by their next verb: one attack
        ("هاجم مسلحون من جماعة بوكو حرام قرية داربا في ولاية بورنو، وقتلوا 18 مزارعا.", 1),
        ("هاجم مسلحون من جماعة بوكو حرام قرية داربا، وقتلوا 18 مزارعا.", 1),
        # another place struck, named as its object, is another attack
        ("اقتحم مسلحو حماس منزل نبيل شعث، واعتدت حماس على مقر التلفزيون في رام الله.", 2),
    ],
)
def test_an_attacks_toll_told_by_the_next_verb_is_one_attack(text: str, count: int) -> None:
    doc = extract_text(text)
    assert len([ev for ev in doc.events if ev.type == "ASSAULT"]) == count


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the states a counted plural stands for: the last series of that many named together
        (
            "اتهمت الجزائر مصر والسعودية والإمارات بدعم المتمردين، وطالبت الدول الثلاث بوقف التدخل.",
            {"مصر", "السعودية", "الإمارات"},
        ),
        (
            "اتفقت بنما وكولومبيا والولايات المتحدة على حملة. ودعت منظمة أطباء بلا حدود الدول الثلاث إلى"
            " فتح مسارات آمنة.",
            {"بنما", "كولومبيا", "الولايات المتحدة"},
        ),
        # a count that is not the series' names no one
        ("اتهمت الجزائر مصر والسعودية والإمارات بدعم المتمردين، وطالبت الدول الأربع بوقف التدخل.", set()),
    ],
)
def test_counted_plural_anaphor_stands_for_the_last_series(text: str, target: set[str]) -> None:
    doc = extract_text(text)
    assert roles(doc, "REQUEST")[1] == target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # "the two countries" with no act of one on the other coded: the two states named before
        (
            "أعلن الجيش السوري أنه أسقط طائرة قادمة من تركيا. وأغلقت سوريا مجالها الجوي، فيما حث بوتين"
            " البلدين على ضبط النفس.",
            {"تركيا", "سوريا"},
        ),
    ],
)
def test_the_two_countries_are_the_two_states_named_before(text: str, target: set[str]) -> None:
    doc = extract_text(text)
    assert roles(doc, "REQUEST")[1] == target


def test_dual_anaphor_is_not_its_own_clause_subject() -> None:
    doc = make_doc("رحبت روسيا والصين بالحوار بين الطرفين.")
    assert "CONSULT" not in [e.type for e in doc.events]


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        # the object an act noun takes is no verb (تعاون "cooperated"), so the clause goes on to مع X
        (
            "وهدد محافظ الأنبار صهيب الراوي بتعليق تعاون المحافظة مع الحكومة المركزية.",
            "THREATEN",
            ({"صهيب الراوي"}, {"الحكومة المركزية"}),
        ),
        (
            "قررت إيران تعليق التعاون مع الوكالة الدولية للطاقة الذرية.",
            "SANCTION",
            ({"إيران"}, {"الوكالة الدولية للطاقة الذرية"}),
        ),
    ],
)
def test_suspended_cooperation_is_aimed_at_the_partner(
    text: str, etype: str, expected: tuple[set[str], set[str]]
) -> None:
    assert roles(extract_text(text), etype) == expected


def test_complement_of_threat_is_not_coded_again() -> None:
    doc = make_doc("هدد ترامب إيران بفرض عقوبات.")
    assert [ev.type for ev in doc.events] == ["THREATEN"]


def test_object_of_frame_is_consumed() -> None:
    doc = make_doc("دعا بوتين كيم لزيارة روسيا.")
    assert [ev.type for ev in doc.events] == ["REQUEST"]


def test_zero_anaphora_continues_previous_source() -> None:
    doc = make_doc("أرسلت كوريا الشمالية جنودا إلى روسيا. كما أرسلت صواريخ.")
    aid = [ev for ev in doc.events if ev.type == "AID"]
    assert [names(doc, ev.source) for ev in aid] == [{"كوريا الشمالية"}, {"كوريا الشمالية"}]


def test_no_actor_no_event() -> None:
    assert make_doc("قتل خمسة أشخاص في انفجار.").events == []


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("قتل الجيش الإسرائيلي خمسة أشخاص في غزة بينهم 12 طالبًا .", "REQUEST"),  # tanween: no verb طالب
        ("واعتقلت الشرطة المصرية 12 متظاهرًا في القاهرة .", "PROTEST"),  # a count of people
        ("وقعت الحكومة المصرية اتفاقا مع حماس ، وفق بيان صادر عن مكتب الرئاسة .", "COERCE"),  # "issued by"
    ],
)
def test_a_word_with_tanween_or_counted_is_no_act(text: str, absent: str) -> None:
    assert absent not in [ev.type for ev in make_doc(text).events]


@pytest.mark.parametrize(
    ("text", "rejects"),
    [
        ("اعترضت الصين على القرار .", 1),  # objecting to something
        ("قال مسؤولون إن بريطانيا وفرنسا اعترضتا على التعجل .", 1),
        ("قال الجيش الإسرائيلي إنه اعترض ثلاثة صواريخ .", 0),  # a bare object: intercepted
        ("وقالت الشرطة إن سيارة اعترضت موكب الوزير .", 0),
    ],
)
def test_objecting_is_to_something_and_a_bare_object_is_intercepted(text: str, rejects: int) -> None:
    assert [ev.type for ev in extract_text(text).events].count("REJECT") == rejects


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("واستدعت مصر سفير إسرائيل للاحتجاج على القرار .", {"إسرائيل"}),
        ("واستدعت روسيا سفير الاتحاد الأوروبي في موسكو .", {"الاتحاد الأوروبي"}),
    ],
)
def test_summoning_an_envoy_protests_to_his_sender_once(text: str, target: set[str]) -> None:
    doc = make_doc(text)
    accusations = [ev for ev in doc.events if ev.type == "ACCUSE"]
    assert [names(doc, ev.target) for ev in accusations] == [target]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # an ambassador named by his country alone stands for it where the passage names it
        (
            "استدعت وزارة الخارجية العراقية السفير التركي في بغداد. "
            "وقال الوزير إن العراق يريد الحوار مع تركيا.",
            {"تركيا"},
        ),
        ("استدعت وزارة الخارجية العراقية السفير التركي في بغداد وسلمته مذكرة احتجاج.", {"السفير التركي"}),
        # a chargé d'affaires too
        (
            "استدعت الخارجية البريطانية القائم بالأعمال الإيراني في لندن. واحتجزت إيران ناقلة.",
            {"إيران"},
        ),
        ("استدعت الخارجية البريطانية القائم بالأعمال الإيراني في لندن.", {"القائم بالأعمال الإيراني"}),
    ],
)
def test_an_unnamed_ambassador_summoned_stands_for_his_country(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "ACCUSE")[1] == target


@pytest.mark.parametrize(
    "text",
    ["ورفع المتظاهرون لافتات تندد بإسرائيل .", "ورفع المحتجون يافطات تطالب الحكومة المصرية بالاستقالة ."],
)
def test_what_banners_say_is_no_act(text: str) -> None:
    assert [ev.type for ev in make_doc(text).events if ev.type in ("ACCUSE", "REQUEST")] == []


def test_a_closure_and_an_arrest_by_one_actor_are_two_acts() -> None:
    doc = make_doc("أغلقت حماس جميع صالونات التجميل في غزة ، واعتقلت ثلاث ناشطات .")
    assert [(ev.type, ev.mode) for ev in doc.events] == [("COERCE", "restrict"), ("COERCE", "arrest")]


def test_trigger_inside_a_name_is_not_coded() -> None:
    doc = make_doc("اعتقلت الشرطة المصرية أحمد علي.")
    assert all(ev.trigger.text != "الشرطة" for ev in doc.events)


def test_claim_in_quote_is_accusation_by_speaker() -> None:
    text = (
        "في إشارة إلى شي ، كتب الرئيس الأمريكي دونالد ترامب ، “يرجى إعطاء أحر تحياتي لفلاديمير بوتين ، "
        "وكيم جونغ أون ، كما تتآمر ضد الولايات المتحدة.”"
    )
    quote = "يرجى إعطاء أحر تحياتي لفلاديمير بوتين ، وكيم جونغ أون ، كما تتآمر ضد الولايات المتحدة."
    doc = make_doc(text, quotes=((quote, "دونالد ترامب"),))
    ev = find(doc, "ACCUSE")
    assert names(doc, ev.source) == {"دونالد ترامب"}
    assert names(doc, ev.target) == {"فلاديمير بوتين", "كيم جونغ أون", "شي جين بينغ"}
    assert ev.attributed_to is None


def test_negated_claim_in_quote_is_denial() -> None:
    text = "وقال يوري أوشاكوف “لا أحد يخطط لأي شيء ؛ لم يكن أحد ينسج أي مؤامرات”."
    doc = make_doc(text, quotes=(("لا أحد يخطط لأي شيء ؛ لم يكن أحد ينسج أي مؤامرات", "يوري أوشاكوف"),))
    ev = find(doc, "REJECT")
    assert (ev.mode, names(doc, ev.source), ev.negated) == ("deny", {"يوري أوشاكوف"}, False)


def test_first_person_in_quote_has_speaker_as_source() -> None:
    doc = make_doc(
        "وقال بوتين: “سنرسل قوات إلى الحدود”.", quotes=(("سنرسل قوات إلى الحدود", "فلاديمير بوتين"),)
    )
    ev = find(doc, "MOBILIZE")
    assert names(doc, ev.source) == {"فلاديمير بوتين"}
    assert ev.attributed_to is None


def test_an_attack_merged_into_a_killing_does_not_make_the_killer_its_target() -> None:
    # the killing's subject (read from the quote) and the body the attack's victims belong to are one
    # actor: it is not both who attacked and who was attacked
    said = "اثنان من عناصر حماس قتلوا في هجوم انتحاري"
    doc = make_doc(f"وقال أحمد علي من حماس إن «{said}» .", quotes=((said, "أحمد علي"),))
    assert all(not set(ev.source) & set(ev.target) for ev in doc.events)
    assert [ev.type for ev in doc.events] == ["ASSAULT"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attack by protesters is an attack; destruction by forces is no riot; a crash is nothing
        ("وهاجم المتظاهرون مقر حماس في غزة .", ("ASSAULT", set(), {"حماس"})),
        ("وأحرق الجيش الإسرائيلي مقر حماس .", ("ASSAULT", {"الجيش الإسرائيلي"}, {"حماس"})),
        ("وقتل عشرة في تحطم طائرة في غزة .", None),
    ],
)
def test_only_a_crowd_destroying_property_riots(
    text: str, expected: tuple[str, set[str], set[str]] | None
) -> None:
    doc = make_doc(text)
    assert all(ev.type != "PROTEST" for ev in doc.events)
    if expected is not None:
        assert (expected[0], *roles(doc, expected[0])) == expected


def test_a_member_announcing_an_attack_is_no_victim() -> None:

    doc = extract_text("اعلن عضو في الاتحاد الوطني الكردستاني مقتل خمسة في انفجار عبوة ناسفة قرب كركوك.")
    assert roles(doc, "ASSAULT") == (set(), {"كركوك"})


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a conjunct's title may end in a ل phrase (مرشح حزبه للرئاسة) before its name
        (
            "أفرجت السلطات السنغالية عن المعارض عثمان سونكو ومرشح حزبه للرئاسة باسيرو ديوماي فاي.",
            {"عثمان سونكو", "باسيرو ديوماي فاي"},
        ),
        # a ل phrase with no name after it ends the list
        ("أفرجت السلطات السنغالية عن المعارض عثمان سونكو ومرشح حزبه للرئاسة.", {"عثمان سونكو"}),
    ],
)
def test_a_conjuncts_title_may_end_in_a_lam_phrase(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "RETREAT")[1] == target


def test_a_former_title_holds_its_name_before_the_next_conjunct() -> None:
    # الرئيس الأسبق X ورئيس البرلمان السابق Y: both, past the title's "former"
    doc = extract_text(
        "رفض مجلس صيانة الدستور أهلية الرئيس الأسبق محمود أحمدي نجاد ورئيس البرلمان السابق علي لاريجاني."
    )
    assert roles(doc, "REJECT")[1] == {"محمود أحمدي نجاد", "علي لاريجاني"}


def test_coordinated_names_past_stray_quotation_marks() -> None:
    doc = make_doc("ونفت حركتا « حماس « » و « الجيش الإسرائيلي » أن يكون قد جرى التوصل الى اتفاق .")
    assert roles(doc, "REJECT") == ({"حماس", "الجيش الإسرائيلي"}, set())


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # an occasion between commas that names someone stands aside: the verb's object and whom it is to
        # follow it (the call is an event of its own)
        (
            "وأعرب ماكرون، خلال اتصال هاتفي مع نظيره بوتين، عن شكره لمصر.",
            [("SUPPORT", {"ماكرون"}, {"مصر"}), ("CONSULT", {"ماكرون"}, {"بوتين"})],
        ),
        ("وأعرب ماكرون عن شكره لمصر.", [("SUPPORT", {"ماكرون"}, {"مصر"})]),
    ],
)
def test_an_occasion_between_commas_stands_aside(text: str, coded: list[tuple]) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    "text",
    [
        "علق الاتحاد الدولي لكرة القدم (فيفا) والاتحاد الأوروبي لكرة القدم (يويفا) عضوية روسيا.",
        "قرر الاتحاد الدولي لكرة القدم (فيفا) والاتحاد الأوروبي لكرة القدم (يويفا) تعليق مشاركة روسيا.",
    ],
)
def test_coordinated_names_past_their_other_names_in_brackets(text: str) -> None:
    # the bodies and their short names from the KB

    assert roles(extract_text(text), "SANCTION") == (
        {"الاتحاد الدولي لكرة القدم", "الاتحاد الأوروبي لكرة القدم"},
        {"روسيا"},
    )


def test_a_persons_gender_is_read_from_his_kb_aliases_too() -> None:

    # بوش alone names no given name; his KB alias جورج بوش does: تطالب (feminine) is not his
    text = (
        "تظاهر عشرات في القاهرة ضد زيارة بوش، ورفع المتظاهرون لافتات تندد بالزيارة، "
        "وتطالب الحكومة المصرية بإلغائها."
    )
    assert roles(extract_text(text), "REQUEST") == (set(), {"الحكومة المصرية"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person's supporters protest as a crowd: no verbal protest by the person
        ("وتظاهر أنصار ماكرون في القاهرة ضد نتنياهو .", ("PROTEST", set(), {"بنيامين نتنياهو"})),
        # a body's supporters are the body
        ("وتظاهر أنصار حماس في غزة ضد إسرائيل .", ("PROTEST", {"حماس"}, {"إسرائيل"})),
        # a person's own protest is a verbal one
        ("واحتج ماكرون على قرار نتنياهو .", ("ACCUSE", {"ماكرون"}, {"بنيامين نتنياهو"})),
    ],
)
def test_supporters_of_a_person_protest_as_a_crowd(
    text: str, expected: tuple[str, set[str], set[str]]
) -> None:
    assert (expected[0], *roles(make_doc(text), expected[0])) == expected


@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        ("وتظاهر الآلاف بالقرب من مقر حماس احتجاجا على القرار .", "PROTEST", {"حماس"}),  # the seat picketed
        ("وانفجرت عبوة ناسفة على مقربة من مدينة غزة .", "ASSAULT", {"غزة"}),  # where it struck
    ],
)
def test_near_is_said_with_bilqurb_and_ala_maqruba(text: str, etype: str, target: set[str]) -> None:
    assert roles(make_doc(text), etype) == (set(), target)


def test_the_place_a_district_belongs_to_is_no_protest_target() -> None:

    doc = extract_text("وتظاهر آلاف من أنصار حزب الله في الضاحية الجنوبية لبيروت أمس .")
    assert roles(doc, "PROTEST") == ({"حزب الله"}, set())


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # setting out on a strike, or announcing the entry into one: a strike (workers strike against
        # their employer)
        ("وشرع عمال شركة أرامكو في إضراب مفتوح عن العمل .", set(), {"أرامكو"}),
        ("وأعلنت نقابة الأطباء الدخول في إضراب مفتوح .", {"نقابة الأطباء"}, set()),
    ],
)
def test_a_strike_set_out_on_or_entered(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "PROTEST") == (source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # the maker of the goods boycotted is boycotted, no boycotter
        ("وواصل آلاف المستهلكين مقاطعة منتجات شركة كوكاكولا احتجاجا على غلاء الأسعار .", set(), {"كوكاكولا"}),
        ("وأعلنت نقابة الصيادلة مقاطعة منتجات شركة فايزر .", {"نقابة الصيادلة"}, {"فايزر"}),
    ],
)
def test_a_boycott_of_goods_is_against_their_maker(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "PROTEST") == (source, target)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # protesters of a body closing a road or a site: the body's protest, not the place's closure
        ("وأغلق محتجون من أنصار حزب الأمة الطريق الرئيسي في مدينة كسلا .", {"حزب الأمة"}),
        ("وأغلق متظاهرون ينتمون إلى حزب العمال مداخل الميناء أمس .", {"حزب العمال"}),
    ],
)
def test_protesters_of_a_body_closing_a_road_protest(text: str, source: set[str]) -> None:
    assert roles(extract_text(text), "PROTEST") == (source, set())


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a verbal noun joined by و after the first act and its named object: the same deciding subject
        (
            "وقررت الحكومة الأردنية طرد السفير الإسرائيلي ديفيد روت وتعليق التبادل التجاري مع إسرائيل .",
            ("SANCTION", {"الحكومة الأردنية"}, {"إسرائيل"}),
        ),
        (
            "وأعلنت الحكومة التركية اعتقال الصحفي أحمد ألتان وإغلاق مكاتب قناة الجزيرة .",
            ("COERCE", {"الحكومة التركية"}, {"الجزيرة"}),
        ),
    ],
)
def test_an_act_joined_after_the_first_acts_named_object(
    text: str, event: tuple[str, set[str], set[str]]
) -> None:
    assert event in event_roles(extract_text(text))


def test_the_road_protesters_close_is_no_one_protested() -> None:
    # what they close, named after the verb, is no target: protesters of no one named protest no one
    doc = extract_text("وأغلق محتجون معبر رفح لساعات .")
    assert all(ev.type != "PROTEST" for ev in doc.events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a word in quotation marks after احتجاجا على does not hide whose act it is
        (
            "وأعلنت نقابة المعلمين إضرابا شاملا احتجاجا على «تجاهل» وزارة التربية لمطالبها .",
            {"نقابة المعلمين"},
            {"وزارة التربية"},
        ),
        ("وتظاهر الآلاف في القاهرة احتجاجا على «تقاعس» الحكومة المصرية .", set(), {"الحكومة المصرية"}),
    ],
)
def test_a_protested_act_in_quotation_marks(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "PROTEST") == (source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a road closed in protest: the closers protest, one of a body's people standing for it
        (
            "وقطع أعضاء في نقابة المزارعين الطريق الدولي احتجاجا على قرار وزارة الزراعة .",
            {"نقابة المزارعين"},
            {"وزارة الزراعة"},
        ),
        (
            "وقطع اتحاد المزارعين الطريق الرئيسي ، احتجاجا على قرار وزارة الزراعة .",
            {"اتحاد المزارعين"},
            {"وزارة الزراعة"},
        ),
        # (not the town its people live in)
        ("وقطع سكان مدينة الكرك الطريق الصحراوي احتجاجا على قرار وزارة المياه .", set(), {"وزارة المياه"}),
    ],
)
def test_the_doer_of_an_act_done_in_protest_protests(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "PROTEST") == (source, target)


def test_a_title_naming_its_country_as_a_noun_acts_as_its_holder() -> None:

    doc = extract_text("وانتقد وزير خارجية روسيا سياسة الولايات المتحدة.", date="2006-07-28")
    ev = find(doc, "ACCUSE")
    assert [m.text for e in doc.entities if e.id in ev.source for m in e.mentions] == ["وزير خارجية روسيا"]
    assert names(doc, ev.target) == {"الولايات المتحدة"}


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # when and where it happened stand between the verb and its subject (VSO)
        ("واعتذر أمس في القاهرة الرئيس الفرنسي ماكرون لإسرائيل .", "CONCEDE", {"ماكرون"}, {"إسرائيل"}),
        ("وأفرجت أمس عند معبر غزة الشرطة المصرية عن أحمد علي .", "RETREAT", {"الشرطة المصرية"}, {"أحمد علي"}),
        ("وتظاهر أمس في ساحة الشهداء وسط بغداد عشرات الآلاف من أنصار حماس .", "PROTEST", {"حماس"}, set()),
    ],
)
def test_the_subject_after_when_and_where(text: str, etype: str, source: set[str], target: set[str]) -> None:
    doc = make_doc(text, times=(("أمس", "2025-09-02"),))
    assert roles(doc, etype) == (source, target)


def test_a_place_after_when_and_where_is_no_subject() -> None:
    doc = make_doc("وزار أمس في جولته القاهرة .", times=(("أمس", "2025-09-02"),))
    assert all(not ev.source for ev in doc.events)


def test_a_number_of_soldiers_reaching_a_count_is_no_arrival() -> None:
    assert make_doc("ويصل عدد جنود الجيش الإسرائيلي إلى 15 ألفا .").events == []
    assert roles(make_doc("ووصلت قوات الجيش الإسرائيلي إلى غزة ."), "MOBILIZE") == (
        {"الجيش الإسرائيلي"},
        {"غزة"},
    )


def test_a_verb_after_a_comma_closing_a_relative_clause_is_the_main_subjects() -> None:
    doc = make_doc("ونددت فرنسا بالهجوم الذي شنه الجيش الإسرائيلي على غزة ، ودعت إلى حماية المدنيين .")
    assert roles(doc, "REQUEST") == ({"فرنسا"}, set())
    assert roles(doc, "ASSAULT") == ({"الجيش الإسرائيلي"}, {"غزة"})


def test_a_symmetric_verb_with_no_subject_takes_the_parties_after_its_object() -> None:
    doc = make_doc("ووقعت في القاهرة اتفاقية للتعاون الأمني بين روسيا وسوريا .")
    ev = find(doc, "AGREE")
    assert names(doc, ev.source) | names(doc, ev.target) == {"روسيا", "سوريا"}


def test_an_arrest_and_a_curfew_are_two_acts() -> None:

    doc = extract_text(
        "واعتقلت القوات الإسرائيلية 20 فلسطينيا في الضفة الغربية ، وفرضت حظر التجول على مدينة نابلس ."
    )
    assert sorted(ev.mode for ev in doc.events if ev.type == "COERCE") == ["arrest", "curfew"]


#: who does what to whom in a construction: (text, type, source, target)
ROLE_CASES = [
    # a ban refused, told before as a restriction: aimed at whoever imposed it
    (
        "أعلنت الحكومة المصرية حظر التجمعات . وقالت حماس إنها لن ترضخ للحظر .",
        "REJECT",
        {"حماس"},
        {"الحكومة المصرية"},
    ),
    # two subjects before a dual verb of carrying out: both do the act it carries out
    ("إسرائيل ومصر تنفذان عملية مشتركة ضد حماس .", "ASSAULT", {"إسرائيل", "مصر"}, {"حماس"}),
    # released: a man by عنه, not the town named since
    ("اعتقلت حماس أحمد علي أثناء توجهه إلى القاهرة ، قبل أن تفرج عنه .", "RETREAT", {"حماس"}, {"أحمد علي"}),
    # a deprivation decided is a sanction on whom it deprives, "unanimously" between
    ("وقرر الاتحاد الأوروبي بالإجماع حرمان روسيا من المشاركة .", "SANCTION", {"الاتحاد الأوروبي"}, {"روسيا"}),
    # a verb with و that a body's head does not agree with: the person after it is its subject
    ("وقعت الحكومة المصرية اتفاقا ، وتعهد أردوغان بتجميد القرار .", "CONCEDE", {"أردوغان"}, set()),
    # (a bare form after a verb is a verbal noun, no verb to agree: the body goes on)
    (
        "واتهمت الحكومة المصرية حماس بالهجوم ، وأعلنت سحب قواتها من غزة .",
        "RETREAT",
        {"الحكومة المصرية"},
        set(),
    ),
    # a pronoun telling when right after the verb: the subject follows it (not after a meeting's verb,
    # where the one met follows)
    ("جرى اتصال هاتفي ، أشاد خلاله الرئيس أردوغان بموقف روسيا .", "SUPPORT", {"أردوغان"}, {"روسيا"}),
    ("وصل ماكرون إلى القاهرة في زيارة يلتقي خلالها الرئيس محمد مرسي .", "CONSULT", {"ماكرون"}, {"محمد مرسي"}),
    # a verb whose first radical is و (وعد، وجه) is no verb conjoined by و: the actor before it is
    # its subject
    ("وقالت فرنسا إن روسيا وعدت بملايين الدولارات لسوريا .", "AID", {"روسيا"}, {"سوريا"}),
    # dealt a blow, told again by the verb describing it
    (
        "وقال بيان إن الجيش الإسرائيلي وجه ضربة جوية استهدفت مقر حماس في غزة .",
        "ASSAULT",
        {"الجيش الإسرائيلي"},
        {"حماس"},
    ),
    # one of a body's people right after the verb stands for the body
    ("وأشاد مسؤول كبير في حماس بموقف ماكرون .", "SUPPORT", {"حماس"}, {"ماكرون"}),
    ("ودعا مسؤول في حماس إسرائيل إلى الانسحاب .", "REQUEST", {"حماس"}, {"إسرائيل"}),
    ("وتعرض قيادي في حماس للخطف في غزة .", "ASSAULT", set(), {"حماس"}),  # the subject of a passive frame
    # after a verb of violence, mostly its victim
    ("وقتل جندي من الجيش الإسرائيلي في غزة .", "ASSAULT", set(), {"الجيش الإسرائيلي"}),
    # where it was said stands between the verb and its subject (VSO)
    ("ودعت في بيان صدر في القاهرة حماس إسرائيل إلى الانسحاب .", "REQUEST", {"حماس"}, {"إسرائيل"}),
    ("وانتقدت في بيان أمس حماس إسرائيل .", "ACCUSE", {"حماس"}, {"إسرائيل"}),
    ("واتهم بوتين في خطاب متلفز إسرائيل بقصف غزة .", "ACCUSE", {"فلاديمير بوتين"}, {"إسرائيل"}),
    ("واتهم بوتين في خطابه إسرائيل بقصف غزة .", "ACCUSE", {"فلاديمير بوتين"}, {"إسرائيل"}),
    ("ودعا في مؤتمر صحفي بوتين ماكرون إلى زيارة موسكو .", "REQUEST", {"فلاديمير بوتين"}, {"ماكرون"}),
    ("وانتقدت في بيان لحماس إسرائيل .", "ACCUSE", {"حماس"}, {"إسرائيل"}),  # the statement's, after ل
    # a comma after the subject with no و further on: the object follows, titled or not
    (
        "ودعا الرئيس الروسي فلاديمير بوتين ، الرئيس ماكرون إلى زيارة موسكو .",
        "REQUEST",
        {"فلاديمير بوتين"},
        {"ماكرون"},
    ),
    # a list closed by و: its members together
    (
        "وانتقد بوتين ، ماكرون ونتنياهو سياسة إسرائيل .",
        "ACCUSE",
        {"فلاديمير بوتين", "ماكرون", "بنيامين نتنياهو"},
        {"إسرائيل"},
    ),
    ("وقصفت إسرائيل لبنان ، سوريا وغزة .", "ASSAULT", {"إسرائيل"}, {"لبنان", "سوريا", "غزة"}),
    # a member conjoined with the preposition told again (على X وعلى Y، بـX وبـY)
    ("وتظاهر الآلاف في القاهرة احتجاجا على إسرائيل وعلى حماس .", "PROTEST", set(), {"إسرائيل", "حماس"}),
    ("وأشاد بوتين بماكرون وبنتنياهو .", "SUPPORT", {"فلاديمير بوتين"}, {"ماكرون", "بنيامين نتنياهو"}),
    # a stance's object after ب is no place where it was said, right after the verb and its subject
    ("وأشاد بوتين بإسرائيل وماكرون .", "SUPPORT", {"فلاديمير بوتين"}, {"إسرائيل", "ماكرون"}),
    ("وندد بوتين بإسرائيل .", "ACCUSE", {"فلاديمير بوتين"}, {"إسرائيل"}),
    # a verb goes on with the person before it when its gender fits his or hers
    ("زار جورج بوش القاهرة أمس . وانتقد سياسة إسرائيل .", "ACCUSE", {"جورج بوش"}, {"إسرائيل"}),
    (
        "زارت هيلاري كلينتون القاهرة أمس . وانتقدت سياسة إسرائيل .",
        "ACCUSE",
        {"هيلاري كلينتون"},
        {"إسرائيل"},
    ),
    # not when it does not: its subject is someone else, unnamed
    ("زارت هيلاري كلينتون القاهرة أمس . وانتقد سياسة إسرائيل .", "ACCUSE", set(), {"إسرائيل"}),
    # (a verb whose first radical is و: its gender from the whole word, وعدت feminine)
    ("وزار جورج بوش القاهرة أمس ، ثم وعدت بدعم سوريا .", "CONCEDE", set(), {"سوريا"}),
    (
        "تظاهر الآلاف في القاهرة ضد زيارة جورج بوش ، ورفع المتظاهرون لافتات تندد بالزيارة ، "
        "وتطالب الحكومة المصرية بإلغائها .",
        "REQUEST",
        set(),
        {"الحكومة المصرية"},
    ),
    # the body whose people were hit, after في too (في صفوف X، ضابطا في X)
    ("وأسفر الهجوم عن مقتل عشرة في صفوف الجيش الإسرائيلي .", "ASSAULT", set(), {"الجيش الإسرائيلي"}),
    (
        "واعتقلت الشرطة المصرية ضابطا في الجيش الإسرائيلي .",
        "COERCE",
        {"الشرطة المصرية"},
        {"الجيش الإسرائيلي"},
    ),
    # not a body named after في with no word for its people (a journalist's agency): where it struck
    ("وانفجرت عبوة ناسفة في غزة بحسب صحافي في « حماس » .", "ASSAULT", set(), {"غزة"}),
    ("واستهدفت سيارة مفخخة دورية لحماس في غزة .", "ASSAULT", set(), {"حماس"}),
    ("وهاجم مسلحون مقرا لحزب الله قرب بغداد .", "ASSAULT", set(), {"حزب الله"}),
    # unnamed gunmen before a plural verb are its subject: the act struck where it happened
    ("وأعلنت الشرطة أن مسلحين مجهولين اختطفوا طبيبا في بغداد .", "ASSAULT", set(), {"بغداد"}),
    ("وقالت الشرطة إن مسلحين خطفوا أربعة مهندسين في الموصل .", "ASSAULT", set(), {"الموصل"}),
    # the people of a body after a preposition are the body (مع رجال الشرطة)
    ("واشتبك متظاهرون في غزة مع رجال الشرطة المصرية .", "ASSAULT", set(), {"الشرطة المصرية"}),
    # a number of its people after the unnamed subject: the object, not the subject's body
    ("وقتل مسلحون خمسة من أفراد الشرطة المصرية في غزة .", "ASSAULT", set(), {"الشرطة المصرية"}),
    # protesters from a body are that body; the seat they picket, its quoted name aside, what
    # they protest against
    ("وتجمع متظاهرون من حركة «حماس» حول مقر سفارة إسرائيل في القاهرة .", "PROTEST", {"حماس"}, {"إسرائيل"}),
    ("وتظاهر محتجون من حماس في القاهرة .", "PROTEST", {"حماس"}, set()),
    # whom the body is loyal to is no one protested against; a seat further on still is
    (
        "وتجمع متظاهرون من حماس الموالية لماكرون منذ صباح امس حول مقر سفارة إسرائيل في القاهرة .",
        "PROTEST",
        {"حماس"},
        {"إسرائيل"},
    ),
    # marches said to condemn: a protest; what they condemn was done by the relative clause's subject
    (
        "ونظمت حماس مسيرات منددة بالقرار الذي أصدره الجيش الإسرائيلي .",
        "PROTEST",
        {"حماس"},
        {"الجيش الإسرائيلي"},
    ),
    # after a preposition, a title before the name
    (
        "وخرج أنصار حماس في مظاهرة في غزة احتجاجا على القرار الذي أصدره الرئيس نتنياهو .",
        "PROTEST",
        {"حماس"},
        {"بنيامين نتنياهو"},
    ),
    # the protesters named before a plural verb are its subject, not the actor of the last event
    (
        "وتظاهر المئات ضد زيارة ماكرون ، ورفع المتظاهرون لافتات ، وطالبوا الحكومة المصرية بإلغائها .",
        "REQUEST",
        set(),
        {"الحكومة المصرية"},
    ),
    (
        "وانتقد ماكرون إسرائيل ، ورفع المحتجون لافتات ، وطالبوا الحكومة المصرية بالتدخل .",
        "REQUEST",
        set(),
        {"الحكومة المصرية"},
    ),
    # a perfect verb of attack right after an indefinite noun describes it: the name after is struck
    ("وقتل عشرة أشخاص في انفجار استهدف بغداد أمس .", "ASSAULT", set(), {"بغداد"}),
    # a demonstrative is no noun a verb describes: the name after the verb is its subject
    ("إلى ذلك تتهم إسرائيل حماس بخرق الهدنة .", "ACCUSE", {"إسرائيل"}, {"حماس"}),
    ("وفي هذا تتهم إسرائيل حماس بخرق الهدنة .", "ACCUSE", {"إسرائيل"}, {"حماس"}),
    # the body whose people were hit, not the place, when the attack is told after the killing
    (
        "وقالت الشرطة إن جنديين من الجيش الإسرائيلي قتلا في هجوم في غزة .",
        "ASSAULT",
        set(),
        {"الجيش الإسرائيلي"},
    ),
    # a count of a body's people, and soldiers of it among the wounded
    ("وأعلنت الشرطة مقتل خمسة من حماس في انفجار عبوة ناسفة قرب غزة .", "ASSAULT", set(), {"حماس"}),
    (
        "وأعلنت الشرطة مقتل جندي وإصابة أربعة آخرين ، بينهم عسكريون من الجيش الإسرائيلي في هجوم في غزة .",
        "ASSAULT",
        set(),
        {"الجيش الإسرائيلي"},
    ),
    # protested against an act a nationality marks as another's: the act's victim is no target
    ("وتظاهر أنصار حماس احتجاجا على القصف الإسرائيلي لغزة .", "PROTEST", {"حماس"}, set()),
    ("وتظاهر الآلاف في القاهرة احتجاجا على العدوان الإسرائيلي على لبنان .", "PROTEST", set(), set()),
    # a feminine or plural participle after a comma goes on with the clause's subject; إياها refers back
    ("وقطعت مصر علاقاتها مع إسرائيل ، متهمة إياها بالتدخل في شؤونها .", "ACCUSE", {"مصر"}, {"إسرائيل"}),
    ("ونددت حماس بالقرار ، مطالبة إسرائيل بالتراجع عنه .", "REQUEST", {"حماس"}, {"إسرائيل"}),
    ("ورفض أنصار حماس القرار ، متهمين إسرائيل بالتصعيد .", "ACCUSE", {"حماس"}, {"إسرائيل"}),
    # so for a form I participle listed in its masculine (داعيا), though داعية is a preacher, a title
    (
        "وانتقدت هيلاري كلينتون الصفقة ، داعية إيران إلى وقف تسليح الجماعة .",
        "REQUEST",
        {"هيلاري كلينتون"},
        {"إيران"},
    ),
    ("ونددت حماس بالقرار ، نافية مقتل قادتها .", "REJECT", {"حماس"}, set()),
    # a person after a verb whose object is named (حظر التجول) imposes it, no patient of a bare arrest verb
    ("فرض أحمد علي حظر التجول في بغداد .", "COERCE", {"أحمد علي"}, set()),
    # the curfew spelt التجوال; the arrest's verbal noun after the body that announces it
    ("وفرضت الحكومة المصرية حظر التجوال في القاهرة .", "COERCE", {"الحكومة المصرية"}, set()),
    ("وأعلنت الشرطة المصرية القبض على محمد مرسي في القاهرة .", "COERCE", {"الشرطة المصرية"}, {"محمد مرسي"}),
    # an arrest warrant charges (no arrest yet); summoned for questioning, investigated
    ("وأصدرت الحكومة المصرية مذكرة اعتقال بحق محمد مرسي .", "ACCUSE", {"الحكومة المصرية"}, {"محمد مرسي"}),
    ("واستدعت الشرطة المصرية محمد مرسي للتحقيق .", "ACCUSE", {"الشرطة المصرية"}, {"محمد مرسي"}),
    # a commission of inquiry set up, by the verb or by its noun
    ("وشكلت الحكومة المصرية لجنة تحقيق في الأحداث .", "ACCUSE", {"الحكومة المصرية"}, set()),
    ("وأعلنت الحكومة المصرية تشكيل لجنة للتحقيق في الأحداث .", "ACCUSE", {"الحكومة المصرية"}, set()),
    # the pronoun of أن before a negation is the subject of the verb after it
    ("وأعلنت روسيا أنها لن تسمح لأوكرانيا بالانضمام إلى الحلف .", "REJECT", {"روسيا"}, {"أوكرانيا"}),
    # a preposition with a pronoun names the recipient named before (ها a state or body, ه a person)
    ("وانتقدت مصر إسرائيل بشدة ، وقطعت العلاقات معها .", "SANCTION", {"مصر"}, {"إسرائيل"}),
    ("والتقى بوتين أحمد علي في موسكو ، ووقع معه اتفاقا للتعاون .", "AGREE", {"فلاديمير بوتين"}, {"أحمد علي"}),
    ("واتهمت تركيا سوريا بدعم الإرهاب ، واستدعت سفيرها لديها .", "SANCTION", {"تركيا"}, {"سوريا"}),
    # ه after a preposition is a person where one is named before it, past a body named since
    (
        "وكان محمد مرسي مطلوبا لدى حزب الله ، وألقت الشرطة المصرية القبض عليه .",
        "COERCE",
        {"الشرطة المصرية"},
        {"محمد مرسي"},
    ),
    # ل with a pronoun after a word of belonging: the owner of what is struck, named before
    ("وأعلنت حماس أن إسرائيل قصفت قافلة تابعة لها في غزة .", "ASSAULT", {"إسرائيل"}, {"حماس"}),
    # a pardon of prisoners frees them, and so does an amnesty decreed; a general amnesty announced
    # promises not to punish
    ("وأصدر بوتين عفوا عن 300 سجين بمناسبة العيد .", "RETREAT", {"فلاديمير بوتين"}, set()),
    ("وأصدر بوتين مرسوما يقضي بمنح عفو عام عن الجرائم .", "RETREAT", {"فلاديمير بوتين"}, set()),
    ("وأعلن بوتين عفوا عاما عن معارضي الحكومة .", "CONCEDE", {"فلاديمير بوتين"}, set()),
    # a ban on gatherings inside a country restricts (no sanction); waving escalation threatens
    ("وفرضت الحكومة المصرية حظرا على التجمعات في القاهرة .", "COERCE", {"الحكومة المصرية"}, set()),
    ("ولوحت حماس بالتصعيد ضد إسرائيل .", "THREATEN", {"حماس"}, {"إسرائيل"}),
    # who called a protest organised it, and is no one it is against
    ("وتظاهر الآلاف في غزة بدعوة من حماس للمطالبة برفع الحصار .", "PROTEST", {"حماس"}, set()),
    # the call told after a long purpose and a comma
    (
        "وأضرب عشرات الآلاف من عمال المصانع في ضاحية غزة للمطالبة برفع الحد الأدنى للأجور ، بدعوة من حماس .",
        "PROTEST",
        {"حماس"},
        set(),
    ),
    ("وخرج الآلاف في مواكب دعت إليها حماس في غزة .", "PROTEST", {"حماس"}, set()),
    # quotation marks and ب written apart are no words between the stance and its ل (the role of X)
    ('وأشاد ماكرون بـ"الدور المحوري" لمصر في إدخال المساعدات .', "SUPPORT", {"ماكرون"}, {"مصر"}),
    # a unit of a body is the body (قوة من الجيش)
    ("وقال مصدر إن قوة من الجيش الإسرائيلي اعتقلت أحمد علي .", "COERCE", {"الجيش الإسرائيلي"}, {"أحمد علي"}),
    # a verb joined after a comma, no act told before it, goes on with the subject opening its sentence
    (
        "وأكدت الحكومة المصرية مقتل جندي ، ونفت أن تكون قواتها قد دخلت غزة .",
        "REJECT",
        {"الحكومة المصرية"},
        set(),
    ),
    # a place named bare after a deal two signed is its matter, no party to it
    (
        "ووقعت الحكومة المصرية وحماس اتفاقية لتطوير ميناء غزة .",
        "AGREE",
        {"الحكومة المصرية", "حماس"},
        set(),
    ),
    # a protest against an act of a nationality is against that, not whom it then asks to act
    (
        "وتظاهر مئات من أنصار حماس تنديدا بالقصف الإسرائيلي ، مطالبين الحكومة المصرية بطرد السفير .",
        "PROTEST",
        {"حماس"},
        set(),
    ),
    # a body's employees strike against it (who called the strike organised it)
    (
        "ونفذ أعوان الحكومة المصرية إضرابا عن العمل بدعوة من حماس .",
        "PROTEST",
        {"حماس"},
        {"الحكومة المصرية"},
    ),
    ("وأضرب موظفو الحكومة المصرية عن العمل .", "PROTEST", set(), {"الحكومة المصرية"}),
    # a court upholding a sentence passes it (no support, and no execution yet)
    ("وأيدت الحكومة المصرية حكم الإعدام بحق محمد مرسي .", "SANCTION", {"الحكومة المصرية"}, {"محمد مرسي"}),
    # a fine imposed is a sanction on whom it is imposed
    (
        "وفرضت الحكومة المصرية على حزب الله غرامة قدرها مليون دولار .",
        "SANCTION",
        {"الحكومة المصرية"},
        {"حزب الله"},
    ),
    # a body's offices closed (مقار، the plural of مقر) restrict it
    ("وأغلقت الحكومة المصرية مقار حزب الله .", "COERCE", {"الحكومة المصرية"}, {"حزب الله"}),
    # a licence withdrawn bans; a paper blocked
    ("وسحبت الحكومة المصرية ترخيص حزب الله .", "COERCE", {"الحكومة المصرية"}, {"حزب الله"}),
    # soldiers, troops or fighters withdrawn, counted or the body's own, are a withdrawal
    ("وأعلنت الولايات المتحدة سحب نحو 300 جندي من كركوك .", "RETREAT", {"الولايات المتحدة"}, set()),
    ("وسحب حزب الله عناصره من تكريت .", "RETREAT", {"حزب الله"}, set()),
    # and so is its staff, experts or advisers withdrawn
    ("وأعلنت الأمم المتحدة سحب موظفيها من بورتسودان .", "RETREAT", {"الأمم المتحدة"}, set()),
    ("وسحبت روسيا معظم مستشاريها من مالي .", "RETREAT", {"روسيا"}, set()),
    # a suspension or a block lifted (رفع التعليق، رفع الحجب) eases
    ("وأعلن الاتحاد الأوروبي رفع تعليق عضوية سوريا .", "RETREAT", {"الاتحاد الأوروبي"}, {"سوريا"}),
    ("ورفعت روسيا الحجب عن موقع الصحيفة .", "RETREAT", {"روسيا"}, set()),
    # a denial's target is a claim's author, not whom the denied content names
    ("ونفى أوشاكوف أن تكون روسيا تخطط لهجوم جديد .", "REJECT", {"يوري أوشاكوف"}, set()),
    ("واتهم ترامب روسيا بمساعدة إيران ، وهو ما نفاه لافروف .", "REJECT", {"سيرغي لافروف"}, set()),
    ("ونفى لافروف اتهامات ترامب .", "REJECT", {"سيرغي لافروف"}, {"دونالد ترامب"}),
    # readiness to release or stop is a concession; a threat brandished of closing something
    ("أبدى محمد مرسي استعداده للإفراج عن المعتقلين .", "CONCEDE", {"محمد مرسي"}, set()),
    ("أعربت حماس عن استعدادها لإطلاق سراح الرهائن .", "CONCEDE", {"حماس"}, set()),
    ("وأعلن محمد مرسي أنه مستعد لإعادة النظر في الأحكام .", "CONCEDE", {"محمد مرسي"}, set()),
    ("وأعلنت إسرائيل استعدادها لدفع تعويضات لأسر الضحايا .", "CONCEDE", {"إسرائيل"}, set()),
    ("وأبدت الحكومة المصرية استعدادها لخفض الرسوم .", "CONCEDE", {"الحكومة المصرية"}, set()),
    # readiness to ease, extend, close or study what another asks is one too
    ("وأبدت الحكومة المصرية استعدادها لتسهيل عودة اللاجئين .", "CONCEDE", {"الحكومة المصرية"}, set()),
    ("وأعلنت إسرائيل استعدادها لتمديد الهدنة أسبوعا .", "CONCEDE", {"إسرائيل"}, set()),
    ("وقال محمد مرسي إن الحكومة مستعدة لدراسة مطالب النقابات .", "CONCEDE", {"محمد مرسي"}, set()),
    ("وأبدت روسيا استعدادها لإغلاق مكاتب الشركة .", "CONCEDE", {"روسيا"}, set()),
    # the participles of the three-letter form II verbs of praise, their final نا or ها no pronoun; thanks
    # offered (قدم الشكر) are support, no aid
    (
        "وقال الرئيس المصري محمد مرسي إن اللقاحات وصلت ، مثمنا جهود الصين .",
        "SUPPORT",
        {"محمد مرسي"},
        {"الصين"},
    ),
    (
        "وقال الرئيس المصري محمد مرسي إن اللقاحات وصلت ، منوها بدور فرنسا .",
        "SUPPORT",
        {"محمد مرسي"},
        {"فرنسا"},
    ),
    (
        "وقال الرئيس المصري محمد مرسي إن اللقاحات وصلت ، موجها الشكر إلى تركيا .",
        "SUPPORT",
        {"محمد مرسي"},
        {"تركيا"},
    ),
    (
        "وقدم الرئيس المصري محمد مرسي الشكر لروسيا على مساعدتها .",
        "SUPPORT",
        {"محمد مرسي"},
        {"روسيا"},
    ),
    # solidarity is with whom مع names, past its subject or genitive; after a verb of confirming it is the
    # verbal noun
    ("ودانت الحكومة المصرية الهجوم ، مؤكدة تضامن مصر الكامل مع فرنسا .", "SUPPORT", {"مصر"}, {"فرنسا"}),
    ("وتضامن ماكرون مع تركيا في مواجهة الإرهاب .", "SUPPORT", {"ماكرون"}, {"تركيا"}),
    # readiness to postpone, reopen, raise or freeze is a concession; readiness to open talks agrees
    ("وأبدت الحكومة المصرية استعدادها لتأجيل رفع الأسعار .", "CONCEDE", {"الحكومة المصرية"}, set()),
    ("وقال مرسي إن حماس مستعدة لإعادة فتح المعابر .", "CONCEDE", {"حماس"}, set()),
    ("وأبدت إيران استعدادها لفتح حوار مع فرنسا .", "AGREE", {"إيران"}, {"فرنسا"}),
    # a concession is made to whom the act it promises is done to, or to whoever its condition is put to
    (
        "وأعلنت الحكومة المصرية استعدادها لرفع الحظر على واردات الفاكهة من تركيا .",
        "CONCEDE",
        {"الحكومة المصرية"},
        {"تركيا"},
    ),
    (
        "وتعهدت الحكومة المصرية بتخفيف القيود على واردات القمح من روسيا .",
        "CONCEDE",
        {"الحكومة المصرية"},
        {"روسيا"},
    ),
    (
        "وأعلنت حركة حماس استعدادها للإفراج عن الرهائن إذا أوقفت إسرائيل الحرب .",
        "CONCEDE",
        {"حماس"},
        {"إسرائيل"},
    ),
    # accepting a ruling yields to it (accepting an offer agrees to it)
    ("وأعلن محمد مرسي قبوله بقرار مجلس الأمن .", "CONCEDE", {"محمد مرسي"}, {"مجلس الأمن"}),
    ("وأعلن محمد مرسي قبول المبادرة .", "AGREE", {"محمد مرسي"}, set()),
    ("ولوحت إيران بإغلاق مضيق هرمز .", "THREATEN", {"إيران"}, set()),
    # brandishing a freeze, a ban or an expulsion threatens too (ملوحة as لوحت)
    (
        "ولوح الاتحاد الأوروبي بتجميد المساعدات المقدمة إلى لبنان .",
        "THREATEN",
        {"الاتحاد الأوروبي"},
        {"لبنان"},
    ),
    ("ولوحت الحكومة المصرية بطرد السفير الإسرائيلي .", "THREATEN", {"الحكومة المصرية"}, set()),
    ("وانتقدت فرنسا القرار ، ملوحة بحظر واردات الدواجن من تركيا .", "THREATEN", {"فرنسا"}, {"تركيا"}),
    # a batch word before the aid (حزمة، قافلة) stands between it and the announcing verb
    ("أعلنت مصر عن حزمة مساعدات جديدة للبنان .", "AID", {"مصر"}, {"لبنان"}),
    # the verb of announcing may take its noun after عن
    ("أعلن البنك الدولي عن تقديم مساعدات لمصر .", "AID", {"البنك الدولي"}, {"مصر"}),
    # a gang before its name stands between the verb and its subject, as a movement does
    ("هاجمت عصابة حماس بلدة خزاعة .", "ASSAULT", {"حماس"}, {"خزاعة"}),
    # a bomb inside a body's building struck the body
    ("انفجرت عبوة ناسفة داخل مبنى حزب الله في بغداد .", "ASSAULT", set(), {"حزب الله"}),
    # welcomed what was told before with the same word: who made it is the target; told nowhere, no one
    (
        "تبنى مجلس الأمن قرارا يطالب إسرائيل بالانسحاب . ورحبت مصر بالقرار .",
        "SUPPORT",
        {"مصر"},
        {"مجلس الأمن"},
    ),
    (
        "عرض أردوغان استضافة المحادثات . ورحب الرئيس الروسي السابق بوتين بالعرض .",
        "SUPPORT",
        {"فلاديمير بوتين"},
        {"أردوغان"},
    ),
    # (told two sentences before)
    (
        "أصدر ماكرون قرارا بالعفو عن المعتقلين . وقال أحمد علي إن الإفراج سيتم غدا . ورحبت مصر بالقرار .",
        "SUPPORT",
        {"مصر"},
        {"ماكرون"},
    ),
    ("ورحبت مصر بالقرار .", "SUPPORT", {"مصر"}, set()),
    # warned of what the speaker named so: the conduct of the actor in the name, not a recipient
    ("وحذرت روسيا مما وصفته بتدخل إيران في لبنان .", "ACCUSE", {"روسيا"}, {"إيران"}),
    # a country recalling its own ambassador cuts ties with where he is posted
    ("واستدعت مصر سفيرها لدى إسرائيل للتشاور .", "SANCTION", {"مصر"}, {"إسرائيل"}),
    ("واستدعى ماكرون سفير بلاده من إسرائيل .", "SANCTION", {"ماكرون"}, {"إسرائيل"}),
    ("واستدعت مصر سفيرها في إسرائيل احتجاجا على العدوان على غزة .", "SANCTION", {"مصر"}, {"إسرائيل"}),
    # ties cut with someone, the object's adjective between
    ("وقطعت مصر علاقاتها الدبلوماسية مع إسرائيل .", "SANCTION", {"مصر"}, {"إسرائيل"}),
    # a dual verb with no pair named: the two who just met, not the one a speech verb carries over
    (
        "والتقى ماكرون بوتين في باريس . وقال بيان إن الرئيسين اتفقا على تعزيز التعاون .",
        "AGREE",
        {"ماكرون"},
        {"فلاديمير بوتين"},
    ),
    (
        "وأجرى ماكرون محادثات مع بوتين ، وقال إن الجانبين اتفقا على استئناف الحوار .",
        "AGREE",
        {"ماكرون"},
        {"فلاديمير بوتين"},
    ),
    # a body's delegation stands for the body, after من or as its genitive
    ("والتقى ماكرون وفدا من حماس في باريس .", "CONSULT", {"ماكرون"}, {"حماس"}),
    ("والتقى ماكرون وفد حماس .", "CONSULT", {"ماكرون"}, {"حماس"}),
    # a doubled verb with an object pronoun in a relative clause (شنها): its own subject acts
    (
        "ودان ماكرون العملية العسكرية التي شنها الجيش الإسرائيلي على غزة .",
        "ASSAULT",
        {"الجيش الإسرائيلي"},
        {"غزة"},
    ),
    # ... past where the condemner is, the act definite by its genitive
    ("وأغلقت إسرائيل الجسور . وانتقدت حماس في غزة إغلاق الجسور .", "ACCUSE", {"حماس"}, {"إسرائيل"}),
    # a condemnation of the act told before: its agent
    ("وقصفت إسرائيل غزة . ودان ماكرون الغارة .", "ACCUSE", {"ماكرون"}, {"إسرائيل"}),
    ("وهدد أحمد علي حماس . ونددت مصر بالتهديدات .", "ACCUSE", {"مصر"}, {"أحمد علي"}),
    # what is asked after ب holds no addressee: the name before it is asked, the subject goes on
    ("ودان ماكرون الهجوم ، وطالب حماس بالضغط على إسرائيل .", "REQUEST", {"ماكرون"}, {"حماس"}),
    # a call dating the clause before (وذلك خلال): its subject calls; a two-word nationality in the title
    (
        "وأعرب ماكرون عن أسفه للحادث ، وذلك خلال اتصال هاتفي مع نظيره الكوري الجنوبي أحمد علي .",
        "CONSULT",
        {"ماكرون"},
        {"أحمد علي"},
    ),
    # closures, cuts of service, curfews and tear gas: coercion (a town is where, not whom)
    ("وأغلقت إسرائيل الجسور الرئيسية في غزة .", "COERCE", {"إسرائيل"}, set()),
    ("وقطعت إسرائيل خدمة الإنترنت في غزة .", "COERCE", {"إسرائيل"}, set()),
    ("وأعلنت إسرائيل فرض حظر التجول في غزة .", "COERCE", {"إسرائيل"}, set()),
    ("وأطلقت حماس الغاز المسيل للدموع على المتظاهرين في غزة .", "COERCE", {"حماس"}, set()),
    # a letter handed over is a contact, a protest note a verbal protest, not a material hand-over
    ("وسلم ماكرون بوتين رسالة خطية من الرئيس الفرنسي .", "CONSULT", {"ماكرون"}, {"فلاديمير بوتين"}),
    ("وسلمت مصر إسرائيل مذكرة احتجاج .", "ACCUSE", {"مصر"}, {"إسرائيل"}),
    # ... but a wanted man handed over under a warrant is cooperation
    ("وسلمت مصر أحد المطلوبين إلى إسرائيل بموجب مذكرة توقيف .", "COOPERATE", {"مصر"}, {"إسرائيل"}),
    # ... and a state named bare after the subject, before the one handed over, is the recipient
    ("وسلمت مصر إسرائيل رجل الأعمال أحمد علي .", "COOPERATE", {"مصر"}, {"إسرائيل"}),
    # a weapon set off or fired near or at someone's seat or home struck its owner, not the town
    ("وانفجرت عبوتان ناسفتان قرب مقر حماس في غزة .", "ASSAULT", set(), {"حماس"}),
    ("وأطلق مسلحون النار أمام منزل أحمد علي في غزة .", "ASSAULT", set(), {"أحمد علي"}),
    # the participle of حمّل (a form II verb of three letters, listed): the one held responsible
    ("ورفض ماكرون الاتهامات ، محملا حماس المسؤولية .", "ACCUSE", {"ماكرون"}, {"حماس"}),
    # a protest against an act "by" someone (من قبل), further on than a stance's object: against them
    ("وتظاهر الآلاف في غزة احتجاجا على تأخر صرف رواتبهم من قبل حكومة حماس .", "PROTEST", set(), {"حماس"}),
    # a resolution described by what it asks: whoever adopted it asks
    ("وتبنى مجلس الأمن قرارا غير ملزم يطالب إسرائيل بالانسحاب .", "REQUEST", {"مجلس الأمن"}, {"إسرائيل"}),
    # where it was said, between commas after the subject: the object follows
    ("ودعت فرنسا ومصر ، في بيان مشترك ، إسرائيل إلى الانسحاب .", "REQUEST", {"فرنسا", "مصر"}, {"إسرائيل"}),
    # a coordinated title held at a body: its holder, not the body
    (
        "وطالب ماكرون ورئيس حزب الله أحمد علي إسرائيل بالانسحاب .",
        "REQUEST",
        {"ماكرون", "أحمد علي"},
        {"إسرائيل"},
    ),
    # a lawsuit filed (أقام): whoever filed it sues
    ("وأقامت حماس دعوى قضائية أمام المحكمة ضد إسرائيل .", "ACCUSE", {"حماس"}, {"إسرائيل"}),
    # a body's council stands for it as the subject; where it was said between commas is passed over
    (
        "ودان مجلس الاتحاد الأوروبي العملية العسكرية التي شنها الجيش الإسرائيلي على غزة .",
        "ACCUSE",
        {"الاتحاد الأوروبي"},
        {"الجيش الإسرائيلي"},
    ),
    (
        "ودان الاتحاد الأوروبي ، في بيان أصدره أمس ، العملية العسكرية التي شنها الجيش الإسرائيلي على غزة .",
        "ACCUSE",
        {"الاتحاد الأوروبي"},
        {"الجيش الإسرائيلي"},
    ),
    # a description of the person before the name (المواطن الفرنسي X) is no word crossed to a genitive
    ("وأفرجت إسرائيل عن المواطن الفرنسي أحمد علي .", "RETREAT", {"إسرائيل"}, {"أحمد علي"}),
    # the free object pronoun of a participle: the one acted on in the clause it follows, by the same actor
    ("وطالب ماكرون حماس بوقف الهجمات على إسرائيل ، متهما إياها بالإرهاب .", "ACCUSE", {"ماكرون"}, {"حماس"}),
    # who speaks for the subject (على لسان X) is not its recipient
    (
        "وانتقد الاتحاد الأوروبي القرار على لسان الممثلة العليا للسياسة الخارجية أحمد علي .",
        "ACCUSE",
        {"الاتحاد الأوروبي"},
        set(),
    ),
    # restrictions on visas or trade are a sanction (other restrictions coerce)
    ("وفرضت إسرائيل قيودا على تأشيرات مسؤولين في حماس .", "SANCTION", {"إسرائيل"}, {"حماس"}),
    ("وأعلنت إسرائيل فرض قيود على الصادرات إلى إيران .", "SANCTION", {"إسرائيل"}, {"إيران"}),
    # announcing a halt to supplies or trade sanctions; a ceasefire announced is a concession
    ("وأعلنت روسيا وقف إمدادات الغاز إلى أوكرانيا .", "SANCTION", {"روسيا"}, {"أوكرانيا"}),
    ("وأعلنت إسرائيل وقف إطلاق النار في غزة .", "CONCEDE", {"إسرائيل"}, set()),
    # a grant given
    ("وأعلن البنك الدولي منح مصر هبة بقيمة 50 مليون دولار .", "AID", {"البنك الدولي"}, {"مصر"}),
    # an operation against someone attacks them; an alert declared or raised mobilises
    ("ونفذت إسرائيل وحماس عملية مشتركة ضد حزب الله .", "ASSAULT", {"إسرائيل", "حماس"}, {"حزب الله"}),
    ("وأعلنت إسرائيل حالة التأهب القصوى في صفوف قواتها .", "MOBILIZE", {"إسرائيل"}, set()),
    # a court dismissing a suit rejects whoever brought it (the relative clause on the object)
    (
        "ردت الحكومة المصرية ، الاثنين ، الطلب الذي قدمه حزب الله .",
        "REJECT",
        {"الحكومة المصرية"},
        {"حزب الله"},
    ),
    # marches organised by a body's supporters are its protest, words of protest after them or not
    ("ونظم أنصار حزب الله مسيرات في بيروت .", "PROTEST", {"حزب الله"}, set()),
    # a relative clause on the organiser, whose verb takes it back, stands between it and the protest
    ("ونظمت «الجهاد الإسلامي» التي يتزعمها أحمد علي تظاهرات في غزة .", "PROTEST", {"الجهاد الإسلامي"}, set()),
    # an act noun after a conjoined verb of announcing or deciding, no subject of its own: the subject
    # going on does it
    ("ونددت روسيا بالهجوم ، وأعلنت إرسال قوات إلى سوريا .", "AID", {"روسيا"}, {"سوريا"}),
    # a demand or a call referred back to with a demonstrative: whose it was
    ("طالب ماكرون إيران بوقف التخصيب ، لكن إيران رفضت هذا المطلب .", "REJECT", {"إيران"}, {"ماكرون"}),
    ("دعت مصر إسرائيل إلى وقف الحرب . ورحبت تركيا بهذه الدعوة .", "SUPPORT", {"تركيا"}, {"مصر"}),
    # after رغم a trigger is the verbal noun, its genitive the agent
    ("وانتقد ماكرون الاتفاق ، رغم توصل إيران إلى اتفاق مع روسيا .", "AGREE", {"إيران"}, {"روسيا"}),
    # a unit or office of a body or person named as its genitive right after the verb acts for it
    ("ونشرت قيادة الجيش الإسرائيلي قوات في غزة .", "MOBILIZE", {"الجيش الإسرائيلي"}, {"غزة"}),
    # a second term after the first target sentences another person, titles between (و10 سنوات على Y)
    (
        "وقضت محكمة مصرية بالسجن 15 عاما على أحمد علي ، و10 سنوات على الرئيس السابق محمد مرسي .",
        "SANCTION",
        set(),
        {"أحمد علي", "محمد مرسي"},
    ),
    (
        "وقضت المحكمة بالسجن خمس سنوات على أحمد علي ، وعشر سنوات على محمد مرسي .",
        "SANCTION",
        set(),
        {"أحمد علي", "محمد مرسي"},
    ),
    (
        "وقضت المحكمة بالسجن خمس سنوات على أحمد علي و10 سنوات على محمد مرسي .",  # no comma before و
        "SANCTION",
        set(),
        {"أحمد علي", "محمد مرسي"},
    ),
    # a warrant by a titled person whose office deals with a case (في قضية X), against a person whose
    # titles hold a time word (السابق), which takes no step back to بحق
    (
        "أصدر المحقق العدلي في قضية انفجار مرفأ غزة القاضي أحمد علي مذكرة توقيف بحق محمد مرسي .",
        "ACCUSE",
        {"أحمد علي"},
        {"محمد مرسي"},
    ),
    (
        "أصدرت الحكومة المصرية مذكرة توقيف غيابية بحق وزير المال السابق النائب أحمد علي .",
        "ACCUSE",
        {"الحكومة المصرية"},
        {"أحمد علي"},
    ),
    # an offer refused, its refuser told before the verb: the offer's maker
    (
        "وأبدت إسرائيل استعدادها للتفاوض مع حماس . غير أن حماس رفضت العرض .",
        "REJECT",
        {"حماس"},
        {"إسرائيل"},
    ),
    # where a party is, after ب, stands between it and the next party joined with و
    ("وقعت روسيا اتفاقا مع حماس بغزة وحزب الله .", "AGREE", {"روسيا"}, {"حماس", "حزب الله"}),
    # a verb the subject going on cannot agree with (a man's compound given name, a feminine verb) goes on
    # with the person the last verb acted on
    (
        "واستقبل عبد الله الهلالي هيلاري كلينتون في بغداد ، حيث أشادت بدور العراق .",
        "SUPPORT",
        {"هيلاري كلينتون"},
        {"العراق"},
    ),
    # where the subject of a carrying-out verb is, after ب, stands between it and its act noun
    ("ونفذت حماس بغزة إضرابا عاما احتجاجا على القرار .", "PROTEST", {"حماس"}, set()),
    # a ban or sanction refused is aimed at who imposed it
    (
        "فرض الاتحاد الأوروبي حظرا على النفط الروسي . ورفضت تركيا الحظر .",
        "REJECT",
        {"تركيا"},
        {"الاتحاد الأوروبي"},
    ),
    (
        "ونددت الحكومة المصرية بالهجوم وقررت فرض عقوبات على إسرائيل .",
        "SANCTION",
        {"الحكومة المصرية"},
        {"إسرائيل"},
    ),
    ("وأعلنت الحكومة المصرية التي يرأسها محمد مرسي حظر التجول .", "COERCE", {"الحكومة المصرية"}, set()),
    # the first deed of a sentence, announced by its main verb, gives the subject a conjoined verb goes on
    # with, not the last sentence's (and the threat is made to whom the ties were cut with)
    (
        "وطالبت الصين بالإفراج عنه . وأعلن بوتين قطع العلاقات مع إسرائيل ، وهدد بالرد .",
        "THREATEN",
        {"فلاديمير بوتين"},
        {"إسرائيل"},
    ),
    # "the journalist" after a sentence is the one sentenced, no press conference
    (
        "وقضت الحكومة المصرية بسجن الصحافي أحمد علي ثلاث سنوات .",
        "SANCTION",
        {"الحكومة المصرية"},
        {"أحمد علي"},
    ),
    # a strike or sit-in announced is the announcer's own
    ("وأعلن حزب الله إضرابا عاما في لبنان .", "PROTEST", {"حزب الله"}, set()),
    ("ووضعت إسرائيل قواتها في حالة تأهب قصوى .", "MOBILIZE", {"إسرائيل"}, set()),
    # readiness as a predicate: the subject after إن offers talks, or concedes a release
    ("وقال ماكرون إن إسرائيل مستعدة لاستئناف الحوار مع حماس .", "AGREE", {"إسرائيل"}, {"حماس"}),
    ("وقال ماكرون إن إسرائيل مستعدة للإفراج عن الأسرى .", "CONCEDE", {"إسرائيل"}, set()),
    # a relative clause on the object with no subject named goes on with the sentence's subject; who a
    # purchase is told by (وفقا لـ) is no party to it
    (
        "وتسلمت إسرائيل الصواريخ التي اشترتها من روسيا ، وفقا لحماس .",
        "COOPERATE",
        {"إسرائيل"},
        {"روسيا"},
    ),
    # an arrest or kidnapping told by a noun with a singular pronoun: the person named before it
    ("وسلمت إسرائيل حماس أحمد علي بعد اعتقاله في غزة .", "COERCE", set(), {"أحمد علي"}),
    # troops deployed of a force named after them (no subject named): the force deploys them
    ("ونشر نحو ألف جندي إضافي من الجيش الإسرائيلي في غزة .", "MOBILIZE", {"الجيش الإسرائيلي"}, {"غزة"}),
    # reinforcements sent to the outskirts of a town: the town, not a place named later
    (
        "ودفعت إسرائيل بتعزيزات إلى محيط مدينة الموصل، بعد ساعات من وصول قوات حماس إلى تكريت .",
        "MOBILIZE",
        {"إسرائيل"},
        {"الموصل"},
    ),
    ("وأرسلت إسرائيل تعزيزات إلى محيط مدينة الموصل .", "MOBILIZE", {"إسرائيل"}, {"الموصل"}),
    ("ونشرت إسرائيل تعزيزات أمنية في محيط غزة .", "MOBILIZE", {"إسرائيل"}, {"غزة"}),
    # a female ambassador summoned (سفيرة) is a foreign envoy, not "its ambassador" (سفيره) recalled
    ("واستدعت روسيا سفيرة إسرائيل للاحتجاج .", "ACCUSE", {"روسيا"}, {"إسرائيل"}),
    # a decree signed that imposes sanctions: its signer imposes them
    ("ووقع بوتين مرسوما يفرض عقوبات على إيران .", "SANCTION", {"فلاديمير بوتين"}, {"إيران"}),
    # halting supplies sanctions; a dual pronoun on a noun is the pair named last (رفضهما)
    ("وأوقفت روسيا إمدادات الغاز إلى إسرائيل وحماس .", "SANCTION", {"روسيا"}, {"إسرائيل", "حماس"}),
    ("وأوقفت روسيا إمدادات الغاز إلى إسرائيل وحماس بعد رفضهما الدفع .", "REJECT", {"إسرائيل", "حماس"}, set()),
    # protests dispersed, borders closed, migrants sent back
    ("وفرق الجيش الإسرائيلي احتجاجات واسعة في غزة .", "COERCE", {"الجيش الإسرائيلي"}, set()),
    ("وأعادت إسرائيل مئات المهاجرين إلى مصر .", "COERCE", {"إسرائيل"}, set()),
    # a border crossing opened again grants access; an investigation opened, announced, accuses
    ("وأعادت إسرائيل فتح المعابر مع غزة .", "RETREAT", {"إسرائيل"}, set()),
    ("وأعلنت إسرائيل فتح تحقيق في الهجوم .", "ACCUSE", {"إسرائيل"}, set()),
    # refusing a body's mediation: the body is refused, not coordinated (وساطة is no و + ساطة)
    ("ورفض ماكرون وساطة الاتحاد الأوروبي .", "REJECT", {"ماكرون"}, {"الاتحاد الأوروبي"}),
    # "the state of" before a country is that country, not an honorific's genitive
    ("وشكر ماكرون دولة إسرائيل على جهودها .", "SUPPORT", {"ماكرون"}, {"إسرائيل"}),
    # sentences in the plural; a halt to negotiations announced
    ("وأصدرت إسرائيل أحكاما بالسجن على أحمد علي .", "SANCTION", {"إسرائيل"}, {"أحمد علي"}),
    ("وأعلنت حماس وقف التفاوض مع إسرائيل .", "SANCTION", {"حماس"}, {"إسرائيل"}),
    # a membership suspended: its genitive is the member, the body after في suspends it
    ("منذ تعليق عضوية إيران في الاتحاد الأوروبي .", "SANCTION", {"الاتحاد الأوروبي"}, {"إيران"}),
    # "the governments of" several countries stand for them
    (
        "وطالبت حكومات إسرائيل وروسيا ، في بيان مشترك ، حماس بوقف الهجمات .",
        "REQUEST",
        {"إسرائيل", "روسيا"},
        {"حماس"},
    ),
    # and so do the governments of two (the dual)
    (
        "وطالبت حكومتا إسرائيل وروسيا ، في بيان مشترك ، حماس بوقف الهجمات .",
        "REQUEST",
        {"إسرائيل", "روسيا"},
        {"حماس"},
    ),
    # responding with tear gas coerces (and رد, a trigger now, still enacts the act after it)
    ("وردت إسرائيل بالغاز المسيل للدموع .", "COERCE", {"إسرائيل"}, set()),
    # a dispersal that kills is an attack; a body's people conjoined after a body act with it
    (
        "وفض الجيش الإسرائيلي الاعتصام في غزة ، ما أسفر عن مقتل 30 شخصا .",
        "ASSAULT",
        {"الجيش الإسرائيلي"},
        {"غزة"},
    ),
    ("وفض الجيش الإسرائيلي وعناصر من حماس الاعتصام .", "COERCE", {"الجيش الإسرائيلي", "حماس"}, set()),
    # offering a truce concedes
    ("وعرضت حماس على إسرائيل هدنة طويلة الأمد .", "CONCEDE", {"حماس"}, {"إسرائيل"}),
    # hastening to deploy soldiers (a count of them) deploys them
    ("وسارعت إسرائيل إلى نشر ستة آلاف جندي في غزة .", "MOBILIZE", {"إسرائيل"}, {"غزة"}),
    # approving a package of sanctions imposes them
    ("وأقر الاتحاد الأوروبي حزمة عقوبات جديدة على إيران .", "SANCTION", {"الاتحاد الأوروبي"}, {"إيران"}),
    # a body placed in a town, then another body conjoined: the two are coordinated
    ("ووقع الجيش الإسرائيلي في غزة وحماس اتفاقا للتهدئة .", "AGREE", {"الجيش الإسرائيلي", "حماس"}, set()),
    # the people named among those acted on (بينهم X), and released by a pronoun after عن
    ("واعتقلت إسرائيل ثلاثة ناشطين ، بينهم الناشط أحمد علي ، في غزة .", "COERCE", {"إسرائيل"}, {"أحمد علي"}),
    # or past one plural noun of what those named are
    (
        "واعتقلت إسرائيل عشرة ناشطين ، بينهم الناشطون أحمد علي ومحمد مرسي .",
        "COERCE",
        {"إسرائيل"},
        {"أحمد علي", "محمد مرسي"},
    ),
    # however long the sentences and where the people are from
    (
        "وأصدرت إسرائيل أحكاما بالسجن تتراوح بين ست سنوات وعشر سنوات بحق ثمانية ناشطين بيئيين من مؤسسة "
        "تراث الحياة البرية الفارسية ، بينهم أحمد علي ومحمد مرسي .",
        "SANCTION",
        {"إسرائيل"},
        {"أحمد علي", "محمد مرسي"},
    ),
    ("واعتقلت إسرائيل أحمد علي ، قبل أن تفرج عنه مساء اليوم نفسه .", "RETREAT", {"إسرائيل"}, {"أحمد علي"}),
    # a participle after a clause whose object holds a noun with its own agent: the main subject's
    ("ورفضت إسرائيل دعوة حماس إلى الحوار ، متهمة إياها بالكذب .", "ACCUSE", {"إسرائيل"}, {"حماس"}),
    # responding by an act: its subject does it
    ("وردت إسرائيل بقصف غزة .", "ASSAULT", {"إسرائيل"}, {"غزة"}),
    ("ورد ماكرون باتهام حماس بالإرهاب .", "ACCUSE", {"ماكرون"}, {"حماس"}),
    # a circumstantial participle after a clause telling no act has the subject of the verb opening it
    ("ورد ماكرون بمهاجمة حماس ، متهما إياها بالإرهاب .", "ACCUSE", {"ماكرون"}, {"حماس"}),
    ("بكين (AP) – ورد ماكرون على الانتقادات ، متهما حماس بالكذب .", "ACCUSE", {"ماكرون"}, {"حماس"}),
    # nor is any word with the article (الطيار الإسرائيلي X: the pilot X)
    ("وأفرجت حماس عن الطيار الإسرائيلي جلعاد شاليط .", "RETREAT", {"حماس"}, {"جلعاد شاليط"}),
    # a title held at a body after the preposition of the type: its holder is released, not the body
    ("وأفرجت إسرائيل عن مراسل الأمم المتحدة أحمد علي .", "RETREAT", {"إسرائيل"}, {"أحمد علي"}),
    # an attack told by a relative clause naming no one: the town where the clause says it struck
    ("وارتفعت حصيلة الهجوم الذي شنه مسلحون مجهولون على مركز للشرطة في غزة .", "ASSAULT", set(), {"غزة"}),
    # one naming people of a body: the body (and the killing it tells, not aimed at the attacker)
    (
        "وارتفعت حصيلة الهجوم الذي شنه مسلحون من حركة حماس على مركز للشرطة في تكريت .",
        "ASSAULT",
        {"حماس"},
        {"تكريت"},
    ),
    (
        "وقتل 14 شخصا في هجوم شنه مسلحون من حركة حماس على قرية قرب بلدة خزاعة .",
        "ASSAULT",
        {"حماس"},
        {"خزاعة"},
    ),
    # and so does an ambush someone set
    ("وقتل 14 شخصا في كمين نصبه مسلحون من حركة حماس قرب بلدة خزاعة .", "ASSAULT", {"حماس"}, {"خزاعة"}),
    # what a condemnation names so is a deed of any kind, by who acted last; unless someone is named after
    # it (not so for praise: a success of its own)
    (
        "وأغلقت إسرائيل معبر خزاعة . ونددت حماس بما وصفته بـ« الانقلاب السياسي » ، ودعت إلى الهدوء .",
        "ACCUSE",
        {"حماس"},
        {"إسرائيل"},
    ),
    (
        "وأغلقت إسرائيل معبر خزاعة . ونددت حماس بما وصفته بـ« السرقة الفاضحة » من جانب حزب الله .",
        "ACCUSE",
        {"حماس"},
        {"حزب الله"},
    ),
    (
        "وأغلقت إسرائيل معبر خزاعة . وأشادت حماس بما وصفته بـ« الانقلاب السياسي » .",
        "SUPPORT",
        {"حماس"},
        set(),
    ),
    # forces sent to the edges of a place named with its kind go there
    (
        "ونشر الجيش الإسرائيلي تعزيزات كبيرة على مداخل مدينة الموصل .",
        "MOBILIZE",
        {"الجيش الإسرائيلي"},
        {"الموصل"},
    ),
    ("وعزز الجيش الإسرائيلي انتشاره عند مداخل مخيم خزاعة .", "MOBILIZE", {"الجيش الإسرائيلي"}, {"خزاعة"}),
    # a threat is aimed at the one the act threatened is done to, past a long subject
    (
        "وهددت وزيرة البحار هيلاري كلينتون بقطع إمدادات الكهرباء عن جزيرة خزاعة إذا لم تمنح تراخيص الصيد .",
        "THREATEN",
        {"هيلاري كلينتون"},
        {"خزاعة"},
    ),
    # talks held with someone by a verb naming no subject: the one who spoke held them
    (
        "وقال ماكرون إن الاتفاق جاء ثمرة محادثات سرية أجراها مع بوتين .",
        "CONSULT",
        {"ماكرون"},
        {"فلاديمير بوتين"},
    ),
    ("وقال ماكرون إن الاتفاق جاء بعد مباحثات أجراها مع بوتين .", "CONSULT", {"ماكرون"}, {"فلاديمير بوتين"}),
    # drones (طائرات مسيرة) are no march: the attack is taken back past them
    ("وتعرضت إسرائيل لهجوم بطائرات مسيرة تبنته حماس .", "ASSAULT", {"حماس"}, {"إسرائيل"}),
    # a reason with ل after the object of a stance is the object's deed, not the subject's
    ("وانتقدت حماس مصر لتوقيعها الاتفاق .", "AGREE", {"مصر"}, set()),
    # an actor in what is asked is not whom it is asked of
    ("ودعا ماكرون إلى الضغط على إسرائيل .", "REQUEST", {"ماكرون"}, set()),
    # a verb whose perfect opens with ت, with an object pronoun, is masculine: it goes on with the man
    ("وانتقد أحمد علي حماس ، وتوعدها بالرد .", "THREATEN", {"أحمد علي"}, {"حماس"}),
    # a word after a preposition proclitic is no unknown subject after the verb
    ("وانتقد ماكرون حماس ، وتوعدها بملاحقة عناصرها .", "THREATEN", {"ماكرون"}, {"حماس"}),
    # a region is struck where it lies: after the verb, its subject a place, and after ل of the noun
    ("وقصفت إسرائيل جنوب لبنان .", "ASSAULT", {"إسرائيل"}, {"لبنان"}),
    ("ونددت فرنسا بقصف إسرائيل لجنوب لبنان .", "ASSAULT", {"إسرائيل"}, {"لبنان"}),
    # a town whose name has the shape of a verbal noun is still struck
    ("واستهدفت إسرائيل تكريت أمس .", "ASSAULT", {"إسرائيل"}, {"تكريت"}),
    # a body's people counted before a verb of violence with no object after: they were hit
    ("وقال ماكرون إن اثنين من عناصر حماس قتلوا وأصيب ثلاثة آخرون .", "ASSAULT", set(), {"حماس"}),
    ("وقال ماكرون إن خمسة من حماس قتلوا في غزة .", "ASSAULT", set(), {"حماس"}),
    # with an object, they stand for their body
    ("وقال ماكرون إن ثلاثة من عناصر حماس هاجموا إسرائيل .", "ASSAULT", {"حماس"}, {"إسرائيل"}),
    # a body announcing its own members killed in an attack: the body was struck
    ("وأعلن الجيش الإسرائيلي مقتل اثنين من جنوده في هجوم قرب غزة .", "ASSAULT", set(), {"الجيش الإسرائيلي"}),
    (
        "وأعلن الجيش الإسرائيلي مقتل أحد جنوده في انفجار عبوة ناسفة في غزة .",
        "ASSAULT",
        set(),
        {"الجيش الإسرائيلي"},
    ),
    # بينما opens another clause (not ب + a word): what follows is no complement of the trigger before
    # a verb of tightening or setting aside: its subject does what the noun after it names (past a
    # demonstrative)
    ("وكانت إسرائيل قد شددت تلك العقوبات على إيران .", "SANCTION", {"إسرائيل"}, {"إيران"}),
    ("كما خصص الاتحاد الأوروبي حزمة مساعدات لسوريا .", "AID", {"الاتحاد الأوروبي"}, {"سوريا"}),
    # a response handed over is a message delivered
    ("وسلم بوتين ماكرون رد روسيا على المقترح .", "CONSULT", {"فلاديمير بوتين"}, {"ماكرون"}),
    # a place after a participle of overlooking and على locates the place before it
    ("هاجم الجيش الإسرائيلي موقعا في خزاعة المطلة على غزة .", "ASSAULT", {"الجيش الإسرائيلي"}, {"خزاعة"}),
    # where people are deported to is no target of the deportation
    ("رحلت الحكومة المصرية 135 معارضًا إلى تركيا .", "COERCE", {"الحكومة المصرية"}, set()),
    # people of a body taken: the body is the arrest's target
    ("اعتقلت الشرطة المصرية 22 عضوا في حماس .", "COERCE", {"الشرطة المصرية"}, {"حماس"}),
    (
        "اعتقل الجيش الإسرائيلي ثلاثة موظفين في الأمم المتحدة .",
        "COERCE",
        {"الجيش الإسرائيلي"},
        {"الأمم المتحدة"},
    ),
    # ties praised with a partner after مع: the praise is for the partner
    ("وأشاد وزير الخارجية المصري بمستوى التعاون العسكري مع روسيا .", "SUPPORT", set(), {"روسيا"}),
    ("ورحب أردوغان بالشراكة الاستراتيجية مع الصين .", "SUPPORT", {"أردوغان"}, {"الصين"}),
    # the praised deed quoted before the relative clause that names its agent
    ('وأشاد أردوغان بـ"الموقف الأخوي" الذي اتخذته مصر .', "SUPPORT", {"أردوغان"}, {"مصر"}),
    # (an indefinite act noun quoted, taken back by the verb that carries it out, no relative word)
    ("ونددت حماس بما وصفته «حربا مفتوحة» تشنها إسرائيل على غزة .", "ACCUSE", {"حماس"}, {"إسرائيل"}),
    # where it was said, with no commas, between the verb's subject and its object
    (
        "ودعا الاتحاد الأوروبي في البيان روسيا وإيران إلى الضغط على دمشق .",
        "REQUEST",
        {"الاتحاد الأوروبي"},
        {"روسيا", "إيران"},
    ),
    ("وطالبت الأمم المتحدة في بيان حماس بالإفراج عن الرهائن .", "REQUEST", {"الأمم المتحدة"}, {"حماس"}),
    # (a speech, and how it was made: televised, recorded, earlier)
    ("واتهم أردوغان في خطاب متلفز إسرائيل بارتكاب مجازر .", "ACCUSE", {"أردوغان"}, {"إسرائيل"}),
    ("وانتقدت حماس في كلمة مصورة لاحقة مصر .", "ACCUSE", {"حماس"}, {"مصر"}),
    # a word for a deed of any kind refers back to the last one told, by someone else
    ("أفرجت حماس عن ثلاث رهائن . ورحب بوتين بالخطوة .", "SUPPORT", {"فلاديمير بوتين"}, {"حماس"}),
    (
        "فرضت الولايات المتحدة عقوبات على إيران . وانتقدت روسيا القرار .",
        "ACCUSE",
        {"روسيا"},
        {"الولايات المتحدة"},
    ),
    # a meeting told by a clause on a visit, its resumptive pronoun (فيها) before it: the visitor met
    # whom the clause names, and the visit is that meeting
    ("واختتم بوتين زيارة إلى بكين التقى فيها شي .", "CONSULT", {"فلاديمير بوتين"}, {"شي جين بينغ"}),
    (
        "وطالب بوتين إسرائيل بوقف الحرب ، خلال زيارة إلى بكين التقى فيها شي .",
        "CONSULT",
        {"فلاديمير بوتين"},
        {"شي جين بينغ"},
    ),
    # a verb of one object with an actor and then a bare definite noun after it: the actor is its
    # subject, not the object of the subject going on
    ("واعتقلت إسرائيل ناشطا ، وانتقدت فرنسا الاعتقال .", "ACCUSE", {"فرنسا"}, {"إسرائيل"}),
    # or a verbal noun with its genitive after the actor
    ("وفرضت الصين عقوبات على إسرائيل ، ورفضت مصر تقديم أي تنازلات .", "REJECT", {"مصر"}, set()),
    # strikes launched (شن ضربات) are an attack
    ("وشنت إسرائيل ضربات جوية على غزة .", "ASSAULT", {"إسرائيل"}, {"غزة"}),
    # a pledge to hand over or give weapons is military aid
    ("وتعهدت روسيا بتسليم إيران منظومة دفاع جوي .", "AID", {"روسيا"}, {"إيران"}),
    ("ووعدت روسيا بتقديم أنظمة دفاع جوي لإيران .", "AID", {"روسيا"}, {"إيران"}),
    # a relative clause on the object goes on with the subject of the sentence's opening verb, past a
    # setting before a comma (وفي سياق متصل ،)
    ("وفي سياق متصل ، تسلمت إسرائيل الدبابات التي اشترتها من روسيا .", "COOPERATE", {"إسرائيل"}, {"روسيا"}),
    # قد before a perfect of form V, which begins with ت as an imperfect does, asserts
    ("وكانت حماس قد توصلت إلى اتفاق مع إسرائيل .", "AGREE", {"حماس"}, {"إسرائيل"}),
    # an adjective between a subject and its verb (المعارض قد اتهم): the subject stands before the verb
    (
        "التقى بوتين ترامب . وكان حزب الله المعارض قد اتهم إسرائيل بالعدوان .",
        "ACCUSE",
        {"حزب الله"},
        {"إسرائيل"},
    ),
    # a deployment begun by a force (بدأ الجيش الانتشار): the force moves there
    ("وبدأ الجيش الإسرائيلي الانتشار في غزة .", "MOBILIZE", {"الجيش الإسرائيلي"}, {"غزة"}),
    # how a stance was taken (بالإجماع) between its subject and the act it is on
    ("قصفت إسرائيل غزة . وأدان مجلس الأمن بالإجماع القصف .", "ACCUSE", {"مجلس الأمن"}, {"إسرائيل"}),
    # a pledge is a step taken, whoever it was made to: the decision welcomed is its maker's
    ("وتعهدت مصر بفتح المعابر . ورحب ماكرون بالقرار .", "SUPPORT", {"ماكرون"}, {"مصر"}),
    # a reply in kind is on the last hostile step by the other side, not by its own (بكين for الصين)
    (
        "فرضت الولايات المتحدة عقوبات على الصين . وانتقدت بكين القرار ، فيما لوحت الصين بإجراءات مماثلة .",
        "THREATEN",
        {"الصين"},
        {"الولايات المتحدة"},
    ),
    # a ban on imports, from the country they come from, and an arms embargo are sanctions
    ("وحظرت الصين استيراد المأكولات البحرية من إيران .", "SANCTION", {"الصين"}, {"إيران"}),
    ("ومدد مجلس الأمن حظر الأسلحة المفروض على سوريا .", "SANCTION", {"مجلس الأمن"}, {"سوريا"}),
    # a launch condemned (بالإطلاق) is the deed told before, by its maker
    (
        "أطلقت كوريا الشمالية صاروخا باليستيا . ونددت كوريا الجنوبية بالإطلاق .",
        "ACCUSE",
        {"كوريا الجنوبية"},
        {"كوريا الشمالية"},
    ),
    # the body an actor belongs to (التابع لـ) describes it and is no target
    ("انتقد حزب الله الموالي لإيران الحكومة المصرية .", "ACCUSE", {"حزب الله"}, {"الحكومة المصرية"}),
    (
        "أطلقت حماس سراح الرهائن ، بينما حث بوتين إسرائيل على اغتنام الفرصة .",
        "REQUEST",
        {"فلاديمير بوتين"},
        {"إسرائيل"},
    ),
    # a person named between commas after the genitive of a title holds it (the lawyer, not his client)
    ("ونفى محامي ماكرون ، أحمد علي ، الاتهامات .", "REJECT", {"أحمد علي"}, set()),
    # a verbal noun after a participle of declaring with the pronoun agreeing with it is the subject's
    ("وأيدت مصر موقف فرنسا ، مجددة دعوتها إيران إلى التفاوض .", "REQUEST", {"مصر"}, {"إيران"}),
    ("وأيد ماكرون موقف بوتين ، مجددا دعوته إيران إلى التفاوض .", "REQUEST", {"ماكرون"}, {"إيران"}),
    # a participle after a comma has the subject of the verb opening the sentence, not the agent of a
    # noun or a relative clause in its object
    (
        "وأبدى بوتين استعداد روسيا للحوار ، محملا أوكرانيا مسؤولية التصعيد .",
        "ACCUSE",
        {"فلاديمير بوتين"},
        {"أوكرانيا"},
    ),
    (
        "وأعلن الجيش الإسرائيلي إنهاء العمل بالاتفاق الذي وقعته مصر مع حماس ، متهما إيران بتسليح الحركة .",
        "ACCUSE",
        {"الجيش الإسرائيلي"},
        {"إيران"},
    ),
]


@pytest.mark.parametrize(("text", "etype", "source", "target"), ROLE_CASES)
def test_roles_in_constructions(text: str, etype: str, source: set[str], target: set[str]) -> None:
    assert roles(make_doc(text), etype) == (source, target)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the object is called decides: blame accuses, praise supports, neither is no stance
        ("ووصف ماكرون تصريحات بوتين بأنها « غير مقبولة » .", [("ACCUSE", {"ماكرون"}, {"فلاديمير بوتين"})]),
        ("ووصف ماكرون تصريحات بوتين بأنها « خطوة إيجابية » .", [("SUPPORT", {"ماكرون"}, {"فلاديمير بوتين"})]),
        ("ووصف ماكرون تصريحات بوتين بأنها « خطأ تاريخي » .", [("ACCUSE", {"ماكرون"}, {"فلاديمير بوتين"})]),
        ("ووصف ماكرون تصريحات بوتين بأنها « طويلة » .", []),
        # calling a person a traitor or an apostate blames him
        ('ووصفت حماس أحمد علي بـ"الخائن" .', [("ACCUSE", {"حماس"}, {"أحمد علي"})]),
        ('ووصف حزب الله أحمد علي بـ"المرتد" .', [("ACCUSE", {"حزب الله"}, {"أحمد علي"})]),
        ("ووصفت الحكومة المصرية المعتقلين بأنهم « خونة » .", [("ACCUSE", {"الحكومة المصرية"}, set())]),
        ("واعتبر ماكرون تصريحات بوتين « استفزازا » .", [("ACCUSE", {"ماكرون"}, {"فلاديمير بوتين"})]),
        # a clause deemed is a view, what the writer reports was called is no stance of the one who did
        ("واعتبر ماكرون أن بوتين ارتكب خطأ .", []),
        ("وانتقد بوتين ما وصفه ماكرون بالاستفزاز .", [("ACCUSE", {"فلاديمير بوتين"}, {"ماكرون"})]),
        # a condemnation told again by what it calls the act: one stance
        (
            "ودان ماكرون تصريحات بوتين ، ووصفها بأنها « غير مقبولة » .",
            [("ACCUSE", {"ماكرون"}, {"فلاديمير بوتين"})],
        ),
    ],
)
def test_describing_is_a_stance_by_what_is_said(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    doc = make_doc(text)
    stances = [ev for ev in doc.events if ev.type in ("ACCUSE", "SUPPORT")]
    assert [(ev.type, names(doc, ev.source), names(doc, ev.target)) for ev in stances] == expected


@pytest.mark.parametrize(
    "text",
    [
        "ودانت فرنسا الهجوم ، ووصفته بأنه « اعتداء سافر على لبنان » .",
        "وانتقد ماكرون الخطوة ، واصفا إياها بأنها عدوان على لبنان .",
        "ودان ماكرون الغارة ، معتبرا أنها « اعتداء سافر على سيادة لبنان » .",
    ],
)
def test_what_an_act_is_called_is_no_act(text: str) -> None:
    assert "ASSAULT" not in {ev.type for ev in make_doc(text).events}


def test_people_hit_told_after_an_indefinite_noun_are_not_hit_by_the_subject_before() -> None:
    # the soldiers were killed in the war: Russia, which hands them over, did not kill them
    doc = make_doc("وسلمت روسيا إسرائيل رفات 55 جنديا قتلوا خلال الحرب .")
    assert all(not ev.source for ev in doc.events if ev.type == "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "وعرض ماكرون استضافة جولة جديدة من المحادثات المباشرة بين إسرائيل وحماس .",
        "وأبدت فرنسا استعدادها لاستضافة جولة جديدة من المحادثات بين إسرائيل وحماس .",
    ],
)
def test_an_offer_to_host_talks_agrees_with_both_parties_and_holds_no_talks(text: str) -> None:
    doc = make_doc(text)
    assert "CONSULT" not in {ev.type for ev in doc.events}
    ev = find(doc, "AGREE")
    assert names(doc, ev.target) == {"إسرائيل", "حماس"}


def test_after_going_somewhere_a_verb_after_where_goes_on_with_who_went() -> None:
    doc = make_doc("والتقى بوتين ماكرون في باريس ، ثم توجه إلى لندن حيث التقى أحمد علي .")
    met = [ev for ev in doc.events if ev.type == "CONSULT"]
    assert [(names(doc, ev.source), names(doc, ev.target)) for ev in met][-1] == (
        {"فلاديمير بوتين"},
        {"أحمد علي"},
    )


def test_a_force_after_a_conjoined_verb_of_arrest_is_its_subject() -> None:
    doc = make_doc("ودانت حماس القرار ، واعتقل الجيش الإسرائيلي العشرات .")
    for ent in doc.entities:
        ent.sector = "MIL" if ent.name == "الجيش الإسرائيلي" else None
    doc.events = []
    arrests = [ev for ev in CODER(doc).events if ev.type == "COERCE"]
    assert [(names(doc, ev.source), names(doc, ev.target)) for ev in arrests] == [
        ({"الجيش الإسرائيلي"}, set())
    ]


def test_a_step_that_targeted_someone_names_the_target_of_the_act_before() -> None:
    doc = make_doc("وفرضت روسيا رسوما جمركية على واردات الصلب ، في خطوة استهدفت إسرائيل .")
    assert [(ev.type, names(doc, ev.source), names(doc, ev.target)) for ev in doc.events] == [
        ("SANCTION", {"روسيا"}, {"إسرائيل"})
    ]


def test_firing_in_the_air_coerces_and_harms_no_one() -> None:
    doc = make_doc("وأطلق الجيش الإسرائيلي النار في الهواء لتفريق المتظاهرين في غزة .")
    assert "ASSAULT" not in {ev.type for ev in doc.events}
    assert roles(doc, "COERCE")[0] == {"الجيش الإسرائيلي"}


def test_an_object_head_after_a_complementizer_belongs_to_its_clause() -> None:
    # the statement was published: the aircraft are what struck, none deployed
    doc = make_doc("وقال الجيش الإسرائيلي في بيان نشر على موقعه أمس أن طائراته قصفت غزة .")
    assert "MOBILIZE" not in {ev.type for ev in doc.events}
    assert roles(doc, "ASSAULT") == ({"الجيش الإسرائيلي"}, {"غزة"})


def test_an_imperfect_verb_after_a_noun_s_phrase_describes_the_noun() -> None:
    # the sanctions target the party: the union does not attack it
    doc = make_doc("وفرض الاتحاد الأوروبي عقوبات جديدة على إيران تستهدف حزب الله .")
    assert [(ev.type, names(doc, ev.source)) for ev in doc.events if ev.type == "ASSAULT"] == [
        ("ASSAULT", set())
    ]


def test_commas_setting_off_a_time_do_not_part_a_verb_from_its_preposition() -> None:
    doc = make_doc(
        "وأفرجت إسرائيل ، اليوم الجمعة ، عن الناشط الحقوقي أحمد علي .",
        times=(("اليوم الجمعة", "2025-09-05"),),
    )
    assert roles(doc, "RETREAT") == ({"إسرائيل"}, {"أحمد علي"})


def test_a_verb_with_no_subject_in_a_quote_takes_only_names_inside_the_quote() -> None:
    # a caption's name before the reported words is none of the people they name (وعدت read و+عدت
    # finds no subject before the verb)
    said = "كوريا الجنوبية وعدت بملايين الدولارات كتمويلات إضافية للبلدان الأفريقية"
    doc = make_doc(f"بوتين يبتسم خلال مؤتمر صحفي كشفت فرنسا عن أن {said} .", quotes=((said, "فرنسا"),))
    assert names(doc, find(doc, "AID").source) == {"كوريا الجنوبية"}


@pytest.mark.parametrize(
    ("text", "day", "etype", "source", "target"),
    [
        # a time between commas after the subject, the news sites' way of dating an act, is passed over
        ("أجرى بلينكن، الأحد، زيارة إلى القاهرة .", "الأحد", "CONSULT", {"بلينكن"}, {"القاهرة"}),
        (
            "عقد بلينكن ولافروف، الثلاثاء، جولة محادثات في القاهرة .",
            "الثلاثاء",
            "CONSULT",
            {"بلينكن"},
            {"سيرغي لافروف"},
        ),
        (
            "اعتقلت الشرطة المصرية، فجر الثلاثاء، أحمد علي في القاهرة .",
            "فجر الثلاثاء",
            "COERCE",
            {"الشرطة المصرية"},
            {"أحمد علي"},
        ),
        # the deed an announcing verb's subject claims, past the time (نشر: the noun, not "he deployed")
        (
            "أعلنت الحكومة المصرية، الجمعة، نشر قوات في غزة .",
            "الجمعة",
            "MOBILIZE",
            {"الحكومة المصرية"},
            {"غزة"},
        ),
    ],
)
def test_a_time_between_commas_is_passed_over(
    text: str, day: str, etype: str, source: set[str], target: set[str]
) -> None:
    doc = make_doc(text, times=((day, "2025-05-04"),))
    if etype in SYMMETRIC:
        ev = find(doc, etype)
        assert names(doc, ev.source) | names(doc, ev.target) == source | target
    else:
        assert roles(doc, etype) == (source, target)


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # an indefinite meeting noun and the clause that carries it out, with no relative, name its parties
        (
            "وجاء ذلك في اتصال هاتفي أجراه بوتين مع كيم .",
            "CONSULT",
            {"فلاديمير بوتين"},
            {"كيم جونغ أون"},
        ),
        ("وجاء ذلك خلال لقاء عقده أردوغان مع ماكرون في القاهرة .", "CONSULT", {"أردوغان"}, {"ماكرون"}),
        # a visit to a place and the meeting held during it: one CONSULT, with whom the visitor met
        (
            "أجرى بلينكن زيارة إلى القاهرة التقى خلالها محمد مرسي .",
            "CONSULT",
            {"بلينكن"},
            {"محمد مرسي"},
        ),
    ],
)
def test_clauses_on_meeting_nouns(text: str, etype: str, source: set[str], target: set[str]) -> None:
    doc = make_doc(text)
    consults = [ev for ev in doc.events if ev.type == etype]
    assert [names(doc, ev.source) | names(doc, ev.target) for ev in consults] == [source | target]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body named after a place is an actor; the people of a body hit are looked for up to فيما,
        # which tells another happening
        (
            "قتل خمسة أشخاص في انفجار في بغداد ، فيما نجا عضو في مجلس محافظة البصرة من محاولة اغتيال .",
            [("ASSAULT", [], ["بغداد"]), ("ASSAULT", [], ["مجلس محافظة البصرة"])],
        ),
        # a sum of money between the aid and its recipient does not count as words between them, a count of
        # people does (أعرب عن أسفه لمقتل 19 مدنيا في قصف على بلدة: the town is no recipient of regret)
        (
            "أعلنت فرنسا تقديم مساعدات إنسانية جديدة بقيمة 120 مليون يورو إلى السودان .",
            [("AID", ["فرنسا"], ["السودان"])],
        ),
        ("أعلنت إيطاليا تقديم 105 ملايين يورو لتونس .", [("AID", ["إيطاليا"], ["تونس"])]),  # a sum given
        (
            "قالت اليابان إنها ستقدم مساعدة لمصر .",
            [("AID", ["اليابان"], ["مصر"])],
        ),  # the guide's سيقدم مساعدة
        # the visit named after خلال is when the meeting was held, not a meeting of its own
        ("والتقى بلينكن خلال الزيارة الرئيس محمد مرسي .", [("CONSULT", ["بلينكن"], ["محمد مرسي"])]),
        (
            "وأعرب أولمرت عن أسفه لمقتل 19 مدنيا في قصف مدفعي على بلدة بيت حانون .",
            [("CONCEDE", ["أولمرت"], []), ("ASSAULT", [], ["بيت حانون"])],
        ),
        # unnamed forces with their nationality before the verb stand for their country, where the text
        # names it; a place after a participle of overlooking and على locates the place struck
        (
            "وقالت روسيا إن طائرات أوكرانية بدون طيار هاجمت مصفاة في مدينة توابسي المطلة على البحر الأسود ."
            " وتتهم روسيا أوكرانيا بالتصعيد .",
            [("ASSAULT", ["أوكرانيا"], ["توابسي"]), ("ACCUSE", ["روسيا"], ["أوكرانيا"])],
        ),
        # a time with no commas between the announcer and the deed it announces (يوم الجمعة)
        ("وأعلنت الصين يوم الجمعة فرض عقوبات على اليابان .", [("SANCTION", ["الصين"], ["اليابان"])]),
        # a court's sentence of detention (بحبس) as of prison; a blogger named after his description
        (
            "قضت محكمة الاستئناف الكويتية، الأربعاء، بحبس المغرد فهد العنزي خمس سنوات .",
            [("SANCTION", ["محكمة الاستئناف الكويتية"], ["فهد العنزي"])],
        ),
        # protesters at a seat whose word begins the body's name (مقر سفارة استونيا)
        (
            "وتجمع أنصار حركة حماس حول مقر سفارة استونيا في موسكو احتجاجا على القرار .",
            [("PROTEST", ["حركة حماس"], ["سفارة استونيا"])],
        ),
        # forces deployed at (عند) a facility: there they were sent
        (
            "نشرت وزارة الداخلية العراقية ثلاثة أفواج من الشرطة عند جسر بزيبز لتأمين عبور النازحين .",
            [("MOBILIZE", ["وزارة الداخلية العراقية"], ["جسر بزيبز"])],
        ),
        # the pronoun on a meeting joined to a visit is the visitor's, a genitive in a phrase, not the
        # town he went to: one CONSULT with the host
        (
            "أعلن وزير الدفاع البريطاني جون هيلي أن بريطانيا ستقدم لأوكرانيا ذخائر . وجاء الإعلان خلال"
            " زيارة هيلي إلى كييف ولقائه الرئيس الأوكراني فولوديمير زيلينسكي .",
            [("AID", ["بريطانيا"], ["أوكرانيا"]), ("CONSULT", ["جون هيلي"], ["فولوديمير زيلينسكي"])],
        ),
        # a court after a verb of sentencing is its subject, not the object of the subject going on
        (
            "واعتقلت الشرطة الإيرانية إسماعيل عبدي، وقضت محكمة الثورة بسجنه خمس سنوات .",
            [
                ("COERCE", ["الشرطة الإيرانية"], ["إسماعيل عبدي"]),
                ("SANCTION", ["محكمة الثورة"], ["إسماعيل عبدي"]),
            ],
        ),
        # a name in quotation marks after the word for its forces (طائرات «X» قصفت): X's forces act
        (
            'وقال المسماري إن طائرات "الجيش الوطني الليبي" قصفت مواقع لقوات حكومة الوفاق الوطني .',
            [("ASSAULT", ["الجيش الوطني الليبي"], ["قوات حكومة الوفاق الوطني"])],
        ),
        # targets counted and of a side (60 هدفا للحوثيين) are no goals of a match
        (
            "شنت الولايات المتحدة غارات على 60 هدفا للحوثيين .",
            [("ASSAULT", ["الولايات المتحدة"], ["الحوثيين"])],
        ),
        # ties cut between two states, announced by a minister of one: that state cuts them, the
        # minister goes on as the subject of what follows
        (
            "أعلن وزير الخارجية الجزائري رمطان لعمامرة قطع العلاقات الدبلوماسية بين الجزائر والمغرب ، متهما"
            " المغرب بالقيام بأعمال عدائية .",
            [("SANCTION", ["الجزائر"], ["المغرب"]), ("ACCUSE", ["رمطان لعمامرة"], ["المغرب"])],
        ),
        # an accusation joined to a sentence whose opening verb told no act: its subject accuses the
        # names coordinated before the content, a quoted name's adjective between them
        (
            "وكان المجلس الأعلى للأمن قد قرر إعادة النظر في العلاقات مع الرباط، واتهم حركة «الماك» الانفصالية"
            " وحركة «رشاد» بالمسؤولية عن الحرائق .",
            [("ACCUSE", ["المجلس الأعلى للأمن"], ["الماك", "رشاد"])],
        ),
        # fighting with someone after a comma is the fight of the subject of the verb before it, not of
        # the speaker who reports it
        (
            "قال ماكرون إن إسرائيل قصفت غزة ، بعد معارك عنيفة مع حماس .",
            [("ASSAULT", ["إسرائيل"], ["غزة"]), ("ASSAULT", ["إسرائيل"], ["حماس"])],
        ),
        # a nationality between the announcer and the deed it announces
        (
            "أعلن جهاز مكافحة الإرهاب العراقي، الخميس، اعتقال خمسة عناصر من تنظيم داعش .",
            [("COERCE", ["جهاز مكافحة الإرهاب"], ["تنظيم داعش"])],
        ),
        # a nationality three words into a sanction's object, an adjective between (شركات دفاعية أميركية)
        (
            "فرضت الصين عقوبات على سبع شركات دفاعية أميركية . وقالت الولايات المتحدة إنها سترد .",
            [("SANCTION", ["الصين"], ["الولايات المتحدة"])],
        ),
        # a call with a companion named is with the companion, not with the clause's other actor
        (
            "وأشاد الرئيس عبد الفتاح السيسي بدعم الإمارات خلال اتصال هاتفي مع محمد بن زايد .",
            [
                ("SUPPORT", ["عبد الفتاح السيسي"], ["الإمارات"]),
                ("CONSULT", ["عبد الفتاح السيسي"], ["محمد بن زايد"]),
            ],
        ),
        # a signing told by two conjoined subjects and again by its object is one agreement between
        # them: neither party becomes its own partner
        (
            "وقّعت المملكة العربية السعودية والولايات المتحدة، الثلاثاء، حزمة من الاتفاقيات ومذكرات التفاهم .",
            [("AGREE", ["المملكة العربية السعودية", "الولايات المتحدة"], [])],
        ),
        # a visit taken back by "made it" (زيارة أجراها X) is X's, and the meeting held during it too
        (
            "وشكرت روسيا الإمارات . وجاء ذلك بعد زيارة أجراها رئيس الدولة الشيخ محمد بن زايد إلى موسكو، "
            "التقى خلالها الرئيس الروسي فلاديمير بوتين .",
            [("SUPPORT", ["روسيا"], ["الإمارات"]), ("CONSULT", ["محمد بن زايد"], ["فلاديمير بوتين"])],
        ),
        # envoys summoned (by a verb, or a verbal noun after a verb of responding): a protest to their
        # senders
        ("واستدعت إيران سفراء ألمانيا وفرنسا .", [("ACCUSE", ["إيران"], ["ألمانيا", "فرنسا"])]),
        ("وردت إيران باستدعاء سفراء ألمانيا وفرنسا .", [("ACCUSE", ["إيران"], ["ألمانيا", "فرنسا"])]),
        # "the two sides" that no pair named before stands for are the two who just met, the host first
        (
            "التقى بوتين شي في بكين. واتفق الجانبان على تشكيل لجنة .",
            [("CONSULT", ["بوتين"], ["شي"]), ("AGREE", ["بوتين"], ["شي"])],
        ),
        # nor those named as what the talks were about
        (
            "بحث وزير النقل المصري كامل الوزير مع نظيره السوداني أحمد عثمان مشروع الطريق بين مصر والسودان. "
            "واتفق الجانبان على تشكيل لجنة .",
            [("CONSULT", ["كامل الوزير"], ["أحمد عثمان"]), ("AGREE", ["كامل الوزير"], ["أحمد عثمان"])],
        ),
        (
            "استقبل العاهل الأردني الملك عبد الله الثاني وزير الخارجية الأمريكي ماركو روبيو في عمان يوم "
            'الأحد، حيث بحث الجانبان الأوضاع في غزة . وجدد الملك خلال اللقاء رفضه "القاطع" لأي محاولات '
            "لتهجير الفلسطينيين .",
            [
                ("CONSULT", ["ماركو روبيو"], ["عبد الله الثاني"]),
                ("REJECT", ["عبد الله الثاني"], []),
            ],
        ),
        # "each of" (كلا من، كل من) stands for the names after it, with the preposition before it
        ("وانتقدت الصين كلا من اليابان والفلبين .", [("ACCUSE", ["الصين"], ["اليابان", "الفلبين"])]),
        (
            "ودعا غوتيريش كلا من روسيا وأوكرانيا إلى ضبط النفس .",
            [("REQUEST", ["غوتيريش"], ["روسيا", "أوكرانيا"])],
        ),
        ("وقالت كل من روسيا والصين إنهما ترفضان القرار .", [("REJECT", ["روسيا", "الصين"], [])]),
        # a surname whose first letter reads as ب, told again alone, is no name after a preposition
        (
            "قال إسماعيل بقائي إن طهران ترفض البيان . واتهم بقائي فرنسا بالتنصل .",
            [("REJECT", ["طهران"], []), ("ACCUSE", ["إسماعيل بقائي"], ["فرنسا"])],
        ),
        # a condemnation a verb of responding governs is aimed at the agent of the act told before
        (
            "فرضت وزارة الخزانة الأميركية عقوبات على شركات . وردت الخارجية الإيرانية بإدانة العقوبات .",
            [
                ("SANCTION", ["وزارة الخزانة الأميركية"], []),
                ("ACCUSE", ["الخارجية الإيرانية"], ["وزارة الخزانة الأميركية"]),
            ],
        ),
        # a joint press conference with someone is a meeting with him (and "the two sides" are the two);
        # one with no one named is none
        (
            "قال وزير الخارجية السوري أسعد الشيباني، في مؤتمر صحفي مشترك مع نظيره الأردني أيمن الصفدي في "
            "عمّان، إن الجانبين اتفقا على تشكيل لجنة أمنية مشتركة .",
            [("CONSULT", ["أسعد الشيباني"], ["أيمن الصفدي"]), ("AGREE", ["أسعد الشيباني"], ["أيمن الصفدي"])],
        ),
        ("وقال بوتين في مؤتمر صحفي مشترك إن روسيا لن تنسحب .", [("RETREAT", ["روسيا"], [])]),
        # a place after "across" (عبر, also the verb عبّر) is the route, no party
        ("وقعت مصر واليونان اتفاقا للربط الكهربائي عبر البحر المتوسط .", [("AGREE", ["مصر", "اليونان"], [])]),
        # (and the verb عبّر with و before a state, its subject)
        ("وعبر العراق عن إدانته للهجوم على السفارة .", [("ACCUSE", ["العراق"], [])]),
        # ل written apart before a name in quotation marks is the owner's ل (the positions are its)
        (
            "شن الجيش السوداني غارات جوية على مواقع لـ«الدعم السريع» في منطقة مليط .",
            [("ASSAULT", ["الجيش السوداني"], ["الدعم السريع"])],
        ),
        # a feminine pronoun on a stance noun stands for a series of states named together (a plural of
        # things), not the first of them
        (
            "شنت الولايات المتحدة وبريطانيا ضربات جوية على مواقع للحوثيين . وأعلنت أستراليا والبحرين "
            "وكندا وهولندا في بيان مشترك تأييدها للعملية .",
            [
                ("ASSAULT", ["الولايات المتحدة", "بريطانيا"], ["الحوثيين"]),
                ("SUPPORT", ["أستراليا", "البحرين", "كندا", "هولندا"], ["الولايات المتحدة", "بريطانيا"]),
            ],
        ),
        # weapons to be handed over (س before an imperfect of سلّم, no perfect of تسلّم "received") are
        # military aid; handed over under a deal, trade
        (
            "وأعلنت ألمانيا أنها ستسلم أوكرانيا أربع منظومات دفاع جوي إضافية .",
            [("AID", ["ألمانيا"], ["أوكرانيا"])],
        ),
        (
            "وذكرت الصحيفة أن روسيا سلمت إيران منظومات صواريخ للدفاع الجوي بموجب صفقة قيمتها 700 مليون "
            "دولار .",
            [("COOPERATE", ["روسيا"], ["إيران"])],
        ),
        # a base handed over is a withdrawal from it; a word of a name is no object head (تنظيم القاعدة)
        (
            "سلم الجيش الفرنسي يوم الخميس قاعدة كوسيي العسكرية في نجامينا إلى الجيش التشادي .",
            [("RETREAT", ["الجيش الفرنسي"], ["الجيش التشادي"])],
        ),
        (
            "سلمت الشرطة التركية عناصر من تنظيم القاعدة إلى العراق .",
            [("COOPERATE", ["الشرطة التركية"], ["العراق"])],
        ),
        # (past the subject's nationality and an aside of where it was said, between commas)
        (
            "أعلن المجلس الرئاسي الليبي، في بيان مساء الجمعة، رفضه قرار مجلس النواب تشكيل حكومة جديدة .",
            [("REJECT", ["المجلس الرئاسي"], ["مجلس النواب"])],
        ),
        # a stance noun with its pronoun, past where the verb governing it was said, is the subject's
        # stance, not a verb with its object (رفضه "he rejected him")
        ("وأكد السيسي في مؤتمر صحفي رفضه التهجير .", [("REJECT", ["السيسي"], [])]),
        ("وأكد السيسي وماكرون في مؤتمر صحفي مشترك رفضهما التهجير .", [("REJECT", ["السيسي", "ماكرون"], [])]),
        # a visit at someone's invitation is to the host who invited
        (
            "وصل أردوغان إلى القاهرة تلبية لدعوة من الرئيس عبد الفتاح السيسي .",
            [("CONSULT", ["أردوغان"], ["عبد الفتاح السيسي"])],
        ),
        (
            "يزور ماكرون الجزائر الأسبوع المقبل بدعوة من الرئيس عبد المجيد تبون .",
            [("CONSULT", ["ماكرون"], ["عبد المجيد تبون"])],
        ),
        # keeping the right to respond is a threat
        ("وقالت إيران إنها تحتفظ بحق الرد على إسرائيل .", [("THREATEN", ["إيران"], ["إسرائيل"])]),
        # a plural object pronoun stands for all the actors coordinated before it, not the last one
        (
            "التقى أردوغان ماكرون وشولتس، وطالبهم بوقف دعم المسلحين .",
            [("CONSULT", ["أردوغان"], ["ماكرون", "شولتس"]), ("REQUEST", ["أردوغان"], ["ماكرون", "شولتس"])],
        ),
    ],
)
def test_events_through_the_whole_pipeline(
    text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    doc = extract_text(text)
    assert [(ev.type, *named_roles(doc, ev)) for ev in doc.events] == expected


def test_a_verb_after_a_comma_and_wa_in_reported_speech_is_the_speakers_own_act() -> None:
    said = "إنه يعتذر لعائلات الضحايا ، وحث الطلاب على إنهاء اعتصاماتهم"
    doc = make_doc(f"وقال بوتين {said} .", quotes=((said, "فلاديمير بوتين"),))
    assert roles(doc, "REQUEST") == ({"فلاديمير بوتين"}, set())
    # what he urges is its content, no act of its own
    assert {ev.type for ev in doc.events} == {"CONCEDE", "REQUEST"}


def test_speaker_is_subject_of_verb_right_after_quote() -> None:
    said = "من الأفضل لنتنياهو أن يمضي وقته في وزارته"
    quotes = ((said, "أردوغان"),)
    doc = make_doc(f'وأضاف أردوغان أن "{said}" , واتهمه بالسعي لتخريب الاستثمار.', quotes=quotes)
    ev = find(doc, "ACCUSE")
    assert (names(doc, ev.source), names(doc, ev.target)) == ({"أردوغان"}, {"بنيامين نتنياهو"})
    # a verb further on keeps its own (unnamed) subject
    doc = make_doc(f'وأضاف أردوغان أن "{said}" . وبعد يومين اتهمه البرلمان بالفساد.', quotes=quotes)
    assert not any(ev.type == "ACCUSE" and ev.source for ev in doc.events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reported words cut short by a word in quotation marks: a verb after a comma and و is still the
        # speaker's
        (
            'وقال المتحدث باسم الشرطة لؤي ارزيقات إن المروجين يستغلون المناطق المصنفة "ج" الخاضعة '
            "للسيطرة الإسرائيلية، واتهم السلطات الإسرائيلية بغض الطرف عن نشاطهم.",
            [("ACCUSE", {"لؤي ارزيقات"}, {"السلطات الإسرائيلية"})],
        ),
    ],
)
def test_the_speaker_goes_on_past_a_quoted_word(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("after", "source"),
    [
        (" وشجب تصريحات أردوغان.", {"ماكرون"}),  # the next sentence opens on the verb: the speaker
        (" وبعد يومين شجب تصريحات أردوغان.", set()),  # it does not: no subject
        (" وأضاف أن الوضع صعب. وشجب تصريحات أردوغان.", set()),  # two sentences on
    ],
)
def test_speaker_goes_on_as_subject_of_next_sentence(after: str, source: set[str]) -> None:
    said = "الاتفاق باق"
    doc = make_doc(f"وقال ماكرون إن {said}.{after}", quotes=((said, "ماكرون"),))
    ev = find(doc, "ACCUSE")
    assert names(doc, ev.source) == source


def test_claim_attribution() -> None:
    text = "وفقا لكوريا الجنوبية ، أرسلت كوريا الشمالية حوالي 15000 جندي إلى روسيا."
    claim = "أرسلت كوريا الشمالية حوالي 15000 جندي إلى روسيا"
    doc = make_doc(text, quotes=((claim, "كوريا الجنوبية"),))
    ev = find(doc, "AID")
    assert names(doc, (ev.attributed_to,)) == {"كوريا الجنوبية"}
    assert (
        ev.summary_en
        == "North Korea (PRK) sent military aid to Russia (RUS) (according to South Korea (KOR))"
    )


def test_summary_line() -> None:
    doc = make_doc(
        "بكين (AP) – التقى الرئيس الروسي فلاديمير بوتين والزعيم الكوري الشمالي كيم جونغ أون "
        "في بكين يوم الأربعاء.",
        times=(("يوم الأربعاء", "2025-09-03"),),
    )
    assert (
        find(doc, "CONSULT").summary_en
        == "Vladimir Putin (RUS) met Kim Jong Un (PRK) in Beijing on 2025-09-03"
    )


def test_summary_arabic_name_negation_partial_date() -> None:
    ents = {"E1": Entity("E1", "PER", "أحمد علي", [], None, None, None)}
    ev = Event("V1", "COERCE", TextSpan(0, 1, "x"), Span(0, 1), mode="arrest", target=("E1",), date="2024-06")
    assert summarize(ev, ents) == "Unidentified actors arrested أحمد علي in 2024-06"
    neg = Event("V2", "ASSAULT", TextSpan(0, 1, "x"), Span(0, 1), source=("E1",), negated=True)
    assert summarize(neg, ents) == "أحمد علي did not attack"


def test_event_ids_and_roundtrip() -> None:
    doc = make_doc("التقى بوتين وكيم في بكين. وعقد الزعيمان اجتماعا. وأشاد بوتين بكيم.")
    assert [ev.id for ev in doc.events] == [f"V{n}" for n in range(1, len(doc.events) + 1)]
    back = from_json(json.dumps(to_dict(doc), ensure_ascii=False))
    assert back.events == doc.events
    assert back.events[0].mentions


def test_output_validates_against_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(resources.files("khabar").joinpath("schema/document.schema.json").read_text("utf-8"))
    doc = make_doc("التقى بوتين وكيم في بكين. وعقد الزعيمان اجتماعا.")
    jsonschema.validate(to_dict(doc), schema)


def test_report_lists_english_lines() -> None:
    doc = make_doc("فرضت الولايات المتحدة عقوبات على إيران.")
    assert "United States (USA) imposed sanctions on Iran (IRN)" in render_text(doc)


def test_plover_records() -> None:
    doc = make_doc("اعتقلت الشرطة المصرية أحمد علي في القاهرة.", date="2024-01-02")
    [rec] = to_plover(doc)
    assert rec["event_type"] == "COERCE" and rec["mode"] == "arrest"
    assert rec["source"][0]["name_en"] == "Egyptian police" and rec["source"][0]["country"] == "EGY"
    assert rec["target"][0]["name"] == "أحمد علي"
    assert rec["location"]["name_en"] == "Cairo"
    assert rec["date"] == "2024-01-02" and rec["context"] == []
    assert rec["text"]["text"] == "اعتقلت"
    json.dumps(rec)


# --- lexicon


def test_conjugations() -> None:
    forms = conjugate("التقى")
    for f in ("التقي", "التقت", "التقوا", "التقيا", "يلتقي", "تلتقي", "يلتقون", "يلتق", "نلتقي"):
        assert f in forms
    assert forms["نلتقي"] == FIRST and forms["يلتقي"] == THIRD
    assert forms["ملتقيا"] == PARTICIPLE
    assert {"دعا", "دعت", "دعوا", "يدعو", "تدعو", "يدع"} <= set(conjugate("دعا"))
    assert {"نفي", "نفت", "نفا"} <= set(conjugate("نفى"))  # نفا: before a pronoun suffix (نفاه، نفاها)
    assert {"ارسل", "ارسلت", "ارسلوا", "يرسل", "ترسل", "نرسل", "يرسلون"} <= set(conjugate("أرسل"))
    assert {"اشاد", "يشيد", "تشيد"} <= set(conjugate("أشاد|يشيد"))
    assert "يضرب" not in conjugate("أضرب|-")
    assert {"منتقدا", "مطالبا", "متهما", "مشيدا"} <= {
        f for v in ("انتقد", "طالب", "اتهم", "أشاد|يشيد") for f, k in conjugate(v).items() if k == PARTICIPLE
    }
    assert not any(k == PARTICIPLE for k in conjugate("هدد").values())  # form I/II cannot be told apart
    # its feminine and plural, read only right after a comma (elsewhere mostly adjectives: متحدة)
    assert conjugate("اتهم")["متهمه"] == conjugate("اتهم")["متهمين"] == CIRCUMSTANTIAL
    # an assimilated verb drops its و in the imperfect: يصل, not يوصل (nor توصل, "reached")
    arrive = conjugate("وصل|يصل")
    assert {"يصل", "تصل", "وصلت"} <= set(arrive) and not {"توصل", "يوصل"} & set(arrive)
    assert "اصل" not in arrive  # a two-letter stem's 1st singular is mostly a noun (أصل "origin")


def test_a_listed_participle_brings_its_feminine_and_plural_after_a_comma() -> None:
    lex = build(
        [
            ("داعيا", "دعا", "REQUEST", "-", "participle", "-"),
            ("داعين", "دعا", "REQUEST", "-", "participle", "-"),
        ]
    )
    (fem,) = lex.get("داعيه")
    assert fem.participle and fem.after_comma  # elsewhere داعية is a preacher
    (plural,) = lex.get("داعين")
    assert plural.participle and not plural.after_comma  # listed as a row of its own: read anywhere
    assert not lex.get("رافضه")


def test_lexicon_size_and_coverage() -> None:
    rows = packaged("event_triggers.tsv", 6, 6)
    assert len({r[1] for r in rows}) >= 150
    assert {r[2] for r in rows} == set(PLOVER_TYPES)
    assert {r[4] for r in rows} == {"verb", "noun", "participle"}
    lex = load_triggers()
    assert lex.get("اعتقلت")[0].type == "COERCE"
    # a participle row reads as a participle of its verb (داعيا: the clause's subject calls)
    assert [(e.type, e.pos, e.participle) for e in lex.get("داعيا")][-1] == ("REQUEST", "verb", True)


def test_ontology_has_sixteen_types_with_phrases() -> None:
    types = ontology()["types"]
    assert set(types) == set(PLOVER_TYPES)
    assert set(types["CONSULT"]["modes"]) == {"visit", "third-party", "multilateral", "phone"}
    assert {"economic", "military", "humanitarian", "asylum"} <= set(types["AID"]["modes"])
    for spec in types.values():
        assert {"past", "base", "alone"} <= set(spec)


def test_bad_frame_is_an_error() -> None:
    with pytest.raises(LexiconError):
        parse_frame("obj=x bogus", "test")


def test_user_lexicon(tmp_path: Path) -> None:
    extra = tmp_path / "mine.tsv"
    extra.write_text("# version: 1\nشتم\tشتم\tACCUSE\tdisapprove\tverb\t-\n", encoding="utf-8")
    coder = EventCoder(CONFIG.replace(event_lexicons=(str(extra),)))
    doc = make_doc("شتمت مصر إسرائيل.")
    coder(doc)
    assert find(doc, "ACCUSE").trigger.text == "شتمت"


# --- evaluation


@pytest.mark.parametrize(
    ("name", "size"),
    [
        ("events_dev.jsonl", 20),
        ("events_dev2.jsonl", 25),
        ("events_dev3.jsonl", 60),
        ("events_dev4.jsonl", 40),
        ("events_dev5.jsonl", 50),
        ("events_dev6.jsonl", 50),
        ("events_dev7.jsonl", 50),
        ("events_dev8.jsonl", 50),
        ("events_dev9.jsonl", 50),
        ("events_dev10.jsonl", 50),
        ("events_dev11.jsonl", 50),
        ("events_dev12.jsonl", 50),
        ("events_dev13.jsonl", 50),
        ("events_dev14.jsonl", 50),
        ("events_dev15.jsonl", 43),
        ("events_dev16.jsonl", 76),
        ("events_dev17.jsonl", 77),
        ("events_constructions_a.jsonl", 120),
        ("events_constructions_b.jsonl", 100),
        ("events_wire_security_dev.jsonl", 45),
        ("events_wire_security_heldout.jsonl", 45),
        ("events_wire_diplomacy_dev.jsonl", 45),
        ("events_wire_diplomacy_heldout.jsonl", 45),
        ("events_wire_mt_dev.jsonl", 45),
        ("events_wire_mt_heldout.jsonl", 45),
        ("events_wire_news_dev.jsonl", 45),
        ("events_wire_news_heldout.jsonl", 45),
        ("events_wire_regional_heldout.jsonl", 80),
        ("events_wire_reuters_afp_heldout.jsonl", 80),
        ("events_wire_broadcasters_heldout.jsonl", 80),
        ("events_wire_international_heldout.jsonl", 80),
        ("events_wire_agencies_heldout.jsonl", 80),
        ("events_wire_online_heldout.jsonl", 80),
        ("events_wire_translated_heldout.jsonl", 80),
        ("events_wire_statements_heldout.jsonl", 80),
        ("events_wire_economy_heldout.jsonl", 80),
        ("events_wire_domestic_heldout.jsonl", 80),
        ("events_wire_interior_dev.jsonl", 48),
        ("events_wire_interior_heldout.jsonl", 42),
        ("events_wire_dailies_dev.jsonl", 45),
        ("events_wire_dailies_heldout.jsonl", 45),
        ("events_wire_affairs_dev.jsonl", 45),
        ("events_wire_affairs_heldout.jsonl", 45),
        ("events_wire_tourism_dev.jsonl", 48),
        ("events_wire_tourism_heldout.jsonl", 42),
        ("events_wire_tech_dev.jsonl", 48),
        ("events_wire_tech_heldout.jsonl", 42),
        ("events_wire_nuclear_dev.jsonl", 48),
        ("events_wire_nuclear_heldout.jsonl", 42),
        ("events_wire_consular_dev.jsonl", 48),
        ("events_wire_consular_heldout.jsonl", 42),
        ("events_wire_parliaments_dev.jsonl", 48),
        ("events_wire_parliaments_heldout.jsonl", 42),
        ("events_wire_policing_dev.jsonl", 48),
        ("events_wire_policing_heldout.jsonl", 42),
        ("events_wire_prisons_dev.jsonl", 48),
        ("events_wire_prisons_heldout.jsonl", 42),
        ("events_wire_aviation_dev.jsonl", 48),
        ("events_wire_aviation_heldout.jsonl", 42),
        ("events_wire_agriculture_dev.jsonl", 48),
        ("events_wire_agriculture_heldout.jsonl", 42),
        ("events_wire_customs_dev.jsonl", 48),
        ("events_wire_customs_heldout.jsonl", 42),
        ("events_wire_fisheries_dev.jsonl", 48),
        ("events_wire_fisheries_heldout.jsonl", 42),
        ("events_wire_housing_dev.jsonl", 48),
        ("events_wire_housing_heldout.jsonl", 42),
        ("events_wire_sports_dev.jsonl", 48),
        ("events_wire_sports_heldout.jsonl", 42),
        ("events_wire_water_dev.jsonl", 48),
        ("events_wire_water_heldout.jsonl", 42),
        ("events_wire_electricity_dev.jsonl", 48),
        ("events_wire_electricity_heldout.jsonl", 42),
        ("events_wire_corridors_dev.jsonl", 48),
        ("events_wire_corridors_heldout.jsonl", 42),
        ("events_wire_mining_dev.jsonl", 48),
        ("events_wire_mining_heldout.jsonl", 42),
        ("events_wire_banking_dev.jsonl", 48),
        ("events_wire_banking_heldout.jsonl", 42),
        ("events_wire_pensions_dev.jsonl", 48),
        ("events_wire_pensions_heldout.jsonl", 42),
        ("events_wire_space_dev.jsonl", 48),
        ("events_wire_space_heldout.jsonl", 42),
        ("events_wire_heritage_dev.jsonl", 48),
        ("events_wire_heritage_heldout.jsonl", 42),
        ("events_wire_telecom_dev.jsonl", 48),
        ("events_wire_telecom_heldout.jsonl", 42),
        ("events_wire_pharma_dev.jsonl", 48),
        ("events_wire_pharma_heldout.jsonl", 42),
        ("events_wire_demining_dev.jsonl", 48),
        ("events_wire_demining_heldout.jsonl", 42),
        ("events_wire_ports_dev.jsonl", 48),
        ("events_wire_ports_heldout.jsonl", 42),
        ("events_wire_refugees_dev.jsonl", 48),
        ("events_wire_refugees_heldout.jsonl", 42),
        ("events_wire_pipelines_dev.jsonl", 48),
        ("events_wire_pipelines_heldout.jsonl", 42),
        ("events_wire_cyber_dev.jsonl", 48),
        ("events_wire_cyber_heldout.jsonl", 42),
        ("events_wire_peacekeeping_dev.jsonl", 48),
        ("events_wire_peacekeeping_heldout.jsonl", 42),
        ("events_wire_narcotics_dev.jsonl", 48),
        ("events_wire_narcotics_heldout.jsonl", 42),
        ("events_wire_environment_dev.jsonl", 48),
        ("events_wire_environment_heldout.jsonl", 42),
        ("events_wire_corruption_dev.jsonl", 48),
        ("events_wire_corruption_heldout.jsonl", 42),
        ("events_wire_disasters_dev.jsonl", 48),
        ("events_wire_disasters_heldout.jsonl", 42),
        ("events_wire_hostages_dev.jsonl", 48),
        ("events_wire_hostages_heldout.jsonl", 42),
        ("events_wire_coups_dev.jsonl", 48),
        ("events_wire_coups_heldout.jsonl", 42),
        ("events_wire_reconciliation_dev.jsonl", 48),
        ("events_wire_reconciliation_heldout.jsonl", 42),
        ("events_wire_militias_dev.jsonl", 48),
        ("events_wire_militias_heldout.jsonl", 42),
        ("events_wire_factions_dev.jsonl", 48),
        ("events_wire_factions_heldout.jsonl", 42),
        ("events_wire_summits_dev.jsonl", 48),
        ("events_wire_summits_heldout.jsonl", 42),
        ("events_wire_ceasefires_dev.jsonl", 48),
        ("events_wire_ceasefires_heldout.jsonl", 42),
        ("events_wire_expulsions_dev.jsonl", 48),
        ("events_wire_expulsions_heldout.jsonl", 42),
        ("events_wire_sieges_dev.jsonl", 48),
        ("events_wire_sieges_heldout.jsonl", 42),
        ("events_wire_assassinations_dev.jsonl", 48),
        ("events_wire_assassinations_heldout.jsonl", 42),
        ("events_wire_tribes_dev.jsonl", 48),
        ("events_wire_tribes_heldout.jsonl", 42),
        ("events_wire_donors_dev.jsonl", 48),
        ("events_wire_donors_heldout.jsonl", 42),
        ("events_wire_airstrikes_dev.jsonl", 48),
        ("events_wire_airstrikes_heldout.jsonl", 42),
        ("events_wire_emergencies_dev.jsonl", 48),
        ("events_wire_emergencies_heldout.jsonl", 42),
        ("events_wire_defections_dev.jsonl", 48),
        ("events_wire_defections_heldout.jsonl", 42),
        ("events_wire_settlements_dev.jsonl", 48),
        ("events_wire_settlements_heldout.jsonl", 42),
        ("events_wire_subsidies_dev.jsonl", 48),
        ("events_wire_subsidies_heldout.jsonl", 42),
        ("events_wire_referendums_dev.jsonl", 48),
        ("events_wire_referendums_heldout.jsonl", 42),
        ("events_wire_swaps_dev.jsonl", 48),
        ("events_wire_swaps_heldout.jsonl", 42),
        ("events_wire_journalists_dev.jsonl", 48),
        ("events_wire_journalists_heldout.jsonl", 42),
        ("events_wire_clashes_dev.jsonl", 48),
        ("events_wire_clashes_heldout.jsonl", 42),
        ("events_wire_extraditions_dev.jsonl", 48),
        ("events_wire_extraditions_heldout.jsonl", 42),
        ("events_wire_drills_dev.jsonl", 48),
        ("events_wire_drills_heldout.jsonl", 42),
        ("events_wire_loans_dev.jsonl", 48),
        ("events_wire_loans_heldout.jsonl", 42),
        ("events_wire_repatriations_dev.jsonl", 48),
        ("events_wire_repatriations_heldout.jsonl", 42),
        ("events_wire_mercenaries_dev.jsonl", 48),
        ("events_wire_mercenaries_heldout.jsonl", 42),
        ("events_wire_recognition_dev.jsonl", 48),
        ("events_wire_recognition_heldout.jsonl", 42),
        ("events_wire_bases_dev.jsonl", 48),
        ("events_wire_bases_heldout.jsonl", 42),
        ("events_wire_disappearances_dev.jsonl", 48),
        ("events_wire_disappearances_heldout.jsonl", 42),
        ("events_wire_boycotts_dev.jsonl", 48),
        ("events_wire_boycotts_heldout.jsonl", 42),
        ("events_up_dev.jsonl", 324),
        ("events_up_heldout.jsonl", 321),
    ],
)
def test_dev_set_is_well_formed(name: str, size: int) -> None:
    passages = load_gold(ROOT / "bench" / "data" / name)
    assert len(passages) >= size
    assert (ROOT / "bench" / "data" / name).read_text(encoding="utf-8").startswith("#")
    for p in passages:
        for g in p.events:
            assert g.type in PLOVER_TYPES
            assert g.trigger in p.text
            assert g.source or g.target  # events that name no actor are dropped when loading
            # a name is written in the passage (its article merged into لل: للولايات المتحدة)
            assert all(n in p.text or n.removeprefix("ال") in p.text for n in (*g.source, *g.target))


def test_dev_sets_do_not_share_sentences() -> None:
    seen: dict[int, str] = {}
    for name in [
        f"events_dev{n}.jsonl"
        for n in ("", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17")
    ] + ["events_rest_dev.jsonl", "events_rest_heldout.jsonl"]:
        for line in (ROOT / "bench" / "data" / name).read_text(encoding="utf-8").splitlines():
            if line.startswith("{"):
                for n in json.loads(line)["anercorp_sentences"]:
                    assert n not in seen, f"sentence {n} in {seen.get(n)} and {name}"
                    seen[n] = name


def test_wire_suite_halves_do_not_share_passages() -> None:
    for topic in (
        *("security", "diplomacy", "mt", "news", "tourism", "tech", "nuclear", "consular"),
        *("parliaments", "policing", "prisons", "aviation", "agriculture", "customs", "fisheries"),
        *("housing", "sports", "water", "electricity", "corridors", "mining", "banking", "pensions"),
        *("space", "heritage", "telecom", "pharma", "demining", "ports", "refugees", "pipelines", "cyber"),
        *("peacekeeping", "narcotics", "environment", "corruption", "disasters", "hostages"),
        *("coups", "reconciliation"),
        *("militias", "factions", "summits"),
        *("ceasefires", "expulsions", "sieges"),
        *("assassinations", "tribes", "donors"),
        *("airstrikes", "emergencies", "defections"),
        *("settlements", "subsidies", "referendums"),
        *("swaps", "journalists", "clashes"),
        *("extraditions", "drills", "loans"),
        *("repatriations", "mercenaries", "recognition"),
        *("bases", "disappearances", "boycotts"),
    ):
        dev, heldout = (
            {p.text for p in load_gold(ROOT / "bench" / "data" / f"events_wire_{topic}_{half}.jsonl")}
            for half in ("dev", "heldout")
        )
        assert dev and heldout and not dev & heldout


def test_universalpetrarch_halves_carry_their_reference_and_do_not_overlap() -> None:
    ids: list[str] = []
    for name in ("events_up_dev.jsonl", "events_up_heldout.jsonl"):
        path = ROOT / "bench" / "data" / name
        assert "MIT licence" in path.read_text("utf-8").splitlines()[0]
        lines = [json.loads(x) for x in path.read_text("utf-8").splitlines() if x[:1] == "{"]
        ids += [d["up_id"] for d in lines]
        assert {t for p in load_gold(path) for t in p.reference} == {"ASSAULT", "PROTEST"}
        assert all(len(p.reference) == 1 for p in load_gold(path))
    assert len(ids) == len(set(ids)) == 645


@pytest.mark.parametrize("name", ["events_rest_dev.jsonl", "events_rest_heldout.jsonl"])
def test_text_free_gold_files(name: str) -> None:
    lines = [
        json.loads(x)
        for x in (ROOT / "bench" / "data" / name).read_text("utf-8").splitlines()
        if x[:1] == "{"
    ]
    assert len(lines) > 600
    for d in lines:
        assert set(d) == {"anercorp_sentences", "events"} and d["anercorp_sentences"]
        for e in d["events"]:
            assert e["type"] in PLOVER_TYPES and e["trigger"] and (e["source"] or e["target"])
            assert all(n.strip() for n in (*e["source"], *e["target"]))


def test_name_matching_and_score() -> None:
    doc = make_doc("التقى بوتين وكيم في بكين.")
    putin = next(e for e in doc.entities if e.name == "فلاديمير بوتين")
    assert name_matches("بوتين", putin) and name_matches("الرئيس فلاديمير بوتين", putin)
    assert not name_matches("كيم", putin)
    gold = Passage(doc.text, None, (GoldEvent("CONSULT", ("كيم",), ("بوتين",), "التقى"),))
    assert score(gold, doc, frozenset(SYMMETRIC))["CONSULT"] == 1
    wrong = Passage(doc.text, None, (GoldEvent("CONSULT", ("كيم",), (), "التقى"),))
    assert not score(wrong, doc, frozenset(SYMMETRIC))
    assert score(wrong, doc, frozenset(SYMMETRIC), event_overlaps)["CONSULT"] == 1  # one actor is enough
    other = Passage(doc.text, None, (GoldEvent("AGREE", ("كيم",), (), "التقى"),))
    assert not score(other, doc, frozenset(SYMMETRIC), event_overlaps)  # but not another type


# --- the whole pipeline on the example article


def _full_pipeline() -> bool:
    try:
        return "events" in Pipeline.from_config().names
    except ValueError:
        return False


@pytest.mark.skipif(not _full_pipeline(), reason="the default pipeline has no events stage yet")
def test_seed_end_to_end(seed_text: str) -> None:

    doc = extract_text(seed_text, date="2025-09-03")
    by_id = {e.id: e for e in doc.entities}

    def actor_names(ids: tuple[str, ...]) -> str:
        return " ".join(f"{by_id[i].name} {by_id[i].name_en or ''}" for i in ids)

    coded = [(ev.type, actor_names(ev.source), actor_names(ev.target)) for ev in doc.events]
    assert any(t == "CONSULT" and "بوتين" in s + g and "كيم" in s + g for t, s, g in coded), coded
    assert any(t == "REQUEST" and "بوتين" in s for t, s, g in coded), coded
    assert any(t == "ACCUSE" and "ترامب" in s and "بوتين" in g for t, s, g in coded), coded
    assert any(t == "REJECT" and "أوشاكوف" in s for t, s, g in coded), coded
    assert any(t == "SUPPORT" and "بوتين" in s for t, s, g in coded), coded
    assert any(t in ("AID", "MOBILIZE") and "كوريا الشمالية" in s for t, s, g in coded), coded
    for ev in doc.events:
        assert ev.trigger.text == doc.text[ev.trigger.start : ev.trigger.end]
        assert ev.summary_en


def test_his_country_is_the_country_of_the_last_actor_named() -> None:
    doc = recoded("أكد لافروف أن بلاده ترفض العرض. وقالت روسيا ذلك.", {"روسيا": "geo:RUS"})
    ev = find(doc, "REJECT")
    assert names(doc, ev.source) == {"روسيا"}


def test_a_town_is_not_his_country() -> None:
    # بلدة "town" normalises as بلده "his country"
    doc = recoded("أكد لافروف أن بلدة ترفض العرض. وقالت روسيا ذلك.", {"روسيا": "geo:RUS"})
    assert not [ev for ev in doc.events if ev.type == "REJECT" and names(doc, ev.source) == {"روسيا"}]


def test_a_destination_past_a_spot_is_the_town_it_is_in() -> None:
    doc = make_doc("وصل الجيش الإسرائيلي أمس إلى بوابة فاطمة في بلدة خزاعة على الحدود.")
    ev = find(doc, "MOBILIZE")
    assert (names(doc, ev.source), names(doc, ev.target)) == ({"الجيش الإسرائيلي"}, {"خزاعة"})


def test_nationality_adjective_names_the_country_not_its_city() -> None:
    text = "وصل الوفد إلى بغداد ثم الولايات المتحدة ، وتواصل القصف الأمريكي على العراق."
    doc = make_doc(text)
    assert not any(e.type == "ASSAULT" and e.source for e in doc.events)  # no entity is the country itself
    for ent in doc.entities:
        ent.kb_id = {"الولايات المتحدة": "geo:USA", "العراق": "geo:IRQ"}.get(ent.name, "geo:city:XXX:x")
    doc.events = []
    ev = find(CODER(doc), "ASSAULT")
    assert names(doc, ev.source) == {"الولايات المتحدة"} and names(doc, ev.target) == {"العراق"}


def test_commentators_named_by_no_name_are_a_verb_s_own_subject() -> None:
    # ويشكك خبراء: experts doubt, not the actor before going on
    doc = extract_text("وتعهد ماكرون بوقف المناورات . ويشكك خبراء في أن تتخلى كوريا الشمالية عن ترسانتها .")
    assert [ev.type for ev in doc.events] == ["CONCEDE"]


def test_a_quoted_verb_after_a_pronoun_complementiser_is_the_speaker_s() -> None:
    # وردت X بأنها «تستنكر»: a reply is a speech cue, and the quoted verb after أنها has X as subject
    doc = extract_text("وردت الحكومة المصرية بأنها «تستنكر هذا القرار» .")
    assert roles(doc, "ACCUSE")[0] == {"الحكومة المصرية"}


def test_a_place_told_again_by_its_noun_after_a_verb_is_acted_on() -> None:
    # اقتحمت المخيم: the camp named before is attacked, no subject of the verb
    doc = extract_text(
        "استشهد شاب برصاص الجيش الإسرائيلي خلال اقتحامه مخيم جنين . وأفادت مصادر بأن قوة كبيرة من "
        "الجيش ، معززة بجرافات عسكرية ، اقتحمت المخيم من عدة محاور ."
    )
    assert [
        (names(doc, ev.source), names(doc, ev.target)) for ev in doc.events if ev.trigger.text == "اقتحمت"
    ] == [(set(), {"جنين"})]


def test_a_plural_verb_does_not_go_on_with_one_government() -> None:
    # وقعوا after a relative's pronoun: the forces and their allies, not the government acting before
    doc = extract_text(
        "استدعت الحكومة السودانية سفيرها لدى كينيا ، احتجاجا على استضافة نيروبي اجتماعا لقوات الدعم "
        "السريع وحلفائها وقعوا خلاله ميثاقا ."
    )
    assert not [
        ev for ev in doc.events if ev.type == "AGREE" and names(doc, ev.source) == {"الحكومة السودانية"}
    ]


def test_a_verb_joined_in_what_was_said_is_not_the_speaker_s() -> None:
    # the verb after a comma is in what the warning says (ان اسرائيل ستفرق ... ، وستطلق): not its speaker's
    doc = extract_text(
        "حذر رئيس اركان الجيش الاسرائيلي دان حالوتس أمس كما نقل عنه مسؤول كبير من ان اسرائيل ' ' ستفرق "
        "' ' التظاهرات ' ' العنيفة ' ' لمؤيدي حزب الله اللبناني عند حدودها الشمالية ، "
        "وستطلق النار عند الضرورة."
    )
    assert not [ev for ev in doc.events if ev.type == "ASSAULT" and names(doc, ev.source) == {"دان حالوتس"}]


@pytest.mark.parametrize(
    "text",
    [
        "هددت إيران بوقف التعاون إن فرض مجلس الأمن عقوبات عليها.",  # إن + verb: a condition
        "قال إن روسيا سترد إذا هاجمت أوكرانيا روسيا.",
        "لن يتغير شيء ما لم تنسحب إسرائيل من لبنان.",
        "ينتظر المراقبون لمعرفة ما إذا كان بوتين قد يهاجم أوكرانيا مجددا.",  # whether, over كان
        "لا يعرف ما إذا كان أردوغان سيزور روسيا ، أو حتى يهاجم أوكرانيا.",  # carried over أو
        "ولم يتضح بعد إن كانت روسيا ستهاجم أوكرانيا مجددا.",  # إن written for إذا, before كان
        "قال ماكرون إن إسرائيل ستقصف لبنان إذا هاجمها حزب الله.",  # a future verb, its condition after it
        "قال ماكرون إن المحادثات ستستأنف مع روسيا ما لم تهاجم أوكرانيا.",  # a noun before a future verb
    ],
)
def test_conditions_are_not_events(text: str) -> None:
    doc = make_doc(text)
    assert not [e for e in doc.events if e.type in ("SANCTION", "ASSAULT", "RETREAT", "CONSULT")]


def test_a_withdrawal_that_did_not_happen_reads_from_once() -> None:
    doc = make_doc("لن تنسحب إسرائيل من غزة.")
    ev = find(doc, "RETREAT")
    assert summarize(ev, {e.id: e for e in doc.entities}) == "Israel (ISR) did not withdraw from Gaza"


def test_withdrawal_from_a_place_has_it_as_location() -> None:
    doc = make_doc("انسحب الجيش الإسرائيلي من غزة.")
    ev = find(doc, "RETREAT")
    place = next(e for e in doc.entities if e.id == ev.location)
    assert place.name == "غزة" and not ev.target
    entities = {e.id: e for e in doc.entities}
    assert summarize(ev, entities) == "Israeli army (ISR) withdrew from Gaza"


@pytest.mark.parametrize(
    "text",
    [
        "تعهد ماكرون بمحاربة الفساد في فرنسا.",
        "وعد أردوغان بإجراء انتخابات مبكرة.",
        "وافقت الحكومة المصرية على إنشاء خط للغاز.",  # a domestic approval
    ],
)
def test_pledges_and_approvals_with_no_counterpart_are_not_agreements(text: str) -> None:
    assert not [e for e in make_doc(text).events if e.type == "AGREE"]


@pytest.mark.parametrize(
    "text", ["تسلم الرئيس الجديد للبرلمان مهامه رسميا أمس.", "تسلمت الحكومة الجديدة السلطة في العاصمة."]
)
def test_taking_office_is_no_hand_over(text: str) -> None:
    assert not [e for e in make_doc(text).events if e.type in ("COOPERATE", "CONSULT")]


@pytest.mark.parametrize(
    "text",
    [
        "تعتزم روسيا إرسال قوات إلى سوريا.",  # an intention
        "عبر ماكرون عن حزنه للكارثة التي ضربت إيران.",  # a disaster strikes, no one attacks
        "ضرب زلزال قوي إيران أمس.",
        "اجتاحت مصر فيضانات مدمرة.",  # the disaster after the place it struck
        "احتلت مصر المرتبة الأولى.",  # a rank held, no occupation
        "انسحبت القوات من القرى التي كانت إسرائيل تحتلها في لبنان.",  # the imperfect: a state, no act
        "وقال ماكرون ذلك خوفا من وقوع هجمات على إسرائيل.",  # what is feared has not happened
        "وقال ماكرون إن مخطط تفجير الطائرات في إسرائيل كشف.",  # a plot
        "وسجن أحمد علي بتهمة التحريض على قتل الإسرائيليين في لبنان.",  # what a charge alleges
        "قال نتنياهو إنه عازم على مواصلة الحرب على لبنان.",  # determined to: an intention
        "يسعى ماكرون إلى لقاء بوتين.",  # an aim
        "يريد أردوغان لقاء بوتين.",  # a wish
        "من المتوقع أن يلتقي بوتين كيم في بكين.",  # an expectation
        "رجح مسؤولون أن تهاجم إسرائيل لبنان.",  # a likelihood
        "ويعتقد مراقبون أن إسرائيل لن تسمح بأي تسوية في لبنان.",  # a belief
        "رجح وزير الخارجية الفرنسي السابق ماكرون أن يلتقي بوتين شي.",  # names and titles between
        "قد تهاجم إسرائيل لبنان.",  # قد + imperfect: a possibility
        "قد تتوصل حماس إلى اتفاق مع إسرائيل.",  # the imperfect of a form V verb
        "زعمت الصحيفة أن إيران أرسلت أسلحة إلى حزب الله.",  # an allegation
        "وقدمت روسيا اقتراحا بأن تتعهد إسرائيل بعدم مهاجمة لبنان.",  # a proposal
    ],
)
def test_what_is_only_intended_expected_or_alleged_is_not_coded(text: str) -> None:
    assert [e.type for e in make_doc(text).events] == []


@pytest.mark.parametrize(
    "text",
    [
        "تظاهر أنصار حماس ضد أي حرب تقودها الولايات المتحدة على إيران.",  # any war, none in particular
        "حذر ماكرون من حرب محتملة تشنها إسرائيل على لبنان.",  # a possible war
    ],
)
def test_any_or_possible_act_is_not_coded(text: str) -> None:
    assert "ASSAULT" not in [e.type for e in make_doc(text).events]


def test_should_without_an_addressee_is_no_request() -> None:
    doc = make_doc("وقال ماكرون إن أي اتفاق ينبغي أن يأخذ بعين الاعتبار تحفظات روسيا.")
    assert [e.type for e in doc.events] == []


def test_no_trigger_inside_a_time_expression() -> None:
    doc = make_doc("قصفت إسرائيل فجر أمس منزلا في غزة.", times=(("فجر أمس", "2006-07-12"),))
    assert [e.trigger.text for e in doc.events] == ["قصفت"]


def test_an_attack_told_as_the_circumstance_of_a_killing_is_one_event() -> None:
    doc = make_doc("قتل مسلحون خمسة من أفراد الشرطة المصرية في هجوم على نقطة تفتيش في القاهرة.")
    assaults = [e for e in doc.events if e.type == "ASSAULT"]
    assert len(assaults) == 1 and [m.text for m in assaults[0].mentions] == ["هجوم"]
    assert names(doc, assaults[0].target) == {"الشرطة المصرية"}


def test_an_unnamed_subject_does_not_continue_the_last_actor() -> None:
    doc = make_doc("التقى ماكرون بوتين في موسكو. وقصفت طائرات حربية غزة.")
    ev = find(doc, "ASSAULT")
    assert not ev.source and names(doc, ev.target) == {"غزة"}


@pytest.mark.parametrize("subject", ["منظمات حقوقية", "نشطاء", "مصادر مطلعة"])
def test_unnamed_bodies_or_people_do_not_continue_the_last_actor(subject: str) -> None:
    doc = make_doc(f"رحلت الحكومة المصرية 700 مهاجر. وانتقدت {subject} ظروف الترحيل.")
    assert not [e for e in doc.events if e.type == "ACCUSE"]  # no one named: not coded


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a clause describing the attack noun tells it again (dated by the clause, not the article)
        ("وأدان ماكرون سلسلة الهجمات التي استهدفت مساء الجمعة الجيش الإسرائيلي .", 1),
        ("واغتيل أحمد علي في انفجار شاحنة مفخخة استهدف موكبه في بغداد .", 1),
    ],
)
def test_a_clause_describing_an_attack_tells_it_again(text: str, count: int) -> None:
    times = (("مساء الجمعة", "2025-09-05"),) if "مساء الجمعة" in text else ()
    doc = make_doc(text, times=times, date="2025-09-07")
    assert len([e for e in doc.events if e.type == "ASSAULT"]) == count


def test_unnamed_attackers_go_on_as_the_subject() -> None:
    doc = make_doc("حث ماكرون إيران على التعاون. وهاجم مسلحون قرية في غزة وقتلوا 15 مدنيا.")
    assert not [e for e in doc.events if e.type == "ASSAULT" and e.source]


def test_an_attack_in_a_match_is_play() -> None:
    assert make_doc("وهاجم لاعبو حماس مرمى مصر طوال الشوط الثاني.").events == []
    # a meeting after a sentence about a match is a game
    assert make_doc("خسر الفريق المباراة. وسيلعب في لقائه أمام حماس غدا.").events == []
    assert make_doc("لعب الفريق المباراة. لكن حماس انسحب من التصفيات.").events == []
    assert [e.type for e in make_doc("خسر الفريق المباراة. واستقال أحمد علي.").events] == ["RETREAT"]
    assert [e.type for e in make_doc("قصف الفريق أحمد علي مواقع حماس.").events] == ["ASSAULT"]
    # a goal scored for a side is still play; a target of war is not
    assert make_doc("سجل أحمد علي هدفا لحماس وهاجم لاعبو حماس مرمى مصر.").events == []
    assert [e.type for e in make_doc("وقصفت إسرائيل مبنى اعتبرته هدفا عسكريا في غزة.").events] == ["ASSAULT"]
    # strikes from the air, or an attack told with its object, are no play whatever the count is of
    assert [e.type for e in make_doc("وشنت إسرائيل غارات على 85 هدفا في غزة.").events] == ["ASSAULT"]
    assert [e.type for e in make_doc("ونفذت إسرائيل هجمات على 85 هدفا في غزة.").events] == ["ASSAULT"]
    # people who meet or call about a match hold talks; a meeting noun with one side stays an interview
    doc = make_doc("استقبل أحمد علي سيرغي لافروف وبحث معه استعدادات المباراة.")
    assert event_roles(doc) == [
        ("CONSULT", {"سيرغي لافروف"}, {"أحمد علي"})  # (the guest the visitor)
    ]
    assert make_doc("وفي لقاء مع أحمد علي مدير منتخبنا قال إن المباراة صعبة.").events == []


def test_a_name_the_entity_layer_missed_stops_the_last_subject_going_on() -> None:
    doc = make_doc("اتهم ماكرون إيران بتسليح حزب الله. ونفت كويسترافا هذه الاتهامات.")
    assert "REJECT" not in [e.type for e in doc.events]  # not Macron's denial


def test_a_perfect_verb_form_after_a_pronoun_is_a_noun() -> None:
    assert make_doc("بدأ حياته وهو طالب في جامعة غزة.").events == []


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("حذرت إيران إسرائيل من عواقب أي هجوم.", ("THREATEN", {"إيران"}, {"إسرائيل"})),  # whom it warns
        (
            "حذر بوتين من أن روسيا سترد بقوة.",
            ("THREATEN", {"فلاديمير بوتين"}, set()),
        ),  # what his side will do
        ("حذرت روسيا من أنها سترد بقوة.", ("THREATEN", {"روسيا"}, set())),
        ("حذر بوتين الشركات التي تخالف القانون.", ("THREATEN", {"فلاديمير بوتين"}, set())),  # someone unnamed
        ("حذر ماكرون من تدخل إيران في لبنان.", ("ACCUSE", {"ماكرون"}, {"إيران"})),  # another's conduct
        ("حذر ماكرون من كارثة إنسانية في لبنان.", None),  # a state of things
        ("حذر ماكرون من أن الوضع في لبنان سيتدهور.", None),
        ("حذر موفد الأمم المتحدة إلى لبنان ماكرون من تفجر القتال.", None),  # where the envoy is sent
        ("تحذيرات ماكرون وجاء الهجوم بعد ساعات من تدخل إيران.", None),  # another act's من
        ("وانتقد بوتين الغرب محذرا من عواقب وخيمة.", None),
        ("حذر ماكرون من محاولات الإطاحة بالحكومة المصرية.", None),  # an actor in a later phrase
        # a reply the warning promises, whoever its clause's subject (an act, the speaker's own side)
        ("حذر بوتين من أن أي تدخل عسكري سيقابل برد حاسم.", ("THREATEN", {"فلاديمير بوتين"}, set())),
        ('حذر بوتين من أن أي خرق للاتفاق "سيقابل بردٍ حازم".', ("THREATEN", {"فلاديمير بوتين"}, set())),
        ('وحذرت روسيا من أن موسكو "تحتفظ بحق الرد".', ("THREATEN", {"روسيا"}, set())),
        ("حذر ماكرون من أن الرد الإسرائيلي قد يشعل المنطقة.", None),  # another's reply, no promise
        ("حذر ماكرون من أن إسرائيل تحتفظ بحق الرد.", None),  # another side's right to reply
    ],
)
def test_a_warning_is_a_threat_an_accusation_or_nothing(
    text: str, coded: tuple[str, set[str], set[str]] | None
) -> None:
    doc = make_doc(text)
    warnings = [
        (e.type, names(doc, e.source), names(doc, e.target))
        for e in doc.events
        if doc.text[e.trigger.start : e.trigger.end].startswith(("حذر", "محذر"))
    ]
    assert warnings == ([coded] if coded else [])


@pytest.mark.parametrize(
    ("text", "quotes", "etype"),
    [
        (
            "وقال بوتين إن روسيا لن تتراجع ، داعيا إلى وقف إطلاق النار.",
            (("روسيا لن تتراجع", "فلاديمير بوتين"),),
            "REQUEST",
        ),
        (
            "وقال بوتين إن روسيا لن تتراجع ، رافضا الاقتراح الأمريكي.",
            (("روسيا لن تتراجع", "فلاديمير بوتين"),),
            "REJECT",
        ),
        ("التقى بوتين شي في بكين ، منددا بالعقوبات على روسيا.", (), "ACCUSE"),
        ("التقى بوتين شي في بكين ، شاكرا الصين على موقفها.", (), "SUPPORT"),
    ],
)
def test_form_one_and_short_form_two_participles_take_the_clause_subject(
    text: str, quotes: tuple[tuple[str, str], ...], etype: str
) -> None:
    doc = make_doc(text, quotes=quotes)
    participles = [e for e in doc.events if e.type == etype and e.trigger.text.endswith("ا")]
    assert [names(doc, e.source) for e in participles] == [{"فلاديمير بوتين"}]


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        # the holder of the title whose genitive follows مع
        ("عقد بوتين اجتماعا مع أمين عام الأمم المتحدة أحمد علي في موسكو.", {"فلاديمير بوتين", "أحمد علي"}),
        # a conjunction on the title before a name, and a title in apposition after it
        ("وكان الرئيس بوتين والرئيس شي قد عقدا مباحثات قمة في موسكو.", {"فلاديمير بوتين", "شي جين بينغ"}),
        ("وكان بوتين والرئيس أردوغان رئيس تركيا قد عقدا مباحثات في موسكو.", {"فلاديمير بوتين", "أردوغان"}),
        # a dual pronoun on the noun, and "the two sides" after a clause
        ("أحرز العراق والأمم المتحدة تقدما خلال محادثاتهما في بغداد.", {"العراق", "الأمم المتحدة"}),
        # the taa marbuta of a short noun written ت before the pronoun (قمة → قمتهما)
        ("أعلن بوتين وأردوغان في ختام قمتهما في سوتشي أن العلاقات ممتازة.", {"فلاديمير بوتين", "أردوغان"}),
        ("وقال الرئيس ماكرون عقب قمته مع الرئيس أردوغان إن العلاقات متينة.", {"ماكرون", "أردوغان"}),
        # an acting envoy's title (القائم بأعمال), feminine too, before the subject's name
        (
            "والتقت القائمة بأعمال المبعوث الأممي هيلاري كلينتون الرئيس بوتين في موسكو.",
            {"هيلاري كلينتون", "فلاديمير بوتين"},
        ),
    ],
)
def test_participants_through_titles_and_dual_pronouns(text: str, participants: set[str]) -> None:
    doc = make_doc(text)
    ev = find(doc, "CONSULT")
    assert names(doc, ev.source) | names(doc, ev.target) == participants


def test_the_two_sides_after_a_clause_are_the_pair_before() -> None:
    doc = make_doc("أحرز العراق والأمم المتحدة تقدما في بغداد وهي مسألة اتفق الجانبان على طرحها.")
    ev = find(doc, "AGREE")
    assert names(doc, ev.source) | names(doc, ev.target) == {"العراق", "الأمم المتحدة"}


def test_a_possessed_noun_with_no_owner_named_goes_on_from_the_last_subject() -> None:
    doc = make_doc("انتقد ماكرون إسرائيل بشدة . وكرر دعوته إلى وقف إطلاق النار.")
    ev = find(doc, "REQUEST")
    assert names(doc, ev.source) == {"ماكرون"}


def test_a_time_word_between_a_carrying_out_verb_and_its_noun() -> None:
    doc = make_doc("وكان الجيش الإسرائيلي قد واصل أمس تسيير دوريات.", times=(("أمس", "2006-08-01"),))
    ev = find(doc, "MOBILIZE")
    assert names(doc, ev.source) == {"الجيش الإسرائيلي"}


def test_a_masculine_pronoun_suffix_prefers_the_person_named_before() -> None:
    doc = make_doc("فقد الجمهور ثقته بماكرون لفشله في الحرب ضد لبنان وتأييده الاقتراح.")
    ev = next(e for e in doc.events if e.type == "SUPPORT")
    assert names(doc, ev.source) == {"ماكرون"}


def test_the_nationality_after_a_suffered_act_names_its_agent() -> None:
    doc = make_doc("وقالت إسرائيل إن المناطق التي تعرضت للقصف الإسرائيلي مواقع.")
    doc.entities[0].kb_id = "geo:ISR"
    doc.events = []
    ev = find(CODER(doc), "ASSAULT")
    assert names(doc, ev.source) == {"إسرائيل"} and not ev.target


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("وقال ماكرون إن فرنسا لن تقبل بالتسوية.", ("REJECT", {"فرنسا"}, False)),
        ("وقال أحمدي نجاد إن إيران لن تتراجع عن برنامجها.", ("REJECT", {"إيران"}, False)),
        ("أكد ماكرون أن فرنسا لا تسمح بذلك.", ("REJECT", {"فرنسا"}, False)),
        # refusing to give in, resign, leave, hand over or apologise
        ("وقال أحمدي نجاد إن إيران لن تستسلم.", ("REJECT", {"إيران"}, False)),
        ("وقال أردوغان إنه لن يستقيل.", ("REJECT", {"أردوغان"}, False)),
        ("وقال ماكرون إن فرنسا لن تسحب قواتها من مالي.", ("REJECT", {"فرنسا"}, False)),
        ("وقال أردوغان إنه لن يسلم السلطة إلا لحكومة منتخبة.", ("REJECT", {"أردوغان"}, False)),
        ("وأكد أردوغان أن تركيا لن تعتذر.", ("REJECT", {"تركيا"}, False)),
        ("وانسحبت إسرائيل من غزة.", ("RETREAT", {"إسرائيل"}, False)),  # no negation: a withdrawal
        ("وتراجعت إيران عن موقفها.", ("CONCEDE", {"إيران"}, False)),  # no negation: a concession
        ("ولم تتراجع إيران عن موقفها.", ("CONCEDE", {"إيران"}, True)),  # لم: only a concession denied
    ],
)
def test_an_explicit_refusal_is_a_rejection(text: str, coded: tuple[str, set[str], bool]) -> None:
    doc = make_doc(text)
    assert [(e.type, names(doc, e.source), e.negated) for e in doc.events] == [coded]


def test_the_one_summoned_to_an_investigation_is_its_target() -> None:
    doc = make_doc("قررت الشرطة المصرية دعوة أحمد علي إلى التحقيق.")
    ev = find(doc, "ACCUSE")
    assert (names(doc, ev.source), names(doc, ev.target)) == ({"الشرطة المصرية"}, {"أحمد علي"})


def test_before_is_no_verb_and_a_call_to_investigate_is_an_accusation() -> None:
    doc = make_doc("وصل بوتين قبل يومين إلى بكين.")
    assert [e.type for e in doc.events] == ["CONSULT"]
    doc = make_doc("ودعا لبنان إلى التحقيق في الهجوم على غزة.")
    assert next((e.type, e.mode) for e in doc.events) == ("ACCUSE", "investigate")


def test_a_proposal_s_coordinated_content_is_neither_a_party_nor_an_event() -> None:

    text = (
        "رفض رئيس مجلس النواب نبيه بري اقتراح رايس الداعي إلى إطلاق حزب الله للجنديين ، "
        "وانسحاب الحزب من منطقة الحدود ."
    )
    doc = extract_text(text)
    by_id = {e.id: e for e in doc.entities}
    hezbollah = next(e for e in doc.entities if e.name == "حزب الله")
    assert "الحزب" in [m.text for m in hezbollah.mentions]  # the bare head refers back
    reject = next(e for e in doc.events if e.type == "REJECT")
    assert [by_id[t].name for t in reject.target] == ["رايس"]  # not coordinated with الحزب
    assert "RETREAT" not in {e.type for e in doc.events}  # what the proposal asks


def test_a_verbal_noun_between_a_speech_verb_and_its_words_has_the_speaker_as_agent() -> None:
    said = "روسيا لن تتراجع"
    text = f"تحدث بوتين طويلا . وقال خلال مؤتمر صحفي في بكين بعد لقائه الرئيس شي إن {said}."
    doc = make_doc(text, quotes=((said, "فلاديمير بوتين"),))
    ev = find(doc, "CONSULT")
    assert names(doc, ev.source) | names(doc, ev.target) == {"فلاديمير بوتين", "شي جين بينغ"}


def test_a_first_person_form_outside_reported_words_is_no_verb() -> None:
    # أعد: "I promise" only in someone's words; in narration "prepared"
    assert [e.type for e in make_doc("أعدها حزب الله لماكرون.").events] == []
    said = "نرسل قوات إلى ماكرون"
    doc = make_doc(f'وقال بوتين "{said}".', quotes=((said, "فلاديمير بوتين"),))
    assert [(e.type, names(doc, e.source)) for e in doc.events] == [("AID", {"فلاديمير بوتين"})]
    assert [e.type for e in make_doc("نرسل قوات إلى ماكرون.").events] == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("قتل عنصران من حزب الله في غارة على بلدة بنت جبيل .", "حزب الله"),
        ("قتل ضابطان من الجيش اللبناني في قصف على بلدة الخيام .", "الجيش اللبناني"),
    ],
)
def test_two_members_hit_make_their_body_the_target(text: str, body: str) -> None:
    # a dual of a word for members names the body's people hit, as a count does
    doc = extract_text(text)
    assert names(doc, find(doc, "ASSAULT").target) == {body}


def test_members_hit_make_their_body_the_target_and_a_describing_verb_is_the_same_attack() -> None:
    doc = make_doc("أعلنت مصادر مقتل ضابط في الجيش الإسرائيلي في هجوم مسلح استهدف نقطة تفتيش في غزة.")
    assaults = [e for e in doc.events if e.type == "ASSAULT"]
    assert len(assaults) == 1 and names(doc, assaults[0].target) == {"الجيش الإسرائيلي"}
    # conscripts are members too (not the place struck: ثلاثة مجندين من الشرطة)
    doc = make_doc("قتل ضابط وثلاثة مجندين من الشرطة المصرية في هجوم مسلح في غزة.")
    assert roles(doc, "ASSAULT") == (set(), {"الشرطة المصرية"})
    # an active verb's members are its subject, not its victims
    doc = make_doc("وكان عشرات من أنصار حماس رشقوا دوريات في غزة بالحجارة.")
    assert all("حماس" not in names(doc, e.target) for e in doc.events)


@pytest.mark.parametrize(
    "text",
    [
        "شنت طائرات إسرائيلية غارات على لبنان . وقالت إسرائيل إنها ضربت حزب الله.",
        # an adjective between the forces and their nationality
        "شنت طائرات حربية إسرائيلية غارات على لبنان . وقالت إسرائيل إنها ضربت حزب الله.",
    ],
)
def test_unnamed_forces_with_a_nationality_act_for_the_country_the_text_names(text: str) -> None:
    doc = recoded(text, {"إسرائيل": "geo:ISR", "لبنان": "geo:LBN"})
    ev = find(doc, "ASSAULT")
    assert names(doc, ev.source) == {"إسرائيل"} and names(doc, ev.target) == {"لبنان"}


@pytest.mark.parametrize(
    "text",
    [
        "أفرجت الحكومة المصرية عن 23 صيادا، وكان الجيش الإسرائيلي قد احتجزهم الشهر الماضي.",
        "أطلقت الحكومة المصرية سراح 40 عاملا، وكانت قوات خفر السواحل الليبية قد احتجزتهم قرب طبرق.",
    ],
)
def test_a_plural_pronoun_after_a_count_of_people_stands_for_them(text: str) -> None:
    # whoever acted on the people counted is not whom هم stands for: they are, named by no name
    # (the full pipeline: the count is the quantities stage's)
    ev = find(extract_text(text), "COERCE")
    assert ev.source and ev.target == ()


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the town the released people come from is where they lived, no party to the release
        ("أفرجت الحكومة المصرية عن عشرين موقوفا من أبناء كركوك بعد أشهر من الاحتجاز.", set()),
        # nor is the town they reach after it
        ("ووصل إلى بغداد ثلاثة صحفيين أفرجت عنهم إيران بعد وساطة.", set()),
        # the country of the released still is (a country is no town)
        ("أفرجت روسيا عن ثلاثة بحارة من أوكرانيا وصلوا إلى الموصل.", {"أوكرانيا"}),
    ],
)
def test_a_town_is_no_party_to_a_release(text: str, target: set[str]) -> None:
    towns = {"كركوك": "geo:city:IRQ:kirkuk", "بغداد": "geo:city:IRQ:baghdad", "الموصل": "geo:city:IRQ:mosul"}
    doc = recoded(text, {**towns, "أوكرانيا": "geo:UKR"})
    ev = find(doc, "RETREAT")
    assert ev.mode == "release" and names(doc, ev.target) == target


@pytest.mark.parametrize(
    "text",
    [
        # sailors counted in the accusative (بحارا, no ب before it): the country their nationality names
        "أفرجت روسيا عن 12 بحارا أوكرانيا. ورحبت أوكرانيا بالخطوة.",
        "أفرجت روسيا عن 12 بحارا أوكرانيين. ورحبت أوكرانيا بالخطوة.",
    ],
)
def test_the_country_of_sailors_released(text: str) -> None:
    doc = extract_text(text)
    ev = find(doc, "RETREAT")
    assert ev.mode == "release" and names(doc, ev.target) == {"أوكرانيا"}


@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        # a masculine pronoun is no town (towns are feminine): the body named before it
        ("وحمل ماكرون حماس مسؤولية التفجيرات التي هزت بغداد أمس ، وتوعده بالرد .", "THREATEN", {"حماس"}),
        # a town after a title names the title's holder, whom the pronoun may refer to
        ("وانتقد ماكرون محافظ بغداد ، وطالبه بالاعتذار .", "REQUEST", {"بغداد"}),
    ],
)
def test_an_object_pronoun_refers_to_an_actor_of_its_gender(text: str, etype: str, target: set[str]) -> None:
    assert roles(recoded(text, {"بغداد": "geo:city:IRQ:baghdad"}), etype)[1] == target


@pytest.mark.parametrize(
    "text",
    [
        "وأدانت إيران العدوان الإسرائيلي على لبنان ، ودعت إسرائيل إلى وقفه .",  # VSO
        "إيران تنتقد القصف الإسرائيلي لغزة ، وتدعو إسرائيل إلى وقفه .",  # SVO
        # the act as the stance names it (ما وصفته بـ)
        "وأدانت إيران ما وصفته بالعدوان الإسرائيلي على لبنان ، ودعت إسرائيل إلى وقفه .",
        'وأدانت إيران ما وصفته بـ"العدوان الإسرائيلي" على لبنان ، ودعت إسرائيل إلى وقفه .',
    ],
)
def test_a_condemned_act_s_nationality_names_the_condemned_country(text: str) -> None:
    doc = recoded(text, {"إسرائيل": "geo:ISR", "لبنان": "geo:LBN", "إيران": "geo:IRN"})
    assert roles(doc, "ACCUSE") == ({"إيران"}, {"إسرائيل"})


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # ، الاثنين بقصر قرطاج ،: when and where, the guest after it
        (
            "استقبل الرئيس التونسي قيس سعيد، الاثنين بقصر قرطاج، وزير الداخلية خالد النوري.",
            "CONSULT",
            {"خالد النوري"},
            {"قيس سعيد"},
        ),
        # a deal praised far on is the last deal of two
        (
            "اتفقت الحكومة المصرية وحماس على وقف إطلاق النار . وارتفعت الأسعار في القاهرة . وتراجعت البورصة "
            "أمس . وعاد السكان إلى منازلهم . وأشاد ماكرون بالاتفاق .",
            "SUPPORT",
            {"ماكرون"},
            {"الحكومة المصرية", "حماس"},
        ),
        # a condemned act in scare quotes names the condemned country
        (
            'قالت إسرائيل إنها تحمي الدروز . وأدانت وزارة الخارجية السورية "العدوان الإسرائيلي السافر" على '
            "مؤسسات الدولة .",
            "ACCUSE",
            {"وزارة الخارجية السورية"},
            {"إسرائيل"},
        ),
    ],
)
def test_roles_past_settings_scare_quotes_and_sentences(
    text: str, etype: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), etype) == (source, target)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # money allocated for relief in a country is given to it (not a town: where it is spent)
        ("وخصصت روسيا 50 مليون دولار للإغاثة العاجلة في لبنان .", "خصصت", {"لبنان"}),
        ("وأعلنت روسيا تخصيص 50 مليون دولار للإغاثة في لبنان .", "تخصيص", {"لبنان"}),
        ("وخصصت روسيا 50 مليون دولار للإغاثة في بغداد .", "خصصت", set()),
        # a deposit goes to the bank it is put in
        ("وأعلنت روسيا أنها ستودع 200 مليون دولار في البنك الدولي .", "تودع", {"البنك الدولي"}),
        ("وأعلنت روسيا إيداع وديعة بقيمة مليار دولار في البنك الدولي .", "إيداع", {"البنك الدولي"}),
    ],
)
def test_aid_is_given_to_the_country_it_is_given_in(text: str, trigger: str, target: set[str]) -> None:
    doc = recoded(text, {"روسيا": "geo:RUS", "لبنان": "geo:LBN", "بغداد": "geo:city:IRQ:baghdad"})
    ev = find(doc, "AID")
    assert ev.trigger.text == trigger
    assert roles(doc, "AID") == ({"روسيا"}, target)


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # goods given in a relative clause on them go to who received them
        ("وتسلمت غزة 50 ألف جرعة من لقاح تبرعت بها تركيا .", "AID", {"تركيا"}, {"غزة"}),
        # a shipment sent is aid, sent to where it goes
        ("وأعلنت تركيا إرسال شحنات طبية إلى العراق .", "AID", {"تركيا"}, {"العراق"}),
        ("وأعلنت تركيا إرسال شحنة غذائية عاجلة إلى غزة .", "AID", {"تركيا"}, {"غزة"}),
        # support given, a noun in construct with its adjective, is aid to whom إلى or ل names
        ("وأعلنت تركيا تقديم دعم طبي عاجل إلى غزة .", "AID", {"تركيا"}, {"غزة"}),
        ("وقدمت تركيا دعم اقتصادي لغزة .", "AID", {"تركيا"}, {"غزة"}),
        # police, units and patrols sent or pushed (دفع ب) somewhere are forces moved there
        ("وأرسلت تركيا 40 عنصرا إلى غزة .", "MOBILIZE", {"تركيا"}, {"غزة"}),
        ("وأعلنت تركيا إرسال وحدات إضافية إلى غزة .", "MOBILIZE", {"تركيا"}, {"غزة"}),
        ("وأرسلت تركيا قوة خاصة إلى غزة .", "MOBILIZE", {"تركيا"}, {"غزة"}),
        ("وأرسلت تركيا دوريات إلى غزة .", "MOBILIZE", {"تركيا"}, {"غزة"}),
        ("ودفعت تركيا بقوة من الجيش إلى غزة .", "MOBILIZE", {"تركيا"}, {"غزة"}),
        ("ودفعت تركيا بتشكيلات أمنية إلى غزة .", "MOBILIZE", {"تركيا"}, {"غزة"}),
        ("وأعلنت تركيا دفع وحدات عسكرية إلى غزة .", "MOBILIZE", {"تركيا"}, {"غزة"}),
        # forces deployed around or in a facility named after its head word, its name of no place type
        ("ونشرت تركيا قوات حول قاعدة سيغونيلا .", "MOBILIZE", {"تركيا"}, {"سيغونيلا"}),
        ("ونشرت تركيا تعزيزات في محيط قاعدة سيغونيلا .", "MOBILIZE", {"تركيا"}, {"سيغونيلا"}),
    ],
)
def test_aid_and_forces_reach_who_receives_them(
    text: str, etype: str, source: set[str], target: set[str]
) -> None:
    assert (etype, source, target) in event_roles(make_doc(text))


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # pushing hard (بقوة) or driving a state to act moves no forces
        ("ودفعت تركيا بقوة نحو فرض عقوبات على غزة .", "SANCTION"),
        ("وقال إن تقدم القوات سيدفع تركيا إلى التدخل في غزة خلال تفقده وحدات الجيش .", None),
        # units of a relief body sent are aid, not forces
        ("وأرسلت تركيا طائرتين لإطفاء الحرائق ووحدات من الحماية المدنية إلى غزة .", "AID"),
    ],
)
def test_words_of_units_and_force_move_no_forces_out_of_place(text: str, coded: str | None) -> None:
    types = [e.type for e in make_doc(text).events]
    assert "MOBILIZE" not in types
    assert coded is None or coded in types


@pytest.mark.parametrize(
    "text",
    [
        "وتحدثت روسيا عن الأزمة . وتلقى الجيش الإسرائيلي مساعدات عسكرية روسية .",
        "وتحدثت روسيا عن الأزمة . وتسلم الجيش الإسرائيلي الدفعة الأولى من المساعدات العسكرية الروسية .",
    ],
)
def test_aid_received_is_given_by_the_country_of_its_nationality(text: str) -> None:
    doc = recoded(text, {"روسيا": "geo:RUS"})
    assert roles(doc, "AID") == ({"روسيا"}, {"الجيش الإسرائيلي"})


@pytest.mark.parametrize(
    "text",
    [
        "وأفرجت حماس عن ثلاث محتجزات إسرائيليات . ورحبت إسرائيل بالخطوة .",
        "وأفرجت حماس عن ثلاثة أسرى إسرائيليين . ورحبت إسرائيل بالخطوة .",
        "وأفرجت حماس ، مساء الأحد ، عن ثلاثة جنود إسرائيليين . ورحبت إسرائيل بالخطوة .",
        # a setting before the particle
        "وأفرجت حماس في الدفعة الأولى عن 13 محتجزا إسرائيليا . ورحبت إسرائيل بالخطوة .",
        # a name in quotes, its head before them
        "وأفرجت حركة « حماس » عن ثلاث محتجزات إسرائيليات . ورحبت إسرائيل بالخطوة .",
        # a dual (feminine) nationality
        "وأفرجت حماس عن محتجزتين إسرائيليتين . ورحبت إسرائيل بالخطوة .",
        # the body or country they are of, after من
        "وأفرجت حماس عن 181 أسيرا من إسرائيل . ورحبت إسرائيل بالخطوة .",
    ],
)
def test_people_released_of_a_plural_nationality_name_their_country(text: str) -> None:
    doc = make_doc(text, times=(("مساء الأحد", "2025-09-07"),) if "مساء الأحد" in text else ())
    for ent in doc.entities:
        ent.kb_id = {"إسرائيل": "geo:ISR"}.get(ent.name)
    doc.events = []
    assert roles(CODER(doc), "RETREAT") == ({"حماس"}, {"إسرائيل"})


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("وتحدثت إيران عن الأزمة . وثمن ماكرون الجهود الإيرانية في رأب الصدع .", "SUPPORT"),
        ("وتحدثت إيران عن الأزمة . وأشاد ماكرون بتعاون الجانب الإيراني في الملف .", "SUPPORT"),
        ("وتحدثت إيران عن الأزمة . وانتقد ماكرون الموقف الإيراني من الاتفاق .", "ACCUSE"),
    ],
)
def test_a_side_s_efforts_or_stance_with_its_nationality_name_the_country(text: str, etype: str) -> None:
    doc = recoded(text, {"إيران": "geo:IRN"})
    assert roles(doc, etype) == ({"ماكرون"}, {"إيران"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a claim of the attack just told names its agent: one attack
        ("وقتل ثلاثة أشخاص في هجوم انتحاري في غزة . وتبنى حماس الهجوم في بيان .", [({"حماس"}, {"غزة"})]),
        (
            "وأصيب ثلاثة أشخاص عندما سقط صاروخ على غزة . وأعلنت حماس مسؤوليتها عن إطلاق الصاروخ .",
            [({"حماس"}, {"غزة"})],
        ),
        # an attack whose agent is named already is not claimed by another: two
        (
            "وقصفت إسرائيل غزة أمس . وتبنى حماس الهجوم على الموصل .",
            [({"إسرائيل"}, {"غزة"}), ({"حماس"}, {"الموصل"})],
        ),
    ],
)
def test_a_claim_of_responsibility_names_the_agent_of_the_attack_told(
    text: str, expected: list[tuple[set[str], set[str]]]
) -> None:
    assert attacks(text) == expected


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # unnamed people of a nationality released, killed or held: the country the text names
        ("وأفرجت إسرائيل عن خمسة جنود لبنانيين . ورحب لبنان بذلك .", "RETREAT", {"إسرائيل"}, {"لبنان"}),
        # the nationality in the accusative (جنديا لبنانيا)
        ("وأفرجت إسرائيل عن 32 جنديا لبنانيا . ورحب لبنان بذلك .", "RETREAT", {"إسرائيل"}, {"لبنان"}),
        ("وقتل مسلحون ثلاثة جنود إسرائيليين . وقالت إسرائيل إنها سترد .", "ASSAULT", set(), {"إسرائيل"}),
        # a nationality after a preposition is someone else's
        (
            "وأفرجت إسرائيل عن خمسة من عناصر حماس في سجون لبنانية . ورحب لبنان بذلك .",
            "RETREAT",
            {"إسرائيل"},
            {"حماس"},
        ),
    ],
)
def test_unnamed_people_of_a_nationality_are_its_country(
    text: str, etype: str, source: set[str], target: set[str]
) -> None:
    assert roles(recoded(text, {"إسرائيل": "geo:ISR", "لبنان": "geo:LBN"}), etype) == (source, target)


def test_the_body_of_a_leader_s_title_is_no_recipient() -> None:
    doc = make_doc("وشن الأمين العام لحزب الله هجوما عنيفا على القوى السياسية.")
    assert all("حزب الله" not in names(doc, e.target) for e in doc.events)


def test_an_act_on_a_person_told_without_and_with_its_agent_is_one_event() -> None:
    doc = make_doc("قتل أحمد علي في غزة أمس ، وقد قتله الجيش الإسرائيلي.")
    assaults = [e for e in doc.events if e.type == "ASSAULT"]
    assert [(names(doc, e.source), names(doc, e.target)) for e in assaults] == [
        ({"الجيش الإسرائيلي"}, {"أحمد علي"})
    ]
    # a place struck twice, once by someone named: two attacks
    doc = make_doc("انفجرت عبوة في بغداد ، وقصف الجيش الإسرائيلي بغداد.")
    assert len([e for e in doc.events if e.type == "ASSAULT"]) == 2


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a kidnapping and a killing by the same actor: two acts
        ("وكانت حماس قد خطفت 23 من الركاب ثم قتلت اثنين منهم .", 2),
        # the same kidnapping told twice: one
        ("وخطفت حماس أحمد علي في غزة أمس . وقال ماكرون إن حماس خطفت أحمد علي .", 1),
    ],
)
def test_an_abduction_is_never_the_same_happening_as_another_assault(text: str, count: int) -> None:
    doc = make_doc(text)
    assaults = [e for e in doc.events if e.type == "ASSAULT"]
    assert len(assaults) == count, [(e.trigger.text, e.mode, names(doc, e.target)) for e in assaults]
    assert all(names(doc, e.source) == {"حماس"} for e in assaults)


@pytest.mark.parametrize(
    ("text", "modes"),
    [
        # ties cut and diplomats expelled: two acts
        ("وقطعت إيران العلاقات مع فرنسا ، وأمهلت الدبلوماسيين الفرنسيين 72 ساعة .", ["sever", "expel"]),
        ("وقطعت إيران العلاقات مع فرنسا ، وطردت الدبلوماسيين الفرنسيين .", ["sever", "expel"]),
    ],
)
def test_an_expulsion_is_never_the_same_happening_as_another_sanction(text: str, modes: list[str]) -> None:
    doc = extract_text(text)
    sanctions = [e for e in doc.events if e.type == "SANCTION"]
    assert [(e.mode, names(doc, e.source), names(doc, e.target)) for e in sanctions] == [
        (mode, {"إيران"}, {"فرنسا"}) for mode in modes
    ]


@pytest.mark.parametrize(
    "text",
    [
        "وقال ماكرون إن أسر الضحايا حزينة في القاهرة.",  # the victims' families, no capture
        "وقال ماكرون إن رجلا يُدعى أحمد علي وصل إلى القاهرة.",  # "is called", not "claims"
        "وراقبت الشرطة المصرية الحشد في القاهرة.",  # a crowd, no mobilisation
    ],
)
def test_words_that_only_look_like_triggers(text: str) -> None:
    assert [e.type for e in make_doc(text).events] == []


def test_an_unnamed_office_holder_after_a_verb_stops_the_last_subject_going_on() -> None:
    doc = make_doc("ودعا ماكرون إلى عقد مؤتمر . ورفض السفير الأميركي اقتراح ماكرون.")
    ev = find(doc, "REJECT")
    assert (names(doc, ev.source), names(doc, ev.target)) == (set(), {"ماكرون"})


def test_no_event_has_one_actor_on_both_sides() -> None:
    doc = make_doc("وأضاف ماكرون أنه على اتصال مع بوتين . والتقى بوتين مرة أخرى.")
    for ev in doc.events:
        assert not set(ev.source) & set(ev.target), (ev.type, ev.source, ev.target)


def test_a_place_before_an_act_noun_is_its_place_only_when_fronted() -> None:
    doc = make_doc("وقال ماكرون الموجود في القاهرة إنه صدم إزاء قصف الموقع.")
    assert all("القاهرة" not in names(doc, e.target) for e in doc.events if e.type == "ASSAULT")
    doc = make_doc("أما في بغداد فقد قتل ثلاثة في هجمات الأمس.")
    assert names(doc, find(doc, "ASSAULT").target) == {"بغداد"}


def test_a_verb_conjoined_in_a_relative_clause_is_the_antecedent_s() -> None:
    said = "التنفيذ الكامل للقرار الذي يحكم الهدنة ويدعو لنشر قوات"
    doc = make_doc(f"وقال ماكرون إن {said} .", quotes=((said, "ماكرون"),))
    assert all(names(doc, e.source) != {"ماكرون"} for e in doc.events if e.type == "REQUEST")


def test_standing_behind_an_act_is_an_alleged_one() -> None:
    said = "الولايات المتحدة تقف وراء الهجوم"
    doc = make_doc(f"وقال بوتين إن {said}.", quotes=((said, "فلاديمير بوتين"),))
    ev = find(doc, "ACCUSE")
    assert (names(doc, ev.source), names(doc, ev.target)) == ({"فلاديمير بوتين"}, {"الولايات المتحدة"})
    assert [e.type for e in make_doc("وقف إطلاق النار صامد في غزة.").events] == []


def test_an_act_in_an_adverbial_is_not_what_is_expected() -> None:
    doc = make_doc("وتوقع ماكرون في ختام زيارته لمصر أن يستمر التعاون.")
    assert names(doc, find(doc, "CONSULT").source) == {"ماكرون"}


def test_an_object_head_past_another_act_is_that_act_s() -> None:
    doc = make_doc("وأعلنت حماس رفضها البحث في وقف المقاومة ضد إسرائيل.")
    assert [e.type for e in doc.events] == ["REJECT"]


def test_a_verb_conjoined_inside_reported_words_accuses_its_object() -> None:
    said = "فرنسا ستواصل التحرك ، واتهم العراق بالكذب"
    doc = make_doc(f"وقال ماكرون إن {said}.", quotes=((said, "ماكرون"),))
    ev = find(doc, "ACCUSE")
    assert (names(doc, ev.source), names(doc, ev.target)) == ({"ماكرون"}, {"العراق"})


def test_what_an_accusation_alleges_is_not_coded_but_what_a_condemnation_condemns_is() -> None:
    assert [e.type for e in make_doc("اتهم ماكرون إسرائيل بقصف لبنان.").events] == ["ACCUSE"]
    assert "ASSAULT" in {e.type for e in make_doc("دان ماكرون قيام إسرائيل بقصف لبنان.").events}


def test_general_talk_of_war_is_not_coded() -> None:
    assert [e.type for e in make_doc("وتحدث ماكرون عن الحرب الطويلة.").events] == []


def test_what_a_rejected_request_asks_is_not_coded() -> None:
    doc = make_doc("وكان نتنياهو قد أعلن أنه رفض طلب ماكرون رفع الحصار عن غزة.")
    assert "CONCEDE" not in {e.type for e in doc.events}


def test_a_press_conference_is_no_meeting() -> None:
    doc = make_doc("عقد بوتين وشي مؤتمرا صحفيا مشتركا في بكين.")
    assert [e.type for e in doc.events] == []
    doc = make_doc("عقد بوتين وشي اجتماعا في بكين.")
    assert [e.type for e in doc.events] == ["CONSULT"]


def test_a_denial_and_a_refusal_are_two_events() -> None:
    doc = make_doc("نفى رامسفيلد أن تكون الولايات المتحدة قصفت كابل ، كما رفض توجيه الاتهام الى اي جهة.")
    rejects = [e for e in doc.events if e.type == "REJECT" and not e.negated]
    assert sorted(e.mode or "-" for e in rejects) == ["-", "deny"]


def test_a_meeting_where_someone_speaks_is_no_consultation() -> None:
    assert make_doc("وقال بوتين في لقاء مع صحفيين إن روسيا قوية.").events == []


def test_prices_falling_are_no_concession() -> None:
    assert make_doc("تراجعت أسعار النفط في مصر.").events == []


def test_a_campaign_is_an_attack_only_when_military() -> None:
    assert [e.type for e in make_doc("شنت كوريا الجنوبية حملة دعائية لصالح مرشحها.").events] == []
    assert [e.type for e in make_doc("شنت إسرائيل حملة عسكرية على غزة.").events] == ["ASSAULT"]


def test_a_meeting_in_a_genitive_has_no_speaker_as_participant() -> None:
    doc = make_doc("وقال ماكرون خلال الحفل الختامي لاجتماع الجمعية إن الوضع صعب.")
    assert "CONSULT" not in [e.type for e in doc.events]


def test_qad_before_a_perfect_asserts() -> None:
    assert [e.type for e in make_doc("وقد هاجمت إسرائيل لبنان.").events] == ["ASSAULT"]


def test_region_of_a_country_is_not_an_actor() -> None:
    doc = make_doc("وقعت مصر اتفاقا مع متمردي شرق سوريا.")
    ev = find(doc, "AGREE")
    assert names(doc, ev.source) | names(doc, ev.target) == {"مصر"}


def test_unnamed_plural_subject_is_not_continued() -> None:
    doc = make_doc("اعتقلت الشرطة المصرية أحمد علي. وطالب المتظاهرون حكومة مرسي بالإفراج عنه.")
    ev = find(doc, "REQUEST")
    assert not ev.source and names(doc, ev.target) == {"محمد مرسي"}


@pytest.mark.parametrize(
    "text",
    ["انتقدت إيران بوتين وهددت بوقف التعاون.", "استقبلت إيران بوتين وهددت بوقف التعاون."],  # hosting swaps
)
def test_verb_conjoined_after_an_object_continues_the_subject(text: str) -> None:
    doc = make_doc(text)
    ev = find(doc, "THREATEN")
    assert names(doc, ev.source) == {"إيران"}


def test_complement_of_a_complement_and_a_conditional_object_are_not_coded() -> None:
    doc = make_doc("هددت إيران بمراجعة تعاونها مع فرنسا.")
    assert [e.type for e in doc.events] == ["THREATEN"]
    doc = make_doc("هددت إيران بوقف الحوار إن فرضت فرنسا العقوبات.")
    assert "SANCTION" not in {e.type for e in doc.events}


def test_noun_inside_a_prepositional_phrase_has_no_clause_subject() -> None:
    doc = make_doc("ترأس ماكرون الوفد المشارك في أعمال القمة.")
    assert "CONSULT" not in {e.type for e in doc.events}
    doc = make_doc("انتقد ماكرون روسيا بعد لقائه بوتين.")
    assert names(doc, find(doc, "CONSULT").source) == {"ماكرون"}


def test_agreement_noun_needs_its_participants() -> None:
    assert all(e.type != "AGREE" for e in make_doc("رحبت فرنسا بالاتفاق النووي.").events)
    # talks and approval likewise: a topic, unless two parties are named
    for text in ("انهارت المحادثات السداسية بسبب إيران.", "وأبدت إيران موافقة على التعليق."):
        assert not {e.type for e in make_doc(text).events} & {"CONSULT", "AGREE"}
    doc = make_doc("أجرت فرنسا محادثات مع إيران.")
    ev = find(doc, "CONSULT")
    assert names(doc, ev.source) | names(doc, ev.target) == {"فرنسا", "إيران"}
    doc = make_doc(
        "وقال إن القرار جاء نتيجة اتفاق عقد الأسبوع الماضي في بغداد بين الأمم المتحدة والاتحاد الأوروبي.",
        times=(("الأسبوع الماضي", "2006-W30"),),
    )
    ev = find(doc, "AGREE")
    assert names(doc, ev.source) | names(doc, ev.target) == {"الأمم المتحدة", "الاتحاد الأوروبي"}


@pytest.mark.parametrize(
    ("text", "quote", "etype", "source", "target"),
    [
        # byline names are no actors; a pronoun complementiser gives the speaker as subject
        (
            "القاهرة - أحمد علي : أعلنت الأمم المتحدة أنها سترسل قوات لدعم لبنان.",
            ("أنها سترسل قوات لدعم لبنان", "الأمم المتحدة"),
            "AID",
            {"الأمم المتحدة"},
            {"لبنان"},
        ),
        # a participle in a quote has the speaker as source
        (
            "وقال بوتين إن روسيا مستعدة للحوار، منتقدا الولايات المتحدة.",
            ("إن روسيا مستعدة للحوار، منتقدا الولايات المتحدة", "فلاديمير بوتين"),
            "ACCUSE",
            {"فلاديمير بوتين"},
            {"الولايات المتحدة"},
        ),
    ],
    ids=["byline-and-pronoun-subject", "participle-in-quote"],
)
def test_speaker_is_the_source(
    text: str, quote: tuple[str, str], etype: str, source: set[str], target: set[str]
) -> None:
    doc = make_doc(text, quotes=(quote,))
    ev = find(doc, etype)
    assert names(doc, ev.source) == source
    assert names(doc, ev.target) == target


def test_negated_events_are_not_scored() -> None:
    doc = make_doc("لم تهاجم إسرائيل لبنان.")
    assert doc.events and doc.events[0].negated
    assert not coded(doc)


def test_lam_genitive_agent_of_verbal_noun() -> None:
    doc = make_doc("وجاءت آخر زيارة لبوتين إلى الصين في 2023.")
    ev = find(doc, "CONSULT")
    assert names(doc, ev.source) | names(doc, ev.target) == {"فلاديمير بوتين", "الصين"}


def test_date_of_another_phrase_is_not_taken() -> None:
    doc = make_doc(
        "كما دعا بوتين كيم لزيارة روسيا مرة أخرى ، متابعا من آخر زيارة له في عام 2023.",
        times=(("عام 2023", "2023"),),
        date="2025-09-03",
    )
    assert find(doc, "REQUEST").date == "2025-09-03"


def test_relative_clause_object_is_antecedent() -> None:
    doc = make_doc("طالب أنصار حماس الذين اعتقلتهم إسرائيل بالإفراج.")
    ev = find(doc, "COERCE")
    assert (names(doc, ev.source), names(doc, ev.target)) == ({"إسرائيل"}, {"حماس"})


def test_plover_command_writes_jsonl(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from khabar.events.plover import plover_command

    src = tmp_path / "a.txt"
    src.write_text("فرضت الولايات المتحدة عقوبات على إيران.", encoding="utf-8")
    result = CliRunner().invoke(plover_command, [str(src), "--date", "2024-05-01"])
    assert result.exit_code == 0, result.output
    for line in result.output.splitlines():
        assert json.loads(line)["date"] == "2024-05-01"
    bad = CliRunner().invoke(plover_command, [str(src), "--date", "2024-13-01"])
    assert bad.exit_code != 0


_PASSAGE = "اتهمت إيران الولايات المتحدة والتقى بوتين كيم في بكين ."
_ACCUSE = GoldEvent("ACCUSE", ("إيران",), ("الولايات المتحدة",), "اتهمت")
_MEET = GoldEvent("CONSULT", ("بوتين",), ("كيم",), "والتقى")


@pytest.mark.parametrize(
    ("second", "matched", "overlapping"),
    [
        ((_ACCUSE, _MEET), 2, 2),
        # a symmetric type's participants are one set, whichever side they are named on
        ((_ACCUSE, GoldEvent("CONSULT", ("كيم",), ("بوتين",), "والتقى")), 2, 2),
        ((_ACCUSE, GoldEvent("CONSULT", ("الرئيس بوتين",), ("كيم",), "والتقى")), 2, 2),  # a longer name
        # the target left out: the lenient figure still counts it
        ((GoldEvent("ACCUSE", ("إيران",), (), "اتهمت"), _MEET), 1, 2),
        ((GoldEvent("REJECT", ("إيران",), ("الولايات المتحدة",), "اتهمت"), _MEET), 1, 1),
        ((_MEET,), 1, 1),
        ((), 0, 0),
    ],
)
def test_agreement_of_two_annotations(second: tuple[GoldEvent, ...], matched: int, overlapping: int) -> None:
    from khabar.events.evaluate import agreement

    first = [Passage(_PASSAGE, None, (_ACCUSE, _MEET))]
    scores = agreement(first, [Passage(_PASSAGE, None, second)])
    assert sum(scores.matched.values()) == matched and scores.overlapping == overlapping
    assert sum(scores.gold.values()) == 2 and sum(scores.predicted.values()) == len(second)


def test_agreement_command_and_mismatched_files(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from khabar.events.evaluate import eval_agreement_command

    def write(name: str, events: list[dict[str, object]], text: str = _PASSAGE) -> str:
        path = tmp_path / name
        path.write_text(json.dumps({"text": text, "date": None, "events": events}, ensure_ascii=False) + "\n")
        return str(path)

    accuse = {"type": "ACCUSE", "source": ["إيران"], "target": ["الولايات المتحدة"], "trigger": "اتهمت"}
    a = write("a.jsonl", [accuse])
    b = write(
        "b.jsonl", [accuse, {"type": "CONSULT", "source": ["بوتين"], "target": ["كيم"], "trigger": "والتقى"}]
    )
    result = CliRunner().invoke(eval_agreement_command, [a, b])
    assert result.exit_code == 0, result.output
    assert "== b.jsonl against a.jsonl" in result.output
    assert re.search(r"ALL +1 +2 +1 +0\.500 +1\.000 +0\.667", result.output), result.output
    other = write("c.jsonl", [], text="نص آخر .")
    result = CliRunner().invoke(eval_agreement_command, [a, other])
    assert result.exit_code != 0 and "passage 1: the texts differ" in result.output
    result = CliRunner().invoke(eval_agreement_command, [a, b, a])
    assert result.exit_code != 0 and "in pairs" in result.output


def test_packaged_second_annotations_pair_with_held_out_sets() -> None:
    from click.testing import CliRunner

    from khabar.events.evaluate import eval_agreement_command, second_annotations

    pairs = second_annotations()
    assert [first.name for first, _ in pairs] == [f"events_dev{n}.jsonl" for n in (8, 9, 10, 16, 17)] + [
        "events_up_heldout.jsonl"
    ]
    for first, second in pairs:
        a, b = load_gold(first), load_gold(second)
        assert [p.text for p in a] == [p.text for p in b], second.name
        assert sum(len(p.events) for p in b) > 0
        for p in b:
            for g in p.events:
                assert g.type in PLOVER_TYPES and g.trigger in p.text
                assert all(n in p.text for n in (*g.source, *g.target))
    result = CliRunner().invoke(eval_agreement_command, [])
    assert result.exit_code == 0, result.output
    assert result.output.count("== ") == 7 and "== combined (6 pairs)" in result.output


def _tiny_anercorp(tmp_path: Path) -> Path:
    path = tmp_path / "train.txt"
    sentences = [
        ["اتهمت B-LOC", "إيران I-LOC", "إسرائيل B-LOC", ". O"],
        ["وقال O", "الوزير O", ". O"],
        ["ندد O", "بوتين B-PERS", ". O"],
    ]
    path.write_text("\n\n".join("\n".join(s) for s in sentences) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("numbers", "text"),
    [([0], "اتهمت إيران إسرائيل ."), ([1, 2], "وقال الوزير . ندد بوتين ."), ([2], "ندد بوتين .")],
)
def test_gold_without_text_is_rebuilt_from_anercorp(tmp_path: Path, numbers: list[int], text: str) -> None:
    from khabar.ner import conll

    sentences = [tokens for tokens, _ in conll.read(_tiny_anercorp(tmp_path), tagged=False)]
    gold = tmp_path / "rest.jsonl"
    event = {"type": "ACCUSE", "source": ["بوتين"], "target": [], "trigger": "ندد"}
    gold.write_text("# a note\n" + json.dumps({"anercorp_sentences": numbers, "events": [event]}) + "\n")
    [passage] = load_gold(gold, sentences)
    assert passage.text == text and passage.events[0].source == ("بوتين",)
    with pytest.raises(ValueError, match="line 2 has no text"):
        load_gold(gold)


def test_eval_command_rebuilds_text_free_gold(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from khabar.events.evaluate import eval_events_command

    gold = tmp_path / "rest.jsonl"
    gold.write_text(json.dumps({"anercorp_sentences": [2], "events": []}) + "\n")
    result = CliRunner().invoke(eval_events_command, ["--gold", str(gold)])
    assert result.exit_code != 0 and "rest.jsonl: line 1 has no text" in result.output
    result = CliRunner().invoke(
        eval_events_command, ["--gold", str(gold), "--anercorp", str(_tiny_anercorp(tmp_path))]
    )
    if _full_pipeline():
        assert result.exit_code == 0 and re.search(r"ALL +0 ", result.output), result.output
    gold.write_text(json.dumps({"anercorp_sentences": [7], "events": []}) + "\n")  # no such sentence
    result = CliRunner().invoke(
        eval_events_command, ["--gold", str(gold), "--anercorp", str(_tiny_anercorp(tmp_path))]
    )
    assert (
        result.exit_code != 0
        and "rest.jsonl: line 1: sentence 7 is not in the ANERcorp file" in result.output
    )


def test_eval_command() -> None:
    from click.testing import CliRunner

    from khabar.events.evaluate import eval_events_command

    gold = ROOT / "bench" / "data" / "events_dev.jsonl"
    result = CliRunner().invoke(eval_events_command, ["--gold", str(gold)])
    if _full_pipeline():
        assert result.exit_code == 0 and "ALL" in result.output and "combined" not in result.output
    else:
        assert result.exit_code != 0 and "events" in result.output


@pytest.mark.skipif(not _full_pipeline(), reason="the default pipeline has no events stage yet")
def test_eval_command_scores_each_file_and_combined(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from khabar.events.evaluate import DEFAULT_GOLD, eval_events_command

    assert [p.name for p in DEFAULT_GOLD] == [
        f"events_dev{n}.jsonl"
        for n in ("", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17")
    ] + ["events_up_dev.jsonl", "events_up_heldout.jsonl"]
    assert all(p.exists() for p in DEFAULT_GOLD)
    line = {"text": "فرضت الولايات المتحدة عقوبات على إيران .", "date": None, "events": []}
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    one.write_text("# note\n" + json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    two.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    result = CliRunner().invoke(eval_events_command, ["--gold", str(one), "--gold", str(two)])
    assert result.exit_code == 0, result.output
    assert "== one.jsonl" in result.output and "== two.jsonl" in result.output
    assert "== combined (2 files)" in result.output
    assert result.output.count("ALL") == 3


def test_reference_types_are_scored_apart(tmp_path: Path) -> None:
    """A gold line's ``reference`` (its source's own coding, one type a sentence) is counted as found
    when the coder codes an event of that type there, whatever the actors; ``events`` score as before."""
    from khabar.events.evaluate import evaluate

    lines = [
        {
            "text": "فرضت الولايات المتحدة عقوبات على إيران .",
            "reference": [{"type": "SANCTION", "source_text": "الولايات المتحدة"}],
            "events": [],
        },
        {"text": "هطلت أمطار غزيرة على القاهرة .", "reference": [{"type": "PROTEST"}], "events": []},
    ]
    path = tmp_path / "ref.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    passages = load_gold(path)
    assert [p.reference for p in passages] == [("SANCTION",), ("PROTEST",)]
    scores = evaluate(passages, CONFIG)
    assert scores.reference == {"SANCTION": 1, "PROTEST": 1}
    assert scores.found == {"SANCTION": 1}
    assert sum(scores.predicted.values()) == 1 and not scores.gold  # the reference is no gold event
    table = (scores + scores).table()
    assert "SANCTION: 2 of 2 passages" in table and "PROTEST: 0 of 2 passages" in table


def test_a_stage_failing_on_a_gold_passage_stops_the_evaluation(monkeypatch: pytest.MonkeyPatch) -> None:
    from khabar.document import DocError
    from khabar.events import evaluate as ev

    def broken(text: str, **_: object) -> Document:
        doc = Document(text)
        doc.errors.append(DocError("coref", "FileNotFoundError: lexicon"))
        return doc

    monkeypatch.setattr("khabar.extract.extract_text", broken)
    passage = ev.Passage("نص", None, ())
    with pytest.raises(RuntimeError, match="coref stage failed"):
        ev.evaluate([passage], CONFIG)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("أدان ماكرون غزو بوتين.", {"فلاديمير بوتين"}, set()),
        ("أدان ماكرون غزو العراق.", set(), {"العراق"}),
        ("أدان ماكرون اغتيال أحمد علي.", set(), {"أحمد علي"}),
    ],
    ids=["agent-person", "patient-place", "patient-assassination"],
)
def test_lone_genitive_of_verbal_noun(text: str, source: set[str], target: set[str]) -> None:
    doc = make_doc(text)
    ev = find(doc, "ASSAULT")
    assert (names(doc, ev.source), names(doc, ev.target)) == (source, target)


# --- unvocalised passives, anaphora, light verbs, aid vs deployment, first names (issue 7)


@pytest.mark.parametrize(
    ("text", "etype", "trigger", "source", "target"),
    [
        ("وكان أحمد علي قد اعتقل في القاهرة أمس.", "COERCE", "اعتقل", set(), {"أحمد علي"}),
        ("وكان مرسي ، الرئيس المصري السابق ، اعتقل في القاهرة.", "COERCE", "اعتقل", set(), {"محمد مرسي"}),
        (
            "وكان الجيش الإسرائيلي قد اعتقل أحمد علي في غزة.",
            "COERCE",
            "اعتقل",
            {"الجيش الإسرائيلي"},
            {"أحمد علي"},
        ),
        ("تم اعتقال أحمد علي من قبل الشرطة المصرية.", "COERCE", "اعتقال", {"الشرطة المصرية"}, {"أحمد علي"}),
        ("اعتُقل أحمد علي في القاهرة.", "COERCE", "اعتُقل", set(), {"أحمد علي"}),
        (
            "وأفاد بيان لمكتب نتنياهو أن الأخير انتقد أردوغان.",
            "ACCUSE",
            "انتقد",
            {"بنيامين نتنياهو"},
            {"أردوغان"},
        ),
        # (the meeting told before: its parties are criticised, not كيم as الأخير)
        (
            "التقى بوتين كيم. وانتقد ترامب الاجتماع الأخير.",
            "ACCUSE",
            "انتقد",
            {"دونالد ترامب"},
            {"فلاديمير بوتين", "كيم جونغ أون"},
        ),
        ("انتقد ماكرون إسرائيل واتهمها بتدمير لبنان.", "ACCUSE", "انتقد", {"ماكرون"}, {"إسرائيل"}),
        (
            "ناشد ماكرون الدول الغربية وخاصة الولايات المتحدة بدعم لبنان.",
            "REQUEST",
            "ناشد",
            {"ماكرون"},
            {"الولايات المتحدة"},
        ),
        ("دعا ماكرون إسرائيل إلى رفع الحصار على غزة.", "SANCTION", "حصار", {"إسرائيل"}, {"غزة"}),
        ("وشن ماكرون هجوما عنيفا على الأمم المتحدة.", "ACCUSE", "شن", {"ماكرون"}, {"الأمم المتحدة"}),
        ("وشن الجيش الإسرائيلي هجوما على غزة.", "ASSAULT", "شن", {"الجيش الإسرائيلي"}, {"غزة"}),
        ("وجه ماكرون اتهامات إلى إيران.", "ACCUSE", "وجه", {"ماكرون"}, {"إيران"}),
        ("فرضت الولايات المتحدة عقوبات على إيران.", "SANCTION", "فرضت", {"الولايات المتحدة"}, {"إيران"}),
        ("أرسلت تركيا قواتها إلى سوريا.", "MOBILIZE", "أرسلت", {"تركيا"}, {"سوريا"}),
        ("أرسلت كوريا الشمالية جنودا إلى روسيا.", "AID", "أرسلت", {"كوريا الشمالية"}, {"روسيا"}),
        ("أرسلت إيران قواتها إلى سوريا لمساعدة حزب الله.", "AID", "أرسلت", {"إيران"}, {"حزب الله"}),
        (
            "وشن المندوب الإسرائيلي دان غيلرمان هجوما على الأمم المتحدة.",
            "ACCUSE",
            "شن",
            {"غيلرمان"},
            {"الأمم المتحدة"},
        ),
        ("دان ماكرون إسرائيل.", "ACCUSE", "دان", {"ماكرون"}, {"إسرائيل"}),
        ("رفض وزير خارجية روسيا سيرغي لافروف الاقتراح.", "REJECT", "رفض", {"سيرغي لافروف"}, set()),
        ("أعلن البنك الدولي منح مصر قرضا بقيمة مليار دولار.", "AID", "منح", {"البنك الدولي"}, {"مصر"}),
        (
            "أعلن الجيش الإسرائيلي اعتقال أحمد علي في نابلس.",
            "COERCE",
            "اعتقال",
            {"الجيش الإسرائيلي"},
            {"أحمد علي"},
        ),
        ("أعلنت حماس مسؤوليتها عن قنص جندي في خزاعة.", "ASSAULT", "قنص", {"حماس"}, {"خزاعة"}),
        (
            "قامت الشرطة المصرية باعتقال أحمد علي في القاهرة.",
            "COERCE",
            "اعتقال",
            {"الشرطة المصرية"},
            {"أحمد علي"},
        ),
        ("وكانت إسرائيل قد قامت بقصف غزة.", "ASSAULT", "قصف", {"إسرائيل"}, {"غزة"}),
        ("واتهم ماكرون حماس المسؤولة عن اعتداءات غزة.", "ASSAULT", "اعتداءات", {"حماس"}, {"غزة"}),
        (
            "وكان الجيش الإسرائيلي قد واصل تسيير دوريات في غزة.",
            "MOBILIZE",
            "تسيير",
            {"الجيش الإسرائيلي"},
            {"غزة"},
        ),
        ("من جهة أخرى تبنت حماس هجوما على غزة.", "ASSAULT", "تبنت", {"حماس"}, {"غزة"}),
        ("وتحدث عن الحرب التي شنتها إسرائيل على مدى شهر.", "ASSAULT", "حرب", {"إسرائيل"}, set()),
        (
            "لم تلتزم إسرائيل بالقرار خاصة فيما يتعلق بالحصار الذي تفرضه على لبنان.",
            "SANCTION",
            "حصار",
            {"إسرائيل"},
            {"لبنان"},
        ),
        (
            "وانتقد الحرب التي قادتها إسرائيل في لبنان.",
            "ASSAULT",
            "حرب",
            {"إسرائيل"},
            {"لبنان"},
        ),
        (
            "ويعد هذا أهم من الاتفاق الذي وقعته الحكومة المصرية مع أبرز حركات التمرد.",
            "AGREE",
            "اتفاق",
            {"الحكومة المصرية"},
            set(),
        ),
        (
            "اعتقلت الشرطة المصرية رئيس الحزب د. أحمد علي أمس.",
            "COERCE",
            "اعتقلت",
            {"الشرطة المصرية"},
            {"أحمد علي"},
        ),
        (
            "وقعت اشتباكات عنيفة بين الجيش الإسرائيلي وحزب الله.",
            "ASSAULT",
            "اشتباكات",
            {"الجيش الإسرائيلي"},
            {"حزب الله"},
        ),
        (
            "ورغم المعارك بين حماس ( الحركة الإسلامية ) والجيش الإسرائيلي.",
            "ASSAULT",
            "معارك",
            {"حماس"},
            {"الجيش الإسرائيلي"},
        ),
        (
            "وجرت محادثات بين بوتين ( الرئيس الروسي ) وأردوغان.",
            "CONSULT",
            "محادثات",
            {"فلاديمير بوتين"},
            {"أردوغان"},
        ),
        (
            "واعتبر أن إسرائيل تستخدم في الهجوم الذي بدأته على حزب الله حقها في الدفاع.",
            "ASSAULT",
            "هجوم",
            {"إسرائيل"},
            {"حزب الله"},
        ),
        ("مددت المحكمة العسكرية اعتقال أحمد علي.", "COERCE", "مددت", set(), {"أحمد علي"}),
        ("منعت الشرطة المصرية أحمد علي من السفر.", "COERCE", "منعت", {"الشرطة المصرية"}, {"أحمد علي"}),
        ("سلمت إسرائيل الأراضي للسلطة.", "RETREAT", "سلمت", {"إسرائيل"}, set()),
        ("سلمت الشرطة المصرية أحمد علي إلى العراق.", "COOPERATE", "سلمت", {"الشرطة المصرية"}, {"العراق"}),
        ("قدمت لبنان شكوى ضد إسرائيل.", "ACCUSE", "شكوى", {"لبنان"}, {"إسرائيل"}),
        ("ثمن ماكرون دور مصر.", "SUPPORT", "ثمن", {"ماكرون"}, {"مصر"}),
        ("حض ماكرون إيران على وقف التخصيب.", "REQUEST", "حض", {"ماكرون"}, {"إيران"}),
        (
            "وجه بوتين الرئيس الروسي ، وشي رئيس مجلس الأمن ، رسالة إلى أردوغان.",
            "CONSULT",
            "وجه",
            {"فلاديمير بوتين", "شي جين بينغ"},
            {"أردوغان"},
        ),
        (
            "اقتحم الجيش الإسرائيلي غزة ومخيمي خزاعة وبغداد.",
            "ASSAULT",
            "اقتحم",
            {"الجيش الإسرائيلي"},
            {"غزة", "خزاعة", "بغداد"},
        ),
        ("انتقد بوتين الغرب . ثم زار الصين.", "CONSULT", "زار", {"فلاديمير بوتين"}, {"الصين"}),
        ("هاجم بوتين بشدة في خطابه أمس.", "ACCUSE", "هاجم", {"فلاديمير بوتين"}, set()),
        ("منح البنك الدولي مصر قرضين.", "AID", "منح", {"البنك الدولي"}, {"مصر"}),
        ("وقعت روسيا ومصر اتفاقيتين للتعاون.", "AGREE", "وقعت", {"روسيا", "مصر"}, set()),
        ("أعلنت الصين عن اتفاق مع شركة روسيا للنفط.", "AGREE", "اتفاق", {"الصين"}, {"روسيا"}),
        (
            "أرغمت تركيا طائرة تابعة لشركة حزب الله على الهبوط في سوريا.",
            "COERCE",
            "أرغمت",
            {"تركيا"},
            {"حزب الله"},
        ),
        ("أمهل مجلس الأمن إيران حتى نهاية الشهر.", "THREATEN", "أمهل", {"مجلس الأمن"}, {"إيران"}),
        ("أسر حزب الله جنديين من الجيش الإسرائيلي.", "ASSAULT", "أسر", {"حزب الله"}, {"الجيش الإسرائيلي"}),
        (
            "أصدرت الشرطة المصرية حكما بالسجن على أحمد علي.",
            "SANCTION",
            "حكما",
            {"الشرطة المصرية"},
            {"أحمد علي"},
        ),
        (
            "قضت الحكومة المصرية بسجن أحمد علي خمس سنوات.",
            "SANCTION",
            "قضت",
            {"الحكومة المصرية"},
            {"أحمد علي"},
        ),
        ("ارتكب الجيش الإسرائيلي مجزرة في غزة.", "ASSAULT", "مجزرة", {"الجيش الإسرائيلي"}, {"غزة"}),
        ("توغل الجيش الإسرائيلي في غزة.", "ASSAULT", "توغل", {"الجيش الإسرائيلي"}, {"غزة"}),
        ("دفع الجيش الإسرائيلي بتعزيزات إلى غزة.", "MOBILIZE", "دفع", {"الجيش الإسرائيلي"}, {"غزة"}),
        ("قدمت مصر هبة إلى العراق.", "AID", "قدمت", {"مصر"}, {"العراق"}),
        ("أبدت الصين معارضتها لعقد محادثات خماسية.", "REJECT", "أبدت", {"الصين"}, set()),
        ("أبدت الصين معارضتها لعقد محادثات بشأن طموحات إيران.", "REJECT", "أبدت", {"الصين"}, set()),
        (
            "وكان نتنياهو قد أعلن أنه رفض طلب ماكرون رفع الحصار.",
            "REJECT",
            "رفض",
            {"بنيامين نتنياهو"},
            {"ماكرون"},
        ),
        (
            "من جهتها أعلنت حماس الحركة الفلسطينية المعروفة ، مسؤوليتها عن قنص جندي.",
            "ASSAULT",
            "قنص",
            {"حماس"},
            set(),
        ),
        ("أبدت سوريا استعدادها لحوار مع الولايات المتحدة.", "AGREE", "أبدت", {"سوريا"}, {"الولايات المتحدة"}),
        ("باعت روسيا أسلحة لإيران.", "COOPERATE", "باعت", {"روسيا"}, {"إيران"}),
        ("وكانت سوريا اشترت من روسيا مئة دبابة.", "COOPERATE", "اشترت", {"سوريا"}, {"روسيا"}),
        ("أرسلت إسرائيل تعزيزات إلى غزة.", "MOBILIZE", "أرسلت", {"إسرائيل"}, {"غزة"}),
        (
            "أطلقت حماس قذيفة على بلدة خزاعة جنوب قطاع غزة.",
            "ASSAULT",
            "أطلقت",
            {"حماس"},
            {"خزاعة"},
        ),
        (
            'اتهمت صحيفة " بابل " الإدارة الأميركية بعرقلة الحوار.',
            "ACCUSE",
            "اتهمت",
            {"بابل"},
            {"الإدارة الأميركية"},
        ),
        (
            "نفت حركتا « حماس » و « الجهاد الإسلامي » التوصل الى اتفاق.",
            "REJECT",
            "نفت",
            {"حماس", "الجهاد الإسلامي"},
            set(),
        ),
        (
            "عقد رامسفيلد مؤتمرا صحافيا نفى فيه أن تكون الولايات المتحدة قصفت كابل ،"
            " كما رفض توجيه الاتهام الى اي جهة.",
            "REJECT",
            "رفض",
            {"رامسفيلد"},
            set(),
        ),
        (
            "اغتال مسلحون معاون سجن أحداث الموصل المقدم عبد الله الهلالي أمس.",
            "ASSAULT",
            "اغتال",
            set(),
            {"عبد الله الهلالي"},
        ),
        (
            "طلب ماكرون من الاتحاد الأوروبي تفويض بلينكن بالتفاوض.",
            "REQUEST",
            "طلب",
            {"ماكرون"},
            {"الاتحاد الأوروبي"},
        ),
        (
            "وفي كركوك ، على بعد 255 كلم شمال شرق بغداد ، قتل 22 شخصا في انفجار سيارة مفخخة.",
            "ASSAULT",
            "قتل",
            set(),
            {"كركوك"},
        ),
        ("أصدرت روسيا بيانا دعت فيه إلى وقف فوري لإطلاق النار.", "REQUEST", "دعت", {"روسيا"}, set()),
        (
            "وألقى بوتين كلمة انتقد فيها الولايات المتحدة.",
            "ACCUSE",
            "انتقد",
            {"فلاديمير بوتين"},
            {"الولايات المتحدة"},
        ),
        (
            "وصلت قوة من الجيش الإسرائيلي تضم نحو 50 عنصرا بحرا إلى ميناء غزة.",
            "MOBILIZE",
            "وصلت",
            {"الجيش الإسرائيلي"},
            {"غزة"},
        ),
        (
            "وصل اللواء العاشر في الجيش الإسرائيلي أمس إلى غزة.",
            "MOBILIZE",
            "وصل",
            {"الجيش الإسرائيلي"},
            {"غزة"},
        ),
        (
            "يأتي ذلك في الوقت الذي وصلت فيه قوة من الجيش الإسرائيلي إلى غزة.",
            "MOBILIZE",
            "وصلت",
            {"الجيش الإسرائيلي"},
            {"غزة"},
        ),
        ("وصل بوتين إلى بكين أمس.", "CONSULT", "وصل", {"فلاديمير بوتين"}, {"بكين"}),
        ("أطلقت إسرائيل صاروخا على منزل أحمد علي في غزة.", "ASSAULT", "أطلقت", {"إسرائيل"}, {"أحمد علي"}),
        ("أطلقت إسرائيل صاروخا على منزل في غزة.", "ASSAULT", "أطلقت", {"إسرائيل"}, {"غزة"}),
        ("أشاد ماكرون بالجهود التي تبذلها مصر لوقف الحرب.", "SUPPORT", "أشاد", {"ماكرون"}, {"مصر"}),
        ("أشاد بوتين بالدور الذي تقوم به دولة الصين.", "SUPPORT", "أشاد", {"فلاديمير بوتين"}, {"الصين"}),
        (
            "وأعرب الرئيس الروسي فلاديمير بوتين عن تقديره للجهد القومي والمخلص الذي تبذله مصر.",
            "SUPPORT",
            "أعرب",
            {"فلاديمير بوتين"},
            {"مصر"},
        ),
        ("انتقد ماكرون السياسة التي تتبعها إسرائيل في غزة.", "ACCUSE", "انتقد", {"ماكرون"}, {"إسرائيل"}),
        (
            "حث ماكرون في تصريحات لصحيفة بابل الحكومة المصرية على الحوار.",
            "REQUEST",
            "حث",
            {"ماكرون"},
            {"الحكومة المصرية"},
        ),
        ("ويواجه ماكرون انتقادات في وسائل الإعلام.", "ACCUSE", "يواجه", set(), {"ماكرون"}),
        ("تعرض ماكرون لانتقادات حادة.", "ACCUSE", "تعرض", set(), {"ماكرون"}),
        ("وتعهد بوش بالانتقام.", "THREATEN", "تعهد", {"جورج بوش"}, set()),
        # (made to Iran, whom he accused just before)
        ("اتهم بوش إيران بدعم عمل إرهابي وتعهد بالانتقام.", "THREATEN", "تعهد", {"جورج بوش"}, {"إيران"}),
        ("وقالت مصادر أمنية إن عبوتين ناسفتين انفجرتا في بغداد.", "ASSAULT", "انفجرتا", set(), {"بغداد"}),
        ("وقالت الشرطة إن سيارة مفخخة انفجرت في غزة.", "ASSAULT", "انفجرت", set(), {"غزة"}),
        ("واستعادة الجندي جلعاد شاليط الذي أسر في يونيو.", "ASSAULT", "أسر", set(), {"جلعاد شاليط"}),
        (
            "أدان ماكرون اعتقال الشرطة المصرية لأحمد علي.",
            "COERCE",
            "اعتقال",
            {"الشرطة المصرية"},
            {"أحمد علي"},
        ),
        ("وقال إن من الأسباب الفورية للأزمة خطف أحمد علي.", "ASSAULT", "خطف", set(), {"أحمد علي"}),
        ("انتشر الجيش الإسرائيلي في غزة.", "MOBILIZE", "انتشر", {"الجيش الإسرائيلي"}, {"غزة"}),
        ("في المنطقة التي ينتشر فيها الجيش الإسرائيلي.", "MOBILIZE", "ينتشر", {"الجيش الإسرائيلي"}, set()),
        ("وصل الجيش الإسرائيلي إلى غزة.", "MOBILIZE", "وصل", {"الجيش الإسرائيلي"}, {"غزة"}),
        ("اتجهت سفن حربية إلى لبنان.", "MOBILIZE", "اتجهت", set(), {"لبنان"}),
        ("وهتف المتظاهرون ضد أردوغان.", "PROTEST", "هتف", set(), {"أردوغان"}),
        ("واتفق ماكرون وبوتين خلال محادثة هاتفية.", "CONSULT", "محادثة", {"ماكرون"}, {"فلاديمير بوتين"}),
        (
            "ورفض ماكرون الإجراءات التي اتخذتها الحكومة المصرية.",
            "REJECT",
            "رفض",
            {"ماكرون"},
            {"الحكومة المصرية"},
        ),
        (
            "تريد فرنسا تعديل المشروع. وهي تعارض مطالب الولايات المتحدة.",
            "REJECT",
            "تعارض",
            {"فرنسا"},
            {"الولايات المتحدة"},
        ),
        ("وقال إن مطالب الولايات المتحدة مرفوضة.", "REQUEST", "مطالب", {"الولايات المتحدة"}, set()),
        ("وأبلغه احتجاج لبنان على الاعتداء.", "ACCUSE", "احتجاج", {"لبنان"}, set()),
        ("فقامت روسيا بتحريك قواتها نحو الحدود.", "MOBILIZE", "تحريك", {"روسيا"}, set()),
        ("أعلنت تركيا الحرب على روسيا.", "ASSAULT", "أعلنت", {"تركيا"}, {"روسيا"}),
        ("وعبر ماكرون عن إدانته لقيام إسرائيل باستهداف غزة.", "ACCUSE", "عبر", {"ماكرون"}, {"إسرائيل"}),
        ("تلقى بوتين اتصالا هاتفيا من ماكرون.", "CONSULT", "تلقى", {"ماكرون"}, {"فلاديمير بوتين"}),
        (
            "استأنفت إيران المحادثات مع الاتحاد الأوروبي.",
            "CONSULT",
            "استأنفت",
            {"إيران"},
            {"الاتحاد الأوروبي"},
        ),
        ("اشتبك الجيش الإسرائيلي مع حزب الله.", "ASSAULT", "اشتبك", {"الجيش الإسرائيلي"}, {"حزب الله"}),
        # (a demolition is repression, not an attack: every demolition of the dev suites is coded COERCE)
        ("هدم الجيش الإسرائيلي منازل في غزة.", "COERCE", "هدم", {"الجيش الإسرائيلي"}, set()),
        ("أسقط حزب الله طائرة مسيرة.", "ASSAULT", "أسقط", {"حزب الله"}, set()),
        (
            "وأعطت الولايات المتحدة إسرائيل فرصة لمتابعة عدوانها على لبنان.",
            "ASSAULT",
            "عدوان",
            {"إسرائيل"},
            {"لبنان"},
        ),
        ("وشهدت مناطق أخرى من بغداد تفجيرات وعبوات ناسفة.", "ASSAULT", "تفجيرات", set(), {"بغداد"}),
        (
            'وفي تصريح نشرته صحيفة " بابل " العراقية اتهم ماكرون حزب الله وإيران بالتدخل.',
            "ACCUSE",
            "اتهم",
            {"ماكرون"},
            {"حزب الله", "إيران"},
        ),
        (
            "وقال مسؤول في الأمم المتحدة إن القنابل التي أسقطتها إسرائيل في لبنان خطرة.",
            "ASSAULT",
            "أسقطت",
            {"إسرائيل"},
            {"لبنان"},
        ),
        ("فتحت الشرطة المصرية النار على المتظاهرين.", "ASSAULT", "فتحت", {"الشرطة المصرية"}, set()),
    ],
    ids=[
        "bare-passive-qad",
        "bare-passive-apposition",
        "active-with-object",
        "tamma-passive",
        "vocalised-passive",
        "al-akhir-anaphor",
        "al-akhir-adjective",
        "object-pronoun",
        "especially",
        "asked-to-lift",
        "shanna-verbal",
        "shanna-military",
        "wajjaha-ittihamat",
        "farada-uqubat",
        "own-forces-mobilize",
        "troops-to-another-aid",
        "troops-to-help-aid",
        "dan-first-name",
        "dan-verb",
        "title-genitive-holder",
        "announced-grant",
        "announced-arrest",
        "claimed-responsibility",
        "carried-out-svo-vso",
        "carried-out-svo-qad",
        "responsible-for",
        "went-on-patrolling",
        "claimed-attack-after-set-phrase",
        "waged-war-no-victim",
        "blockade-in-a-relative-clause-with-no-subject",
        "war-waged-in-a-place",
        "agreement-with-a-party-left-unnamed",
        "arrested-a-doctor-abbreviated",
        "clashes-between",
        "battles-between-past-an-aside",
        "talks-between-past-an-aside",
        "attack-in-a-relative-clause-with-no-subject",
        "extended-detention",
        "ban",
        "handed-back-land",
        "handed-over",
        "complaint-against",
        "valued",
        "urged",
        "letter-from-coordinated-appositions",
        "places-listed",
        "place-visited-visitor-unsaid",
        "person-attacks-no-one-named",
        "dual-object-loans",
        "dual-object-agreements",
        "company-companion",
        "owner-of-the-object",
        "ultimatum",
        "capture-of-soldiers",
        "prison-sentence-noun",
        "prison-sentence-qada",
        "committed-massacre",
        "incursion-verb",
        "pushed-reinforcements",
        "grant",
        "voiced-opposition",
        "topic-after-bishaan",
        "pronoun-complementiser-subject",
        "claimed-after-apposition",
        "voiced-readiness-to-talk",
        "sold-to",
        "bought-from",
        "reinforcements",
        "place-located-by-direction",
        "quoted-name-subject",
        "quoted-names-coordinated",
        "refusal-after-denial-clause",
        "place-in-the-victims-post",
        "asked-of-after-min",
        "place-located-by-distance",
        "statement-issuer-subject",
        "statement-issuer-object-after",
        "forces-arrive-at-a-destination",
        "unit-in-an-army-arrives",
        "forces-arrive-in-a-relative-clause",
        "a-person-arriving-visits",
        "fired-at-a-persons-house",
        "fired-at-an-unnamed-house",
        "praised-the-efforts-someone-makes",
        "praised-the-role-of-a-state",
        "expressed-appreciation-of-efforts-someone-makes",
        "criticised-the-policy-someone-follows",
        "urged-in-remarks-to-a-paper",
        "faces-criticism",
        "exposed-to-criticism",
        "pledged-revenge",
        "pledged-after-an-indefinite-noun",
        "bombs-that-exploded",
        "car-bomb-that-exploded",
        "object-head-is-the-relatives-antecedent",
        "arrest-by-genitive-of-lam-patient",
        "verbal-noun-after-a-prepositional-phrase",
        "forces-deploy",
        "forces-deploy-in-a-relative-clause",
        "army-arrives",
        "warships-head-to",
        "chanting",
        "phone-conversation",
        "rejected-the-measures-someone-took",
        "subject-pronoun-before-the-verb",
        "demands-of-someone",
        "a-governments-protest-is-verbal",
        "moving-troops",
        "declared-war-on",
        "expressed-condemnation",
        "received-a-phone-call",
        "resumed-talks",
        "clashed-with",
        "demolished-houses",
        "shot-down-a-plane",
        "an-attack-nouns-suffix-is-its-agent",
        "a-place-witnessed-attacks",
        "verb-after-a-papers-nationality",
        "bombs-dropped-in-a-relative-clause",
        "opened-fire",
    ],
)
def test_issue7_constructions(
    text: str, etype: str, trigger: str, source: set[str], target: set[str]
) -> None:
    doc = make_doc(text)
    hits = [ev for ev in doc.events if ev.type == etype and ev.trigger.text == trigger]
    assert hits, [(e.type, e.trigger.text, names(doc, e.source), names(doc, e.target)) for e in doc.events]
    ev = hits[0]
    assert (names(doc, ev.source), names(doc, ev.target)) == (source, target)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("وقالت الشرطة إن سيارة مفخخة متوقفة قرب مسجد في بغداد انفجرت صباح أمس.", {"بغداد"}),
        ("وقالت الشرطة إن «سيارة مفخخة مركونة (قرب السوق) في غزة انفجرت».", {"غزة"}),
        # another act between: the car is that act's subject, the verb names no explosive
        ("وقالت الشرطة إن سيارة مفخخة استهدفت موكبا ثم انفجرت.", None),
    ],
    ids=["described-at-length", "described-with-a-bracket", "another-act-between"],
)
def test_explosive_opening_the_clause_its_verb_closes(text: str, target: set[str] | None) -> None:
    doc = make_doc(text)
    hits = [ev for ev in doc.events if ev.trigger.text == "انفجرت"]
    if target is None:
        assert not hits
    else:
        assert [(ev.type, names(doc, ev.target)) for ev in hits] == [("ASSAULT", target)]


def test_first_name_is_no_trigger_and_pronoun_object_beats_later_name() -> None:
    doc = make_doc("وشن المندوب الإسرائيلي دان غيلرمان هجوما على الأمم المتحدة.")
    assert all(ev.trigger.text != "دان" for ev in doc.events)
    doc = make_doc("انتقد ماكرون إسرائيل واتهمها بتدمير لبنان.")
    assert all("لبنان" not in names(doc, ev.target) for ev in doc.events)


def test_a_quote_with_no_speaker_named_keeps_the_subject_of_a_conjoined_verb() -> None:
    # أكد بيان أن ...: the statement is no actor, so no speaker takes the verbs over
    text = "وأكد بيان أن الجيش الإسرائيلي قتل اثنين واعتقل 16 شخصا."
    doc = make_doc(text)
    start = text.index("الجيش")
    doc.quotes.append(Quote("Q1", text[start:-1], start, len(text) - 1, False, None))
    doc = CODER(doc)
    assert names(doc, find(doc, "COERCE").source) == {"الجيش الإسرائيلي"}


def test_a_request_from_someone_is_theirs_not_addressed_to_them() -> None:
    # طلب من X: a verb asks X; a noun is X's request (بناء على طلب من X)
    doc = make_doc("وبناء على طلب من الحكومة المصرية قدمت فرنسا مساعدات.")
    assert all("الحكومة المصرية" not in names(doc, ev.target) for ev in doc.events)
    doc = make_doc("وجه ماكرون نداء إلى الدول الأوروبية لتوفير المزيد من القوات المسلحة في لبنان.")
    assert all(names(doc, ev.target) != {"لبنان"} for ev in doc.events if ev.type == "REQUEST")


def test_no_subject_before_a_verb_that_opens_a_clause_with_wa() -> None:
    doc = make_doc("غزة وقتل مسلحون شرطيا في المدينة.")  # a headline, then the news
    assert all("غزة" not in names(doc, ev.source) for ev in doc.events)
    doc = make_doc("وكانت إسرائيل قصفت غزة.")  # SVO still stands
    assert names(doc, find(doc, "ASSAULT").source) == {"إسرائيل"}


def test_a_meeting_named_after_its_town_names_where_not_who() -> None:

    assert [e.type for e in extract_text("وعقدت قمة بيروت أمس بمشاركة الزعماء العرب .").events] == []
    doc = extract_text("زار بوتين بيروت أمس .")  # a visit to a town is still coded
    assert [e.type for e in doc.events] == ["CONSULT"]


def test_families_are_no_capture() -> None:
    # أسر is also "families": only a soldier object (after it, or as its antecedent) makes it a capture
    assert [e.type for e in make_doc("وقالت أسر الضحايا إن الحكومة المصرية مسؤولة.").events] == []


def test_an_adverb_spelt_like_a_trigger_is_none() -> None:
    # هنا "here" is هنأ "congratulated" written without its hamza
    assert [e.type for e in make_doc("ومن هنا قال ماكرون إن إسرائيل أخطأت.").events] == []
    assert [e.type for e in make_doc("هنأ بوتين كيم بالفوز.").events] == ["SUPPORT"]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a response its speaker's side will make in kind or firmly is a threat, on no one named
        ("وقال الوزير إن روسيا سترد بقوة .", [("THREATEN", {"روسيا"}, set())]),
        ("وقالت روسيا إنها سترد بالمثل .", [("THREATEN", {"روسيا"}, set())]),
        # on whoever is named after its على, quotes passed over
        (
            "وقال الوزير إن إيران «سترد بحزم» على أي اعتداء تشنه إسرائيل .",
            [("THREATEN", {"إيران"}, {"إسرائيل"})],
        ),
        # the right to respond kept, on whoever its على names
        (
            "وقال الوزير إن روسيا تحتفظ بحق الرد على أي هجوم تشنه أوكرانيا .",
            [("THREATEN", {"روسيا"}, {"أوكرانيا"})],
        ),
        # a mere answer is none
        ("وقال الوزير إن إيران سترد على أسئلة الصحفيين .", []),
    ],
)
def test_a_firm_response_to_come_is_a_threat(text: str, coded: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # an inquiry asked for into a deed is aimed at the deed's agent, its genitive
        ("وطالبت منظمة العفو الدولية بفتح تحقيق في غارات الجيش السوداني على الأسواق .", {"الجيش السوداني"}),
        ("ودعت منظمة العفو الدولية إلى التحقيق في هجمات حركة حماس .", {"حركة حماس"}),
        # or into a wrongdoing or an actor's part in one, its members standing for it, or quoted
        ("وطالبت منظمة العفو الدولية بفتح تحقيق في تورط عناصر حركة حماس في الهجوم .", {"حركة حماس"}),
        ("ودعت منظمة العفو الدولية إلى فتح تحقيق في انتهاكات الجيش السوداني .", {"الجيش السوداني"}),
        ('وطالبت الحكومة المصرية بفتح تحقيق دولي في "جرائم الجيش الإسرائيلي" .', {"الجيش الإسرائيلي"}),
    ],
)
def test_an_inquiry_into_a_deed_is_aimed_at_its_agent(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "ACCUSE")[1] == target


@pytest.mark.parametrize(
    "text",
    [
        # the forces a withdrawal names are the withdrawer's own, no party it acts on
        "وأعلن الرئيس الأميركي دونالد ترامب سحب القوات الأميركية من المنطقة الحدودية .",
        "وأعلن محمد مرسي سحب ألف جندي من قوات الحرس الجمهوري .",
    ],
)
def test_the_forces_withdrawn_are_no_target(text: str) -> None:
    assert roles(extract_text(text), "RETREAT")[1] == set()


def test_an_interview_with_the_media_is_no_consultation() -> None:

    doc = extract_text("وقال الرئيس في لقاء مع موفد الجزيرة نت إن قوات المحاكم سترد بقوة .")
    assert [e.type for e in doc.events if e.type == "CONSULT"] == []
    doc = extract_text("التقى بوتين كيم في بكين .")  # a meeting of leaders still is one
    assert [e.type for e in doc.events] == ["CONSULT"]


def test_a_noun_subject_before_an_imperfect_verb_names_no_one() -> None:
    # الوضع ينذر: the situation portends; neither the speaker nor the last actor does
    doc = make_doc(
        "وقال ماكرون إن إسرائيل مسؤولة وإن الوضع يهدد بكارثة.",
        quotes=(("إسرائيل مسؤولة وإن الوضع يهدد بكارثة", "ماكرون"),),
    )
    assert [e.type for e in doc.events if e.type == "THREATEN"] == []
    doc = make_doc("وقال ماكرون إن إسرائيل تهدد لبنان.")  # a named subject still acts
    assert names(doc, find(doc, "THREATEN").source) == {"إسرائيل"}


def test_news_media_relaying_words_are_not_their_source() -> None:

    # a quote naming many: its subjectless verb would go to the speaker, but a reporter does not ask
    doc = extract_text(
        "وقالت مراسلة الجزيرة إن مصر والأردن وسوريا ولبنان تتشاور ، يطلب منها إرسال مساعدات إلى غزة ."
    )
    media = {e.id for e in doc.entities if e.name == "الجزيرة"}
    assert media and all(not media & set(ev.source) for ev in doc.events)


@pytest.mark.parametrize(
    "text",
    [
        "وقالت سوريا إن الهجوم الذي شهدته لن يمر دون رد.",  # its subject underwent the attack
        "وأدانت مصر الهجمات المسلحة التي قتل فيها جنود في بغداد.",  # where they were killed, not by whom
    ],
)
def test_an_unsaid_relative_subject_is_no_victim(text: str) -> None:
    doc = make_doc(text)
    assert not [ev for ev in doc.events if ev.type == "ASSAULT" and ev.source]


def test_a_title_after_with_names_a_party_not_left_unnamed() -> None:
    # محادثاته مع الوزير العراقي: the minister has a name the entity layer missed; no one-sided talks
    doc = make_doc("وقدم بوتين إلى مجلس الأمن نتائج محادثاته مع الوزير العراقي.")
    assert [(names(doc, e.source), names(doc, e.target)) for e in doc.events if e.type == "CONSULT"] == []


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("وتعد مصر الشريك الأول للصين.", []),  # يعد "is considered", no promise
        ("ووعد بوتين مصر بزيادة الدعم.", ["CONCEDE"]),  # a promise, like a pledge (تعهد), concedes
        ("ووعد أردوغان بمراجعة القرار.", ["CONCEDE"]),  # made to no one named
        ("وأحيت حماس ذكرى وعد بلفور.", []),  # the Balfour Declaration, a noun
    ],
)
def test_is_considered_is_no_promise(text: str, types: list[str]) -> None:
    assert [e.type for e in make_doc(text).events] == types


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("وصل الرئيس الروسي فلاديمير بوتين إلى دمشق في زيارة رسمية لسوريا .", {"سوريا"}),
        ("وصل الرئيس الروسي فلاديمير بوتين إلى دمشق أمس .", {"دمشق"}),  # the country is not named
    ],
)
def test_a_visited_town_stands_for_its_country_where_it_is_named(text: str, host: set[str]) -> None:

    doc = extract_text(text)
    visits = [e for e in doc.events if e.type == "CONSULT"]
    assert [names(doc, e.target) for e in visits] == [host]


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("وقال زعيم الحرب في غزة إن الوضع هادئ.", []),  # a warlord, no war
        ("وطالبت إيران بمحاكمة مجرمي الحرب في غزة.", ["REQUEST"]),  # war criminals
        ("وشنت إسرائيل الحرب على غزة.", ["ASSAULT"]),
    ],
)
def test_a_role_named_after_an_act_is_no_act(text: str, types: list[str]) -> None:
    assert [e.type for e in make_doc(text).events] == types


@pytest.mark.parametrize(
    "text",
    [
        # سيطر is left out of the lexicon: its suffixed forms are mostly the noun (مناطق سيطرتها "the
        # areas under its control") and its imperfect a state (التي تسيطر عليها)
        "أما روسيا فامتدت مناطق سيطرتها من غزة إلى القاهرة.",
        "المناطق التي تسيطر عليها حماس في غزة.",
        # a tragedy that struck a city is no attack, also with a comma before its relative pronoun
        "على غرار المأساة , التي ضربت اخيرا بغداد.",
    ],
)
def test_control_and_tragedies_are_no_assault(text: str) -> None:
    assert [e.type for e in make_doc(text).events if e.type == "ASSAULT"] == []


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        ("وتحدث بوتين وأردوغان للصحفيين . واتفقا على التعاون.", {"فلاديمير بوتين", "أردوغان"}),
        ("وتحدث بوتين وأردوغان للصحفيين . واتفق على التعاون.", None),  # a singular verb: not the pair
    ],
)
def test_a_dual_verb_has_the_pair_named_last_as_subject(text: str, participants: set[str] | None) -> None:
    doc = make_doc(text)
    agreed = [names(doc, e.source) | names(doc, e.target) for e in doc.events if e.type == "AGREE"]
    assert agreed == ([] if participants is None else [participants])


@pytest.mark.parametrize(
    ("text", "etype", "antecedent", "is_subject"),
    [
        ("ودانت الصين التي قتل أحد مراقبيها في الغارة الهجوم.", "ASSAULT", "الصين", False),  # was killed
        ("وانتقد ماكرون الحكومة المصرية التي أثنى على أدائها.", "SUPPORT", "الحكومة المصرية", False),
        ("وقالت الحكومة المصرية التي رفضت الاقتراح إن الوضع هادئ.", "REJECT", "الحكومة المصرية", True),
        ("وانتقد ماكرون حزب الله الذي يهاجم إسرائيل منذ أسابيع.", "ASSAULT", "حزب الله", True),
    ],
)
def test_a_relative_clause_verb_must_agree_with_its_antecedent(
    text: str, etype: str, antecedent: str, is_subject: bool
) -> None:
    doc = make_doc(text)
    sources = [names(doc, e.source) for e in doc.events if e.type == etype]
    assert any(antecedent in s for s in sources) == is_subject, sources


def test_an_ordering_verb_reaches_its_verbal_noun_past_the_subjects_description() -> None:
    # وقرر المستشار القانوني للحكومة المصرية X ملاحقة Y قضائيا: X decided to prosecute Y
    doc = make_doc("وقرر المستشار القانوني للحكومة المصرية أحمد علي ملاحقة ماكرون قضائيا.")
    ev = find(doc, "ACCUSE")
    assert (names(doc, ev.source), names(doc, ev.target)) == ({"أحمد علي"}, {"ماكرون"})


@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        ("واتهم الفلسطينيون إسرائيل بخرق الهدنة .", "ACCUSE", {"إسرائيل"}),  # a people named by nationality
        ("وانتقد المعارضون الحكومة المصرية بشدة .", "ACCUSE", {"الحكومة المصرية"}),  # a group (sound plural)
        ("ويتهم الأوروبيون الصين بالتضحية بمعايير السلامة .", "ACCUSE", {"الصين"}),
        ("وهاجم الأتراك العراق .", "ASSAULT", {"العراق"}),  # a broken plural
        # a noun with the article heads no genitive: the name after it is the object, not its holder
        ("واتهم الجيش حزب الله بإطلاق الصواريخ .", "ACCUSE", {"حزب الله"}),
        ("وانتقدت المعارضة الحكومة المصرية بشدة .", "ACCUSE", {"الحكومة المصرية"}),
        ("وطالب المجلس إيران بوقف التخصيب .", "REQUEST", {"إيران"}),
        # someone described (a title word, indefinite, and a nationality) is no title before a name
        ("واتهم مسؤول أمريكي إيران بدعم الإرهاب .", "ACCUSE", {"إيران"}),
    ],
)
def test_an_unnamed_subject_after_the_verb_keeps_the_actor_after_it_an_object(
    text: str, etype: str, target: set[str]
) -> None:
    # no subject named (nor a country entity a nationality could stand for)
    assert roles(make_doc(text), etype) == (set(), target)


@pytest.mark.skipif(not _full_pipeline(), reason="the default pipeline has no events stage yet")
@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        ("وانتقد الأتراك اليونان ، وقالت تركيا إنها لن تقبل العرض .", "ACCUSE", ["تركيا"], ["اليونان"]),
        ("وانتقد الصينيون اليابان ، وقالت الصين إن الزيارة استفزاز .", "ACCUSE", ["الصين"], ["اليابان"]),
        # a second country entry of one code (Palestine beside the Palestinian Territories)
        ("وهاجم الفلسطينيون إسرائيل بعد غارة على غزة في فلسطين .", "ASSAULT", ["فلسطين"], ["إسرائيل"]),
        # the accusative is the object: China is accused, not accusing
        ("ويتهم الأوروبيون الصينيين بالتضحية بمعايير السلامة ، وقالت الصين إنها ترفض .", "ACCUSE", [], []),
    ],
)
def test_a_nationality_subject_stands_for_its_country_named_in_the_text(
    text: str, etype: str, source: list[str], target: list[str]
) -> None:

    doc = extract_text(text)
    found = [named_roles(doc, ev) for ev in doc.events if ev.type == etype]
    assert found[:1] == ([(source, target)] if source or target else [])


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("وانتقد وزير خارجية إيران الحكومة المصرية .", {"إيران"}, {"الحكومة المصرية"}),  # a title's genitive
        ("وانتقد الرئيس الفرنسي ماكرون إيران .", {"ماكرون"}, {"إيران"}),  # a title before a person
        # a title ending in the article names no body after it: the body is the object
        ("وانتقد وزير الخارجية إيران .", set(), {"إيران"}),
        ("وانتقد الرئيس الفرنسي حزب الله .", set(), {"حزب الله"}),
        ("اعتقلت قوات الشرطة المصرية أعضاء حماس .", {"الشرطة المصرية"}, {"حماس"}),  # forces of an actor
        # a body after ل is the title's: the person after it holds the title
        ("واتهم الأمين العام لحزب الله رامسفيلد بالكذب .", {"رامسفيلد"}, set()),
        ("وطالب رئيس الحكومة المصرية إيران بوقف التخصيب .", {"الحكومة المصرية"}, {"إيران"}),
    ],
)
def test_a_title_or_the_forces_before_a_name_still_make_it_the_subject(
    text: str, source: set[str], target: set[str]
) -> None:
    doc = make_doc(text)
    ev = doc.events[0]
    assert names(doc, ev.source) == source and names(doc, ev.target) == target


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # an indefinite noun takes its relative clause with no relative pronoun
        ("وأصيب عشرة أشخاص في غارة شنها الجيش الإسرائيلي على غزة .", {"الجيش الإسرائيلي"}, {"غزة"}),
        ("وجاء ذلك بعد هجوم انتحاري نفذته حماس في غزة .", {"حماس"}, {"غزة"}),
        ("وجاء ذلك بعد عملية عسكرية نفذها الجيش الإسرائيلي في غزة .", {"الجيش الإسرائيلي"}, {"غزة"}),
        # the killing told again by the attack: the attack names who killed
        ("وقتل ثلاثة جنود في هجوم شنه حزب الله على الموصل .", {"حزب الله"}, {"الموصل"}),
    ],
)
def test_an_attack_waged_in_a_relative_clause_without_pronoun(
    text: str, source: set[str], target: set[str]
) -> None:
    doc = make_doc(text)
    assert roles(doc, "ASSAULT") == (source, target)
    assert len([e for e in doc.events if e.type == "ASSAULT"]) == 1


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("واغتيل أحمد علي في بغداد .", {"أحمد علي"}),  # the passive of a hollow form VIII verb is spelt apart
        ("وكان أحمد علي قد اغتيل في بغداد .", {"أحمد علي"}),
        ("وهوجمت غزة أمس .", {"غزة"}),  # the passive of هاجم
    ],
)
def test_passive_forms_spelt_apart_are_attacks_on_their_subject(text: str, target: set[str]) -> None:
    assert roles(make_doc(text), "ASSAULT") == (set(), target)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # what is refused, opposed or denied did not happen
        ("ورفضت روسيا فرض عقوبات على إيران .", ["REJECT"]),
        ("وعارضت الصين فرض عقوبات على إيران .", ["REJECT"]),
        ("ونفت إسرائيل قصف مواقع في لبنان .", ["REJECT"]),
        ("وأعربت روسيا عن رفضها لفرض عقوبات على إيران .", ["REJECT"]),
        # nor what is threatened, past the complement's own object
        ("وهددت الولايات المتحدة بفرض عقوبات على إيران .", ["THREATEN"]),
        # a demand told as rejected is not coded as made (a fifth of them were in the dev sets' gold)
        ("ورفضت إيران مطالب الولايات المتحدة .", ["REJECT"]),
        # a storming tried is none made
        ("وحاول محتجون اقتحام مقر حماس في غزة .", []),
        # signing refused is no signing, nor the deal it was to sign
        ("ورفض ماكرون التوقيع على الاتفاق مع إسرائيل .", ["REJECT"]),
        ("ورفض ماكرون توقيع اتفاقية مع إسرائيل .", ["REJECT"]),
    ],
)
def test_the_content_of_a_refusal_or_a_threat_is_not_coded(text: str, kept: list[str]) -> None:
    assert sorted(e.type for e in make_doc(text).events) == kept


def test_what_is_to_be_lifted_is_still_coded() -> None:
    doc = make_doc("وطالب لبنان برفع الحصار الإسرائيلي المفروض على غزة .")
    assert "SANCTION" in {e.type for e in doc.events}


@pytest.mark.parametrize(
    ("text", "target", "others"),
    [
        # a request refused: its maker is the target, what it asks is not coded, past the subject too;
        # the request (طلب) told as refused is not coded as made, a call (دعوة) still is
        ("ورفضت إسرائيل طلب ماكرون رفع الحصار .", {"ماكرون"}, []),
        ("ورفض مرسي طلب مجلس الأمن وقف التخصيب .", {"مجلس الأمن"}, []),
        ("ورفضت إيران دعوة الاتحاد الأوروبي .", {"الاتحاد الأوروبي"}, ["REQUEST"]),
    ],
)
def test_a_refused_request_targets_its_maker(text: str, target: set[str], others: list[str]) -> None:
    doc = make_doc(text)
    assert names(doc, find(doc, "REJECT").target) == target
    assert sorted(e.type for e in doc.events if e.type != "REJECT") == others


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("ويبحث الرئيس عن حل للأزمة مع إيران .", []),  # بحث عن: a search, no talks
        ("وتبحث الشرطة المصرية عن مرسي .", []),
        ("وبحث ماكرون مع روسيا الأزمة .", ["CONSULT"]),
        # ما before an imperfect is "what", no negation
        ("واتهمت الولايات المتحدة إيران بدعم الإرهاب ، وهو ما تنفيه إيران .", ["ACCUSE", "REJECT"]),
    ],
)
def test_a_particle_or_a_relative_ma_changes_the_reading(text: str, types: list[str]) -> None:
    assert sorted(e.type for e in make_doc(text).events if not e.negated) == types


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # a long title runs through the bodies, places and words of its office to its holder's name
        (
            "ودعا الأمين العام للأمم المتحدة ماكرون إسرائيل إلى رفع الحصار .",
            "REQUEST",
            {"ماكرون"},
            {"إسرائيل"},
        ),
        (
            "وطالب الممثل الأعلى للسياسة الخارجية في الاتحاد الأوروبي ماكرون إيران بوقف التخصيب .",
            "REQUEST",
            {"ماكرون"},
            {"إيران"},
        ),
        # and whose deeds are praised is looked for after it
        (
            "وأثنى المدير العام للبنك الدولي رامسفيلد على الجهود التي تبذلها مصر .",
            "SUPPORT",
            {"رامسفيلد"},
            {"مصر"},
        ),
    ],
)
def test_a_person_named_after_a_long_title_is_the_subject(
    text: str, etype: str, source: set[str], target: set[str]
) -> None:
    assert roles(make_doc(text), etype) == (source, target)


@pytest.mark.parametrize(
    "text",
    [
        "واعتقلت الشرطة المصرية ثلاثة من قادة حركة حماس .",  # the kind of body before its name
        "واعتقل ثلاثة من قادة حركة حماس في القاهرة .",
        "واعتقلت الشرطة المصرية أربعة من موظفي حماس .",
    ],
)
def test_members_of_a_body_make_the_body_the_target(text: str) -> None:
    doc = make_doc(text)
    assert names(doc, find(doc, "COERCE").target) == {"حماس"}


def test_an_ordering_verb_reaches_its_verbal_noun_past_a_title_told_as_a_mention() -> None:

    doc = extract_text("وأمر وزير الدفاع الإسرائيلي إيهود باراك بنشر تعزيزات عسكرية في هضبة الجولان .")
    ev = next(e for e in doc.events if e.type == "MOBILIZE")
    assert named_roles(doc, ev)[0] == ["إيهود باراك"] and ev.trigger.text == "نشر"


def test_titled_persons_coordinated_are_one_subject() -> None:

    doc = extract_text(
        "وأشاد الرئيس الفرنسي نيكولا ساركوزي والمستشارة الألمانية أنغيلا ميركل بالدور الذي قامت به قطر ."
    )
    ev = next(e for e in doc.events if e.type == "SUPPORT")
    assert named_roles(doc, ev) == (["نيكولا ساركوزي", "أنغيلا ميركل"], ["قطر"])


@pytest.mark.parametrize(
    ("text", "etype", "source"),
    [
        # after an announcing verb, past a title told as a mention of the same person, a deed it claims
        ("وأعلن الرئيس السوداني عمر البشير رفضه نشر قوات دولية في دارفور .", "REJECT", ["عمر البشير"]),
        ("وأعلن رئيس الوزراء اللبناني عمر كرامي استقالته أمام البرلمان .", "RETREAT", ["عمر كرامي"]),
    ],
)
def test_an_announced_deed_past_a_titled_subject_is_the_subject_s(
    text: str, etype: str, source: list[str]
) -> None:

    doc = extract_text(text)
    ev = next(e for e in doc.events if e.type == etype)
    assert named_roles(doc, ev) == (source, [])


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # ل after the genitive marks the patient, on a title or a number before its name: the genitive acts
        ("وجاء اغتيال إسرائيل للشيخ أحمد علي فجر الاثنين .", "ASSAULT", {"إسرائيل"}, {"أحمد علي"}),
        ("بعد اعتقال الشرطة المصرية لعشرات من أعضاء حماس .", "COERCE", {"الشرطة المصرية"}, {"حماس"}),
        ("وأدان ماكرون قصف إسرائيل لمنازل في غزة .", "ASSAULT", {"إسرائيل"}, {"غزة"}),
        # no ل: the genitive is the patient
        ("وأدان ماكرون اغتيال أحمد علي .", "ASSAULT", set(), {"أحمد علي"}),
    ],
)
def test_a_lam_after_the_genitive_makes_it_the_agent(
    text: str, etype: str, source: set[str], target: set[str]
) -> None:
    assert roles(make_doc(text), etype) == (source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # an amount between the aid and its recipient does not count as words between them
        ("وقدمت الصين مساعدات بقيمة مليون دولار للبنان .", {"الصين"}, {"لبنان"}),
        # the verbal noun of giving aid, after an announcing verb or with its genitive giver
        ("وأعلنت الصين تقديم مساعدات طارئة إلى لبنان .", {"الصين"}, {"لبنان"}),
        ("وساهم تقديم الصين مساعدات إلى العراق في إعادة الإعمار .", {"الصين"}, {"العراق"}),
    ],
)
def test_aid_given_with_an_amount_or_as_a_verbal_noun(text: str, source: set[str], target: set[str]) -> None:
    from khabar.times.quantities import Quantities

    doc = make_doc(text)
    doc = CODER(Quantities(Config.default())(doc))  # the amounts the pipeline finds before the events
    assert roles(doc, "AID") == (source, target)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the positions of a body stand for it; the body's kind before its name is no title
        ("وواصلت الشرطة المصرية قصف مواقع حركة حماس في غزة .", {"حماس"}),
        ("وقصفت إسرائيل معاقل حزب الله في لبنان .", {"حزب الله"}),
        # its hideouts, camps and posts too, not the place they are in
        ("وشن الجيش الإسرائيلي غارات جوية على مخابئ حزب الله في لبنان .", {"حزب الله"}),
        ("وقصفت إسرائيل نقاط الجهاد الإسلامي في غزة .", {"الجهاد الإسلامي"}),
        ("وقصف الجيش الإسرائيلي معسكرات حماس في غزة .", {"حماس"}),
    ],
)
def test_the_positions_of_a_body_stand_for_it(text: str, target: set[str]) -> None:
    doc = make_doc(text)
    assert names(doc, find(doc, "ASSAULT").target) == target


@pytest.mark.parametrize(
    "text",
    [
        "وفرضت السلطات الإسرائيلية حظر التجول على مدينة الخليل .",  # a curfew on a town: where, no target
        "وقررت الحكومة المصرية إغلاق معبر رفح أمام حركة الأفراد .",
    ],
)
def test_coercion_in_a_town_does_not_target_the_town(text: str) -> None:

    doc = extract_text(text)
    ev = next(e for e in doc.events if e.type == "COERCE")
    assert ev.target == () and ev.location is not None


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a hotel struck: the town it stands in, after في or ب (the guide's most specific named town)
        ("اقتحم مسلحون فندق الجزيرة في مقديشو.", set(), {"مقديشو"}),
        ("تفجير انتحاري في فندق ماريوت بإسلام أباد يقتل 60 شخصا.", set(), {"إسلام أباد"}),
        # a verb telling how people were killed names the killers
        ("قتل 11 شخصا عندما اقتحم مسلحون من حركة الشباب فندقا في مقديشو.", {"حركة الشباب"}, {"مقديشو"}),
    ],
)
def test_an_attack_on_a_facility_in_a_town(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "ASSAULT") == (source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # members of a body hit in a clash with another side: that side struck the body
        (
            "قتل ثلاثة جنود من الجيش اللبناني في اشتباك مع تنظيم داعش قرب الحدود.",
            {"تنظيم داعش"},
            {"الجيش اللبناني"},
        ),
        (
            "أصيب خمسة من عناصر قوات الدعم السريع في مواجهات مع الجيش السوداني في الخرطوم.",
            {"الجيش السوداني"},
            {"قوات الدعم السريع"},
        ),
    ],
)
def test_a_clash_strikes_the_body_whose_members_were_hit(
    text: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), "ASSAULT") == (source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # the killing of a named person: the one killed, no agent named
        (
            "طالبت منظمة العفو الدولية بتحقيق مستقل في مقتل الناشط الحقوقي محمد الأحمد.",
            set(),
            {"محمد الأحمد"},
        ),
        # ... and who killed him after على يد (not who condemns it)
        (
            "نددت الحكومة الأردنية بمقتل المواطن أحمد الخطيب على يد تنظيم داعش.",
            {"تنظيم داعش"},
            {"أحمد الخطيب"},
        ),
        # martyred: the subject is the one killed, the fire's owner who killed him
        ("استشهد الصحفي أحمد الخطيب برصاص الجيش الإسرائيلي في نابلس.", {"الجيش الإسرائيلي"}, {"أحمد الخطيب"}),
        # a detachment of a body (دورية من، قوة خاصة من) stands for the body as the agent
        (
            "اغتيل الصحفي أحمد الخطيب برصاص دورية من الجيش الإسرائيلي قرب نابلس.",
            {"الجيش الإسرائيلي"},
            {"أحمد الخطيب"},
        ),
    ],
)
def test_the_killing_of_a_named_person(text: str, source: set[str], target: set[str]) -> None:
    doc = extract_text(text)
    ev = next(e for e in doc.events if e.type == "ASSAULT")
    assert (names(doc, ev.source), names(doc, ev.target)) == (source, target)


def test_an_arrest_by_a_detachment_is_the_body_s() -> None:
    # على يد قوة من الشرطة العسكرية: the body the detachment comes from makes the arrest
    doc = extract_text("توفي الناشط أحمد الخطيب بعد اعتقاله على يد قوة من الشرطة العسكرية.")
    assert roles(doc, "COERCE") == ({"الشرطة العسكرية"}, {"أحمد الخطيب"})


def test_deaths_counted_at_the_hands_of_a_named_agent_are_its_attack() -> None:
    # مقتل ثلاثة صيادين ... على يد عناصر من الجيش السوري: unnamed dead, their killer named after them
    doc = extract_text(
        "نددت الحكومة الأردنية بمقتل ثلاثة صيادين أردنيين قرب الحدود على يد عناصر من الجيش السوري."
    )
    assert roles(doc, "ASSAULT") == ({"الجيش السوري"}, set())


def test_a_protest_a_body_organised_is_its() -> None:
    # مظاهرة نظمتها «حماس»: a verb of organising takes the protest back, with no relative word
    doc = extract_text(
        "قالت حركة المقاومة الإسلامية (حماس) إن الشرطة الإسرائيلية اعتقلت عشرة من أعضائها أثناء مظاهرة "
        "نظمتها «حماس» في القدس."
    )
    assert roles(doc, "PROTEST") == ({"حركة المقاومة الإسلامية"}, set())


def test_a_body_s_parties_stand_for_it_as_the_subject() -> None:
    # أحزاب المعارضة الجزائرية: the opposition's parties are the opposition, the verb's subject
    doc = extract_text("قاطعت أحزاب المعارضة الجزائرية الانتخابات الرئاسية.")
    assert roles(doc, "PROTEST") == ({"المعارضة الجزائرية"}, set())


@pytest.mark.parametrize(
    "text",
    [
        "ونقلت وكالة الأنباء السورية عن الرئيس بشار الأسد قوله خلال لقائه وزير الخارجية الإيراني "
        "إن سوريا ترفض التدخل.",
        "ونقلت وكالة الأنباء السورية عن بشار الأسد قوله خلال استقباله وفدا من حزب البعث إن سوريا لن تستسلم.",
    ],
)
def test_a_verbal_noun_after_his_saying_is_the_speaker_s(text: str) -> None:
    # نقلت الوكالة عن X قوله خلال لقائه: X's meeting, not the agency's
    source, target = roles(extract_text(text), "CONSULT")
    assert "بشار الأسد" in source | target and not any("وكالة" in n for n in source | target)


@pytest.mark.parametrize(
    "text",
    [
        "شارك الآلاف في مظاهرة دعت إليها حركة النهضة في تونس.",
        "شل إضراب عام دعا إليه الاتحاد العام التونسي للشغل الحركة في البلاد.",
        "شارك الآلاف في الإضراب الذي دعت إليه نقابة المعلمين.",
    ],
)
def test_a_protest_a_body_called_for_is_its_own(text: str) -> None:
    # إضراب دعا إليه X: X's strike, and the call is no request of its own
    doc = extract_text(text)
    assert [e.type for e in doc.events] == ["PROTEST"]
    assert len(doc.events[0].source) == 1 and not doc.events[0].target


def test_an_intervention_told_by_no_one_who_alleges_it_is_no_accusation() -> None:
    # تدخلت الشرطة لتفريق المحتجين: done, not alleged; said by someone, it is (قال X إن Y تتدخل)
    assert all(e.type != "ACCUSE" for e in make_doc("تدخلت الشرطة المصرية لتفريق المحتجين.").events)
    said = make_doc(
        "قال ماكرون إن إيران تتدخل في شؤون لبنان.", quotes=(("إيران تتدخل في شؤون لبنان", "ماكرون"),)
    )
    assert roles(said, "ACCUSE") == ({"ماكرون"}, {"إيران"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one a ruling was issued by (صدر عن X) passes it
        ("صدر عن محكمة جنايات القاهرة حكم بإعدام محمد مرسي.", ({"محكمة جنايات القاهرة"}, {"محمد مرسي"})),
        (
            "صدر عن المحكمة الجزائية المتخصصة في صنعاء حكم بإعدام الصحفي عبد الخالق عمران.",
            ({"المحكمة الجزائية المتخصصة"}, {"عبد الخالق عمران"}),
        ),
    ],
)
def test_a_ruling_issued_by_a_court_is_the_courts(text: str, expected: tuple[set[str], set[str]]) -> None:
    assert roles(extract_text(text), "SANCTION") == expected


@pytest.mark.parametrize(
    "text",
    [
        # who backs what a relative clause describes is no act told
        "قتل 11 شخصا في غارة على مستشفى عبس الذي تدعمه منظمة أطباء بلا حدود.",
        "انتشرت القوات في إطار البعثة الدولية التي تدعمها الأمم المتحدة.",
    ],
)
def test_backing_told_in_a_relative_clause_is_no_support(text: str) -> None:
    assert "SUPPORT" not in [ev.type for ev in extract_text(text).events]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a threat of a reply in kind on no one named is on whoever took the hostile step told before
        (
            "فرض الاتحاد الأوروبي عقوبات على تسعة مسؤولين روس. وتوعدت وزارة الخارجية الروسية بالرد بإجراءات"
            " مماثلة.",
            {"الاتحاد الأوروبي"},
        ),
        ("طردت فرنسا دبلوماسيين روسا. وهددت روسيا بالمعاملة بالمثل.", {"فرنسا"}),
        # no hostile step told before: no one
        ("التقى الرئيس الفرنسي إيمانويل ماكرون نظيره. وهددت روسيا بالرد.", set()),
    ],
)
def test_a_reply_in_kind_is_threatened_at_the_last_hostile_step(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "THREATEN")[1] == target


def test_the_holding_before_a_release_is_no_detention() -> None:
    # كانت تحتجزهم: a state before the release, no act of its own
    doc = extract_text("أفرجت حركة حماس عن عشرة من عناصر حركة فتح كانت تحتجزهم في سجونها بقطاع غزة.")
    assert [ev.type for ev in doc.events] == ["RETREAT"]


def test_support_told_as_an_act_is_coded() -> None:
    # (a guard: the verb of its own clause)
    doc = extract_text("تدعم الأمم المتحدة البعثة الدولية في هايتي.")
    assert roles(doc, "SUPPORT")[0] == {"الأمم المتحدة"}


@pytest.mark.parametrize(
    ("text", "etype", "source"),
    [
        # وانتقد الكرملين القرار: the warrant told before is the court's deed, not a stance on Putin (a
        # refusal of it is aimed at no one)
        (
            "أصدرت المحكمة الجنائية الدولية مذكرة توقيف بحق الرئيس الروسي فلاديمير بوتين. "
            "وانتقد الكرملين القرار.",
            "ACCUSE",
            "الكرملين",
        ),
        # two warrants (the dual) as well
        (
            "أصدرت المحكمة الجنائية الدولية مذكرتي توقيف بحق بنيامين نتنياهو ويوآف غالانت. "
            "ورحبت حركة حماس بالقرار.",
            "SUPPORT",
            "حركة حماس",
        ),
    ],
)
def test_a_decision_after_a_warrant_is_the_issuers(text: str, etype: str, source: str) -> None:
    doc = extract_text(text)
    stance = [e for e in doc.events if e.type == etype][-1]  # (the warrant is an accusation too)
    assert (names(doc, stance.source), names(doc, stance.target)) == ({source}, {"المحكمة الجنائية الدولية"})


def test_the_forces_deployed_are_not_where_they_go() -> None:
    # نشر قوات الأمن في ميدان التحرير: the deployed forces are the object, no destination
    doc = extract_text("أعلنت وزارة الداخلية المصرية نشر قوات الأمن في ميدان التحرير.")
    assert roles(doc, "MOBILIZE") == ({"وزارة الداخلية المصرية"}, set())


def test_forces_deployed_in_a_prison_named_after_its_head_go_there() -> None:
    # في سجن ليتورال: the prison is one name (not the word cut after its ل), the place forces are sent to
    doc = extract_text("ونشرت الحكومة الإكوادورية ألفي جندي في سجن ليتورال، حيث قتل 17 سجينا.")
    assert roles(doc, "MOBILIZE") == ({"الحكومة الإكوادورية"}, {"سجن ليتورال"})


def test_activists_counted_from_a_body_stand_for_it() -> None:
    # 25 ناشطا من حركة كفاية: the movement was acted on (the entity layer names it with its kind)
    doc = extract_text("اعتقلت الشرطة المصرية 25 ناشطا من حركة كفاية.")
    assert roles(doc, "COERCE") == ({"الشرطة المصرية"}, {"حركة كفاية"})


def test_an_act_launched_a_week_ago_is_its_launchers() -> None:
    # the times stage reads قبل أسبوع, which stands between the verb and the act it launched
    doc = extract_text("وكان الجيش اللبناني قد أطلق قبل أسبوع عملية «فجر الجرود» ضد مواقع تنظيم داعش.")
    assert roles(doc, "ASSAULT") == ({"الجيش اللبناني"}, {"تنظيم داعش"})


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # a number of a body's members as the subject: the body acts (not a patient's verb)
        ("وتظاهر عشرات الآلاف من أنصار حزب الله في بيروت .", "PROTEST", {"حزب الله"}, set()),
        (
            "وطالب العشرات من أعضاء حماس الحكومة المصرية بالإفراج عنهم .",
            "REQUEST",
            {"حماس"},
            {"الحكومة المصرية"},
        ),
        # unnamed gunmen of a body named with its kind
        ("وهاجم مسلحون من حركة حماس مقر الحكومة المصرية .", "ASSAULT", {"حماس"}, {"الحكومة المصرية"}),
        # a suicide bomber, a fighter, one gunman of a body
        (
            "وفجر انتحاري من حركة حماس سيارة مفخخة أمام مقر الحكومة المصرية .",
            "ASSAULT",
            {"حماس"},
            {"الحكومة المصرية"},
        ),
        ("وهاجم مقاتلون من حركة حماس مقر الحكومة المصرية .", "ASSAULT", {"حماس"}, {"الحكومة المصرية"}),
        # an arrest verb's counted members are its patients (the unvocalised passive)
        ("واعتقل عشرة من أعضاء حركة حماس .", "COERCE", set(), {"حماس"}),
    ],
)
def test_members_of_a_body_as_the_subject(text: str, etype: str, source: set[str], target: set[str]) -> None:
    assert roles(make_doc(text), etype) == (source, target)


@pytest.mark.parametrize(
    ("text", "etype", "participants"),
    [
        # a counterpart before a name stands like a title: مع reaches the name
        ("ووقع ماكرون مع نظيره المصري محمد مرسي اتفاقا للتعاون .", "AGREE", {"ماكرون", "محمد مرسي"}),
        (
            "وبحث ماكرون في اتصال هاتفي مع نظيرته الأمريكية رامسفيلد الأزمة .",
            "CONSULT",
            {"ماكرون", "رامسفيلد"},
        ),
    ],
)
def test_a_counterpart_before_a_name_stands_like_a_title(
    text: str, etype: str, participants: set[str]
) -> None:
    doc = make_doc(text)
    ev = find(doc, etype)
    assert names(doc, ev.source) | names(doc, ev.target) == participants


def test_asked_with_a_pronoun_after_min_is_the_last_actor_named() -> None:
    doc = make_doc("واستقبل ماكرون وزير الخارجية محمد مرسي وطلب منه تهدئة الأوضاع .")
    assert roles(doc, "REQUEST") == ({"ماكرون"}, {"محمد مرسي"})


# --- protests against someone, posts of a body (stop 15, from the UniversalPetrarch sentences)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # whom a protest is against, after a stance word further on in its sentence
        ("وتظاهر آلاف الطلاب في القاهرة احتجاجا على سياسة الحكومة المصرية .", {"الحكومة المصرية"}),
        ("واحتشد المئات مرددين هتافات معادية لإسرائيل .", {"إسرائيل"}),
        ("واعتصم العشرات أمام البرلمان منددين بالجيش الإسرائيلي .", {"الجيش الإسرائيلي"}),
        ("وتظاهر المئات مطالبين الحكومة المصرية بالإفراج عن المعتقلين .", {"الحكومة المصرية"}),
        ("وتظاهر المئات مطالبين بإقالة ماكرون .", {"ماكرون"}),  # a removal demanded
        ("وردد المتظاهرون هتافات تندد بالولايات المتحدة .", {"الولايات المتحدة"}),  # chanting
        ("وتجمع آلاف المتظاهرين أمام البرلمان احتجاجا على سياسة الحكومة المصرية .", {"الحكومة المصرية"}),
        ("وردد المتظاهرون الموت لإسرائيل .", set()),  # chanted, no slogans named: no trigger
        # took to the streets, amid anger at someone's decision (stop 16)
        ("ونزل المتظاهرون إلى الشوارع في القاهرة وسط غضب متزايد من قرار إسرائيل .", {"إسرائيل"}),
        ("وخرج الآلاف إلى الشوارع في غزة احتجاجا على سياسة الحكومة المصرية .", {"الحكومة المصرية"}),
        # a demand verb of the crowd later in the sentence (stop 16)
        ("وتظاهر المئات في القاهرة ، وطالبوا الحكومة المصرية بالإفراج عن المعتقلين .", {"الحكومة المصرية"}),
        # a removal among the demands, after a demand word that fuses the article (للمطالبة)
        (
            "وتجمع آلاف المتظاهرين أمام البرلمان في غزة ، للمطالبة بإنهاء الحرب في هذا البلد وإقالة ماكرون .",
            {"ماكرون"},
        ),
        # the body before whose seat it stood, when no stance word names another
        ("واعتصم العشرات أمام مبنى الحكومة المصرية مطالبين بالإفراج عن المعتقلين .", {"الحكومة المصرية"}),
        ("وتظاهر المئات حول مقر سفارة إسرائيل في القاهرة .", {"إسرائيل"}),  # an embassy: its country
        ("وتظاهر المئات أمام مبنى البلدية في غزة .", set()),  # a town is where, not whom
    ],
)
def test_whom_a_protest_is_against(text: str, target: set[str]) -> None:
    doc = make_doc(text)
    protests = [ev for ev in doc.events if ev.type == "PROTEST"]
    if not target:
        assert all(not ev.source and not ev.target for ev in protests)
        return
    assert len(protests) == 1  # احتجاجا after the verb is the same protest
    assert (names(doc, protests[0].source), names(doc, protests[0].target)) == (set(), target)


def test_the_seat_of_whoever_tells_of_a_protest_is_not_its_target() -> None:
    text = "وقالت حماس إن أعضاءها سيعتصمون أمام مقر حماس غدا ."
    doc = make_doc(text, quotes=(("أعضاءها سيعتصمون أمام مقر حماس غدا", "حماس"),))
    assert all("حماس" not in names(doc, ev.target) for ev in doc.events if ev.type == "PROTEST")
    told = make_doc(text.replace("وقالت حماس", "وقال مسؤول"))  # another teller: the seat is Hamas's
    assert roles(told, "PROTEST") == (set(), {"حماس"})


@pytest.mark.parametrize(
    ("text", "mode", "source", "target"),
    [
        # underwent or survived an attempt: the subject is whom it targeted
        ("تعرض أحمد علي لمحاولة اغتيال في غزة .", "assassinate", set(), {"أحمد علي"}),
        ("ونجا أحمد علي أمس من محاولة اغتيال في غزة .", "assassinate", set(), {"أحمد علي"}),
        # a leader or an official of a body: the body
        ("وتعرض قيادي في حماس للخطف في غزة .", "abduct", set(), {"حماس"}),
        # by the members of a body (من جانب)
        ("تعرض أحمد علي لهجوم من جانب عناصر من حماس .", None, {"حماس"}, {"أحمد علي"}),
        # alongside a body is no agent
        ("وقاتل مسلحون إلى جانب حماس في غزة .", None, set(), {"غزة"}),
    ],
)
def test_an_attack_undergone_or_survived(
    text: str, mode: str | None, source: set[str], target: set[str]
) -> None:
    doc = make_doc(text)
    assaults = [ev for ev in doc.events if ev.type == "ASSAULT"]
    assert [(ev.mode, names(doc, ev.source), names(doc, ev.target)) for ev in assaults] == [
        (mode, source, target)
    ]


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        ("وقال الجيش الإسرائيلي إن طائراته قصفت غزة .", "ASSAULT", {"الجيش الإسرائيلي"}, {"غزة"}),
        ("وقالت إيران إن قواتها قصفت بغداد .", "ASSAULT", {"إيران"}, {"بغداد"}),  # not Baghdad's shelling
        ("وأعلنت حماس أن عناصرها هاجموا الجيش الإسرائيلي .", "ASSAULT", {"حماس"}, {"الجيش الإسرائيلي"}),
        ("وقال الجيش الإسرائيلي إن قواته اعتقلت عشرة فلسطينيين .", "COERCE", {"الجيش الإسرائيلي"}, set()),
    ],
)
def test_forces_named_by_a_pronoun_before_the_verb_stand_for_their_body(
    text: str, etype: str, source: set[str], target: set[str]
) -> None:
    assert roles(make_doc(text), etype) == (source, target)


@pytest.mark.parametrize(
    "text",
    [
        "وتظاهر المئات مطالبين الحكومة المصرية بالإفراج عن المعتقلين .",
        "وتجمع آلاف المتظاهرين في غزة داعين الحكومة المصرية إلى فتح المعبر .",
    ],
)
def test_a_crowd_demanding_of_someone_protests_against_it_and_requests(text: str) -> None:
    doc = make_doc(text)
    assert roles(doc, "PROTEST") == (set(), {"الحكومة المصرية"})
    assert roles(doc, "REQUEST") == (set(), {"الحكومة المصرية"})


@pytest.mark.parametrize(
    ("text", "protest", "support"),
    [
        # slogans for someone: a demonstration against no one, and support for him
        ("وردد المتظاهرون هتافات مؤيدة لحزب الله في غزة .", (set(), set()), (set(), {"حزب الله"})),
        ("وخرجت في القاهرة مظاهرة مؤيدة لماكرون .", (set(), set()), (set(), {"ماكرون"})),
        # slogans against someone: no support
        ("وردد المتظاهرون هتافات معادية لإسرائيل في غزة .", (set(), {"إسرائيل"}), None),
        # in support (تأييدا, an accusative noun): by the clause's subject, a place between or not
        ("ونظمت حماس مظاهرة حاشدة في غزة تأييدا لماكرون .", ({"حماس"}, set()), ({"حماس"}, {"ماكرون"})),
        # against someone first: the protest keeps its target
        ("وتظاهر الآلاف في غزة ضد إسرائيل تأييدا لحماس .", (set(), {"إسرائيل"}), (set(), {"حماس"})),
    ],
)
def test_a_demonstration_for_someone_is_support_not_a_protest_against_him(
    text: str, protest: tuple[set[str], set[str]], support: tuple[set[str], set[str]] | None
) -> None:
    doc = make_doc(text)
    assert roles(doc, "PROTEST") == protest
    assert (roles(doc, "SUPPORT") if support else None) == support
    assert support is not None or all(ev.type != "SUPPORT" for ev in doc.events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a plane or tank that belongs to a body, after its verb or opening the clause before it
        (
            "وأطلقت طائرة بدون طيار تابعة لحزب الله صاروخا على منزل في غزة .",
            {"حزب الله"},
            {"غزة"},
        ),
        (
            "وقالت مصادر إن طائرة بدون طيار تابعة لحزب الله أطلقت صاروخا على مجموعة من عناصر «حماس» .",
            {"حزب الله"},
            {"حماس"},  # fired at members of a body, its name in quotation marks
        ),
    ],
)
def test_a_weapon_belonging_to_a_body_acts_for_it(text: str, source: set[str], target: set[str]) -> None:
    assert roles(make_doc(text), "ASSAULT") == (source, target)


def test_a_missile_of_a_kind_fired_at_something_is_an_attack() -> None:
    # the kind of missile between it and على (صاروخ أرض ـ أرض على): fired at something, no missile test
    doc = make_doc("وأطلق الجيش الإسرائيلي صاروخ أرض ـ أرض على منزل في غزة .")
    assert [(ev.type, names(doc, ev.source), names(doc, ev.target)) for ev in doc.events] == [
        ("ASSAULT", {"الجيش الإسرائيلي"}, {"غزة"})
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the attack did, told with ف: one happening, its victim the target
        (
            "وأطلق الجيش الإسرائيلي صاروخا على منزل في غزة فقتل أحمد علي .",
            [({"الجيش الإسرائيلي"}, {"أحمد علي"})],
        ),
        ("وقصف الجيش الإسرائيلي منزلا في غزة فقتل أحمد علي .", [({"الجيش الإسرائيلي"}, {"أحمد علي"})]),
        # another actor: two attacks
        (
            "وقصف الجيش الإسرائيلي منزلا في غزة ، فقتلت حماس أحمد علي .",
            [({"الجيش الإسرائيلي"}, {"غزة"}), ({"حماس"}, {"أحمد علي"})],
        ),
    ],
)
def test_a_killing_told_as_what_an_attack_did_is_the_attack(
    text: str, expected: list[tuple[set[str], set[str]]]
) -> None:
    assert attacks(text) == expected


@pytest.mark.parametrize(
    ("text", "against"),
    [
        # every slogan against someone names whom the protest is against, and the verb that chants
        # them after the protest verb tells the same protest
        (
            "وتجمع المتظاهرون في غزة وهم يرددون هتافات «الموت لماكرون» و«الموت لإسرائيل» .",
            {"ماكرون", "إسرائيل"},
        ),
        ("تظاهر الآلاف في القاهرة وهتفوا «ليستقيل ماكرون» .", {"ماكرون"}),  # لـ of command on the slogan
        ("تظاهر الآلاف في القاهرة وهتفوا «وداعا يا ماكرون» .", {"ماكرون"}),  # a vocative between
    ],
)
def test_slogans_against_someone_name_whom_a_protest_is_against(text: str, against: set[str]) -> None:
    doc = make_doc(text)
    assert [(ev.type, names(doc, ev.source), names(doc, ev.target)) for ev in doc.events] == [
        ("PROTEST", set(), against)
    ]


def test_a_quoted_demand_for_a_removal_names_whom_a_protest_is_against() -> None:
    # ب written apart and the slogan in quotation marks (تطالب بـ«استقالة X»)
    doc = make_doc("واحتشد آلاف المتظاهرين في غزة على هتافات تطالب بـ«استقالة ماكرون» .")
    assert roles(doc, "PROTEST") == (set(), {"ماكرون"})
    assert roles(doc, "REQUEST") == (set(), {"ماكرون"})
    assert [ev.type for ev in doc.events if ev.type == "RETREAT"] == []  # demanded, not done


@pytest.mark.parametrize(
    "text",
    [
        # a time word after the verb; members coordinated
        "وتظاهر أمس مئات من عناصر وكوادر جماعة الإخوان المسلمين في القاهرة .",
        "وتظاهر أمس مئات من كوادر جماعة الإخوان المسلمين في القاهرة .",
    ],
)
def test_counted_members_of_a_body_protest_for_it(text: str) -> None:
    # the counts come from the quantities stage

    assert roles(extract_text(text), "PROTEST") == ({"جماعة الإخوان المسلمين"}, set())


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # whoever organised or led a demonstration protests; its stance word is the same protest
        ("ونظمت حماس مظاهرة في غزة احتجاجا على سياسة إسرائيل .", {"حماس"}, {"إسرائيل"}),
        ("وقاد حزب الله مظاهرة حاشدة في غزة .", {"حزب الله"}, set()),
    ],
)
def test_an_organised_or_led_demonstration_is_its_organisers_protest(
    text: str, source: set[str], target: set[str]
) -> None:
    doc = make_doc(text)
    assert [(names(doc, ev.source), names(doc, ev.target)) for ev in doc.events if ev.type == "PROTEST"] == [
        (source, target)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "وقالت مصادر بأن قوات الجيش الإسرائيلي انتشرت في غزة .",  # the force opening the clause first
        "وانتشرت قوات الجيش الإسرائيلي في غزة .",
        "وكانت وحدات من الجيش الإسرائيلي قد انتشرت في غزة .",  # (the subject of كان ... قد)
        "وكانت وحدات من الجيش الإسرائيلي قد وصلت إلى غزة .",
    ],
)
def test_forces_deployed_before_or_after_their_verb(text: str) -> None:
    assert roles(make_doc(text), "MOBILIZE") == ({"الجيش الإسرائيلي"}, {"غزة"})


def test_a_named_force_described_before_its_deployment_is_its_subject() -> None:
    # the force's name with its head (قوات X) from the tagger

    doc = extract_text("وأفادت مصادر أمنية بأن قوات البيشمركة الكردية انتشرت في محافظة ديالى .")
    assert roles(doc, "MOBILIZE") == ({"قوات البيشمركة"}, {"ديالى"})


def test_a_purpose_after_a_comma_is_the_clause_befores() -> None:
    doc = make_doc(
        "واستخدمت الشرطة المصرية الغاز المسيل للدموع وخراطيم المياه ، لتفريق المتظاهرين في القاهرة ."
    )
    assert roles(doc, "COERCE") == ({"الشرطة المصرية"}, set())


def test_a_place_after_words_spreading_over_its_parts_is_where() -> None:
    # في مختلف أحياء العاصمة X: still in X, no genitive of another noun
    doc = make_doc("كما هاجم المتظاهرون أكثر من مركز للشرطة في مختلف أحياء العاصمة بغداد .")
    assert roles(doc, "ASSAULT") == (set(), {"بغداد"})


@pytest.mark.parametrize(
    "text",
    [
        "قتل خمسة في هجوم انتحاري استهدف الجيش الإسرائيلي .",
        "وقتل خمسة أشخاص في هجوم انتحاري بسيارة مفخخة استهدفت الجيش الإسرائيلي .",
    ],
)
def test_the_name_after_a_verb_describing_an_attack_is_what_it_struck(text: str) -> None:
    # the attack is the describing verb's subject (هجوم ... استهدف X): X is struck, not striking
    doc = make_doc(text)
    assert [(names(doc, ev.source), names(doc, ev.target)) for ev in doc.events if ev.type == "ASSAULT"] == [
        (set(), {"الجيش الإسرائيلي"})
    ]


def test_surviving_no_attack_is_no_event() -> None:
    assert make_doc("ونجا الرجل من الموت بأعجوبة .").events == []


@pytest.mark.parametrize(
    ("word", "core"),
    [
        ("للمطالبة", "المطالبه"),  # لل: the article written out, as in بالمطالبة
        ("وللحكومة", "الحكومه"),
        ("بالحكومة", "الحكومه"),
        ("لإسرائيل", "اسراييل"),
        ("وقال", "قال"),
    ],
)
def test_token_core_drops_proclitics_and_keeps_the_article(word: str, core: str) -> None:
    assert token_core(make_doc(word).tokens[0]) == core


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a bracket that locates the place struck is no target, a distance in it or not
        ("وانفجرت عبوة ناسفة في حي الكرادة (وسط بغداد) .", {"الكرادة"}),
        ("وقتل جنديان بانفجار عبوة ناسفة في ناحية الرشاد (45 كلم جنوب كركوك) .", {"الرشاد"}),
        ("وسقطت قذيفة على قضاء الحويجة (غرب كركوك) .", {"الحويجة"}),
    ],
)
def test_a_bracket_locating_the_place_struck_is_no_target(text: str, target: set[str]) -> None:

    doc = extract_text(text)
    assert roles(doc, "ASSAULT") == (set(), target)


def test_a_place_in_the_title_of_the_person_struck_is_not_the_target() -> None:
    doc = make_doc("وأطلق مسلحون النار على رئيس وزراء لبنان أحمد علي في منزله .")
    assert roles(doc, "ASSAULT") == (set(), {"أحمد علي"})


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a person after a long title is a verbal noun's genitive: the patient of an assassination
        ("وتم اغتيال الأمين العام السابق لحزب الله أحمد علي في بغداد .", {"أحمد علي"}),
        ("وأدان ماكرون اغتيال وزير الخارجية الأسبق أحمد علي .", {"أحمد علي"}),
    ],
)
def test_the_holder_of_a_long_title_is_a_nouns_genitive(text: str, target: set[str]) -> None:
    assert roles(make_doc(text), "ASSAULT")[1] == target


def test_a_plural_verb_after_a_named_subject_goes_on_with_it() -> None:
    doc = make_doc("وانتقد المتظاهرون إسرائيل ، وتظاهر أنصار حزب الله ، وطالبوا الحكومة المصرية بالتدخل .")
    assert roles(doc, "REQUEST") == ({"حزب الله"}, {"الحكومة المصرية"})


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # carrying out a strike or an attack (نفذ) is the attack
        ("وقال مسؤول إن إسرائيل نفذت ضربة جوية في سوريا .", {"إسرائيل"}, {"سوريا"}),
        ("ونفذ حزب الله هجوما على الجيش الإسرائيلي .", {"حزب الله"}, {"الجيش الإسرائيلي"}),
        # a missile fired at someone, its noun in any case
        ("وأطلق الجيش الإسرائيلي صاروخ أرض أرض على حماس .", {"الجيش الإسرائيلي"}, {"حماس"}),
    ],
)
def test_carried_out_strikes_and_fired_missiles(text: str, source: set[str], target: set[str]) -> None:
    assert roles(make_doc(text), "ASSAULT") == (source, target)


def test_a_headline_before_its_dateline_is_not_coded_again() -> None:

    text = "الجيش التركي يقصف مواقع في العراق * أنقرة ـ رويترز: قصفت تركيا مواقع حزب العمال الكردستاني ."
    doc = extract_text(text)
    by_id = {e.id: e.name for e in doc.entities}
    assert [(ev.type, ev.trigger.text) for ev in doc.events] == [("ASSAULT", "قصفت")]
    assert [by_id[s] for s in doc.events[0].source] == ["تركيا"]
    assert "أنقرة" not in [by_id[t] for t in doc.events[0].target]  # the dateline is where it was filed


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a killing in an attack that a verb says targeted a body: the body was struck, not the town
        ("وقتل عشرة في هجوم انتحاري استهدف مقرا لحماس في غزة .", {"حماس"}),
        # no body named: the town stays the target
        ("وقتل عشرة في هجوم انتحاري استهدف سوقا في غزة .", {"غزة"}),
    ],
)
def test_a_killing_in_an_attack_on_a_body_strikes_the_body(text: str, target: set[str]) -> None:
    doc = make_doc(text)
    assert [names(doc, ev.target) for ev in doc.events if ev.type == "ASSAULT"] == [target]


def test_an_attack_noun_subject_of_its_verb_is_one_attack() -> None:
    doc = make_doc("وقال مصدر إن الهجوم استهدف مقرا لحماس في غزة .")
    assert [(ev.type, names(doc, ev.target)) for ev in doc.events] == [("ASSAULT", {"حماس"})]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # counted gunmen or leaders of a body killed: the body is the target
        ("وقتل الجيش الإسرائيلي 11 مسلحا من حماس في غزة .", {"حماس"}),
        ("وقتل الجيش الإسرائيلي عددا من زعماء حزب الله .", {"حزب الله"}),
    ],
)
def test_counted_members_of_a_body_killed_strike_the_body(text: str, target: set[str]) -> None:
    assert roles(make_doc(text), "ASSAULT") == ({"الجيش الإسرائيلي"}, target)


def test_a_verbal_noun_coordinated_in_a_demand_is_its_content() -> None:
    doc = make_doc("وطالب ماكرون بإنهاء الحرب وسحب الجيش الإسرائيلي من لبنان .")
    assert [ev.type for ev in doc.events] == ["REQUEST"]  # the withdrawal is only demanded


def test_breaking_up_a_protest_is_coercion() -> None:
    doc = make_doc("لكن الشرطة المصرية فضت الاحتجاج بالقوة .")
    assert roles(doc, "COERCE") == ({"الشرطة المصرية"}, set())


def test_a_meeting_struck_is_no_meeting_event() -> None:
    doc = make_doc("وقصفت الطائرات اجتماعا لحماس في غزة .")
    assert [ev.type for ev in doc.events] == ["ASSAULT"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where a protest was is not whom it is against; the noun after it is the same protest
        ("وخرجت مظاهرات احتجاج واسعة في القاهرة .", [(set(), "القاهرة", 1)]),
        # two protests by no one named, in two places
        ("تظاهر الآلاف في القاهرة أمس ، وتجمع المئات في غزة .", [(set(), "القاهرة", 1), (set(), "غزة", 1)]),
        # one protest told with and without its actor, either first: one event, the actor named
        ("وتظاهر أنصار حماس في غزة ، وشارك في المظاهرة الآلاف .", [({"حماس"}, "غزة", 2)]),
        ("وخرجت مظاهرة في غزة ، تظاهر فيها أنصار حماس .", [({"حماس"}, "غزة", 2)]),
        # the stance noun after it is the same protest, though it names no one and the place after it
        # is the protested acts'
        ("تظاهر الآلاف في القاهرة احتجاجا على ما يتعرض له المسيحيون في غزة .", [(set(), "القاهرة", 1)]),
        # no place: nothing to tell
        ("وتظاهر الآلاف أمس .", []),
    ],
)
def test_a_protest_by_no_one_named_is_kept_where_it_took_place(
    text: str, expected: list[tuple[set[str], str, int]]
) -> None:
    doc = make_doc(text)
    places = {e.id: e.name for e in doc.entities}
    got = [(names(doc, ev.source), places.get(ev.location or ""), 1 + len(ev.mentions)) for ev in doc.events]
    assert got == expected
    assert all(ev.type == "PROTEST" and not ev.target for ev in doc.events)


def test_only_protests_are_kept_without_a_named_actor() -> None:
    assert make_doc("وجرت محادثات في القاهرة أمس .").events == []
    doc = make_doc("واعتقلت الشرطة عشرات في غزة .")  # an arrest by an unnamed force: not kept
    assert doc.events == []


def test_events_that_name_no_actor_are_not_scored_but_found() -> None:
    passage = Passage("تظاهر الآلاف في القاهرة أمس .", None, (), reference=("PROTEST",))
    scores = evaluate([passage])
    assert sum(scores.predicted.values()) == 0  # the gold writes no actorless event: nor is one scored
    assert scores.found["PROTEST"] == 1  # the type was found in the passage


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # the killed of a relative clause are no subject: nobody named attacked
        ("وتظاهر المئات وبينهم عائلات الجنود الذين قتلوا في العراق أمام السفارة .", "ASSAULT"),
        # leaders gathering is no protest
        ("وهي المرة الأولى التي تجمع فيها ماكرون وأحمد علي في مكان واحد .", "PROTEST"),
        # after a preposition of place a word is a place, not a verb: an intersection, no boycott
        ("وانفجرت سيارة مفخخة قرب تقاطع في غزة .", "PROTEST"),
        # a feminine participle's form read elsewhere than after a comma is another word (مدينة: city, not
        # "condemning")
        ("واقتحمت القوات الإسرائيلية مدينة غزة .", "ACCUSE"),
        # aiming at an act is no attack
        ("وأكد ماكرون أن فرنسا تستهدف تعزيز التعاون مع مصر .", "ASSAULT"),
        ("وقالت حماس إن الزيارة تستهدف إنهاء الحصار على غزة .", "ASSAULT"),
    ],
    ids=[
        "killed-in-relative",
        "leaders-gathering",
        "near-an-intersection",
        "adjective-not-participle",
        "aims-at-form-ii",
        "aims-at-form-iv",
    ],
)
def test_no_event_of_the_type(text: str, etype: str) -> None:
    assert [ev for ev in make_doc(text).events if ev.type == etype] == []


def test_rockets_fired_at_unnamed_towns_are_an_attack() -> None:
    text = "وأطلقت حماس عشرات الصواريخ فجر أمس على البلدات المجاورة ."
    doc = make_doc(text, times=(("فجر أمس", "2025-09-02"),))
    assert [(ev.type, names(doc, ev.source)) for ev in doc.events] == [("ASSAULT", {"حماس"})]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a convoy sent on its way (سير); the goods counted in it do not stand between it and where it goes
        (
            "سيرت الهيئة الخيرية الأردنية الهاشمية قافلة مساعدات تضم 60 شاحنة و40 طنا من الأدوية إلى غزة.",
            {"الهيئة الخيرية الأردنية الهاشمية"},
            {"غزة"},
        ),
        (
            "أرسلت إدارة الكوارث والطوارئ التركية قافلة مساعدات جديدة تضم 40 شاحنة محملة بالخيام إلى سوريا.",
            {"إدارة الكوارث والطوارئ التركية"},
            {"سوريا"},
        ),
        # an air bridge set up for aid
        ("أقامت القوات المصرية جسرا جويا لنقل مساعدات إلى السودان.", {"القوات المصرية"}, {"السودان"}),
    ],
)
def test_an_aid_convoy_goes_to_its_destination(text: str, source: set[str], target: set[str]) -> None:
    # the goods are counted by the quantities stage

    assert roles(extract_text(text), "AID") == (source, target)


def test_the_act_a_threat_promises_is_not_coded() -> None:
    # بشن: ب cut from a two-letter stem, the attack is what is threatened
    doc = make_doc("توعد أردوغان بشن عملية عسكرية جديدة ضد حزب الله.")
    assert [e.type for e in doc.events] == ["THREATEN"]


def test_what_is_repelled_happened() -> None:
    # قاتلوا لصد التوغل: the incursion is no purpose of the fighting but what it was against, and it
    # was on those who repelled it
    doc = make_doc("قاتل الجيش الإسرائيلي لصد التوغل الذي شنه حزب الله في إسرائيل.")
    assert ({"حزب الله"}, {"الجيش الإسرائيلي"}) in [
        (names(doc, e.source), names(doc, e.target)) for e in doc.events if e.type == "ASSAULT"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "وقالت مصر إن الخطوة تهدد وحدة السودان وسلامة أراضيه.",
        "وحذر أردوغان من التصعيد ، معتبرا أنه يهدد بجر المنطقة إلى حرب شاملة.",
        "وقالت إيران إن العقوبات تهدد استقرار المنطقة.",
        # a thing named by no actor right before the imperfect is its subject: a danger, no threat
        "وناشدت الأمم المتحدة المانحين تقديم الأموال، محذرة من «كارثة» تهدد ثمانية ملايين شخص.",
        "وحذر البنك الدولي من أزمة غذاء تهدد العراق.",
        "واتهمت روسيا أوكرانيا باستخدام «سفن متهالكة» تهدد البحر الأسود.",
    ],
)
def test_what_endangers_is_no_threat(text: str) -> None:
    assert [e for e in make_doc(text).events if e.type == "THREATEN"] == []


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # subjects joined with و before a deciding or announcing verb's verbal noun
        ("قررت مصر وإسرائيل قطع العلاقات مع إيران.", "SANCTION", {"مصر", "إسرائيل"}, {"إيران"}),
        ("أعلنت مصر وإسرائيل قطع العلاقات مع إيران.", "SANCTION", {"مصر", "إسرائيل"}, {"إيران"}),
        ("واصلت مصر وإسرائيل تقديم المساعدات إلى غزة.", "AID", {"مصر", "إسرائيل"}, {"غزة"}),
        # the start of an act between the announcing verb and the act
        ("أعلن الجيش الإسرائيلي بدء عملية برية في لبنان.", "ASSAULT", {"الجيش الإسرائيلي"}, {"لبنان"}),
    ],
)
def test_the_subjects_of_an_enacting_verb_do_its_verbal_noun(
    text: str, etype: str, source: set[str], target: set[str]
) -> None:
    assert roles(make_doc(text), etype) == (source, target)


def test_missiles_of_a_country_named_are_its_attack() -> None:
    # (the country of the adjective from the knowledge base)

    doc = extract_text("استهدفت صواريخ روسية مطارات في كييف وخاركيف. وقالت روسيا إنها ردت.")
    assert roles(doc, "ASSAULT") == ({"روسيا"}, {"كييف", "خاركيف"})


def test_a_country_s_strike_as_the_subject_is_its_attack() -> None:

    doc = extract_text(
        "استهدفت غارة إسرائيلية يوم الثلاثاء محيط موقع البص الأثري في مدينة صور، ما ألحق أضرارا بالمقبرة. "
        "وتقدم الوزير بشكوى ضد إسرائيل."
    )
    assert roles(doc, "ASSAULT") == ({"إسرائيل"}, {"صور"})


def test_where_the_subject_serves_is_no_one_acted_on() -> None:
    # (the title told as the person: from the entities stage)

    doc = extract_text(
        "ودعا أنان أمام مجلس الأمن إلى وقف القتال. ورفض السفير الأميركي بمجلس الأمن اقتراح أنان."
    )
    assert roles(doc, "REJECT") == ({"السفير الأميركي"}, {"أنان"})
    # (a person named, not a title: whom he praises or condemns)
    doc = make_doc("وندد بوتين بحزب الله.")
    assert roles(doc, "ACCUSE") == ({"فلاديمير بوتين"}, {"حزب الله"})


def test_a_feminine_body_after_a_masculine_verb_is_its_object() -> None:
    # واتهم الحكومة: a feminine subject would take اتهمت
    doc = make_doc("وقال أردوغان إن المؤتمر فرصة ، واتهم الحكومة المصرية بالخضوع للضغوط.")
    ev = find(doc, "ACCUSE")
    assert names(doc, ev.target) == {"الحكومة المصرية"} and "الحكومة المصرية" not in names(doc, ev.source)


def test_a_feminine_title_before_a_name_is_a_title() -> None:
    # (المبعوثة الأممية: person_titles.tsv)

    doc = extract_text("أجرى أردوغان اتصالا هاتفيا مع المبعوثة الأممية هانا تيتيه.")
    ev = find(doc, "CONSULT")
    assert names(doc, ev.source) | names(doc, ev.target) == {"أردوغان", "هانا تيتيه"}


@pytest.mark.parametrize(
    "text", ["ودعا أردوغان الطرفين إلى حل الأزمة عبر الحوار.", "ودعا ماكرون إلى ضبط النفس."]
)
def test_a_solution_or_restraint_is_no_coercion(text: str) -> None:
    assert [e for e in make_doc(text).events if e.type == "COERCE"] == []


def test_a_body_in_the_subjects_title_does_not_hide_the_enacting_verb() -> None:

    doc = extract_text("أعلن رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة حل جهاز دعم الاستقرار.")
    assert roles(doc, "COERCE") == ({"عبد الحميد الدبيبة"}, {"جهاز دعم الاستقرار"})


def test_an_arrival_of_aircraft_is_no_visit() -> None:
    doc = make_doc("كما وصلت إلى مطار القاهرة طائرتان محملتان بالمواد الغذائية.")
    assert [e for e in doc.events if e.type == "CONSULT"] == []
    # (a visitor arriving is still a visit)
    doc = make_doc("ووصل أردوغان إلى مطار القاهرة على متن طائرة خاصة.")
    assert names(doc, find(doc, "CONSULT").source) == {"أردوغان"}


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("وافق البنك الدولي على منح أوكرانيا قرضا بقيمة مليار دولار.", {"البنك الدولي"}, {"أوكرانيا"}),
        ("وافق البنك الدولي على قرض جديد لمصر.", {"البنك الدولي"}, {"مصر"}),
    ],
)
def test_approving_a_loan_is_giving_it(text: str, source: set[str], target: set[str]) -> None:
    doc = make_doc(text)
    assert roles(doc, "AID") == (source, target) and "AGREE" not in [e.type for e in doc.events]


def test_an_act_condemned_may_have_been_told_two_sentences_before() -> None:
    doc = make_doc(
        "اقتحم الجيش الإسرائيلي مخيم جنين. وأمهلت حماس إسرائيل يومين لسحب قواتها. وأدان أردوغان الاقتحام."
    )
    assert roles(doc, "ACCUSE") == ({"أردوغان"}, {"الجيش الإسرائيلي"})


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the act told with the same word, however far back: the verb's object
        (
            "شنت إسرائيل يوم السبت موجة من الغارات الجوية على جنوب لبنان . وقال الجيش الإسرائيلي إنه "
            "اعترض ثلاثة صواريخ . وأفادت وزارة الصحة اللبنانية بأن خمسة أشخاص قتلوا . ونفى حزب الله أي "
            "صلة له بإطلاق الصواريخ . من جهته، أدان رئيس الوزراء اللبناني نواف سلام الغارات .",
            {"إسرائيل"},
        ),
        # or the noun itself, before a later act of its kind
        (
            "قتل 32 شخصا في هجوم انتحاري تبنته حركة الشباب على مطعم في مقديشو . وشن الجيش الصومالي "
            "عملية عسكرية في إقليم شبيلي . ودان الرئيس الصومالي حسن شيخ محمود الهجوم .",
            {"حركة الشباب"},
        ),
    ],
)
def test_an_act_condemned_is_the_one_told_with_the_same_word(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "ACCUSE")[1] == target


def test_the_operation_condemned_is_the_act_told_before() -> None:
    doc = make_doc("وأطلقت كوريا الشمالية صاروخا بعيد المدى ، فندد مجلس الأمن بالعملية .")
    assert roles(doc, "ACCUSE") == ({"مجلس الأمن"}, {"كوريا الشمالية"})


def test_a_resignation_is_its_makers_and_refusing_it_is_aimed_at_him() -> None:
    doc = make_doc("وقدم أردوغان استقالته إلى البرلمان . ورفض ماكرون الاستقالة .")
    assert roles(doc, "RETREAT") == ({"أردوغان"}, set())  # (whom it is handed to is no party)
    assert roles(doc, "REJECT") == ({"ماكرون"}, {"أردوغان"})
    # (threats refused, or accusations denied, name no one)
    doc = make_doc("وهدد أردوغان بشن عملية . ورفضت حماس التهديدات .")
    assert roles(doc, "REJECT") == ({"حماس"}, set())


def test_an_announced_deed_after_the_subjects_title() -> None:
    doc = make_doc("أعلن الرئيس أردوغان استقالته من منصبه.")
    assert roles(doc, "RETREAT") == ({"أردوغان"}, set())


@pytest.mark.parametrize(
    "text",
    [
        "التقى أردوغان ماكرون في باريس . ورحبت مصر بنتائج القمة .",
        "بدأت حماس وإسرائيل محادثات في القاهرة . ورحبت مصر بانطلاق المحادثات .",
        "وقعت حماس وإسرائيل اتفاقا . وأعرب ماكرون عن ترحيبه بالاتفاق .",
    ],
)
def test_welcoming_the_outcome_of_an_act_told_before(text: str) -> None:
    doc = make_doc(text)
    ev = next(e for e in doc.events if e.type == "SUPPORT")
    told = next(e for e in doc.events if e.type in ("CONSULT", "AGREE"))
    assert set(ev.target) == set(told.source) | set(told.target) and ev.target


def test_a_dateline_with_its_adjective_is_no_actor() -> None:

    doc = extract_text("القدس المحتلة - اقتحمت قوات الاحتلال الإسرائيلي المسجد الأقصى، واعتدت على المصلين.")
    assert all("القدس" not in names(doc, e.source) for e in doc.events) and doc.events


def test_the_adjectives_of_aid_do_not_stand_between_it_and_its_recipient() -> None:
    # (the sum: from the quantities stage)

    doc = extract_text("أعلنت مصر عن تقديم مساعدات غذائية وطبية بقيمة 50 مليون دولار لسوريا.")
    assert roles(doc, "AID") == ({"مصر"}, {"سوريا"})


@pytest.mark.parametrize(
    "text",
    [
        "نفذت حماس في غزة إضرابا شاملا في المدارس.",  # where the subject is
        "نفذت الشرطة المصرية التابعة لحماس إضرابا.",  # the body it belongs to
    ],
)
def test_an_enacting_verbs_subject_past_its_place_or_its_parent_body(text: str) -> None:
    doc = make_doc(text)
    assert next(iter(names(doc, find(doc, "PROTEST").source)), None) in ("حماس", "الشرطة المصرية")


def test_a_strike_of_a_bodys_workers_is_against_the_body() -> None:
    doc = make_doc("أضرب نحو ألف عامل في حماس عن العمل .")
    assert roles(doc, "PROTEST") == (set(), {"حماس"})


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("تظاهر الآلاف في القاهرة رفضا لترشح أردوغان.", {"أردوغان"}),  # what the protest is against
        ("تظاهر الآلاف في القاهرة تأييدا لأردوغان.", set()),  # for someone, against no one
    ],
)
def test_a_stance_a_protest_is_made_in_is_no_event_of_its_own(text: str, target: set[str]) -> None:
    doc = make_doc(text)
    assert [e.type for e in doc.events] == ["PROTEST"] and names(doc, doc.events[0].target) == target


def test_the_two_sides_are_the_parties_of_the_last_meeting_or_deal() -> None:
    doc = make_doc("التقى أردوغان ماكرون في باريس . ودعا بوتين الطرفين إلى الحوار .")
    assert roles(doc, "REQUEST") == ({"فلاديمير بوتين"}, {"أردوغان", "ماكرون"})


def test_a_conviction_is_a_sanction_on_the_convicted() -> None:
    doc = make_doc("وقال أردوغان إن المحكمة قررت سجنه بعد إدانته بالتجسس.")
    assert "ACCUSE" not in [e.type for e in doc.events]
    doc = make_doc("رحب ماكرون بإدانة أردوغان للهجوم.")  # (a condemnation still)
    assert roles(doc, "ACCUSE")[0] == {"أردوغان"}


def test_talks_proposed_are_not_held() -> None:
    doc = make_doc("فيما أيدت مصر مبادرة للحوار بين حماس وإسرائيل.")
    assert [e.type for e in doc.events] == ["SUPPORT"]


def test_who_underwent_an_act_in_a_relative_clause_is_its_target() -> None:
    doc = make_doc("ودانت مصر الاعتداء الذي تعرض له الجيش الإسرائيلي في غزة.")
    assert roles(doc, "ASSAULT") == (set(), {"الجيش الإسرائيلي"})
    assert "الجيش الإسرائيلي" not in roles(doc, "ACCUSE")[1]


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # solidarity with someone, its owner the genitive between
        ("أعرب أردوغان عن تضامن بلاده مع مصر.", "SUPPORT", {"أردوغان"}, {"مصر"}),
        # credentials received
        ("تسلم أردوغان أوراق اعتماد سفير مصر.", "CONSULT", {"أردوغان"}, set()),
    ],
)
def test_the_register_of_state_news_agencies(
    text: str, etype: str, source: set[str], target: set[str]
) -> None:
    doc = make_doc(text)
    ev = find(doc, etype)
    assert names(doc, ev.source) == source and target <= names(doc, ev.target)


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # a warning to someone against their conduct accuses them; of one's own response, threatens
        ("وحذرت إيران إسرائيل من «أي مغامرة عسكرية».", "ACCUSE", {"إيران"}, {"إسرائيل"}),
        ("وحذرت إيران إسرائيل من عواقب وخيمة.", "THREATEN", {"إيران"}, {"إسرائيل"}),
        # one's own envoy recalled; a foreign one summoned, the genitive the one summoned
        ("أعلنت مصر استدعاء سفيرها لدى إسرائيل للتشاور.", "SANCTION", {"مصر"}, {"إسرائيل"}),
        # a squadron sent
        (
            "أعلنت الولايات المتحدة إرسال سرب من المقاتلات إلى العراق.",
            "MOBILIZE",
            {"الولايات المتحدة"},
            {"العراق"},
        ),
    ],
)
def test_warnings_summons_and_squadrons(text: str, etype: str, source: set[str], target: set[str]) -> None:
    assert roles(make_doc(text), etype) == (source, target)


def test_the_genitive_of_a_summons_is_the_one_summoned() -> None:

    doc = extract_text("أعلنت الجزائر استدعاء السفير الإسباني.")
    assert roles(doc, "ACCUSE") == ({"الجزائر"}, {"السفير الإسباني"})


def test_protesters_storming_a_building_riot() -> None:
    doc = make_doc("اقتحم محتجون غاضبون مقر حماس في غزة.")
    ev = find(doc, "PROTEST")
    assert ev.mode == "riot" and names(doc, ev.target) == {"حماس"} and not ev.source
    # (attacking police stations with firebombs is an attack)
    assert [e.type for e in make_doc("هاجم المتظاهرون مراكز الشرطة المصرية بالقنابل الحارقة.").events] == [
        "ASSAULT"
    ]


@pytest.mark.parametrize(
    ("word", "polarity"),
    [("خطأ", "blame"), ("إرهاب", "blame"), ("جيد", "praise"), ("إيجابي", "praise"), ("الصحيح", "praise")],
)
def test_stance_words_load_without_the_article(word: str, polarity: str) -> None:
    from khabar.events.lexicon import stance_words
    from khabar.text.normalize import normalize

    key = normalize(word)
    assert stance_words()[key.removeprefix("ال") if len(key) > 4 else key] == polarity


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("وطردت إسرائيل الدبلوماسيين الأتراك . وقالت تركيا إنها سترد .", ("إسرائيل", "تركيا")),
        (
            "وأمهلت إسرائيل الدبلوماسيين الأتراك 72 ساعة لمغادرة البلاد . وقالت تركيا إنها سترد .",
            ("إسرائيل", "تركيا"),
        ),
        # after a count, by the noun (طرد أكثر من مئة دبلوماسي روسي)
        (
            "أعلنت الولايات المتحدة طرد أكثر من مئة دبلوماسي روسي. ونفت روسيا أي دور لها.",
            ("الولايات المتحدة", "روسيا"),
        ),
        # staff of an embassy, and an unnamed ambassador, are their country's
        (
            "طردت الجزائر، الاثنين، 12 موظفا في السفارة الفرنسية. وقالت فرنسا إنها سترد.",
            ("الجزائر", "فرنسا"),
        ),
        ("طردت كولومبيا السفير الإسرائيلي. وقالت إسرائيل إنها سترد.", ("كولومبيا", "إسرائيل")),
    ],
)
def test_expelled_diplomats_name_their_country_by_their_nationality(text: str, pair: tuple[str, str]) -> None:
    """Diplomats expelled, or given hours to leave, are their country's, named by their nationality."""
    doc = extract_text(text)
    names = {e.id: e.name for e in doc.entities}
    expulsions = [ev for ev in doc.events if (ev.type, ev.mode) == ("SANCTION", "expel")]
    assert [([names[s] for s in ev.source], [names[t] for t in ev.target]) for ev in expulsions] == [
        ([pair[0]], [pair[1]])
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «the latter» is the last actor named, not a place after a preposition
        (
            "اتهم الجيش الإسرائيلي حزب الله بقصف مواقع في غزة ، "
            "فيما اتهم الأخير الجيش الإسرائيلي بشن غارات .",
            [
                ("ACCUSE", {"الجيش الإسرائيلي"}, {"حزب الله"}),
                ("ACCUSE", {"حزب الله"}, {"الجيش الإسرائيلي"}),
            ],
        ),
        # two who acted on each other are "the two sides" a call is aimed at, past a setting between commas
        (
            "اتهم الجيش الإسرائيلي حزب الله بخرق الهدنة ، واتهم حزب الله الجيش الإسرائيلي بقصف القرى . "
            "ودعت فرنسا ، في بيان ، الطرفين إلى الالتزام بالهدنة .",
            [
                ("ACCUSE", {"الجيش الإسرائيلي"}, {"حزب الله"}),
                ("ACCUSE", {"حزب الله"}, {"الجيش الإسرائيلي"}),
                ("REQUEST", {"فرنسا"}, {"حزب الله", "الجيش الإسرائيلي"}),
            ],
        ),
        # one who only acted on another makes a pair with it too, the last two actors of an act told
        (
            "اتهم الجيش الإسرائيلي حزب الله بخرق الهدنة . ودعت فرنسا الطرفين إلى الالتزام بالهدنة .",
            [
                ("ACCUSE", {"الجيش الإسرائيلي"}, {"حزب الله"}),
                ("REQUEST", {"فرنسا"}, {"الجيش الإسرائيلي", "حزب الله"}),
            ],
        ),
        # ... unless a force or body attacked another: the two sides of the fighting
        (
            "قصف الجيش الإسرائيلي مواقع لحزب الله . ودعت فرنسا الطرفين إلى الالتزام بالهدنة .",
            [
                ("ASSAULT", {"الجيش الإسرائيلي"}, {"حزب الله"}),
                ("REQUEST", {"فرنسا"}, {"الجيش الإسرائيلي", "حزب الله"}),
            ],
        ),
        # (not a place struck)
        (
            "قصف الجيش الإسرائيلي مواقع في غزة . ودعت فرنسا الطرفين إلى الالتزام بالهدنة .",
            [("ASSAULT", {"الجيش الإسرائيلي"}, {"غزة"}), ("REQUEST", {"فرنسا"}, set())],
        ),
    ],
)
def test_the_latter_and_the_two_sides_after_mutual_acts(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    doc = make_doc(text)
    assert [(ev.type, names(doc, ev.source), names(doc, ev.target)) for ev in doc.events] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the two sides" of one's words against the other, a capital standing for its state
        (
            "اتهمت جبهة البوليساريو الرباط بخرق الهدنة، فيما دعا الاتحاد الأفريقي الطرفين إلى ضبط النفس.",
            ("REQUEST", {"الاتحاد الأفريقي"}, {"جبهة البوليساريو", "الرباط"}),
        ),
        # ... past the "to" of the caller's title (المبعوث الأممي إلى الصومال)
        (
            "اتهمت الحكومة الصومالية حركة الشباب بقطع إمدادات المياه عن الأحياء الجنوبية. "
            "ودعا المبعوث الأممي إلى الصومال جيمس سوان الطرفين إلى تحييد منشآت المياه.",
            ("REQUEST", {"جيمس سوان"}, {"الحكومة الصومالية", "حركة الشباب"}),
        ),
        # (a dialogue "between the two sides" is what is called for, no one it is addressed to)
        (
            "اتهمت جبهة البوليساريو الرباط بخرق الهدنة، فيما دعا الاتحاد الأفريقي إلى حوار بين الطرفين.",
            ("REQUEST", {"الاتحاد الأفريقي"}, set()),
        ),
    ],
)
def test_a_call_on_the_two_sides_of_words_against_another(
    text: str, expected: tuple[str, set[str], set[str]]
) -> None:
    doc = extract_text(text)
    ev = find(doc, "REQUEST")
    assert (ev.type, names(doc, ev.source), names(doc, ev.target)) == expected


_EXCHANGE = (
    "أفرجت حركة طالبان عن عشرين جنديا من القوات الحكومية، فيما أطلقت الحكومة الأفغانية سراح خمسين من "
    "مقاتلي الحركة. وكان الطرفان قد اتفقا على التبادل في الدوحة الشهر الماضي. "
    "ورحب الاتحاد الأوروبي بالتزام الطرفين."
)


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # "the two sides" with no pair named together: the two that acted, one each, in the sentence before
        (_EXCHANGE, "AGREE", ({"حركة طالبان", "الحكومة الأفغانية"}, set())),
        # ... and still the two in the sentence after
        (_EXCHANGE, "SUPPORT", ({"الاتحاد الأوروبي"}, {"حركة طالبان", "الحكومة الأفغانية"})),
        # "the two sides" told once stay the two past the reach of the pair they took back
        (
            "أجرت الحكومة الكولومبية وجيش التحرير الوطني يوم السبت جولة جديدة من المفاوضات في هافانا. "
            "وترأس الوفد الحكومي المفوض أوتي باتينيو. وقال مصدر مطلع إن الطرفين تبادلا مسودات مكتوبة. "
            "واتفق الطرفان في ختام الجولة على تمديد الهدنة شهرا.",
            "AGREE",
            ({"الحكومة الكولومبية", "جيش التحرير الوطني"}, set()),
        ),
        # ... or the one that acted there and the one that acted in the sentence before it
        (
            "قصف الجيش الإسرائيلي مواقع في خان يونس. وردت حركة حماس بإطلاق صواريخ على عسقلان. "
            "ودعت الأمم المتحدة الطرفين إلى ضبط النفس.",
            "REQUEST",
            ({"الأمم المتحدة"}, {"الجيش الإسرائيلي", "حركة حماس"}),
        ),
        (
            "قصف الجيش الإسرائيلي مواقع في خان يونس. ورد حزب الله باستهداف موقع المطلة. "
            "ودعت الأمم المتحدة الطرفين إلى ضبط النفس.",
            "REQUEST",
            ({"الأمم المتحدة"}, {"الجيش الإسرائيلي", "حزب الله"}),
        ),
        # (not after one who acted on no one told as an answer)
        (
            "قصف الجيش الإسرائيلي مواقع في خان يونس. وأطلقت حركة حماس صواريخ على عسقلان. "
            "ودعت الأمم المتحدة الطرفين إلى ضبط النفس.",
            "REQUEST",
            ({"الأمم المتحدة"}, set()),
        ),
        # (not the subject of a relative clause's verb: the talks' two sides are the one and the other)
        (
            "انتقدت اليابان محادثات أجراها الرئيس الروسي فلاديمير بوتين مع الرئيس الصيني شي جين بينغ في "
            "موسكو. وقال بوتين إن الجانبين اتفقا على توسيع التعاون.",
            "AGREE",
            ({"فلاديمير بوتين"}, {"شي جين بينغ"}),
        ),
    ],
)
def test_the_two_sides_as_the_two_that_acted_before(
    text: str, kind: str, expected: tuple[set[str], set[str]]
) -> None:
    doc = extract_text(text)
    ev = find(doc, kind)
    assert (names(doc, ev.source), names(doc, ev.target)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وطالب الجيش اللبناني خلال الاجتماع إسرائيل بتسليم الخرائط.", ({"الجيش اللبناني"}, {"إسرائيل"})),
        (
            "ودعا وزير الخارجية الأردني خلال اللقاء الحكومة السورية إلى ضبط الحدود.",
            ({"وزير الخارجية الأردني"}, {"الحكومة السورية"}),
        ),
    ],
)
def test_a_call_s_addressee_after_the_meeting_it_was_made_at(
    text: str, expected: tuple[set[str], set[str]]
) -> None:
    # a definite meeting word heads no genitive: the name after it is the call's object
    doc = extract_text(text)
    ev = find(doc, "REQUEST")
    assert (names(doc, ev.source), names(doc, ev.target)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whom a call asks be released, tried or handed over is no one it is addressed to
        ("وطالبت النقابة الوطنية للصحفيين بإطلاق سراح الصحافي عمر الراضي.", set()),
        ("وطالب السيناتور ريتشارد بلومنتال بمحاكمة مسؤولي شركة بوينغ.", set()),
        # (but one named before the act is: طالب X Y بتسليم Z)
        ("وطالب حزب العمال الحكومة البريطانية بتسليم جوليان أسانج.", {"الحكومة البريطانية"}),
        # (and one asked to resign or leave is)
        ("وطالب حزب المحافظين باستقالة رئيس الوزراء بوريس جونسون.", {"بوريس جونسون"}),
    ],
)
def test_a_call_is_not_addressed_to_whom_it_asks_an_act_be_done_to(text: str, expected: set[str]) -> None:
    doc = extract_text(text)
    assert names(doc, find(doc, "REQUEST").target) == expected


def test_a_word_of_a_name_is_no_clause_word() -> None:
    # بان of بان كي مون is not بأن ("that"): the search for the one met goes on past the subject
    doc = extract_text("وعقد الأمين العام للأمم المتحدة بان كي مون اجتماعا مع الرئيس السوداني عمر البشير.")
    ev = find(doc, "CONSULT")
    assert names(doc, ev.source) | names(doc, ev.target) == {"بان كي مون", "عمر البشير"}


@pytest.mark.parametrize("obj", ["الحكم", "بالحكم", "المحاكمة"])
def test_a_verdict_criticised_is_the_court_s(obj: str) -> None:
    # the court named before gave the verdict, though its act was coded as nothing
    verb = "ونددت" if obj.startswith("ب") else "وانتقدت"
    told = "أحالت محكمة جنايات القاهرة أوراق 105 متهمين إلى المفتي."
    doc = extract_text(f"{told} {verb} منظمة العفو الدولية {obj}.")
    ev = find(doc, "ACCUSE")
    assert names(doc, ev.target) == {"محكمة جنايات القاهرة"}


def test_a_verdict_criticised_past_a_long_subject_is_the_court_s() -> None:
    # the words of the critic's name and title do not count against how far the verdict may stand
    told = "أحالت محكمة جنايات القاهرة أوراق 105 متهمين إلى المفتي."
    doc = extract_text(f"{told} وندد الأمين العام لمنظمة مراسلون بلا حدود كريستوف ديلوار بالحكم.")
    assert roles(doc, "ACCUSE") == ({"كريستوف ديلوار"}, {"محكمة جنايات القاهرة"})


def test_what_one_is_called_to_take_part_in_is_the_call_s_content() -> None:
    doc = make_doc("وطالبت مصر حماس بالدخول في مفاوضات مع إسرائيل .")
    assert roles(doc, "REQUEST") == ({"مصر"}, {"حماس"})
    assert not [e for e in doc.events if e.type == "CONSULT"]  # asked for, not held


def test_no_one_is_the_target_of_his_own_act() -> None:
    # the killing takes the raid's agent as its source; its target is then not that agent too
    doc = extract_text("قتل 14 مدنيا في غارات شنها طيران التحالف العربي على سوق شعبي.")
    assert all(not set(e.source) & set(e.target) for e in doc.events)
    assert roles(doc, "ASSAULT")[0] == {"التحالف العربي"}


def test_a_meeting_with_a_counterpart_is_between_him_and_the_subject() -> None:
    # بعد لقاء نظيره الفرنسي X: the counterpart met, by the subject whose pronoun it carries
    doc = extract_text("وانتقد سعود الفيصل بعد لقاء نظيره الفرنسي برنار كوشنير إسرائيل.")
    ev = find(doc, "CONSULT")
    assert names(doc, ev.source) | names(doc, ev.target) == {"سعود الفيصل", "برنار كوشنير"}


@pytest.mark.parametrize(
    "text",
    [
        "وردت دول الساحل باستدعاء سفرائها، وهو ما رفضته الجزائر جملة وتفصيلا.",
        "رفض وزير النفط العراقي تمديد الاتفاق، وهذا ما رفضته الجزائر أيضا.",
    ],
)
def test_ma_after_a_pronoun_is_a_relative_not_a_negation(text: str) -> None:
    # وهو ما رفضته X: "which X rejected", the rejection happened
    doc = extract_text(text)
    ev = next(e for e in doc.events if e.type == "REJECT" and names(doc, e.source) == {"الجزائر"})
    assert not ev.negated


def test_ma_before_a_perfect_still_negates() -> None:
    doc = extract_text("قالت الوزارة إن الجزائر ما رفضت الاقتراح.")
    assert all(e.negated for e in doc.events if e.type == "REJECT")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # an indefinite attack taken back with no relative word by a verb of claiming or carrying it out
        ("قتل ثلاثة جنود في هجوم بـ12 صاروخا تبناه الحرس الثوري الإيراني.", {"الحرس الثوري"}, set()),
        ("تعرضت مدينة أربيل لهجوم صاروخي تبناه الحرس الثوري الإيراني.", {"الحرس الثوري"}, {"أربيل"}),
        (
            "تظاهر الآلاف بعد أيام من هجوم شنه «اللواء 444 قتال» على مقرات «جهاز الردع».",
            {"اللواء 444 قتال"},
            {"جهاز الردع"},
        ),
        # a definite act noun right before the verb (translated text leaves out the relative word)
        (
            'فرض الرئيس حظر تجول بعد الهجمات نفذتها عصابة "لوس تشونيروس" على مراكز للشرطة في غواياكيل.',
            {"لوس تشونيروس"},
            {"غواياكيل"},
        ),
        # a subject that refers back stands for the actor named before
        (
            "شنت مقاتلات هندية غارات على معسكر لجماعة جيش محمد، بعد أسبوعين من هجوم انتحاري تبنته الجماعة "
            "وأسفر عن مقتل 40 من عناصر الشرطة الهندية.",
            {"جماعة جيش محمد"},
            {"الشرطة الهندية"},
        ),
    ],
)
def test_an_attack_claimed_by_a_clause_with_no_relative_word(
    text: str, source: set[str], target: set[str]
) -> None:
    doc = extract_text(text)
    assert any(
        names(doc, e.source) == source and names(doc, e.target) == target
        for e in doc.events
        if e.type == "ASSAULT"
    )


def test_an_indefinite_subject_of_the_clause_names_no_one_before() -> None:
    # غارة شنتها طائرات أمريكية: the aircraft carried it out, not the group named before the raid
    doc = extract_text("قتل أبو مصعب الزرقاوي زعيم تنظيم القاعدة في غارة شنتها طائرات أمريكية قرب بعقوبة.")
    assert all("تنظيم القاعدة" not in names(doc, e.source) for e in doc.events if e.type == "ASSAULT")


def test_a_militia_s_commander_is_the_holder_past_its_quoted_name_and_nationality() -> None:
    # قائد ميليشيا "النمر" الليبية سالم الورفلي: the commander is sanctioned, not his militia
    doc = extract_text('أدرجت لجنة العقوبات قائد ميليشيا "النمر" الليبية سالم الورفلي على قائمة العقوبات.')
    assert roles(doc, "SANCTION") == ({"لجنة العقوبات"}, {"سالم الورفلي"})


def test_a_quoted_body_in_a_conjoined_title_is_the_holder_s() -> None:
    # وقائد «قوات سوريا الديمقراطية» مظلوم عبدي: the commander signs, his force is no third party
    doc = extract_text("وقع الرئيس السوري أحمد الشرع وقائد «قوات سوريا الديمقراطية» مظلوم عبدي اتفاقا.")
    ev = find(doc, "AGREE")
    assert names(doc, ev.source) | names(doc, ev.target) == {"أحمد الشرع", "مظلوم عبدي"}


@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        # the subject's title has no article (زعيم حزب ...): the deed after it is still its object
        (
            "شنت الشرطة التركية حملة اعتقالات طالت رئيس بلدية إسطنبول أكرم إمام أوغلو. "
            "وندد زعيم حزب الشعب الجمهوري أوزغور أوزال بالحملة.",
            "ACCUSE",
            {"الشرطة التركية"},
        ),
        # strikes are a deed told before
        (
            "قصفت القوات الأميركية مواقع لكتائب حزب الله في القائم. "
            "ووصفت وزارة الخارجية العراقية الضربات بأنها انتهاك للسيادة العراقية.",
            "ACCUSE",
            {"القوات الأميركية"},
        ),
        # a stance noun with ل; the step is the one a stance just told was taken on
        (
            "رفض مجلس السلم والأمن إعلان قوات الدعم السريع تشكيل حكومة موازية، داعيا الدول إلى عدم الاعتراف "
            "بها. كما أعربت جامعة الدول العربية عن إدانتها للخطوة.",
            "ACCUSE",
            {"قوات الدعم السريع"},
        ),
        # a report or statement is its speaker's, whoever it was about
        (
            "اتهمت لجنة التحقيق الدولية إسرائيل بارتكاب إبادة جماعية في غزة. "
            "ورفضت وزارة الخارجية الإسرائيلية التقرير رفضا قاطعا.",
            "REJECT",
            {"لجنة التحقيق الدولية"},
        ),
    ],
)
def test_a_stance_on_a_deed_told_in_the_sentence_before(text: str, etype: str, target: set[str]) -> None:
    doc = extract_text(text)
    assert any(names(doc, e.target) == target for e in doc.events if e.type == etype)


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # a feminine perfect cannot take a masculine body as its subject: the body is the one asked
        (
            "اتهمت الحكومة السودانية قوات الدعم السريع بارتكاب إبادة، "
            "وطالبت مجلس الأمن بتصنيفها منظمة إرهابية.",
            "REQUEST",
            {"الحكومة السودانية"},
            {"مجلس الأمن"},
        ),
        # a masculine verb with it is its subject's
        ("وطالب مجلس الأمن الحكومة السودانية بوقف القتال.", "REQUEST", {"مجلس الأمن"}, {"الحكومة السودانية"}),
        # a short masculine verb whose و the tokenizer left on it (وحث) does not take a feminine body either
        (
            "ورحب جون كيري بالمرسوم، وحث الحكومة السورية على الإفراج عن المعتقلين.",
            "REQUEST",
            {"جون كيري"},
            {"الحكومة السورية"},
        ),
    ],
)
def test_a_body_s_head_agrees_with_its_verb(
    text: str, etype: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), etype) == (source, target)


def test_the_name_of_an_operation_in_quote_marks_is_no_act() -> None:
    # عملية «فجر الجرود»: "Dawn of the Outskirts", not "he blew up"
    doc = extract_text("وأطلق الجيش اللبناني عملية «فجر الجرود» ضد مواقع تنظيم داعش.")
    assert all(e.trigger.text != "فجر" for e in doc.events)


@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        # a refusal or endorsement named by a noun: the owner of the demand or decision it is taken on
        ("وجاء ذلك بعد رفض بولندا طلب موسكو سداد ثمن الغاز.", "REJECT", {"موسكو"}),
        ("وجاء ذلك بعد تأييد بولندا قرار موسكو.", "SUPPORT", {"موسكو"}),
        # past the subject's title, read as a mention of its holder, and a time between commas
        ("رفض الرئيس بشار الأسد طلب روسيا.", "REJECT", {"روسيا"}),
        ("رفض الرئيس السوري بشار الأسد طلب المبعوث كوفي أنان بسحب القوات.", "REJECT", {"كوفي أنان"}),
        ("رفض الرئيس السوري بشار الأسد، الأحد، طلب روسيا.", "REJECT", {"روسيا"}),
    ],
)
def test_a_stance_noun_s_object_is_the_owner_of_what_it_is_taken_on(
    text: str, etype: str, target: set[str]
) -> None:
    assert roles(extract_text(text), etype)[1] == target


def test_an_aside_between_commas_after_the_subject_is_the_subject_s() -> None:
    # X، في اتصال هاتفي مع Y، عن شكره: X calls, thanks and asks; Y is only called
    doc = extract_text(
        "وأعرب رئيس الوزراء السوداني عبد الله حمدوك، في اتصال هاتفي مع وزير الخارجية الأمريكي مايك بومبيو، "
        "عن شكره لواشنطن، ودعاها إلى الإسراع في رفع اسم بلاده."
    )
    assert roles(doc, "SUPPORT") == ({"عبد الله حمدوك"}, {"واشنطن"})
    assert roles(doc, "REQUEST")[0] == {"عبد الله حمدوك"}
    ev = find(doc, "CONSULT")
    assert names(doc, ev.source) | names(doc, ev.target) == {"عبد الله حمدوك", "مايك بومبيو"}


def test_a_feminine_leader_title_holds_the_name_after_its_body() -> None:
    doc = extract_text("رفضت زعيمة المعارضة الفنزويلية ماريا كورينا ماتشادو إعلان المجلس الوطني للانتخابات.")
    assert roles(doc, "REJECT")[0] == {"ماريا كورينا ماتشادو"}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a threat after a demand or accusation by the same actor is made to whom that was aimed at
        (
            "دعت المجموعة الاقتصادية لدول غرب أفريقيا المجلس العسكري في غينيا بيساو "
            "إلى الإفراج عن المعتقلين، ملوحة بفرض عقوبات.",
            {"المجلس العسكري في غينيا بيساو"},
        ),
        ("ورد مادورو باتهام ماتشادو بالتحريض على العنف، متوعدا بملاحقتها قضائيا.", {"ماتشادو"}),
        # another actor's threat takes nothing from it (a reply to the raids named would be on their agent)
        ("دعت مصر إسرائيل إلى استئناف المفاوضات، فيما هددت حماس بالرد.", set()),
    ],
)
def test_a_threat_after_a_demand_is_made_to_its_addressee(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "THREATEN")[1] == target


@pytest.mark.parametrize(
    "text",
    [
        "وأكد الجيش اللبناني أن قواته انتشرت في بيروت.",
        "قال الجيش اللبناني إن وحداته انتشرت في بيروت.",
    ],
)
def test_a_body_s_forces_named_by_a_pronoun_before_their_verb_deploy_for_it(text: str) -> None:
    assert roles(extract_text(text), "MOBILIZE") == ({"الجيش اللبناني"}, {"بيروت"})


def test_a_plural_pronoun_owns_all_the_clause_s_actors_after_a_plural_title() -> None:
    # وزراء خارجية مصر والأردن والسعودية ... رفضهم: the three reject (the ministers stand for them)
    doc = extract_text("أكد وزراء خارجية مصر والأردن والسعودية رفضهم القاطع لتهجير الفلسطينيين.")
    assert roles(doc, "REJECT")[0] == {"مصر", "الأردن", "السعودية"}


@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        # some of those an arrest, a release or a killing was done to, named after بينهم
        (
            "واعتقلت أجهزة الأمن الفنزويلية أكثر من 700 شخص شاركوا في الاحتجاجات، "
            "بينهم القيادي المعارض فريدي سوبرلانو.",
            "COERCE",
            {"فريدي سوبرلانو"},
        ),
        (
            "أفرجت السلطات المصرية عن 30 معتقلا من بينهم الناشط علاء عبد الفتاح.",
            "RETREAT",
            {"علاء عبد الفتاح"},
        ),
    ],
)
def test_people_named_among_those_acted_on_are_its_target(text: str, etype: str, target: set[str]) -> None:
    assert roles(extract_text(text), etype)[1] == target


@pytest.mark.parametrize(
    ("text", "conceded"),
    [
        # regret at a decision or step is disapproval of it, no concession
        ("وأعربت وزارة الخارجية القطرية عن أسفها للقرار.", False),
        ("وأعربت وزارة الخارجية القطرية عن أسفها لقرار واشنطن.", False),
        # past quotation marks and an adjective; sanctions are another's step too
        ('وأعربت فرنسا وألمانيا وبريطانيا عن "أسفها" للقرار الأمريكي.', False),
        ("وأعربت المحكمة الجنائية الدولية عن «أسفها العميق» للقرار.", False),
        ('وأعربت رئاسة الجمعية عن "أسفها العميق" للعقوبات الأمريكية.', False),
        # regret at a deed is
        ("وأعرب أردوغان عن أسفه لإسقاط الطائرة الروسية.", True),
    ],
)
def test_regret_at_a_decision_is_no_concession(text: str, conceded: bool) -> None:
    assert any(e.type == "CONCEDE" for e in extract_text(text).events) == conceded


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # who went, named after the verb of going or the visit, meets whom the verb after حيث names
        (
            "ثم توجه الرئيس الفرنسي إيمانويل ماكرون إلى رام الله حيث التقى الرئيس الفلسطيني محمود عباس.",
            {"إيمانويل ماكرون"},
            {"محمود عباس"},
        ),
        (
            "وجاء الإعلان في ختام زيارة رئيس الوزراء الباكستاني عمران خان إلى الرياض، "
            "حيث التقى ولي العهد الأمير محمد بن سلمان.",
            {"عمران خان"},
            {"محمد بن سلمان"},
        ),
        # the visit told by a verb
        (
            "وزار رئيس الوزراء الهندي ناريندرا مودي موسكو حيث التقى الرئيس فلاديمير بوتين.",
            {"ناريندرا مودي"},
            {"فلاديمير بوتين"},
        ),
    ],
)
def test_who_went_meets_after_where(text: str, source: set[str], target: set[str]) -> None:
    doc = extract_text(text)
    ev = next(e for e in doc.events if e.type == "CONSULT" and e.trigger.text == "التقى")
    assert (names(doc, ev.source), names(doc, ev.target)) == (source, target)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # sanctions on unnamed people or firms of a nationality: their country, where it is named
        ("انتقدت روسيا القرار. وفرضت الولايات المتحدة عقوبات على مسؤولين روس.", {"روسيا"}),
        ("انتقدت روسيا القرار. وفرضت الولايات المتحدة عقوبات على شركات روسية.", {"روسيا"}),
        # adjectives between the sanctions and على
        ("انتقدت إيران القرار. وفرض الاتحاد الأوروبي عقوبات جديدة على أربعة مسؤولين إيرانيين.", {"إيران"}),
        ("انتقدت روسيا القرار. وفرضت الولايات المتحدة عقوبات اقتصادية مشددة على شركات روسية.", {"روسيا"}),
        # (not past another act: what the people do is no adjective)
        ("انتقدت روسيا القرار. وفرضت الولايات المتحدة عقوبات بسبب هجمات على مسؤولين روس.", set()),
        # no nationality: no one named
        ("انتقدت روسيا القرار. وفرضت الولايات المتحدة عقوبات على ثلاثة مسؤولين.", set()),
    ],
)
def test_sanctions_on_people_of_a_nationality_target_their_country(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "SANCTION")[1] == target


@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        # في خطوة نددت بها X: the step is the deed just told, its agent condemned
        (
            "رحلت حكومة دانيال أورتيغا 135 معارضًا سياسيًا إلى غواتيمالا، "
            "في خطوة نددت بها منظمة هيومن رايتس ووتش.",
            "ACCUSE",
            {"حكومة دانيال أورتيغا"},
        ),
        ("أفرجت إسرائيل عن 90 أسيرا فلسطينيا، في خطوة رحبت بها مصر.", "SUPPORT", {"إسرائيل"}),
        # a step told by no coded act: the sentence's first actor took it; a description of it is a stance
        (
            "أعلن الرئيس التونسي قيس سعيد تجميد عمل البرلمان وإعفاء رئيس الحكومة هشام المشيشي، "
            "في خطوة وصفتها حركة النهضة بأنها انقلاب على الثورة.",
            "ACCUSE",
            {"قيس سعيد"},
        ),
        # وصفها: the verb وصف and its object pronoun, its و no "and"
        (
            "أغلقت السلطات الجزائرية الحدود مع المغرب، في خطوة وصفها وزير الخارجية المغربي ناصر بوريطة"
            " بأنها «تصعيد خطير».",
            "ACCUSE",
            {"السلطات الجزائرية"},
        ),
    ],
)
def test_a_stance_on_a_step_told_by_a_pronoun_after_bi(text: str, etype: str, target: set[str]) -> None:
    assert roles(extract_text(text), etype)[1] == target


@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        # freezing a body's work restricts it; "work" (عمل) is the trigger's object, no minister's title
        ("أعلن الرئيس قيس سعيد تجميد عمل مجلس نواب الشعب.", "COERCE", {"مجلس نواب الشعب"}),
        # freezing assets is still a sanction
        ("وجمدت السعودية أصول الشركة الكندية.", "SANCTION", {"الشركة الكندية"}),
    ],
)
def test_freezing_work_or_assets(text: str, etype: str, target: set[str]) -> None:
    assert roles(extract_text(text), etype)[1] == target


def test_no_coordination_across_a_new_clause_s_verb() -> None:
    # X المسؤولية، وأعلن الرئيس Y: the president opens a clause of his own, he is held responsible for nothing
    doc = extract_text(
        "وحملت الحكومة الصومالية حركة الشباب المسؤولية، وأعلن الرئيس محمد عبد الله فرماجو الحداد."
    )
    assert roles(doc, "ACCUSE") == ({"الحكومة الصومالية"}, {"حركة الشباب"})


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the start of an operation in quote marks, announced by its maker
        ("أعلن الرئيس الروسي فلاديمير بوتين بدء «عملية عسكرية خاصة» في منطقة دونباس.", {"فلاديمير بوتين"}),
        # responsibility claimed for a series of attacks
        ("أعلن تنظيم «داعش» مسؤوليته عن سلسلة الهجمات التي استهدفت مسرحا في باريس.", {"داعش"}),
    ],
)
def test_an_act_behind_quote_marks_or_a_series_word_is_its_announcer_s(text: str, source: set[str]) -> None:
    assert roles(extract_text(text), "ASSAULT")[0] == source


@pytest.mark.parametrize("adverb", ["أيضا", "أيضًا", "كذلك"])
def test_an_adverb_may_stand_between_a_verb_and_its_subject(adverb: str) -> None:
    assert roles(extract_text(f"وانتقدت {adverb} وزارة الخارجية الروسية القرار."), "ACCUSE")[0] == {
        "وزارة الخارجية الروسية"
    }


def test_a_governed_noun_after_a_subject_whose_title_has_a_nationality() -> None:
    # وزير الاقتصاد والتجارة اللبناني X استقالته: the resignation is a noun after أعلن's subject
    doc = extract_text("أعلن وزير الاقتصاد والتجارة اللبناني عامر البساط، الخميس، استقالته من الحكومة.")
    assert roles(doc, "RETREAT")[0] == {"عامر البساط"}


@pytest.mark.parametrize(
    "text",
    [
        "وأعرب أردوغان عن استعداد أنقرة للقيام بدور الوساطة بين طهران وواشنطن.",
        "وأعرب أردوغان عن استعداد أنقرة للوساطة بين طهران وواشنطن.",
    ],
)
def test_a_readiness_to_mediate_is_its_owner_s_offer_to_the_two(text: str) -> None:
    ev = find(doc := extract_text(text), "AGREE")
    assert (names(doc, ev.source), names(doc, ev.target)) == ({"أنقرة"}, {"طهران", "واشنطن"})


def test_an_obligation_in_a_quote_is_its_speaker_s_request() -> None:
    doc = extract_text(
        'قال وزير الخارجية الأيرلندي سايمون هاريس إنه "يتعين على الحكومة الإسرائيلية السماح بدخول الصحفيين".'
    )
    assert roles(doc, "REQUEST") == ({"سايمون هاريس"}, {"الحكومة الإسرائيلية"})


def test_an_accord_signed_between_two_after_its_qualifier_is_theirs() -> None:
    # توقيع اتفاقية تعاون عسكري بين روسيا وفنزويلا: the two sign, not the city it was witnessed in,
    # and the visit after them is no party
    ev = find(
        doc := extract_text("وشهدت موسكو توقيع اتفاقية تعاون عسكري بين روسيا وفنزويلا خلال زيارة تشافيز."),
        "AGREE",
    )
    assert names(doc, ev.source) | names(doc, ev.target) == {"روسيا", "فنزويلا"}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a call refused is addressed to whoever refuses it
        (
            "وفي أربيل، رفضت حكومة إقليم كردستان دعوة بغداد إلى تسليم إدارة المنافذ الحدودية.",
            {"حكومة إقليم كردستان"},
        ),
        # a request or a demand told as refused is not coded as made (a fifth of them were in the dev sets'
        # gold), the refusal aimed at who made it
        (
            "رفض الاتحاد الأفريقي لكرة القدم طلب الاتحاد الليبي لكرة القدم رفع الحظر عن الملاعب الليبية.",
            None,
        ),
        ("وهي تعارض مطالب واشنطن بفرض مناطق محظورة.", None),
    ],
)
def test_a_call_refused_is_addressed_to_the_refuser(text: str, target: set[str] | None) -> None:
    doc = extract_text(text)
    if target is None:
        assert "REQUEST" not in {e.type for e in doc.events}
    else:
        assert roles(doc, "REQUEST")[1] == target


@pytest.mark.parametrize(
    ("text", "met"),
    [
        ("التقى غروندبرغ رئيس وفد جماعة الحوثي محمد عبد السلام.", {"محمد عبد السلام"}),
        ("التقى غروندبرغ في مسقط كبير مفاوضي جماعة الحوثي محمد عبد السلام.", {"محمد عبد السلام"}),
        # a delegation alone stands for its body
        ("التقى غروندبرغ وفد جماعة الحوثي.", {"جماعة الحوثي"}),
    ],
)
def test_the_head_of_a_delegation_is_the_one_met(text: str, met: set[str]) -> None:
    assert roles(extract_text(text), "CONSULT")[1] == met


@pytest.mark.parametrize(
    ("text", "guest"),
    [
        # a delegation of no body named: who heads it is received
        ("استقبل الرئيس السنغالي ماكي سال أمس وفدا عسكريا برئاسة الجنرال أحمد ولد سالم.", {"أحمد ولد سالم"}),
        # its nationality read as the country too
        ("استقبل الرئيس ماكي سال الخميس وفدا روسيا برئاسة الوزير سيرغي لافروف.", {"سيرغي لافروف"}),
    ],
)
def test_the_head_of_a_delegation_received_is_the_guest(text: str, guest: set[str]) -> None:
    assert roles(extract_text(text), "CONSULT") == (guest, {"ماكي سال"})


@pytest.mark.parametrize(
    "text",
    [
        # a body's adjective the name leaves out
        "بحث وزير الطاقة سهيل المزروعي مع رئيس مجلس الطاقة الذري محمد الحمادي سبل التعاون.",
        # the body it serves for, after ل
        "بحث وزير الطاقة سهيل المزروعي مع رئيس هيئة الكهرباء لحكومة دبي محمد الحمادي سبل التعاون.",
    ],
)
def test_talks_with_a_title_holder_named_after_his_office(text: str) -> None:
    assert roles(extract_text(text), "CONSULT") == ({"سهيل المزروعي"}, {"محمد الحمادي"})


@pytest.mark.parametrize(
    ("text", "etype", "parties"),
    [
        # "the two ministers" of two states, in the construct state, stand for the two states
        ("وقع وزيرا خارجية الأردن والعراق اتفاقا للتعاون التجاري.", "AGREE", {"الأردن", "العراق"}),
        ("والتقى رئيسا وزراء الهند وباكستان في نيويورك.", "CONSULT", {"الهند", "باكستان"}),
        # the two persons named in apposition to the states are the parties
        (
            "وقع وزيرا خارجية الأردن والعراق، أيمن الصفدي وفؤاد حسين، في بغداد اتفاقا للتعاون.",
            "AGREE",
            {"أيمن الصفدي", "فؤاد حسين"},
        ),
        # someone attending, past his titles, is no party
        ("وقعت مصر والسودان اتفاقا بحضور الرئيس الأمريكي جو بايدن.", "AGREE", {"مصر", "السودان"}),
    ],
)
def test_the_two_office_holders_of_two_states(text: str, etype: str, parties: set[str]) -> None:
    source, target = roles(extract_text(text), etype)
    assert source | target == parties


@pytest.mark.parametrize(
    "text",
    [
        "واستقبل الوزير أيمن الصفدي سفير اليابان، وبحث معه مشروع ميناء العقبة في الأردن.",
        "التقى رئيس الوزراء بشر الخصاونة وفدا من المستثمرين، وبحث معهم خطة إعمار مدينة الزرقاء.",
    ],
)
def test_talks_with_a_pronoun_are_not_with_their_topic(text: str) -> None:
    # whom "with him" stands for is met; the places of what they discussed are no party
    doc = extract_text(text)
    topic = {"العقبة", "الأردن", "الزرقاء"}
    assert not any(ev.type == "CONSULT" and names(doc, ev.target) & topic for ev in doc.events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # who goes along with a visitor is on the visitor's side, not the one visited
        (
            "زارت المستشارة الألمانية أنغيلا ميركل ميلانو برفقة رئيس الوزراء الإيطالي ماتيو رينزي.",
            {"أنغيلا ميركل", "ماتيو رينزي"},
            set(),
        ),
        (
            "توجه وزير الخارجية الفرنسي لوران فابيوس إلى طرابلس بصحبة وزير الدفاع جان إيف لودريان حيث التقيا"
            " الرئيس ميشال سليمان.",
            {"لوران فابيوس", "جان إيف لودريان"},
            {"ميشال سليمان"},
        ),
    ],
)
def test_a_visitors_companion_visits_with_him(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "CONSULT") == (source, target)


def test_the_commander_of_a_force_named_after_its_body_and_post_is_the_guest() -> None:
    doc = extract_text(
        "استقبل الرئيس اللبناني جوزيف عون قائد قوة الأمم المتحدة المؤقتة في جنوب لبنان الجنرال أرولدو لاثارو."
    )
    ev = find(doc, "CONSULT")
    assert names(doc, ev.source) | names(doc, ev.target) == {"جوزيف عون", "أرولدو لاثارو"}


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # the leader after "led by" is no recipient, and no body called "the Saudi command"
        ("وشن تحالف دعم الشرعية بقيادة السعودية غارات على صنعاء.", {"تحالف دعم الشرعية"}, {"صنعاء"}),
        # the Saudi-led coalition by its usual names
        ("وشن التحالف بقيادة السعودية غارات على صعدة.", {"التحالف بقيادة السعودية"}, {"صعدة"}),
    ],
)
def test_an_actor_led_by_another(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "ASSAULT") == (source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # taking a town by force is an attack on it; سيطرت's سي is the verb's, no future prefix
        ("سيطرت قوات الدعم السريع على مدينة نيالا.", {"قوات الدعم السريع"}, {"نيالا"}),
        ("أعلن آبي أحمد أن قوات الدفاع الوطني الإثيوبية سيطرت على مدينة مقلي.", None, {"مقلي"}),
    ],
)
def test_taking_a_town_by_force(text: str, source: set[str] | None, target: set[str]) -> None:
    got_source, got_target = roles(extract_text(text), "ASSAULT")
    assert got_target == target and (source is None or got_source == source)


def test_control_of_prices_is_no_attack() -> None:
    assert not [e for e in extract_text("سيطرت الحكومة على الأسعار.").events if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a truce in a genitive chain is no truce of the clause's subject and object
        ("وحملت الحكومة اليمنية جماعة الحوثي مسؤولية انهيار الهدنة.", None),
        # the occasion of the clause's act: its subject and object took part
        ("أبلغ أولمرت الأمين العام للأمم المتحدة كوفي أنان في اتصال هاتفي بقراره.", {"أولمرت", "كوفي أنان"}),
        # joined with و
        ("عقدت مصر وإسرائيل جلسة مباحثات في القاهرة.", {"مصر", "إسرائيل"}),
    ],
)
def test_the_participants_of_a_symmetric_noun_before_it(text: str, parties: set[str] | None) -> None:
    doc = extract_text(text)
    found = [
        names(doc, e.source) | names(doc, e.target) for e in doc.events if e.type in ("AGREE", "CONSULT")
    ]
    assert found == ([parties] if parties else [])


@pytest.mark.parametrize(
    ("text", "etype", "source"),
    [
        # agreeing to a proposal or a truce, its proposer unnamed
        ("وأعلنت حركة حماس في بيان موافقتها على مقترح الوسطاء لوقف إطلاق النار.", "AGREE", {"حركة حماس"}),
        ("ووافقت حماس على مقترح الوسطاء.", "AGREE", {"حماس"}),
        # a refusal to negotiate
        (
            "وأكد المتحدث باسم الخارجية الإيرانية ناصر كنعاني أن طهران لن تتفاوض تحت الضغط.",
            "REJECT",
            {"طهران"},
        ),
    ],
)
def test_agreeing_to_a_proposal_and_refusing_to_negotiate(text: str, etype: str, source: set[str]) -> None:
    assert roles(extract_text(text), etype)[0] == source


def test_a_domestic_approval_is_no_agreement() -> None:
    assert not [e for e in extract_text("وافق البرلمان على القانون.").events if e.type == "AGREE"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a stance on a deal or truce between two named after its object: the two
        ("ورحبت السعودية بإعلان وقف إطلاق النار بين الهند وباكستان.", {"الهند", "باكستان"}),
        ("ورحبت السعودية بالاتفاق بين الهند وباكستان.", {"الهند", "باكستان"}),
        # "the two sides" are left to the last pair told (none here)
        ("وأيدت المكسيك مبادرة للحوار بين الطرفين.", set()),
    ],
)
def test_a_stance_on_a_deal_between_two(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "SUPPORT")[1] == target


@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        # a people noun as the subject names no actor after the verb: the deal's two are still found
        (
            "زار الوزير المغرب أمس. ورحب المغاربة بوقف إطلاق النار بين الجزائر وتونس.",
            "SUPPORT",
            {"الجزائر", "تونس"},
        ),
        # and with nothing named after it the stance has no target (this once failed the events stage)
        ("زار الوزير المغرب أمس. وانتقد المغاربة القرار.", "ACCUSE", set()),
    ],
)
def test_a_stance_of_a_people_named_by_its_noun(text: str, etype: str, target: set[str]) -> None:
    doc = extract_text(text)
    assert doc.errors == []
    assert roles(doc, etype) == ({"المغرب"}, target)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a deal named by a construct before the relative clause that tells who reached or signed it
        (
            "أفرجت حركة حماس عن ثلاث محتجزات، في أول تطبيق لاتفاق وقف إطلاق النار الذي توصلت إليه"
            " إسرائيل والحركة.",
            {"إسرائيل", "حركة حماس"},
        ),
        ("وأشاد الوزير بصفقة تبادل الأسرى التي وقعتها مصر والسودان.", {"مصر", "السودان"}),
        # its subject "the two" with no pair told, or a noun naming no one: not the sentence's subject
        (
            "فرقت الشرطة المصرية مظاهرات احتجاجا على اتفاقية ترسيم الحدود التي وقعها البلدان الشهر الماضي.",
            None,
        ),
        ("فرقت الشرطة المصرية مظاهرات احتجاجا على الاتفاقية التي وقعها المسؤولون الشهر الماضي.", None),
    ],
)
def test_a_deal_told_by_a_relative_clause(text: str, parties: set[str] | None) -> None:
    doc = extract_text(text)
    agreed = [e for e in doc.events if e.type == "AGREE"]
    if parties is None:
        assert agreed == []
    else:
        assert names(doc, agreed[0].source) | names(doc, agreed[0].target) == parties


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # ، ما دفع X إلى: "which prompted X to", no negation, X the act's agent
        (
            "وقال الوزير إن الشرطة الإيطالية اقتحمت السفارة، ما دفع الخارجية الفرنسية إلى استدعاء"
            " السفير الإيطالي.",
            "ACCUSE",
            {"الخارجية الفرنسية"},
            {"السفير الإيطالي"},
        ),
        ("اقتحمت الشرطة المصرية المقر، ما أثار انتقادات حزب الوفد.", "ACCUSE", {"حزب الوفد"}, set()),
        # and it opens a clause of its own: no content of the act before it
        (
            "وأغلقت الشرطة الإيطالية السفارة، ما دفع فرنسا إلى استدعاء السفير الإيطالي.",
            "ACCUSE",
            {"فرنسا"},
            {"السفير الإيطالي"},
        ),
    ],
)
def test_what_brought_an_act_about_does_not_negate_it(
    text: str, etype: str, source: set[str], target: set[str]
) -> None:
    doc = extract_text(text)
    ev = find(doc, etype)
    assert not ev.negated
    assert (names(doc, ev.source), names(doc, ev.target)) == (source, target)


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # a deciding or declaring verb with و opens the next clause: its subject is no second object
        (
            "واعتقلت الشرطة الإيطالية محمد علي، وقررت الحكومة الفرنسية طرد السفير الإيطالي.",
            "COERCE",
            {"الشرطة الإيطالية"},
            {"محمد علي"},
        ),
        (
            "واقتحمت الشرطة الإيطالية السفارة، وقررت الخارجية الفرنسية استدعاء السفير الإيطالي.",
            "ASSAULT",
            {"الشرطة الإيطالية"},
            set(),
        ),
        # a title with و still joins a second person
        (
            "والتقى الرئيس المصري عبد الفتاح السيسي ووزير الخارجية الأمريكي جون كيري.",
            "CONSULT",
            {"عبد الفتاح السيسي", "جون كيري"},
            set(),
        ),
    ],
)
def test_a_clause_verb_with_wa_ends_a_list_of_actors(
    text: str, etype: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), etype) == (source, target)


@pytest.mark.parametrize(
    "text",
    [
        # a verbal noun after إثر/عقب, its nationality past an adjective of means: the agent
        "وطالب أردوغان روسيا بالالتزام بالاتفاق، إثر قصف صاروخي روسي استهدف ميناء أوديسا.",
        "وطالب أردوغان روسيا بالالتزام بالاتفاق، عقب قصف روسي استهدف ميناء أوديسا.",
    ],
)
def test_an_attack_after_ithr_has_its_nationality_for_agent(text: str) -> None:
    assert roles(extract_text(text), "ASSAULT") == ({"روسيا"}, {"أوديسا"})


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # the leaders of a body's states sign as the body; a declaration named after its place leaves
        # the place out of the parties
        (
            "العلا - استقبل ولي العهد أمير قطر في العلا. ووقع قادة دول مجلس التعاون ومصر على «إعلان العلا».",
            {"مجلس التعاون", "مصر"},
        ),
        (
            "ووقعت الحكومة السودانية وقوات الدعم السريع على إعلان جدة.",
            {"الحكومة السودانية", "قوات الدعم السريع"},
        ),
        ("ووقعت مصر اتفاقية مع السودان.", {"مصر", "السودان"}),
    ],
)
def test_who_signs_a_declaration_named_after_a_place(text: str, parties: set[str]) -> None:
    doc = extract_text(text)
    ev = find(doc, "AGREE")
    assert names(doc, ev.source) | names(doc, ev.target) == parties


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a framework signed is an accord
        (
            "ووقعت السعودية والولايات المتحدة يوم الثلاثاء إطار شراكة في مجال المعادن.",
            [("AGREE", {"السعودية", "الولايات المتحدة"}, set())],
        ),
        # "within the framework of" is no object signed
        ("وقال حمد إن حماس ستقبل بالاتفاقات التي وقعت في إطار حكومة الوحدة الوطنية.", []),
    ],
)
def test_a_framework_signed_is_an_accord(text: str, coded: list[tuple[str, set[str], set[str]]]) -> None:
    assert [e for e in coded_roles(text) if e[0] == "AGREE"] == coded


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # a protest against a verdict is against the court that gave it
        (
            "قضت محكمة الاستئناف في تونس بسجن راشد الغنوشي. وتظاهر مئات من أنصار جبهة الخلاص الوطني"
            " وسط العاصمة احتجاجا على الحكم.",
            "PROTEST",
            {"جبهة الخلاص الوطني"},
            {"محكمة الاستئناف"},
        ),
        # staff of the United Nations (أمميين), where the text names it
        (
            "اعتقلت جماعة الحوثي 11 موظفا أمميا في صنعاء، بحسب ما أعلنته الأمم المتحدة.",
            "COERCE",
            {"جماعة الحوثي"},
            {"الأمم المتحدة"},
        ),
        # sanctions on many, one of them named after من بينها
        (
            "أعلنت وزارة التجارة الصينية فرض عقوبات على سبع شركات دفاعية أمريكية، من بينها"
            " شركة Lockheed Martin.",
            "SANCTION",
            {"وزارة التجارة الصينية"},
            {"شركة Lockheed Martin"},
        ),
        # hundreds of fighters pushed somewhere
        (
            "أعلن المجلس الانتقالي الجنوبي انسحاب قواته، بعد أسابيع من دفع المجلس بمئات المقاتلين"
            " إلى مدينة عتق.",
            "MOBILIZE",
            {"المجلس الانتقالي الجنوبي"},
            {"عتق"},
        ),
    ],
)
def test_whom_an_act_on_the_unnamed_is_aimed_at(
    text: str, etype: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), etype) == (source, target)


def test_staff_of_the_un_not_named_are_nobody_s() -> None:
    assert roles(extract_text("اعتقلت جماعة الحوثي 11 موظفا أمميا في صنعاء."), "COERCE")[1] == set()


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # members of a body after من as an act's genitive stand for it: its agent, or whom an arrest hits
        (
            "عززت القوات الموريتانية انتشارها عقب توغل عناصر من الجيش المالي في قرى حدودية.",
            "ASSAULT",
            {"الجيش المالي"},
            set(),
        ),
        ("قتل خمسة جنود في هجوم مسلحين من حركة الشباب على قاعدة عسكرية.", "ASSAULT", {"حركة الشباب"}, set()),
        ("وأدانت الحكومة اعتقال عناصر من حركة حماس.", "COERCE", set(), {"حركة حماس"}),
    ],
)
def test_members_after_an_act_noun_stand_for_their_body(
    text: str, etype: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), etype) == (source, target)


def test_what_was_told_before_with_its_genitive_is_the_genitive_s() -> None:
    # (not the subject of the clause it was told in)
    text = "رفضت السعودية قرار الحكومة الإسرائيلية بناء وحدات استيطانية . كما انتقد الاتحاد الأوروبي القرار ."
    assert roles(extract_text(text), "ACCUSE") == ({"الاتحاد الأوروبي"}, {"الحكومة الإسرائيلية"})


@pytest.mark.parametrize(
    "text",
    [
        # "later" or "officially" between the announcer and the act it announces
        "أعلن الوزير قطع العلاقات مع إيران، فيما أعلنت البحرين والسودان في وقت لاحق قطع علاقاتهما مع طهران.",
        "وأعلنت البحرين والسودان رسميا قطع علاقاتهما مع طهران.",
        # "also" or "in turn" (بدورهما, its ب a clitic)
        "وأعلنت البحرين والسودان أيضا قطع علاقاتهما مع طهران.",
        "وقررت البحرين والسودان كذلك قطع علاقاتهما مع طهران.",
        "وأعلنت البحرين والسودان بدورهما قطع علاقاتهما مع طهران.",
    ],
)
def test_an_act_announced_later_is_the_announcer_s(text: str) -> None:
    doc = extract_text(text)
    ev = next(e for e in doc.events if e.type == "SANCTION" and "طهران" in names(doc, e.target))
    assert names(doc, ev.source) == {"البحرين", "السودان"}


@pytest.mark.parametrize(
    ("text", "head", "target"),
    [
        # words of the announcer's name the tagger left out (its adjectives, a genitive after ل) stand
        # between it and the act it announces
        ("وأعلنت القيادة العامة للقوات المسلحة التشادية نشر وحدات عسكرية في أبشي.", "القيادة العامة", "أبشي"),
        ("أعلنت رئاسة الأركان العامة للجيوش إرسال تعزيزات عسكرية إلى تمبكتو.", "رئاسة الأركان", "تمبكتو"),
    ],
)
def test_an_act_announced_past_words_left_out_of_its_announcer_s_name(
    text: str, head: str, target: str
) -> None:
    source, targets = roles(extract_text(text), "MOBILIZE")
    assert [s for s in source if s.startswith(head)] and targets == {target}


def test_a_relative_clause_after_a_decision_s_owner_keeps_its_verb() -> None:
    # (الذي is no word of the owner's name: the clause's verb is no verbal noun it decides)
    text = "وأكد الوزير رفض السودان لقرار مجلس الأمن الذي يدعو لنشر قوات دولية في دارفور."
    assert ("REQUEST", {"مجلس الأمن"}, set()) in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # an act announced by a participle of announcing is its clause's subject's
        (
            "أقرت المملكة العربية السعودية بوفاة الصحافي جمال خاشقجي، معلنة توقيف 18 سعوديا على ذمة التحقيق.",
            {"المملكة العربية السعودية"},
        ),
        ("وأقر الجيش الإسرائيلي بالحادث، معلنا اعتقال ثلاثة جنود.", {"الجيش الإسرائيلي"}),
        # or of confirming
        (
            'وقالت هيئة الأركان العامة للجيش المالي إن الوضع "تحت السيطرة"، مؤكدة اعتقال 20 مشتبها بهم.',
            {"هيئة الأركان العامة"},
        ),
    ],
)
def test_an_act_announced_by_a_participle(text: str, source: set[str]) -> None:
    assert roles(extract_text(text), "COERCE") == (source, set())


def test_envoys_expelled_from_several_countries_target_each() -> None:
    doc = extract_text("وطردت روسيا ثلاثة دبلوماسيين من ألمانيا وبولندا والسويد.")
    assert roles(doc, "SANCTION") == ({"روسيا"}, {"ألمانيا", "بولندا", "السويد"})


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a threat is made to whom the act it promises is done to, before the one a condition names
        (
            "وهدد الرئيس الإيراني محمود أحمدي نجاد بوقف التعاون مع الوكالة الدولية للطاقة الذرية في حال فرض"
            " مجلس الأمن عقوبات جديدة على بلاده .",
            {"الوكالة الدولية للطاقة الذرية"},
        ),
        (
            "هدد الرئيس الروسي السابق دميتري ميدفيديف بضرب مراكز صنع القرار في كييف إذا تلقت أوكرانيا.",
            {"كييف"},
        ),
        # no one named for the act: the condition's subject; not its purpose, nor its own side
        ("وهدد حزب الله بالرد إذا هاجمت إسرائيل لبنان.", {"إسرائيل"}),
        ("وهددت الصين باتخاذ إجراءات مضادة لحماية مصالح بكين.", set()),
        # but a body of its own country threatened by name is whom the threat is made to
        ("وهددت نقابة المعلمين الأردنية الحكومة الأردنية بتنظيم إضراب مفتوح.", {"الحكومة الأردنية"}),
        ("هددت المعارضة السورية الحكومة السورية بمقاطعة الانتخابات.", {"الحكومة السورية"}),
    ],
)
def test_whom_a_threat_is_made_to(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "THREATEN")[1] == target


def test_people_sent_back_are_deported() -> None:
    doc = extract_text("وأعادت الحكومة الإسبانية نحو 5600 شخص إلى المغرب.")
    assert find(doc, "COERCE").mode == "deport"
    assert names(doc, find(doc, "COERCE").source) == {"الحكومة الإسبانية"}


def test_a_clause_negated_by_ma_still_is() -> None:
    assert find(extract_text("ما انتقدت الحكومة المصرية حزب الوفد."), "ACCUSE").negated


def test_a_bracketed_name_after_the_subject_does_not_hide_its_verb() -> None:
    doc = extract_text("وأعلنت وزارة الدفاع الأمريكية (البنتاغون) إرسال حاملة طائرات إلى البحر المتوسط.")
    assert roles(doc, "MOBILIZE")[0] == {"وزارة الدفاع الأمريكية"}


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        # the one asked to stop an attack is its agent, but not a body of nations asked to make others stop
        ("دعت مصر إسرائيل إلى وقف العدوان على غزة.", {"إسرائيل"}),
        ("ودعت الجامعة العربية مجلس الأمن إلى تحمل مسؤولياته ووقف العدوان على غزة.", set()),
    ],
)
def test_who_is_asked_to_stop_an_attack(text: str, attacker: set[str]) -> None:
    assert roles(extract_text(text), "ASSAULT")[0] == attacker


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # an armed group after ل right after an attack noun is its agent
        (
            "وأكد المرصد مقتل خمسة عناصر من قوات النظام في هجوم لتنظيم داعش في البادية.",
            {"تنظيم داعش"},
            {"قوات النظام"},
        ),
        ("تعرضت مدينة أربيل لهجوم لتنظيم داعش.", {"تنظيم داعش"}, {"أربيل"}),
    ],
)
def test_an_armed_group_after_lam_is_the_attacker(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "ASSAULT") == (source, target)


def test_the_holder_of_a_title_with_a_lam_body_is_the_one_sentenced() -> None:
    doc = extract_text(
        "وقضت محكمة جنايات القاهرة بالسجن المؤبد على المرشد العام لجماعة الإخوان المسلمين محمد بديع."
    )
    assert roles(doc, "SANCTION")[1] == {"محمد بديع"}


def test_a_vote_of_no_confidence_withholds_no_site_or_paper() -> None:
    # حجب censors a site, paper or channel; حجب الثقة is a domestic vote, not coded
    doc = extract_text("وحجب البرلمان العراقي الثقة عن وزير المالية علي علاوي.")
    assert "COERCE" not in {ev.type for ev in doc.events}
    assert roles(extract_text("وحجبت السلطات المصرية قناة الجزيرة."), "COERCE")[0] == {"السلطات المصرية"}


def test_an_arrest_warrant_is_its_issuer_s_charge() -> None:
    doc = extract_text(
        "وأصدرت المحكمة الجنائية الدولية مذكرة اعتقال بحق رئيس الوزراء الإسرائيلي بنيامين نتنياهو."
    )
    assert roles(doc, "ACCUSE") == ({"المحكمة الجنائية الدولية"}, {"بنيامين نتنياهو"})
    assert "COERCE" not in {ev.type for ev in doc.events}


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # readiness to meet is an offer, no meeting held; whom it is ready to meet is its target
        ("وأعرب بوتين عن استعداده للقاء زيلينسكي.", {"بوتين"}, {"زيلينسكي"}),
        ("وأبدى بوتين استعداده للقاء زيلينسكي.", {"بوتين"}, {"زيلينسكي"}),
    ],
)
def test_readiness_to_meet_is_an_offer(text: str, source: set[str], target: set[str]) -> None:
    doc = extract_text(text)
    assert roles(doc, "AGREE") == (source, target)
    assert not [e for e in doc.events if e.type == "CONSULT"]


def test_a_pronoun_suffix_owner_agrees_in_gender() -> None:
    # دعمها: Saudi Arabia's support, not Abbas's; what he thanks it for, told by the thanks alone
    doc = extract_text("وأعرب الرئيس الفلسطيني محمود عباس عن شكره للسعودية على دعمها المتواصل.")
    supports = [(names(doc, e.source), names(doc, e.target)) for e in doc.events if e.type == "SUPPORT"]
    assert supports == [({"محمود عباس"}, {"السعودية"})]


def test_a_verbal_noun_after_a_stance_and_lam_is_its_object_not_a_purpose() -> None:
    # إدانتها لاقتحام المسجد: the ministry condemns the storming, it does not storm
    doc = extract_text(
        "وأعربت وزارة الخارجية القطرية عن إدانتها واستنكارها الشديدين لاقتحام المسجد الأقصى "
        "من قبل المستوطنين."
    )
    assert all(
        "وزارة الخارجية القطرية" not in names(doc, e.source) for e in doc.events if e.type == "ASSAULT"
    )


@pytest.mark.parametrize(
    ("text", "etype", "source"),
    [
        # where it was said, between a governing verb's subject and its verbal noun
        (
            "وأكدت روسيا والصين في بيان مشترك رفضهما للعقوبات الأحادية الأمريكية.",
            "REJECT",
            {"روسيا", "الصين"},
        ),
        ("وأعلنت وزارة الدفاع الروسية في بيان إرسال قوات إلى سوريا.", "AID", {"وزارة الدفاع الروسية"}),
    ],
)
def test_a_statement_between_the_subject_and_its_verbal_noun(text: str, etype: str, source: set[str]) -> None:
    assert roles(extract_text(text), etype)[0] == source


@pytest.mark.parametrize(
    "text",
    ["وتسلمت مصر من روسيا طائرات إضافية للعراق .", "وتسلمت مصر من روسيا بطاريات لحزب الله ."],
)
def test_a_hand_over_received_is_from_its_giver_not_for_whom_it_is_meant(text: str) -> None:

    assert roles(extract_text(text), "COOPERATE") == ({"روسيا"}, {"مصر"})


@pytest.mark.parametrize(
    ("text", "etype", "source"),
    [
        # a count of people or their kin right after the verb is its subject: no one named
        ("وشن حزب الله هجوما على الجيش السوري. ودعا أهالي العسكريين إلى محاسبة المسؤولين.", "REQUEST", set()),
        ("وأغلقت وزارة الداخلية المعبر. ونظم عشرات العالقين وقفة احتجاجية أمام المعبر.", "PROTEST", set()),
        # a count of someone's supporters acts for him
        ("ورفض محمد مرسي النتائج. ونظم المئات من أنصاره مسيرات في القاهرة.", "PROTEST", {"محمد مرسي"}),
    ],
)
def test_a_counted_subject_after_the_verb_does_not_continue_the_last_actor(
    text: str, etype: str, source: set[str]
) -> None:

    doc = extract_text(text)
    named = {e.id: e.name for e in doc.entities}
    assert {named[s] for ev in doc.events if ev.type == etype for s in ev.source} == source


@pytest.mark.parametrize(
    "text",
    [
        "وشارك محمد مرسي في القمة. وأكد البيان الختامي رفض التدخلات الخارجية.",
        "وشارك محمد مرسي في القمة. وأكد «إعلان القاهرة» الختامي رفض التدخلات الخارجية.",
    ],
)
def test_a_deed_declared_by_a_document_naming_no_one_is_not_the_last_actor_s(text: str) -> None:

    assert not [ev for ev in extract_text(text).events if ev.type == "REJECT" and ev.source]


@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        # اعتقالهما: a dual pronoun on the act names the pair named last, both held
        (
            "أفرجت السلطات الإيرانية عن الناشطين نرجس محمدي وحسين رونقي، بعد شهرين من اعتقالهما في طهران.",
            "COERCE",
            {"نرجس محمدي", "حسين رونقي"},
        ),
        (
            "أفرجت جماعة الحوثي عن الصحفيين عبد الله حسن ومحمود علي، بعد أسبوع من اختطافهما في صنعاء.",
            "ASSAULT",
            {"عبد الله حسن", "محمود علي"},
        ),
    ],
)
def test_a_dual_pronoun_on_an_act_done_to_people_is_the_last_pair(
    text: str, etype: str, target: set[str]
) -> None:
    assert roles(extract_text(text), etype)[1] == target


def test_who_calls_an_attack_something_in_a_relative_clause_is_not_its_agent() -> None:
    # بالهجوم الذي وصفه بالجبان: the one who condemns names what the attack is, he made none
    doc = extract_text("وندد الرئيس الكيني ويليام روتو بالهجوم الذي وصفه بالجبان.")
    assert not [ev for ev in doc.events if ev.type == "ASSAULT" and ev.source]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # أشاد خلاله الأخير: the verb's subject past a preposition and its pronoun is the last one named
        (
            "تلقى الرئيس التونسي قيس سعيد اتصالا هاتفيا من الرئيس الجزائري عبد المجيد تبون، أشاد خلاله"
            " الأخير بجهود تونس في مكافحة الإرهاب.",
            ({"عبد المجيد تبون"}, {"تونس"}),
        ),
    ],
)
def test_the_latter_past_a_preposition_after_a_verb_is_its_subject(
    text: str, expected: tuple[set[str], set[str]]
) -> None:
    assert roles(extract_text(text), "SUPPORT") == expected


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the latter as a participle's object is not the participle's subject, nor the agency reporting
        (
            "وقدم محمد مرسي استقالته، وفق ما نقلته وكالة الأنباء الفرنسية. ورفض رجب طيب أردوغان"
            " الاستقالة، داعيا الأخير إلى العودة عنها.",
            {"محمد مرسي"},
        ),
        # but the subject of a finite verb is the last one named (فيما اتهمت الأخيرة الجيش)
        (
            "اتهم الجيش الإسرائيلي حركة حماس بخرق الهدنة، فيما اتهمت الأخيرة الجيش بقصف غزة.",
            None,
        ),
    ],
)
def test_the_latter_after_a_participle_is_someone_else_than_its_subject(
    text: str, target: set[str] | None
) -> None:

    doc = extract_text(text)
    if target is not None:
        assert roles(doc, "REQUEST")[1] == target
    else:
        accusations = [ev for ev in doc.events if ev.type == "ACCUSE"]
        named = {e.id: e.name for e in doc.entities}
        assert any({named[s] for s in ev.source} == {"حركة حماس"} for ev in accusations)


@pytest.mark.parametrize(
    ("text", "etype", "roles_"),
    [
        (
            "وجاء ذلك ردا على تصريحات لوزير الخارجية الفرنسي جان بيار دوبون انتقد فيها الحكومة الإسبانية.",
            "ACCUSE",
            ({"جان بيار دوبون"}, {"الحكومة الإسبانية"}),
        ),
        (
            "وصدر القرار بعد تغريدة لرجب طيب أردوغان هدد فيها حزب العمال الكردستاني بالرد.",
            "THREATEN",
            ({"رجب طيب أردوغان"}, {"حزب العمال الكردستاني"}),
        ),
    ],
)
def test_a_statement_s_owner_after_lam_speaks_in_it(
    text: str, etype: str, roles_: tuple[set[str], set[str]]
) -> None:
    # تصريحات لـX انتقد فيها Y: X, titles aside, said it; the actor after فيها is the object

    assert roles(extract_text(text), etype) == roles_


def test_a_title_and_an_honorific_before_a_name_leave_the_next_conjunct_coordinated() -> None:
    # أمير قطر الشيخ تميم ... وسلطان عمان هيثم بن طارق: both are thanked, the honorific notwithstanding

    doc = extract_text(
        "وشكر الرئيس الأمريكي جو بايدن أمير قطر الشيخ تميم بن حمد آل ثاني وسلطان عمان هيثم بن طارق على"
        " جهودهما."
    )
    assert roles(doc, "SUPPORT") == ({"جو بايدن"}, {"تميم بن حمد آل ثاني", "هيثم بن طارق"})


def test_the_latter_after_a_participle_may_be_the_subject_of_a_relative_clause() -> None:
    # للإدارة التي عينها المجلس الرئاسي، متهما الأخير: the council, though the speaker comes before it

    doc = extract_text(
        "وقال رجب طيب أردوغان إنه لن يسلم المصرف للإدارة التي عينها المجلس الرئاسي، متهما الأخير"
        " بالاعتداء على المؤسسة."
    )
    assert roles(doc, "ACCUSE") == ({"رجب طيب أردوغان"}, {"المجلس الرئاسي"})


def test_a_verbal_noun_after_a_subject_placed_in_a_town_is_governed_by_the_verb() -> None:
    # أصدرت محكمة الثورة في طهران حكما: the ruling is a noun whose agent is the court, no dual verb حكما

    doc = extract_text("أصدرت محكمة الثورة في طهران حكما بسجن الناشط محمد مرسي .")
    assert roles(doc, "SANCTION") == ({"محكمة الثورة"}, {"محمد مرسي"})


@pytest.mark.parametrize(
    ("text", "protests"),
    [
        # a protest as the motive of an official act: no protest of its own
        ("واستدعت مصر سفير إسرائيل للتشاور، احتجاجا على قصف غزة .", 0),
        ("وطردت روسيا السفير الأوكراني احتجاجا على تصريحات كييف .", 0),
        # a protest in a clause of its own, or with a crowd's verb, stays
        ("وطردت روسيا السفير الأوكراني، فيما تظاهر الآلاف في موسكو احتجاجا على تصريحات كييف .", 1),
    ],
)
def test_a_protest_told_as_the_motive_of_an_act_is_no_event(text: str, protests: int) -> None:

    assert sum(ev.type == "PROTEST" for ev in extract_text(text).events) == protests


@pytest.mark.parametrize(
    ("text", "etype", "present"),
    [
        # what an until-clause tells has not happened
        ("وأعلنت تركيا وقف التجارة مع إسرائيل إلى أن تسمح بدخول المساعدات إلى غزة .", "AID", False),
        ("وهددت حماس بمواصلة الهجمات إلى أن تنسحب إسرائيل من غزة .", "RETREAT", False),
        # "pointing out that" is no until
        ("وقال المصدر إن الجيش رد، مشيرا إلى أن حماس أرسلت تعزيزات إلى غزة .", "MOBILIZE", True),
    ],
)
def test_an_until_clause_tells_nothing_that_happened(text: str, etype: str, present: bool) -> None:

    assert any(ev.type == etype for ev in extract_text(text).events) == present


def test_a_threat_until_someone_acts_is_made_to_them() -> None:

    doc = extract_text("وهددت حماس بمواصلة الهجمات إلى أن تنسحب إسرائيل من غزة .")
    assert roles(doc, "THREATEN") == ({"حماس"}, {"إسرائيل"})


def test_a_time_between_commas_does_not_end_the_clause_of_a_symmetric_noun_s_parties() -> None:

    doc = extract_text("توصلت إيران والولايات المتحدة، يوم الثلاثاء، إلى اتفاق نهائي بعد مفاوضات طويلة .")
    assert roles(doc, "CONSULT") == ({"إيران"}, {"الولايات المتحدة"})


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # "that X must" (إن على X): the speaker's request to X
        ("وقالت روسيا إن على أوكرانيا وقف الهجمات .", {"روسيا"}, {"أوكرانيا"}),
        ("وأكد أردوغان أن على إسرائيل الانسحاب من غزة .", {"أردوغان"}, {"إسرائيل"}),
    ],
)
def test_that_someone_must_is_a_request_to_them(text: str, source: set[str], target: set[str]) -> None:

    assert roles(extract_text(text), "REQUEST") == (source, target)


def test_that_on_a_place_is_no_request() -> None:

    doc = extract_text("وقال المتحدث إن على الحدود قوات كثيرة .")
    assert not [ev for ev in doc.events if ev.type == "REQUEST"]


def test_the_two_leaders_as_subject_of_an_act_naming_no_one_are_the_last_meeting_s_parties() -> None:

    doc = extract_text(
        "وصل الرئيس الفرنسي ماكرون إلى القاهرة حيث التقى الرئيس محمد مرسي . وشهد الزعيمان توقيع 12 اتفاقية ."
    )
    assert roles(doc, "AGREE") == ({"ماكرون"}, {"محمد مرسي"})


def test_a_release_noun_of_people_of_a_nationality_is_to_their_country() -> None:

    doc = extract_text("وأطلقت إسرائيل سراح 90 أسيرا ، بعد ساعات من إفراج حماس عن ثلاث رهائن إسرائيليات .")
    named = {e.id: e.name for e in doc.entities}
    release = next(ev for ev in doc.events if ev.trigger.text == "إفراج")
    assert ({named[s] for s in release.source}, {named[t] for t in release.target}) == ({"حماس"}, {"إسرائيل"})


def test_a_stance_on_an_attack_told_three_sentences_before_is_aimed_at_its_maker() -> None:

    doc = extract_text(
        "شن حزب الله هجوما على إسرائيل . واستدعت فرنسا السفير اللبناني . وأكد محمد مرسي أن الوضع خطير ."
        " ودانت روسيا الهجوم ."
    )
    condemnation = next(ev for ev in doc.events if ev.trigger.text == "دانت")
    named = {e.id: e.name for e in doc.entities}
    assert {named[t] for t in condemnation.target} == {"حزب الله"}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a pledge of reply on the attacks told before: on those who made them
        ("شن حزب الله هجوما على الجليل . وتعهدت إسرائيل بالرد على «هذه الهجمات» .", {"حزب الله"}),
        ("شن حزب الله هجوما على الجليل . وتوعدت إسرائيل بالرد على الهجوم .", {"حزب الله"}),
        # a reply on something else names no one
        ("شن حزب الله هجوما على الجليل . وتعهدت إسرائيل بالرد على الرسالة .", set()),
    ],
)
def test_a_threat_of_reply_on_attacks_told_before_is_made_to_the_attackers(
    text: str, target: set[str]
) -> None:

    doc = extract_text(text)
    threat = next(ev for ev in doc.events if ev.type == "THREATEN")
    named = {e.id: e.name for e in doc.entities}
    assert {named[t] for t in threat.target} == target


def test_the_genitive_of_a_noun_s_prepositional_object_is_its_target_not_its_agent() -> None:

    # الاعتراف بدولة فلسطين: Palestine is recognised, Spain (the announcer) recognises it
    doc = extract_text("أعلنت إسبانيا الاعتراف بدولة فلسطين .")
    assert roles(doc, "SUPPORT") == ({"إسبانيا"}, {"فلسطين"})


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # "the side(s)" of nationalities named: those countries, where the text names them
        (
            "وتصاعد التوتر بين روسيا وأوكرانيا . ودعت فرنسا الجانبين الروسي والأوكراني إلى ضبط النفس .",
            {"روسيا", "أوكرانيا"},
        ),
        ("وقصفت إسرائيل غزة . وطالبت مصر الجانب الإسرائيلي بوقف القصف .", {"إسرائيل"}),
        # a nationality whose country the text does not name is no one
        ("وطالبت مصر الجانب الإسرائيلي بوقف القصف .", set()),
    ],
)
def test_the_side_of_a_nationality_is_its_country(text: str, target: set[str]) -> None:

    doc = extract_text(text)
    request = next(ev for ev in doc.events if ev.type == "REQUEST")
    named = {e.id: e.name for e in doc.entities}
    assert {named[t] for t in request.target} == target


@pytest.mark.parametrize(
    "text",
    [
        # an object head with a pronoun suffix, its ة written ت (عضويتها: عضوية)
        "وقع انقلاب في النيجر . وعلق الاتحاد الأوروبي عضويتها .",
        # a possessed noun after a conjoined verb is no unknown name standing as its subject
        "وانتقد الاتحاد الأوروبي الانقلاب ، ثم علق عضويتها .",
    ],
)
def test_an_object_head_with_a_pronoun_suffix_is_matched(text: str) -> None:

    doc = extract_text(text)
    assert roles(doc, "SANCTION")[0] == {"الاتحاد الأوروبي"}


@pytest.mark.parametrize(
    "text",
    [
        "وأعلنت روسيا أن دفاعاتها الجوية أسقطت 30 طائرة مسيرة .",
        # members whose plural ends like an adjective (مقاتليه) are the ones before the verb
        "وقالت روسيا في بيان إن مقاتليه استهدفوا تجمعا للجنود .",
    ],
)
def test_a_state_s_air_defences_before_the_verb_stand_for_it(text: str) -> None:

    assert roles(extract_text(text), "ASSAULT")[0] == {"روسيا"}


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # detention ordered (COERCE); a detention sentence stays a conviction (SANCTION)
        ("وقررت النيابة العامة حبس الرئيس السابق محمد مرسي 15 يوما .", "COERCE"),
        ("وأصدرت النيابة قرارا بحبس الرئيس السابق محمد مرسي 15 يوما .", "COERCE"),
        ("وحكمت المحكمة بحبس الرئيس السابق محمد مرسي ثلاث سنوات .", "SANCTION"),
    ],
)
def test_detention_ordered_is_coercion(text: str, etype: str) -> None:

    assert roles(extract_text(text), etype)[1] == {"محمد مرسي"}


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # standing by someone is support, to the genitive of the prepositional head
        ("وقال الوزير إن إيران تقف إلى جانب سوريا في مواجهة الضغوط .", "SUPPORT", {"إيران"}, {"سوريا"}),
        # brigades sent
        ("وأرسلت الولايات المتحدة لواء إضافيا إلى العراق .", "MOBILIZE", {"الولايات المتحدة"}, {"العراق"}),
    ],
)
def test_standing_by_and_brigades_sent(text: str, etype: str, source: set[str], target: set[str]) -> None:

    assert roles(extract_text(text), etype) == (source, target)


def test_a_verb_after_a_comma_and_wa_ends_what_a_request_asks() -> None:

    doc = extract_text("ودعا الرئيس المصري محمد مرسي حركة حماس إلى إلقاء السلاح ، وهدد بشن حملة عسكرية .")
    assert roles(doc, "THREATEN") == ({"محمد مرسي"}, {"حركة حماس"})


@pytest.mark.parametrize(
    "text",
    [
        # what a plan would do has not happened
        "ووافقت الحكومة الإسرائيلية على خطة لتوسيع العملية العسكرية في غزة .",
        "وكشفت روسيا عن خطط لنشر قوات في سوريا .",
    ],
)
def test_what_a_plan_would_do_has_not_happened(text: str) -> None:

    assert not [ev for ev in extract_text(text).events if ev.type in ("ASSAULT", "MOBILIZE")]


@pytest.mark.parametrize(
    "text",
    [
        # the positions after ل are the struck, no agent: the nationality names the attacker
        "وأسفر القصف الأمريكي لمواقع حماس عن مقتل 20 مسلحا .",
        "وأدانت مصر القصف الإسرائيلي لمواقع حماس .",
    ],
)
def test_the_positions_of_a_group_after_lam_are_struck(text: str) -> None:

    doc = extract_text(text)
    named = {e.id: e.name for e in doc.entities}
    attack = next(ev for ev in doc.events if ev.type == "ASSAULT")
    assert ({named[s] for s in attack.source}, {named[t] for t in attack.target}) == (set(), {"حماس"})


def test_a_generic_word_inside_the_subject_s_name_does_not_leave_a_request_unaddressed() -> None:

    doc = extract_text("وطالبت جامعة الدول العربية مجلس الأمن الدولي بالتحرك الفوري .")
    assert roles(doc, "REQUEST") == ({"جامعة الدول العربية"}, {"مجلس الأمن الدولي"})


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a bare verbal noun right after the addressee is what is urged: nothing that happened
        ("وناشدت الأمم المتحدة الدول المانحة تقديم مساعدات لليمن .", False),
        # not a noun after a preposition further on
        ("وطالبت هيومن رايتس ووتش بالتحقيق في الغارة التي شنتها إسرائيل على غزة .", True),
    ],
)
def test_a_bare_verbal_noun_after_the_addressee_is_what_is_urged(text: str, content: bool) -> None:

    coded = {ev.type for ev in extract_text(text).events}
    assert ("AID" in coded or "ASSAULT" in coded) == content


def test_support_told_as_the_purpose_of_aid_is_no_event() -> None:

    doc = extract_text(
        "وأعلنت الكويت أنها ستودع 200 مليون دولار في البنك المركزي اليمني دعما للعملة المحلية ."
    )
    assert [ev.type for ev in doc.events] == ["AID"]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # a pledge to give money is aid, past the verbal noun of giving
        ("وتعهد الاتحاد الأوروبي بتقديم 50 مليون يورو لمصر .", "AID"),
        # a pledge to give concessions stays a concession
        ("وتعهدت مصر بتقديم تنازلات لإسرائيل .", "CONCEDE"),
    ],
)
def test_a_pledge_to_give_money_is_aid(text: str, etype: str) -> None:

    assert [ev.type for ev in extract_text(text).events] == [etype]


@pytest.mark.parametrize(
    ("text", "etype", "source"),
    [
        # an exchange of prisoners announced is done by those who announce it (not one of fire)
        ("وأعلنت روسيا وأوكرانيا تبادل 150 أسيرا .", "RETREAT", {"روسيا", "أوكرانيا"}),
        # a brigade withdrawn
        ("وأعلن الجيش الإسرائيلي سحب لواء غولاني من غزة .", "RETREAT", {"الجيش الإسرائيلي"}),
    ],
)
def test_prisoner_exchanges_and_brigades_withdrawn(text: str, etype: str, source: set[str]) -> None:

    assert roles(extract_text(text), etype)[0] == source


def test_forces_deployed_around_a_place_are_aimed_at_it() -> None:

    doc = extract_text("وأجرت الصين مناورات عسكرية واسعة حول تايوان .")
    assert roles(doc, "MOBILIZE") == ({"الصين"}, {"تايوان"})


@pytest.mark.parametrize(
    ("text", "etype", "source"),
    [
        # a verb joined to what a cue's phrase says (ندد بـ) goes on with its speaker
        ("وندد الاتحاد الأوروبي بالانقلاب في النيجر وعلق عضويتها .", "SANCTION", {"الاتحاد الأوروبي"}),
        # a verb-only trigger joined after what a request asks is the subject's next act, comma or not
        (
            "وطالب الاتحاد الأوروبي بالإفراج عن المعتقلين وهدد بفرض عقوبات على إيران .",
            "THREATEN",
            {"الاتحاد الأوروبي"},
        ),
    ],
)
def test_a_verb_joined_after_a_cue_s_phrase_is_the_speaker_s_next_act(
    text: str, etype: str, source: set[str]
) -> None:

    assert roles(extract_text(text), etype)[0] == source


@pytest.mark.parametrize(
    "text",
    [
        "وقع انقلاب في النيجر . وعلق الاتحاد الأوروبي عضويتها .",
        "وندد الاتحاد الأوروبي بالانقلاب في النيجر وعلق عضويتها .",
    ],
)
def test_a_membership_suspended_by_its_pronoun_is_the_one_named_before(text: str) -> None:

    assert roles(extract_text(text), "SANCTION") == ({"الاتحاد الأوروبي"}, {"النيجر"})


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # the owner of a decision does the verbal noun it decides
        (
            "وأدانت إيران قرار الاتحاد الأوروبي إدراج حماس على قائمة الإرهاب .",
            "SANCTION",
            {"الاتحاد الأوروبي"},
            {"حماس"},
        ),
        ("وأشاد محمد مرسي بقرار روسيا الاعتراف بدولة فلسطين .", "SUPPORT", {"روسيا"}, {"فلسطين"}),
    ],
)
def test_the_owner_of_a_decision_does_what_it_decides(
    text: str, etype: str, source: set[str], target: set[str]
) -> None:

    doc = extract_text(text)
    named = {e.id: e.name for e in doc.entities}
    decided = [ev for ev in doc.events if ev.type == etype and ev.trigger.text not in ("أشاد",)]
    assert [({named[s] for s in ev.source}, {named[t] for t in ev.target}) for ev in decided][-1] == (
        source,
        target,
    )


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # sanctions on bodies or a sector no name names, by the country they are in: that country
        (
            "فرضت وزارة الخزانة البريطانية يوم الثلاثاء عقوبات على تسع شركات في كوريا الشمالية .",
            {"كوريا الشمالية"},
        ),
        ("فرضت واشنطن عقوبات على قطاع النفط في فنزويلا .", {"فنزويلا"}),
        # ... not one of a list of places
        ("فرضت الولايات المتحدة عقوبات على شركات في تركيا وقبرص .", set()),
    ],
)
def test_sanctions_on_unnamed_bodies_of_a_country_aim_at_it(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "SANCTION")[1] == target


@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        (
            "تسلمت المملكة العربية السعودية الدفعة الأولى من طائرات أقنجي المسيرة من شركة بايكار التركية .",
            "شركة بايكار التركية",
            "المملكة العربية السعودية",
        ),
        (
            "كما تسلم الجيش المالي شحنة جديدة من المدرعات والمروحيات القتالية من روسيا .",
            "روسيا",
            "الجيش المالي",
        ),
        # ... past a named vessel received, no giver
        (
            "وتسلمت البحرية الجزائرية يوم الأحد الغواصة «الشهاب» من روسيا في ميناء سانت بطرسبرغ .",
            "روسيا",
            "البحرية الجزائرية",
        ),
    ],
)
def test_a_hand_over_received_finds_its_giver_past_the_goods(text: str, giver: str, receiver: str) -> None:
    assert roles(extract_text(text), "COOPERATE") == ({giver}, {receiver})


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "أطلق الحرس الثوري صواريخ باليستية على قاعدتي عين الأسد وأربيل اللتين تضمان قوات أميركية .",
            {"عين الأسد", "أربيل"},
        ),
        ("أطلقت حماس قذائف على بلدتي سديروت وعسقلان .", {"سديروت", "عسقلان"}),
    ],
)
def test_an_attack_on_places_named_together_strikes_them_all(text: str, places: set[str]) -> None:
    assert roles(extract_text(text), "ASSAULT")[1] == places


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # ties frozen or suspended with someone, past the object's adjectives
        (
            "وجمدت السعودية كل التعاملات التجارية والاستثمارية الجديدة مع كندا .",
            "SANCTION",
            "السعودية",
            "كندا",
        ),
        ("وعلقت تركيا التعاون الأمني مع إسرائيل .", "SANCTION", "تركيا", "إسرائيل"),
        # supplies cut off from someone (عن)
        ("وقطعت روسيا إمدادات الغاز عن أوكرانيا .", "SANCTION", "روسيا", "أوكرانيا"),
        # a deadline to leave given to an envoy expels him; another deadline is a threat
        (
            "وأمهلت السعودية السفير الكندي دينيس هوراك 24 ساعة لمغادرة أراضيها .",
            "SANCTION",
            "السعودية",
            "دينيس هوراك",
        ),
        ("وأمهلت حماس إسرائيل 48 ساعة للإفراج عن الأسرى .", "THREATEN", "حماس", "إسرائيل"),
    ],
)
def test_ties_frozen_and_deadlines_given(text: str, etype: str, source: str, target: str) -> None:
    assert roles(extract_text(text), etype) == ({source}, {target})


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # off an island (قبالة): where it happened; the name after the place noun is a place, though
        # the tagger reads it as a person's
        (
            "خطف مسلحون من جماعة أبو سياف خمسة صيادين قبالة جزيرة تاوي تاوي ، ونقلوهم إلى جزيرة جولو .",
            "تاوي تاوي",
        ),
    ],
)
def test_an_attack_off_a_place_strikes_there(text: str, place: str) -> None:
    doc = extract_text(text)
    assert roles(doc, "ASSAULT") == ({"جماعة أبو سياف"}, {place})
    assert next(e.type for e in doc.entities if e.name == place) == "LOC"


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # reopening: the verbal noun after إعادة; the one opened to after مع or أمام
        ("وأعلنت الرياض إعادة فتح أجوائها وحدودها مع قطر .", {"الرياض"}, {"قطر"}),
        ("وقررت السعودية إعادة فتح أجوائها وحدودها البرية والبحرية أمام قطر .", {"السعودية"}, {"قطر"}),
        # a phrase of when or where between the announcing verb and its verbal noun
        ("وكانت الرياض قد أعلنت ، عشية القمة ، إعادة فتح أجوائها مع قطر .", {"الرياض"}, {"قطر"}),
        ("وأعلنت الرياض ، خلال القمة ، فتح أجوائها .", {"الرياض"}, set()),
        # a crossing's name is no one it is opened to, nor a town the crossings lead to
        ("وفتحت مصر معبر رفح أمام المسافرين .", {"مصر"}, set()),
        ("وأعادت إسرائيل فتح المعابر مع غزة .", {"إسرائيل"}, set()),
    ],
)
def test_borders_and_crossings_reopened(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "RETREAT") == (source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # tariffs and bans on goods bought from a country strike that country
        (
            "وفرضت الولايات المتحدة رسوما جمركية بنسبة 25 في المئة على واردات الصلب من الصين .",
            "الولايات المتحدة",
            {"الصين"},
        ),
        (
            "فرضت كندا رسوما إضافية تصل إلى 100 بالمئة على السيارات الكهربائية المستوردة من الصين .",
            "كندا",
            {"الصين"},
        ),
        ("وفرضت الهند حظرا على واردات النفط من إيران وفنزويلا .", "الهند", {"إيران", "فنزويلا"}),
        # or the goods' nationality past what the tariff is for, the country named in the text
        (
            "وفرضت الصين رسوما لمكافحة الإغراق على واردات النبيذ الأسترالي . وقالت أستراليا إنها سترد .",
            "الصين",
            {"أستراليا"},
        ),
        (
            "وفرضت كندا رسوما لحماية مزارعيها على منتجات زراعية هندية . وقالت الهند إنها تدرس القرار .",
            "كندا",
            {"الهند"},
        ),
        # a tariff imposed in reply, as a verbal noun
        ("وردت الصين بفرض رسوم مماثلة على المنتجات الزراعية .", "الصين", set()),
    ],
)
def test_tariffs_on_imports_strike_the_country_of_origin(text: str, source: str, target: set[str]) -> None:
    assert roles(extract_text(text), "SANCTION") == ({source}, target)


@pytest.mark.parametrize(
    ("text", "kb_id"),
    [
        ("وانتقد الوزير قرار وكالة موديز خفض التصنيف الائتماني لمصر .", "org:moodys"),
        ("وأبقت وكالة فيتش على تصنيف الكويت .", "org:fitch_ratings"),
        ("وقالت وكالة الطاقة الدولية إن الطلب سيتراجع .", "org:international_energy_agency"),
    ],
)
def test_economy_bodies_are_in_the_knowledge_base(text: str, kb_id: str) -> None:
    assert kb_id in {e.kb_id for e in extract_text(text).entities}


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a body's genitive with an indefinite object or a count after it acts on them
        ("وأدانت فرنسا اعتقال الشرطة التركية ناشطين .", {"الشرطة التركية"}, set()),
        (
            "ونددت منظمة العفو الدولية بترحيل السلطات التونسية مهاجرين إلى الحدود .",
            {"السلطات التونسية"},
            set(),
        ),
        ("وأدانت فرنسا اعتقال الشرطة التركية 20 ناشطا .", {"الشرطة التركية"}, set()),
        # a lone genitive is the one acted on
        ("وأدانت فرنسا اعتقال الناشط التركي عثمان كافالا .", set(), {"عثمان كافالا"}),
        ("وأدانت فرنسا اعتقال حماس أمس .", set(), {"حماس"}),
    ],
)
def test_a_verbal_noun_s_genitive_acts_when_an_object_follows(
    text: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), "COERCE") == (source, target)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("ووزعت وكالة الأونروا مساعدات غذائية على آلاف الأسر في رفح .", "وكالة الأونروا"),
        ("وأعلن مركز الملك سلمان توزيع سلال غذائية في محافظة مأرب .", "مركز الملك سلمان"),
        # shelter and relief handed out to the homeless (tents, blankets, medicine)
        ("ووزع الهلال الأحمر القطري خياما وبطانيات على الأسر النازحة في إدلب.", "الهلال الأحمر القطري"),
        ("وبدأت منظمة أطباء بلا حدود توزيع الأدوية على سكان المخيم.", "منظمة أطباء بلا حدود"),
    ],
)
def test_aid_handed_out_is_given(text: str, source: str) -> None:
    assert roles(extract_text(text), "AID")[0] == {source}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # compensation or a rent allowance paid out, whoever it goes to
        ("وأعلن الوزير أن الحكومة الليبية ستصرف تعويضات للأسر التي فقدت منازلها.", "الحكومة الليبية"),
        ("وبدأت وكالة الأونروا صرف بدل إيجار للعائلات المهجرة من المخيم.", "وكالة الأونروا"),
    ],
)
def test_compensation_paid_out_is_aid(text: str, source: str) -> None:
    assert roles(extract_text(text), "AID")[0] == {source}


@pytest.mark.parametrize(
    ("text", "host"),
    [
        # a visit told in one sentence and the meeting with the host in the next: one CONSULT
        (
            "حظيت زيارة رئيس الوزراء الهندي ناريندرا مودي لأبوظبي باهتمام واسع . "
            "والتقى مودي خلال الزيارة رئيس دولة الإمارات الشيخ محمد بن زايد آل نهيان .",
            "محمد بن زايد آل نهيان",
        ),
        (
            "وصل أنان إلى دمشق قادما من عمان . ومن المقرر أن يلتقي أنان الرئيس السوري بشار الأسد غدا .",
            "بشار الأسد",
        ),
    ],
)
def test_a_visit_and_the_meeting_told_next_are_one_consult(text: str, host: str) -> None:
    doc = extract_text(text)
    consults = [e for e in doc.events if e.type == "CONSULT"]
    assert len(consults) == 1 and host in names(doc, consults[0].target) | names(doc, consults[0].source)


def test_a_visit_to_one_country_and_a_meeting_in_another_stay_apart() -> None:
    doc = extract_text(
        "وزار الرئيس الفرنسي إيمانويل ماكرون مصر . والتقى ماكرون رئيس الوزراء الإسرائيلي بنيامين نتنياهو ."
    )
    assert len([e for e in doc.events if e.type == "CONSULT"]) == 2


@pytest.mark.parametrize(
    "text",
    [
        # "the two sides" stand for no two of a longer series, nor for the sponsors of a deal
        "ونقلت الطائرات الأسرى بين صنعاء ومأرب وأبها . وأشاد غروندبرغ بالتزام الطرفين .",
        "وجرت المحادثات برعاية الأمم المتحدة واللجنة الدولية للصليب الأحمر . وأشاد غروندبرغ بالطرفين .",
    ],
)
def test_the_two_sides_are_no_series_and_no_sponsors(text: str) -> None:
    doc = extract_text(text)
    assert roles(doc, "SUPPORT")[1] == set()


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # ل after what a request noun asks is in what is asked, no addressee
        ("رفضت المكسيك مطلب ترامب السماح للقوات الأمريكية بتنفيذ عمليات .", set()),
        # ل right after the requester is the one asked
        ("وجاء ذلك تلبية لدعوة ماكرون لنظيره المصري عبد الفتاح السيسي .", {"عبد الفتاح السيسي"}),
    ],
)
def test_lam_after_what_a_request_noun_asks_is_no_addressee(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "REQUEST")[1] == target


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # a subject in quotation marks after كان or أن; a name in quotes after a facility's head is the
        # facility, no actor
        (
            "وكان «حزب الله» قد هدد باستهداف منصة حقل «كاريش» إذا بدأت إسرائيل الاستخراج .",
            "THREATEN",
            {"حزب الله"},
            {"إسرائيل"},
        ),
        ("وكانت «حماس» قد رفضت المقترح .", "REJECT", {"حماس"}, set()),
        ("وقال المتحدث إن «حماس» رفضت المقترح .", "REJECT", {"حماس"}, set()),
        # or before its short form in brackets
        (
            "وكانت المجموعة الاقتصادية لدول غرب أفريقيا (إكواس) قد فرضت عقوبات على النيجر .",
            "SANCTION",
            {"إكواس"},
            {"النيجر"},
        ),
        (
            "وكانت الوكالة الدولية للطاقة الذرية (IAEA) قد انتقدت إيران .",
            "ACCUSE",
            {"الوكالة الدولية للطاقة الذرية"},
            {"إيران"},
        ),
    ],
)
def test_a_subject_in_quotation_marks_or_before_its_short_form_in_brackets(
    text: str, etype: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), etype) == (source, target)


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # the object pronoun resumes an object head named before the verb
        (
            "ونظم أنصاره مسيرات في غاروا ودوالا ، فرقتها قوات الأمن الكاميرونية بالغاز المسيل للدموع .",
            "COERCE",
            {"قوات الأمن الكاميرونية"},
            set(),
        ),
        (
            "بعث تميم بن حمد رسالة خطية إلى الرئيس الجزائري عبد المجيد تبون ، سلمها الوزير محمد الخليفي .",
            "CONSULT",
            {"محمد الخليفي"},
            {"عبد المجيد تبون"},
        ),
        (
            "وكانت قيادة العمليات المشتركة قد أرسلت تعزيزات إلى ذي قار ، قبل أن تسحبها .",
            "RETREAT",
            {"قيادة العمليات المشتركة"},
            set(),
        ),
    ],
)
def test_an_object_pronoun_resumes_the_object_head(
    text: str, etype: str, source: set[str], target: set[str]
) -> None:
    doc = extract_text(text)
    assert (source, target) in [
        (names(doc, ev.source), names(doc, ev.target)) for ev in doc.events if ev.type == etype
    ]


def test_a_person_is_no_resumed_object() -> None:
    doc = extract_text("واستدعت مدريد سفيرة المغرب كريمة بنيعيش ، قبل أن تستدعيها الرباط للتشاور .")
    assert not [ev for ev in doc.events if ev.trigger.text.startswith("تستدعي") and ev.type == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # recognised by a pronoun after ب: the one named before
        (
            "أعلن خوان غوايدو نفسه رئيسا مؤقتا للبلاد ، وسرعان ما اعترفت به الولايات المتحدة وكندا .",
            {"الولايات المتحدة", "كندا"},
            {"خوان غوايدو"},
        ),
    ],
)
def test_recognised_by_a_pronoun(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "SUPPORT") == (source, target)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a proposal refused is its country's, by the nationality after it, not of those it would include
        (
            "اقترح السودان وساطة . ورفضت أديس أبابا المقترح السوداني بتشكيل وساطة تضم الاتحاد الأفريقي .",
            {"السودان"},
        ),
        ("وقدمت إسرائيل عرضا جديدا . ورفضت حركة حماس المقترح الإسرائيلي الجديد .", {"إسرائيل"}),
    ],
)
def test_a_refused_proposal_is_its_country_s(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "REJECT")[1] == target


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # a body's leaders or ministers after the verb act as the body, or as their countries
        ("وعلق زعماء مجموعة الثماني مشاركة روسيا في المجموعة .", "SANCTION", {"مجموعة الثماني"}, {"روسيا"}),
        ("وأدان وزراء خارجية الجامعة العربية الهجوم على قطر .", "ACCUSE", {"الجامعة العربية"}, set()),
        ("واتفق وزراء خارجية مصر والأردن على تنسيق المواقف .", "AGREE", {"مصر", "الأردن"}, set()),
    ],
)
def test_plural_titles_before_their_bodies_after_the_verb(
    text: str, etype: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), etype) == (source, target)


@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        # the country whose flag a ship flies is not acted on
        ("واحتجزت إيران ناقلة نفط ترفع علم بنما في مضيق هرمز .", "COERCE", set()),
        ("وهاجم الحوثيون سفينة ترفع علم ليبيريا .", "ASSAULT", set()),
    ],
)
def test_a_flag_flown_is_no_target(text: str, etype: str, target: set[str]) -> None:
    assert roles(extract_text(text), etype)[1] == target


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # an attack repelled was on who repelled it (one foiled is none: test_a_foiled_attack_is_no_attack)
        (
            "أعلن الجيش السوداني أنه صد هجوما واسعا شنته قوات الدعم السريع .",
            {"قوات الدعم السريع"},
            {"الجيش السوداني"},
        ),
        (
            "وصدت القوات الأوكرانية هجوما للقوات الروسية على بلدة باخموت .",
            {"القوات الروسية"},
            {"القوات الأوكرانية"},
        ),
    ],
)
def test_an_attack_repelled_was_on_who_repelled_it(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "ASSAULT") == (source, target)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a threat of what the speaker will do is made to whom it will be done; that act is no happening
        ("وحذر الاتحاد الأوروبي من أنه سيفرض عقوبات جديدة على حكومة روبرت موغابي .", {"حكومة روبرت موغابي"}),
        ("وحذر الجيش الإسرائيلي من أنه سيقصف مواقع حزب الله .", {"حزب الله"}),
        ("وهدد الجيش الإسرائيلي بأنه سيقصف مواقع حزب الله .", {"حزب الله"}),
    ],
)
def test_a_threat_is_made_to_whom_its_act_would_be_done(text: str, target: set[str]) -> None:
    doc = extract_text(text)
    assert [e.type for e in doc.events] == ["THREATEN"]
    assert roles(doc, "THREATEN")[1] == target


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # a passive marked only by who decided it: the person after the verb is acted on
        (
            "وطرد السفير الإسرائيلي من كراكاس بقرار من الرئيس الفنزويلي هوغو تشافيز .",
            "SANCTION",
            {"هوغو تشافيز"},
            {"السفير الإسرائيلي"},
        ),
        # an act with an object of its own, on someone's order: its subject acts
        (
            "شن الجيش الإثيوبي هجوما على إقليم تيغراي بأمر من رئيس الوزراء آبي أحمد .",
            "ASSAULT",
            {"الجيش الإثيوبي"},
            {"تيغراي"},
        ),
    ],
)
def test_a_passive_marked_by_who_decided_it(
    text: str, etype: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), etype) == (source, target)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # what the people arrested are suspected or charged of names no one they are acted on
        (
            "واعتقلت الشرطة الإيرانية أربعين شخصا يشتبه في مشاركتهم في الهجوم على السفارة السعودية.",
            set(),
        ),
        ("واعتقلت الشرطة الإيرانية شخصين للاشتباه في تورطهما في الهجوم على السفارة السعودية.", set()),
        ("واعتقلت السلطات الإيرانية ثلاثة أشخاص بتهمة التخابر مع إسرائيل.", set()),
        # a named person arrested stays the target
        ("واعتقلت الشرطة الإيرانية الصحفي محمد رضائي بتهمة التخابر مع إسرائيل.", {"محمد رضائي"}),
    ],
)
def test_what_the_arrested_are_suspected_of_is_no_target(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "COERCE")[1] == target


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # a man after a feminine verb of arrest is its object, the body before its subject, his gender
        # told by his given name or by his title (a foreign name)
        (
            "نشرت السلطات المصرية قوات في القاهرة، واعتقلت الصحفي محمد علي.",
            "COERCE",
            {"السلطات المصرية"},
            {"محمد علي"},
        ),
        (
            "نشرت السلطات البيلاروسية قوات في مينسك، واعتقلت الصحفي المعارض رومان بروتاسيفيتش.",
            "COERCE",
            {"السلطات البيلاروسية"},
            {"رومان بروتاسيفيتش"},
        ),
        # a verb that fits him: the unvocalised passive, no one named doing it
        ("وقتل الصحفي محمد علي في القاهرة.", "ASSAULT", set(), {"محمد علي"}),
    ],
)
def test_a_man_after_a_feminine_verb_is_its_object(
    text: str, etype: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), etype) == (source, target)


@pytest.mark.parametrize(
    ("text", "etype", "parties"),
    [
        # the participants after بين, past a time between commas
        (
            "اندلعت اشتباكات عنيفة، صباح السبت، بين الجيش السوداني وقوات الدعم السريع في الخرطوم.",
            "ASSAULT",
            {"الجيش السوداني", "قوات الدعم السريع"},
        ),
        (
            "وجرت محادثات، الأحد، بين الرئيس الروسي فلاديمير بوتين ورجب طيب أردوغان.",
            "CONSULT",
            {"فلاديمير بوتين", "رجب طيب أردوغان"},
        ),
    ],
)
def test_participants_after_between_past_a_time(text: str, etype: str, parties: set[str]) -> None:
    source, target = roles(extract_text(text), etype)
    assert source | target == parties


@pytest.mark.parametrize(
    ("text", "kb_id"),
    [
        ("ورفضت حماس مطالب اللجنة الرباعية الدولية .", "org:middle_east_quartet"),
        ("وقال المجلس الوطني الكردي إن الاتفاق خطوة مهمة .", "org:kurdish_national_council"),
        ("وهاجمت البحرية الإسرائيلية أسطول الحرية .", "org:freedom_flotilla"),
    ],
)
def test_more_actors_are_in_the_knowledge_base(text: str, kb_id: str) -> None:
    assert kb_id in {e.kb_id for e in extract_text(text).entities}


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a possessed stance after a verb joined with و goes on with the sentence's subject; معه: with the
        # one named before (the sentence opens on a verb spelt with ال: التقى)
        (
            "والتقى الأمين العام لجامعة الدول العربية عمرو موسى الرئيس السوداني عمر البشير في الخرطوم ، "
            "وأكد تضامنه معه .",
            {"عمرو موسى"},
            {"عمر البشير"},
        ),
    ],
)
def test_a_possessed_stance_goes_on_with_the_sentence_s_subject(
    text: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), "SUPPORT") == (source, target)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a stance told as a protest's purpose is what the protest is against, no event of its own
        ("وتظاهر الآلاف في الرباط تنديدا بسياسات الحكومة المغربية .", {"الحكومة المغربية"}),
        ("وتظاهر الآلاف في تونس للتنديد بسياسات الرئيس قيس سعيد .", {"قيس سعيد"}),
    ],
)
def test_a_protest_s_purpose_is_no_stance_of_its_own(text: str, target: set[str]) -> None:
    doc = extract_text(text)
    assert [e.type for e in doc.events] == ["PROTEST"]
    assert roles(doc, "PROTEST")[1] == target


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a decision issued to expel an envoy: its maker expels; an official country name is one actor
        (
            "وأصدر المجلس العسكري في النيجر قرارا بطرد السفير الفرنسي .",
            {"المجلس العسكري في النيجر"},
            {"السفير الفرنسي"},
        ),
    ],
)
def test_a_decision_issued_to_expel(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "SANCTION") == (source, target)


def test_an_official_country_name_is_the_subject() -> None:
    doc = extract_text("وأعربت جمهورية مصر العربية عن ترحيبها بإعلان وقف إطلاق النار .")
    assert roles(doc, "SUPPORT")[0] == {"جمهورية مصر العربية"}


def test_support_praised_with_a_nationality_after_it() -> None:
    doc = extract_text("وثمنت الحكومة اليمنية الدعم السعودي المتواصل . وقالت السعودية إنها ستواصل دعمها .")
    assert roles(doc, "SUPPORT") == ({"الحكومة اليمنية"}, {"السعودية"})


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # "the two countries": two states one acted against
        (
            "قطعت حكومة بوليفيا علاقاتها مع البيرو . ودعت منظمة الدول الأميركية البلدين إلى الحوار .",
            {"حكومة بوليفيا", "البيرو"},
        ),
        # and "the two sides" the last two actors of an act told
        (
            "أعلنت حكومة بوليفيا قطع علاقاتها الدبلوماسية مع البيرو . "
            "ودعت منظمة الدول الأميركية الطرفين إلى الحوار .",
            {"حكومة بوليفيا", "البيرو"},
        ),
    ],
)
def test_the_two_countries_are_two_states_one_acted_against(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "REQUEST")[1] == target


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a minister named again by the last two words of her name (فتاح: no ف + تاح); ties praised in
        # quotation marks, the partner after مع
        (
            "وقعت وزيرة الاقتصاد نادية فتاح العلوي الاتفاق . "
            "وأشادت فتاح العلوي بـ«الشراكة المتميزة» مع البنك الدولي .",
            {"نادية فتاح العلوي"},
            {"البنك الدولي"},
        ),
        # friendship is a tie too
        (
            "وأشاد الرئيس الغامبي أداما بارو بـ«الصداقة الصادقة» مع الصين .",
            {"أداما بارو"},
            {"الصين"},
        ),
    ],
)
def test_ties_praised_in_quotation_marks(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "SUPPORT") == (source, target)


def test_the_person_assassinated_is_the_target_whatever_the_apposition_names() -> None:
    doc = extract_text("وشهد الشهر الحالي اغتيال جاسم الذهبي ، عميد كلية الإدارة والاقتصاد بجامعة بغداد .")
    assert roles(doc, "ASSAULT") == (set(), {"جاسم الذهبي"})


def test_the_person_assassinated_is_the_target_past_an_office_with_a_preposition() -> None:
    # القيادي في الحرس: the preposition is the office's, not the name's; the town after في is where
    doc = extract_text("وأدانت إيران اغتيال القيادي في الحرس محمد رضا زاهدي في دمشق .")
    assert roles(doc, "ASSAULT") == (set(), {"محمد رضا زاهدي"})


def test_a_killing_condemned_is_not_aimed_at_the_one_killed() -> None:
    doc = extract_text("وأدانت فرنسا مقتل الصحفي علي السعدي في بغداد .")
    assert roles(doc, "ACCUSE") == ({"فرنسا"}, set())


@pytest.mark.parametrize(
    "text",
    [
        "وجاء الانسحاب بعد أسابيع من دفع المجلس الانتقالي الجنوبي بتعزيزات إلى مدينة عتق .",
        "ودفع المجلس الانتقالي الجنوبي بمقاتلين إلى مدينة عتق .",
    ],
)
def test_forces_pushed_to_a_place(text: str) -> None:
    assert roles(extract_text(text), "MOBILIZE") == ({"المجلس الانتقالي الجنوبي"}, {"عتق"})


def test_funding_stopped_is_a_sanction() -> None:
    doc = extract_text("وأوقفت الولايات المتحدة تمويل وكالة الأونروا .")
    assert roles(doc, "SANCTION") == ({"الولايات المتحدة"}, {"وكالة الأونروا"})


def test_a_request_received_is_the_sender_s() -> None:
    doc = extract_text("وتلقت قطر طلبا من الحكومة اليمنية بتقديم وديعة .")
    assert roles(doc, "REQUEST") == ({"الحكومة اليمنية"}, {"قطر"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stance on an act done to a person is against its doer: the person is no target
        ("ونددت حماس باعتقال محمد مرسي .", ("ACCUSE", {"حماس"}, set())),
        ("وتظاهر أنصار حماس احتجاجا على اعتقال الرئيس المصري محمد مرسي .", ("PROTEST", {"حماس"}, set())),
        ("ورفضت حماس إعدام محمد مرسي .", ("REJECT", {"حماس"}, set())),
        # (its doer named is: the police that arrested him)
        ("ونددت حماس باعتقال الشرطة المصرية لمحمد مرسي .", ("ACCUSE", {"حماس"}, {"الشرطة المصرية"})),
        # the purpose of a sit-in, a source read after it, is what the sit-in is against: one event
        (
            "واعتصم أنصار حماس أمام البرلمان رفضا لترشيح بنيامين نتنياهو .",
            ("PROTEST", {"حماس"}, {"بنيامين نتنياهو"}),
        ),
        # going out in a march is a protest
        ("وخرج أنصار حماس في مسيرة رفضا لاعتقال محمد مرسي .", ("PROTEST", {"حماس"}, set())),
    ],
)
def test_stances_on_acts_done_to_persons(text: str, expected: tuple[str, set[str], set[str]]) -> None:
    doc = make_doc(text)
    stances = [ev for ev in doc.events if ev.type in ("ACCUSE", "PROTEST", "REJECT")]
    assert [(ev.type, names(doc, ev.source), names(doc, ev.target)) for ev in stances] == [expected]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the people of a town, or a strike that sweeps a region's towns: where, no protester
        ("ونفذ أهالي غزة إضرابا شاملا .", set()),
        ("وإضراب شامل يعم مدن غزة احتجاجا على الحصار .", set()),
        # a body protesting in the town is the source
        ("ونفذ أنصار حماس في غزة إضرابا شاملا .", {"حماس"}),
    ],
)
def test_a_town_is_no_protester(text: str, source: set[str]) -> None:
    doc = recoded(text, {"غزة": "geo:city:PSE:gaza", "حماس": "org:hamas"})
    sources = [names(doc, ev.source) for ev in doc.events if ev.type == "PROTEST"]
    assert all(s == source for s in sources)
    assert sources or not source


def test_a_time_between_commas_after_the_verb_dates_it_and_the_talks_it_held() -> None:
    # the visit and the talks held during it are one CONSULT, dated by the time after the verb
    doc = extract_text(
        "استقبل الرئيس عبد الفتاح السيسي، أمس الأحد، وزير الخارجية السعودي عادل الجبير، وبحث مع الجبير"
        " سبل تعزيز العلاقات.",
        date="2024-05-01",
    )
    (meeting,) = [ev for ev in doc.events if ev.type == "CONSULT"]
    assert meeting.date == next(t.value for t in doc.times if t.text.startswith("أمس"))
    assert len(meeting.mentions) == 1  # the talks


def test_a_threat_told_again_in_its_sentence_is_one_threat() -> None:
    doc = make_doc("وحذر نتنياهو حماس من عواقب أي هجوم ، ملوحا بالتصعيد .")
    (threat,) = [ev for ev in doc.events if ev.type == "THREATEN"]
    assert (names(doc, threat.source), names(doc, threat.target)) == ({"بنيامين نتنياهو"}, {"حماس"})
    assert [m.text for m in threat.mentions] == ["ملوحا"]


def test_a_title_after_the_verb_is_a_subject_of_its_own() -> None:
    # the governor the entity layer missed condemns: not the attacker named in the sentence before
    doc = make_doc("وهاجم حزب الله غزة . ودان حاكم ولاية بورنو باباغانا زولوم الهجوم .")
    assert [names(doc, ev.source) for ev in doc.events if ev.type == "ACCUSE"] in ([set()], [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb's object pronoun stands for the person or body named before it in its sentence
        (
            "اعتقلت الحكومة المصرية محمد مرسي قبل أن تتهمه الشرطة المصرية بالتخابر .",
            ("ACCUSE", {"الشرطة المصرية"}, {"محمد مرسي"}),
        ),
        # in a relative clause, what the clause is on: a body's members are the body
        (
            "عثر الجيش الإسرائيلي على رفات عسكرييه الذين خطفهم حزب الله .",
            ("ASSAULT", {"حزب الله"}, {"الجيش الإسرائيلي"}),
        ),
    ],
)
def test_a_verb_s_object_pronoun(text: str, expected: tuple[str, set[str], set[str]]) -> None:
    doc = make_doc(text)
    found = [(ev.type, names(doc, ev.source), names(doc, ev.target)) for ev in doc.events]
    assert expected in found


def test_a_relative_clause_s_object_pronoun_on_a_body_s_members() -> None:
    # عسكرييه الذين خطفهم داعش: the soldiers are the army's; the abduction struck the army
    doc = extract_text(
        "عثر الجيش اللبناني، الأحد، على رفات ثمانية من عسكرييه الذين خطفهم تنظيم «داعش» في جرود عرسال"
        " عام 2014."
    )
    assert [(ev.type, named_roles(doc, ev)) for ev in doc.events] == [
        ("ASSAULT", (["داعش"], ["الجيش اللبناني"]))
    ]


@pytest.mark.parametrize(
    ("text", "act", "agents", "partner"),
    [
        # an act done in cooperation or coordination with a partner: both its agents, and they cooperated
        (
            "وقصف الجيش الإسرائيلي ، بالتنسيق مع الإدارة الأميركية ، مواقع حزب الله .",
            "ASSAULT",
            {"الجيش الإسرائيلي", "الإدارة الأميركية"},
            {"الإدارة الأميركية"},
        ),
        # the act's agent the actor right before the phrase (a relative clause's subject)
        (
            "واعتقل ثلاثة من حماس خلال مداهمة نفذتها الشرطة المصرية بالتعاون مع الجيش الإسرائيلي .",
            "COERCE",
            {"الشرطة المصرية", "الجيش الإسرائيلي"},
            {"الجيش الإسرائيلي"},
        ),
    ],
)
def test_an_act_done_with_a_partner(text: str, act: str, agents: set[str], partner: set[str]) -> None:
    doc = make_doc(text)
    assert agents in [names(doc, ev.source) for ev in doc.events if ev.type == act]
    cooperation = find(doc, "COOPERATE")
    assert names(doc, cooperation.source) == agents - partner and names(doc, cooperation.target) == partner
    assert cooperation.trigger.text.startswith("ب")


@pytest.mark.parametrize(
    ("text", "arrest"),
    [
        # a partner phrase tells how its own clause's act was done: an arrest in a later clause joined by و
        # is the first clause's doer's alone
        (
            "فككت الشرطة الإيطالية، بالتعاون مع الشرطة الأوروبية (يوروبول)، عصابة لتهريب السجائر، واعتقلت"
            " عشرين شخصا في روما.",
            ("COERCE", {"الشرطة الإيطالية"}, set()),
        ),
        (
            "نفذت الشرطة الرومانية، الثلاثاء، بالتعاون مع وكالة الشرطة الأوروبية (يوروبول) حملة واسعة شملت"
            " مئة مداهمة، واعتقلت 30 شخصا.",
            ("COERCE", {"الشرطة الرومانية"}, set()),
        ),
    ],
)
def test_an_arrest_in_a_later_clause_is_not_the_partners(text: str, arrest: tuple) -> None:
    assert [e for e in coded_roles(text) if e[0] == "COERCE"][-1] == arrest


def test_cooperation_with_a_partner_in_what_will_be_done_is_no_event() -> None:
    # (no act near and the clause in the future: a plan, not cooperation done)
    doc = make_doc("وأعلن ماكرون أن فرنسا ستقدم بالتعاون مع الصين مشروع قرار إلى مجلس الأمن .")
    assert not [ev for ev in doc.events if ev.type == "COOPERATE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the crowd dispersed as a whole is no one named, even after its organisers' protest
        (
            "وتظاهر أنصار حماس في غزة . وأطلقت الشرطة المصرية الغاز المسيل للدموع لتفريق المحتجين .",
            ("COERCE", {"الشرطة المصرية"}, set()),
        ),
        # some of the protesters arrested are of whoever organised the protest told before
        (
            "وتظاهر أنصار حماس في غزة . واعتقلت الشرطة المصرية عشرة أشخاص من المحتجين .",
            ("COERCE", {"الشرطة المصرية"}, {"حماس"}),
        ),
        # people counted, the protesters told in a clause of their own: no one named
        (
            "وتظاهر أنصار حماس في غزة . واعتقلت الشرطة المصرية عشرة أشخاص بعد أن أغلق محتجون الطريق .",
            ("COERCE", {"الشرطة المصرية"}, set()),
        ),
        # live fire, with tear gas or not, is an attack
        (
            "وتظاهر أنصار حماس في غزة . وأطلقت الشرطة المصرية الغاز المسيل للدموع والرصاص الحي لتفريق"
            " المحتجين .",
            ("ASSAULT", {"الشرطة المصرية"}, {"حماس"}),
        ),
        # no protest told: no one
        (
            "وأطلقت الشرطة المصرية الغاز المسيل للدموع لتفريق المحتجين في القاهرة .",
            ("COERCE", {"الشرطة المصرية"}, set()),
        ),
    ],
)
def test_protesters_dispersed(text: str, expected: tuple[str, set[str], set[str]]) -> None:
    doc = make_doc(text)
    acts = [ev for ev in doc.events if ev.type in ("COERCE", "ASSAULT")]
    assert [(ev.type, names(doc, ev.source), names(doc, ev.target)) for ev in acts] == [expected]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a march or rally whose organising is announced or decided: its announcer organises it
        ("وأعلنت حماس تنظيم مسيرة في غزة .", {"حماس"}),
        ("وقررت حماس تنظيم تجمع حاشد في غزة .", {"حماس"}),
        # the announcement a noun, its owner in a prepositional phrase
        ("وفرضت مصر حظرا على التجمعات بعد إعلان حماس تنظيم مسيرة في غزة .", {"حماس"}),
    ],
)
def test_a_protest_announced_is_organised_by_its_announcer(text: str, source: set[str]) -> None:
    doc = make_doc(text)
    assert [names(doc, ev.source) for ev in doc.events if ev.type == "PROTEST"] == [source]


def test_organisation_as_a_word_of_a_name_is_no_act() -> None:
    # تنظيم «القاعدة» is a group: no act between the verb and its object (حمّل X المسؤولية)
    doc = make_doc("وحملت الحكومة المصرية حركة «حماس» المرتبطة بتنظيم «القاعدة» المسؤولية .")
    assert [(ev.type, names(doc, ev.source), names(doc, ev.target)) for ev in doc.events] == [
        ("ACCUSE", {"الحكومة المصرية"}, {"حماس"})
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verbal noun joined by و to an announced one is the announcer's too
        (
            "وأعلن الجيش الإسرائيلي إرسال كتيبتين إلى غزة وتنفيذ غارات على حماس .",
            [("MOBILIZE", {"الجيش الإسرائيلي"}, {"غزة"}), ("ASSAULT", {"الجيش الإسرائيلي"}, {"حماس"})],
        ),
        (
            "وأعلن الجيش الإسرائيلي اعتقال ثلاثة من حماس وتدمير منزل لحماس .",
            [("COERCE", {"الجيش الإسرائيلي"}, {"حماس"}), ("ASSAULT", {"الجيش الإسرائيلي"}, {"حماس"})],
        ),
    ],
)
def test_acts_joined_under_one_announcement(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    doc = make_doc(text)
    assert [(ev.type, names(doc, ev.source), names(doc, ev.target)) for ev in doc.events] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # going on strike (دخل في إضراب); workers "belonging to" a body stand for it, past their employer
        ("ودخل آلاف من أنصار حماس في إضراب مفتوح .", ("PROTEST", {"حماس"}, set())),
        ("وأضرب العمال المنتمون إلى حماس .", ("PROTEST", {"حماس"}, set())),
        (
            "ودخل آلاف من عمال الحكومة المصرية المنتمين إلى حماس في إضراب مفتوح .",
            ("PROTEST", {"حماس"}, {"الحكومة المصرية"}),
        ),
        # forces of a nation, unnamed, are the subject: the place after them is what they enter or strike
        ("ودخلت قوات إسرائيلية غزة .", ("MOBILIZE", set(), {"غزة"})),
        ("وقصفت طائرات إسرائيلية غزة .", ("ASSAULT", set(), {"غزة"})),
    ],
)
def test_workers_and_forces_standing_for_a_body(text: str, expected: tuple[str, set[str], set[str]]) -> None:
    doc = make_doc(text)
    assert [(ev.type, names(doc, ev.source), names(doc, ev.target)) for ev in doc.events] == [expected]


def test_a_body_named_in_quotes_after_where_it_was_said_is_the_object() -> None:
    # في بيان: where it was said; the party named in quotes after its kind is whom it accuses
    doc = extract_text("واتهمت حركة حماس في بيان حزب «الليكود» بالتحريض.")
    assert [(ev.type, named_roles(doc, ev)) for ev in doc.events] == [
        ("ACCUSE", (["حركة حماس"], ["الليكود"]))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's notables stand for it
        (
            "واتفقت الحكومة المصرية مع وجهاء حماس على وقف الاشتباكات .",
            ("AGREE", {"الحكومة المصرية"}, {"حماس"}),
        ),
        ("والتقى ماكرون أعيان حماس في غزة .", ("CONSULT", {"ماكرون"}, {"حماس"})),
    ],
)
def test_notables_stand_for_their_body(text: str, expected: tuple[str, set[str], set[str]]) -> None:
    doc = make_doc(text)
    assert [(ev.type, names(doc, ev.source), names(doc, ev.target)) for ev in doc.events] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # money transferred to someone is economic aid; turning a place into something is not
        ("وأعلنت الحكومة المصرية تحويل 320 مليار دينار إلى حماس .", [("AID", {"الحكومة المصرية"}, {"حماس"})]),
        ("وأعلنت الحكومة المصرية تحويل المدينة إلى منطقة عسكرية .", []),
        # a purpose and, past a comma, an aside: the deal in the aside is told too
        (
            "وأعلنت الحكومة المصرية تحويل مليار دينار إلى حماس لتمويل الرواتب ، تنفيذا لاتفاق توصل إليه"
            " ماكرون وبوتين .",
            [("AID", {"الحكومة المصرية"}, {"حماس"}), ("AGREE", {"ماكرون"}, {"فلاديمير بوتين"})],
        ),
    ],
)
def test_money_transferred(text: str, expected: list[tuple[str, set[str], set[str]]]) -> None:
    doc = make_doc(text)
    assert [(ev.type, names(doc, ev.source), names(doc, ev.target)) for ev in doc.events] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # completing a deployment is deploying; what it follows (تنفيذا لقرار X) names no party to it
        (
            "وأعلن الجيش الإسرائيلي استكمال نشر جنود في جنوب لبنان تنفيذا لقرار مجلس الأمن .",
            ("MOBILIZE", {"الجيش الإسرائيلي"}, {"لبنان"}),
        ),
        ("وأعلن الجيش الإسرائيلي نشر جنود بموجب اتفاق مع مصر .", ("MOBILIZE", {"الجيش الإسرائيلي"}, set())),
    ],
)
def test_completion_and_what_an_act_follows(text: str, expected: tuple[str, set[str], set[str]]) -> None:
    doc = make_doc(text)
    assert [(ev.type, names(doc, ev.source), names(doc, ev.target)) for ev in doc.events] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stance on an act told right after it with its agent is against the agent
        ("ونددت حماس باغتيال إسرائيل القيادي محمد مرسي .", ("ACCUSE", {"حماس"}, {"إسرائيل"})),
        (
            "وأعربت فرنسا عن إدانتها اعتقال الشرطة المصرية محمد مرسي .",
            ("ACCUSE", {"فرنسا"}, {"الشرطة المصرية"}),
        ),
    ],
)
def test_a_stance_on_an_act_told_with_its_agent(text: str, expected: tuple[str, set[str], set[str]]) -> None:
    doc = make_doc(text)
    stances = [ev for ev in doc.events if ev.type == expected[0]]
    assert [(ev.type, names(doc, ev.source), names(doc, ev.target)) for ev in stances] == [expected]


def test_a_cell_dismantled_with_a_partner() -> None:
    # a cell dismantled is coercion; the partner in coordination shares it, the two cooperated
    doc = make_doc("وأعلنت الشرطة المصرية ، بتنسيق مع الجيش الإسرائيلي ، تفكيك خلية إرهابية في القاهرة .")
    assert [(ev.type, named_roles(doc, ev)) for ev in doc.events] == [
        ("COERCE", (["الشرطة المصرية", "الجيش الإسرائيلي"], [])),
        ("COOPERATE", (["الشرطة المصرية"], ["الجيش الإسرائيلي"])),
    ]


def test_a_joint_operation_backed_by_a_partner_s_aircraft() -> None:
    # a joint operation is an attack; backing by a partner's aircraft makes the partner share it
    doc = make_doc(
        "وقتل عشرة من حماس في عملية مشتركة نفذها الجيش الإسرائيلي بإسناد من طيران الإدارة الأميركية ."
    )
    assert [(ev.type, named_roles(doc, ev)) for ev in doc.events] == [
        ("ASSAULT", (["الجيش الإسرائيلي", "الإدارة الأميركية"], ["حماس"])),
        ("COOPERATE", (["الجيش الإسرائيلي"], ["الإدارة الأميركية"])),
    ]


def test_a_sentence_on_a_pronoun_is_the_person_s_named_before() -> None:
    # حكما غيابيا بسجنه: the person named before, not a body named since
    doc = make_doc(
        "وتسلمت الشرطة المصرية محمد مرسي بالتنسيق مع الأمم المتحدة ، بعد أن أصدرت الحكومة المصرية حكما"
        " غيابيا بسجنه عشر سنوات ."
    )
    assert roles(doc, "SANCTION") == ({"الحكومة المصرية"}, {"محمد مرسي"})


def test_a_conviction_on_a_pronoun_is_the_sentence_told_before() -> None:
    # بعد إدانته بتقديم رشوة لمسؤول في X: the one convicted, the sentence told before; not X
    doc = make_doc(
        "وقضت الحكومة المصرية بسجن محمد مرسي عشر سنوات ، بعد إدانته بتقديم رشوة لمسؤول في الشرطة المصرية ."
    )
    # (one event: the conviction is the sentence told again, no condemnation of the police)
    assert [(ev.type, names(doc, ev.source), names(doc, ev.target)) for ev in doc.events] == [
        ("SANCTION", {"الحكومة المصرية"}, {"محمد مرسي"})
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # seized in the act, verb or noun; restraint (ضبط النفس) is no arrest
        ("وكانت الشرطة المصرية قد ضبطت محمد مرسي متلبسا .", [("COERCE", {"الشرطة المصرية"}, {"محمد مرسي"})]),
        ("ودعت الشرطة المصرية إلى ضبط النفس .", []),
    ],
)
def test_seized_in_the_act(text: str, expected: list[tuple[str, set[str], set[str]]]) -> None:
    doc = make_doc(text)
    coerced = [ev for ev in doc.events if ev.type == "COERCE"]
    assert [(ev.type, names(doc, ev.source), names(doc, ev.target)) for ev in coerced] == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # "but it/he": the sentence's first subject goes on
        ("ورحبت حماس بالإفراج عنه ، لكنها طالبت إسرائيل بإسقاط التهم .", {"حماس"}),
        ("وقال ماكرون إن فرنسا لن تتدخل ، لكنه دعا إسرائيل إلى وقف القصف .", {"ماكرون"}),
    ],
)
def test_but_it_goes_on_with_the_first_subject(text: str, source: set[str]) -> None:
    doc = make_doc(text)
    assert roles(doc, "REQUEST") == (source, {"إسرائيل"})


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # praise of what someone gave, named after من or من قبل
        ("وأشاد ماكرون بـ«الدعم السخي» من الصين .", {"الصين"}),
        ("وأشاد ماكرون بالجهود المبذولة من قبل الصين .", {"الصين"}),
        # (a clause of its own after a comma: no giver)
        ("وأشاد ماكرون بالقرار ، ثم انسحب من الصين .", set()),
        # a quality or a policy praised, its owner named after ل
        ("وأشاد ماكرون بنجاعة السياسات الزراعية لمصر .", {"مصر"}),
        ("وأشاد ماكرون بحكمة القيادة السياسية لروسيا .", {"روسيا"}),
    ],
)
def test_praise_of_what_someone_gave(text: str, target: set[str]) -> None:
    doc = make_doc(text)
    assert roles(doc, "SUPPORT") == ({"ماكرون"}, target)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the relative clause's verb, with the pronoun taking the noun back, read as a clitic on a bare
        # word (بذلها: not ب + ذلها; وفره: not و + فره)
        ("أشاد ماكرون بالجهود التي بذلها الاتحاد الأوروبي لوقف الحرب .", {"الاتحاد الأوروبي"}),
        ("أشاد ماكرون بالدعم الذي وفره البنك الدولي للاجئين .", {"البنك الدولي"}),
    ],
)
def test_praise_of_deeds_told_in_a_relative_clause_whose_verb_starts_like_a_clitic(
    text: str, target: set[str]
) -> None:
    doc = make_doc(text)
    assert roles(doc, "SUPPORT") == ({"ماكرون"}, target)


def test_a_noun_with_his_pronoun_is_no_feminine_participle() -> None:
    # وموقفه "and his stance", not موقفة "arresting" (ة and ه fold together once normalised)
    doc = make_doc("وبحث ماكرون الأوضاع في غزة ، وموقفه من قرار مجلس الأمن .")
    assert not [ev for ev in doc.events if ev.type == "COERCE"]


def test_the_free_pronoun_is_the_object_whatever_the_content_names() -> None:
    # متهمة إياها بقصف غزة: Israel, told again; not Gaza, named in what it is accused of
    doc = make_doc("وانتقدت فرنسا إسرائيل ، متهمة إياها بقصف غزة .")
    assert [(ev.type, names(doc, ev.source), names(doc, ev.target)) for ev in doc.events] == [
        ("ACCUSE", {"فرنسا"}, {"إسرائيل"})
    ]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # في مديريتي كريتر والمعلا: the conjunct is no object of the verb, it is where too
        (
            "عدن - انتشرت قوات الحزام الأمني التابعة للمجلس الانتقالي الجنوبي في مديريتي كريتر والمعلا "
            "بمدينة عدن، عقب اشتباكات مع عناصر من ألوية الحماية الرئاسية.",
            {"قوات الحزام الأمني"},
            {"كريتر", "المعلا"},
        ),
        # a plural head's list, every conjunct where; the forces whose leaving it came right upon are
        # no object (فور خروج القوات)
        (
            "وانتشر الجيش اللبناني في بلدات كفركلا والعديسة ومركبا وحولا فور خروج القوات الإسرائيلية، "
            "بحسب بيان للجيش.",
            {"الجيش اللبناني"},
            {"كفركلا", "العديسة", "مركبا", "حولا"},
        ),
    ],
)
def test_a_deployment_into_several_places_is_to_all(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "MOBILIZE") == (source, target)


@pytest.mark.parametrize(
    ("text", "etype", "source"),
    [
        # after an announcing verb, its subject past a title that holds a body, a verbal noun follows
        ("أعلن رئيس حزب الدستور علاء عبد التواب استقالته من رئاسة الحزب.", "RETREAT", {"علاء عبد التواب"}),
        ("أعلن وزير خارجية مصر سامح شكري رفضه للقرار.", "REJECT", {"سامح شكري"}),
    ],
)
def test_a_verbal_noun_after_a_subject_titled_by_a_body(text: str, etype: str, source: set[str]) -> None:
    assert roles(extract_text(text), etype)[0] == source


@pytest.mark.parametrize(
    ("text", "etype", "count"),
    [
        # the aid a verb sends, named by a noun in its sentence, is the one aid to that place
        ("أرسل برنامج الأغذية العالمي قافلة مساعدات إلى مدينة حلب.", "AID", 1),
        # in two sentences, two acts may be told on one place
        ("قصفت إسرائيل غزة. وفي وقت لاحق قتل ثلاثة في انفجار في غزة.", "ASSAULT", 2),
    ],
)
def test_an_act_on_a_place_told_with_and_without_its_agent(text: str, etype: str, count: int) -> None:
    assert sum(ev.type == etype for ev in extract_text(text).events) == count


@pytest.mark.parametrize(
    ("text", "aid"),
    [
        # aid named by no one giving it describes the aid, tells no giving
        ("أغلقت السلطات الإسرائيلية معبر كرم أبو سالم أمام شحنات المساعدات المتجهة إلى قطاع غزة.", set()),
        ("اتهمت الأمم المتحدة قوات الدعم السريع بعرقلة وصول المساعدات إلى الفاشر.", set()),
        # its giver named: aid
        ("أرسلت السعودية شحنة مساعدات إلى اليمن.", {("السعودية", "اليمن")}),
        # the giver named by one word and the recipient by another: one giving
        (
            "أعلن الاتحاد الأوروبي تخصيص 30 مليون يورو مساعدات إنسانية إضافية لتشاد.",
            {("الاتحاد الأوروبي", "تشاد")},
        ),
    ],
)
def test_aid_needs_its_giver(text: str, aid: set[tuple[str, str]]) -> None:
    doc = extract_text(text)
    found = {
        (name, target)
        for ev in doc.events
        if ev.type == "AID"
        for name in names(doc, ev.source) or {""}
        for target in names(doc, ev.target) or {""}
    }
    assert found == aid


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # relief goods sent or given: vaccines, doses, tents, medicines, tons of supplies
        (
            "أعلنت منظمة الصحة العالمية إرسال 1.4 مليون جرعة من لقاح الكوليرا إلى السودان.",
            "منظمة الصحة العالمية",
            "السودان",
        ),
        ("أرسلت الإمارات 50 طنا من الأدوية إلى غزة.", "الإمارات", "غزة"),
        ("قدمت الصين لقاحات إلى مصر.", "الصين", "مصر"),
        ("أرسلت تركيا خياما إلى سوريا.", "تركيا", "سوريا"),
    ],
)
def test_relief_goods_given_are_aid(text: str, source: str, target: str) -> None:
    assert roles(extract_text(text), "AID") == ({source}, {target})


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # funding stopped, suspended or cut is a sanction on the body funded (the pronoun on the noun too)
        ("أعلنت الولايات المتحدة وقف تمويلها للأونروا.", "SANCTION", {"الولايات المتحدة"}, {"الأونروا"}),
        ("أعلنت الولايات المتحدة وقف مساعداتها للأونروا.", "SANCTION", {"الولايات المتحدة"}, {"الأونروا"}),
        ("قطعت الولايات المتحدة تمويلها عن الأونروا.", "SANCTION", {"الولايات المتحدة"}, {"الأونروا"}),
        # contributions pledged are aid
        ("تعهدت ألمانيا بزيادة مساهماتها للأونروا.", "AID", {"ألمانيا"}, {"الأونروا"}),
        # an agency told again as الوكالة
        (
            "أعلن برنامج الأغذية العالمي توقف قوافله. وقال مديره إن الوكالة تطالب إسرائيل بفتح المعابر.",
            "REQUEST",
            {"برنامج الأغذية العالمي"},
            {"إسرائيل"},
        ),
    ],
)
def test_funding_and_agencies(text: str, etype: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), etype) == (source, target)


def test_who_leads_a_body_is_no_one_acted_on() -> None:
    # التحالف العربي بقيادة السعودية: Saudi Arabia leads the coalition, the hospital is struck
    doc = extract_text(
        "قتل 11 شخصا في غارة جوية شنها التحالف العربي بقيادة السعودية على مستشفى عبس في محافظة حجة."
    )
    assert roles(doc, "ASSAULT") == ({"التحالف العربي"}, {"مستشفى عبس"})


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a demand for an investigation is an accusation (طالب ب as دعا إلى), against the one to
        # investigate, or the agent of the act it is into, told before
        (
            "قتل 11 شخصا في غارة شنها التحالف العربي على مستشفى عبس. "
            "وطالبت منظمة أطباء بلا حدود بفتح تحقيق مستقل في الهجوم.",
            {"منظمة أطباء بلا حدود"},
            {"التحالف العربي"},
        ),
        ("طالب الاتحاد الأوروبي إسرائيل بإجراء تحقيق في الحادث.", {"الاتحاد الأوروبي"}, {"إسرائيل"}),
        ("دعت منظمة العفو الدولية إلى إجراء تحقيق في مقتل الصحفية.", {"منظمة العفو الدولية"}, set()),
    ],
)
def test_a_demand_for_an_investigation(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "ACCUSE") == (source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # what a report or statement says, refused or denied: aimed at its author
        (
            "نفت الحكومة السعودية ما جاء في تقرير منظمة العفو الدولية.",
            {"الحكومة السعودية"},
            {"منظمة العفو الدولية"},
        ),
        # an unnamed source is no one named: not the subject of the sentence before
        (
            "اتهمت منظمة هيومن رايتس ووتش حرس الحدود السعودي بقتل مئات المهاجرين. "
            "ورفض مصدر حكومي سعودي ما ورد في تقرير المنظمة.",
            set(),
            {"منظمة هيومن رايتس ووتش"},
        ),
        ("نفت الحكومة السعودية ما جاء في التقرير.", {"الحكومة السعودية"}, set()),  # no author named
    ],
)
def test_a_report_refused_is_its_author_s(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "REJECT") == (source, target)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # a promise to ease or allow the aid in is a concession, no aid given
        ("تعهدت الحكومة السودانية بتسهيل وصول المساعدات.", "CONCEDE"),
        ("تعهدت إسرائيل بالسماح بدخول المساعدات.", "CONCEDE"),
        ("تعهدت السعودية بتقديم مساعدات.", "AID"),
    ],
)
def test_a_promise_to_let_aid_in_is_a_concession(text: str, etype: str) -> None:
    assert [ev.type for ev in extract_text(text).events] == [etype]


def test_who_made_a_visit_meets_there() -> None:
    # زيارة أجراها X إلى Y، حيث التقى Z: X met Z, past the long title before his name
    doc = extract_text(
        "وجاء الإعلان خلال زيارة أجراها مفوض إدارة الأزمات في الاتحاد الأوروبي يانيز لينارتشيتش "
        "إلى مخيم أدري، حيث التقى رئيس الوزراء التشادي سوكسيه ماسرا."
    )
    assert roles(doc, "CONSULT") == ({"يانيز لينارتشيتش"}, {"سوكسيه ماسرا"})


def test_a_humanitarian_office_titles_its_holder() -> None:
    # وكيلة الأمين العام للشؤون الإنسانية: a title; the foreign name after its office is its holder
    doc = extract_text(
        "والتقت وكيلة الأمين العام للشؤون الإنسانية جويس مسويا وزيرة الدولة للتعاون الدولي لولوة الخاطر."
    )
    assert roles(doc, "CONSULT") == ({"جويس مسويا"}, {"لولوة الخاطر"})


@pytest.mark.parametrize(
    "text",
    [
        # a crossing closed or opened is where, no one acted on
        "أغلقت السلطات الإسرائيلية معبر كرم أبو سالم أمام شحنات المساعدات المتجهة إلى قطاع غزة.",
        "أعادت السلطات المصرية فتح معبر رفح.",
    ],
)
def test_a_crossing_is_no_target(text: str) -> None:
    doc = extract_text(text)
    assert doc.events and all(not ev.target for ev in doc.events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # where forces are deployed, lying by a border with a country (no ally: مع after الحدود)
        (
            "نشر الجيش الموريتاني وحدات إضافية في مقاطعة باسكنو المحاذية للحدود مع مالي.",
            {"الجيش الموريتاني"},
            {"باسكنو"},
        ),
        # regiments deployed
        (
            "نشرت وزارة الداخلية العراقية ثلاثة أفواج من الشرطة في بغداد.",
            {"وزارة الداخلية العراقية"},
            {"بغداد"},
        ),
        # the town named before, taken back by a definite word for it
        (
            "انفجرت سيارة مفخخة في كركوك. ونشرت وزارة الداخلية العراقية ألف عنصر في المدينة.",
            {"وزارة الداخلية العراقية"},
            {"كركوك"},
        ),
        (
            "شهدت مدينة كراتشي مواجهات دامية، ونشر الجيش الباكستاني آلاف الجنود في شوارع العاصمة الاقتصادية.",
            {"الجيش الباكستاني"},
            {"كراتشي"},
        ),
        (
            "اندلعت اشتباكات قبلية في مديرية حيس. ونشرت القوات الحكومية وحدات إضافية في المديرية.",
            {"القوات الحكومية"},
            {"حيس"},
        ),
        # (not a country: the town, or nothing)
        (
            "وقعت اشتباكات في المكسيك. ونشرت الحكومة المكسيكية 300 عنصر من الحرس الوطني في المدينة.",
            {"الحكومة المكسيكية"},
            set(),
        ),
        # around a site named after a word for the spot
        (
            "نشرت وزارة الداخلية العراقية وحدات من الشرطة الاتحادية على مداخل الأنبار.",
            {"وزارة الداخلية العراقية"},
            {"الأنبار"},
        ),
        # a site named before, taken back around it: the place named with it (an island, a district, a
        # museum; its name in quote marks; on all its entrances; in its centre)
        (
            "وصل آلاف الزوار إلى جزيرة جربة. ونشرت الحكومة التونسية وحدات من الشرطة على كل مداخل الجزيرة.",
            {"الحكومة التونسية"},
            {"جزيرة جربة"},
        ),
        (
            "اندلعت مواجهات في قضاء سنجار. ونشرت وزارة الداخلية العراقية قوات في مركز القضاء.",
            {"وزارة الداخلية العراقية"},
            {"سنجار"},
        ),
        (
            "سرق لصوص قطعا أثرية من متحف في مدينة الموصل. ونشرت الشرطة العراقية تعزيزات في محيط المتحف.",
            {"الشرطة العراقية"},
            {"الموصل"},
        ),
        (
            "تجمع مئات المهاجرين في مخيم «الأمل» في أربيل. ونشرت قوات الأمن الكردية عناصر في محيط المخيم.",
            {"قوات الأمن الكردية"},
            {"أربيل"},
        ),
        # the same definite word named before with its place, or a body's seat or mission named again
        # by its one word
        (
            "تظاهر العمال أمام القصر الرئاسي في جاكرتا. ونشرت الشرطة الإندونيسية مئات العناصر حول القصر.",
            {"الشرطة الإندونيسية"},
            {"جاكرتا"},
        ),
        (
            "تظاهر المحامون أمام مقر محكمة الاستئناف في صفاقس. ونشرت الشرطة التونسية وحدات حول مقر المحكمة.",
            {"الشرطة التونسية"},
            {"صفاقس"},
        ),
        (
            "تجمع محتجون أمام السفارة الأمريكية في حي عوكر. ونشر الجيش اللبناني تعزيزات في محيط السفارة.",
            {"الجيش اللبناني"},
            {"عوكر"},
        ),
        # (not where a place is named right after the seat: that place)
        (
            "تظاهر المئات أمام القنصلية الفرنسية في إسطنبول، ونشرت الشرطة التركية تعزيزات حول مقر القنصلية "
            "في حي بي أوغلو.",
            {"الشرطة التركية"},
            {"بي أوغلو"},
        ),
        (
            "تجمع مئات المحتجين في شارع الرشيد وسط بغداد. ونشرت الشرطة العراقية قوات مكافحة الشغب في الشارع.",
            {"الشرطة العراقية"},
            {"الرشيد"},
        ),
        # a desert named after a place is that place
        ("نشر الجيش العراقي ألوية في صحراء النجف لملاحقة المهربين.", {"الجيش العراقي"}, {"النجف"}),
        ("ودفع الجيش العراقي بتعزيزات إلى بادية الأنبار.", {"الجيش العراقي"}, {"الأنبار"}),
        # two places after a dual (محافظتي), past a border with a country
        (
            "نشرت وزارة الدفاع العراقية ألوية على الشريط الحدودي مع سوريا في محافظتي نينوى والأنبار.",
            {"وزارة الدفاع العراقية"},
            {"نينوى", "الأنبار"},
        ),
    ],
)
def test_deployed_where(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "MOBILIZE") == (source, target)


def test_sanctions_on_a_body_s_members_are_on_it() -> None:
    doc = extract_text("فرضت وزارة الخزانة الأمريكية عقوبات على اثنين من كبار قادة قوات الدعم السريع.")
    assert roles(doc, "SANCTION") == ({"وزارة الخزانة الأمريكية"}, {"قوات الدعم السريع"})


def test_a_denial_s_content_is_negated_past_a_long_title() -> None:
    # ونفى المتحدث باسم الرئاسة النيجيرية X أن ...: the names and title between do not count
    doc = extract_text(
        "ونفى المتحدث باسم الرئاسة النيجيرية غاربا شيخو أن تكون الحكومة النيجيرية "
        "قد أطلقت سراح قادة من بوكو حرام."
    )
    (release,) = [ev for ev in doc.events if ev.type == "RETREAT"]
    assert release.negated


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # a military campaign waged is an attack
        (
            "فر الآلاف من الروهينغا إلى بنغلاديش هربا من حملة عسكرية شنها جيش ميانمار في ولاية راخين.",
            "ASSAULT",
            {"جيش ميانمار"},
            {"راخين"},
        ),
        # praise of the pledges is for those who pledged
        (
            "تعهدت السعودية والإمارات بتقديم 750 مليون دولار لليمن. وأشاد أنطونيو غوتيريش بالتعهدات.",
            "SUPPORT",
            {"أنطونيو غوتيريش"},
            {"السعودية", "الإمارات"},
        ),
    ],
)
def test_campaigns_and_pledges_told_again(text: str, etype: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), etype) == (source, target)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a deed described by a word of blame, past a subject whose title runs over ل (لحقوق الإنسان)
        (
            "فر الآلاف هربا من حملة عسكرية شنها جيش ميانمار في ولاية راخين. ووصف المفوض السامي لحقوق "
            "الإنسان زيد رعد الحسين العملية بأنها «نموذج صارخ للتطهير العرقي».",
            {"جيش ميانمار"},
        ),
        # past where the subject is (السفارة الأميركية في الخرطوم)
        (
            "أغلقت السلطات السودانية الجسور. وانتقدت السفارة الأميركية في الخرطوم الإغلاق.",
            {"السلطات السودانية"},
        ),
    ],
)
def test_a_deed_described_or_criticised_is_its_agent_s(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "ACCUSE")[1] == target


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a crowd counted in a place is no one's members and no one named: not the subject before
        ("منعت حكومة طالبان النساء من العمل. وتظاهر الآلاف في القاهرة.", set(), set()),
        # a protest against the decision told before is against who took it
        (
            "منعت حكومة طالبان النساء من العمل. وتظاهر المئات في القاهرة احتجاجا على القرار.",
            set(),
            {"حكومة طالبان"},
        ),
        (
            "أعلنت الحكومة اللبنانية فرض رسوم على المحروقات. "
            "ونظم الاتحاد العمالي العام إضرابا احتجاجا على القرار.",
            {"الاتحاد العمالي العام"},
            {"الحكومة اللبنانية"},
        ),
    ],
)
def test_a_counted_crowd_protests_against_a_decision(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "PROTEST") == (source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # an order to ban or expel is coercion
        (
            "أمرت الحكومة الإثيوبية بطرد سبعة من مسؤولي الأمم المتحدة.",
            {"الحكومة الإثيوبية"},
            {"الأمم المتحدة"},
        ),
        ("أمرت حكومة طالبان المنظمات بمنع النساء من العمل.", {"حكومة طالبان"}, set()),
    ],
)
def test_an_order_to_ban_or_expel(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "COERCE") == (source, target)


def test_kabul_spelt_with_waw() -> None:
    doc = extract_text("وتظاهرت عشرات النساء في كابول.")
    assert [(e.name, e.wikidata) for e in doc.entities] == [("كابول", "Q5838")]


def test_that_being_during_a_call_goes_on_with_the_main_subject() -> None:
    # وذلك خلال اتصال هاتفي: the main clause's subject calls, not the agent of the relative clause between
    doc = extract_text(
        "قدم رئيس الوزراء الإسرائيلي بنيامين نتنياهو اعتذارا رسميا لتركيا عن الهجوم الذي شنته قوات "
        "البحرية الإسرائيلية على سفينة مافي مرمرة، وذلك خلال اتصال هاتفي مع نظيره التركي رجب طيب أردوغان."
    )
    ev = find(doc, "CONSULT")
    assert names(doc, ev.source) | names(doc, ev.target) == {"بنيامين نتنياهو", "رجب طيب أردوغان"}


def test_support_for_a_plan_whose_relative_clause_names_its_author_past_a_place() -> None:
    doc = extract_text(
        "وأعلن الرئيس الأمريكي جورج بوش تأييده لخطة الانسحاب من غزة التي طرحها رئيس الوزراء الإسرائيلي "
        "أرييل شارون."
    )
    assert roles(doc, "SUPPORT") == ({"جورج بوش"}, {"أرييل شارون"})


def test_a_ship_arriving_is_no_visit_of_the_subject_before() -> None:
    doc = extract_text(
        "درنة - أرسلت مصر والجزائر طائرات تحمل فرق إنقاذ ومعدات طبية إلى ليبيا لمساعدة المتضررين من "
        "الفيضانات التي اجتاحت مدينة درنة. ووصلت سفينة مستشفى ميداني تركية إلى ميناء المدينة."
    )
    assert [ev.type for ev in doc.events] == ["AID"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a convoy belonging to a body, struck: the body is struck, no one who struck it
        ("استهدفت طائرة إسرائيلية قافلة تابعة للأمم المتحدة في غزة.", {"الأمم المتحدة"}),
        ("هاجم مسلحون قافلة تابعة للصليب الأحمر في دارفور.", {"الصليب الأحمر"}),
    ],
)
def test_a_convoy_s_owner_is_struck_not_striking(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "ASSAULT") == (set(), target)


def test_where_an_act_is_done_is_no_object() -> None:
    # عند المعبر: at the crossing, where minors are handed over, no crossing handed back
    doc = extract_text("وسلمت السلطات الإيرانية عند المعبر 300 قاصر إلى منظمة اليونيسف.")
    assert all(ev.type != "RETREAT" for ev in doc.events)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # what is given into a body's budget is given to the body
        ("تعهدت ألمانيا بزيادة مساهماتها في ميزانية منظمة الصحة العالمية.", {"منظمة الصحة العالمية"}),
        (
            "أعلنت الولايات المتحدة وقف تمويلها لوكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين "
            "(الأونروا). وتعهدت ألمانيا بزيادة مساهماتها في ميزانية الوكالة.",
            {"وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين"},
        ),
    ],
)
def test_given_into_a_budget(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "AID") == ({"ألمانيا"}, target)


@pytest.mark.parametrize(
    ("text", "supports"),
    [
        # support a role is in or an act is for, naming no one supported, is no stance
        (
            "وأشاد عبد العاطي خلال اللقاء بالدور الذي تقوم به السعودية في دعم القضية الفلسطينية.",
            [({"عبد العاطي"}, {"السعودية"})],
        ),
        ("وافق البنك الدولي على منح أوكرانيا قرضا بقيمة 1.5 مليار دولار لدعم الميزانية.", []),
        # the support of someone an aid is for is told by the aid itself
        ("أرسلت فرنسا طائرات لدعم الجيش المالي.", []),
    ],
)
def test_support_a_role_is_in_is_no_stance(text: str, supports: list[tuple[set[str], set[str]]]) -> None:
    doc = extract_text(text)
    assert [
        (names(doc, ev.source), names(doc, ev.target)) for ev in doc.events if ev.type == "SUPPORT"
    ] == supports


@pytest.mark.parametrize(
    ("text", "supports"),
    [
        # what thanks are given for (على دعمه) is told by the thanks, no support of its own
        (
            "وشكر وزير المالية الأوكراني سيرهي مارتشينكو البنك الدولي على دعمه الثابت.",
            [({"سيرهي مارتشينكو"}, {"البنك الدولي"})],
        ),
        ("وأعرب الوزير عن شكره للسعودية على دعمها المتواصل.", [(set(), {"السعودية"})]),
        # (in quotation marks, after a participle of thanks too)
        (
            'وقال زيلينسكي إن الأسرى عادوا، موجها الشكر إلى الإمارات على "دعمها المستمر".',
            [({"زيلينسكي"}, {"الإمارات"})],
        ),
        ("ورحب زيلينسكي بالقرار، شاكرا الأصدقاء الأوروبيين على دعمهم.", [({"زيلينسكي"}, set())]),
    ],
)
def test_what_thanks_are_for_is_no_support_of_its_own(
    text: str, supports: list[tuple[set[str], set[str]]]
) -> None:
    doc = extract_text(text)
    assert [
        (names(doc, ev.source), names(doc, ev.target)) for ev in doc.events if ev.type == "SUPPORT"
    ] == supports


@pytest.mark.parametrize(
    "text",
    [
        # tariffs raised (not lifted) on a country's goods, the country named by their nationality
        "رفعت الولايات المتحدة الرسوم الجمركية على بضائع صينية . ورحبت الصين بالحوار .",
        "فرضت الولايات المتحدة رسوما على بضائع صينية . ورحبت الصين بالحوار .",
    ],
)
def test_tariffs_on_a_nationality_s_goods_sanction_its_country(text: str) -> None:
    doc = recoded(text, {"الولايات المتحدة": "geo:USA", "الصين": "geo:CHN"})
    assert roles(doc, "SANCTION") == ({"الولايات المتحدة"}, {"الصين"})


def test_who_ordered_an_act_is_no_party_to_it() -> None:
    # بأمر من: the prime minister ordered the deployment; the place it went to is its target
    doc = extract_text(
        "ونشرت قيادة الشرطة الاتحادية قوات إضافية في الموصل بأمر من رئيس الوزراء حيدر العبادي."
    )
    assert roles(doc, "MOBILIZE") == ({"قيادة الشرطة الاتحادية"}, {"الموصل"})


def test_the_network_of_a_channel_is_the_channel() -> None:
    # شبكة الجزيرة: the KB's Al Jazeera, the subject of its own words
    doc = extract_text(
        "وحجبت السلطات المصرية قناة الجزيرة. ووصفت شبكة الجزيرة القرار بأنه اعتداء على الصحافة."
    )
    assert roles(doc, "ACCUSE")[0] == {"الجزيرة"}


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # what a number counts is a noun (طالب "student", not طالب "demanded")
        ("اعتقلت الشرطة المصرية عشرين طالبا أمام الجامعة.", ["COERCE"]),
        ("اعتقلت الشرطة المصرية أكثر من مئة طالب.", ["COERCE"]),
        ("وطالب حماس إسرائيل بالانسحاب.", ["REQUEST"]),
        # and what "any" counts (أي تدخل: an intervention, no verb that is denied)
        ('وقال أردوغان: "لن نقبل أي تدخل عسكري في أراضينا".', ["REJECT"]),
    ],
)
def test_a_counted_word_is_no_verb(text: str, types: list[str]) -> None:
    assert [e.type for e in extract_text(text).events] == types


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a decision of a definite act: the act told before, of its kind where it is a trigger
        (
            "قصف الجيش الإسرائيلي غزة . ورحبت مصر بزيارة فلاديمير بوتين . وانتقدت فرنسا قرار القصف .",
            {"الجيش الإسرائيلي"},
        ),
        # else the last deed told, by someone else
        ("منعت الحكومة المصرية التظاهر . وانتقدت حماس قرار المنع .", {"الحكومة المصرية"}),
    ],
)
def test_a_decision_of_an_act_is_its_doer_s(text: str, target: set[str]) -> None:
    assert roles(make_doc(text), "ACCUSE")[1] == target


def test_a_sentence_s_pronoun_names_the_one_sentenced_before() -> None:
    # بسجنها: the person named before, after a preposition too (not the one who asks for her release)
    doc = extract_text(
        "طالب غوتيريش بالإفراج عن الزعيمة أونغ سان سو تشي، بعد أن قضت محكمة نايبيداو بسجنها سبع سنوات."
    )
    assert roles(doc, "SANCTION")[1] == {"أونغ سان سو تشي"}


def test_a_stance_on_what_it_names_so_is_on_the_deed_told() -> None:
    # بما وصفه بـ«القرار التاريخي»: the decision told before, its maker the one welcomed
    doc = make_doc('فرض الاتحاد الأوروبي عقوبات على روسيا . ورحبت أوكرانيا بما وصفته بـ"القرار التاريخي" .')
    assert roles(doc, "SUPPORT") == ({"أوكرانيا"}, {"الاتحاد الأوروبي"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the speaker will do if another does not: a threat to that other, the verb no trigger
        ('وقال أردوغان: "سنلجأ إلى التحكيم الدولي إذا لم توقف سوريا الضخ".', [({"أردوغان"}, {"سوريا"})]),
        # an actor as the subject of a third-person verb
        ("وقال ماكرون إن إيران ستتخذ خطوات إذا فرض مجلس الأمن عقوبات .", [({"إيران"}, {"مجلس الأمن"})]),
        # not a subject that names no actor, nor a first person outside reported words
        ("وقال ماكرون إن المفاوضات ستستأنف إذا قبلت إيران .", []),
        ("سنلجأ إلى التحكيم الدولي إذا لم توقف سوريا الضخ .", []),
    ],
)
def test_a_future_act_on_a_condition_is_a_threat(
    text: str, expected: list[tuple[set[str], set[str]]]
) -> None:
    doc = make_doc(
        text, quotes=(("سنلجأ إلى التحكيم الدولي إذا لم توقف سوريا الضخ", "أردوغان"),) if '"' in text else ()
    )
    found = [(names(doc, e.source), names(doc, e.target)) for e in doc.events if e.type == "THREATEN"]
    assert found == expected


def test_describing_in_the_present_is_a_stance_too() -> None:
    # يصف: the imperfect of وصف drops its و (a headline's present tense)
    doc = make_doc('فرضت روسيا عقوبات على إيران . ماكرون يصف العقوبات بأنها "غير قانونية" .')
    assert roles(doc, "ACCUSE") == ({"ماكرون"}, {"روسيا"})


@pytest.mark.parametrize(
    "text",
    [
        "أفرجت روسيا عن الصحفي الأمريكي إيفان غيرشكوفيتش. ورحبت فرنسا بالإفراج عن غيرشكوفيتش.",
        "أفرجت روسيا عن الصحفي الأمريكي إيفان غيرشكوفيتش. ورحبت فرنسا بإطلاق سراح غيرشكوفيتش.",
    ],
)
def test_a_welcomed_release_is_aimed_at_who_set_free_not_who_was_freed(text: str) -> None:
    assert roles(extract_text(text), "SUPPORT") == ({"فرنسا"}, {"روسيا"})


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # the accusative verbal noun of another act's motive is no dual perfect, and no event of its own
        ("واستقال وزير الاقتصاد المصري من الحكومة تضامنا مع المحتجين.", ["RETREAT"]),
        ("وسحبت النيجر سفيرها من الجزائر تضامنا مع مالي.", ["SANCTION"]),
        # the dual perfect, joined with و: an act of two
        ("والتقى بوتين وأردوغان في موسكو، وتعاونا مع الصين.", ["CONSULT", "COOPERATE"]),
    ],
)
def test_a_motive_in_the_accusative_is_no_dual_verb(text: str, types: list[str]) -> None:
    assert [e.type for e in extract_text(text).events] == types


@pytest.mark.parametrize(
    ("text", "met"),
    [
        # a deal of the visitor and a person of the country visited, told with the visit: whom he met
        (
            "وقع رئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس والرئيس التركي رجب طيب أردوغان في أثينا إعلانا "
            "للعلاقات الودية، خلال أول زيارة لأردوغان إلى اليونان منذ ست سنوات.",
            {"كيرياكوس ميتسوتاكيس"},
        ),
        # a deal of two countries names no one met: the place visited stays
        (
            "وقعت السعودية والصين 34 اتفاقية استثمارية خلال زيارة الرئيس الصيني شي جين بينغ إلى الرياض.",
            {"السعودية"},
        ),
    ],
)
def test_a_visit_met_the_host_of_a_deal_told_with_it(text: str, met: set[str]) -> None:
    doc = extract_text(text)
    visit = next(e for e in doc.events if (e.type, e.mode) == ("CONSULT", "visit"))
    assert names(doc, visit.target) == met


@pytest.mark.parametrize(
    ("text", "etype", "parties"),
    [
        # a deal the talks resulted in is of those who talked, and a deal praised after it too
        (
            "واستضاف أنور إبراهيم محادثات بين وفدي تايلاند وكمبوديا في بوتراجايا، أسفرت عن اتفاق لوقف "
            "إطلاق النار.",
            "AGREE",
            {"تايلاند", "كمبوديا"},
        ),
        (
            "وجرت محادثات بين وفدي تايلاند وكمبوديا، أسفرت عن اتفاق لوقف إطلاق النار. وأشاد دونالد ترامب "
            "بالاتفاق.",
            "SUPPORT",
            {"دونالد ترامب", "تايلاند", "كمبوديا"},
        ),
    ],
)
def test_a_deal_the_talks_resulted_in_is_of_those_who_talked(
    text: str, etype: str, parties: set[str]
) -> None:
    source, target = roles(extract_text(text), etype)
    assert source | target == parties


@pytest.mark.parametrize(
    "text",
    [
        # a verb joined with و inside a sentence goes on with its subject: the person after it, titles
        # and their adjectives before the name, is its object (no passive)
        "اقتحمت الشرطة المصرية مقر النقابة في القاهرة واعتقلت المحامية سنية الدهماني.",
        "اقتحمت الشرطة المصرية مقر النقابة في القاهرة واعتقلت المحامية والمعلقة الإذاعية سنية الدهماني.",
    ],
)
def test_a_person_after_a_verb_joined_inside_a_sentence_is_its_object(text: str) -> None:
    assert roles(extract_text(text), "COERCE") == ({"الشرطة المصرية"}, {"سنية الدهماني"})


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a city after a masculine verb is its object (a city is feminine), the subject going on
        (
            "استقبل محمد شياع السوداني وزير الخارجية التركي هاكان فيدان. وذكر البيان أن السوداني بحث مع "
            "الضيف التركي سبل التعاون، وطالب أنقرة بزيادة الإطلاقات.",
            {"محمد شياع السوداني"},
            {"أنقرة"},
        ),
        # after a feminine verb, its subject
        ("وطالبت أنقرة بغداد بزيادة التعاون الأمني.", {"أنقرة"}, {"بغداد"}),
    ],
)
def test_a_city_after_a_masculine_verb_is_its_object(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "REQUEST") == (source, target)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # lowering ties severs them; a span of time after بعد between the announcer and the noun
        (
            "وأعلنت باكستان بعد يومين خفض علاقاتها الدبلوماسية مع الهند.",
            [("SANCTION", "sever", {"باكستان"}, {"الهند"})],
        ),
        # a High Commissioner is an envoy expelled; trade suspended is a sanction
        ("وطردت باكستان المفوض السامي الهندي.", [("SANCTION", "expel", {"باكستان"}, set())]),
        ("وعلقت باكستان التبادل التجاري مع الهند.", [("SANCTION", None, {"باكستان"}, {"الهند"})]),
    ],
)
def test_ties_lowered_envoys_and_trade_cut(
    text: str, coded: list[tuple[str, str | None, set[str], set[str]]]
) -> None:
    doc = extract_text(text)
    assert [(e.type, e.mode, names(doc, e.source), names(doc, e.target)) for e in doc.events] == coded


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # an office-holder the verb takes as its object is no unnamed subject: the subject goes on
        ("قطعت باكستان علاقاتها مع الهند وطردت المفوض السامي الهندي.", {"باكستان"}, {"الهند"}),
        ("أعلنت باكستان خفض علاقاتها مع الهند وطرد المفوض السامي الهندي.", {"باكستان"}, {"الهند"}),
    ],
)
def test_an_expelled_office_holder_is_no_subject(text: str, source: set[str], target: set[str]) -> None:
    doc = extract_text(text)
    expel = [e for e in doc.events if e.mode == "expel"]
    assert [(names(doc, e.source), names(doc, e.target)) for e in expel] == [(source, target)]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # who takes part in talks as sponsor, mediator or witness is one of their participants
        (
            "انطلقت في شرم الشيخ مفاوضات غير مباشرة بين حماس وإسرائيل بمشاركة المبعوث الأميركي ستيف ويتكوف.",
            [("CONSULT", {"حماس", "إسرائيل", "ستيف ويتكوف"})],
        ),
        (
            "بدأت محادثات بين الحكومة اليمنية وجماعة الحوثي، برعاية الأمم المتحدة.",
            [("CONSULT", {"الحكومة اليمنية", "جماعة الحوثي", "الأمم المتحدة"})],
        ),
        # (a person named after his title and its body)
        (
            "بدأت مفاوضات بين حماس وإسرائيل بمشاركة مدير وكالة المخابرات المركزية الأميركية وليام بيرنز.",
            [("CONSULT", {"حماس", "إسرائيل", "وليام بيرنز"})],
        ),
        # the host of talks takes part in them: one event, no visit of its own
        (
            "استضافت الدوحة، الأحد، جولة جديدة من المفاوضات بين حركة حماس وإسرائيل.",
            [("CONSULT", {"حركة حماس", "إسرائيل", "الدوحة"})],
        ),
        # a relative clause of hosting between the talks and their sides tells no visit of its own (its
        # host takes part in them)
        (
            "اتفقت السعودية وإيران على استئناف العلاقات بعد محادثات استضافتها بكين بين علي شمخاني "
            "ومساعد العيبان.",
            [("AGREE", {"السعودية", "إيران"}), ("CONSULT", {"علي شمخاني", "مساعد العيبان", "بكين"})],
        ),
        # the deal the talks resulted in is the two sides', not their host's
        (
            "واستضاف رئيس الوزراء الماليزي أنور إبراهيم محادثات بين وفدي تايلاند وكمبوديا، "
            "أسفرت عن اتفاق لوقف إطلاق النار.",
            [("CONSULT", {"تايلاند", "كمبوديا", "أنور إبراهيم"}), ("AGREE", {"تايلاند", "كمبوديا"})],
        ),
        # the mediator or witness of a round of talks its subjects held, named after a comma
        (
            "أجرت مصر والأردن جولة من المحادثات في عمان، بوساطة وزير الخارجية الفرنسي جان نويل بارو.",
            [("CONSULT", {"مصر", "الأردن", "جان نويل بارو"})],
        ),
        (
            "بدأت باكستان والهند جولة جديدة من المحادثات في الدوحة، بحضور وزير الخارجية القطري "
            "محمد بن عبد الرحمن آل ثاني.",
            [("CONSULT", {"باكستان", "الهند", "محمد بن عبد الرحمن آل ثاني"})],
        ),
        # (not the town after a mediation by a nationality: where the talks were held)
        (
            "واستأنفت أرمينيا وأذربيجان المفاوضات بوساطة روسية في موسكو.",
            [("CONSULT", {"أرمينيا", "أذربيجان"})],
        ),
    ],
)
def test_hosts_and_sponsors_take_part_in_talks(text: str, coded: list[tuple[str, set[str]]]) -> None:
    doc = extract_text(text)
    assert [(e.type, names(doc, e.source) | names(doc, e.target)) for e in doc.events] == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # troops sent to a region or a town: no one receives them as aid, a deployment
        ("وأعلنت واشنطن إرسال ثلاثة آلاف جندي إضافي إلى الشرق الأوسط.", [("MOBILIZE", "troops")]),
        # (to a country, to help it: aid)
        ("أرسلت روسيا قوات إلى سوريا لدعم الحكومة.", [("AID", "military")]),
        ("أرسلت تركيا جنودا إلى ليبيا.", [("AID", "military")]),
    ],
)
def test_troops_sent_to_a_region_are_deployed(text: str, coded: list[tuple[str, str]]) -> None:
    assert [(e.type, e.mode) for e in extract_text(text).events] == coded


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # an arm of a force named as its genitive acts for it
        (
            "قصفت مدفعية الجيش التركي مواقع لحزب العمال الكردستاني.",
            {"الجيش التركي"},
            {"حزب العمال الكردستاني"},
        ),
        ("احتجزت بحرية الحرس الثوري ناقلة نفط في مضيق هرمز.", {"الحرس الثوري"}, set()),
    ],
)
def test_an_arm_of_a_force_acts_for_it(text: str, source: set[str], target: set[str]) -> None:
    doc = extract_text(text)
    assert [(names(doc, e.source), names(doc, e.target)) for e in doc.events] == [(source, target)]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # export permits or arms sales suspended are a sanction
        ("علقت كندا تصاريح تصدير الطائرات المسيرة إلى تركيا.", [("SANCTION", {"كندا"}, {"تركيا"})]),
        ("أعلنت ألمانيا تعليق صفقات الأسلحة مع السعودية.", [("SANCTION", {"ألمانيا"}, {"السعودية"})]),
        # a weapons system deployed, named by the verbal noun
        (
            "بدأت الولايات المتحدة نشر منظومة ثاد في كوريا الجنوبية.",
            [("MOBILIZE", {"الولايات المتحدة"}, {"كوريا الجنوبية"})],
        ),
    ],
)
def test_arms_suspended_and_systems_deployed(text: str, coded: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a named accord is no party to the deal
        (
            'وقعت الحكومة اليمنية والمجلس الانتقالي الجنوبي، مساء الثلاثاء في الرياض، "اتفاق الرياض".',
            {"الحكومة اليمنية", "المجلس الانتقالي الجنوبي"},
        ),
        # a declaration reached; the deal reached past an aside of what came before it
        ('توصل حسن شيخ محمود وآبي أحمد إلى "إعلان أنقرة" الذي ينهي الأزمة.', {"حسن شيخ محمود", "آبي أحمد"}),
        (
            "توصل الرئيسان بوتين وأردوغان، بعد محادثات استمرت ست ساعات في الكرملين، إلى اتفاق لوقف "
            "إطلاق النار.",
            {"بوتين", "أردوغان"},
        ),
    ],
)
def test_accords_reached(text: str, parties: set[str]) -> None:
    doc = extract_text(text)
    assert [names(doc, e.source) | names(doc, e.target) for e in doc.events if e.type == "AGREE"] == [parties]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a delegation of no body named acts as whom it is headed by
        ("وصل وفد سعودي برئاسة السفير محمد آل جابر إلى صنعاء.", [("CONSULT", {"محمد آل جابر"}, {"صنعاء"})]),
        # who heads a body's delegation, past his titles, is no one it visits; the body goes on after حيث,
        # names not counting in how far back the going is
        (
            "وصل وفد من المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس) برئاسة الرئيس النيجيري الأسبق "
            "عبد السلام أبو بكر، السبت، إلى نيامي، حيث التقى قائد المجلس العسكري الجنرال عبد الرحمن تياني.",
            [("CONSULT", {"إيكواس"}, {"عبد الرحمن تياني"})],
        ),
        # a body's delegation received, its head named: the head meets and signs for it
        (
            "استقبل وزير النقل السوري يعرب بدر وفدا من الهيئة العامة للطيران المدني السعودية برئاسة "
            "عبد العزيز الدعيلج، ووقع الجانبان مذكرة تفاهم.",
            [
                ("CONSULT", {"عبد العزيز الدعيلج"}, {"يعرب بدر"}),
                ("AGREE", {"يعرب بدر"}, {"عبد العزيز الدعيلج"}),
            ],
        ),
        (
            "استقبل الرئيس الصومالي حسن شيخ محمود وفداً من وكالة الفضاء التركية برئاسة رئيسها يوسف كيراتش.",
            [("CONSULT", {"يوسف كيراتش"}, {"حسن شيخ محمود"})],
        ),
        # a body's mission named by its name, and who heads it
        (
            "استقبل الرئيس التونسي قيس سعيد بعثة صندوق النقد الدولي برئاسة كريس جيريغات.",
            [("CONSULT", {"كريس جيريغات"}, {"قيس سعيد"})],
        ),
        # a delegation of no body named received, a nationality its adjective: its head is met
        (
            "واستقبل الرئيس التونسي قيس سعيد يوم الاثنين وفدا روسيا برئاسة نائب وزير الخارجية "
            "ميخائيل بوغدانوف.",
            [("CONSULT", {"ميخائيل بوغدانوف"}, {"قيس سعيد"})],
        ),
        (
            "والتقى رئيس الوزراء نواف سلام وفدا أوروبيا رفيعا برئاسة المفوضة دوبرافكا شويتسا.",
            [("CONSULT", {"نواف سلام"}, {"دوبرافكا شويتسا"})],
        ),
    ],
)
def test_delegations_and_their_heads(text: str, coded: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # memoranda, accords or treaties in the plural or the dual are signed as one is
        (
            "استقبل الرئيس التونسي قيس سعيد رئيس الوزراء الجزائري نذير العرباوي. ووقع الجانبان مذكرات "
            "تفاهم للتعاون في مجالات النقل.",
            [("CONSULT", {"نذير العرباوي"}, {"قيس سعيد"}), ("AGREE", {"قيس سعيد"}, {"نذير العرباوي"})],
        ),
        ("ووقعت تركيا وقطر اتفاقات في مجال الدفاع.", [("AGREE", {"تركيا", "قطر"}, set())]),
    ],
)
def test_plural_documents_are_signed(text: str, coded: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # citizenship revoked restricts rights; criticism of the issuing of the decisions is aimed at who
        # took them
        (
            "سحبت الحكومة الكويتية الجنسية من أكثر من 1500 شخص. "
            "وانتقدت منظمة هيومن رايتس ووتش صدور القرارات.",
            [
                ("COERCE", {"الحكومة الكويتية"}, set()),
                ("ACCUSE", {"منظمة هيومن رايتس ووتش"}, {"الحكومة الكويتية"}),
            ],
        ),
    ],
)
def test_citizenship_revoked_and_its_critics(text: str, coded: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    ("text", "freed"),
    [
        # the one freed, named past a description of him after عن
        ("أفرجت السلطات الموريتانية عن الناشط المناهض للعبودية أحمد ولد السالك.", {"أحمد ولد السالك"}),
        ("أفرجت السلطات الموريتانية عن الناشط أحمد ولد السالك.", {"أحمد ولد السالك"}),
    ],
)
def test_the_freed_past_his_description(text: str, freed: set[str]) -> None:
    assert roles(extract_text(text), "RETREAT") == ({"السلطات الموريتانية"}, freed)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a name after another act and its preposition is that act's, no party to a deal or a meeting
        (
            "وجاء توقيع الصفقة غداة غارات شنتها مقاتلات مصرية على مواقع لتنظيم الدولة الإسلامية.",
            [("ASSAULT", set(), {"تنظيم الدولة الإسلامية"})],
        ),
    ],
)
def test_no_party_past_another_act(text: str, coded: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a state's protest lodged with another, past a word of manner
        (
            "واحتجت طوكيو بشدة لدى بيونغ يانغ عبر القنوات الدبلوماسية.",
            [("ACCUSE", {"طوكيو"}, {"بيونغ يانغ"})],
        ),
        ("واحتجت أثينا رسميا لدى أنقرة.", [("ACCUSE", {"أثينا"}, {"أنقرة"})]),
        # where an envoy who protests is posted is not protested to
        ("واحتج سفير إيران لدى الأمم المتحدة على القرار.", [("ACCUSE", {"إيران"}, set())]),
    ],
)
def test_protests_lodged_with(text: str, coded: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # riot gear used on a crowd restricts it, whatever the verb of using
        (
            "واستخدمت الشرطة الجزائرية الغاز المسيل للدموع لمنع المتظاهرين من الوصول إلى قصر المرادية.",
            [("COERCE", {"الشرطة الجزائرية"}, set())],
        ),
        ("واستعملت الشرطة الهولندية خراطيم المياه.", [("COERCE", {"الشرطة الهولندية"}, set())]),
        # live rounds fired into the air disperse; fired at a crowd, they assault it
        (
            "وأطلقت قوات النخبة الحضرمية الرصاص الحي في الهواء لتفريق المحتجين.",
            [("COERCE", {"قوات النخبة الحضرمية"}, set())],
        ),
        ("وأطلقت الشرطة الكينية الرصاص الحي على الحشود.", [("ASSAULT", {"الشرطة الكينية"}, set())]),
        # a veto is still a refusal
        ("واستخدمت روسيا حق النقض ضد مشروع القرار.", [("REJECT", {"روسيا"}, set())]),
    ],
)
def test_riot_gear_and_warning_shots(text: str, coded: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a count of protesters storming a seat riot against its owner
        (
            "اقتحم آلاف المحتجين المقر الرسمي للرئيس السريلانكي غوتابايا راجاباكسا في كولومبو.",
            [("PROTEST", set(), {"غوتابايا راجاباكسا"})],
        ),
        (
            "اقتحم مئات من المتظاهرين مقر إقامة رئيس الوزراء شيخ حسينة في دكا.",
            [("PROTEST", set(), {"شيخ حسينة"})],
        ),
    ],
)
def test_a_counted_crowd_storming_riots(text: str, coded: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a plural verb goes on from a crowd's storming: its fire-setting is a riot too
        (
            "اقتحم آلاف المحتجين المقر الرسمي للرئيس غوتابايا راجاباكسا، "
            "وأضرموا النار في المنزل الخاص لرئيس الوزراء رانيل ويكريمسينغه.",
            [("PROTEST", set(), {"غوتابايا راجاباكسا"}), ("PROTEST", set(), {"رانيل ويكريمسينغه"})],
        ),
        # a count of protesters burning a seat riot
        (
            "أحرق مئات المحتجين مقر حزب المؤتمر الوطني الحاكم في مدينة عطبرة.",
            [("PROTEST", set(), {"حزب المؤتمر الوطني"})],
        ),
        # fire set to the seat just attacked is no act of its own
        (
            "هاجم مسلحون من حركة الشباب مركزا لشرطة مقديشو، وأضرموا النار فيه.",
            [("ASSAULT", {"حركة الشباب"}, {"شرطة مقديشو"})],
        ),
    ],
)
def test_fires_set_by_a_crowd(text: str, coded: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a title whose office is named with a pronoun (its minister) before the holder's name: he acts
        ("وهدد وزير خارجيتها جدعون ساعر بالرد.", [("THREATEN", {"جدعون ساعر"}, set())]),
        ("وانتقد وزير دفاعه يوآف غالانت القرار.", [("ACCUSE", {"يوآف غالانت"}, set())]),
        ("وزار رئيس وزرائها محمد شياع السوداني طهران.", [("CONSULT", {"محمد شياع السوداني"}, {"طهران"})]),
    ],
)
def test_a_title_with_a_pronoun_before_the_holder(
    text: str, coded: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # unnamed forces with their nationality carry out the act the noun names: before it, one of them
        (
            "قالت إسرائيل إنها سترد. وشنت طائرة مسيرة إسرائيلية غارة على سيارة في بلدة بنت جبيل.",
            [("ASSAULT", {"إسرائيل"}, {"بنت جبيل"})],
        ),
        # ... or in the relative clause after it
        (
            "ردت تركيا. وتأتي الزيارة بعد أسابيع من غارات جوية شنتها مقاتلات تركية على قضاء العمادية.",
            [("ASSAULT", {"تركيا"}, {"العمادية"})],
        ),
        # a nationality of a country the text does not name tells no one
        (
            "وتأتي الزيارة بعد أسابيع من غارات جوية شنتها مقاتلات تركية على قضاء العمادية.",
            [("ASSAULT", set(), {"العمادية"})],
        ),
    ],
)
def test_forces_carrying_out_an_act(text: str, coded: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # the embassies of states named after a verb act for them, and go on acting after و
        (
            "وانتقدت سفارات الولايات المتحدة وكندا والاتحاد الأوروبي القرار في بيان مشترك، "
            "ودعت أبوجا إلى احترام حرية التعبير.",
            [
                ("ACCUSE", {"الولايات المتحدة", "كندا", "الاتحاد الأوروبي"}, set()),
                ("REQUEST", {"الولايات المتحدة", "كندا", "الاتحاد الأوروبي"}, {"أبوجا"}),
            ],
        ),
    ],
)
def test_embassies_act_for_their_states(text: str, coded: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # representatives of bodies named after عن act for them
        (
            "وقع ممثلون عن القوات المسلحة السودانية وقوات الدعم السريع، ليل الخميس في مدينة جدة، "
            "على إعلان جدة.",
            [("AGREE", {"القوات المسلحة السودانية", "قوات الدعم السريع"}, set())],
        ),
        (
            "والتقى ممثلون عن حركة حماس رئيس المخابرات المصرية عباس كامل.",
            [("CONSULT", {"حركة حماس"}, {"عباس كامل"})],
        ),
        # one representative too
        (
            "بدأ ممثل عن الحكومة اليمنية محادثات مع جماعة الحوثي في مسقط.",
            [("CONSULT", {"الحكومة اليمنية"}, {"جماعة الحوثي"})],
        ),
    ],
)
def test_representatives_act_for_their_bodies(text: str, coded: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # who organised the march a crowd went out in staged the protest, no one it is against
        ("خرج الآلاف في مسيرة نظمتها «حركة كفاية» في القاهرة.", [("PROTEST", {"حركة كفاية"}, set())]),
        # the unnamed police before the pluperfect's قد are the subject: the organisers do not go on
        (
            "نظمت حركة كفاية مسيرة في القاهرة. وكانت الشرطة قد أطلقت الغاز المسيل للدموع على المحتجين.",
            [("PROTEST", {"حركة كفاية"}, set())],
        ),
        # the rights a body is for are a part of its name, whatever its head
        (
            "وأشادت الجبهة المدنية لحقوق الإنسان بالقرار.",
            [("SUPPORT", {"الجبهة المدنية لحقوق الإنسان"}, set())],
        ),
    ],
)
def test_organisers_and_the_police_they_faced(text: str, coded: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # the people an arrest noun's agent took, with their nationality: their country where it is named
        (
            "طردت الجزائر 12 موظفا في السفارة الفرنسية، ردا على توقيف فرنسا موظفا قنصليا جزائريا في باريس.",
            [("SANCTION", {"الجزائر"}, {"فرنسا"}), ("COERCE", {"فرنسا"}, {"الجزائر"})],
        ),
    ],
)
def test_people_an_arrest_noun_took(text: str, coded: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # praise denied (غير) in what a decision is called is blame
        ('وردت ماليزيا بطرد الدبلوماسيين، واصفة قرار بيونغ يانغ بأنه "غير بناء".', "ACCUSE"),
        ('ووصفت ماليزيا قرار بيونغ يانغ بأنه "بناء".', "SUPPORT"),
    ],
)
def test_praise_denied_is_blame(text: str, etype: str) -> None:
    doc = extract_text(text)
    assert [(e.type, names(doc, e.target)) for e in doc.events if e.type in ("ACCUSE", "SUPPORT")] == [
        (etype, {"بيونغ يانغ"})
    ]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a town hosting talks a mediator is named for is only where they met
        (
            "استضافت العاصمة العمانية مسقط، السبت، جولة جديدة من المحادثات غير المباشرة بين إيران والولايات "
            "المتحدة، بوساطة وزير الخارجية العماني بدر البوسعيدي.",
            [("CONSULT", {"إيران"}, {"الولايات المتحدة", "بدر البوسعيدي"})],
        ),
        # not one those who merely took part in them are named for
        (
            "استضافت العاصمة القطرية الدوحة، الأحد، جولة جديدة من المفاوضات بين حركة حماس وإسرائيل، بمشاركة "
            "مدير وكالة المخابرات المركزية الأميركية وليام بيرنز.",
            [("CONSULT", {"حركة حماس"}, {"إسرائيل", "الدوحة", "وليام بيرنز"})],
        ),
    ],
)
def test_a_hosting_town_and_the_mediator(text: str, coded: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a message handed over is its author's, to whom it was handed; its bearer is no party
        (
            "وسلّم عراقجي ولي العهد السعودي الأمير محمد بن سلمان رسالة خطية من الرئيس الإيراني مسعود بزشكيان.",
            [("CONSULT", {"مسعود بزشكيان"}, {"محمد بن سلمان"})],
        ),
        # a message of no one named is the bearer's
        (
            "وسلم وزير الخارجية فيصل بن فرحان الرئيس إبراهيم رئيسي رسالة خطية.",
            [("CONSULT", {"فيصل بن فرحان"}, {"إبراهيم رئيسي"})],
        ),
    ],
)
def test_a_message_is_its_authors(text: str, coded: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == coded


def test_a_message_bearer_is_the_hosts_guest() -> None:
    # the message is its author's; the hosting noun's guest named by a pronoun after ل is the actor named
    # before, its bearer (not the author)
    doc = make_doc("وسلم أحمد علي رسالة من بوتين إلى ماكرون خلال استقبال ماكرون له في باريس .")
    assert event_roles(doc) == [
        ("CONSULT", {"فلاديمير بوتين"}, {"ماكرون"}),
        ("CONSULT", {"أحمد علي"}, {"ماكرون"}),
    ]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # the guest a host receives is the visitor just told: one visit
        (
            "وصل الرئيس الأميركي دونالد ترامب إلى الرياض في أول زيارة خارجية له. "
            "واستقبل الملك سلمان بن عبد العزيز ضيفه في مطار الملك خالد الدولي.",
            [("CONSULT", {"دونالد ترامب"}, {"سلمان بن عبد العزيز"})],
        ),
        # ... and so is the delegation received
        (
            "وصل وفد سعودي برئاسة السفير محمد آل جابر إلى صنعاء. "
            "واستقبل رئيس المجلس السياسي الأعلى مهدي المشاط الوفد في القصر الجمهوري.",
            [("CONSULT", {"محمد آل جابر"}, {"مهدي المشاط"})],
        ),
    ],
)
def test_the_guest_received_is_the_visitor(text: str, coded: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # an arrival and the host's reception told in one sentence are one visit, with the host
        (
            "وصل الرئيس الفرنسي إيمانويل ماكرون إلى القاهرة، الأحد، وكان في استقباله بالمطار رئيس الوزراء "
            "مصطفى مدبولي.",
            [("CONSULT", {"مصطفى مدبولي"}, {"إيمانويل ماكرون"})],
        ),
        # a visit told as the host country's reception names its host: the meeting is told apart
        (
            "إيران تستقبل أنان وتهدد بوقف التعاون في لقاء لاريجاني مع أنان.",
            [
                ("CONSULT", {"أنان"}, {"إيران"}),
                ("THREATEN", {"إيران"}, {"لاريجاني"}),
                ("CONSULT", {"لاريجاني"}, {"أنان"}),
            ],
        ),
    ],
)
def test_an_arrival_and_its_reception_are_one_visit(
    text: str, coded: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # the place of a detention names where one is held: no arrest told
        ("زارت عائلة الصحفي أحمد علي ابنها في مكان احتجازه بالعاصمة أمس.", []),
        # a detention after بعد is one told
        (
            "أفرجت الشرطة عن الناشط أحمد علي بعد احتجازه يومين.",
            [("RETREAT", set(), {"أحمد علي"}), ("COERCE", set(), {"أحمد علي"})],
        ),
    ],
)
def test_the_place_of_a_detention_tells_no_arrest(
    text: str, coded: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # who adopts a numbered batch of sanctions (its number, then من) imposes them
        (
            "أقر الاتحاد الأوروبي، الجمعة، الحزمة الثالثة عشرة من العقوبات على روسيا.",
            [("SANCTION", {"الاتحاد الأوروبي"}, {"روسيا"})],
        ),
        # a headline's imperfect too
        (
            "الاتحاد الأوروبي يقر الحزمة العشرين من العقوبات على روسيا.",
            [("SANCTION", {"الاتحاد الأوروبي"}, {"روسيا"})],
        ),
    ],
)
def test_a_numbered_batch_adopted(text: str, coded: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a stance on the sanctions told before is on who imposed them, not on the speaker's own side's
        # counter-sanctions told since
        (
            "أقر الاتحاد الأوروبي حزمة عقوبات على روسيا. وردت موسكو بفرض عقوبات مضادة على مسؤولين أوروبيين. "
            "ووصفت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا العقوبات بأنها «غير قانونية».",
            {"الاتحاد الأوروبي"},
        ),
        # a body of the same country may judge another's act
        (
            "اعتقلت الشرطة المصرية الناشط علاء عبد الفتاح. وانتقد حزب الدستور المصري الاعتقال.",
            {"الشرطة المصرية"},
        ),
    ],
)
def test_a_stance_is_not_on_its_own_sides_act(text: str, target: set[str]) -> None:
    doc = extract_text(text)
    assert [names(doc, e.target) for e in doc.events if e.type == "ACCUSE"] == [target]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a candidate's title runs on through the country he ran in to his name: he is the subject
        (
            "دعا المرشح الرئاسي الخاسر في موزمبيق فينانسيو موندلاني أنصاره إلى الإضراب العام.",
            [("REQUEST", {"فينانسيو موندلاني"}, set())],
        ),
        (
            "وانتقدت المرشحة الرئاسية في فرنسا مارين لوبان الحكومة.",
            [("ACCUSE", {"مارين لوبان"}, set())],
        ),
    ],
)
def test_a_candidate_is_titled(text: str, coded: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a leader's call on the followers of his own party is aimed at no one
        (
            "وندد زعيم حزب الشعب الجمهوري أوزغور أوزال بالحملة، ودعا أنصار الحزب إلى التجمع مساء اليوم.",
            [("ACCUSE", {"أوزغور أوزال"}, set()), ("REQUEST", {"أوزغور أوزال"}, set())],
        ),
        (
            "دعا الأمين العام لحزب الله حسن نصر الله أنصار الحزب إلى ضبط النفس.",
            [("REQUEST", {"حسن نصر الله"}, set())],
        ),
        # another's followers are his target
        (
            "دعا رئيس البرلمان راشد الغنوشي أنصار حركة النهضة إلى النزول إلى الشارع.",
            [("REQUEST", {"راشد الغنوشي"}, {"حركة النهضة"})],
        ),
    ],
)
def test_a_call_on_ones_own_followers(text: str, coded: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a ship named in quotation marks after its kind is seized, struck or freed
        (
            "احتجز الحرس الثوري ناقلة النفط البريطانية «ستينا إمبيرو» في مضيق هرمز.",
            [("COERCE", {"الحرس الثوري"}, {"ناقلة النفط البريطانية «ستينا إمبيرو»"})],
        ),
        (
            "استولت جماعة الحوثي، الأحد، على سفينة الشحن «غالاكسي ليدر» في البحر الأحمر.",
            [("COERCE", {"جماعة الحوثي"}, {"سفينة الشحن «غالاكسي ليدر»"})],
        ),
        (
            "استهدفت جماعة الحوثي سفينة الشحن «ماونت ليبرتي» بصاروخ باليستي.",
            [("ASSAULT", {"جماعة الحوثي"}, {"سفينة الشحن «ماونت ليبرتي»"})],
        ),
        (
            "أفرجت إيران عن ناقلة النفط «ستينا إمبيرو» بعد شهرين.",
            [("RETREAT", {"إيران"}, {"ناقلة النفط «ستينا إمبيرو»"})],
        ),
    ],
)
def test_a_ship_is_acted_on(text: str, coded: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a verb's object does not lie past another verb joined by و: flying a flag is no lawsuit
        (
            "احتجزت بحرية الحرس الثوري الإيراني ناقلة النفط «ستينا إمبيرو» التي ترفع العلم البريطاني في "
            "مضيق هرمز، واقتادتها إلى ميناء بندر عباس، بدعوى انتهاكها قوانين الملاحة الدولية.",
            ["COERCE"],
        ),
    ],
)
def test_no_object_past_a_joined_verb(text: str, coded: list[str]) -> None:
    assert [t for t, _, _ in coded_roles(text)] == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a step no coded act tells is the one announced, decided or voted last, by someone else
        (
            "أعلن الرئيس اليمني عبد ربه منصور هادي، فجر الخميس، نقل صلاحياته كاملة إلى مجلس القيادة الرئاسي. "
            "ورحبت السعودية والإمارات بالقرار.",
            [("SUPPORT", {"السعودية", "الإمارات"}, {"عبد ربه منصور هادي"})],
        ),
        (
            "صوت مجلس النواب الليبي على إنهاء ولاية الحكومة. وانتقد المجلس الأعلى للدولة القرار.",
            [("ACCUSE", {"المجلس الأعلى للدولة"}, {"مجلس النواب الليبي"})],
        ),
        # not the stance's own announcement
        (
            "أعلنت حركة حماس رفض القرار.",
            [("REJECT", {"حركة حماس"}, set())],
        ),
    ],
)
def test_a_step_announced_is_judged(text: str, coded: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a stance told "during" the call just told is said to the call's other party
        (
            "وأجرى ولي العهد السعودي الأمير محمد بن سلمان اتصالا هاتفيا برئيس الوزراء العراقي محمد شياع "
            "السوداني، هنأه خلاله بتشكيل الحكومة.",
            [
                ("CONSULT", {"محمد بن سلمان"}, {"محمد شياع السوداني"}),
                ("SUPPORT", {"محمد بن سلمان"}, {"محمد شياع السوداني"}),
            ],
        ),
        # a call made at a meeting is made to no one there
        (
            "وعقد المحافظ ريبوار طه اجتماعا مع الرئيس العراقي برهم صالح، دعا خلاله إلى التهدئة.",
            [("CONSULT", {"ريبوار طه"}, {"برهم صالح"}), ("REQUEST", {"ريبوار طه"}, set())],
        ),
    ],
)
def test_said_during_a_call(text: str, coded: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # who decided an act (بقرار من) is named for the act it follows, not for a verb before another act
        (
            "هنأ المرشح الخاسر نبيل القروي منافسه قيس سعيد بالفوز، بعد أيام من الإفراج عنه بقرار من محكمة "
            "التعقيب.",
            [("SUPPORT", {"نبيل القروي"}, {"قيس سعيد"}), ("RETREAT", {"محكمة التعقيب"}, set())],
        ),
        # ... and acts in an act noun's stead
        (
            "رحبت المعارضة بالإفراج عن الصحفي عمر الراضي بقرار من محكمة الاستئناف.",
            [("RETREAT", {"محكمة الاستئناف"}, {"عمر الراضي"})],
        ),
    ],
)
def test_who_decided_an_act(text: str, coded: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    "text",
    [
        # "strongly" between the stance and the act it is on, in quotation marks or not
        "اعتقل جيش ميانمار الزعيمة أونغ سان سو تشي. ودان الأمين العام للأمم المتحدة أنطونيو غوتيريش بشدة "
        "اعتقال القادة المدنيين.",
        "اعتقل جيش ميانمار الزعيمة أونغ سان سو تشي. ودان الأمين العام للأمم المتحدة أنطونيو غوتيريش «بشدة» "
        "اعتقال القادة المدنيين.",
    ],
)
def test_a_stance_strongly_on_an_act(text: str) -> None:
    assert coded_roles(text)[-1] == ("ACCUSE", {"أنطونيو غوتيريش"}, {"جيش ميانمار"})


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a party's bloc or blocs stand for the parties
        (
            "وقاطعت كتلتا حزب الله وحركة أمل جلسة البرلمان.",
            [("PROTEST", {"حزب الله", "حركة أمل"}, set())],
        ),
    ],
)
def test_a_partys_bloc_acts_for_it(text: str, coded: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # provocations and escalation are the act told before, with ب written apart and the word quoted too
        (
            "أطلق الجيش الصيني مناورات عسكرية واسعة حول تايوان. ونددت وزارة الدفاع التايوانية "
            "بـ«الاستفزازات غير العقلانية».",
            {"الجيش الصيني"},
        ),
        (
            "أطلق الجيش الصيني مناورات عسكرية واسعة حول تايوان. ونددت وزارة الدفاع التايوانية بالتصعيد.",
            {"الجيش الصيني"},
        ),
    ],
)
def test_provocations_are_the_act_told(text: str, target: set[str]) -> None:
    assert coded_roles(text)[-1] == ("ACCUSE", {"وزارة الدفاع التايوانية"}, target)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a relative clause between commas on the stance's subject stands before the act it judges
        (
            "هاجمت جماعة نصرة الإسلام والمسلمين مقر القوة المشتركة في سيفاري. ودان الرئيس الموريتاني محمد "
            "ولد عبد العزيز، الذي تتولى بلاده الرئاسة الدورية للمجموعة، الهجوم.",
            ("ACCUSE", {"محمد ولد عبد العزيز"}, {"جماعة نصرة الإسلام والمسلمين"}),
        ),
    ],
)
def test_a_stance_past_a_clause_on_its_subject(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded_roles(text)[-1] == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # where it was said stands between a refusal's subject and the demand it refuses
        (
            "طالبت الحكومة العراقية حكومة إقليم كردستان بتسليم المنافذ الحدودية. ورفضت حكومة الإقليم في بيان "
            "هذه المطالب.",
            ("REJECT", {"حكومة إقليم كردستان"}, {"الحكومة العراقية"}),
        ),
    ],
)
def test_a_refusal_said_in_a_statement(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded_roles(text)[-1] == coded


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a stance on an act done to what was named before (بانعقاد الجلسة) is on who did it then
        (
            "عقد مجلس النواب اليمني، السبت، أول جلسة له منذ أربع سنوات في مدينة سيئون. وأشاد التحالف بقيادة "
            "السعودية بانعقاد الجلسة.",
            {"مجلس النواب"},
        ),
    ],
)
def test_a_stance_on_what_was_done_to_a_thing_named_before(text: str, target: set[str]) -> None:
    assert coded_roles(text)[-1] == ("SUPPORT", {"التحالف بقيادة السعودية"}, target)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # "the two countries" no pair named together stands for: the two the text names most
        (
            "أعلنت باكستان إسقاط طائرات هندية. وقالت الهند إن طائراتها عادت سالمة. وقال مسؤول في باكستان إن "
            "الجيش في حالة تأهب. ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش البلدين إلى ضبط النفس.",
            {"الهند", "باكستان"},
        ),
    ],
)
def test_the_two_countries_named_most(text: str, target: set[str]) -> None:
    assert coded_roles(text)[-1][0] == "REQUEST"
    assert coded_roles(text)[-1][2] == target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # people released whose nationality names a country the text names, past who leads the releaser
        (
            "أفرج الجيش الوطني الليبي بقيادة خليفة حفتر، الاثنين، عن ستة بحارة أتراك. وأعلن المسماري حظر "
            "الرحلات بين ليبيا وتركيا.",
            {"تركيا"},
        ),
    ],
)
def test_sailors_released_of_a_country(text: str, target: set[str]) -> None:
    assert coded_roles(text)[0] == ("RETREAT", {"الجيش الوطني الليبي"}, target)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # سراح with a pronoun: the ones the arrest just told held
        (
            "واعتقلت قوات الأمن المالية عددا من قادة الحركة، بينهم شوغيل كوكالا مايغا، قبل أن تطلق سراحهم "
            "بعد يومين.",
            {"شوغيل كوكالا مايغا"},
        ),
        ("اعتقلت الشرطة الإيرانية الناشطة نرجس محمدي. وأطلقت السلطات سراحها بعد أسبوع.", {"نرجس محمدي"}),
    ],
)
def test_those_set_free_were_arrested_before(text: str, target: set[str]) -> None:
    assert coded_roles(text)[-1][0] == "RETREAT"
    assert coded_roles(text)[-1][2] == target


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # the flag a ship flies is no one a pronoun after it stands for
        (
            "أعلنت جماعة الحوثي مسؤوليتها عن إغراق سفينة الشحن «إترنيتي سي» التي ترفع علم ليبيريا في البحر "
            "الأحمر، بعد استهدافها بزوارق مسيرة. ودانت الولايات المتحدة الهجوم.",
            [("ASSAULT", {"جماعة الحوثي"}, set()), ("ACCUSE", {"الولايات المتحدة"}, {"جماعة الحوثي"})],
        ),
    ],
)
def test_a_flag_is_no_antecedent(text: str, coded: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the sanctions judged are not the judge's own reply but the ones imposed on it before
        (
            "فرض الاتحاد الأوروبي حظر سفر على 12 مسؤولا روسيا. وردت وزارة الخارجية الروسية بإدراج عدد من "
            "المسؤولين الأوروبيين على قائمة الممنوعين، ووصفت العقوبات بأنها «غير شرعية».",
            {"الاتحاد الأوروبي"},
        ),
    ],
)
def test_a_stance_on_acts_of_a_kind_not_its_own(text: str, target: set[str]) -> None:
    assert coded_roles(text)[-1][0] == "ACCUSE"
    assert coded_roles(text)[-1][2] == target


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a nationality right after the noun a stance is on names whose it is
        (
            "سلمت إيطاليا، الاثنين، خفر السواحل الليبي أول زورق دورية، ضمن برنامج يموله الاتحاد الأوروبي. "
            "وأشاد رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة بالدعم الإيطالي، خلال لقائه وزير الداخلية "
            "الإيطالي ماتيو بيانتيدوزي.",
            ("SUPPORT", {"عبد الحميد الدبيبة"}, {"إيطاليا"}),
        ),
        (
            "فرضت الصين رسوما على النبيذ الأسترالي، بعد شكوى قدمتها أستراليا إلى منظمة التجارة العالمية. "
            "واتهمت وزارة التجارة الصينية المنتجين الأستراليين ببيع النبيذ بأقل من سعر التكلفة.",
            ("ACCUSE", {"وزارة التجارة الصينية"}, {"أستراليا"}),
        ),
        # a bloc's adjective: the bloc, where the text names it
        (
            "فرض الاتحاد الأوروبي عقوبات على مسؤولين روس. وقالت أورسولا فون دير لاين إن موسكو ستدفع الثمن. "
            "وندد دميتري بيسكوف بالإجراءات الأوروبية.",
            ("ACCUSE", {"دميتري بيسكوف"}, {"الاتحاد الأوروبي"}),
        ),
        # a country the text does not name is no one
        ("وأشاد عبد الحميد الدبيبة بالدعم الإيطالي.", ("SUPPORT", {"عبد الحميد الدبيبة"}, set())),
    ],
)
def test_a_stance_on_a_nations_deed(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a cyberattack or a break-in to sites and networks is coercion, not an armed assault
        (
            "تعرضت أنظمة الشركة العامة للاتصالات في العراق لهجوم إلكتروني أدى إلى انقطاع الخدمة.",
            [("COERCE", set(), {"الشركة العامة للاتصالات"})],
        ),
        (
            "ورد قراصنة مغاربة باختراق موقع وزارة العمل الجزائرية.",
            [("COERCE", set(), {"وزارة العمل الجزائرية"})],
        ),
        ("تعرضت أرامكو لهجوم بطائرات مسيرة.", [("ASSAULT", set(), {"أرامكو"})]),
        # an attack judged is the armed one told, not an arrest told after it
        (
            "هاجم مسلحون مطارا عسكريا في باماكو، في هجوم تبنته جماعة نصرة الإسلام والمسلمين. واعتقلت قوات "
            "الأمن المالية 20 مشتبها بهم. ودان الاتحاد الأفريقي الهجوم.",
            [
                ("ASSAULT", set(), {"باماكو"}),
                ("ASSAULT", {"جماعة نصرة الإسلام والمسلمين"}, set()),
                ("COERCE", {"قوات الأمن المالية"}, set()),
                ("ACCUSE", {"الاتحاد الأفريقي"}, {"جماعة نصرة الإسلام والمسلمين"}),
            ],
        ),
    ],
)
def test_a_cyberattack_is_coercion(text: str, coded: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # the one held responsible is the actor after the verb, the subject going on; who is named in what
        # they are held responsible for is no one's target
        (
            "أعلنت تيريزا ماي طرد 23 دبلوماسيا، وحمّلت روسيا مسؤولية تسميم العميل سيرغي سكريبال.",
            ("ACCUSE", {"تيريزا ماي"}, {"روسيا"}),
        ),
        # one held with ل after the responsibility: the actor after the verb is the subject
        (
            "استهدف هجوم مدينة دوما، وحملت واشنطن مسؤوليته لحكومة الرئيس بشار الأسد.",
            ("ACCUSE", {"واشنطن"}, {"بشار الأسد"}),
        ),
        (
            "وحمّلت جبهة الخلاص الوطني الحكومة التونسية مسؤولية اعتقال الناشط أحمد علي.",
            ("ACCUSE", {"جبهة الخلاص الوطني"}, {"الحكومة التونسية"}),
        ),
    ],
)
def test_who_is_held_responsible(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # إطلاق with its agent as genitive, then سراح and the ones set free, past their description
        (
            "أفرجت حركة طالبان عن ريان كوربيت، مقابل إطلاق الولايات المتحدة سراح المواطن الأفغاني خان محمد.",
            ("RETREAT", {"الولايات المتحدة"}, {"خان محمد"}),
        ),
    ],
)
def test_set_free_by_the_genitive(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # accusations described (as baseless, as a distortion) are denied
        (
            "اعتقلت السلطات الروسية الباحث لوران فيناتييه. ووصف الرئيس الفرنسي إيمانويل ماكرون الاتهامات "
            "بأنها «لا أساس لها».",
            [("COERCE", {"السلطات الروسية"}, {"لوران فيناتييه"}), ("REJECT", {"إيمانويل ماكرون"}, set())],
        ),
        # after a denial told in the sentence, no second one
        (
            "اتهمت باكستان الهند بالهجوم. ونفت وزارة الخارجية الهندية أي تورط ووصفت الاتهامات بأنها «لا أساس "
            "لها».",
            [("ACCUSE", {"باكستان"}, {"الهند"}), ("REJECT", {"وزارة الخارجية الهندية"}, set())],
        ),
    ],
)
def test_accusations_described_are_denied(text: str, coded: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # "come forward with" a request or a complaint: its subject makes it
        (
            "تقدمت مصر بطلب إلى مجلس الأمن الدولي لعقد جلسة طارئة بشأن سد النهضة.",
            ("REQUEST", {"مصر"}, {"مجلس الأمن الدولي"}),
        ),
        ("وستتقدم الجزائر بطلب لتسليم الوزير.", ("REQUEST", {"الجزائر"}, set())),
        # (past "officially", and a pronoun's: the subject of the clause it is in)
        (
            "تقدمت الحكومة الهندية رسميا بطلب الاستضافة إلى اللجنة الأولمبية الدولية.",
            ("REQUEST", {"الحكومة الهندية"}, {"اللجنة الأولمبية الدولية"}),
        ),
        (
            "وأعلنت الحكومة الهندية أنها تقدمت بطلب الاستضافة إلى اللجنة الأولمبية الدولية.",
            ("REQUEST", {"الحكومة الهندية"}, {"اللجنة الأولمبية الدولية"}),
        ),
    ],
)
def test_the_subject_of_come_forward_with(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a complaint or lawsuit is against whom ضد names, not the forum it is brought to
        (
            "قدمت أستراليا شكوى رسمية ضد الصين أمام منظمة التجارة العالمية.",
            ("ACCUSE", {"أستراليا"}, {"الصين"}),
        ),
        (
            "وقدمت وزارة الخارجية اللبنانية شكوى إلى مجلس الأمن الدولي ضد إسرائيل بسبب انتهاك السيادة.",
            ("ACCUSE", {"وزارة الخارجية اللبنانية"}, {"إسرائيل"}),
        ),
    ],
)
def test_a_complaint_is_against_whom_it_names(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a title opened by a word with a pronoun for whose office it is, before a name: the name acts
        ("وتعهد مديرها نبيل الماجري بإعادة ضخ المياه.", ("CONCEDE", {"نبيل الماجري"}, set())),
        ("وانتقد رئيسها التنفيذي مارك بريستو القرار.", ("ACCUSE", {"مارك بريستو"}, set())),
    ],
)
def test_a_title_with_a_pronoun_before_a_name(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded_roles(text)[-1] == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # boats or migrants intercepted: coercion; objecting (على) a refusal; missiles intercepted nothing
        (
            "اعترض خفر السواحل الليبي، الأحد، قاربا مطاطيا يقل نحو 90 مهاجرا قبالة سواحل مدينة صبراتة.",
            [("COERCE", {"خفر السواحل الليبي"}, set())],
        ),
        ("أعلنت البحرية الملكية أنها اعترضت 412 مرشحا للهجرة.", [("COERCE", {"البحرية الملكية"}, set())]),
        ("اعترضت بريطانيا على التعجل.", [("REJECT", {"بريطانيا"}, set())]),
        ("اعترضت الدفاعات الجوية ثلاثة صواريخ.", []),
        # a boat turned back: its people deported
        (
            "أعادت البحرية الماليزية، الخميس، قاربا يقل نحو 200 من لاجئي الروهينغا إلى المياه الدولية.",
            [("COERCE", {"البحرية الماليزية"}, set())],
        ),
        # a ship boarded
        (
            "صعدت قوات خفر السواحل الفنلندية، الخميس، على متن ناقلة النفط «إيغل إس» التي ترفع علم جزر كوك.",
            [("COERCE", {"خفر السواحل الفنلندية"}, {"ناقلة النفط «إيغل إس»"})],
        ),
    ],
)
def test_boats_intercepted(text: str, coded: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # the nationality of what is hit names its country, past a nationality after the subject's name
        # and a time between commas
        (
            "أسقط الحرس الثوري الإيراني، فجر الخميس، طائرة مسيرة أمريكية. وقالت واشنطن إن الطائرة كانت فوق "
            "المياه الدولية.",
            ("ASSAULT", {"الحرس الثوري"}, {"واشنطن"}),
        ),
    ],
)
def test_the_nationality_of_what_is_hit(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded_roles(text)[0] == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a decision judged is not the judge's own state's: the one decided before by another
        (
            "قررت السلطات الانتقالية في مالي حظر أنشطة المنظمات الممولة من فرنسا، ردا على تعليق باريس "
            "مساعداتها التنموية للبلاد. وانتقدت وزارة الخارجية الفرنسية القرار.",
            ("ACCUSE", {"وزارة الخارجية الفرنسية"}, {"السلطات الانتقالية"}),
        ),
    ],
)
def test_a_decision_judged_is_not_the_judges_own_states(
    text: str, coded: tuple[str, set[str], set[str]]
) -> None:
    assert coded_roles(text)[-1] == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # the nationality of what a threat promises to hit names whom it threatens
        (
            "وذكرت التقارير أن بكين هددت بمهاجمة قواعد فيتنامية في جزر سبراتلي إذا لم يتوقف الحفر في فيتنام.",
            ("THREATEN", {"بكين"}, {"فيتنام"}),
        ),
        # ب written apart, the threatened act in quotation marks
        (
            "وتوعد علي خامنئي بـ«انتقام قاس» من الولايات المتحدة.",
            ("THREATEN", {"علي خامنئي"}, {"الولايات المتحدة"}),
        ),
    ],
)
def test_a_threat_on_a_nations_things(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # fire on a crowd: the place it was in, named after it or before the act in its sentence
        (
            "اقتحم متظاهرون مبنى البرلمان الكيني في نيروبي، فيما أطلقت الشرطة الكينية الرصاص الحي على "
            "الحشود.",
            ("ASSAULT", {"الشرطة الكينية"}, {"نيروبي"}),
        ),
        (
            "أطلقت قوات الأمن السودانية الرصاص على المحتجين في أم درمان.",
            ("ASSAULT", {"قوات الأمن السودانية"}, {"أم درمان"}),
        ),
    ],
)
def test_fire_on_a_crowd_targets_its_place(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # forces deployed in a place: the place they were sent to
        (
            "ونشرت الحكومة المكسيكية 300 عنصر من الحرس الوطني في توكسبان.",
            ("MOBILIZE", {"الحكومة المكسيكية"}, {"توكسبان"}),
        ),
        # aid to fund a deployment in a country: that country
        (
            "وأعلن بلينكن أن الولايات المتحدة ستقدم 100 مليون دولار لتمويل نشر قوة متعددة الجنسيات بقيادة "
            "كينيا في هايتي.",
            ("AID", {"الولايات المتحدة"}, {"هايتي"}),
        ),
    ],
)
def test_forces_deployed_in_a_place(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a mediation between two sides by whom it names as leading it: the mediator met both
        (
            "وجاء الإفراج بعد وساطة قادتها قطر بين كيغالي وواشنطن.",
            [("CONSULT", {"قطر"}, {"كيغالي", "واشنطن"})],
        ),
        (
            "وجاء الإفراج بعد وساطة قادها الرئيس التوغولي فور غناسينغبي بين مالي وكوت ديفوار.",
            [("CONSULT", {"فور غناسينغبي"}, {"مالي", "كوت ديفوار"})],
        ),
        # the clause's subject mediated
        (
            "نجحت دولة الإمارات العربية المتحدة في وساطة جديدة بين روسيا وأوكرانيا.",
            [("CONSULT", {"روسيا"}, {"أوكرانيا", "دولة الإمارات العربية المتحدة"})],
        ),
        # no mediator named: no meeting told
        ("وتواصلت الوساطة بين السودان وإثيوبيا.", []),
    ],
)
def test_a_mediation_between_two_sides(text: str, coded: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # talks after a deal, with their sponsor: the sponsor is no genitive of the talks, and takes part
        (
            "وقعت الحكومة الكولومبية وجيش التحرير الوطني اتفاقا بعد محادثات برعاية الأمم المتحدة.",
            ("CONSULT", {"الحكومة الكولومبية"}, {"جيش التحرير الوطني", "الأمم المتحدة"}),
        ),
        # after a span of time, past a comma, the clause's subjects past a time and a town between commas
        (
            "وقعت الحكومة الإثيوبية وجبهة تحرير شعب تيغراي، الأربعاء، في بريتوريا، اتفاقا لوقف الأعمال "
            "العدائية، بعد عشرة أيام من المحادثات برعاية الاتحاد الأفريقي.",
            ("CONSULT", {"الحكومة الإثيوبية"}, {"جبهة تحرير شعب تيغراي", "الاتحاد الأفريقي"}),
        ),
        (
            "توصل الرئيسان الروسي فلاديمير بوتين والتركي رجب طيب أردوغان، الخميس، في موسكو، إلى اتفاق "
            "لوقف إطلاق النار، بعد ست ساعات من المحادثات.",
            ("CONSULT", {"فلاديمير بوتين"}, {"رجب طيب أردوغان"}),
        ),
        # a summit hosted with others taking part: they met the host
        (
            "استضاف الرئيس الأنغولي جواو لورينسو، الأربعاء في لواندا، قمة مصغرة حول الأمن في شرق الكونغو، "
            "بمشاركة الرئيس الكونغولي فيليكس تشيسيكيدي ووزير الخارجية الرواندي فنسنت بيروتا.",
            ("CONSULT", {"جواو لورينسو"}, {"فيليكس تشيسيكيدي", "فنسنت بيروتا"}),
        ),
    ],
)
def test_talks_told_after_a_deal_and_their_sponsors(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # people deported, by nationality, by number or as expatriates: COERCE by who deports them
        (
            "رحّلت ألمانيا، الجمعة، 28 أفغانيا مدانين بجرائم إلى بلادهم، في أول رحلة ترحيل إلى أفغانستان "
            "منذ عودة طالبان.",
            ("COERCE", {"ألمانيا"}, {"أفغانستان"}),
        ),
        (
            "رحّلت السلطات الهندية، الخميس، سبعة رجال من الروهينغا إلى ميانمار.",
            ("COERCE", {"السلطات الهندية"}, set()),
        ),
        (
            "أبعدت وزارة الداخلية الكويتية أكثر من 35 ألف وافد خلال عام 2024.",
            ("COERCE", {"وزارة الداخلية الكويتية"}, set()),
        ),
    ],
)
def test_people_deported(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a lockdown, a quarantine, schooling or prayers suspended, a lockdown extended: restrictions
        (
            "كما قررت الحكومة الجزائرية فرض حجر صحي جزئي من الساعة الثامنة مساء في 19 ولاية.",
            ("COERCE", {"الحكومة الجزائرية"}, set()),
        ),
        ("فرضت كوريا الشمالية إغلاقا شاملا على جميع المدن.", ("COERCE", {"كوريا الشمالية"}, set())),
        (
            "أعلن رئيس مجلس الوزراء المصري مصطفى مدبولي تعليق الدراسة في جميع المدارس والجامعات لمدة "
            "أسبوعين.",
            ("COERCE", {"مصطفى مدبولي"}, set()),
        ),
        (
            "قرر الرئيس الجزائري عبد المجيد تبون تمديد الإغلاق الشامل للحدود البرية إلى إشعار آخر.",
            ("COERCE", {"عبد المجيد تبون"}, set()),
        ),
        # a border or a crossing closed: the state across it
        (
            "أغلقت السلطات الموريتانية معبر روصو الحدودي مع السنغال أمام حركة الأشخاص.",
            ("COERCE", {"السلطات الموريتانية"}, {"السنغال"}),
        ),
        ("وأعلنت تشاد، السبت، إغلاق حدودها مع السودان حتى إشعار آخر.", ("COERCE", {"تشاد"}, {"السودان"})),
    ],
)
def test_restrictions_of_an_epidemic_and_borders_closed(
    text: str, coded: tuple[str, set[str], set[str]]
) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a verb joined by و with no comma, no act told before it in its sentence: the opening subject's
        (
            "أعلنت كوريا الشمالية أول تفش للوباء على أراضيها وفرضت إغلاقا شاملا على جميع المدن.",
            ("COERCE", {"كوريا الشمالية"}, set()),
        ),
        (
            "رصدت السلطات الليبية ارتفاعا في أعداد المهاجرين ورحّلت 300 مهاجر.",
            ("COERCE", {"السلطات الليبية"}, set()),
        ),
    ],
)
def test_a_joined_verb_goes_on_with_the_opening_subject(
    text: str, coded: tuple[str, set[str], set[str]]
) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # people rescued: help by whoever rescued them
        (
            "وأنقذ خفر السواحل اليمني 12 ناجيا نقلوا إلى مستشفى مدينة زنجبار.",
            ("AID", {"خفر السواحل اليمني"}, set()),
        ),
        (
            "وقالت البحرية التونسية إنها أنقذت 40 مهاجرا قبالة سواحل صفاقس.",
            ("AID", {"البحرية التونسية"}, set()),
        ),
    ],
)
def test_people_rescued_are_helped(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a field hospital, a medical convoy or team sent, vaccines handed over: aid
        (
            "أعلنت القوات المسلحة الأردنية إرسال مستشفى ميداني جديد إلى مدينة جنين في الضفة الغربية.",
            ("AID", {"القوات المسلحة الأردنية"}, {"جنين"}),
        ),
        (
            "أرسلت وزارة الصحة والسكان المصرية قافلة طبية تضم 25 طبيبا إلى السودان.",
            ("AID", {"وزارة الصحة والسكان المصرية"}, {"السودان"}),
        ),
        (
            "سلمت الصين إلى زيمبابوي، الإثنين، شحنة جديدة تضم مليون جرعة من لقاح سينوفارم.",
            ("AID", {"الصين"}, {"زيمبابوي"}),
        ),
        # a cargo sold and delivered is no aid
        ("وسلمت قطر للطاقة شركة سينوبك شحنة من الغاز الطبيعي المسال.", None),
    ],
)
def test_medical_aid_sent(text: str, coded: tuple[str, set[str], set[str]] | None) -> None:
    if coded is None:
        assert all(c[0] != "AID" for c in coded_roles(text))
    else:
        assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # an act held responsible, named before the responsibility: the states whose act it is
        (
            "حمّل وزير الصحة السوري حسن الغباش العقوبات الأميركية والأوروبية المسؤولية عن النقص الحاد في "
            "الأدوية، داعيا الولايات المتحدة والاتحاد الأوروبي إلى رفعها.",
            ("ACCUSE", {"حسن الغباش"}, {"الولايات المتحدة", "الاتحاد الأوروبي"}),
        ),
        (
            "حمّل وزير الصحة الفنزويلي كارلوس ألفارادو العقوبات الأميركية مسؤولية عدم وصول شحنة من الأنسولين، "
            "مطالبا الولايات المتحدة برفعها.",
            ("ACCUSE", {"كارلوس ألفارادو"}, {"الولايات المتحدة"}),
        ),
    ],
)
def test_an_act_held_responsible(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a stance on an act named by the verbal noun of the verb that told it: against that verb's subject
        (
            "اقتحم الجيش الإسرائيلي، فجر الخميس، مستشفى جنين الحكومي، وفق ما أعلنت وزارة الصحة الفلسطينية. "
            "ونددت الوزارة بالاقتحام.",
            ("ACCUSE", {"وزارة الصحة الفلسطينية"}, {"الجيش الإسرائيلي"}),
        ),
        (
            "احتجزت الشرطة الروسية الطبيبة أناستاسيا فاسيليفا، بحسب منظمة العفو الدولية. وانتقدت المنظمة "
            "الاحتجاز.",
            ("ACCUSE", {"منظمة العفو الدولية"}, {"الشرطة الروسية"}),
        ),
    ],
)
def test_a_stance_on_an_act_told_by_its_verb(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a visit to a place: a meeting with the visited country's people named after it
        (
            "وقعت المملكة العربية السعودية والولايات المتحدة حزمة من الاتفاقيات خلال زيارة الرئيس الأميركي "
            "دونالد ترمب إلى الرياض. وأشاد ولي العهد السعودي الأمير محمد بن سلمان بالشراكة بين البلدين.",
            ("CONSULT", {"دونالد ترمب"}, {"محمد بن سلمان"}),
        ),
        # a host told as receiving it: the host itself
        (
            "إيران تستقبل أنان. وقال علي لاريجاني إن بلاده لن تتخلى عن التخصيب.",
            ("CONSULT", {"أنان"}, {"إيران"}),
        ),
        # ... or named before it in its sentence
        (
            "أمر ولي العهد السعودي الأمير محمد بن سلمان بالإفراج عن سجناء، استجابة لطلب تقدم به رئيس الوزراء "
            "الباكستاني عمران خان خلال زيارة الأمير إلى إسلام آباد.",
            ("CONSULT", {"محمد بن سلمان"}, {"عمران خان"}),
        ),
        # ... but not one who met someone else there
        (
            "قال مسؤول إن المحادثات التي أجرتها وزيرة الخارجية أنالينا بيربوك مع نظيرها الصيني وانغ يي في "
            "برلين مهدت لزيارة المستشار أولاف شولتس إلى بكين.",
            ("CONSULT", {"أولاف شولتس"}, {"بكين"}),
        ),
        # ... nor one named for another reason (the owner of a seat)
        (
            "تجمع نحو 40 متظاهرا أمام مقر رئيس الوزراء البريطاني غوردن براون للاحتجاج على انتهاكات الرئيس "
            "الباكستاني برويز مشرف، الذي يزور بريطانيا، لحقوق الانسان.",
            ("CONSULT", {"برويز مشرف"}, {"بريطانيا"}),
        ),
    ],
)
def test_a_visit_meets_the_visited_countrys_people(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # an announcing verb's subject with its short form in brackets: the verbal noun after is its deed
        (
            "وأعلنت منظمة الطيران المدني الدولي (إيكاو) فتح تحقيق في الحادث.",
            ("ACCUSE", {"منظمة الطيران المدني الدولي"}, set()),
        ),
        # the EU's ombudsman and border agency (فرونتكس: no ف proclitic)
        (
            "وفتح أمين المظالم الأوروبي تحقيقا في دور فرونتكس في حادثة غرق قارب.",
            ("ACCUSE", {"أمين المظالم الأوروبي"}, {"فرونتكس"}),
        ),
    ],
)
def test_investigations_opened(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # an inquiry ordered, its words quoted or not
        (
            "وأمر الملك محمد السادس بإجراء «تحقيق دقيق ومعمق» لتحديد المسؤوليات.",
            ("ACCUSE", {"محمد السادس"}, set()),
        ),
        (
            "في حين أمر الرئيس برابوو سوبيانتو بإجراء تحقيق «شفاف» في الحادث.",
            ("ACCUSE", {"برابوو سوبيانتو"}, set()),
        ),
    ],
)
def test_an_inquiry_ordered(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # an act done at someone's request: that one asked the act's agent
        (
            "بدأت رواندا الشهر الماضي نشر ألف جندي في إقليم كابو ديلغادو شمالي موزمبيق، بطلب من حكومة "
            "مابوتو.",
            ("REQUEST", {"حكومة مابوتو"}, {"رواندا"}),
        ),
        (
            "وعقد مجلس الأمن الدولي جلسة طارئة لبحث القرار بطلب من الولايات المتحدة وبريطانيا.",
            ("REQUEST", {"الولايات المتحدة", "بريطانيا"}, {"مجلس الأمن الدولي"}),
        ),
    ],
)
def test_an_act_at_someones_request(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # an act done in answer to a named one's request, call or demands: that one asked the act's agent
        (
            "أصدر الرئيس الجزائري عبد المجيد تبون عفوا عن الكاتب، تلبية لطلب رسمي من الرئيس الألماني فرانك "
            "فالتر شتاينماير .",
            ("REQUEST", {"فرانك فالتر شتاينماير"}, {"عبد المجيد تبون"}),
        ),
        (
            "أوقفت الشرطة الإسبانية رجل أعمال مغربيا، بناء على طلب من السلطات المغربية .",
            ("REQUEST", {"السلطات المغربية"}, {"الشرطة الإسبانية"}),
        ),
        # the one it was made to, named after who made it
        (
            "اعتقلت السلطات التركية ثلاثة أشخاص، استجابة لطلب تقدمت به ألمانيا إلى أنقرة .",
            ("REQUEST", {"ألمانيا"}, {"أنقرة"}),
        ),
        # no act coded: the sentence's subject answered it
        (
            "أعلن حزب العمال الكردستاني وقفا لإطلاق النار مع تركيا، استجابة لدعوة زعيمه عبد الله أوجلان .",
            ("REQUEST", {"عبد الله أوجلان"}, {"حزب العمال الكردستاني"}),
        ),
        # demands answered are demands made
        (
            "ألغت وزارة التعليم العالي العراقية الزيادة على الرسوم، استجابة لمطالب الاتحاد العام لطلبة "
            "العراق .",
            ("REQUEST", {"الاتحاد العام لطلبة العراق"}, {"وزارة التعليم العالي العراقية"}),
        ),
    ],
)
def test_an_act_answering_a_named_ones_call(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


def test_a_visit_at_an_invitation_is_no_request() -> None:
    text = "زار الرئيس العراقي الرياض، تلبية لدعوة من ولي العهد السعودي الأمير محمد بن سلمان ."
    assert [t for t, _, _ in coded_roles(text)] == ["CONSULT"]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # residence permits withdrawn; offenders against residence rules seized
        (
            "سحبت السلطات الدنماركية تصاريح إقامة أكثر من 200 لاجئ سوري منذ الصيف الماضي.",
            ("COERCE", {"السلطات الدنماركية"}, set()),
        ),
        (
            "وضبطت وزارة الداخلية الكويتية 420 مخالفا لقانون الإقامة في حملة تفتيش جديدة.",
            ("COERCE", {"وزارة الداخلية الكويتية"}, set()),
        ),
    ],
)
def test_residence_rules_enforced(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a ruling no act coded tells, rejected: the body that issued it
        (
            "أصدرت محكمة التحكيم الدائمة في لاهاي حكما لصالح الفلبين في نزاعها مع الصين. ورفضت الصين الحكم.",
            ("REJECT", {"الصين"}, {"محكمة التحكيم الدائمة"}),
        ),
        # a person after the word is who it was done to, not its maker
        (
            "صدر عن المحكمة الجزائية المتخصصة في صنعاء حكم بإعدام أربعة صحفيين هم عبد الخالق عمران وأكرم "
            "الوليدي. ودانت الحكومة اليمنية الحكم.",
            ("ACCUSE", {"الحكومة اليمنية"}, {"المحكمة الجزائية المتخصصة"}),
        ),
        # an assassination told in the passive names no agent for its condemnation
        (
            "اغتيل الصحافي التونسي منير الزغلامي برصاص مسلح مجهول في مدينة صفاقس. ودانت النقابة الوطنية "
            "للصحافيين التونسيين الاغتيال.",
            ("ACCUSE", {"النقابة الوطنية للصحافيين التونسيين"}, set()),
        ),
    ],
)
def test_a_stance_on_a_ruling_told_by_its_word(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # the outcome of talks refused is the deal they reached: against its parties
        (
            "استضافت القاهرة، على مدى يومين، اجتماعات بين رئيس مجلس النواب الليبي عقيلة صالح ورئيس المجلس "
            "الأعلى للدولة محمد تكالة، برعاية الأمين العام لجامعة الدول العربية أحمد أبو الغيط. واتفق "
            "الطرفان على تشكيل حكومة موحدة. لكن رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة رفض مخرجات "
            "الاجتماع.",
            ("REJECT", {"عبد الحميد الدبيبة"}, {"عقيلة صالح", "محمد تكالة"}),
        ),
    ],
)
def test_the_outcome_of_talks_refused(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a stance noun with two named before as its subject: what follows is its object, a noun
        (
            "أوقفت شركة غازبروم الروسية إمدادات الغاز إلى بولندا وبلغاريا، بعد رفض البلدين طلب موسكو سداد "
            "ثمن الغاز بالروبل.",
            ("REJECT", {"بولندا", "بلغاريا"}, {"موسكو"}),
        ),
    ],
)
def test_a_stance_of_two_named_before_on_a_demand(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)
    assert "REQUEST" not in {t for t, _, _ in coded_roles(text)}  # the request told as refused: not coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # "in coordination with" a partner, no act of the kinds it shares near: the clause's subject
        # cooperated with the partner
        (
            "ونظم الأمن العام اللبناني القافلة بالتنسيق مع السلطات السورية.",
            ("COOPERATE", {"الأمن العام اللبناني"}, {"السلطات السورية"}),
        ),
        (
            "وتنظم التدريبات القوات المسلحة الأردنية بالتعاون مع القيادة المركزية الأمريكية، وتشمل "
            "سيناريوهات.",
            ("COOPERATE", {"القوات المسلحة الأردنية"}, {"القيادة المركزية الأمريكية"}),
        ),
    ],
)
def test_cooperation_told_with_no_act(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # an act done "in a joint operation with" a partner: the doer cooperated with the partner
        (
            "وكانت شرطة أبوظبي قد اعتقلت خمسة مهربين الشهر الماضي في عملية مشتركة مع الهيئة الاتحادية"
            " للجمارك.",
            ("COOPERATE", {"شرطة أبوظبي"}, {"الهيئة الاتحادية للجمارك"}),
        ),
        (
            "وأعلنت المديرية العامة للأمن الوطني أن عملية مشتركة مع الشرطة الفرنسية أسفرت عن تفكيك شبكة"
            " لتهريب المهاجرين.",
            ("COOPERATE", {"المديرية العامة للأمن الوطني"}, {"الشرطة الفرنسية"}),
        ),
    ],
)
def test_a_partner_in_a_joint_operation_cooperates(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    "text",
    [
        # what one is accused or charged of is no cooperation done
        "وكان باماكو قد طالب باريس بسحب قواتها، متهما إياها بالتعاون مع الجماعات المسلحة.",
        "اعتقلت السلطات الفنزويلية رجلين بتهمة التخطيط لاغتيال الرئيس بالتعاون مع وكالة المخابرات "
        "المركزية الأميركية.",
    ],
)
def test_cooperation_in_a_charge_is_not_coded(text: str) -> None:
    assert all(t != "COOPERATE" for t, _, _ in coded_roles(text))


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # exercises of two parties or more are their cooperation, with the others named after بين or مع
        (
            "انطلقت في مياه الخليج الاثنين مناورات بحرية مشتركة بين البحرية الأمريكية والقوات البحرية "
            "الملكية السعودية تستمر عشرة أيام.",
            ("COOPERATE", {"البحرية الأمريكية"}, {"القوات البحرية الملكية السعودية"}),
        ),
        (
            "أجرت الولايات المتحدة وكوريا الجنوبية مناورات جوية مشتركة بمشاركة قاذفات استراتيجية.",
            ("COOPERATE", {"الولايات المتحدة"}, {"كوريا الجنوبية"}),
        ),
        (
            "أجرى الجيش الأردني مناورات مشتركة مع القوات الأمريكية.",
            ("COOPERATE", {"الجيش الأردني"}, {"القوات الأمريكية"}),
        ),
        # ... the parties after بين past the exercises' name in quotation marks, or by their nationalities
        (
            'انطلقت مناورات "حماة النيل" المشتركة بين القوات المسلحة المصرية والقوات المسلحة السودانية.',
            ("COOPERATE", {"القوات المسلحة المصرية"}, {"القوات المسلحة السودانية"}),
        ),
        (
            "وقعت مصر والسودان اتفاقية للتعاون العسكري. وانطلقت في قاعدة أم سيالا الجوية، الأربعاء، فعاليات "
            'التدريب المصري السوداني المشترك "حماة النيل".',
            ("COOPERATE", {"مصر"}, {"السودان"}),
        ),
        # a joint drill (تمرين) is held as exercises are, a concluding or opening verb naming who holds it
        (
            "نفذت القوات الجوية الكويتية تمرينا جويا مشتركا مع القوات الجوية الفرنسية فوق الصحراء.",
            ("COOPERATE", {"القوات الجوية الكويتية"}, {"القوات الجوية الفرنسية"}),
        ),
        (
            "اختتم الجيش اللبناني يوم الخميس تمرينا بحريا مشتركا مع البحرية الإيطالية قبالة صور.",
            ("COOPERATE", {"الجيش اللبناني"}, {"البحرية الإيطالية"}),
        ),
        (
            "استهلت القوات المسلحة الإندونيسية والجيش الأسترالي يوم الأحد المناورات العسكرية السنوية في "
            "جزيرة بالي.",
            ("COOPERATE", {"القوات المسلحة الإندونيسية"}, {"الجيش الأسترالي"}),
        ),
        (
            "وستجري القوات الفرنسية والجيش المغربي التمرين على مدى عشرة أيام.",
            ("COOPERATE", {"القوات الفرنسية"}, {"الجيش المغربي"}),
        ),
        # ... the partner after مع between the subject and the exercises
        (
            "نفذ الجيش الباكستاني مع القوات السعودية مناورات عسكرية قرب الحدود.",
            ("COOPERATE", {"الجيش الباكستاني"}, {"القوات السعودية"}),
        ),
        # ... its holders named in a relative clause on the exercises, past their name in quotation marks,
        # or after the verb with مع
        (
            "تظاهر مئات الطلاب احتجاجا على التدريبات المشتركة التي أجرتها القوات البريطانية مع الجيش الكيني.",
            ("COOPERATE", {"القوات البريطانية"}, {"الجيش الكيني"}),
        ),
        (
            "أغلقت ليتوانيا حدودها مع بيلاروس تزامنا مع مناورات «الدرع 2024» التي تجريها روسيا وبيلاروس.",
            ("COOPERATE", {"روسيا"}, {"بيلاروس"}),
        ),
        (
            "انطلقت في العقبة فعاليات تمرين «الصقر 2022» الذي تنظمه القوات المسلحة الأردنية بالشراكة مع "
            "القوات الإيطالية.",
            ("COOPERATE", {"القوات المسلحة الأردنية"}, {"القوات الإيطالية"}),
        ),
        (
            "انطلقت في الإسكندرية فعاليات التدريب المشترك «البحر الأزرق» الذي تنفذه القوات البحرية المصرية "
            "والبحرية اليونانية.",
            ("COOPERATE", {"القوات البحرية المصرية"}, {"البحرية اليونانية"}),
        ),
        # ... exercises hosted: held by the host with the others (no visit)
        (
            "حذرت موسكو بعد اختتام مناورات «الشمال 2023» التي استضافتها النرويج والدنمارك بمشاركة آلاف "
            "الجنود.",
            ("COOPERATE", {"النرويج"}, {"الدنمارك"}),
        ),
        # one party's exercises stay a show of force
        (
            "أجرى الجيش الجزائري مناورات عسكرية بالذخيرة الحية في منطقة تندوف.",
            ("MOBILIZE", {"الجيش الجزائري"}, {"تندوف"}),
        ),
    ],
)
def test_joint_exercises_are_cooperation(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a claim names the agent of the attack told two sentences before, past the group's apposition
        (
            "استشهد ضابط وأربعة مجندين في هجوم استهدف كمينا أمنيا جنوب مدينة العريش. وأضاف البيان أن القوات "
            'قتلت سبعة مسلحين. وتبنى تنظيم "ولاية سيناء"، فرع داعش في مصر، الهجوم عبر وكالة أعماق.',
            ("ASSAULT", {"ولاية سيناء"}, {"العريش"}),
        ),
        # ... or of the attack told right after it, in its sentence
        (
            "تبنى تنظيم الدولة الإسلامية التفجير الانتحاري الذي استهدف سوقا شعبية في بغداد مساء الأحد.",
            ("ASSAULT", {"تنظيم الدولة الإسلامية"}, {"بغداد"}),
        ),
    ],
)
def test_a_claim_names_the_attacks_agent(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    roles = coded_roles(text)
    assert coded in roles
    assert not any(t == "ASSAULT" and s == coded[1] and g != coded[2] for t, s, g in roles)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a death sentence carried out is an execution; one called off is none
        (
            "نفذت السلطات العراقية حكم الإعدام شنقا بحق 13 مدانا في سجن الحوت بمدينة الناصرية.",
            [("ASSAULT", {"السلطات العراقية"}, {"الناصرية"})],
        ),
        (
            "أعلنت وزارة الداخلية السعودية، الاثنين، تنفيذ حكم القتل تعزيرا بحق خمسة مواطنين.",
            [("ASSAULT", {"وزارة الداخلية السعودية"}, set())],
        ),
        (
            "وطالبت منظمة العفو الدولية بوقف تنفيذ أحكام الإعدام.",
            [("REQUEST", {"منظمة العفو الدولية"}, set())],
        ),
    ],
)
def test_a_death_sentence_carried_out(text: str, coded: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a place a quote names as where someone went is no one the next verb's subject may be
        (
            "وقال وزير الخارجية التشيكي يان ليبافسكي إن الثلاثة وصلوا إلى براغ على متن طائرة حكومية، وشكر "
            "الدوحة على جهودها.",
            ("SUPPORT", {"يان ليبافسكي"}, {"الدوحة"}),
        ),
    ],
)
def test_a_destination_in_a_quote_is_no_subject(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


def test_a_plural_object_pronoun_is_no_town() -> None:
    # (the people arrested are "them", not the towns they were arrested in)
    roles = coded_roles(
        "اعتقلت جماعة الحوثي 11 موظفا يعملون لدى الأمم المتحدة في صنعاء والحديدة، واتهمتهم بالانتماء "
        "إلى شبكة تجسس."
    )
    accused = [g for t, _, g in roles if t == "ACCUSE"]
    assert accused and not {"صنعاء", "الحديدة"} & accused[0]


def test_a_decision_judged_is_not_aimed_at_the_judges_own_state() -> None:
    # the accusation told last was aimed at the judge's own capital: the decision is its maker's
    roles = coded_roles(
        "أعلن وزير الخارجية الجزائري رمطان لعمامرة، الثلاثاء، قطع العلاقات الدبلوماسية مع المملكة المغربية، "
        'متهما الرباط بـ"القيام بأعمال عدائية" ضد الجزائر. وانتقدت الخارجية المغربية القرار.'
    )
    assert ("ACCUSE", {"الخارجية المغربية"}, {"رمطان لعمامرة"}) in roles


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # more words for "the two": the two parties of a conflict, parties, powers
        (
            "اندلعت اشتباكات بين الجيش السوداني وقوات الدعم السريع. ودعت منظمة أطباء بلا حدود طرفي النزاع "
            "إلى احترام القانون.",
            ("REQUEST", {"منظمة أطباء بلا حدود"}, {"الجيش السوداني", "قوات الدعم السريع"}),
        ),
        (
            "تصاعد الخلاف بين الحزب الديمقراطي الكردستاني والاتحاد الوطني الكردستاني. ودعت السفارة الأميركية "
            "في بغداد الحزبين إلى حل خلافاتهما.",
            ("REQUEST", {"السفارة الأميركية"}, {"الحزب الديمقراطي الكردستاني", "الاتحاد الوطني الكردستاني"}),
        ),
    ],
)
def test_more_dual_anaphors(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a body's aircraft named by a pronoun before the verb are that body acting
        (
            "وأعلنت وزارة الدفاع التركية أن مقاتلاتها دمرت 32 هدفا للحزب في شمالي العراق.",
            ("ASSAULT", {"وزارة الدفاع التركية"}, {"العراق"}),
        ),
    ],
)
def test_a_bodys_aircraft_by_its_pronoun(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # weapons that struck, named with who launched them: the launcher struck
        (
            "استهدفت طائرات مسيرة أطلقتها قوات الدعم السريع، لليوم الثالث على التوالي، مواقع في مدينة "
            "بورتسودان.",
            ("ASSAULT", {"قوات الدعم السريع"}, {"بورتسودان"}),
        ),
    ],
)
def test_weapons_named_with_their_launcher(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # aircraft or artillery named as a body's by التابع ل are that body acting
        (
            "وقصف الطيران الحربي التابع للجيش السوداني مواقع لقوات الدعم السريع في أم درمان.",
            ("ASSAULT", {"الجيش السوداني"}, {"قوات الدعم السريع"}),
        ),
    ],
)
def test_a_bodys_air_force_by_affiliation(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # where a meeting was held, between commas, is passed over to the one received
        (
            "استقبل الملك محمد السادس، بالقصر الملكي في الدار البيضاء، الرئيس الموريتاني محمد ولد الشيخ "
            "الغزواني.",
            ("CONSULT", {"محمد ولد الشيخ الغزواني"}, {"محمد السادس"}),
        ),
        (
            "استقبل الرئيس التونسي قيس سعيد، الأربعاء في قصر قرطاج، وزير الداخلية الإيطالي ماتيو بيانتيدوزي.",
            ("CONSULT", {"ماتيو بيانتيدوزي"}, {"قيس سعيد"}),
        ),
    ],
)
def test_a_seat_between_commas_is_passed_over(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a step or decision judged two sentences after the act, with words on it between, is that act
        (
            "أفرجت حركة طالبان عن ثلاثة صحفيين أجانب كانت تحتجزهم في كابول. وقال متحدث باسم الحركة إن "
            "الإفراج جاء لأسباب إنسانية. ورحبت الأمم المتحدة بالخطوة.",
            ("SUPPORT", {"الأمم المتحدة"}, {"حركة طالبان"}),
        ),
        (
            "فرض الاتحاد الأوروبي عقوبات على خمسة مسؤولين في بيلاروسيا. ويأتي ذلك بعد أشهر من الاحتجاجات "
            "في مينسك. وانتقدت روسيا القرار.",
            ("ACCUSE", {"روسيا"}, {"الاتحاد الأوروبي"}),
        ),
    ],
)
def test_a_step_judged_two_sentences_on(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a town named after a direction only tells where the place struck lies, though a word on whom
        # the place is for (للنازحين) stands between
        (
            "اقتحمت قوات الدعم السريع مخيم أبو شوك للنازحين شمال مدينة الفاشر.",
            ("ASSAULT", {"قوات الدعم السريع"}, {"أبو شوك"}),
        ),
    ],
)
def test_where_a_place_struck_lies_past_whom_it_is_for(
    text: str, coded: tuple[str, set[str], set[str]]
) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # people who work for a body (يعملون لدى), past "at least" after their count, are its people taken
        (
            "احتجزت السلطات الإيرانية ستة موظفين على الأقل يعملون لدى منظمة أطباء بلا حدود في زاهدان.",
            ("COERCE", {"السلطات الإيرانية"}, {"منظمة أطباء بلا حدود"}),
        ),
        (
            "اعتقلت قوات الأمن النيجيرية عشرة عمال يعملون لدى شركة توتال في الميناء.",
            ("COERCE", {"قوات الأمن النيجيرية"}, {"توتال"}),
        ),
    ],
)
def test_people_who_work_for_a_body(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # the one named among those sanctioned, بينهم far after the verb past its subject and a time
        (
            "فرضت وزارة الخزانة الأمريكية، يوم الأربعاء، عقوبات جديدة على 39 شخصا وكيانا بموجب قانون قيصر، "
            "بينهم أسماء الأسد.",
            ("SANCTION", {"وزارة الخزانة الأمريكية"}, {"أسماء الأسد"}),
        ),
    ],
)
def test_named_among_the_sanctioned_far_after_the_verb(
    text: str, coded: tuple[str, set[str], set[str]]
) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # an object that holds its على (قيودا على تأشيرات): the country of the people after it, named
        (
            "فرضت الولايات المتحدة قيودا على تأشيرات مسؤولين أوغنديين. وتقع أوغندا في شرق أفريقيا.",
            ("SANCTION", {"الولايات المتحدة"}, {"أوغندا"}),
        ),
    ],
)
def test_visa_restrictions_on_a_countrys_officials(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # who what is given is meant for (المخصصة ل), past a chain of adjectives, is its recipient
        (
            "جمدت الولايات المتحدة المساعدات الاقتصادية الطارئة المخصصة للسودان.",
            ("SANCTION", {"الولايات المتحدة"}, {"السودان"}),
        ),
    ],
)
def test_aid_meant_for_a_country_past_its_adjectives(
    text: str, coded: tuple[str, set[str], set[str]]
) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a state's airspace closed to another's planes is a sanction on that state, named by the planes'
        # nationality or after من; told apart from ties cut before it
        (
            "قطعت الجزائر علاقاتها مع المملكة المغربية. وبعد شهر، أغلقت الجزائر مجالها الجوي أمام جميع "
            "الطائرات المدنية والعسكرية المغربية.",
            ("SANCTION", {"الجزائر"}, {"المملكة المغربية"}),
        ),
        (
            "أغلقت الجزائر أجواءها أمام الطائرات القادمة من مالي.",
            ("SANCTION", {"الجزائر"}, {"مالي"}),
        ),
    ],
)
def test_airspace_closed_to_a_states_planes(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # the nationality after the planes is Malian, not "financial", and planes named with theirs (read as
        # a body's name) are the country's
        (
            "استدعت الجزائر سفيرها لدى مالي، ثم أغلقت مجالها الجوي أمام الطائرات الحربية المالية.",
            ("SANCTION", {"الجزائر"}, {"مالي"}),
        ),
        (
            "استدعت الجزائر سفيرها لدى مالي، وأغلقت أجواءها أمام الطيران المالي.",
            ("SANCTION", {"الجزائر"}, {"مالي"}),
        ),
        (
            "طردت ليتوانيا دبلوماسيين من بيلاروسيا، وقررت إغلاق أجوائها أمام الطيران البيلاروسي.",
            ("SANCTION", {"ليتوانيا"}, {"بيلاروسيا"}),
        ),
    ],
)
def test_airspace_closed_to_planes_of_a_nationality(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    # (the closing, told after the envoy's recall or expulsion)
    assert [c for c in coded_roles(text) if c[0] == "SANCTION"][-1] == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # sanctions lifted are lifted off whom the relative clause after them says they were imposed on
        (
            "أعلن الاتحاد الأفريقي رفع العقوبات التي فرضها على غينيا بعد الانقلاب العسكري.",
            ("RETREAT", {"الاتحاد الأفريقي"}, {"غينيا"}),
        ),
        (
            "وخففت الحكومة الكندية القيود التجارية التي تفرضها على الصين منذ عامين.",
            ("RETREAT", {"الحكومة الكندية"}, {"الصين"}),
        ),
        # (a promise to lift them, the same)
        (
            "وقالت اليابان إنها سترفع العقوبات التي فرضتها على كوريا الجنوبية.",
            ("CONCEDE", {"اليابان"}, {"كوريا الجنوبية"}),
        ),
    ],
)
def test_sanctions_lifted_off_whom_they_were_imposed_on(
    text: str, coded: tuple[str, set[str], set[str]]
) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # the forces withdrawn are the withdrawer's own, no one it acts on: named by the object's words or
        # right after them
        (
            "أعلن الرئيس العراقي برهم صالح سحب القوات الحكومية من البلدة.",
            ("RETREAT", {"برهم صالح"}, set()),
        ),
        (
            "وقرر رئيس الوزراء الإسباني بيدرو سانشيز سحب تعزيزات الشرطة الوطنية الإسبانية من برشلونة.",
            ("RETREAT", {"بيدرو سانشيز"}, set()),
        ),
    ],
)
def test_forces_withdrawn_are_no_target(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert [c for c in coded_roles(text) if c[0] == "RETREAT"] == [coded]


def test_airspace_closed_is_told_apart_from_ties_cut() -> None:
    text = (
        "قطعت الجزائر علاقاتها مع المملكة المغربية. وبعد شهر، أغلقت الجزائر مجالها الجوي أمام جميع "
        "الطائرات المغربية."
    )
    assert [c for c in coded_roles(text) if c[0] == "SANCTION"] == [
        ("SANCTION", {"الجزائر"}, {"المملكة المغربية"}),
        ("SANCTION", {"الجزائر"}, {"المملكة المغربية"}),
    ]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a pledge of a package of financial support is aid, to whom it is for
        (
            "تعهدت السعودية والكويت بتقديم حزمة دعم مالي بقيمة عشرة مليارات دولار لمملكة البحرين.",
            ("AID", {"السعودية", "الكويت"}, {"مملكة البحرين"}),
        ),
    ],
)
def test_a_pledge_of_financial_support(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a preposition with a pronoun for the noun before the verb (بها) leaves the name after it the
        # verb's subject, in a relative clause or after an indefinite noun
        (
            "وهي الإصلاحات التي طالب بها صندوق النقد الدولي مصر.",
            ("REQUEST", {"صندوق النقد الدولي"}, {"مصر"}),
        ),
        (
            "وأقر البرلمان حزمة إصلاحات يطالب بها صندوق النقد الدولي.",
            ("REQUEST", {"صندوق النقد الدولي"}, set()),
        ),
    ],
)
def test_a_resumptive_pronoun_after_the_verb_leaves_the_subject_after_it(
    text: str, coded: tuple[str, set[str], set[str]]
) -> None:
    assert coded in coded_roles(text)


def test_a_time_pronoun_after_a_relative_verb_is_no_resumptive() -> None:
    text = "وحضر المراسم الوزير مايك بومبيو، الذي التقى قبلها أمير قطر الشيخ تميم بن حمد آل ثاني."
    assert ("CONSULT", {"مايك بومبيو"}, {"تميم بن حمد آل ثاني"}) in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # people named among those acted on by the body they are of (بينهم مسؤولون في روسيا)
        (
            "فرضت كوريا الجنوبية عقوبات على ثمانية أفراد وأربعة كيانات، بينهم مسؤولون في روسيا.",
            ("SANCTION", {"كوريا الجنوبية"}, {"روسيا"}),
        ),
        (
            "اعتقلت قوات الأمن التركية عشرة أشخاص، بينهم أعضاء في حزب الشعوب الديمقراطي.",
            ("COERCE", {"قوات الأمن التركية"}, {"حزب الشعوب الديمقراطي"}),
        ),
    ],
)
def test_named_among_by_their_body(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # people of a body acted on, some of them named after بينهم: those named, not their body
        (
            "قضت محكمة الجنايات بسجن ستة ناشطين من حركة النهضة، بينهم مؤسسها أحمد علي، ثلاث سنوات.",
            ("SANCTION", {"محكمة الجنايات"}, {"أحمد علي"}),
        ),
        (
            "فرض الاتحاد الأوروبي عقوبات على تسعة ضباط في الجيش السوداني، بينهم قائد المنطقة العسكرية "
            "الشمالية اللواء محمد مرسي، بسبب دورهم في القمع.",
            ("SANCTION", {"الاتحاد الأوروبي"}, {"محمد مرسي"}),
        ),
    ],
)
def test_named_among_rather_than_their_body(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # the actors of an act told after the people released are not among them: a relative clause
        # on the exchange, a call after بعد
        (
            "أفرجت الحكومة السودانية وقوات الدعم السريع، الأحد، عن نحو 200 أسير في عملية تبادل أشرفت "
            "عليها اللجنة الدولية للصليب الأحمر.",
            ("RETREAT", {"الحكومة السودانية", "قوات الدعم السريع"}, set()),
        ),
        (
            "وأفرجت السلطات الإثيوبية عن الصيادين بعد اتصال هاتفي بين وزير الخارجية الكيني أحمد علي "
            "ونظيره الإثيوبي محمد مرسي.",
            ("RETREAT", {"السلطات الإثيوبية"}, set()),
        ),
    ],
)
def test_release_takes_no_actor_of_a_later_act(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # two steps judged (بالخطوتين): the agents of the last two acts told, by others
        (
            "أعلنت الولايات المتحدة حزمة مساعدات عسكرية لأوكرانيا. وتعهدت ألمانيا بتسليم كييف منظومة "
            "دفاع جوي. ورحب وزير الدفاع الأوكراني رستم عمروف بالخطوتين.",
            ("SUPPORT", {"رستم عمروف"}, {"الولايات المتحدة", "ألمانيا"}),
        ),
    ],
)
def test_two_steps_judged_are_the_last_two_acts(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # sanctions kept in force, renewed or tightened are a sanction by whoever keeps them
        (
            "وأبقت المجموعة الاقتصادية لدول غرب أفريقيا على العقوبات المفروضة على المجلس العسكري في النيجر.",
            ("SANCTION", {"المجموعة الاقتصادية لدول غرب أفريقيا"}, {"المجلس العسكري في النيجر"}),
        ),
        (
            "وجدد الاتحاد الأوروبي العقوبات المفروضة على روسيا ستة أشهر.",
            ("SANCTION", {"الاتحاد الأوروبي"}, {"روسيا"}),
        ),
        (
            "وشددت الولايات المتحدة العقوبات على إيران.",
            ("SANCTION", {"الولايات المتحدة"}, {"إيران"}),
        ),
    ],
)
def test_sanctions_kept_renewed_or_tightened(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # an aside or an apposition between commas after the subject of a verb of carrying out an act
        (
            "ونفذ الاتحاد العام التونسي للشغل، في اليوم نفسه الذي جرى فيه اللقاء، إضرابا عاما في قطاع النقل.",
            ("PROTEST", {"الاتحاد العام التونسي للشغل"}, set()),
        ),
        (
            "نفذ الاتحاد العام للعمل، أكبر نقابة في البلاد، إضرابا عاما احتجاجا على سياسات التقشف.",
            ("PROTEST", {"الاتحاد العام للعمل"}, set()),
        ),
    ],
)
def test_an_aside_between_the_subject_and_the_act_noun(
    text: str, coded: tuple[str, set[str], set[str]]
) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # the indefinite object head right after a verb joined by و is no unnamed subject: the subject
        # goes on (but قوات الأمن, a construct with a definite genitive, would be the subject)
        (
            "اعتقلت الشرطة الهندية عشرة أشخاص، ونشرت قوات في كشمير.",
            ("MOBILIZE", {"الشرطة الهندية"}, {"كشمير"}),
        ),
        (
            "قصف الجيش الهندي مواقع في كشمير، ونشر قوات إضافية في المنطقة.",
            ("MOBILIZE", {"الجيش الهندي"}, {"كشمير"}),
        ),
    ],
)
def test_an_indefinite_object_after_a_joined_verb_is_no_subject(
    text: str, coded: tuple[str, set[str], set[str]]
) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # after a verb joined by و, a feminine body after a masculine verb or a definite plural in the
        # accusative is the verb's object, the subject going on
        (
            "ورفض تجمع المهنيين السودانيين البيان، ودعا الحكومة إلى مواصلة الحوار.",
            ("REQUEST", {"تجمع المهنيين السودانيين"}, set()),
        ),
        (
            "ورفض تجمع المهنيين السودانيين البيان، ودعا المعتصمين إلى مواصلة الاعتصام.",
            ("REQUEST", {"تجمع المهنيين السودانيين"}, set()),
        ),
    ],
)
def test_an_unnamed_object_after_a_joined_verb(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "consults"),
    [
        # the visit referred back to (خلال الزيارة), dated only by the article, is the one told on its day
        (
            "استقبل الرئيس المصري عبد الفتاح السيسي نظيره الفرنسي إيمانويل ماكرون في القاهرة يوم الاثنين. "
            "ووقع البلدان خلال الزيارة 20 اتفاقية.",
            1,
        ),
        # (a meeting on another day is another happening)
        (
            "استقبل الرئيس المصري عبد الفتاح السيسي نظيره الفرنسي إيمانويل ماكرون في القاهرة يوم الاثنين. "
            "وسيلتقي السيسي ماكرون مجددا يوم الجمعة المقبل.",
            2,
        ),
    ],
)
def test_a_visit_referred_back_is_the_one_told(text: str, consults: int) -> None:
    doc = extract_text(text, date="2025-04-08")
    assert sum(ev.type == "CONSULT" for ev in doc.events) == consults


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a detention named by its noun with a pronoun for the detained is by whoever lets them go or
        # deports them in its sentence
        (
            "أفرجت السلطات التركية عن الصحفي دنيز يوجل بعد عام من احتجازه دون محاكمة.",
            ("COERCE", {"السلطات التركية"}, {"دنيز يوجل"}),
        ),
        (
            "رحلت السلطات المصرية المراسلة بيل ترو بعد احتجازها سبع ساعات.",
            ("COERCE", {"السلطات المصرية"}, {"بيل ترو"}),
        ),
        # an abduction so named is by whoever releases the captive, its singular pronoun the one released
        # past a person named in apposition
        (
            "أطلقت حركة الشباب يوم الأحد سراح المهندس كمال يوسف بعد ثلاثة أشهر من اختطافه قرب الحدود.",
            ("ASSAULT", {"حركة الشباب"}, {"كمال يوسف"}),
        ),
        (
            "أفرجت جماعة أنصار الله عن رامي حداد، شقيق المغني فادي حداد، بعد أسبوعين من اختطافه في صعدة.",
            ("ASSAULT", {"جماعة أنصار الله"}, {"رامي حداد"}),
        ),
    ],
)
def test_custody_by_whoever_lets_its_captive_go(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a relative verb whose object pronoun is of the other gender than the relative: the antecedent
        # is its subject, the pronoun the one named before (a person for ه)
        (
            "اعتقلت الشرطة الناشط سليم حداد في مدينة حمص، وفق ما ذكرت الحكومة السورية التي اتهمته بالتحريض.",
            ("ACCUSE", {"الحكومة السورية"}, {"سليم حداد"}),
        ),
        (
            "انسحبت الحكومة الإثيوبية من المفاوضات، ما أغضب الاتحاد الأوروبي الذي انتقدها بشدة.",
            ("ACCUSE", {"الاتحاد الأوروبي"}, {"الحكومة الإثيوبية"}),
        ),
    ],
)
def test_a_relative_not_resumed_by_the_object_pronoun_is_the_subject(
    text: str, coded: tuple[str, set[str], set[str]]
) -> None:
    assert coded in coded_roles(text)


def test_an_abduction_told_by_an_unnamed_doer_is_not_by_who_releases() -> None:
    # على يد مسلحين مجهولين: others took him, whoever freed him
    text = "أفرجت الشرطة الليبية عن التاجر سامي خليل، بعد يومين من اختطافه على يد مسلحين مجهولين في طرابلس."
    assert ("ASSAULT", set(), {"سامي خليل"}) in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # rescue teams, firefighting planes and civil-defence units sent to another country are relief
        (
            "أرسلت الجزائر، الثلاثاء، طائرتين لإطفاء الحرائق ووحدات من الحماية المدنية إلى تونس.",
            ("AID", {"الجزائر"}, {"تونس"}),
        ),
        ("قرر المغرب إرسال فرق بحث وإنقاذ إلى تركيا.", ("AID", {"المغرب"}, {"تركيا"})),
    ],
)
def test_rescue_teams_sent_are_relief(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


def test_a_place_of_two_words_after_a_persons_name_is_no_part_of_it() -> None:
    text = "وحمل هاني سويلم أديس أبابا المسؤولية عن أي أضرار."
    assert ("ACCUSE", {"هاني سويلم"}, {"أديس أبابا"}) in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a gathering its holder asks in (جمعية طالبت فيها), adjectives between: the holder asks the one
        # named after the verb, whoever else is named in what is asked
        (
            "وعقدت نقابة الصحفيين جمعية عمومية طارئة طالبت فيها الرئيس عبد الفتاح السيسي بإقالة وزير "
            "الداخلية مجدي عبد الغفار.",
            ("REQUEST", {"نقابة الصحفيين"}, {"عبد الفتاح السيسي"}),
        ),
        (
            "وظهر أيمن الظواهري الذي أدلى ببيان قصير حث فيه الشعوب الغربية على الاستماع.",
            ("REQUEST", {"أيمن الظواهري"}, set()),
        ),
    ],
)
def test_asked_in_a_gathering_or_a_statement(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # forces deployed in a strait, a stadium or a crossing of a place: that place is where they go
        (
            "ونشرت البحرية الإندونيسية ثلاث سفن حربية في مضيق سنغافورة.",
            ("MOBILIZE", {"البحرية الإندونيسية"}, {"سنغافورة"}),
        ),
        (
            "نشرت وزارة الداخلية المصرية ثلاثة آلاف شرطي في محيط استاد القاهرة الدولي قبل المباراة.",
            ("MOBILIZE", {"وزارة الداخلية المصرية"}, {"القاهرة"}),
        ),
    ],
)
def test_deployed_in_a_strait_or_a_stadium_of_a_place(
    text: str, coded: tuple[str, set[str], set[str]]
) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a threat of an act named by its verbal noun after ب is made to whom the act would be done, or
        # whose goods it would stop (not one named in a relative clause on them)
        (
            "هدد الرئيس الأمريكي دونالد ترامب بفرض رسوم جمركية طارئة بنسبة 25% على جميع الواردات "
            "من كولومبيا.",
            ("THREATEN", {"دونالد ترامب"}, {"كولومبيا"}),
        ),
        ("وهدد ترامب بفرض أعلى مستوى من العقوبات على أي دولة تساعد إيران.", ("THREATEN", {"ترامب"}, set())),
    ],
)
def test_a_threat_of_an_act_is_made_to_whom_it_would_be_done(
    text: str, coded: tuple[str, set[str], set[str]]
) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a name only in the genitive of a word for enemies, rivals or critics is not acted on
        (
            'ووصف المرشد الأعلى علي خامنئي المحتجين بالأشرار، متهما "أعداء إيران" بالوقوف وراء الاضطرابات.',
            ("ACCUSE", {"علي خامنئي"}, set()),
        ),
        (
            "واتهم رئيس الكتلة محمد رعد خصوم حزب الله بالانقلاب على التفاهمات.",
            ("ACCUSE", {"محمد رعد"}, set()),
        ),
        # (named bare as well, it is)
        (
            "واتهم محمد رعد حزب الله وخصوم حزب الله بالانقلاب على التفاهمات.",
            ("ACCUSE", {"محمد رعد"}, {"حزب الله"}),
        ),
    ],
)
def test_a_name_among_its_enemies_is_no_target(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a call that names no partner (في اتصال هاتفي) is between its verb's subject and the one it addressed
        (
            "وكان الرئيس عبد المجيد تبون قد حذر ماكرون في اتصال هاتفي الشهر الماضي من أن الجزائر ستتخذ "
            "كل الإجراءات.",
            ("CONSULT", {"عبد المجيد تبون"}, {"ماكرون"}),
        ),
    ],
)
def test_a_call_between_a_speaker_and_the_one_addressed(
    text: str, coded: tuple[str, set[str], set[str]]
) -> None:
    assert coded in coded_roles(text)


def test_a_call_with_no_one_addressed_is_none() -> None:
    text = "وقال الرئيس عبد المجيد تبون في اتصال هاتفي إن الجزائر ستتخذ كل الإجراءات."
    assert not [c for c in coded_roles(text) if c[0] == "CONSULT"]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # where the subject is, a region's kind before its name (في ولاية X), stands between it and the act
        # it announces
        (
            "وأعلنت النيابة العامة في ولاية تشياباس فتح تحقيق في الحادث.",
            ("ACCUSE", {"النيابة العامة"}, set()),
        ),
    ],
)
def test_an_act_announced_past_where_its_subject_is(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # an act done in answer to someone's request (استجابة لطلب من X) was asked for by that one
        (
            "أرسلت أوغندا قوات إلى جوبا استجابة لطلب من سلفا كير.",
            ("REQUEST", {"سلفا كير"}, {"أوغندا"}),
        ),
        ("أرسلت أوغندا قوات إلى جوبا تلبية لطلب من سلفا كير.", ("REQUEST", {"سلفا كير"}, {"أوغندا"})),
        # or in execution of it (تنفيذا لطلب من X)
        (
            "جمدت سويسرا أصول رجل الأعمال، تنفيذاً لطلب من الحكومة التونسية.",
            ("REQUEST", {"الحكومة التونسية"}, {"سويسرا"}),
        ),
    ],
)
def test_an_act_in_answer_to_a_request(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a demand answered told by its verbal noun (استجابة لمطالبة X)
        (
            "بدأت القوات الأميركية سحب نحو ألف جندي من قاعدة أغاديز الجوية، استجابة لمطالبة نيامي بإنهاء "
            "وجودها العسكري.",
            ("REQUEST", {"نيامي"}, {"القوات الأميركية"}),
        ),
        # its asker after an adjective and the verb that made it, to whom after إلى (لطلب رسمي قدمته X إلى Y)
        (
            "رفضت محكمة الاستئناف الاتحادية طعن شارما، وتنفيذا لطلب رسمي قدمته الهند إلى أبوظبي عام 2020.",
            ("REQUEST", {"الهند"}, {"أبوظبي"}),
        ),
        # the act told again by its noun, coming in answer to the call (وجاء العفو استجابة لطلب من X): the
        # act of the sentence before
        (
            "أصدر الرئيس الإماراتي خليفة بن زايد آل نهيان عفوا عن الأكاديمي ماثيو هيدجز. وجاء العفو استجابة "
            "لطلب رسمي من رئيسة الوزراء البريطانية تيريزا ماي.",
            ("REQUEST", {"تيريزا ماي"}, {"خليفة بن زايد آل نهيان"}),
        ),
        # a call addressed to others not named (لنداء وجهته X إلى الدول العربية) is not to the act's agent
        (
            "أعلن الصندوق العربي للإنماء تقديم منحة إلى البنك الإسلامي للتنمية. وقال مدير الصندوق إن المنحة "
            "تأتي استجابة لنداء وجهته السلطة الفلسطينية إلى الدول العربية.",
            ("REQUEST", {"السلطة الفلسطينية"}, set()),
        ),
    ],
)
def test_an_act_in_answer_to_a_demand_or_call_told_again(
    text: str, coded: tuple[str, set[str], set[str]]
) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # "his country" after a person the knowledge base places nowhere: the country his title's
        # nationality names, where the text names it
        (
            "حذرت مصر من الملء الثالث لسد النهضة. ومن جانبه، قال وزير الري الإثيوبي سيليشي بيكيلي إن بلاده "
            '"لن تتراجع" عن الملء الثالث، مؤكدا حق إثيوبيا في التنمية.',
            ("REJECT", {"إثيوبيا"}, set()),
        ),
        (
            "وقال وزير الهجرة الدنماركي ماتياس تيسفاي إن بلاده لن تتراجع عن القرار، مؤكدا أن الدنمارك ملتزمة "
            "بالقانون.",
            ("REJECT", {"الدنمارك"}, set()),
        ),
    ],
)
def test_his_country_by_his_titles_nationality(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    "text",
    [
        # an order a leader or minister gives his own state's forces, police or companies is a command inside
        # that state, no demand made of another actor
        "الجزائر - أمر الرئيس عبد المجيد تبون شركة سوناطراك بوقف ضخ الغاز عبر خط أنابيب المغرب العربي.",
        "طوكيو – أمر وزير الدفاع الياباني ياسوكازو هامادا يوم الاثنين قوات الدفاع الذاتي بنشر بطاريات "
        "صواريخ.",
        "باريس – أمر وزير الداخلية الفرنسي جيرالد دارمانان شرطة باريس بتسخير عمال النظافة المضربين.",
    ],
)
def test_an_order_to_ones_own_states_bodies_is_no_request(text: str) -> None:
    assert not [c for c in coded_roles(text) if c[0] == "REQUEST"]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # but a court orders a state, and a leader a company of no country of his
        (
            "أمرت محكمة العدل الدولية إسرائيل باتخاذ كل التدابير الممكنة.",
            ("REQUEST", {"محكمة العدل الدولية"}, {"إسرائيل"}),
        ),
        (
            "أمر الرئيس الأمريكي دونالد ترامب شركة بايت دانس ببيع تطبيق تيك توك.",
            ("REQUEST", {"دونالد ترامب"}, {"بايت دانس"}),
        ),
    ],
)
def test_an_order_to_another_actor_is_a_request(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


def test_a_refused_report_has_no_news_medium_for_a_target() -> None:
    # a report a news agency saw, refused: the medium only relays, and a report is no proposal or demand
    text = (
        "قالت الوكالة الدولية للطاقة الذرية، في تقرير سري اطلعت عليه رويترز، إن إيران لم تسمح للمفتشين "
        "بدخول منشأة فوردو. ورفض المتحدث باسم الخارجية الإيرانية إسماعيل بقائي التقرير، قائلا إن طهران "
        "ملتزمة بتعهداتها."
    )
    assert ("REJECT", {"إسماعيل بقائي"}, set()) in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a verdict called unjust or shocking (في حكم وصفته X بأنه «صادم») blames whoever gave it
        (
            "قضت محكمة جنايات أربيل بسجن الصحفيين هيمن سعيد وكاروان دوسكي ست سنوات، في حكم وصفته منظمة "
            "العفو الدولية بأنه صادم.",
            ("ACCUSE", {"منظمة العفو الدولية"}, {"محكمة جنايات أربيل"}),
        ),
        (
            "أعلنت الحكومة الهندية حظر 59 تطبيقا صينيا، في قرار وصفته الصين بأنه جائر.",
            ("ACCUSE", {"الصين"}, {"الحكومة الهندية"}),
        ),
    ],
)
def test_a_verdict_or_decision_called_unjust(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # the preposition of a time between the verb and its object (دعا X في فبراير Y) is the time's, not Y's
        (
            "وكان فولكر تورك قد دعا في فبراير السلطات التونسية إلى وقف اضطهاد المعارضين.",
            ("REQUEST", {"فولكر تورك"}, {"السلطات التونسية"}),
        ),
    ],
)
def test_a_time_between_a_verb_and_its_object(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a person described by an occupation before the name (عن عامل الإغاثة X، بسجن الطالبة X) is acted on
        (
            "أفرجت إيران عن عامل الإغاثة البلجيكي أوليفييه فانديكاستيل.",
            ("RETREAT", {"إيران"}, {"أوليفييه فانديكاستيل"}),
        ),
        (
            "قضت المحكمة الجزائية المتخصصة بسجن الطالبة نورة العتيبي 27 عاما.",
            ("SANCTION", {"المحكمة الجزائية المتخصصة"}, {"نورة العتيبي"}),
        ),
        # (a description with the article was always in apposition: عن المترجم الفرنسي X)
        (
            "أفرجت السلطات الإيرانية عن المترجم الفرنسي جان مارتان.",
            ("RETREAT", {"السلطات الإيرانية"}, {"جان مارتان"}),
        ),
    ],
)
def test_a_person_described_by_an_occupation(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


def test_a_person_sentenced_whom_the_tagger_read_as_a_prison() -> None:
    # بسجن X: the tagger reads a prison named X; the name after a sentence is the one sentenced
    text = "قضت محكمة جنايات أربيل بسجن سامي الحاج خمس سنوات."
    assert ("SANCTION", {"محكمة جنايات أربيل"}, {"سامي الحاج"}) in coded_roles(text)


def test_a_court_named_by_its_kind_and_a_known_genitive_passes_the_sentence() -> None:
    text = "وفي سياق منفصل، أصدرت محكمة جنايات الكرخ حكما بالإعدام على مدان بتفجير سيارة مفخخة."
    assert ("SANCTION", {"محكمة جنايات الكرخ"}, set()) in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a verb of sentencing and its subject, then the sentence with a pronoun (قضت X بسجنه): the person
        # the pronoun stands for, named in its sentence or the one before
        (
            "اعتقلت الشرطة الصحفي عمر الحسيني. وقضت محكمة جنايات القاهرة بسجنه ثلاث سنوات.",
            ("SANCTION", {"محكمة جنايات القاهرة"}, {"عمر الحسيني"}),
        ),
        # a plural's people, named in its own sentence
        (
            "وقضت المحكمة العسكرية بإعدامهم بعد أن اعتقلت الشرطة عمر الحسيني وسامي الحاج.",
            ("SANCTION", {"المحكمة العسكرية"}, set()),
        ),
        (
            "اعتقلت الشرطة عمر الحسيني وسامي الحاج، وقضت المحكمة العسكرية بسجنهم ثلاث سنوات.",
            ("SANCTION", {"المحكمة العسكرية"}, {"عمر الحسيني", "سامي الحاج"}),
        ),
    ],
)
def test_a_sentence_passed_on_a_pronoun_after_the_verb(
    text: str, coded: tuple[str, set[str], set[str]]
) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a ruling taken back by the verb that issued it (حكم ... أصدرته المحكمة), whom it is against aside
        (
            "وقال جاكوب زوما إنه سيطعن في حكم بالسجن 15 شهرا أصدرته بحقه المحكمة الدستورية.",
            ("SANCTION", {"المحكمة الدستورية"}, set()),
        ),
        (
            "وقال جاكوب زوما إنه سيطعن في حكم بالسجن أصدرته المحكمة الدستورية.",
            ("SANCTION", {"المحكمة الدستورية"}, set()),
        ),
    ],
)
def test_a_ruling_taken_back_by_its_issuing_verb(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a stance on "the decision" after a court's ruling is on the court that gave it
        (
            "أمرت محكمة العدل الدولية الولايات المتحدة برفع العقوبات عن إيران. ورحبت وزارة الخارجية "
            "الإيرانية بالقرار، بينما رفض وزير الخارجية الأمريكي مايك بومبيو القرار.",
            ("SUPPORT", {"وزارة الخارجية الإيرانية"}, {"محكمة العدل الدولية"}),
        ),
        (
            "أمرت محكمة العدل الدولية الولايات المتحدة برفع العقوبات عن إيران. ورحبت وزارة الخارجية "
            "الإيرانية بالقرار، بينما رفض وزير الخارجية الأمريكي مايك بومبيو القرار.",
            ("REJECT", {"مايك بومبيو"}, {"محكمة العدل الدولية"}),
        ),
    ],
)
def test_a_stance_on_a_courts_decision(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # an accusation made in a lawsuit (دعوى ... تتهم فيها X) is its filer's, whoever the court between
        (
            "أودعت حكومة السودان دعوى أمام محكمة العدل الدولية تتهم فيها دولة الإمارات العربية المتحدة "
            "بالتواطؤ في الإبادة الجماعية ضد قبيلة المساليت.",
            ("ACCUSE", {"حكومة السودان"}, {"دولة الإمارات العربية المتحدة"}),
        ),
        (
            "رفعت غامبيا دعوى أمام محكمة العدل الدولية تتهم فيها الحكومة البورمية بارتكاب إبادة جماعية.",
            ("ACCUSE", {"غامبيا"}, {"الحكومة البورمية"}),
        ),
    ],
)
def test_an_accusation_made_in_a_lawsuit(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


def test_a_lawsuit_and_the_accusation_in_it_are_one_event() -> None:
    text = "رفعت غامبيا دعوى أمام محكمة العدل الدولية تتهم فيها الحكومة البورمية بارتكاب إبادة جماعية."
    assert coded_roles(text) == [("ACCUSE", {"غامبيا"}, {"الحكومة البورمية"})]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # the issuer of a warrant or verdict: after the participle صادرة عن, or after صدر عن past an aside
        (
            "وصل البشير إلى جوهانسبرغ رغم مذكرة توقيف صادرة بحقه عن المحكمة الجنائية الدولية.",
            ("ACCUSE", {"المحكمة الجنائية الدولية"}, set()),
        ),
        (
            "صدر عن المحكمة الجزائية المتخصصة في صنعاء، الخاضعة لسيطرة جماعة الحوثي، حكم بإعدام الصحفي "
            "عبد الخالق عمران.",
            ("SANCTION", {"المحكمة الجزائية المتخصصة"}, {"عبد الخالق عمران"}),
        ),
    ],
)
def test_the_issuer_of_a_warrant_or_verdict(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


def test_a_warrant_asked_for_accuses_by_the_asker() -> None:
    # the request goes to a court: those the warrant names are accused by the one who asks for it
    text = (
        "طلب المدعي العام في المحكمة الجنائية الدولية كريم خان، الاثنين، إصدار مذكرات اعتقال بحق رئيس "
        "الوزراء الإسرائيلي بنيامين نتنياهو ووزير الدفاع يوآف غالانت."
    )
    assert coded_roles(text) == [("ACCUSE", {"كريم خان"}, {"بنيامين نتنياهو", "يوآف غالانت"})]


def test_a_stance_on_a_verdict_is_on_the_court_not_the_town_spoken_from() -> None:
    text = (
        "أدانت المحكمة الخاصة بلبنان سليم عياش بالمشاركة في اغتيال رفيق الحريري. ورحب سعد الحريري بالحكم "
        "من لاهاي."
    )
    assert ("SUPPORT", {"سعد الحريري"}, {"المحكمة الخاصة بلبنان"}) in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a court dissolving or banning a body (قضت المحكمة بحل X): بحل, left whole by the tokenizer
        (
            "قضت المحكمة الكبرى الإدارية في البحرين، الأحد، بحل جمعية الوفاق الوطني الإسلامية المعارضة.",
            ("COERCE", {"المحكمة الكبرى الإدارية"}, {"جمعية الوفاق الوطني الإسلامية"}),
        ),
        (
            "قضت المحكمة الإدارية بحظر حزب الحرية والعدالة.",
            ("COERCE", {"المحكمة الإدارية"}, {"حزب الحرية والعدالة"}),
        ),
    ],
)
def test_a_court_dissolves_or_bans_a_body(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


def test_a_titled_person_named_among_those_sentenced() -> None:
    text = (
        "أصدرت محكمة جنايات القاهرة، السبت، أحكاما بالإعدام على 75 متهما، بينهم المرشد العام لجماعة الإخوان "
        "المسلمين محمد بديع."
    )
    assert ("SANCTION", {"محكمة جنايات القاهرة"}, {"محمد بديع"}) in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # an aircraft shot down is its country's, named by the nationality adjective, not the town near
        (
            "أقرت القوات المسلحة الإيرانية بإسقاط طائرة الركاب الأوكرانية قرب طهران. وقدم روحاني اعتذاره "
            "لأوكرانيا.",
            ("ASSAULT", {"القوات المسلحة الإيرانية"}, {"أوكرانيا"}),
        ),
        (
            "أسقط الحرس الثوري الإيراني طائرة مسيرة أمريكية فوق مضيق هرمز، وحذرت الولايات المتحدة طهران.",
            ("ASSAULT", {"الحرس الثوري"}, {"الولايات المتحدة"}),
        ),
    ],
)
def test_an_aircraft_shot_down_is_its_countrys(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # an order given to someone named, the content after ب, is a demand made of them
        (
            "أمرت محكمة العدل الدولية، الجمعة، إسرائيل باتخاذ كل التدابير الممكنة لمنع الإبادة الجماعية.",
            ("REQUEST", {"محكمة العدل الدولية"}, {"إسرائيل"}),
        ),
        (
            "أمرت محكمة الخرطوم الجزئية شركة زين السودان بإعادة خدمة الإنترنت.",
            ("REQUEST", {"محكمة الخرطوم الجزئية"}, {"شركة زين السودان"}),
        ),
    ],
)
def test_an_order_given_to_someone_named(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an order to do something demands nothing of those it names: the act ordered is coded
        (
            "أمرت المحكمة العسكرية الإسرائيلية بالإفراج عن نائب رئيس الوزراء الفلسطيني ناصر الشاعر.",
            [("RETREAT", {"المحكمة العسكرية الإسرائيلية"}, {"ناصر الشاعر"})],
        ),
        # a woman (امرأة) is no dual of the verb to order
        (
            "سلمت قوات سوريا الديمقراطية 25 امرأة وطفلا إلى وفد من وزارة الخارجية الأوزبكية.",
            [("COOPERATE", {"قوات سوريا الديمقراطية"}, {"وزارة الخارجية الأوزبكية"})],
        ),
    ],
)
def test_no_demand_without_someone_ordered(text: str, expected: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a lawsuit named in a court's ruling (في الدعوى التي رفعتها X) is against whom the court rules on
        (
            "أمرت محكمة العدل الدولية، الجمعة، إسرائيل باتخاذ كل التدابير الممكنة، وذلك في الدعوى التي "
            "رفعتها جنوب إفريقيا. ورحبت وزارة الخارجية الفلسطينية بالقرار.",
            ("ACCUSE", {"جنوب إفريقيا"}, {"إسرائيل"}),
        ),
        # (and "the decision" welcomed after it is the court's, not the lawsuit)
        (
            "أمرت محكمة العدل الدولية، الجمعة، إسرائيل باتخاذ كل التدابير الممكنة، وذلك في الدعوى التي "
            "رفعتها جنوب إفريقيا. ورحبت وزارة الخارجية الفلسطينية بالقرار.",
            ("SUPPORT", {"وزارة الخارجية الفلسطينية"}, {"محكمة العدل الدولية"}),
        ),
    ],
)
def test_a_lawsuit_a_court_rules_in(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


def test_a_verdict_refused_is_refused_to_its_court() -> None:
    # the verdict right after the refusing subject: its court, not a person named after it
    text = (
        "أدانت المحكمة الجنائية الدولية ليوغوسلافيا السابقة القائد العسكري راتكو ملاديتش بارتكاب إبادة "
        "جماعية. ورفض رئيس جمهورية صرب البوسنة ميلوراد دوديك الحكم ووصف ملاديتش بأنه بطل."
    )
    assert ("REJECT", {"ميلوراد دوديك"}, {"المحكمة الجنائية الدولية ليوغوسلافيا السابقة"}) in coded_roles(
        text
    )


def test_another_term_on_a_predecessor_past_a_titled_target() -> None:
    # the target told with its title first (رئيس الوزراء الأسبق X), then و12 عاما على سلفه Y
    text = (
        "أصدرت محكمة سيدي امحمد حكما بالسجن 15 عاما على رئيس الوزراء الأسبق أحمد أويحيى و12 عاما على سلفه "
        "عبد المالك سلال."
    )
    assert ("SANCTION", {"محكمة سيدي امحمد"}, {"أحمد أويحيى", "عبد المالك سلال"}) in coded_roles(text)


def test_a_resignation_with_a_pronoun_is_the_noun() -> None:
    # استقالته: his resignation (استقالة + ه), not the verb استقالت with an object it cannot take
    text = "وتعد هذه أول محاكمة في عهد الرئيس عبد العزيز بوتفليقة منذ استقالته في أبريل."
    assert coded_roles(text) == [("RETREAT", {"عبد العزيز بوتفليقة"}, set())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit of a body after the verb (مفارز من الجيش، دورية من الشرطة) is the body acting
        (
            "أوقفت مفارز من الجيش الوطني الشعبي خمسة إرهابيين في عمليات متفرقة.",
            [("COERCE", {"الجيش الوطني الشعبي"}, set())],
        ),
        ("واعتقلت دورية من الشرطة العراقية ثلاثة مطلوبين.", [("COERCE", {"الشرطة العراقية"}, set())]),
        # a detainee released on bail (أخلى سبيل)
        ("وأخلت النيابة العامة سبيل 15 من الموقوفين بكفالة.", [("RETREAT", {"النيابة العامة"}, set())]),
        # an indictment (وجه لائحة اتهام)
        (
            "ووجهت النيابة العامة لائحة اتهام إلى الصحفي دنيز يوجل.",
            [("ACCUSE", {"النيابة العامة"}, {"دنيز يوجل"})],
        ),
        # readiness raised (رفعت جهوزيتها)
        ("ورفعت قوى الأمن الداخلي جهوزيتها في محيط المكتب.", [("MOBILIZE", {"قوى الأمن الداخلي"}, set())]),
    ],
)
def test_units_bail_indictments_and_readiness(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a protest lodged with another (قدم احتجاجا إلى X), past the words describing it
        (
            "وقدمت طوكيو احتجاجا شديد اللهجة إلى بيونغ يانغ عبر سفارتها في بكين.",
            [("ACCUSE", {"طوكيو"}, {"بيونغ يانغ"})],
        ),
        (
            "وقدمت الخارجية العراقية مذكرة احتجاج إلى السفير التركي.",
            [("ACCUSE", {"الخارجية العراقية"}, {"السفير التركي"})],
        ),
        # (aid handed over stays aid)
        ("وقدمت قطر مساعدات إلى غزة.", [("AID", {"قطر"}, {"غزة"})]),
    ],
)
def test_a_protest_lodged_with_another(text: str, expected: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a boycott of a ceremony, of the news, of exams
        (
            "وأعلن الاتحاد الإيراني لكرة القدم مقاطعة حفل القرعة احتجاجا.",
            [("PROTEST", {"الاتحاد الإيراني لكرة القدم"}, set())],
        ),
        ("وقررت نقابة الصحفيين مقاطعة أخبار الوزارة.", [("PROTEST", {"نقابة الصحفيين"}, set())]),
        # (a province is no boycott)
        ("وأعلنت الشرطة الكندية اعتقال رجل في مقاطعة كيبيك.", [("COERCE", {"الشرطة الكندية"}, set())]),
    ],
)
def test_boycotts_of_events_and_news(text: str, expected: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a strike declared in reply (ردت X بإعلان إضراب): the one who replies strikes
        (
            "وردت الهيئة الوطنية للمحامين بإعلان إضراب عام في جميع محاكم البلاد.",
            ("PROTEST", {"الهيئة الوطنية للمحامين"}, set()),
        ),
        # the strikers accusing someone of a deed: an accusation of its own, not what the strike is against
        (
            "وأعلن الاتحاد العام التونسي للشغل إضرابا عاما في قطاع النقل، متهما وزارة الداخلية بانتهاك "
            "حرمة المقر.",
            ("ACCUSE", {"الاتحاد العام التونسي للشغل"}, {"وزارة الداخلية"}),
        ),
    ],
)
def test_a_strike_declared_and_the_strikers_accusing(
    text: str, coded: tuple[str, set[str], set[str]]
) -> None:
    assert coded in coded_roles(text)


def test_a_protest_against_what_it_condemns_still_merges() -> None:
    # (a stance word of purpose stays the protest's target: تنديدا بالحكومة)
    text = "نظمت نقابة المعلمين وقفة احتجاجية أمام البرلمان تنديدا بالحكومة الأردنية."
    assert coded_roles(text) == [("PROTEST", {"نقابة المعلمين"}, {"الحكومة الأردنية"})]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two subjects announcing a deed before the verb (السعودية والإمارات أعلنتا تقديم): theirs
        (
            "السعودية والإمارات أعلنتا تقديم مساعدات للمجلس العسكري الانتقالي.",
            [("AID", {"السعودية", "الإمارات"}, {"المجلس العسكري الانتقالي"})],
        ),
        # a month after في between the announcing verb and the deed
        (
            "وكانت السعودية والإمارات قد أعلنتا في أبريل تقديم حزمة مساعدات بقيمة ثلاثة مليارات دولار "
            "للمجلس العسكري الانتقالي.",
            [("AID", {"السعودية", "الإمارات"}, {"المجلس العسكري الانتقالي"})],
        ),
    ],
)
def test_a_deed_announced_by_two(text: str, expected: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # money paid out to another (صرف مليار يورو لمصر، صرف شريحة)
        (
            "أعلنت المفوضية الأوروبية صرف مليار يورو لمصر.",
            [("AID", {"المفوضية الأوروبية"}, {"مصر"})],
        ),
        (
            "وصرف صندوق النقد الدولي شريحة بقيمة 820 مليون دولار لمصر.",
            [("AID", {"صندوق النقد الدولي"}, {"مصر"})],
        ),
        # (salaries paid at home are no aid)
        ("صرفت الحكومة رواتب الموظفين.", []),
        # supplies dropped from the air, in an operation its announcer carries out
        (
            "أعلنت القوات المسلحة الأردنية تنفيذ عملية إنزال جوي جديدة لمساعدات غذائية على شمال قطاع غزة.",
            [("AID", {"القوات المسلحة الأردنية"}, {"غزة"})],
        ),
    ],
)
def test_money_paid_out_and_airdrops(text: str, expected: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a strike called off (ألغى الإضراب الذي كان مقررا): a retreat, no strike held
        (
            "ألغى الاتحاد العام التونسي للشغل الإضراب العام الذي كان مقررا يومي 20 و21 فبراير.",
            [("RETREAT", {"الاتحاد العام التونسي للشغل"}, set())],
        ),
        # their own strike suspended (علقت إضرابها) was under way: both
        (
            "علقت نقابة المعلمين الليبيين إضرابها الذي شل المدارس.",
            [
                ("RETREAT", {"نقابة المعلمين الليبيين"}, set()),
                ("PROTEST", {"نقابة المعلمين الليبيين"}, set()),
            ],
        ),
        (
            "أعلنت نقابة الأطباء المصرية تعليق الإضراب.",
            [("RETREAT", {"نقابة الأطباء المصرية"}, set())],
        ),
        # (drones are no march: علقت كندا تصاريح تصدير الطائرات المسيرة إلى تركيا)
        ("علقت كندا تصاريح تصدير الطائرات المسيرة إلى تركيا.", [("SANCTION", {"كندا"}, {"تركيا"})]),
    ],
)
def test_strikes_called_off(text: str, expected: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a blockade or sanctions someone imposes, told in a relative clause, are coded with no target named
        (
            "بعد أشهر من الحصار الذي تفرضه قوات النظام السوري وحزب الله على البلدة.",
            [("SANCTION", {"النظام السوري", "حزب الله"}, set())],
        ),
        ("وتعاني البلاد من العقوبات التي تفرضها واشنطن منذ سنوات.", [("SANCTION", {"واشنطن"}, set())]),
        # (a blockade by no one named is not)
        ("ويعاني السكان من الحصار منذ سنوات.", []),
    ],
)
def test_a_blockade_someone_imposes(text: str, expected: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stop of people is their arrest (إيقاف 18 شخصا); a stop of fire is no arrest
        (
            "وأعلنت وزارة الداخلية التونسية إيقاف 18 شخصا بتهمة الاحتكار.",
            [("COERCE", {"وزارة الداخلية التونسية"}, set())],
        ),
        (
            "ودعت وزارة الخارجية التونسية إلى إيقاف إطلاق النار.",
            [("REQUEST", {"وزارة الخارجية التونسية"}, set())],
        ),
        # imports suspended from a country (تعليق استيراد ... من مصر)
        (
            "أعلنت روسيا تعليق استيراد الموالح والخضروات من مصر اعتبارا من 22 سبتمبر.",
            [("SANCTION", {"روسيا"}, {"مصر"})],
        ),
    ],
)
def test_people_stopped_and_imports_suspended(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a visit noun after a hosting, an arrival or a meeting in its sentence is the same CONSULT
        (
            "استقبل الرئيس عبد الفتاح السيسي في قصر الاتحادية نظيره التركي رجب طيب أردوغان، في أول زيارة "
            "له إلى القاهرة منذ 12 عاما.",
            [("CONSULT", {"رجب طيب أردوغان"}, {"عبد الفتاح السيسي"})],
        ),
        # (the arrival takes the visitor the visit names)
        (
            "ووصل مساء أمس إلى دمشق في زيارة رسمية تستغرق يومين الرئيس الإيراني محمود أحمدي نجاد.",
            [("CONSULT", {"محمود أحمدي نجاد"}, {"دمشق"})],
        ),
        (
            "وكان بارو قد زار الجزائر قبل أسبوع والتقى الرئيس عبد المجيد تبون، في زيارة وصفت حينها بأنها "
            "بداية لمرحلة جديدة.",
            [("CONSULT", {"بارو"}, {"عبد المجيد تبون"})],
        ),
    ],
)
def test_a_visit_told_after_its_meeting(text: str, expected: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == expected


def test_a_visit_merged_into_its_meeting_keeps_its_span() -> None:

    text = "استقبل الرئيس عبد الفتاح السيسي نظيره التركي رجب طيب أردوغان، في أول زيارة له إلى القاهرة."
    (event,) = extract_text(text).events
    assert [text[m.start : m.end] for m in event.mentions] == ["زيارة"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a withdrawal from an agreement or a treaty is its rejection, by whom withdraws (the genitive)
        (
            "أعلن الرئيس الأمريكي دونالد ترامب انسحاب الولايات المتحدة من الاتفاق النووي.",
            [("REJECT", {"الولايات المتحدة"}, set())],
        ),
        ("انسحبت الولايات المتحدة من اتفاق باريس للمناخ.", [("REJECT", {"الولايات المتحدة"}, set())]),
        # (a withdrawal from a town is a retreat)
        ("انسحبت القوات الإسرائيلية من جنين.", [("RETREAT", {"القوات الإسرائيلية"}, set())]),
    ],
)
def test_a_withdrawal_from_an_agreement(text: str, expected: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a counted noun after thousands or millions (مليون طالب: a million students) is no verb
        (
            "وقال نائب نقيب المعلمين ناصر النواصرة إن النقابة «لن تقبل بأقل من علاوة الخمسين بالمئة»، متهما "
            "الحكومة بالمماطلة. ويبلغ عدد المعلمين في القطاع العام نحو 87 ألفا، يدرسون قرابة مليون ونصف "
            "مليون طالب.",
            [("ACCUSE", {"ناصر النواصرة"}, set())],
        ),
        # (but a small number may be a subject: بينهم اثنان أطلقا صواريخ)
        (
            "فتح الجيش الإسرائيلي النار على أربعة نشطاء بينهم اثنان أطلقا صواريخ مضادة للدبابات على القوات "
            "الإسرائيلية.",
            [("ASSAULT", {"الجيش الإسرائيلي"}, set()), ("ASSAULT", set(), {"القوات الإسرائيلية"})],
        ),
    ],
)
def test_a_counted_noun_is_no_verb(text: str, expected: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # members of a house no one names (طالب نواب في البرلمان) are no actor, nor the subject told before
        (
            "وكانت وزارة الداخلية العراقية قد اعتقلت ثلاثة أشخاص، فيما طالب نواب في البرلمان بمحاسبة الجهات "
            "المسؤولة.",
            [("COERCE", {"وزارة الداخلية العراقية"}, set())],
        ),
        # (a party's members stand for it)
        ("وطالب نواب حزب العمال الحكومة بالاستقالة.", [("REQUEST", {"حزب العمال"}, set())]),
    ],
)
def test_unnamed_members_of_a_house(text: str, expected: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # support as what a programme or people are for (برنامج دعم، عناصر دعم) is no act of support
        (
            "وأعلنت منظمة العمل الدولية تمديد برنامج دعم التشغيل للاجئين السوريين في تركيا.",
            [],
        ),
        (
            "أوقفت مفارز من الجيش الوطني الشعبي خمسة عناصر دعم للجماعات الإرهابية.",
            [("COERCE", {"الجيش الوطني الشعبي"}, set())],
        ),
        # (support declared stays support)
        ("أعلنت قطر دعمها للحكومة الفلسطينية.", [("SUPPORT", {"قطر"}, {"الحكومة الفلسطينية"})]),
    ],
)
def test_support_as_a_purpose_is_no_act(text: str, expected: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == expected


def test_a_request_from_whom_is_asked_past_a_trade_representatives_title() -> None:
    # الممثلة التجارية الأمريكية: a title, so من المكسيك stands right after the verb and its subject
    text = "طلبت الممثلة التجارية الأمريكية كاثرين تاي من المكسيك التحقيق في انتهاكات محتملة لحقوق العمال."
    assert coded_roles(text) == [("REQUEST", {"كاثرين تاي"}, {"المكسيك"})]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second thing a protest is against, joined with و: whose it is (وتأخر حكومة الوفاق)
        (
            "نفذت نقابة الخبازين إضرابا احتجاجا على ارتفاع سعر الدقيق وتأخر حكومة الوفاق الوطني في صرف "
            "الاعتمادات.",
            [("PROTEST", {"نقابة الخبازين"}, {"حكومة الوفاق الوطني"})],
        ),
        # (the first one's too, as before)
        (
            "نفذت نقابة الخبازين إضرابا احتجاجا على تأخر حكومة الوفاق الوطني في صرف الاعتمادات.",
            [("PROTEST", {"نقابة الخبازين"}, {"حكومة الوفاق الوطني"})],
        ),
    ],
)
def test_a_protest_against_a_second_thing(text: str, expected: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # workers deported (رحلت 3 آلاف عامل), a union's congress dissolved (حلت المؤتمر)
        (
            "وكانت السلطات السعودية قد رحلت نحو 3 آلاف عامل بنغلاديشي مخالف منذ مطلع العام.",
            [("COERCE", {"السلطات السعودية"}, set())],
        ),
        (
            "اعتقلت الشرطة رئيس مؤتمر النقابات الديمقراطية البيلاروسية، بعد أن حلت السلطات البيلاروسية "
            "المؤتمر.",
            [("COERCE", {"السلطات البيلاروسية"}, {"مؤتمر النقابات الديمقراطية البيلاروسية"})],
        ),
    ],
)
def test_workers_deported_and_a_congress_dissolved(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where the subject is, a region after في (في الشمال، في العاصمة), stands between it and its act
        (
            "ونفذت نقابة أصحاب الأفران في الشمال إضرابا ليوم واحد.",
            [("PROTEST", {"نقابة أصحاب الأفران"}, set())],
        ),
        ("ونظمت نقابة المعلمين في العاصمة وقفة احتجاجية.", [("PROTEST", {"نقابة المعلمين"}, set())]),
        # so does the body a union's staff work in (نقابة العاملين في X)
        (
            "نفذت نقابة العاملين في الإدارة العامة للجمارك إضرابا عن العمل احتجاجا على قرار وزارة المالية.",
            [("PROTEST", {"نقابة العاملين"}, {"وزارة المالية"})],
        ),
    ],
)
def test_a_region_between_the_subject_and_its_act(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # storming and raiding act on places: the person after the verb storms (no unvocalised passive)
        (
            "اقتحم الوزير الإسرائيلي إيتمار بن غفير باحات المسجد الأقصى.",
            [("ASSAULT", {"إيتمار بن غفير"}, {"المسجد الأقصى"})],
        ),
        ("اقتحم أحمد ماهر مقر الحزب.", [("ASSAULT", {"أحمد ماهر"}, set())]),
        # a killing or arrest verb keeps its passive reading (اعتقل أحمد علي: he was arrested)
        ("اعتقل أحمد ماهر في القاهرة.", [("COERCE", set(), {"أحمد ماهر"})]),
    ],
)
def test_a_person_after_a_storming_verb_storms(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stance on an act whose genitive names whom it was done to: against who did it to him, told before
        (
            "اعتقلت شرطة هونغ كونغ أحمد ماهر. وانتقدت وزارة الخارجية البريطانية اعتقال ماهر.",
            [
                ("COERCE", {"شرطة هونغ كونغ"}, {"أحمد ماهر"}),
                ("ACCUSE", {"وزارة الخارجية البريطانية"}, {"شرطة هونغ كونغ"}),
            ],
        ),
        # (not the agent of an act done to someone else)
        (
            "اعتقلت شرطة هونغ كونغ أحمد ماهر. وانتقدت وزارة الخارجية البريطانية اعتقال سعيد الهاشمي.",
            [
                ("COERCE", {"شرطة هونغ كونغ"}, {"أحمد ماهر"}),
                ("ACCUSE", {"وزارة الخارجية البريطانية"}, set()),
                ("COERCE", set(), {"سعيد الهاشمي"}),
            ],
        ),
    ],
)
def test_a_stance_on_an_act_done_to_someone_named(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # embassy staff expelled, the embassy named by its country (موظفا في سفارة فرنسا)
        (
            "قررت الجزائر طرد 12 موظفا في سفارة فرنسا وممثلياتها القنصلية.",
            [("SANCTION", {"الجزائر"}, {"سفارة فرنسا"})],
        ),
        # a treaty with another state suspended (علقت الهند العمل بالمعاهدة مع باكستان)
        ("علقت الهند العمل بالمعاهدة مع باكستان.", [("SANCTION", {"الهند"}, {"باكستان"})]),
    ],
)
def test_embassy_staff_expelled_and_a_treaty_suspended(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # readiness to go on negotiating, to discuss or to sign with another (the guide's AGREE)
        (
            "وأبدى المستشار الألماني أولاف شولتس استعداد برلين لمواصلة التفاوض مع بكين.",
            [("AGREE", {"برلين"}, {"بكين"})],
        ),
        (
            "أبدت وزارة التربية استعدادها لمواصلة الحوار مع الجامعة العامة للتعليم الثانوي.",
            [("AGREE", {"وزارة التربية"}, {"الجامعة العامة للتعليم الثانوي"})],
        ),
        ("من جهته، أبدى فيدان استعداده لتوقيع اتفاق إطاري جديد مع بغداد.", [("AGREE", {"فيدان"}, {"بغداد"})]),
    ],
)
def test_readiness_to_go_on_negotiating_or_to_sign(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # approving a deal, a sale or a plan (وافقت على صفقات أسلحة لإسرائيل) agrees it with its other party
        (
            "وافقت وزارة الخارجية الأمريكية على صفقات أسلحة لإسرائيل بقيمة 20 مليار دولار.",
            [("AGREE", {"وزارة الخارجية الأمريكية"}, {"إسرائيل"})],
        ),
        ("ووافقت الحكومة المكسيكية على خطة لتصحيح الوضع.", [("AGREE", {"الحكومة المكسيكية"}, set())]),
    ],
)
def test_a_deal_or_plan_approved(text: str, expected: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # blame in what something is called: a word the clitic split would cut (فاسدة, not ف + اسدة)
        (
            'ووصف مايك بومبيو المحكمة الجنائية الدولية بأنها "مؤسسة فاسدة".',
            [("ACCUSE", {"مايك بومبيو"}, {"المحكمة الجنائية الدولية"})],
        ),
        # praise denied (غير مبرر، غير ودية) is blame, of the step's maker told before
        (
            "فرضت كوريا الجنوبية عقوبات على ثمانية أفراد. ووصفت السفارة الروسية في سول الإجراءات بأنها "
            '"غير ودية".',
            [("SANCTION", {"كوريا الجنوبية"}, set()), ("ACCUSE", {"السفارة الروسية"}, {"كوريا الجنوبية"})],
        ),
        # (the praise word alone is praise)
        ("ووصف مايك بومبيو اللقاء بأنه ودي.", [("SUPPORT", {"مايك بومبيو"}, set())]),
    ],
)
def test_blame_and_praise_in_what_something_is_called(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a minister's portfolio of two things joined by و (الموارد المائية والري) is still his title
        (
            "وحمل وزير الموارد المائية والري المصري هاني سويلم إثيوبيا المسؤولية.",
            [("ACCUSE", {"هاني سويلم"}, {"إثيوبيا"})],
        ),
    ],
)
def test_a_ministers_portfolio_of_two_things(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two ministers named after one title (وزيرا الدفاع اللبناني X والسوري Y) sign with each other
        (
            "وقّع وزيرا الدفاع اللبناني ميشال منسى والسوري مرهف أبو قصرة في جدة اتفاقا.",
            [("AGREE", {"ميشال منسى", "مرهف أبو قصرة"}, set())],
        ),
    ],
)
def test_two_ministers_named_after_one_title(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party's praise of its own deal is aimed at no one
        (
            "وقعت وزيرة الخارجية الكندية ميلاني جولي ونظيرها الدنماركي ييبي كوفود الاتفاق. "
            "وأشادت جولي بالاتفاق.",
            [("AGREE", {"ميلاني جولي", "ييبي كوفود"}, set()), ("SUPPORT", {"ميلاني جولي"}, set())],
        ),
        # (another's praise is for the parties)
        (
            "وقعت وزيرة الخارجية الكندية ميلاني جولي ونظيرها الدنماركي ييبي كوفود الاتفاق. "
            "وأشاد أنطونيو غوتيريش بالاتفاق.",
            [
                ("AGREE", {"ميلاني جولي", "ييبي كوفود"}, set()),
                ("SUPPORT", {"أنطونيو غوتيريش"}, {"ميلاني جولي", "ييبي كوفود"}),
            ],
        ),
    ],
)
def test_a_partys_praise_of_its_own_deal(text: str, expected: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit of a body (قوة من جيش الاحتلال) goes on as the subject of the next verb, whatever the
        # body's gender
        (
            "اقتحمت قوة من جيش الاحتلال الإسرائيلي الجامعة، واعتقلت الطالب أحمد ماهر.",
            [
                ("ASSAULT", {"جيش الاحتلال الإسرائيلي"}, set()),
                ("COERCE", {"جيش الاحتلال الإسرائيلي"}, {"أحمد ماهر"}),
            ],
        ),
    ],
)
def test_a_unit_of_a_body_goes_on_as_the_subject(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a condemnation of "what happened" (ما جرى، بما حدث) is of the last act of force told
        (
            "اقتحمت قوات الاحتلال الإسرائيلي الجامعة. ودانت وزارة التربية الفلسطينية ما جرى.",
            [
                ("ASSAULT", {"قوات الاحتلال الإسرائيلي"}, set()),
                ("ACCUSE", {"وزارة التربية الفلسطينية"}, {"قوات الاحتلال الإسرائيلي"}),
            ],
        ),
        (
            "اعتقلت الشرطة المصرية أحمد ماهر. ونددت منظمة العفو الدولية بما حدث.",
            [
                ("COERCE", {"الشرطة المصرية"}, {"أحمد ماهر"}),
                ("ACCUSE", {"منظمة العفو الدولية"}, {"الشرطة المصرية"}),
            ],
        ),
        # (what a verb of describing calls it names no one: a riot of no one named may be meant)
        (
            "أطلقت الشرطة الكينية الرصاص على الحشود. ووصف ويليام روتو ما حدث بأنه خيانة.",
            [("ASSAULT", {"الشرطة الكينية"}, set()), ("ACCUSE", {"ويليام روتو"}, set())],
        ),
    ],
)
def test_a_condemnation_of_what_happened(text: str, expected: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dismissing teachers or students (فصلت جامعة طهران أستاذ الاقتصاد، فصل 23 طالبا), closing a
        # named university
        ("قررت جامعة الأزهر فصل 23 طالبا نهائيا.", [("COERCE", {"جامعة الأزهر"}, set())]),
        (
            "أغلقت السلطات السودانية جامعة الخرطوم وجامعة السودان للعلوم والتكنولوجيا.",
            [("COERCE", {"السلطات السودانية"}, {"جامعة الخرطوم", "جامعة السودان للعلوم والتكنولوجيا"})],
        ),
        # (a season is no dismissal: فصل الصيف)
        ("ويعبره يوميا آلاف المسافرين في فصل الصيف.", []),
    ],
)
def test_dismissals_and_universities_closed(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a host goes on as the subject of the next verb; "the guest minister" is the visitor just told
        (
            "وصل وزير العلوم الروسي فاليري فالكوف إلى كاراكاس. واستقبل الرئيس نيكولاس مادورو الوزير الضيف "
            "في قصر ميرافلوريس، وأشاد بتضامن روسيا.",
            [("CONSULT", {"فاليري فالكوف"}, {"نيكولاس مادورو"}), ("SUPPORT", {"نيكولاس مادورو"}, {"روسيا"})],
        ),
        (
            "واستقبل الرئيس نيكولاس مادورو الوزير الضيف في قصر ميرافلوريس، وأشاد بتضامن روسيا.",
            [("SUPPORT", {"نيكولاس مادورو"}, {"روسيا"})],
        ),
    ],
)
def test_a_host_of_an_unnamed_guest_goes_on(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deployment, patrols or a military presence reinforced (عزز انتشاره، تعزيز وجوده العسكري)
        (
            "وقال الجيش اللبناني في بيان إنه عزز انتشاره على طول الخط الأزرق.",
            [("MOBILIZE", {"الجيش اللبناني"}, set())],
        ),
        ("قرر حلف شمال الأطلسي تعزيز وجوده العسكري في المنطقة.", [("MOBILIZE", {"حلف شمال الأطلسي"}, set())]),
        # (ties reinforced are no deployment)
        ("وبحث الجانبان سبل تعزيز العلاقات الثنائية.", []),
    ],
)
def test_a_deployment_reinforced(text: str, expected: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause in the past perfect (الذي كان قد اتهم): the antecedent acts
        (
            "التقى شينباوم الرئيس الأمريكي دونالد ترامب، الذي كان قد اتهم المكسيك بالتقاعس.",
            [("CONSULT", {"شينباوم"}, {"دونالد ترامب"}), ("ACCUSE", {"دونالد ترامب"}, {"المكسيك"})],
        ),
        (
            "التقى شينباوم الرئيس الأمريكي دونالد ترامب الذي كان اتهم المكسيك بالتقاعس.",
            [("CONSULT", {"شينباوم"}, {"دونالد ترامب"}), ("ACCUSE", {"دونالد ترامب"}, {"المكسيك"})],
        ),
    ],
)
def test_a_relative_clause_in_the_past_perfect(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # funding naming no recipient is aid to the country it is spent in (not a town there)
        ("مولت الحكومة التركية ترميم عشرين مدرسة في سوريا.", [("AID", {"الحكومة التركية"}, {"سوريا"})]),
        ("مولت الحكومة التركية ترميم عشرين مدرسة في حلب.", []),
        # (troops sent to a country are no aid to it by this: a deployment)
        ("وأعلن أن بريطانيا سترسل 500 جندي إضافي إلى جنوب العراق.", [("MOBILIZE", {"بريطانيا"}, {"العراق"})]),
    ],
)
def test_funding_spent_in_a_country(text: str, expected: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act carried out in a relative clause on a named body (الاتحاد ... الذي نظم اعتصاما): the body's
        (
            "استجابت الوزارة لمطالب الاتحاد العام لطلبة العراق الذي نظم اعتصاما أمام مبنى الوزارة.",
            [("PROTEST", {"الاتحاد العام لطلبة العراق"}, set())],
        ),
    ],
)
def test_an_act_carried_out_in_a_relative_clause(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb joined right after an act's object is another act, no word qualifying the object
        (
            "فرقت الشرطة الإيرانية المتظاهرين واعتقلت 14 شخصا.",
            [("COERCE", {"الشرطة الإيرانية"}, set()), ("COERCE", {"الشرطة الإيرانية"}, set())],
        ),
        # (a second act noun is a qualifier's place: تجميد الأصول وحظر السفر, one sanction)
        (
            "فرض الاتحاد الأوروبي عقوبات تشمل تجميد الأصول وحظر السفر على تسعة مسؤولين روس.",
            [("SANCTION", {"الاتحاد الأوروبي"}, set())],
        ),
    ],
)
def test_a_verb_joined_after_an_acts_object(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # weapons, drugs or contraband seized (ضبطت شحنة أسلحة، ضبطت كميات من المخدرات)
        ("وأعلنت قوات التحالف أنها ضبطت شحنة أسلحة مهربة.", [("COERCE", {"قوات التحالف"}, set())]),
        ("ضبطت الشرطة المصرية كميات من المخدرات.", [("COERCE", {"الشرطة المصرية"}, set())]),
        # containers, pills and tonnes
        (
            "ضبطت الشرطة المصرية في ميناء الإسكندرية حاويتين تحويان ستة ملايين حبة كبتاغون.",
            [("COERCE", {"الشرطة المصرية"}, set())],
        ),
        ("ضبطت الشرطة المصرية أقراصا مخدرة في أسيوط.", [("COERCE", {"الشرطة المصرية"}, set())]),
        # (keeping order is no seizure: ضبط النفس)
        ("ودعت الأمم المتحدة إلى ضبط النفس.", [("REQUEST", {"الأمم المتحدة"}, set())]),
    ],
)
def test_contraband_seized(text: str, expected: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mobile telephone is no call (وهاتفه المحمول)
        (
            "وقع وزير الخارجية الفلبيني ونظيره الكويتي اتفاقية تتضمن حق العامل في الاحتفاظ بجواز سفره "
            "وهاتفه المحمول.",
            [("AGREE", {"وزير الخارجية الفلبيني"}, set())],
        ),
        (
            "وهاتف الرئيس المصري نظيره الفرنسي إيمانويل ماكرون.",
            [("CONSULT", {"الرئيس المصري"}, {"إيمانويل ماكرون"})],
        ),
    ],
)
def test_a_mobile_telephone_is_no_call(text: str, expected: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a visit to towns of one's own country meets no one told: no CONSULT
        ("زار الرئيس المصري عبد الفتاح السيسي الإسكندرية.", []),
        # (abroad it is one; and a meeting told at home is one)
        ("زار الرئيس المصري عبد الفتاح السيسي باريس.", [("CONSULT", {"عبد الفتاح السيسي"}, {"باريس"})]),
        (
            "وكان رئيس الإقليم نيجيرفان بارزاني قد زار بغداد الأسبوع الماضي، والتقى رئيس الوزراء "
            "مصطفى الكاظمي.",
            [("CONSULT", {"نيجيرفان بارزاني"}, {"مصطفى الكاظمي"})],
        ),
    ],
)
def test_a_tour_at_home_is_no_consultation(text: str, expected: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a sentence, "his conviction of" a crime (بعد إدانته بالتخابر) is no condemnation
        (
            "قضت محكمة جنايات القاهرة بالسجن المشدد 15 عاما على المهندس طارق عبد الحميد، بعد إدانته "
            "بالتخابر مع جهاز الموساد الإسرائيلي.",
            [("SANCTION", {"محكمة جنايات القاهرة"}, {"طارق عبد الحميد"})],
        ),
        # (his condemnation of an act, with ل, stays one)
        (
            "اعتقلت الشرطة المصرية أحمد ماهر. وأعلنت منظمة العفو الدولية بعد إدانتها للاعتقال أنها "
            "ستتابع القضية.",
            [
                ("COERCE", {"الشرطة المصرية"}, {"أحمد ماهر"}),
                ("ACCUSE", {"منظمة العفو الدولية"}, {"الشرطة المصرية"}),
            ],
        ),
    ],
)
def test_a_conviction_after_a_sentence_is_no_condemnation(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stance on "the incident" is against the agent of the last act of force told, not of a sanction
        (
            "اقتحمت الشرطة الإكوادورية السفارة المكسيكية في كيتو. وقطعت المكسيك العلاقات مع الإكوادور. "
            "ودانت منظمة الدول الأمريكية الحادث.",
            [
                ("ASSAULT", {"الشرطة الإكوادورية"}, {"السفارة المكسيكية"}),
                ("SANCTION", {"المكسيك"}, {"الإكوادور"}),
                ("ACCUSE", {"منظمة الدول الأمريكية"}, {"الشرطة الإكوادورية"}),
            ],
        ),
        (
            "قصفت القوات الروسية برج التلفزيون في كييف. ووصفت الخارجية الأوكرانية الحادثة بأنها جريمة حرب.",
            [
                ("ASSAULT", {"القوات الروسية"}, {"كييف"}),
                ("ACCUSE", {"الخارجية الأوكرانية"}, {"القوات الروسية"}),
            ],
        ),
        # ... and so is one on a deed called a terrorist or cowardly one (العمل الإرهابي)
        (
            "شن تنظيم داعش هجوما على دورية للجيش العراقي في كركوك. "
            'ونددت الحكومة الفرنسية بـ"العمل الإرهابي".',
            [
                ("ASSAULT", {"تنظيم داعش"}, {"الجيش العراقي"}),
                ("ACCUSE", {"الحكومة الفرنسية"}, {"تنظيم داعش"}),
            ],
        ),
        (
            "شن تنظيم داعش هجوما على دورية للجيش العراقي في كركوك. وأدانت الحكومة الفرنسية العمل الجبان.",
            [
                ("ASSAULT", {"تنظيم داعش"}, {"الجيش العراقي"}),
                ("ACCUSE", {"الحكومة الفرنسية"}, {"تنظيم داعش"}),
            ],
        ),
        # (an inquiry into the incident accuses no one)
        (
            "اقتحمت الشرطة الإكوادورية السفارة المكسيكية في كيتو. وفتحت منظمة الدول الأمريكية تحقيقا في "
            "الحادث.",
            [
                ("ASSAULT", {"الشرطة الإكوادورية"}, {"السفارة المكسيكية"}),
                ("ACCUSE", {"منظمة الدول الأمريكية"}, set()),
            ],
        ),
    ],
)
def test_a_stance_on_the_incident_is_against_the_last_act_of_force(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stance's object after ب right after its subject's name, past any title before the name
        # (المالي is no title word: "financial" too)
        (
            "وأشاد الرئيس المالي إبراهيم بوبكر كيتا بالجزائر لرعايتها المفاوضات.",
            [("SUPPORT", {"إبراهيم بوبكر كيتا"}, {"الجزائر"})],
        ),
        # a place after ب further on is where: no target
        ("واحتفل الرئيس المالي إبراهيم بوبكر كيتا بالعيد في باماكو.", []),
    ],
)
def test_a_place_after_ba_right_after_the_subject_is_the_stance_object(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adjective of the subject its name leaves out (المؤقتة) stands between the verb and its object
        (
            "وقع الرئيس الروسي فلاديمير بوتين معاهدة ضم شبه جزيرة القرم إلى روسيا. واعتبرت الحكومة "
            "الأوكرانية المؤقتة الخطوة «سرقة للأراضي».",
            [
                ("AGREE", {"فلاديمير بوتين"}, {"القرم"}),
                ("ACCUSE", {"الحكومة الأوكرانية"}, {"فلاديمير بوتين"}),
            ],
        ),
        (
            "أعلنت إثيوبيا إغلاق حدودها مع السودان. وانتقدت الحكومة السودانية الانتقالية القرار.",
            [
                ("COERCE", {"إثيوبيا"}, {"السودان"}),
                ("ACCUSE", {"الحكومة السودانية"}, {"إثيوبيا"}),
            ],
        ),
        # a party's: المعارض (not المعارضة, the opposition as an object)
        (
            "أعلنت إثيوبيا إغلاق حدودها مع السودان. واستنكر حزب الأمة القومي المعارض القرار.",
            [
                ("COERCE", {"إثيوبيا"}, {"السودان"}),
                ("ACCUSE", {"حزب الأمة القومي"}, {"إثيوبيا"}),
            ],
        ),
    ],
)
def test_an_adjective_of_the_subject_comes_before_the_object(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a law passed or a resolution adopted is the decision a stance is on, by who passed it
        (
            "أقر الكنيست الإسرائيلي قانونين يحظران عمل الأونروا في إسرائيل. وندد المفوض العام للأونروا "
            "فيليب لازاريني بالقرار.",
            [("ACCUSE", {"فيليب لازاريني"}, {"الكنيست الإسرائيلي"})],
        ),
        (
            "تبنى مجلس الأمن الدولي قرارا بتمديد ولاية البعثة. ورحبت الحكومة الصومالية بالقرار.",
            [("SUPPORT", {"الحكومة الصومالية"}, {"مجلس الأمن الدولي"})],
        ),
    ],
)
def test_a_law_passed_is_the_decision_a_stance_is_on(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an origin told with a nationality before a name (الفرنسي من أصل مغربي) is part of its title: the
        # name is the one sentenced, no genitive of "origin"
        (
            "أصدرت محكمة الجنايات الخاصة في باريس، مساء الجمعة، حكما بالسجن 30 عاما على الفرنسي من أصل "
            "مغربي ياسين بنعلي.",
            [("SANCTION", {"محكمة الجنايات الخاصة"}, {"ياسين بنعلي"})],
        ),
        (
            "اعتقلت الشرطة الألمانية البريطاني من أصل باكستاني أحمد خان.",
            [("COERCE", {"الشرطة الألمانية"}, {"أحمد خان"})],
        ),
    ],
)
def test_an_origin_before_a_name_is_part_of_its_title(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name told after "called" (يدعى) takes the preposition of the noun it names
        (
            "أصدرت المحكمة الابتدائية في باماكو، الخميس، حكما بالسجن خمس سنوات على تاجر جملة يدعى موسى "
            "كوليبالي.",
            [("SANCTION", {"المحكمة الابتدائية"}, {"موسى كوليبالي"})],
        ),
        (
            "أصدرت المحكمة الابتدائية في باماكو حكما بالسجن خمس سنوات على تاجر تدعى شركته الأمل.",
            [("SANCTION", {"المحكمة الابتدائية"}, set())],
        ),
    ],
)
def test_a_name_after_called_takes_the_preposition_of_the_noun(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verbal noun of arrest alone, on people not named, is an arrest by who announced it
        (
            "أعلنت وزارة الداخلية البحرينية القبض على ثمانية أشخاص شاركوا في أعمال شغب.",
            [("COERCE", {"وزارة الداخلية البحرينية"}, set())],
        ),
        # (a warrant of arrest stays an accusation, its object no arrest of its own)
        (
            "أصدرت المحكمة الجنائية الدولية مذكرة القبض على عمر البشير.",
            [("ACCUSE", {"المحكمة الجنائية الدولية"}, {"عمر البشير"})],
        ),
    ],
)
def test_the_verbal_noun_of_arrest_alone_is_an_arrest(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb of arrest with على before people counted and not named is an arrest all the same
        (
            "وفي عملية متابعة، قبضت المديرية العامة لمكافحة المخدرات على ثلاثة مقيمين في مدينة الرياض.",
            [("COERCE", {"المديرية العامة لمكافحة المخدرات"}, set())],
        ),
        # (not with no count after على: قبض على السلطة is no arrest)
        ("قبضت الحركة على السلطة في البلاد.", []),
    ],
)
def test_an_arrest_of_people_counted_is_coded(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # local orders: a curfew written تجوال, assemblies banned, closing written غلق, mayors removed
        (
            "أعلنت السلطات السودانية حظر تجوال ليلي في مدينة نيالا.",
            [("COERCE", {"السلطات السودانية"}, set())],
        ),
        (
            "وحظرت السلطات السودانية التجمعات العامة لمدة أسبوع.",
            [("COERCE", {"السلطات السودانية"}, set())],
        ),
        (
            "وأمر والي الجزائر محمد عبد النور رابحي بغلق 14 مطعما.",
            [("COERCE", {"محمد عبد النور رابحي"}, set())],
        ),
        ("وأعلنت السلطات التونسية غلق المعبر الحدودي.", [("COERCE", {"السلطات التونسية"}, set())]),
        (
            "أقالت وزارة الداخلية التركية عمدة إسطنبول أكرم إمام أوغلو.",
            [("COERCE", {"وزارة الداخلية التركية"}, {"أكرم إمام أوغلو"})],
        ),
        # (a minister dismissed by his own government is no coercion)
        ("أقال الرئيس التونسي قيس سعيد وزير الدفاع.", []),
    ],
)
def test_local_orders_and_removals_are_coercion(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bombers and fighter jets sent to another country are a deployment
        ("أرسلت روسيا قاذفتين استراتيجيتين إلى فنزويلا.", [("MOBILIZE", {"روسيا"}, {"فنزويلا"})]),
        ("أرسلت الولايات المتحدة مقاتلات إلى بولندا.", [("MOBILIZE", {"الولايات المتحدة"}, {"بولندا"})]),
    ],
)
def test_bombers_sent_abroad_are_a_deployment(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural verb does not go on with a body of a feminine head told before: its subject is others
        (
            "أطلقت شرطة جنوب إفريقيا الرصاص المطاطي لتفريق مئات من سكان بلدة ماميلودي أغلقوا الطرق "
            "بالإطارات المشتعلة. واتهموا بلدية تشواني بالفساد.",
            [("ASSAULT", {"شرطة جنوب إفريقيا"}, set())],
        ),
        # (but one named as the genitive of the people who act, its students, does)
        (
            "نفذ طلاب الجامعة اللبنانية اعتصاما أمام مبنى الإدارة، وطالبوا وزير التربية أكرم شهيب بالتراجع "
            "عن القرار.",
            [
                ("PROTEST", {"الجامعة اللبنانية"}, set()),
                ("REQUEST", {"الجامعة اللبنانية"}, {"أكرم شهيب"}),
            ],
        ),
    ],
)
def test_a_plural_verb_does_not_go_on_with_a_feminine_body(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a meeting that tells when the deed was done is no object that stops the scan for the deed's
        (
            "ووقع وزير الخارجية الأردني أيمن الصفدي ونظيره العراقي فؤاد حسين في ختام اللقاء مذكرة تفاهم.",
            [("AGREE", {"أيمن الصفدي", "فؤاد حسين"}, set())],
        ),
        (
            "ووقعت مصر والسودان خلال المباحثات اتفاقية للتعاون الزراعي.",
            [("AGREE", {"مصر", "السودان"}, set()), ("CONSULT", {"مصر"}, {"السودان"})],
        ),
        # (but a visit that names its visitor still does: he is no party to what is signed)
        (
            "ووقعت روسيا والصين خلال زيارة الرئيس الصيني شي جين بينغ إلى موسكو 20 اتفاقية.",
            [("CONSULT", {"شي جين بينغ"}, {"روسيا"}), ("AGREE", {"روسيا"}, {"الصين"})],
        ),
    ],
)
def test_a_meeting_that_tells_when_does_not_stop_the_object(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the two ministers" after a meeting of two persons are the two who met
        (
            "استقبل وزير الثقافة الأردني محمد أبو رمان أمس وزير الثقافة العراقي عبد الأمير الحمداني. "
            "ووقع الوزيران مذكرة تفاهم للتعاون الثقافي.",
            [
                ("CONSULT", {"عبد الأمير الحمداني"}, {"محمد أبو رمان"}),
                ("AGREE", {"محمد أبو رمان"}, {"عبد الأمير الحمداني"}),
            ],
        ),
        # (not two countries: the ministers are persons)
        (
            "استقبلت مصر وفدا من السودان. ووقع الوزيران مذكرة تفاهم.",
            [("CONSULT", {"السودان"}, {"مصر"}), ("AGREE", {"مصر"}, set())],
        ),
    ],
)
def test_the_two_ministers_are_the_two_who_met(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an executive programme signed is an agreement, as an accord or a memorandum is
        (
            "وقع وزير الثقافة الأردني محمد أبو رمان ووزير الثقافة العراقي عبد الأمير الحمداني "
            "برنامجا تنفيذيا للتعاون الثقافي.",
            [("AGREE", {"محمد أبو رمان", "عبد الأمير الحمداني"}, set())],
        ),
        ("وقعت مصر والأردن برامج للتعاون في مجال النقل.", [("AGREE", {"مصر", "الأردن"}, set())]),
    ],
)
def test_a_programme_signed_is_an_agreement(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "club" before a club's name is its kind, as "party" or "group" is: the name after it is the subject
        ("اتهم نادي الزمالك اتحاد الكرة بالتحيز.", [("ACCUSE", {"الزمالك"}, {"اتحاد الكرة"})]),
        (
            "قاطع نادي شباب بلوزداد الجزائري مباراته أمام الوداد الرياضي.",
            [("PROTEST", {"شباب بلوزداد"}, set())],
        ),
    ],
)
def test_a_club_named_with_its_kind_is_the_subject(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # students of a body named after the verb: the body stands for its people
        (
            "اتهم طلاب جامعة بغداد وزارة التعليم العالي بالتقصير.",
            [("ACCUSE", {"جامعة بغداد"}, {"وزارة التعليم العالي"})],
        ),
        ("اعتصم طلاب جامعة بغداد أمام مبنى الوزارة.", [("PROTEST", {"جامعة بغداد"}, set())]),
        # (but after a verb whose object they are, they are what was acted on)
        ("اعتقلت الشرطة طلاب جامعة بغداد.", [("COERCE", set(), {"جامعة بغداد"})]),
    ],
)
def test_students_act_for_their_body(text: str, expected: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "application" and "platform" before a name are its kind: the name is what was acted on
        (
            "فرضت هيئة حماية البيانات الأيرلندية غرامة قدرها 600 مليون يورو على تطبيق تيك توك بسبب نقل "
            "بيانات.",
            [("SANCTION", {"هيئة حماية البيانات الأيرلندية"}, {"تيك توك"})],
        ),
        # (a name the knowledge base knows is found either way)
        ("حجبت السلطات التركية منصة ديسكورد.", [("COERCE", {"السلطات التركية"}, {"ديسكورد"})]),
    ],
)
def test_an_application_named_with_its_kind_is_acted_on(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


def test_two_companies_named_with_their_kind_are_acted_on() -> None:
    # "the two companies" (شركتي) before their names is their kind, as "the two movements" is
    text = "وفرضت هيئة الاتصالات غرامات بلغ مجموعها 12 مليون ريال على شركتي موبايلي وزين السعودية."
    assert coded_roles(text) == [("SANCTION", {"هيئة الاتصالات"}, {"موبايلي", "زين السعودية"})]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ban or a suspension of flights to or from a country is a sanction of that country
        (
            "فرضت بريطانيا حظرا على الرحلات القادمة من جنوب أفريقيا.",
            [("SANCTION", {"بريطانيا"}, {"جنوب أفريقيا"})],
        ),
        (
            "أعلن الرئيس الروسي فلاديمير بوتين تعليق جميع الرحلات الجوية من روسيا إلى مصر.",
            [("SANCTION", {"فلاديمير بوتين"}, {"مصر"})],
        ),
        # (not the banning country's own, nor a town)
        ("أعلنت روسيا تعليق الرحلات من روسيا إلى شرم الشيخ.", [("COERCE", {"روسيا"}, set())]),
    ],
)
def test_flights_banned_to_a_country_sanction_it(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


def test_an_envoy_of_an_office_holder_is_named_after_both_titles() -> None:
    # the envoy of the Secretary-General: the name after the two titles is the envoy's, and he acts
    text = "ودعا المبعوث الشخصي للأمين العام للأمم المتحدة رمطان لعمامرة الحكومة السودانية إلى الحوار."
    doc = extract_text(text)
    envoy = next(e for e in doc.entities if e.name == "رمطان لعمامرة")
    assert [m.text for m in envoy.mentions] == ["رمطان لعمامرة"]
    assert coded_roles(text) == [("REQUEST", {"رمطان لعمامرة"}, {"الحكومة السودانية"})]


def test_a_sea_is_where_forces_are_sent() -> None:
    # the Baltic Sea, now in the gazetteer, is the destination of a deployment
    expected = [("MOBILIZE", {"ألمانيا"}, {"بحر البلطيق"})]
    assert coded_roles("وأرسلت ألمانيا فرقاطتين إلى بحر البلطيق.") == expected


def test_a_suspension_of_flights_made_a_sanction_keeps_no_coercion_mode() -> None:
    doc = extract_text("أعلن الرئيس الروسي فلاديمير بوتين تعليق جميع الرحلات الجوية من روسيا إلى مصر.")
    (ev,) = doc.events
    assert ev.type == "SANCTION" and ev.mode in (None, *ontology()["types"]["SANCTION"]["modes"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's bare head that tells again none named before is the unnamed subject, not the
        # company named after it (واتهمت النقابة الشركة)
        (
            "أضرب العمال في شركة سامسونج. واتهمت النقابة الشركة بعرقلة المفاوضات.",
            [("ACCUSE", set(), {"سامسونج"})],
        ),
        # an office-holder's title the text does not name, a body after it: its object
        (
            "أضرب العمال في شركة سامسونج. واتهم الوزير الشركة بعرقلة المفاوضات.",
            [("ACCUSE", set(), {"سامسونج"})],
        ),
        # (but a body of the title before the holder's name is no object)
        (
            "قصفت الولايات المتحدة مواقع الحوثيين. "
            "وهدد القيادي في الجماعة محمد علي الحوثي بأن واشنطن ستدفع الثمن.",
            [("ASSAULT", {"الولايات المتحدة"}, {"الحوثيين"}), ("THREATEN", {"محمد علي الحوثي"}, {"واشنطن"})],
        ),
        # (with an adjective after it, the head may be the object: the subject goes on)
        (
            "ونددت مفوضية الاتحاد الأفريقي بالانقلاب، وطالبت المؤسسة العسكرية بالعودة إلى ثكناتها.",
            [("ACCUSE", {"مفوضية الاتحاد الأفريقي"}, set()), ("REQUEST", {"مفوضية الاتحاد الأفريقي"}, set())],
        ),
    ],
)
def test_an_unnamed_body_told_by_its_head_is_no_actor_after_it(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert [e for e in coded_roles(text) if e[0] != "PROTEST"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a call or a threat made to "him": the person named last before, in the sentence before too,
        # past the body of the one who calls
        (
            "استقبل الرئيس إبراهيم تراوري المنسقة المقيمة للأمم المتحدة كارول فلوري. "
            "وطالبته فلوري بضمان حماية العاملين.",
            [
                ("CONSULT", {"إبراهيم تراوري", "كارول فلوري"}),
                ("REQUEST", {"كارول فلوري"}, {"إبراهيم تراوري"}),
            ],
        ),
        # (not the ه of "what": أقل مما طلبته بغداد)
        (
            "وطالبت وزارة المالية العراقية بقروض. وتعهدت الدول بتقديم قروض، أقل بكثير مما طلبته بغداد.",
            [("REQUEST", {"وزارة المالية العراقية"}, set()), ("REQUEST", {"بغداد"}, set())],
        ),
    ],
)
def test_a_call_to_him_is_made_to_the_person_named_before(text: str, expected: list[tuple]) -> None:
    got = [(t, s | g) if t in SYMMETRIC else (t, s, g) for t, s, g in coded_roles(text) if t != "AID"]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people counted and acted on, of a country named after من, or after "more than" a count
        ("رحلت السلطات اللبنانية 120 لاجئا من سوريا.", [("COERCE", {"السلطات اللبنانية"}, {"سوريا"})]),
        ("اعتقلت الشرطة التركية آلاف المهاجرين من سوريا.", [("COERCE", {"الشرطة التركية"}, {"سوريا"})]),
        (
            "أعلنت السلطات الإيرانية ترحيل أكثر من 5 آلاف مهاجر أفغاني عبر الحدود مع أفغانستان.",
            [("COERCE", {"السلطات الإيرانية"}, {"أفغانستان"})],
        ),
        # (a time between the subject and them)
        (
            "رحلت السلطات الإيرانية خلال الأسبوع الماضي 300 لاجئ أفغاني. وبحث الوزير مع سفير أفغانستان.",
            [("COERCE", {"السلطات الإيرانية"}, {"أفغانستان"})],
        ),
        (
            "رحل جهاز مكافحة الهجرة في بنغازي 1,300 مهاجر مصري. ويعبر آلاف الشبان من مصر إلى ليبيا.",
            [("COERCE", {"جهاز مكافحة الهجرة"}, {"مصر"})],
        ),
        (
            "اعتقلت الشرطة التركية أمس 12 مواطنا سوريا. واحتجت سوريا على ذلك.",
            [("COERCE", {"الشرطة التركية"}, {"سوريا"}), ("ACCUSE", {"سوريا"}, set())],
        ),
        # (not a town, nor a body's own forces uncounted: سحب قواتها من مالي)
        ("اعتقلت الشرطة العراقية 20 شخصا من الموصل.", [("COERCE", {"الشرطة العراقية"}, set())]),
        ("أعلنت فرنسا سحب قواتها من مالي.", [("RETREAT", {"فرنسا"}, set())]),
    ],
)
def test_people_counted_are_of_the_country_named_after_them(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title's office of three or four words the titles do not list, then its holder: the subject
        (
            "طالب وزير المجاهدين وذوي الحقوق العيد ربيقة فرنسا بتحمل مسؤوليتها.",
            [("REQUEST", {"العيد ربيقة"}, {"فرنسا"})],
        ),
        (
            "ودعا الأمين التنفيذي لاتفاقية الأمم المتحدة الإطارية بشأن تغير المناخ سايمون ستيل الأطراف إلى "
            "تسريع العمل.",
            [("REQUEST", {"سايمون ستيل"}, set())],
        ),
    ],
)
def test_a_title_with_a_long_office_names_its_holder_as_subject(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # helicopters, patrol boats and equipment handed to another are given
        ("سلمت واشنطن عمّان 12 مروحية من طراز بلاك هوك.", ("AID", "military", {"واشنطن"}, {"عمّان"})),
        (
            "سلمت إيطاليا خفر السواحل الليبي أول زورق دورية من أصل خمسة زوارق.",
            ("AID", "military", {"إيطاليا"}, {"خفر السواحل الليبي"}),
        ),
        (
            "وكانت الوكالة الدولية للطاقة الذرية قد سلمت ليبيا معدات لقياس الإشعاع.",
            ("AID", None, {"الوكالة الدولية للطاقة الذرية"}, {"ليبيا"}),
        ),
    ],
)
def test_equipment_handed_over_is_aid(
    text: str, expected: tuple[str, str | None, set[str], set[str]]
) -> None:
    doc = extract_text(text)
    assert [(e.type, e.mode, names(doc, e.source), names(doc, e.target)) for e in doc.events] == [expected]


def test_goods_a_firm_delivers_are_handed_over_not_given() -> None:
    text = "سلمت شركة ستادلر السويسرية 20 قاطرة كهربائية إلى السكك الحديدية الأوكرانية."
    assert [e.type for e in extract_text(text).events] == ["COOPERATE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "them" handed over right after their release: the release, to the recipient
        (
            "أفرجت حركة حماس عن عشرة رهائن كانوا محتجزين في غزة، وسلمتهم إلى اللجنة الدولية للصليب الأحمر.",
            [("RETREAT", {"حركة حماس"}, {"اللجنة الدولية للصليب الأحمر"})],
        ),
        # (a hand-over of someone named is an act of its own)
        (
            "أفرجت السلطات العراقية عن عشرة معتقلين، وسلمت قوات سوريا الديمقراطية بغداد 50 مشتبها.",
            [("RETREAT", {"السلطات العراقية"}, set()), ("COOPERATE", {"قوات سوريا الديمقراطية"}, {"بغداد"})],
        ),
    ],
)
def test_those_let_go_and_handed_over_are_one_release(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


def test_cooperation_thanks_are_given_for_is_no_act_of_its_own() -> None:
    doc = extract_text("وشكر الوزير عثمان الفردوس مدريد على تعاونها.")
    assert [(ev.type, names(doc, ev.source), names(doc, ev.target)) for ev in doc.events] == [
        ("SUPPORT", {"عثمان الفردوس"}, {"مدريد"})
    ]


def test_a_missile_launched_is_no_event_but_what_its_condemnation_refers_to() -> None:
    # a launch moves no forces (MOBILIZE is a move of troops or police): not told, yet the act condemned
    text = "أطلقت كوريا الشمالية صاروخا باليستيا سقط في البحر. فندد مجلس الأمن الدولي بالعملية."
    assert coded_roles(text) == [("ACCUSE", {"مجلس الأمن الدولي"}, {"كوريا الشمالية"})]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "in rejection of" what ل names is why the protesters acted, told by their protest
        ("ونظم ناشطون وقفة احتجاجية أمام مجلس النواب في عمّان رفضا للمشروع.", [("PROTEST", set(), {"عمّان"})]),
        (
            "خرج مئات الآلاف من الجزائريين في مسيرات رفضا لترشح الرئيس عبد العزيز بوتفليقة لولاية خامسة.",
            [("PROTEST", set(), {"عبد العزيز بوتفليقة"})],
        ),
        # (a refusal of its own is still told: رفضت X المشروع)
        ("ورفضت الحكومة الأردنية المشروع.", [("REJECT", {"الحكومة الأردنية"}, set())]),
    ],
)
def test_in_rejection_of_is_the_purpose_of_a_protest(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a crowd taking to a town's streets or a square protests; the towns are where, not whom it is
        # against, which its stance words name
        (
            "وخرج المئات إلى شوارع عمّان احتجاجا على قرار الحكومة الأردنية .",
            [("PROTEST", set(), {"الحكومة الأردنية"}, "خرج")],
        ),
        (
            "ونزل الآلاف إلى شوارع القاهرة والإسكندرية منددين بالجيش الإسرائيلي .",
            [("PROTEST", set(), {"الجيش الإسرائيلي"}, "نزل")],
        ),
        (
            "وخرج آلاف المتظاهرين إلى ميدان التحرير مطالبين بإقالة ماكرون .",
            [("PROTEST", set(), {"ماكرون"}, "خرج")],
        ),
        # the body whose branch's seat a sit-in stood before
        (
            "واعتصم العشرات أمام مقر فرع البنك المركزي المصري في الإسكندرية .",
            [("PROTEST", set(), {"البنك المركزي المصري"}, "اعتصم")],
        ),
        # (a crowd rejoicing is no protest)
        ("وخرج آلاف من أنصار حركة فتح إلى الشوارع احتفالا بالاتفاق .", []),
    ],
)
def test_a_crowd_taking_to_streets_or_a_seat_protests(
    text: str, expected: list[tuple[str, set[str], set[str], str]]
) -> None:
    doc = extract_text(text)
    assert [
        (*role, ev.trigger.text) for role, ev in zip(event_roles(doc), doc.events, strict=True)
    ] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a preposition a word spelt like an imperfect is a noun (في توقف: the halt, no "she stops")
        (
            "اتهمت جماعة الحوثي التحالف باحتجاز 15 سفينة، ما تسبب في توقف محطات الكهرباء.",
            [("ACCUSE", {"جماعة الحوثي"}, set())],
        ),
        ("وأعيد فتح المعبر بعد توقف دام أسبوعين بسبب الغارات.", []),
    ],
)
def test_an_imperfect_spelling_after_a_preposition_is_a_noun(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


def test_a_tariff_s_rate_stands_between_it_and_the_goods_it_is_on() -> None:
    # رسوما جمركية بنسبة 25 في المئة على الواردات الكولومبية: past the rate, the country of the imports
    text = (
        "رفضت كولومبيا استقبال الطائرات. "
        "وفرضت الولايات المتحدة رسوما جمركية بنسبة 25 في المئة على الواردات الكولومبية."
    )
    assert coded_roles(text)[-1] == ("SANCTION", {"الولايات المتحدة"}, {"كولومبيا"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's employees protest against it, named after the verb too
        (
            "نفذ أعوان شركة نقل تونس إضرابا عن العمل للمطالبة بصرف الأجور.",
            [("PROTEST", set(), {"شركة نقل تونس"})],
        ),
        # (but against another named, not their employer)
        (
            "اتهمت جماعة الحوثي التحالف بقيادة السعودية باحتجاز سفن الوقود. ونظم المئات من موظفي شركة النفط "
            "اليمنية وقفة احتجاجية في صنعاء ضد التحالف.",
            [("PROTEST", set(), {"التحالف بقيادة السعودية"})],
        ),
    ],
)
def test_employees_protest_against_their_employer_unless_against_another(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert [e for e in coded_roles(text) if e[0] == "PROTEST"] == expected


def test_a_corporation_is_a_kind_before_its_name_in_a_title() -> None:
    # المدير العام لمؤسسة روس آتوم X: the corporation's head is met, not the corporation
    text = "التقى الوزير محمد شاكر المدير العام لمؤسسة روس آتوم أليكسي ليخاتشوف."
    doc = extract_text(text)
    (ev,) = doc.events
    assert ev.type == "CONSULT" and names(doc, (*ev.source, *ev.target)) == {"محمد شاكر", "أليكسي ليخاتشوف"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the price one side is to get, its doer unnamed: no act done
        (
            "وكانت إيران قد وقعت الاتفاق في فيينا مع مجموعة خمسة زائد واحد، ووافقت بموجبه على تقليص"
            " أنشطتها النووية مقابل رفع العقوبات الدولية عنها.",
            [],
        ),
        (
            "وأكد عراقجي أن طهران لن تتفاوض تحت الضغط، لكنه أبدى استعدادها لتقديم ضمانات مقابل رفع العقوبات.",
            [("REJECT", {"طهران"}, set()), ("CONCEDE", {"طهران"}, set())],
        ),
        # its doer named after it: the other side of a swap
        (
            "أفرجت روسيا عن 150 جنديا أوكرانيا مقابل إفراج أوكرانيا عن 150 عسكريا روسيا.",
            [("RETREAT", {"روسيا"}, {"أوكرانيا"}), ("RETREAT", {"أوكرانيا"}, {"روسيا"})],
        ),
        # "on the other hand" (في المقابل) before a verb
        ("وفي المقابل اقتحم مسلحو حماس منزل نبيل شعث.", [("ASSAULT", {"حماس"}, {"نبيل شعث"})]),
    ],
)
def test_an_act_named_as_a_price_with_no_doer_is_no_event(text: str, expected: list) -> None:
    assert [e for e in coded_roles(text) if e[0] != "AGREE"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the asker of the request a refusal is of
        (
            "رفضت محكمة الاستئناف في إيكس أون بروفانس الفرنسية طلب الجزائر تسليم وزير الصناعة الأسبق عبد"
            " السلام بوشوارب.",
            ("REJECT", {"محكمة الاستئناف"}, {"الجزائر"}),
        ),
        # not a denial of what is asked after it
        (
            "ونفت الحكومة المصرية طلب الجزائر تسليم عبد السلام بوشوارب.",
            ("REJECT", {"الحكومة المصرية"}, set()),
        ),
    ],
)
def test_a_refusal_of_a_request_refuses_its_asker(text: str, expected: tuple) -> None:
    assert coded_roles(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a request told again by its definite noun: its asker, in the sentence before
        (
            "وطالب العقيد عاصمي غويتا ساحل العاج بتسليم معارضين ماليين. ورفضت أبيدجان الشرط، واعتبرته"
            " ابتزازا.",
            [("REJECT", {"ساحل العاج"}, {"عاصمي غويتا"})],
        ),
        # (a request with its maker told after it is that maker's; none told: no target)
        (
            "وطالب العقيد عاصمي غويتا ساحل العاج بتسليم معارضين. ورفضت أبيدجان الشرط الذي وضعته باماكو.",
            [("REJECT", {"ساحل العاج"}, {"باماكو"})],
        ),
        ("ورفضت أبيدجان الشرط، واعتبرته ابتزازا.", [("REJECT", {"أبيدجان"}, set())]),
    ],
)
def test_a_refusal_of_a_request_told_before_refuses_its_asker(text: str, expected: list) -> None:
    assert [e for e in coded_roles(text) if e[0] == "REJECT"] == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # forces moved around or to a facility named after its town: the town
        ("نشرت القوات المسلحة المصرية منظومات دفاع جوي إضافية حول محطة الضبعة النووية.", "الضبعة"),
        ("دفعت القوات المسلحة المصرية بتعزيزات إلى قاعدة سيدي براني قرب الحدود.", "سيدي براني"),
    ],
)
def test_forces_moved_to_a_facility_go_to_its_town(text: str, place: str) -> None:
    assert coded_roles(text) == [("MOBILIZE", {"القوات المسلحة المصرية"}, {place})]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ships deployed off a coast are moved to its place (the town past its region word too)
        (
            "نشرت البحرية التركية فرقاطتين قبالة سواحل قبرص.",
            [("MOBILIZE", {"البحرية التركية"}, {"قبرص"})],
        ),
        (
            "ونشرت البحرية المغربية زوارق قبالة سواحل مدينة طنجة.",
            [("MOBILIZE", {"البحرية المغربية"}, {"طنجة"})],
        ),
        # ... but a rescue off a coast helps no place
        (
            "أنقذت البحرية المغربية 40 مهاجرا قبالة سواحل مدينة طنجة.",
            [("AID", {"البحرية المغربية"}, set())],
        ),
    ],
)
def test_forces_deployed_off_a_coast_go_to_its_place(text: str, expected: list) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # on the sidelines of a meeting, between commas: where it was said, the object after it
        (
            "دعا المستشار الألماني أولاف شولتس، على هامش قمة المناخ في شرم الشيخ، الرئيس المصري عبد الفتاح"
            " السيسي إلى الإفراج عن الناشط.",
            [("REQUEST", {"أولاف شولتس"}, {"عبد الفتاح السيسي"})],
        ),
    ],
)
def test_a_call_made_on_the_sidelines_of_a_meeting_is_to_the_one_after_it(text: str, expected: list) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an arrest an operation resulted in is by those who carried it out
        (
            "أعلنت وزارة الداخلية السورية أن عملية مشتركة نفذتها مع مديرية الأمن العام الأردنية أسفرت عن"
            " اعتقال أربعة من المتورطين.",
            ("COERCE", {"وزارة الداخلية السورية", "مديرية الأمن العام الأردنية"}, set()),
        ),
        # (the town it took place in is none of them)
        (
            "نفذت وزارة العمل العراقية، بالتعاون مع وزارة الداخلية العراقية، حملة تفتيش في بغداد أسفرت عن"
            " ضبط 340 عاملا أجنبيا مخالفا.",
            ("COERCE", {"وزارة العمل العراقية", "وزارة الداخلية العراقية"}, set()),
        ),
    ],
)
def test_an_arrest_an_operation_resulted_in_is_by_those_who_did_it(text: str, expected: tuple) -> None:
    assert [e for e in coded_roles(text) if e[0] == "COERCE"] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the investigation an arrest is made in: its conductor accuses the one arrested
        (
            "اعتقلت الشرطة التركية رئيس بلدية إسطنبول أكرم إمام أوغلو في إطار تحقيق تجريه النيابة العامة.",
            [
                ("COERCE", {"الشرطة التركية"}, {"أكرم إمام أوغلو"}),
                ("ACCUSE", {"النيابة العامة"}, {"أكرم إمام أوغلو"}),
            ],
        ),
        # (an investigation no one is named as conducting accuses no one)
        (
            "اعتقلت الشرطة التركية رئيس بلدية إسطنبول أكرم إمام أوغلو في إطار تحقيق في قضايا فساد.",
            [("COERCE", {"الشرطة التركية"}, {"أكرم إمام أوغلو"})],
        ),
    ],
)
def test_the_conductor_of_the_investigation_an_arrest_is_made_in_accuses(text: str, expected: list) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # a deadline to leave is the terms of the expulsion told beside it
        (
            "طردت حكومة بوركينا فاسو ثلاثة دبلوماسيين فرنسيين، وأمهلتهم 48 ساعة لمغادرة البلاد.",
            [],
        ),
        # a deadline to act is a threat
        (
            "أمهلت المجموعة الاقتصادية لدول غرب أفريقيا المجلس العسكري الحاكم أسبوعا لإعادة الرئيس"
            " محمد بازوم.",
            ["THREATEN"],
        ),
    ],
)
def test_a_deadline_to_leave_is_no_threat(text: str, types: list[str]) -> None:
    assert [e[0] for e in coded_roles(text) if e[0] == "THREATEN"] == types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reception of things, or a welcome with no guest named: no meeting
        ("تراجع الرئيس الكولومبي غوستافو بيترو عن رفضه استقبال طائرات عسكرية أمريكية تقل مهاجرين.", []),
        ("وكان ولي العهد السعودي الأمير محمد بن سلمان في استقباله على سلم الطائرة.", []),
        # the guest named: a meeting
        (
            "وجاء ذلك خلال استقبال الرئيس عبد الفتاح السيسي رئيس الوزراء الليبي عبد الحميد الدبيبة.",
            [("CONSULT", {"عبد الحميد الدبيبة"}, {"عبد الفتاح السيسي"})],
        ),
    ],
)
def test_a_reception_is_a_meeting_only_with_its_guest_named(text: str, expected: list) -> None:
    assert [e for e in coded_roles(text) if e[0] == "CONSULT"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a war of money, trade or words uses no force
        ('واتهم مادورو الولايات المتحدة بشن "حرب اقتصادية" على فنزويلا.', []),
        ("وقد تدفع الحرب التجارية بين واشنطن وبكين الاقتصاد العالمي نحو الركود.", []),
        # a war
        ("شنت إسرائيل حربا على غزة.", [("ASSAULT", {"إسرائيل"}, {"غزة"})]),
    ],
)
def test_a_war_of_trade_or_words_is_no_attack(text: str, expected: list) -> None:
    assert [e for e in coded_roles(text) if e[0] == "ASSAULT"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an arrest joined to a seizure the same body announced, past its place and a comma
        (
            "أعلنت وزارة الداخلية السورية إحباط مخطط تخريبي في ريف دمشق، واعتقال خمسة أشخاص.",
            [("COERCE", {"وزارة الداخلية السورية"}, set())],
        ),
        (
            "أعلنت القوات المسلحة الأردنية إحباط محاولة تهريب كميات من المخدرات عبر الحدود مع سوريا،"
            " واعتقال ثلاثة مهربين.",
            [("COERCE", {"القوات المسلحة الأردنية"}, set())],
        ),
        (
            "وأعلن الجيش اللبناني ضبط شحنة أسلحة في مرفأ طرابلس، واعتقال اثنين من المهربين.",
            [("COERCE", {"الجيش اللبناني"}, set())] * 2,
        ),
        # an arrest after another's verb: not the announcer's
        ("أعلنت وزارة الداخلية السورية إحباط مخطط، ودانت الحكومة اعتقال خمسة أشخاص.", []),
    ],
)
def test_an_arrest_joined_to_an_announced_seizure_is_the_announcers(text: str, expected: list) -> None:
    assert [e for e in coded_roles(text) if e[0] == "COERCE"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verbal noun of another type joined by و to an announced act is a second act, no qualifier of
        # the first's object and no verb
        (
            "وأعلنت وزارة الداخلية الكويتية إغلاق الحدود ونشر دوريات إضافية.",
            [
                ("COERCE", {"وزارة الداخلية الكويتية"}, set()),
                ("MOBILIZE", {"وزارة الداخلية الكويتية"}, set()),
            ],
        ),
        (
            "وأعلن الجيش اللبناني إغلاق المعبر ونشر وحدات على الحدود.",
            [("COERCE", {"الجيش اللبناني"}, set()), ("MOBILIZE", {"الجيش اللبناني"}, set())],
        ),
        # policemen deployed
        (
            "وأعلن وزير الداخلية الفرنسي جيرالد دارمانان نشر 12 ألف شرطي في باريس.",
            [("MOBILIZE", {"جيرالد دارمانان"}, {"باريس"})],
        ),
        # a verb after an act a preposition governs (فندد بالعملية وفرض): the verb's
        (
            "فندد مجلس الأمن الدولي بالعملية وفرض عقوبات جديدة على بيونغ يانغ.",
            [("ACCUSE", {"مجلس الأمن الدولي"}, set()), ("SANCTION", {"مجلس الأمن الدولي"}, {"بيونغ يانغ"})],
        ),
        # measures of one sanction joined by و: one act
        (
            "فرض الاتحاد الأوروبي عقوبات تشمل تجميد الأصول وحظر السفر على تسعة مسؤولين روس.",
            [("SANCTION", {"الاتحاد الأوروبي"}, set())],
        ),
    ],
)
def test_an_act_of_another_type_joined_to_an_announced_act(text: str, expected: list) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the two sides" are the last pair that acted or faced each other, not two a preposition governs
        # (those released), the title of the first opening the pair
        (
            "أفرجت جماعة الحوثيين والحكومة اليمنية عن نحو 900 محتجز. وأفرج الحوثيون عن وزير الدفاع الأسبق"
            " محمود الصبيحي وناصر منصور هادي. وكان الطرفان قد اتفقا على الصفقة.",
            [("AGREE", {"جماعة الحوثيين", "الحكومة اليمنية"}, set())],
        ),
        # (a pair after بين is one)
        (
            "وجرت محادثات بين الحكومة السودانية وقوات الدعم السريع. وأفرجت السلطات عن الناشطين محمد علي وأحمد"
            " حسن. ثم اتفق الطرفان على هدنة.",
            [("AGREE", {"الحكومة السودانية", "قوات الدعم السريع"}, set())],
        ),
    ],
)
def test_the_two_sides_are_no_pair_a_preposition_governs(text: str, expected: list) -> None:
    assert [e for e in coded_roles(text) if e[0] == "AGREE"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces moved before an act told after "after" with its own actors: not to those actors
        (
            "ونشر الجيش البنغالي وحداته في شوارع دكا بعد اقتحام محتجين مقر إقامة حسينة.",
            [("MOBILIZE", {"الجيش البنغالي"}, {"دكا"})],
        ),
        (
            "وأرسل الجيش اللبناني تعزيزات إثر هجوم شنه مسلحون على مقر حزب الكتائب.",
            [("MOBILIZE", {"الجيش اللبناني"}, set())],
        ),
        # (the act's own place is named before it)
        (
            "وأرسل الجيش اللبناني تعزيزات إلى طرابلس بعد اشتباكات بين مسلحين.",
            [("MOBILIZE", {"الجيش اللبناني"}, {"طرابلس"})],
        ),
    ],
)
def test_forces_moved_before_an_act_told_after_them(text: str, expected: list) -> None:
    assert [e for e in coded_roles(text) if e[0] == "MOBILIZE"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a visit during which the visitor did a joint act, told before it, with a person of no visitor's
        # country: a meeting with that host
        (
            "الرباط – وقع وزير التربية الوطنية المغربي سعيد أمزازي ووزير التربية الفرنسي جان ميشيل بلانكي"
            " اتفاقية لتطوير التعليم المهني، خلال زيارة يجريها بلانكي إلى المغرب تستمر يومين.",
            [("CONSULT", {"جان ميشيل بلانكي"}, {"سعيد أمزازي"})],
        ),
        # (no joint act: the country visited)
        (
            "وأشاد وزير التربية الفرنسي جان ميشيل بلانكي بالإصلاحات خلال زيارة يجريها إلى المغرب.",
            [("CONSULT", {"جان ميشيل بلانكي"}, {"المغرب"})],
        ),
    ],
)
def test_a_visit_meets_the_partner_of_a_joint_act_told_before_it(text: str, expected: list) -> None:
    assert [e for e in coded_roles(text) if e[0] == "CONSULT"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a strike waged (خاض) or entered (دخل) is its subject's
        ("وخاض الصحفي المصري هشام عبد الحليم إضرابا عن الطعام.", [("PROTEST", {"هشام عبد الحليم"}, set())]),
        (
            "خاض الاتحاد العام التونسي للشغل إضرابا عاما.",
            [("PROTEST", {"الاتحاد العام التونسي للشغل"}, set())],
        ),
        (
            "دخل المعتقل الصحراوي محمد لمين هدي إضرابا مفتوحا عن الطعام في سجن تيفلت.",
            [("PROTEST", {"محمد لمين هدي"}, set())],
        ),
    ],
)
def test_a_strike_waged_is_its_subjects(text: str, expected: list) -> None:
    assert [e for e in coded_roles(text) if e[0] == "PROTEST"] == expected


def test_a_founder_is_a_title_before_the_one_acted_on() -> None:
    text = "وفرضت ليتوانيا حظر دخول على مؤسس الحزب الحاكم بيدزينا إيفانيشفيلي ومسؤولين آخرين."
    assert [e for e in coded_roles(text) if e[0] == "SANCTION"] == [
        ("SANCTION", {"ليتوانيا"}, {"بيدزينا إيفانيشفيلي"})
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a detention renewed or extended by the body that decided it
        (
            "قررت نيابة أمن الدولة العليا تجديد حبس الباحث أحمد سمير سنطاوي 15 يوما.",
            [("COERCE", {"نيابة أمن الدولة العليا"}, {"أحمد سمير سنطاوي"})],
        ),
        (
            "وقررت النيابة العامة تمديد احتجاز الصحافي كاروان عثمان عشرة أيام.",
            [("COERCE", {"النيابة العامة"}, {"كاروان عثمان"})],
        ),
    ],
)
def test_a_detention_renewed_is_the_deciders(text: str, expected: list) -> None:
    assert [e for e in coded_roles(text) if e[0] == "COERCE"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a description between commas after the one handed over, then إلى and the recipient
        (
            "سلمت السلطات التونسية الناشط الجزائري سليمان بوحفص، الحاصل على صفة لاجئ من المفوضية السامية"
            " للأمم المتحدة لشؤون اللاجئين، إلى السلطات الجزائرية.",
            [("COOPERATE", {"السلطات التونسية"}, {"السلطات الجزائرية"})],
        ),
        (
            "سلمت السلطات التونسية الناشط الجزائري سليمان بوحفص إلى السلطات الجزائرية.",
            [("COOPERATE", {"السلطات التونسية"}, {"السلطات الجزائرية"})],
        ),
    ],
)
def test_a_hand_over_past_a_description_between_commas(text: str, expected: list) -> None:
    assert [e for e in coded_roles(text) if e[0] == "COOPERATE"] == expected


def test_two_hostages_stand_for_the_pair_released_before() -> None:
    text = (
        "أطلقت جماعة نصرة الإسلام والمسلمين سراح زعيم المعارضة المالية سومايلا سيسي والرهينة الفرنسية صوفي"
        " بترونين. واستقبل رئيس المرحلة الانتقالية باه نداو الرهينتين المحررين في القصر الرئاسي."
    )
    assert [e for e in coded_roles(text) if e[0] == "CONSULT"] == [
        ("CONSULT", {"سومايلا سيسي", "صوفي بترونين"}, {"باه نداو"})
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a report, like a statement, where the stance was taken: the name after it is the object
        "وانتقدت اللجنة الأوروبية لمنع التعذيب في تقريرها السلطات البلجيكية بسبب الاكتظاظ.",
        "وانتقدت اللجنة الأوروبية لمنع التعذيب في بيانها السلطات البلجيكية بسبب الاكتظاظ.",
    ],
)
def test_a_report_where_a_stance_is_taken_owns_no_object(text: str) -> None:
    assert [e for e in coded_roles(text) if e[0] == "ACCUSE"] == [
        ("ACCUSE", {"اللجنة الأوروبية لمنع التعذيب"}, {"السلطات البلجيكية"})
    ]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a complaint or a note, like a statement, where a demand or a charge was made: the name after
        # it is the verb's object, no genitive of it
        (
            "وطالبت الكويت في الشكوى مجلس الأمن بإلزام العراق بوقف الانتهاكات.",
            ("REQUEST", {"الكويت"}, {"مجلس الأمن"}),
        ),
        ("واتهمت الجزائر في مذكرة المغرب بانتهاك الاتفاق.", ("ACCUSE", {"الجزائر"}, {"المغرب"})),
    ],
)
def test_a_complaint_where_a_demand_is_made_owns_no_object(text: str, coded: tuple) -> None:
    assert [e for e in coded_roles(text) if e[0] == coded[0]] == [coded]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # readiness to hold a meeting or to discuss a matter with another side agrees to talks with it
        (
            "وأبدى الرئيس الفرنسي إيمانويل ماكرون استعداده لعقد اجتماع مع فلاديمير بوتين.",
            ("AGREE", {"إيمانويل ماكرون"}, {"فلاديمير بوتين"}),
        ),
        ("وأبدت الحكومة الليبية استعدادها لمناقشة الخلاف مع مصر.", ("AGREE", {"الحكومة الليبية"}, {"مصر"})),
    ],
)
def test_readiness_to_meet_or_discuss_agrees_with_the_other_side(text: str, coded: tuple) -> None:
    assert [e for e in coded_roles(text) if e[0] == "AGREE"] == [coded]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # "in return" between the subject and the object leaves the object the verb's
        ("واتهمت الصين في المقابل الفلبين بانتهاك سيادتها.", ("ACCUSE", {"الصين"}, {"الفلبين"})),
        ("وطالبت روسيا في المقابل أوكرانيا بالانسحاب من المنطقة.", ("REQUEST", {"روسيا"}, {"أوكرانيا"})),
    ],
)
def test_in_return_between_subject_and_object(text: str, coded: tuple) -> None:
    assert [e for e in coded_roles(text) if e[0] == coded[0]] == [coded]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a demand told with the meeting or call it was made at between commas is made to whom was met
        (
            "ودعا الرئيس قيس سعيد، خلال لقائه وزير النقل رشيد عامري، إلى إصلاح القطاع.",
            ("REQUEST", {"قيس سعيد"}, {"رشيد عامري"}),
        ),
        (
            "وطالب الرئيس الفرنسي إيمانويل ماكرون، في اتصال هاتفي مع الرئيس الإيراني مسعود بزشكيان، بالإفراج"
            " عن الرهائن.",
            ("REQUEST", {"إيمانويل ماكرون"}, {"مسعود بزشكيان"}),
        ),
    ],
)
def test_a_demand_at_a_meeting_is_made_to_whom_was_met(text: str, coded: tuple) -> None:
    assert [e for e in coded_roles(text) if e[0] == "REQUEST"] == [coded]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a judged object's nationality names whose act or stance it is
        (
            "وانتقد صندوق النقد الدولي قيود التصدير الهندية، فيما قالت الهند إنها مؤقتة.",
            ("ACCUSE", {"صندوق النقد الدولي"}, {"الهند"}),
        ),
        ("ورحبت مصر، في بيان، بالقرار السعودي. وقالت السعودية إن", ("SUPPORT", {"مصر"}, {"السعودية"})),
        # and the nationalities joined to it
        (
            "توصلت مصر وقطر إلى اتفاق مع إسرائيل. ورحب الوزير جان نويل بارو بالجهود المصرية والقطرية.",
            ("SUPPORT", {"جان نويل بارو"}, {"مصر", "قطر"}),
        ),
        # not where the text names no such country, nor a denial's object
        ("وانتقد صندوق النقد الدولي قيود التصدير الهندية.", ("ACCUSE", {"صندوق النقد الدولي"}, set())),
        (
            "اتهمت دمشق أنقرة بدعم الإرهاب. ورفضت الخارجية التركية الاتهامات السورية.",
            ("REJECT", {"الخارجية التركية"}, set()),
        ),
    ],
)
def test_a_stance_on_an_object_of_a_nationality_is_on_its_country(
    text: str, coded: tuple[str, set[str], set[str]]
) -> None:
    assert coded in coded_roles(text)


def test_a_dual_verb_after_a_meeting_has_the_two_who_met_as_subject_not_a_pair_named_before() -> None:
    coded = coded_roles(
        "اشترت المؤسسة القمح من شركات بينها بونغي ولويس دريفوس. وكان الوزير عبدالرحمن الفضلي قد التقى "
        "في الرياض الوزير الأوكراني ميكولا سولسكي، واتفقا على تشكيل لجنة."
    )
    assert [(s | t) for ty, s, t in coded if ty == "AGREE"] == [{"عبدالرحمن الفضلي", "ميكولا سولسكي"}]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a condemnation of a decision, past a description of its subject between commas
        (
            "فرضت وزارة الخزانة الأميركية عقوبات على شبكة يقودها سعيد الجمل. وندد محمد عبد السلام، المتحدث "
            "باسم جماعة الحوثي، بالقرار.",
            ("ACCUSE", {"محمد عبد السلام"}, {"وزارة الخزانة الأميركية"}),
        ),
        # the reason the decision's maker gave for it is no stance that names its maker
        (
            "فرضت وزارة الخزانة الأميركية عقوبات على القيادي الحوثي سعيد الجمل، تتهمه بتهريب النفط الإيراني. "
            "وندد محمد عبد السلام بالقرار.",
            ("ACCUSE", {"محمد عبد السلام"}, {"وزارة الخزانة الأميركية"}),
        ),
    ],
)
def test_a_stance_on_a_decision_told_before_is_on_its_maker(
    text: str, coded: tuple[str, set[str], set[str]]
) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a campaign of acts told before is its agent's: past the campaign's word to the acts
        (
            "وقالت وكالة فارس إن قوات الأمن الإيرانية اعتقلت 14 شخصا في مدينة سوسنكرد. وندد الاتحاد الأوروبي "
            "بحملة الاعتقالات.",
            ("ACCUSE", {"الاتحاد الأوروبي"}, {"قوات الأمن الإيرانية"}),
        ),
        # the campaign itself, definite, is the deed named
        (
            "اعتقلت الشرطة التركية 22 موظفا في بلدية إسطنبول. وندد زعيم حزب الشعب الجمهوري أوزغور أوزال "
            "بالحملة.",
            ("ACCUSE", {"أوزغور أوزال"}, {"الشرطة التركية"}),
        ),
    ],
)
def test_a_stance_on_a_campaign_of_acts_is_on_their_agent(
    text: str, coded: tuple[str, set[str], set[str]]
) -> None:
    assert coded in coded_roles(text)


def test_a_town_a_crossing_opened_is_named_after_is_no_agent_of_the_opening() -> None:
    coded = coded_roles(
        "خرج المئات من أهالي مدينة بن قردان في مسيرة احتجاجية، الاثنين، بدعوة من الاتحاد الجهوي للشغل "
        "بمدنين، للمطالبة بإعادة فتح معبر رأس جدير المغلق منذ أسبوعين."
    )
    assert not [s for ty, s, _ in coded if ty == "RETREAT" and "رأس جدير" in s]
    # a country's genitive still opens it
    assert ("RETREAT", {"مصر"}, set()) in coded_roles("وأعلنت الحكومة أن فتح مصر معبر رفح تم أمس.")


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a joint operation with another is cooperation
        (
            "أعلنت مصلحة خفر السواحل اليمنية ضبط قارب محمل بأسلحة قبالة سواحل المهرة، في عملية مشتركة مع "
            "البحرية الأميركية.",
            ("COOPERATE", {"مصلحة خفر السواحل اليمنية"}, {"البحرية الأميركية"}),
        ),
        # one against a target is still an attack
        (
            "شنت القوات العراقية عملية مشتركة على مواقع تنظيم داعش في الأنبار.",
            ("ASSAULT", {"القوات العراقية"}, {"تنظيم داعش"}),
        ),
        ("إسرائيل ومصر تنفذان عملية مشتركة ضد حماس .", ("ASSAULT", {"إسرائيل", "مصر"}, {"حماس"})),
    ],
)
def test_a_joint_operation_with_another_is_cooperation(
    text: str, coded: tuple[str, set[str], set[str]]
) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # where the subject before the verb is, after ب or في, stands between it and the verb
        (
            "وكانت المحكمة الإدارية بالرباط قد رفضت الشهر الماضي دعوى رفعتها جماعة أولاد امبارك السلالية.",
            ("REJECT", {"المحكمة الإدارية"}, {"أولاد امبارك"}),
        ),
        (
            "وكانت وزارة الداخلية في طرابلس قد اتهمت حكومة الاستقرار بعرقلة التحقيق.",
            ("ACCUSE", {"وزارة الداخلية"}, {"حكومة الاستقرار"}),
        ),
    ],
)
def test_where_a_subject_before_its_verb_is_stands_between_them(
    text: str, coded: tuple[str, set[str], set[str]]
) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # two named attending what others do are no sides of it ...
        (
            "افتتح العراق وسوريا، الاثنين، منفذ القائم الحدودي، بحضور رئيس هيئة المنافذ الحدودية كاظم "
            "العقابي ومحافظ دير الزور عبد المجيد الكواكبي. ووقع الجانبان مذكرة تفاهم.",
            ("AGREE", {"العراق", "سوريا"}, set()),
        ),
        # ... but two ministers attending are the two ministers
        (
            "تسلم الحرس البحري التونسي زوارق من إيطاليا، بحضور وزير الداخلية التونسي كمال الفقي ونظيره "
            "الإيطالي ماتيو بيانتيدوزي. وبحث الوزيران خلال لقائهما سبل التعاون.",
            ("CONSULT", {"كمال الفقي"}, {"ماتيو بيانتيدوزي"}),
        ),
    ],
)
def test_two_attending_are_no_sides_but_may_be_two_ministers(
    text: str, coded: tuple[str, set[str], set[str]]
) -> None:
    found = [(ty, s | t) for ty, s, t in coded_roles(text)]
    assert (coded[0], coded[1] | coded[2]) in found


def test_a_concession_after_a_meeting_that_names_its_other_party_is_made_to_it() -> None:
    coded = coded_roles(
        "نفذت النقابة الوطنية لموظفي الجمارك إضرابا. وبعد اجتماع مع ممثلي النقابة، تعهد وزير الحسابات العامة "
        "جيرالد دارمانان بصرف علاوة شهرية."
    )
    assert ("CONCEDE", {"جيرالد دارمانان"}, {"النقابة الوطنية لموظفي الجمارك"}) in coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        (
            "نفذت النقابة الوطنية لموظفي الجمارك إضرابا. وتعهد وزير الحسابات العامة جيرالد دارمانان، عقب "
            "لقائه ممثلين عن النقابة، بصرف علاوة شهرية.",
            ("CONCEDE", {"جيرالد دارمانان"}, {"النقابة الوطنية لموظفي الجمارك"}),
        ),
        (
            "نفذت النقابة الوطنية لموظفي الجمارك إضرابا. وأعرب وزير الحسابات العامة جيرالد دارمانان، إثر "
            "لقائه ممثلي النقابة، عن استعداده لتعليق القرار.",
            ("CONCEDE", {"جيرالد دارمانان"}, {"النقابة الوطنية لموظفي الجمارك"}),
        ),
        (
            "نفذت النقابة الوطنية لموظفي الجمارك إضرابا. وأعرب وزير الحسابات العامة جيرالد دارمانان، بعد "
            "لقائه ممثلي النقابة، عن أسفه لما سببه القرار من قلق.",
            ("CONCEDE", {"جيرالد دارمانان"}, set()),
        ),
    ],
)
def test_a_pledge_after_a_meeting_is_made_to_whom_was_met_but_regret_is_not(
    text: str, coded: tuple[str, set[str], set[str]]
) -> None:
    assert coded in coded_roles(text)


def test_his_country_is_the_country_of_the_man_named_last_not_of_a_body_named_after_him() -> None:
    coded = coded_roles(
        "ورحب رئيس بنين باتريس تالون بقرار الحكومة النيجيرية، وقال إن بلاده مستعدة للتعاون مع نيجيريا."
    )
    assert ("AGREE", {"بنين"}, {"نيجيريا"}) in coded


def test_an_exchange_of_fire_between_two_is_a_clash_the_first_named_opens() -> None:
    coded = coded_roles(
        "أغلقت السلطات المعبر بعد تبادل لإطلاق النار بين قوات حرس الحدود الباكستانية وعناصر من حركة طالبان."
    )
    assert ("ASSAULT", {"حرس الحدود الباكستانية"}, {"حركة طالبان"}) in coded


def test_people_of_a_nationality_arrested_by_forces_named_without_their_forces_word() -> None:
    coded = coded_roles(
        "اعتقلت قوات حرس الحدود الروسية ثلاثة مزارعين جورجيين قرب قرية ديسيفي. واحتجت جورجيا."
    )
    assert ("COERCE", {"حرس الحدود الروسية"}, {"جورجيا"}) in coded


def test_members_acted_on_named_by_a_pronoun_are_their_bodys() -> None:
    coded = coded_roles("وقالت الحركة المدنية الديمقراطية إن الشرطة المصرية اعتقلت أكثر من 160 من أعضائها.")
    assert ("COERCE", {"الشرطة المصرية"}, {"الحركة المدنية الديمقراطية"}) in coded


@pytest.mark.parametrize(
    "text",
    [
        "دفعت القيادة العامة للجيش الوطني الليبي بتعزيزات إلى المشروع. وكانت مجموعة مسلحة قد اختطفت "
        "ثلاثة مهندسين قرب مدينة الكفرة.",
        "وصلت قوات الحكومة إلى المدينة. وكانت عصابة قد هاجمت سوقا في بلدة الخالدية.",
    ],
)
def test_a_group_no_one_names_before_qad_is_the_subject_not_the_last_actor(text: str) -> None:
    assert all(not s for ty, s, _ in coded_roles(text) if ty == "ASSAULT")
    assert any(ty == "ASSAULT" for ty, _, _ in coded_roles(text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("وعبرت السفن نهر الدانوب. وأرسلت رومانيا فرقاطة إلى مصب الدانوب لتأمين ممر السفن.", "الدانوب"),
        ("ودفعت تركيا بتعزيزات إلى مشارف مدينة منبج.", "منبج"),
        ("وأرسلت الحكومة قوات إلى مدخل بلدة الخالدية.", "الخالدية"),
    ],
)
def test_the_mouth_outskirts_or_entrance_of_a_place_is_where_forces_are_sent(text: str, place: str) -> None:
    assert any(ty == "MOBILIZE" and place in t for ty, _, t in coded_roles(text))


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        (
            "واستدعت كولومبيا سفيرها لدى فنزويلا، وطالبت وزيرة الخارجية ماريا أنخيلا أولغين بعقد اجتماع.",
            ("REQUEST", {"ماريا أنخيلا أولغين"}, set()),
        ),
        # a masculine title after a feminine verb is its object
        (
            "واستدعت كولومبيا سفيرها لدى فنزويلا، وطالبت وزير الخارجية الفنزويلي خورخي أرياسا بتقديم تفسير.",
            ("REQUEST", {"كولومبيا"}, {"خورخي أرياسا"}),
        ),
    ],
)
def test_a_woman_titled_after_a_feminine_conjoined_verb_is_its_subject(
    text: str, coded: tuple[str, set[str], set[str]]
) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        (
            "أغلقت فنزويلا حدودها مع كولومبيا. ورحلت السلطات الفنزويلية أكثر من ألف كولومبي خلال أيام.",
            ("COERCE", {"السلطات الفنزويلية"}, {"كولومبيا"}),
        ),
        ("ورحلت تركيا أمس 120 أفغانيا إلى كابول.", ("COERCE", {"تركيا"}, set())),
        ("ورحلت السلطات الجزائرية مئات المهاجرين الأفارقة.", ("COERCE", {"السلطات الجزائرية"}, set())),
        ("وأبعدت السلطات اللبنانية عشرات الأردنيين.", ("COERCE", {"السلطات اللبنانية"}, set())),
    ],
)
def test_deported_people_named_by_any_nationality(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


def test_departing_this_life_is_no_deportation() -> None:
    assert coded_roles("رحل الشاعر السوري الكبير عن عمر ناهز ثمانين عاما.") == []


@pytest.mark.parametrize(
    "text",
    [
        "أفرج الملك عن زعيم المعارضة أنور إبراهيم من مستشفى كان يقضي فيه فترة عقوبته بالسجن خمس سنوات.",
        "أطلقت كوبنهاغن سراح مواطنين إيرانيين اثنين كانا يقضيان حكما بالسجن بتهمة التجسس.",
        "وما زال الناشط عبد الهادي الخواجة يقضي حكما بالسجن المؤبد في البحرين.",
    ],
)
def test_a_sentence_served_is_no_ruling(text: str) -> None:
    assert not any(ty == "SANCTION" for ty, _, _ in coded_roles(text))


def test_a_court_ruling_a_term_is_still_a_ruling() -> None:
    coded = coded_roles("قضت محكمة جنايات القاهرة بالسجن عشر سنوات على الناشط علاء عبد الفتاح.")
    assert ("SANCTION", {"محكمة جنايات القاهرة"}, {"علاء عبد الفتاح"}) in coded


@pytest.mark.parametrize(
    ("text", "attack"),
    [
        ("وأشاد الحلبوسي بمواقف الأردن الداعمة للعراق في حربه على الإرهاب.", False),
        ("وقال الرئيس الفلبيني رودريغو دوتيرتي إن حربه ضد المخدرات ستستمر.", False),
        ("أعلنت روسيا الحرب على أوكرانيا.", True),
    ],
)
def test_a_war_on_a_scourge_is_no_attack(text: str, attack: bool) -> None:
    assert any(ty == "ASSAULT" for ty, _, _ in coded_roles(text)) == attack


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "استدعت لجنة الكهرباء النيابية وزير الكهرباء للمثول أمامها. "
            "ووصلت إلى ميناء أم قصر أمس شحنة من المحولات.",
            False,
        ),
        ("ووصل الرئيس التركي رجب طيب أردوغان إلى الدوحة على متن طائرة خاصة.", True),
        # (planes right after the verb and where they arrived, the actor named earlier in the sentence)
        ("أرسلت مصر مساعدات إلى السودان، ووصلت إلى مطار الخرطوم خمس طائرات محملة بالخيام.", False),
        ("وصل وزير الخارجية المصري سامح شكري إلى الخرطوم، وعقد محادثات مع البرهان.", True),
    ],
)
def test_a_load_arriving_is_no_visit_of_the_actor_before(text: str, visit: bool) -> None:
    assert any(ty == "CONSULT" for ty, _, _ in coded_roles(text)) == visit


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        (
            "أفرجت السلطات الروسية عن 24 بحارا من البحرية الأوكرانية، "
            "كان جهاز الأمن الفدرالي الروسي قد احتجزهم.",
            ("COERCE", {"جهاز الأمن الفدرالي الروسي"}, {"البحرية الأوكرانية"}),
        ),
        (
            "أطلقت الحكومة سراح 30 عنصرا من حركة العدل والمساواة، وكانت قوات الأمن السودانية قد اعتقلتهم "
            "في أم درمان.",
            ("COERCE", {"قوات الأمن السودانية"}, {"حركة العدل والمساواة"}),
        ),
    ],
)
def test_a_plural_pronoun_resumes_people_counted_of_a_body(
    text: str, coded: tuple[str, set[str], set[str]]
) -> None:
    assert coded in coded_roles(text)


def test_a_town_after_its_place_noun_is_no_addressee_of_an_attributed_claim() -> None:
    coded = coded_roles(
        "أطلقت زوارق البحرية الإسرائيلية النار على مراكب الصيادين قبالة شاطئ بلدة بيت لاهيا شمال قطاع غزة، "
        "واعتقلت الصياد محمد أبو ريالة، وفقا لنقابة الصيادين في غزة."
    )
    assert ("COERCE", {"البحرية الإسرائيلية"}, {"محمد أبو ريالة"}) in coded


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("هدمت أمانة محافظة جدة مئات المباني في حيي غليل والكرنتينة جنوب المدينة.", "أمانة محافظة جدة"),
        ("هدمت الشرطة الفرنسية أكواخ مخيم الغابة للمهاجرين في مدينة كاليه.", "الشرطة الفرنسية"),
        # blocks of flats and walls demolished, the work begun or carried on
        ("باشرت الشرطة التركية، صباح الخميس، هدم عشرات البنايات في حي طرلاباشي.", "الشرطة التركية"),
        ("وواصل الجيش اللبناني هدم الجدران الإسمنتية في مخيمات اللاجئين.", "الجيش اللبناني"),
        # homes removed (أزال), and the bulldozers of a body, which stands for them
        ("أزالت السلطات السودانية، الثلاثاء، مئات المنازل في منطقة شرق النيل.", "السلطات السودانية"),
        ("هدمت جرافات الجيش الإسرائيلي ثلاثة منازل في قرية النبي صالح.", "الجيش الإسرائيلي"),
    ],
)
def test_a_demolition_of_buildings_or_shacks_is_coercion(text: str, source: str) -> None:
    assert any(ty == "COERCE" and source in s for ty, s, _ in coded_roles(text))


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        (
            "أخلت الشرطة الألمانية، الأحد، قرية لوتسيراث في ولاية شمال الراين.",
            ("COERCE", {"الشرطة الألمانية"}, set()),
        ),
        (
            "أخلت شرطة ولاية لاغوس بالقوة سكان حي أوتودو غبامي الساحلي.",
            ("COERCE", {"شرطة ولاية لاغوس"}, set()),
        ),
        # a release on bail and a withdrawal stay what they were
        ("وأخلت النيابة العامة سبيل 15 من الموقوفين.", ("RETREAT", {"النيابة العامة"}, set())),
        ("أخلت القوات الروسية مدينة خيرسون.", ("RETREAT", {"القوات الروسية"}, set())),
    ],
)
def test_an_eviction_by_force_is_coercion(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        (
            "وأشاد الرئيس الفرنسي إيمانويل ماكرون بالمغرب، وحث الجزائر على الحوار.",
            ("REQUEST", {"إيمانويل ماكرون"}, {"الجزائر"}),
        ),
        # (a verb whose lemma opens with و is no conjoined one: its subject is the one after it)
        (
            "استقبل الرئيس الفرنسي إيمانويل ماكرون وزير الخارجية الأمريكي، ووصل الرئيس المصري عبد الفتاح "
            "السيسي إلى باريس.",
            ("CONSULT", {"عبد الفتاح السيسي"}, {"باريس"}),
        ),
    ],
)
def test_a_verb_whose_wa_the_tokenizer_left_on_it_goes_on_with_the_subject(
    text: str, coded: tuple[str, set[str], set[str]]
) -> None:
    assert coded in coded_roles(text)


def test_the_two_bodies_named_by_a_dual_are_the_pair_named_before() -> None:
    coded = coded_roles(
        "وقعت منظمة الصحة العالمية ومنظمة الأمم المتحدة للطفولة اتفاقا في جنيف. "
        "وأشاد وزير الصحة اليمني قاسم بحيبح بالمنظمتين."
    )
    assert ("SUPPORT", {"قاسم بحيبح"}, {"منظمة الصحة العالمية", "منظمة الأمم المتحدة للطفولة"}) in coded


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("نفذ صيادون من أعضاء جمعية صيادي العقبة اعتصاما أمام مبنى المحافظة.", "جمعية صيادي العقبة"),
        ("نفذ عمال من نقابة عمال الموانئ إضرابا في ميناء بيروت.", "نقابة عمال الموانئ"),
    ],
)
def test_unnamed_people_of_a_body_carrying_out_a_protest_are_that_body(text: str, body: str) -> None:
    assert any(ty == "PROTEST" and s == {body} for ty, s, _ in coded_roles(text))


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        (
            "فرضت الولايات المتحدة حظرا على استيراد المأكولات البحرية من المكسيك، "
            "بعد أن اتهمت الحكومة المكسيكية بالتقصير في حماية حيوان الفاكيتا.",
            ("ACCUSE", {"الولايات المتحدة"}, {"الحكومة المكسيكية"}),
        ),
        # (the actor after another verb of the clause is its subject)
        (
            "أعلنت السلطات الهندية ترحيل اللاجئين، بعد أن رفضت المحكمة العليا الهندية طلبا بوقف الترحيل.",
            ("REJECT", {"المحكمة العليا الهندية"}, set()),
        ),
    ],
)
def test_a_verb_of_accusing_after_baada_an_goes_on_with_the_subject(
    text: str, coded: tuple[str, set[str], set[str]]
) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        (
            "تسلمت مصلحة خفر السواحل اليمنية أربعة زوارق دورية سريعة مقدمة من المملكة المتحدة.",
            ("AID", {"المملكة المتحدة"}, {"مصلحة خفر السواحل اليمنية"}),
        ),
        # (a handing over told as a sale stays a deal)
        (
            "سلمت روسيا الهند منظومة إس-400 بموجب صفقة قيمتها خمسة مليارات دولار.",
            ("COOPERATE", {"روسيا"}, {"الهند"}),
        ),
    ],
)
def test_a_handing_over_told_as_a_gift_is_aid(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "protest"),
    [
        ("نظم مجلس تنسيق نقابات المعلمين تجمعا أمام البرلمان.", True),
        ("وقال حزب الله إن مقاتليه استهدفوا تجمعا لجنود الجيش الإسرائيلي في ثكنة برانيت.", False),
    ],
)
def test_a_rally_held_before_a_building_is_a_protest_a_gathering_struck_is_not(
    text: str, protest: bool
) -> None:
    assert any(ty == "PROTEST" for ty, _, _ in coded_roles(text)) == protest


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        (
            "وتسلم الهلال الأحمر الإيراني شحنة خيام ومنازل متنقلة من الاتحاد الأوروبي لإيواء الأسر.",
            ("AID", {"الاتحاد الأوروبي"}, {"الهلال الأحمر"}),
        ),
        ("وسلمت تركيا خياما ومواد إغاثية إلى سوريا.", ("AID", {"تركيا"}, {"سوريا"})),
    ],
)
def test_tents_and_relief_handed_over_are_aid(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        (
            "فيما رفضت الحكومة الإسرائيلية طلبا أمميا بإدخال معدات ثقيلة.",
            [("REJECT", {"الحكومة الإسرائيلية"}, set())],
        ),
        # (a purpose stays the subject's act)
        ("وقدمت الحكومة الأردنية طلبا للانضمام إلى المنظمة.", [("REQUEST", {"الحكومة الأردنية"}, set())]),
    ],
)
def test_a_noun_with_its_own_adjective_is_an_object_no_purpose(
    text: str, coded: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a sportsman, a team, a club or an accreditation suspended, excluded or stripped is sanctioned
        (
            "قرر الاتحاد الآسيوي لكرة القدم إيقاف اللاعب العراقي علي عدنان ستة أشهر بسبب المنشطات.",
            ("SANCTION", {"الاتحاد الآسيوي لكرة القدم"}, {"علي عدنان"}),
        ),
        (
            "وأعلن الاتحاد الدولي للجودو تجريد المنتخب الإيراني من لقب البطولة.",
            ("SANCTION", {"الاتحاد الدولي للجودو"}, {"المنتخب الإيراني"}),
        ),
        (
            "وأمر الاتحاد الأفريقي لكرة القدم باستبعاد نادي الشلف من البطولة.",
            ("SANCTION", {"الاتحاد الأفريقي لكرة القدم"}, {"الشلف"}),
        ),
        # a court ruling it does it
        (
            "لوزان – قضت محكمة التحكيم الرياضية بإيقاف العداءة الكينية روث جيبيت أربع سنوات.",
            ("SANCTION", {"محكمة التحكيم الرياضية"}, {"روث جيبيت"}),
        ),
    ],
)
def test_a_sportsman_or_club_suspended_or_stripped_is_sanctioned(
    text: str, coded: tuple[str, set[str], set[str]]
) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("وقررت الحكومة العراقية تجريد الميليشيات من سلاحها.", []),  # a disarmament
        ("وأعلنت وزارة الداخلية التونسية إيقاف 12 شخصا بتهمة التهريب.", ["COERCE"]),  # arrested
    ],
)
def test_disarming_or_stopping_people_is_no_sanction(text: str, types: list[str]) -> None:
    assert [ty for ty, _, _ in coded_roles(text)] == types


def test_a_club_named_after_its_head_is_the_subject() -> None:
    assert coded_roles("وأعلن نادي المريخ رفضه للقرار.") == [("REJECT", {"المريخ"}, set())]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a club's fans stand for the club
        (
            "تونس – نظم المئات من أحباء النادي الإفريقي وقفة احتجاجية أمام مقر وزارة الداخلية التونسية.",
            ("PROTEST", {"النادي الإفريقي"}, {"وزارة الداخلية التونسية"}),
        ),
        (
            "وتظاهر مشجعو الوداد البيضاوي أمام مقر الجامعة الملكية المغربية لكرة القدم.",
            ("PROTEST", {"الوداد البيضاوي"}, {"الجامعة الملكية المغربية لكرة القدم"}),
        ),
    ],
)
def test_a_clubs_fans_stand_for_the_club(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # power or goods exported to a named buyer are trade carried out
        (
            "أديس أبابا – بدأت مؤسسة الكهرباء الإثيوبية تصدير 200 ميغاواط إضافية إلى كينيا.",
            [("COOPERATE", {"مؤسسة الكهرباء الإثيوبية"}, {"كينيا"})],
        ),
        # exports stopped are no trade
        ("وأعلنت روسيا إيقاف تصدير الغاز إلى بولندا.", [("SANCTION", {"روسيا"}, {"بولندا"})]),
    ],
)
def test_power_exported_to_a_buyer_is_trade_stopped_it_is_a_sanction(
    text: str, coded: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == coded


def test_a_corridor_opened_is_access_granted() -> None:
    assert coded_roles("وأعلنت موسكو أن القوات الروسية فتحت ممرا آمنا لخروج المدنيين من الحي.") == [
        ("RETREAT", {"القوات الروسية"}, set())
    ]


def test_warships_deployed_are_mobilised() -> None:
    assert coded_roles("وأعلنت القيادة المركزية الأميركية نشر مدمرتين إضافيتين في مضيق هرمز.") == [
        ("MOBILIZE", {"القيادة المركزية الأميركية"}, {"مضيق هرمز"})
    ]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # the right to host a tournament withdrawn from its host, named before the right or after it
        (
            "وكان الاتحاد الإفريقي لكرة القدم قد سحب تنظيم البطولة من الكاميرون.",
            [("SANCTION", {"الاتحاد الإفريقي لكرة القدم"}, {"الكاميرون"})],
        ),
        (
            "جاكرتا – سحب الاتحاد الدولي للريشة الطائرة من إندونيسيا حق تنظيم بطولة آسيا للناشئين.",
            [("SANCTION", {"الاتحاد الدولي للريشة الطائرة"}, {"إندونيسيا"})],
        ),
        # an ambassador withdrawn, told by the verbal noun
        ("أعلنت الجزائر يوم الثلاثاء سحب سفيرها من باريس بأثر فوري.", [("SANCTION", {"الجزائر"}, {"باريس"})]),
    ],
)
def test_a_hosting_right_or_an_envoy_withdrawn_is_a_sanction(
    text: str, coded: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == coded


def test_a_counterpart_named_with_a_nationality_is_no_person_of_its_own() -> None:
    assert coded_roles(
        "توصل الرئيس البرازيلي لويز إيناسيو لولا دا سيلفا ونظيره الباراغوايي سانتياغو بينيا إلى اتفاق."
    ) == [("AGREE", {"لويز إيناسيو لولا دا سيلفا", "سانتياغو بينيا"}, set())]


def test_a_judge_spelt_like_the_verb_of_suing_is_no_lawsuit() -> None:
    # قاضي "judge" with its ي, not قاضى "sued": the sanction names the judge as its target
    assert coded_roles(
        "فرضت وزارة الخزانة الأمريكية عقوبات على قاضي المحكمة العليا في البرازيل ألكسندر دي مورايس."
    ) == [("SANCTION", {"وزارة الخزانة الأمريكية"}, {"ألكسندر دي مورايس"})]


def test_a_prosecutor_is_told_again_by_his_title() -> None:
    # named with his court, then by his bare title: the one accused
    coded = coded_roles(
        "طلب المدعي العام في المحكمة الجنائية الدولية كريم خان إصدار مذكرات اعتقال. "
        "ورفض نتنياهو طلبه، متهما المدعي العام بصب الزيت على النار."
    )
    assert ("ACCUSE", {"نتنياهو"}, {"كريم خان"}) in coded


def test_a_title_before_a_name_is_no_second_person() -> None:
    # the court is the prosecutor's, no party of its own
    assert coded_roles(
        "وقع وزير العدل السوداني نصر الدين عبد الباري والمدعي العام للمحكمة الجنائية الدولية كريم خان "
        "مذكرة تفاهم تتيح لمحققي المحكمة الوصول إلى دارفور."
    ) == [("AGREE", {"نصر الدين عبد الباري"}, {"كريم خان"})]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # foreign names that open like a clitic (س+تيفاني، و+ل+يامز، و+يلسون) are not cut
        (
            'وأشادت المبعوثة الأممية بالإنابة ستيفاني وليامز بـ"شجاعة" المفاوضين.',
            [("SUPPORT", {"ستيفاني وليامز"}, set())],
        ),
        ("وانتقد الرئيس الأميركي وودرو ويلسون القرار.", [("ACCUSE", {"وودرو ويلسون"}, set())]),
        ("وتعهد الرئيس النيجيري بولا تينوبو بملاحقة المسلحين.", [("THREATEN", {"بولا تينوبو"}, set())]),
    ],
)
def test_a_foreign_name_opening_like_a_clitic_stays_whole(
    text: str, coded: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a bank named by a construct with its nationality or its country is a body
        (
            "فرضت وزارة الخزانة الأميركية عقوبات على مصرف الهدى العراقي ومالكه حمد الموسوي.",
            [("SANCTION", {"وزارة الخزانة الأميركية"}, {"مصرف الهدى العراقي", "حمد الموسوي"})],
        ),
        (
            "وانتقد مصرف سورية المركزي قرار وزارة التجارة.",
            [("ACCUSE", {"مصرف سورية المركزي"}, {"وزارة التجارة"})],
        ),
    ],
)
def test_a_bank_named_with_its_country_is_a_body(
    text: str, coded: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a company told again by its head and its nationality
        (
            "أعلنت وزارة الطاقة السورية فسخ العقد مع شركة ستروي ترانس غاز الروسية. "
            "ورفضت الشركة الروسية قرار الوزارة.",
            [("REJECT", {"شركة ستروي ترانس غاز الروسية"}, {"وزارة الطاقة السورية"})],
        ),
        # a company told again by a bare head other than its own (a platform, then الشركة)
        (
            "فرضت هيئة حماية البيانات الأيرلندية غرامة على تطبيق تيك توك. وانتقدت الهيئة ممارسات الشركة.",
            [
                ("SANCTION", {"هيئة حماية البيانات الأيرلندية"}, {"تيك توك"}),
                ("ACCUSE", {"هيئة حماية البيانات الأيرلندية"}, {"تيك توك"}),
            ],
        ),
    ],
)
def test_a_company_is_told_again_by_its_head(text: str, coded: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == coded


def test_the_force_troops_are_drawn_from_is_no_destination() -> None:
    assert coded_roles(
        "ونشرت وزارة الأمن الأرجنتينية آلاف العناصر من الشرطة الفيدرالية في محيط مبنى الكونغرس في بوينس آيرس."
    ) == [("MOBILIZE", {"وزارة الأمن الأرجنتينية"}, {"بوينس آيرس"})]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # the caller named after its head, and what the protest is against
        (
            "تظاهر مئات الشباب في أكرا بدعوة من حركة ديموكراسي هاب، احتجاجا على تقاعس الحكومة الغانية.",
            [("PROTEST", {"ديموكراسي هاب"}, {"الحكومة الغانية"})],
        ),
        (
            "تظاهر آلاف المغاربة في الرباط بدعوة من جماعة العدل والإحسان، احتجاجا على قرار وزارة الداخلية.",
            [("PROTEST", {"جماعة العدل والإحسان"}, {"وزارة الداخلية"})],
        ),
        # the caller's name in quotes after its head
        (
            "تظاهر مئات الطلاب في لاغوس بدعوة من منظمة «غد أفضل» للمطالبة بخفض الرسوم.",
            [("PROTEST", {"غد أفضل"}, set())],
        ),
        (
            "تظاهر آلاف العمال في مدريد بدعوة من نقابة «أليانس» أمام البرلمان.",
            [("PROTEST", {"أليانس"}, set())],
        ),
    ],
)
def test_a_protest_called_by_a_group_is_against_what_it_protests(
    text: str, coded: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == coded


def test_a_crown_prince_is_told_again_by_his_title() -> None:
    assert coded_roles(
        "أمر ولي العهد السعودي الأمير محمد بن سلمان بالإفراج عن سجناء باكستانيين. "
        "وأشاد رئيس الوزراء الباكستاني عمران خان بمبادرة ولي العهد."
    )[-1] == ("SUPPORT", {"عمران خان"}, {"محمد بن سلمان"})


def test_a_visit_to_a_seat_of_government_is_the_meeting_held_there() -> None:
    assert coded_roles(
        "زار الرئيس التركي رجب طيب أردوغان قصر الإليزيه حيث التقى الرئيس إيمانويل ماكرون."
    ) == [("CONSULT", {"رجب طيب أردوغان"}, {"إيمانويل ماكرون"})]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # workers told by their trade, then the union they belong to: the union protests
        (
            "أضرب موظفو الجمارك الفرنسية المنتسبون إلى النقابة الوطنية لموظفي الجمارك في ميناء كاليه.",
            [("PROTEST", {"النقابة الوطنية لموظفي الجمارك"}, set())],
        ),
        (
            "تظاهر سائقو الشاحنات المنتمون إلى اتحاد النقل الإقليمي أمام المعبر.",
            [("PROTEST", {"اتحاد النقل الإقليمي"}, set())],
        ),
    ],
)
def test_members_of_a_trade_belonging_to_a_union_are_the_union(
    text: str, coded: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == coded


def test_a_bodys_own_sitting_is_no_meeting() -> None:
    assert (
        coded_roles(
            "قررت لجنة السياسة النقدية بالبنك المركزي المصري في اجتماعها يوم الخميس خفض أسعار الفائدة."
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a request refused names whose it is: after من, or by its nationality (indefinite too)
        ("ورفض الكرملين طلبا من الولايات المتحدة للحصول على معلومات.", {"الولايات المتحدة"}),
        ("ورفضت الحكومة الأردنية طلبا إسرائيليا بتمديد الاتفاق مع إسرائيل.", {"إسرائيل"}),
        ("رفضت أديس أبابا المقترح السوداني بتشكيل وساطة مع السودان.", {"السودان"}),
    ],
)
def test_a_refused_request_names_whose_it_is(text: str, target: set[str]) -> None:
    assert coded_roles(text)[0][0::2] == ("REJECT", target)


def test_an_attack_claimed_by_a_pronoun_gets_its_agent() -> None:
    coded = coded_roles(
        "وجاء الانتشار بعد يومين من هجوم بطائرة مسيرة استهدف قافلة تابعة لمنظمة أطباء بلا حدود قرب حيس، "
        "وتبنته جماعة الحوثي. وندد الاتحاد الأوروبي بالهجوم."
    )
    assert ("ASSAULT", {"جماعة الحوثي"}, {"أطباء بلا حدود"}) in coded
    assert ("ACCUSE", {"الاتحاد الأوروبي"}, {"جماعة الحوثي"}) in coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a relief or development body handing something over gives aid; a state handing over a
        # wanted man cooperates
        (
            "سلم مركز الملك سلمان للإغاثة والأعمال الإنسانية وزارة التربية اليمنية 12 مدرسة جديدة.",
            ("AID", {"مركز الملك سلمان للإغاثة والأعمال الإنسانية"}, {"وزارة التربية اليمنية"}),
        ),
        (
            "سلم برنامج الأغذية العالمي 4500 طن من الذرة إلى الحكومة النيجرية.",
            ("AID", {"برنامج الأغذية العالمي"}, {"الحكومة النيجرية"}),
        ),
        (
            "سلمت السلطات السودانية 12 مطلوبا إلى السلطات المصرية.",
            ("COOPERATE", {"السلطات السودانية"}, {"السلطات المصرية"}),
        ),
    ],
)
def test_a_relief_body_handing_over_gives_aid(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded_roles(text) == [coded]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a governor or mayor named by the bare title later is the one named with it before
        (
            "التقى والي الجزائر العاصمة محمد عبد النور رابحي سفير الصين. وأمر الوالي بغلق 14 مطعما.",
            ("COERCE", {"محمد عبد النور رابحي"}, set()),
        ),
        (
            "زار محافظ البصرة أسعد العيداني ميناء أم قصر. واتهم المحافظ شركة النفط بالتقصير.",
            ("ACCUSE", {"أسعد العيداني"}, set()),
        ),
    ],
)
def test_a_governor_named_by_his_bare_title(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded_roles(text)[-1] == coded


@pytest.mark.parametrize(
    "text",
    [
        # a plural participle after a crowd's plural verb is the crowd's demand, not the police's
        "أطلقت الشرطة السريلانكية الغاز المسيل للدموع على طلاب تظاهروا قرب مقر الرئيس مطالبين باستقالته.",
        "ضربت الشرطة المجرية مهاجرين تجمعوا عند المعبر مطالبين بفتح الحدود.",
    ],
)
def test_a_crowds_participle_is_not_the_polices_demand(text: str) -> None:
    assert not [c for c in coded_roles(text) if c[0] == "REQUEST" and c[1]]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a step extended or renewed is the decision a stance after it names (ورحب X بالقرار)
        (
            "مدد مجلس الأمن الدولي، الجمعة، ولاية البعثة الأممية عاما إضافيا. ورحب المغرب بالقرار.",
            ("SUPPORT", {"المغرب"}, {"مجلس الأمن الدولي"}),
        ),
        (
            "جدد الاتحاد الأوروبي العمل بالإجراءات لستة أشهر. وانتقدت روسيا القرار.",
            ("ACCUSE", {"روسيا"}, {"الاتحاد الأوروبي"}),
        ),
    ],
)
def test_a_step_extended_is_the_decision_a_stance_names(
    text: str, coded: tuple[str, set[str], set[str]]
) -> None:
    assert coded_roles(text)[-1] == coded


def test_a_stance_on_a_courts_decision_is_aimed_at_the_court() -> None:
    # a court's refusal is its ruling: "the decision" welcomed after it is the court's, not the appellant's
    coded = coded_roles(
        "ردت المحكمة الاتحادية العليا طعن وزارة المالية العراقية في القانون. "
        "ورحب الاتحاد العام للمتقاعدين في العراق بالقرار."
    )
    assert coded[-1] == ("SUPPORT", {"الاتحاد العام للمتقاعدين"}, {"المحكمة الاتحادية العليا"})


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a pledge made at a meeting just told is to the other party of it
        (
            "التقى وزير المالية الكويتي أنور المضف وفدا من جمعية المتقاعدين الكويتية، "
            "وتعهد خلال اللقاء بإدراج زيادة المعاشات في الميزانية.",
            ("CONCEDE", {"أنور المضف"}, {"جمعية المتقاعدين الكويتية"}),
        ),
        # (not one in another sentence)
        (
            "التقى وزير المالية الكويتي أنور المضف وفدا من جمعية المتقاعدين الكويتية. "
            "وتعهد المضف في اليوم التالي بإدراج زيادة المعاشات في الميزانية.",
            ("CONCEDE", {"أنور المضف"}, set()),
        ),
    ],
)
def test_a_pledge_at_a_meeting_is_to_the_other_party(
    text: str, coded: tuple[str, set[str], set[str]]
) -> None:
    assert coded_roles(text)[-1] == coded


def test_a_visit_someone_performed_names_who_met() -> None:
    # زيارة أداها X ... حيث التقى: the one who made the visit met
    coded = coded_roles(
        "وجاء ذلك خلال زيارة أداها وزير الشؤون الاجتماعية التونسي مالك الزاهي إلى طرابلس، "
        "حيث التقى رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة."
    )
    assert coded == [("CONSULT", {"مالك الزاهي"}, {"عبد الحميد الدبيبة"})]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # actors joined with أو are named as with و
        ("وهدد بيني غانتس بضرب حزب الله أو إيران.", {"حزب الله", "إيران"}),
        ("ولوح بيني غانتس بضرب أي منشأة تابعة لحزب الله أو إيران.", {"حزب الله", "إيران"}),
    ],
)
def test_actors_joined_with_or(text: str, target: set[str]) -> None:
    assert coded_roles(text)[0][2] == target


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # صادر after a statement, or before عن or في, is "issued", not "confiscated"
        ("ونفت شركة سكاي لينك في بيان صادر في بيروت أي علاقة لها بحزب الله.", "REJECT"),
        ("وصادر الجيش اللبناني أسلحة تابعة لحزب الله.", "COERCE"),
    ],
)
def test_issued_is_no_confiscation(text: str, coded: str) -> None:
    assert [c[0] for c in coded_roles(text)] == [coded]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # اتهم joined with و to a main clause, one actor and then the charge: that actor is the accused
        (
            "ودانت الحكومة السودانية المجازر، واتهمت الإمارات بتسليح قوات الدعم السريع.",
            ("ACCUSE", {"الحكومة السودانية"}, {"الإمارات"}),
        ),
        (
            "هدد خليفة حفتر باستهداف أي طائرة تركية، واتهم أنقرة بنقل مرتزقة إلى طرابلس.",
            ("ACCUSE", {"خليفة حفتر"}, {"أنقرة"}),
        ),
        # (not a verb with its own subject and object: واتهمت الخارجية الروسية واشنطن بالتصعيد)
        (
            "ودانت الحكومة السودانية المجازر، واتهمت الخارجية الروسية واشنطن بالتصعيد.",
            ("ACCUSE", {"الخارجية الروسية"}, {"واشنطن"}),
        ),
    ],
)
def test_the_accused_after_a_conjoined_verb(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded_roles(text)[-1] == coded


@pytest.mark.parametrize(
    "text",
    [
        # a killing and the attack it happened in, told right after it, are one attack
        "قتل 14 مدنيا على الأقل، بينهم نساء وأطفال، في غارات شنها طيران التحالف العربي على سوق شعبي في "
        "مديرية كتاف بمحافظة صعدة.",
        "قتل أكثر من 100 شخص، بينهم أطفال، في غارة جوية شنها الجيش البورمي على تجمع لمعارضين في قرية بازيجي.",
    ],
)
def test_a_killing_and_the_attack_it_happened_in_are_one(text: str) -> None:
    assert [c[0] for c in coded_roles(text)] == ["ASSAULT"]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # an envoy summoned and the protest conveyed to him are one protest, aimed at whom it protests
        (
            "استدعت وزارة الخارجية المصرية القائم بالأعمال التركي في القاهرة للاحتجاج على تصريحات أردوغان.",
            [("ACCUSE", {"وزارة الخارجية المصرية"}, {"أردوغان"})],
        ),
        (
            "استدعت وزارة الخارجية الهولندية السفير الروسي ألكسندر شولغين لإبلاغه احتجاجها.",
            [("ACCUSE", {"وزارة الخارجية الهولندية"}, {"ألكسندر شولغين"})],
        ),
    ],
)
def test_a_summons_and_the_protest_it_conveys_are_one(
    text: str, coded: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # joint patrols or operations of a pair are their cooperation
        (
            "ونفذت البحرية الموريتانية والحرس المدني الإسباني دوريات مشتركة قبالة سواحل نواذيبو.",
            ("COOPERATE", {"البحرية الموريتانية"}, {"الحرس المدني الإسباني"}),
        ),
        (
            "ونفذت الحماية المدنية التونسية والحماية المدنية الجزائرية عمليات مشتركة لإخماد الحرائق.",
            ("COOPERATE", {"الحماية المدنية التونسية"}, {"الحماية المدنية الجزائرية"}),
        ),
    ],
)
def test_joint_patrols_of_a_pair(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded_roles(text) == [coded]


def test_a_joint_act_with_a_partner_named_before_it() -> None:
    # نفذ X مع Y عمليات مشتركة: the partner right before the noun
    assert coded_roles("ونفذ الجيش الهندي مع الجيش النيبالي عمليات مشتركة لإزالة الأنقاض.") == [
        ("COOPERATE", {"الجيش الهندي"}, {"الجيش النيبالي"})
    ]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # what an attack struck belongs to a body named after تابعة ل: that body is struck, not the town
        (
            "واغادوغو – هاجم مسلحون يشتبه في انتمائهم إلى جماعة نصرة الإسلام والمسلمين فجر الأحد محطة ترحيل "
            "للاتصالات الفضائية تابعة لشركة أورانج بوركينا في بلدة جيبو شمالي البلاد.",
            {"أورانج"},
        ),
        (
            "نفذت القوات الأميركية ضربات جوية على أكثر من 85 هدفا في العراق وسوريا "
            "تابعة لفيلق القدس الإيراني.",
            {"فيلق القدس"},
        ),
        # (owned or chartered by it too)
        (
            "أعلنت وزارة الدفاع الأميركية نشر مدمرتين، بعد أن هاجمت جماعة الحوثي سفينة مستأجرة من برنامج "
            "الأغذية العالمي تحمل شحنة من القمح قرب ميناء المخا.",
            {"برنامج الأغذية العالمي"},
        ),
        # (not the affiliation of a name: قوات الكوماندوز التابعة للجيش البنغالي)
        ("اقتحمت قوات الكوماندوز التابعة للجيش البنغالي طائرة في مدينة شيتاغونغ.", {"شيتاغونغ"}),
    ],
)
def test_an_attack_on_what_a_body_owns(text: str, target: set[str]) -> None:
    assert [c[2] for c in coded_roles(text) if c[0] == "ASSAULT"] == [target]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a leader's call on his own country or its people has no target
        (
            "ضاعف الرئيس الأميركي دونالد ترامب الرسوم على واردات الصلب من تركيا. وندد الرئيس رجب طيب أردوغان "
            "بالحرب الاقتصادية التي تشنها واشنطن على بلاده، ودعا الأتراك إلى تحويل مدخراتهم إلى الليرة.",
            ("REQUEST", {"رجب طيب أردوغان"}, set()),
        ),
        # (but one on another country has)
        (
            "ودعا الرئيس التركي رجب طيب أردوغان الولايات المتحدة إلى رفع الرسوم.",
            ("REQUEST", {"رجب طيب أردوغان"}, {"الولايات المتحدة"}),
        ),
    ],
)
def test_a_call_on_ones_own_people_has_no_target(text: str, coded: tuple[str, set[str], set[str]]) -> None:
    assert coded_roles(text)[-1] == coded


def test_a_leaders_own_country_is_no_target_of_his_threat() -> None:
    # هدد روحاني باستئناف التخصيب إذا لم تحصل إيران على ضمانات: his own country is no one threatened
    coded = coded_roles(
        "ورد الرئيس الإيراني حسن روحاني بأن بلاده ستبقى في الاتفاق، لكنه هدد باستئناف تخصيب اليورانيوم "
        '"دون أي قيود" إذا لم تحصل إيران على ضمانات.'
    )
    assert ("THREATEN", {"حسن روحاني"}, set()) in coded


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a town named only as where a protest is is not what it is against
        (
            "نفذت الحملة الوطنية الأردنية لإسقاط اتفاقية الغاز اعتصاما أمام مجلس النواب في عمّان، الجمعة، "
            "رفضا لاتفاقية استيراد الغاز من إسرائيل.",
            set(),
        ),
        # (a capital standing for its government still is: احتجاجا على قرار واشنطن)
        (
            "نظم اتحاد عمال المعادن وقفة احتجاجية أمام السفارة الأميركية في بريتوريا "
            "احتجاجا على قرار واشنطن.",
            {"واشنطن"},
        ),
    ],
)
def test_where_a_protest_is_is_not_its_target(text: str, target: set[str]) -> None:
    assert [c[2] for c in coded_roles(text) if c[0] == "PROTEST"] == [target]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a condemnation of a deed whose agent من جانب or من قبل names
        (
            'ونددت الحكومة الفنزويلية بما وصفته بـ"السرقة الفاضحة" من جانب واشنطن.',
            {"الحكومة الفنزويلية"},
            {"واشنطن"},
        ),
        (
            'ودان رئيس بعثة مراقبي الاتحاد الأوروبي إلمار بروك "الاستخدام المفرط للقوة" '
            "من قبل الجيش الزيمبابوي.",
            {"إلمار بروك"},
            {"الجيش الزيمبابوي"},
        ),
    ],
)
def test_a_condemned_deed_s_agent_is_the_target(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "ACCUSE") == (source, target)


def test_a_verbal_protest_at_a_deal_told_before_is_against_its_parties() -> None:
    doc = extract_text(
        "وقع الرئيس الأمريكي دونالد ترامب ونظيره البولندي أندريه دودا اتفاقا لنشر ألف جندي أمريكي إضافي. "
        "واحتج السفير الروسي في وارسو سيرغي أندرييف على الاتفاق."
    )
    assert roles(doc, "ACCUSE") == ({"سيرغي أندرييف"}, {"دونالد ترامب", "أندريه دودا"})


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # "the operation of" an act told before: the act's agent
        (
            "رحلت السلطات الأمريكية 238 فنزويليا إلى السلفادور. ونددت حكومة فنزويلا بعملية الترحيل.",
            {"حكومة فنزويلا"},
            {"السلطات الأمريكية"},
        ),
        (
            "أطلقت كوريا الشمالية قمرا صناعيا. ودانت وزارة الخارجية اليابانية عملية الإطلاق.",
            {"وزارة الخارجية اليابانية"},
            {"كوريا الشمالية"},
        ),
    ],
)
def test_a_condemned_operation_is_the_act_it_names(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "ACCUSE") == (source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a solidarity noun owned by its subject, with whom after مع, past its adjective
        ("وأعلنت منظمة العفو الدولية تضامنها مع مؤسسة الحق.", {"منظمة العفو الدولية"}, {"مؤسسة الحق"}),
        (
            "ودانت جامعة الدول العربية ومنظمة التعاون الإسلامي الاعتداء، وأكدتا تضامنهما الكامل مع الإمارات.",
            {"جامعة الدول العربية", "منظمة التعاون الإسلامي"},
            {"الإمارات"},
        ),
    ],
)
def test_solidarity_with_whom(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "SUPPORT") == (source, target)


def test_a_deal_with_a_university_named_after_its_town_is_with_it() -> None:
    doc = extract_text(
        "وقعت وزارة التراث والسياحة العمانية اتفاقية مع جامعة بيزا الإيطالية لاستئناف التنقيب."
    )
    assert roles(doc, "AGREE") == ({"وزارة التراث والسياحة العمانية"}, {"بيزا"})


@pytest.mark.parametrize(
    "text",
    [
        # the services of a body act for it
        "أوقفت مصالح الدرك الوطني بولاية تبسة أربعة أشخاص.",
        # a relative clause's verb "in turn" with its object after: the antecedent acts
        "وجاءت العملية ثمرة تنسيق بين الدرك الوطني الجزائري والحرس الوطني التونسي، "
        "الذي أوقف بدوره متهمين اثنين.",
    ],
)
def test_arrests_by_a_body_s_services_or_in_turn(text: str) -> None:
    ev = next(e for e in extract_text(text).events if e.type == "COERCE")
    assert ev.source and not ev.target


def test_measures_sanctions_include_are_one_sanction() -> None:
    doc = extract_text(
        "أعلن الاتحاد الأوروبي يوم الاثنين فرض عقوبات تشمل تجميد أصول وحظر سفر على جماعة أنصار الدين "
        "وزعيمها إياد أغ غالي."
    )
    assert event_roles(doc) == [("SANCTION", {"الاتحاد الأوروبي"}, {"جماعة أنصار الدين", "إياد أغ غالي"})]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a call to "the two sides": the two parties of the last act between two actors told before
        (
            "اتهمت جبهة البوليساريو المغرب بخرق وقف إطلاق النار، فيما دعا الأمين العام للأمم المتحدة "
            "أنطونيو غوتيريش الطرفين إلى ضبط النفس.",
            {"جبهة البوليساريو", "المغرب"},
        ),
        # (not the two sides a call is for, after إلى)
        (
            "اتهمت جبهة البوليساريو المغرب بخرق وقف إطلاق النار، فيما دعا الأمين العام للأمم المتحدة "
            "أنطونيو غوتيريش إلى الحوار بين الطرفين.",
            set(),
        ),
    ],
)
def test_a_call_to_the_two_sides(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "REQUEST") == ({"أنطونيو غوتيريش"}, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a vow of a response that names no one: at the agents of the last act against the vower
        (
            "شنت الولايات المتحدة وبريطانيا ضربات على مواقع جماعة الحوثي في اليمن. في المقابل، توعدت "
            "جماعة الحوثي بأن الضربات لن تمر دون رد.",
            {"جماعة الحوثي"},
            {"الولايات المتحدة", "بريطانيا"},
        ),
        # (a threat of a step of one's own is no such vow: هدد بفرض رسوم)
        (
            "فرضت كندا رسوما على الواردات الأميركية. وهدد الرئيس الأمريكي دونالد ترامب بمضاعفة الرسوم ردا.",
            {"دونالد ترامب"},
            set(),
        ),
    ],
)
def test_a_vow_of_response(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "THREATEN") == (source, target)


def test_a_release_with_its_pronoun_before_its_subject() -> None:
    doc = extract_text("أوقفت الشرطة الصحفي زياد النمري، قبل أن تفرج عنه السلطات الأردنية بكفالة.")
    assert roles(doc, "RETREAT") == ({"السلطات الأردنية"}, {"زياد النمري"})


def test_a_country_s_court_as_the_subject_acts_for_it() -> None:
    doc = extract_text(
        "أفرجت محكمة تركية في إزمير عن القس الأمريكي أندرو برانسون. وفرضت واشنطن عقوبات على تركيا."
    )
    assert roles(doc, "RETREAT") == ({"تركيا"}, {"أندرو برانسون"})


def test_an_act_plotted_is_not_done() -> None:
    doc = extract_text("دانت المحكمة خمسة متهمين بالتخطيط لتفجير حسينية في منطقة الجهراء بالكويت.")
    assert not [e for e in doc.events if e.type == "ASSAULT"]


def test_a_fire_that_destroyed_a_camp_is_no_attack() -> None:
    doc = extract_text("وسجنت محكمة يونانية أربعة شبان أفغان بعد إدانتهم بإضرام الحريق الذي دمر مخيم موريا.")
    assert not [e for e in doc.events if e.type == "ASSAULT" and e.trigger.text == "دمر"]


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # brandishing a lawsuit, praising cooperation, blocking an encyclopaedia
        ("لوحت الحكومة المصرية بملاحقة شركة أوبر قضائيا.", "THREATEN", {"الحكومة المصرية"}, {"أوبر"}),
        (
            "ونوهت الوزيرة نجلاء المنقوش بتعاون الولايات المتحدة.",
            "SUPPORT",
            {"نجلاء المنقوش"},
            {"الولايات المتحدة"},
        ),
        (
            "حجبت هيئة تكنولوجيا المعلومات والاتصالات التركية موسوعة ويكيبيديا.",
            "COERCE",
            {"هيئة تكنولوجيا المعلومات والاتصالات التركية"},
            {"موسوعة ويكيبيديا"},
        ),
    ],
)
def test_threats_praise_and_blocking_words(text: str, etype: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), etype) == (source, target)


def test_experts_sent_are_aid() -> None:
    doc = extract_text("كما أرسلت الصين فريقا من 30 خبيرا في الترميم إلى نيبال.")
    assert roles(doc, "AID") == ({"الصين"}, {"نيبال"})


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a giving noun after ب opens what is pledged, past an occasion named first
        (
            "تعهدت الهند خلال المؤتمر الدولي لإعادة إعمار نيبال بتقديم مليار دولار لإعادة بناء المنازل.",
            {"الهند"},
            {"نيبال"},
        ),
        # sums granted, tankers sent
        ("ومنح البنك الدولي غانا 250 مليون دولار لتحسين الشبكة.", {"البنك الدولي"}, {"غانا"}),
        (
            "وأعلنت المنظمة الدولية للهجرة إرسال 20 صهريجا للمياه إلى بلدية سبها.",
            {"المنظمة الدولية للهجرة"},
            {"بلدية سبها"},
        ),
    ],
)
def test_pledged_and_granted_sums_and_tankers_are_aid(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "AID") == (source, target)


def test_a_mans_title_after_a_feminine_verb_is_its_object() -> None:
    doc = extract_text("وفتحت لجنة التحقيق الروسية قضية جنائية، واعتقلت المدير السابق للشركة يوري فاسيليف.")
    assert roles(doc, "COERCE") == ({"لجنة التحقيق الروسية"}, {"يوري فاسيليف"})


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a visit "done" by someone (قام بها), who goes on where he went (حيث التقى)
        (
            "إثر زيارة قام بها الجنرال موهوزي كاينيروغابا إلى كيغالي، حيث التقى الرئيس بول كاغامي.",
            {"موهوزي كاينيروغابا"},
            {"بول كاغامي"},
        ),
        # the one who made the visit is the holder of the title, past its office's body
        (
            "إثر زيارة قام بها قائد القوات البرية الأوغندية الجنرال موهوزي كاينيروغابا إلى كيغالي، حيث التقى"
            " الرئيس بول كاغامي.",
            {"موهوزي كاينيروغابا"},
            {"بول كاغامي"},
        ),
        (
            "وذلك خلال زيارة يقوم بها وزير القوى العاملة الإندونيسي يسيرلي إلى كوالالمبور التقى خلالها نظيره"
            " الماليزي ستيفن سيم.",
            {"يسيرلي"},
            {"ستيفن سيم"},
        ),
        # a bare visit: who went is named after his title and its office
        (
            "خلال جولة المبعوث الخاص للأمم المتحدة مارتن غريفيث إلى عمان، حيث التقى وزير الخارجية ناصر جودة.",
            {"مارتن غريفيث"},
            {"ناصر جودة"},
        ),
        (
            "وجاء الاتفاق خلال زيارة المديرة العامة للمنظمة كاثرين راسل إلى الدوحة، حيث التقت وزيرة الدولة"
            " لولوة الخاطر.",
            {"كاثرين راسل"},
            {"لولوة الخاطر"},
        ),
    ],
)
def test_a_visit_made_by_a_titled_person(text: str, source: set[str], target: set[str]) -> None:
    doc = extract_text(text)
    assert [(names(doc, e.source), names(doc, e.target)) for e in doc.events if e.type == "CONSULT"] == [
        (source, target)
    ]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # fighters and soldiers deployed, counted or of the subject's own
        (
            "نشرت حركة طالبان عشرات من مقاتليها في وادي باميان لحراسة المواقع البوذية.",
            {"حركة طالبان"},
            {"وادي باميان"},
        ),
        ("ونشرت روسيا 300 عسكري في سوريا.", {"روسيا"}, {"سوريا"}),
    ],
)
def test_fighters_and_soldiers_deployed(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "MOBILIZE") == (source, target)


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # praise with نوّه of a grant, aid or vigilance
        ("ونوه الوزير نجيب ميقاتي بالهبة التي قدمتها بريطانيا.", "SUPPORT", {"نجيب ميقاتي"}, {"بريطانيا"}),
        ("ونوه الوالي محمد موسى بيقظة الشرطة السودانية.", "SUPPORT", {"محمد موسى"}, {"الشرطة السودانية"}),
    ],
)
def test_grants_and_vigilance_praised(text: str, etype: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), etype) == (source, target)


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # gifts to someone named
        ("وصلت شحنة تضم 300 ألف جرعة من لقاح سينوفارم أهدتها الصين إلى مصر.", "AID", {"الصين"}, {"مصر"}),
        ("أهدت الصين مصر 300 ألف جرعة.", "AID", {"الصين"}, {"مصر"}),
        # pharmacies and stores closed
        (
            "أغلقت وزارة الصحة الكويتية 14 صيدلية أهلية خلال حملة تفتيشية.",
            "COERCE",
            {"وزارة الصحة الكويتية"},
            set(),
        ),
        ("وكانت وزارة الصحة اللبنانية قد أقفلت مستودعات الشركة.", "COERCE", {"وزارة الصحة اللبنانية"}, set()),
    ],
)
def test_gifts_and_closures_of_pharmacies(text: str, etype: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), etype) == (source, target)


def test_pharmacies_closing_their_doors_close_nothing_of_others() -> None:
    doc = extract_text("أغلقت آلاف الصيدليات في فرنسا أبوابها في إضراب دعا إليه اتحاد نقابات صيادلة فرنسا.")
    assert [e.type for e in doc.events] == ["PROTEST"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # goods "given by" someone, to whom إلى names, else to who received them, else to no one named
        (
            "أقلعت طائرتان عسكريتان تحملان 20 طنا من الأدوية والمستلزمات الطبية مقدمة من مصر إلى السودان.",
            {"مصر"},
            {"السودان"},
        ),
        (
            "تسلمت وزارة المواصلات الليبية شحنة معدات اتصالات مقدمة من الحكومة الإيطالية.",
            {"الحكومة الإيطالية"},
            {"وزارة المواصلات الليبية"},
        ),
        ("وصلت إلى ميناء بورتسودان شحنة من 3 آلاف طن من القمح مقدمة من دولة قطر.", {"دولة قطر"}, set()),
    ],
)
def test_goods_given_by_someone_named_after_min(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "AID") == (source, target)


@pytest.mark.parametrize(
    "text",
    [
        "اطلع المجلس على التقرير المقدم من الأمانة العامة.",  # a report presented, no goods
        # the giving told already by the verb of receiving
        "تسلم الحرس البحري التونسي ستة زوارق مقدمة من إيطاليا.",
    ],
)
def test_goods_given_once_and_reports_not_given(text: str) -> None:
    assert len([e for e in extract_text(text).events if e.type == "AID"]) == ("زوارق" in text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # who planted the device that exploded is the attacker; the planting is no attack of its own
        (
            "قتل أربعة جنود من بعثة الاتحاد الأفريقي بانفجار عبوة ناسفة زرعتها حركة الشباب على طريق.",
            {"حركة الشباب"},
            {"بعثة الاتحاد الأفريقي"},
        ),
        (
            "أعلنت وزارة الدفاع التركية مقتل جنديين في انفجار عبوة ناسفة زرعها عناصر حزب العمال الكردستاني.",
            {"حزب العمال الكردستاني"},
            set(),
        ),
    ],
)
def test_explosives_planted_by_the_attacker(text: str, source: set[str], target: set[str]) -> None:
    doc = extract_text(text)
    assert [(names(doc, e.source), names(doc, e.target)) for e in doc.events if e.type == "ASSAULT"] == [
        (source, target)
    ]


def test_vessels_of_a_force_stand_for_it() -> None:
    doc = extract_text(
        "أطلقت سفن تابعة لجهاز الأمن الفيدرالي الروسي النار على ثلاث سفن من البحرية الأوكرانية"
        " قرب مضيق كيرتش."
    )
    assert roles(doc, "ASSAULT") == ({"جهاز الأمن الفيدرالي الروسي"}, {"البحرية الأوكرانية"})


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # aid, a grant or a shipment given, named before the verb of its relative clause or after it
        ("وأشاد الوزير بالمساعدات التي قدمتها قطر للسودان.", {"قطر"}, {"السودان"}),
        ("ونوه الوزير بالهبة التي قدمتها بريطانيا إلى الجيش اللبناني.", {"بريطانيا"}, {"الجيش اللبناني"}),
        ("وقال إن إيران قدمت شحنة رابعة من الوقود إلى لبنان.", {"إيران"}, {"لبنان"}),
    ],
)
def test_aid_grants_and_shipments_given(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "AID") == (source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # aid brought in or dropped; a town it is brought to is no recipient, a capital is its government
        (
            "أدخلت اللجنة الدولية للصليب الأحمر قافلة مساعدات من 44 شاحنة إلى بلدة مضايا.",
            {"اللجنة الدولية للصليب الأحمر"},
            set(),
        ),
        ("وأدخلت مصر 200 شاحنة محملة بالوقود عبر معبر رفح.", {"مصر"}, set()),
        (
            "وأعلن برنامج الأغذية العالمي أنه أسقط جوا 60 طنا من المواد الغذائية.",
            {"برنامج الأغذية العالمي"},
            set(),
        ),
        ("أرسلت ألمانيا مساعدات عسكرية إلى كييف.", {"ألمانيا"}, {"كييف"}),
    ],
)
def test_aid_brought_in_or_dropped(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "AID") == (source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # an inquiry opened with someone accuses them; a criminal case opened is an inquiry
        ("فتحت النيابة العامة السويسرية تحقيقا مع رياض سلامة.", {"النيابة العامة السويسرية"}, {"رياض سلامة"}),
        (
            "فتحت النيابة العامة تحقيقا قضائيا بحق الوزير السابق جبران باسيل.",
            {"النيابة العامة"},
            {"جبران باسيل"},
        ),
        ("وفتحت لجنة التحقيق الروسية قضية جنائية بتهمة الإهمال.", {"لجنة التحقيق الروسية"}, set()),
    ],
)
def test_inquiries_and_cases_opened(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "ACCUSE") == (source, target)


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # two subjects carrying out or coming forward with an act (dual قامتا، تقدمتا)
        ("وكانت أستراليا وهولندا قد تقدمتا بشكوى ضد موسكو.", "ACCUSE", {"أستراليا", "هولندا"}, {"موسكو"}),
        ("وكانت مصر والسودان قد قامتا بإغلاق الحدود.", "COERCE", {"مصر", "السودان"}, set()),
    ],
)
def test_acts_carried_out_by_two(text: str, etype: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), etype) == (source, target)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # vessels, cargoes and assets seized (حجز) or impounded (التحفظ على)
        ("حجز خفر السواحل الموريتاني سفينة صيد صينية قرب حوض آرغين.", {"خفر السواحل الموريتاني"}),
        (
            "قررت محكمة الإسماعيلية الاقتصادية التحفظ على سفينة الحاويات العملاقة.",
            {"محكمة الإسماعيلية الاقتصادية"},
        ),
    ],
)
def test_vessels_and_assets_seized(text: str, source: set[str]) -> None:
    assert roles(extract_text(text), "COERCE")[0] == source


def test_a_reservation_on_a_text_seizes_nothing() -> None:
    doc = extract_text("أبدت الحكومة المغربية تحفظها على مشروع القرار.")
    assert [e.type for e in doc.events if e.type == "COERCE"] == []


@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        # an athlete or an official suspended is sanctioned; a person held by the police is arrested
        ("أوقفت وحدة نزاهة ألعاب القوى العداءة الكينية جوديث واندا ثلاث سنوات.", "SANCTION", {"جوديث واندا"}),
        ("أوقف الاتحاد الدولي لرفع الأثقال الرباع المصري محمد إيهاب عامين.", "SANCTION", {"محمد إيهاب"}),
        (
            "أوقفت الشرطة النيجرية الأمين العام للاتحاد إدريسا مايغا للاشتباه في تزوير أعمار لاعبي المنتخب.",
            "COERCE",
            {"إدريسا مايغا"},
        ),
    ],
)
def test_athletes_suspended_people_held(text: str, etype: str, target: set[str]) -> None:
    doc = extract_text(text)
    assert [(e.type, names(doc, e.target)) for e in doc.events] == [(etype, target)]


@pytest.mark.parametrize(
    ("text", "etype", "source"),
    [
        # members of a force sent (إرسال 200 عنصر), activities of bodies banned (حظر أنشطة)
        (
            "وأعلن وزير الداخلية الفرنسي جيرالد دارمانان إرسال 200 عنصر إضافي من الشرطة إلى مرسيليا.",
            "MOBILIZE",
            {"جيرالد دارمانان"},
        ),
        (
            "قررت السلطات الانتقالية في مالي حظر أنشطة المنظمات غير الحكومية الممولة من الخارج.",
            "COERCE",
            {"السلطات الانتقالية"},
        ),
    ],
)
def test_members_sent_and_activities_banned(text: str, etype: str, source: set[str]) -> None:
    assert roles(extract_text(text), etype)[0] == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a bill withdrawn or suspended, a rise suspended: a material concession
        ("وفي اليوم التالي أعلن الرئيس وليام روتو سحب مشروع قانون المالية بالكامل.", {"وليام روتو"}),
        ("أعلن رئيس الوزراء إدوار فيليب تعليق الزيادة المقررة في الضريبة على الوقود.", {"إدوار فيليب"}),
        ("أعلنت الرئيسة التنفيذية لهونغ كونغ كاري لام تعليق العمل بمشروع القانون.", {"كاري لام"}),
    ],
)
def test_bills_withdrawn_and_rises_suspended(text: str, source: set[str]) -> None:
    assert roles(extract_text(text), "RETREAT")[0] == source


@pytest.mark.parametrize(
    "text",
    [
        # a meeting, visit or reception with one side named, the other not, is not coded
        "استقبل بوتين في الكرملين أمس وفدا من رجال الأعمال.",
        "وقررت مجموعة أوبك+، في اجتماعها الوزاري عبر الفيديو، تمديد التخفيضات.",
        "وأجرى الرئيس الفرنسي إيمانويل ماكرون زيارة تفقدية إلى مدينة مرسيليا.",
    ],
)
def test_meetings_with_one_side_named_are_not_coded(text: str) -> None:
    assert "CONSULT" not in {e.type for e in extract_text(text).events}


def test_a_meeting_a_body_holds_is_coded_with_the_body_alone() -> None:
    doc = extract_text("عقد مجلس الأمن الدولي اجتماعا طارئا لبحث الوضع في السودان.")
    assert roles(doc, "CONSULT") == ({"مجلس الأمن الدولي"}, set())


@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        # a vessel acted on stands for the company named as its owner
        (
            "أفرجت السلطات الإيرانية عن ناقلة النفط «هانكوك تشيمي» المملوكة لشركة «دي إم شيبينغ» الكورية.",
            "RETREAT",
            {"دي إم شيبينغ"},
        ),
        (
            "احتجزت الشرطة الفنلندية ناقلة النفط «إيغل إس» المملوكة لشركة «كارافيلا» المسجلة في الإمارات.",
            "COERCE",
            {"كارافيلا"},
        ),
    ],
)
def test_a_vessel_stands_for_its_owner(text: str, etype: str, target: set[str]) -> None:
    assert roles(extract_text(text), etype)[1] == target


def test_a_visa_imposed_restricts_and_is_the_act_criticised_next() -> None:
    doc = extract_text(
        "فرضت السلطات المصرية تأشيرة دخول مسبقة على جميع المواطنين السودانيين. "
        "وانتقدت منظمة العفو الدولية القرار."
    )
    assert event_roles(doc) == [
        ("COERCE", {"السلطات المصرية"}, set()),
        ("ACCUSE", {"منظمة العفو الدولية"}, {"السلطات المصرية"}),
    ]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a veto is cast against the authors of the draft it blocks
        (
            "استخدمت روسيا حق النقض (الفيتو) في مجلس الأمن الدولي ضد مشروع قرار قدمته سويسرا والبرازيل.",
            {"سويسرا", "البرازيل"},
        ),
        ("استخدمت الولايات المتحدة الفيتو ضد مشروع قرار تقدمت به الجزائر.", {"الجزائر"}),
        # the council it was put to named between
        (
            "استخدمت روسيا الفيتو ضد مشروع قرار في مجلس الأمن الدولي قدمته الولايات المتحدة واليابان.",
            {"الولايات المتحدة", "اليابان"},
        ),
        ("استخدمت روسيا الفيتو ضد مشروع القرار.", set()),
    ],
)
def test_a_veto_is_cast_against_the_draft_s_authors(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "REJECT")[1] == target


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one who asks goes on in the participle after the demand, not the one asked
        (
            "وطالب رامي أبو كرش الرئيس الفلسطيني محمود عباس بإلغاء القرار، متهما حكومة رام الله بمعاقبة غزة.",
            [
                ("REQUEST", {"رامي أبو كرش"}, {"محمود عباس"}),
                ("ACCUSE", {"رامي أبو كرش"}, {"حكومة رام الله"}),
            ],
        ),
    ],
)
def test_the_asker_goes_on_after_a_demand(text: str, expected: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # two who sign an accord between their states are its parties, not the states too
        (
            "وقع وزير الطيران المدني المصري سامح الحفني والمفوضة الأوروبية أدينا فاليان اتفاقية للنقل الجوي "
            "بين مصر والاتحاد الأوروبي.",
            {"سامح الحفني", "أدينا فاليان"},
        ),
        # one who signs it with no one named: the two it is between
        ("وقعت الحكومة اتفاقية بين مصر والاتحاد الأوروبي.", None),
    ],
)
def test_signers_of_an_accord_between_states(text: str, parties: set[str] | None) -> None:
    doc = extract_text(text)
    source, target = roles(doc, "AGREE")
    if parties is not None:
        assert source | target == parties
    else:
        assert {"مصر", "الاتحاد الأوروبي"} <= source | target


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # one-sided events of the types whose missing side mostly tells a misreading: left out by default
        ("وأطلقت حماس عشرات الصواريخ على البلدات المجاورة .", "ASSAULT"),
        ("ورحبت مصر بالقرار .", "SUPPORT"),
        ("وقضت المحكمة بالسجن خمس سنوات على الرئيس السابق محمد مرسي .", "SANCTION"),
    ],
)
def test_one_sided_events_of_some_types_are_left_out_by_default(text: str, etype: str) -> None:
    assert etype in {e.type for e in extract_text(text).events}  # found, with every event kept
    assert etype not in {e.type for e in _extract_text(text).events}  # the default leaves it out


@pytest.mark.parametrize(
    "text",
    [
        # support for many states or parties no name tells is kept with no target by default
        "وأشاد الرئيس الفلسطيني محمود عباس بالدول المانحة .",
        "وشكر رئيس الحكومة اللبنانية نواف سلام الوسطاء على جهودهم .",
        "وهنأ الرئيس اللبناني جوزاف عون الفائزين في الانتخابات البلدية .",
    ],
)
def test_support_for_many_unnamed_is_kept_by_default(text: str) -> None:
    assert [e.type for e in _extract_text(text).events] == ["SUPPORT"]


def test_one_sided_events_of_other_types_and_two_sided_ones_are_kept_by_default() -> None:
    doc = _extract_text("ورفضت مصر القرار . ودعت مصر إسرائيل إلى وقف إطلاق النار .")
    assert event_roles(doc) == [
        ("REJECT", {"مصر"}, set()),
        ("REQUEST", {"مصر"}, {"إسرائيل"}),
    ]


@pytest.mark.parametrize("entry", ["SUPPORT", "SUPPORT:both", "PRAISE:source"])
def test_one_sided_entries_are_checked(entry: str) -> None:
    with pytest.raises(ConfigError, match="event_one_sided_dropped"):
        EventCoder(CONFIG.replace(event_one_sided_dropped=(entry,)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demand told as refused or answered is no demand made there; the refusal is aimed at who made it
        (
            "ورفضت الحكومة المصرية مطالب حماس بفتح المعبر .",
            [("REJECT", {"الحكومة المصرية"}, {"حماس"})],
        ),
        (
            "ورفض ماكرون طلب حماس فتح المعبر .",
            [("REJECT", {"ماكرون"}, {"حماس"})],
        ),
        # a demand made is one
        ("وقدمت حماس طلبا إلى مصر لفتح المعبر .", [("REQUEST", {"حماس"}, {"مصر"})]),
    ],
)
def test_a_demand_refused_is_no_demand_made(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    doc = make_doc(text)
    assert event_roles(doc) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # exercises of two or more named together are their cooperation, however long their names
        (
            "وأجرت الشرطة المصرية والجيش الإسرائيلي والإدارة الأميركية يوم الأحد مناورات مشتركة .",
            [("COOPERATE", {"الشرطة المصرية"}, {"الجيش الإسرائيلي", "الإدارة الأميركية"})],
        ),
        # a joint operation of two against someone: an attack, and their cooperation
        (
            "ونفذت الولايات المتحدة والعراق عملية مشتركة ضد حماس .",
            [
                ("ASSAULT", {"الولايات المتحدة", "العراق"}, {"حماس"}),
                ("COOPERATE", {"الولايات المتحدة"}, {"العراق"}),
            ],
        ),
    ],
)
def test_joint_acts_of_two_named_together(text: str, expected: list[tuple[str, set[str], set[str]]]) -> None:
    doc = make_doc(text)
    assert event_roles(doc) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attack whose clause closes on a participle of speech is made in words, by a body or a person
        # of no arms on a state or a body
        (
            "هاجم حزب المؤتمر الوطني الإفريقي الحاكم المحكمة الجنائية الدولية، معتبرا أنها لم تعد مفيدة.",
            [("ACCUSE", {"حزب المؤتمر الوطني"}, {"المحكمة الجنائية الدولية"})],
        ),
        # (not by armed forces, nor on a town)
        (
            "هاجمت القوات الإسرائيلية مدينة جنين، مؤكدة أنها تلاحق مسلحين.",
            [("ASSAULT", {"القوات الإسرائيلية"}, {"جنين"})],
        ),
    ],
)
def test_an_attack_told_with_words_said_is_verbal(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


def test_who_called_a_protest_organised_it_not_who_acted_before() -> None:
    text = (
        "ودعا موسى فقي محمد إلى الإفراج الفوري عن حمدوك، فيما خرج عشرات الآلاف في الخرطوم في مظاهرات دعا "
        "إليها تجمع المهنيين السودانيين."
    )
    assert [e for e in coded_roles(text) if e[0] == "PROTEST"] == [
        ("PROTEST", {"تجمع المهنيين السودانيين"}, set())
    ]


def test_a_suspension_of_participation_in_a_bodys_activities_is_a_sanction() -> None:
    # the nearer object names what is suspended: participation (a sanction), not the activities after it
    text = "علّق مجلس السلم والأمن التابع للاتحاد الأفريقي يوم الثلاثاء مشاركة النيجر في جميع أنشطة الاتحاد."
    assert coded_roles(text) == [("SANCTION", {"مجلس السلم والأمن"}, {"النيجر"})]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a war no telling names a party to is the background, no attack coded
        (
            "رفض أيمن الصفدي توقيع الاتفاقية مع إسرائيل في ظل استمرار الحرب على غزة.",
            [("REJECT", {"أيمن الصفدي"}, set())],
        ),
        # (one its waging party is named in is)
        (
            "وتواصل إسرائيل الحرب التي تشنها على غزة منذ أكتوبر.",
            [("ASSAULT", {"إسرائيل"}, {"غزة"})],
        ),
    ],
)
def test_a_war_no_one_is_named_to_wage_is_background(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert [e for e in coded_roles(text) if e[0] in ("ASSAULT", "REJECT")] == expected


def test_a_union_heads_title_names_its_holder_as_the_one_acted_on() -> None:
    # رئيسة نقابة «X» Y: the union's head is held, not the union
    text = "احتجزت الشرطة الروسية، الخميس، رئيسة نقابة «تحالف الأطباء» أناستاسيا فاسيليفا في نوفغورود."
    assert coded_roles(text) == [("COERCE", {"الشرطة الروسية"}, {"أناستاسيا فاسيليفا"})]


def test_praise_followed_by_a_describing_participle_keeps_its_object() -> None:
    # واصفا is one word: no و joining the place it describes to the one who praises
    doc = extract_text(
        "وأشاد لودريان بجهود الهيئة الملكية لمحافظة العلا، واصفا العلا بأنها من أهم المواقع الأثرية ."
    )
    assert roles(doc, "SUPPORT") == ({"لودريان"}, {"الهيئة الملكية لمحافظة العلا"})


def test_a_verb_joined_after_a_means_is_the_subject_s_next_act() -> None:
    # بالقوة واعتقلت: the verb after the means is no object of it, another act coded
    doc = extract_text("فرقت قوات الأمن الإيرانية المسيرة بالقوة واعتقلت 14 شخصا .")
    assert sorted(ev.trigger.text for ev in doc.events if ev.type == "COERCE") == ["اعتقلت", "فرقت"]


def test_people_released_are_of_the_body_after_from_past_its_kind_and_quotation_marks() -> None:
    # (طالبا is no word for members: the release's من names whom they are of)
    doc = extract_text("أفرجت الشرطة الأوغندية عن 11 طالبا من حركة «أوقفوا إيكوب» .")
    assert roles(doc, "RETREAT") == ({"الشرطة الأوغندية"}, {"أوقفوا إيكوب"})


def test_activists_of_a_campaign_quoted_after_its_kind_act_for_it() -> None:
    doc = extract_text("نظم نشطاء من ائتلاف «المغرب ليس مزبلة» وقفة احتجاجية أمام مقر البرلمان في الرباط .")
    assert roles(doc, "PROTEST") == ({"المغرب ليس مزبلة"}, set())


@pytest.mark.parametrize(
    "praise", ["وأشادت منظمة «طبيعة العراق» بالعملية", "وباركت منظمة «طبيعة العراق» العملية"]
)
def test_a_deed_praised_after_a_quoted_name_is_the_one_told_before(praise: str) -> None:
    # منظمة «طبيعة العراق» بالعملية: the kind and the quotation marks are the subject's, then the deed
    doc = extract_text(f"اعتقلت قوات الأسايش يوم الأحد خمسة صيادين . {praise} .")
    assert roles(doc, "SUPPORT") == ({"طبيعة العراق"}, {"قوات الأسايش"})


@pytest.mark.parametrize(
    ("text", "aid"),
    [
        # a fund, a bank or the European Union that signs a loan or grant agreement gives it
        (
            "وقعت الحكومة التشادية وصندوق قطر للتنمية اتفاقية منحة .",
            ({"صندوق قطر للتنمية"}, {"الحكومة التشادية"}),
        ),
        (
            "أبرمت الحكومة الموريتانية والبنك الدولي اتفاقية تمويل .",
            ({"البنك الدولي"}, {"الحكومة الموريتانية"}),
        ),
        (
            "وقع الاتحاد الأوروبي والحكومة التونسية اتفاقية تمويل .",
            ({"الاتحاد الأوروبي"}, {"الحكومة التونسية"}),
        ),
        # no lender named, or an agreement of another kind: the signing only
        ("وقعت موريتانيا وألمانيا اتفاقية منحة .", None),
        ("وقعت الحكومة التشادية وصندوق قطر للتنمية اتفاقية تعاون .", None),
    ],
)
def test_a_loan_agreement_a_lender_signs_is_aid_too(text: str, aid: tuple[set[str], set[str]] | None) -> None:
    doc = extract_text(text)
    assert [e.type for e in doc.events if e.type == "AGREE"] == ["AGREE"]
    given = [(names(doc, e.source), names(doc, e.target)) for e in doc.events if e.type == "AID"]
    assert given == ([aid] if aid else [])


def test_a_team_of_a_body_fired_on_is_the_body_attacked() -> None:
    doc = extract_text("أطلق مسلحون مجهولون النار على فريق من الهيئة العامة للبيئة في منطقة السواني .")
    assert roles(doc, "ASSAULT") == (set(), {"الهيئة العامة للبيئة"})


def test_an_act_on_whom_a_pronoun_names_takes_its_agent_after_ala_yad() -> None:
    doc = extract_text(
        "أفرجت السلطات الإيرانية عن الناقلة ستينا إمبيرو بعد شهرين من احتجازها على يد القوات البحرية للحرس "
        "الثوري في مضيق هرمز ."
    )
    assert roles(doc, "COERCE")[0] == {"القوات البحرية للحرس الثوري"}


@pytest.mark.parametrize(
    "text",
    [
        "أعلنت روما الإفراج عن الإيطاليين برونو كاكاتشي ودانيلو كالونيغو ، اللذين خطفا في مدينة غات .",
        "أفرجت السلطات عن الصحفيين برونو كاكاتشي ودانيلو كالونيغو ، اللذين اعتقلتهما الشرطة في مارس .",
    ],
)
def test_a_dual_relative_hangs_on_both_names_joined_before_it(text: str) -> None:
    doc = extract_text(text)
    acted_on = [names(doc, e.target) for e in doc.events if e.type in ("ASSAULT", "COERCE")]
    assert acted_on == [{"برونو كاكاتشي", "دانيلو كالونيغو"}]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a decision, an accord or a memorandum refused is aimed at no one
        ("أصدر مجلس الأمن قرارا بحظر الأسلحة . ورفضت حكومة جوبا القرار ، معتبرة أنه يقوض السلام .", set()),
        ("وقعت تركيا وليبيا مذكرة تفاهم . ورفضت مصر المذكرة في بيان .", set()),
        # a call refused is the caller's
        ("دعا مجلس الأمن إلى وقف القتال . ورفضت حكومة جوبا الدعوة .", {"مجلس الأمن"}),
    ],
)
def test_a_decision_refused_is_aimed_at_no_one(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "REJECT")[1] == target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # an accord refused by two joined subjects, by a subject with a title, or by one told before
        # the verb is aimed at no one
        ("وقعت تركيا وليبيا مذكرة تفاهم . ورفضت مصر واليونان المذكرة في بيان مشترك .", set()),
        ("وقعت تركيا وليبيا مذكرة تفاهم . ورفض الرئيس المصري عبد الفتاح السيسي المذكرة .", set()),
        ("وقعت تركيا وليبيا اتفاقا للتنقيب عن النفط . غير أن مصر رفضت الاتفاق ، وقالت إنه باطل .", set()),
        # a warrant refused is still the court's
        (
            "أصدرت المحكمة الجنائية الدولية مذكرة توقيف بحق الرئيس الروسي فلاديمير بوتين . ورفضت"
            " المتحدثة باسم الخارجية الروسية ماريا زاخاروفا المذكرة .",
            {"المحكمة الجنائية الدولية"},
        ),
    ],
)
def test_an_accord_refused_past_the_whole_subject_is_aimed_at_no_one(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "REJECT")[1] == target


def test_cutting_the_internet_told_as_a_noun_is_censorship() -> None:
    doc = extract_text("واصلت السلطات الإيرانية قطع خدمة الإنترنت عن البلاد لليوم السابع .")
    assert [(e.type, e.mode) for e in doc.events] == [("COERCE", "censor")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # companies closed are a restriction
        ("أغلق مصرف سورية المركزي ثلاث شركات صرافة في دمشق .", {"مصرف سورية المركزي"}),
        # a department (إدارة) of a body acts for it
        ("أوقفت إدارة الأمن الجنائي 27 شخصا يعملون في تجارة العملة .", {"الأمن الجنائي"}),
    ],
)
def test_companies_closed_and_arrests_by_a_department(text: str, source: set[str]) -> None:
    assert roles(extract_text(text), "COERCE")[0] == source


def test_boats_and_vehicles_given_are_military_aid() -> None:
    doc = extract_text("وأكدت ميلوني أن روما ستقدم خمسة زوارق مجهزة لخفر السواحل الليبي خلال العام الجاري .")
    assert [(e.type, e.mode, names(doc, e.source), names(doc, e.target)) for e in doc.events] == [
        ("AID", "military", {"روما"}, {"خفر السواحل الليبي"})
    ]


def test_thousands_of_workers_belonging_to_a_union_strike_for_it() -> None:
    # آلاف العمال: a count with its people as its genitive, then the union they belong to
    doc = extract_text("دخل آلاف العمال المنتسبين إلى اتحاد نقابات العمال في إضراب مفتوح .")
    assert roles(doc, "PROTEST") == ({"اتحاد نقابات العمال"}, set())


def test_a_name_opening_with_ali_is_joined_by_wa_not_read_as_ala() -> None:
    # وعلي رازيني: the name Ali, spelt as "on" once ى and ي are folded
    doc = extract_text("اعتقلت الشرطة محمد مقيسه وعلي رازيني .")
    assert roles(doc, "COERCE")[1] == {"محمد مقيسه", "علي رازيني"}


def test_a_meeting_that_brought_two_together_after_bad_min_is_theirs() -> None:
    # بعد أيام من لقاء جمع X بـY: a meeting told as a time, held all the same, X and Y its sides
    doc = extract_text(
        "وتأتي الإيقافات بعد أيام من لقاء جمع رئيس الهيئة مازن الكهموس بوزير الشؤون البلدية والقروية ماجد "
        "الحقيل لبحث آليات الحوكمة ."
    )
    assert roles(doc, "CONSULT") == ({"مازن الكهموس"}, {"ماجد الحقيل"})


def test_a_licence_revoked_is_a_sanction_on_its_holder() -> None:
    doc = extract_text("وألغت وزارة الإعلام ترخيص قناة الجزيرة .")
    assert roles(doc, "SANCTION") == ({"وزارة الإعلام"}, {"الجزيرة"})


def test_a_verdict_written_with_tanween_is_the_noun_not_a_dual_verb() -> None:
    # حكماً: the accusative of حكم (a verdict), not حكما ("the two judged")
    doc = extract_text("أصدرت محكمة جنايات الرصافة حكماً بالسجن المؤبد بحق الرئيس السابق عمر البشير .")
    assert roles(doc, "SANCTION") == ({"محكمة جنايات الرصافة"}, {"عمر البشير"})


def test_the_people_acted_on_named_after_hum_are_the_target() -> None:
    # شخصين، هما X وY: the two counted, then named
    doc = extract_text("واعتقلت إسرائيل شخصين ، هما الناشطان أحمد علي ومحمد مرسي .")
    assert roles(doc, "COERCE") == ({"إسرائيل"}, {"أحمد علي", "محمد مرسي"})


def test_an_accord_and_the_relative_clause_dating_its_signing_are_one_event() -> None:
    doc = extract_text(
        "وبحث الوزير تنفيذ اتفاقية التعاون الفضائي التي وقعتها سوريا وروسيا عام 2018 .", date="2021-04-02"
    )
    agreements = [e for e in doc.events if e.type == "AGREE"]
    assert len(agreements) == 1
    assert names(doc, (*agreements[0].source, *agreements[0].target)) == {"سوريا", "روسيا"}


def test_the_two_sides_who_sign_after_a_hosting_are_its_host_and_guest() -> None:
    doc = extract_text(
        "استقبل السلطان هيثم بن طارق في قصر العلم يوم الثلاثاء الرئيس الإيراني مسعود بزشكيان الذي يقوم "
        "بزيارة رسمية للسلطنة تستغرق يومين . ووقع الجانبان مذكرة تفاهم لإحياء مشروع خط أنابيب الغاز ."
    )
    (agreement,) = [e for e in doc.events if e.type == "AGREE"]
    assert names(doc, (*agreement.source, *agreement.target)) == {"هيثم بن طارق", "مسعود بزشكيان"}


@pytest.mark.parametrize(
    "text",
    [
        "سيرت القوات الروسية والقوات التركية يوم الأحد أول دورية مشتركة على الطريق الدولي .",
        "ونفذت البحرية الموريتانية والحرس المدني الإسباني دوريات مشتركة قبالة نواذيبو .",
    ],
)
def test_a_joint_patrol_two_run_is_co_operation_between_them(text: str) -> None:
    doc = extract_text(text)
    (patrol,) = [e for e in doc.events if e.type == "COOPERATE"]
    assert len({*patrol.source, *patrol.target}) == 2
    assert not [e for e in doc.events if e.type == "MOBILIZE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the court or prosecutors after إلى (or على) are where the case goes, not whom it is against
        (
            "وأحالت النيابة العامة المصرية الناشطة ريم الشاذلي إلى محكمة الجنايات .",
            ("ACCUSE", {"النيابة العامة المصرية"}, {"ريم الشاذلي"}),
        ),
        (
            "أحال وزير الداخلية محمد حصاد على المحكمة الإدارية ملف عبد الرحيم أوشن .",
            ("ACCUSE", {"محمد حصاد"}, {"عبد الرحيم أوشن"}),
        ),
        # the verbal noun's genitive is the one referred; who decided it refers him
        (
            "قررت الهيئة العامة للرقابة المالية إحالة هشام عبد الرازق إلى النيابة العامة .",
            ("ACCUSE", {"الهيئة العامة للرقابة المالية"}, {"هشام عبد الرازق"}),
        ),
        # a referral to an inquiry, and to a court named without the article
        (
            "وأحالت قوات الأمن الكردية الصحافي كاروان عثمان إلى محكمة تحقيق السليمانية .",
            ("ACCUSE", {"قوات الأمن الكردية"}, {"كاروان عثمان"}),
        ),
        # a court's referral of a defendant's papers to the Mufti: the step before a death sentence
        (
            "أحالت محكمة جنايات القاهرة أوراق الرئيس الأسبق محمد مرسي إلى مفتي الجمهورية .",
            ("SANCTION", {"محكمة جنايات القاهرة"}, {"محمد مرسي"}),
        ),
    ],
)
def test_a_referral_is_against_the_one_referred(text: str, expected: tuple[str, set[str], set[str]]) -> None:
    doc = extract_text(text)
    assert [(e.type, names(doc, e.source), names(doc, e.target)) for e in doc.events] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deed praised after على: whose deed it is, as after ب (أشاد X بتعاون Y)
        ("وأثنى محمد الشهوبي على تعاون السلطات الإيطالية .", ({"محمد الشهوبي"}, {"السلطات الإيطالية"})),
        ("وأثنى الوزير محمد الشهوبي على التزام الاتحاد الأوروبي .", ({"محمد الشهوبي"}, {"الاتحاد الأوروبي"})),
    ],
)
def test_a_deed_praised_after_ala_is_its_doer_s(text: str, expected: tuple[set[str], set[str]]) -> None:
    doc = extract_text(text)
    assert [e.type for e in doc.events] == ["SUPPORT"]  # تعاون after على: the noun, no co-operation told
    assert roles(doc, "SUPPORT") == expected


def test_a_protest_at_a_step_after_ala_is_aimed_at_who_took_it() -> None:
    told = "وقعت المؤسسة الوطنية للنفط الليبية اتفاقية مع شركة إيني الإيطالية ."
    doc = extract_text(f"{told} واحتجت وزارة الخارجية اليونانية على خطوة المؤسسة .")
    assert roles(doc, "ACCUSE") == ({"وزارة الخارجية اليونانية"}, {"المؤسسة الوطنية للنفط"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('وأعلنت هيئة النزاهة فتح تحقيق مع شركة "آسو" للإنشاءات .', ({"هيئة النزاهة"}, {"آسو"})),
        (
            "فتحت الهيئة العامة لتنظيم السوق تحقيقا مع شركة سي كيه هاتشيسون .",
            ({"الهيئة العامة لتنظيم السوق"}, {"سي كيه هاتشيسون"}),
        ),
    ],
)
def test_an_inquiry_opened_with_a_company_is_into_it(text: str, expected: tuple[set[str], set[str]]) -> None:
    # the kind of body and the quotation marks between مع and the name
    assert roles(extract_text(text), "ACCUSE") == expected


def test_the_sociologist_is_no_meeting() -> None:
    # عالم الاجتماع: "sociologist", الاجتماع "society" after the science's word, no meeting held
    doc = extract_text(
        "أعلنت وزارة الخارجية الروسية عودة عالم الاجتماع مكسيم شوغالي ومترجمه سامر سويفان إلى موسكو ."
    )
    assert not [e for e in doc.events if e.type == "CONSULT"]
    assert find(extract_text("وعقد الوزيران الاجتماع في موسكو مع سيرغي لافروف ."), "CONSULT") is not None


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # عنهما: the pair named last; عنه: the person
        (
            "وصل مكسيم شوغالي ومترجمه سامر سويفان إلى موسكو، بعد أن أفرجت عنهما"
            " حكومة الوفاق الوطني الليبية .",
            {"مكسيم شوغالي", "سامر سويفان"},
        ),
        ("وصل مكسيم شوغالي إلى موسكو، بعد أن أفرجت عنه حكومة الوفاق الوطني الليبية .", {"مكسيم شوغالي"}),
    ],
)
def test_those_released_named_by_a_pronoun_before_the_releaser(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "RETREAT") == ({"حكومة الوفاق الوطني الليبية"}, target)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "مقابل إطلاق الولايات المتحدة سراح تاجر الأسلحة الروسي فيكتور بوت .",
            ({"الولايات المتحدة"}, {"فيكتور بوت"}),
        ),
        (
            "مقابل إطلاق ستوكهولم سراح المسؤول القضائي الإيراني السابق حميد نوري .",
            ({"ستوكهولم"}, {"حميد نوري"}),
        ),
    ],
)
def test_the_person_set_free_after_words_describing_him(
    text: str, expected: tuple[set[str], set[str]]
) -> None:
    # not the country of his nationality: the words before the name say who he is
    assert roles(extract_text(text), "RETREAT") == expected


@pytest.mark.parametrize(
    "text",
    [
        "أفرج جيش تحرير بابوا الغربية عن الطيار فيليب مارك ميرتنز بعد أكثر من 19 شهرا على احتجازه .",
        "أفرجت كتائب حزب الله عن الباحثة إليزابيث تسوركوف بعد نحو عامين ونصف على احتجازها .",
    ],
)
def test_the_time_since_a_detention_is_no_detention_told(text: str) -> None:
    # how long the one released was held: the release's time, no arrest of its own
    assert [e.type for e in extract_text(text).events] == ["RETREAT"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the land to free after جيش تحرير, no person: the army is the attacker
        (
            "أعلن جيش تحرير بلوشستان مسؤوليته عن الهجوم على قافلة الجيش الباكستاني .",
            ({"جيش تحرير بلوشستان"}, {"الجيش الباكستاني"}),
        ),
    ],
)
def test_a_liberation_army_named_after_a_land_is_the_attacker(
    text: str, expected: tuple[set[str], set[str]]
) -> None:
    assert roles(extract_text(text), "ASSAULT") == expected


def test_a_request_noun_with_its_pronoun_asks_whom_min_names() -> None:
    # طلبه من X: whom he asked (طلب من X, no pronoun, is X's own request)
    doc = extract_text("لم يتلق المغرب بعد ردا على طلبه من منظمة الصحة العالمية توفير مستشفيات ميدانية .")
    assert roles(doc, "REQUEST") == ({"المغرب"}, {"منظمة الصحة العالمية"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # when and where it was said between the subject and the request, proposal or offer refused
        (
            "وطالبت مصر الدول المعنية بالمساهمة في تمويل التطهير . وكانت برلين رفضت في وقت سابق طلبا مصريا"
            " بالتعويض .",
            ({"برلين"}, {"مصر"}),
        ),
        (
            "وأكدت الحكومة اليمنية أن وكيل الجهاز المركزي عبدالله محمد السنيدار رفض في وقت سابق طلبا من"
            " جماعة الحوثي بتوقيع تقارير .",
            ({"عبدالله محمد السنيدار"}, {"جماعة الحوثي"}),
        ),
        (
            "ورفضت الحكومة الإثيوبية يوم الثلاثاء طلبا من الحكومة المصرية بتأجيل الملء .",
            ({"الحكومة الإثيوبية"}, {"الحكومة المصرية"}),
        ),
        # a proposal in the accusative, with a nationality: the country whose proposal it is
        (
            "انطلقت جولة من المفاوضات بين مصر والسودان وإثيوبيا برعاية الاتحاد الأفريقي . ورفضت إثيوبيا"
            " مقترحا سودانيا بتوسيع دور خبراء الاتحاد الأفريقي .",
            ({"إثيوبيا"}, {"السودان"}),
        ),
    ],
)
def test_a_refused_request_names_its_maker_past_when_it_was_said(
    text: str, expected: tuple[set[str], set[str]]
) -> None:
    source, target = roles(extract_text(text), "REJECT")
    assert expected[0] <= source and target == expected[1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a refusal told as a noun, its subject after it: whose request it refused
        ("وتصاعد التوتر بعد رفض القاهرة طلبا من الخرطوم بفتح المعبر .", ({"القاهرة"}, {"الخرطوم"})),
        (
            "وجاء القرار بعد أيام من رفض الأردن طلبا من العراق بتمديد الاتفاق .",
            ({"الأردن"}, {"العراق"}),
        ),
    ],
)
def test_a_refusal_noun_names_whose_request_it_refused(
    text: str, expected: tuple[set[str], set[str]]
) -> None:
    assert roles(extract_text(text), "REJECT") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "earlier" between the subject and whom it asks is no title (سابق "former") of a genitive
        ("وكانت الحكومة المالية قد طالبت في وقت سابق فرنسا بسحب قواتها .", ({"الحكومة المالية"}, {"فرنسا"})),
        ("ودعت تركيا في وقت لاحق السويد إلى تسليم المطلوبين .", ({"تركيا"}, {"السويد"})),
    ],
)
def test_a_call_made_earlier_or_later_names_whom_it_asks(
    text: str, expected: tuple[set[str], set[str]]
) -> None:
    assert roles(extract_text(text), "REQUEST") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is asked for, bare, before من: whom it is asked of
        ("وطلبت باكستان قرضا جديدا من صندوق النقد الدولي .", ({"باكستان"}, {"صندوق النقد الدولي"})),
        ("وطلبت كينيا تمويلا إضافيا من البنك الدولي .", ({"كينيا"}, {"البنك الدولي"})),
        # a request joined by و to an act, right before من: a verb, whom it asks
        (
            "أعلن الرئيس البيروفي بيدرو كاستيو حظر التجول في العاصمة ، وطلب من منظمة الدول الأمريكية"
            " إرسال مراقبين .",
            ({"بيدرو كاستيو"}, {"منظمة الدول الأمريكية"}),
        ),
    ],
)
def test_a_request_names_whom_it_asks_past_what_it_asks_for(
    text: str, expected: tuple[set[str], set[str]]
) -> None:
    assert roles(extract_text(text), "REQUEST") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body whose people open the sentence acts (فريق من X): the subject of what follows
        (
            "باشر فريق من الهلال الأحمر التركي يوم الأحد عمليات مشتركة مع منظمة الصحة العالمية لإغاثة"
            " المتضررين .",
            ({"الهلال الأحمر التركي"}, {"منظمة الصحة العالمية"}),
        ),
    ],
)
def test_a_body_whose_people_open_the_sentence_is_its_subject(
    text: str, expected: tuple[set[str], set[str]]
) -> None:
    assert roles(extract_text(text), "COOPERATE") == expected


def test_a_demand_refused_is_that_of_those_who_protested_for_it() -> None:
    text = (
        "بدأت الجمعية الطبية البريطانية ، الجمعة ، إضرابا للأطباء المقيمين للمطالبة بزيادة الأجور ."
        " ورفض وزير الصحة ويس ستريتينغ مطلب النقابة ، ووصف الإضراب بأنه غير مسؤول ."
    )
    assert roles(extract_text(text), "REJECT") == ({"ويس ستريتينغ"}, {"الجمعية الطبية البريطانية"})


def test_a_call_refused_is_not_that_of_those_who_protested() -> None:
    # (دعوات المعارضة: the opposition's calls, not the protesters')
    text = (
        "تظاهر عشرات الآلاف في بلغراد بدعوة من اتحاد طلبة جامعة بلغراد للمطالبة بمحاسبة المسؤولين ."
        " ورفض الرئيس الصربي ألكسندر فوتشيتش دعوات المعارضة لإجراء انتخابات مبكرة ."
    )
    assert roles(extract_text(text), "REJECT")[1] == set()


def test_how_a_call_was_made_between_commas_is_passed_over() -> None:
    # ، عبر المتحدث باسمه ،: through whom it was said, like a setting, then whom the call is to
    doc = extract_text(
        "ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش، عبر المتحدث باسمه، واشنطن إلى البقاء في الاتفاق ."
    )
    assert roles(doc, "REQUEST") == ({"أنطونيو غوتيريش"}, {"واشنطن"})


def test_a_request_for_an_arrest_is_asked_to_whom_it_went() -> None:
    # طلب توقيف: the arrest is asked for, none made by the one asking; the request goes to مدريد
    doc = extract_text(
        "ألقت الشرطة الإسبانية القبض على الجارحي بناء على طلب توقيف تقدمت به القاهرة إلى مدريد ."
    )
    assert roles(doc, "REQUEST") == ({"القاهرة"}, {"مدريد"})
    assert [names(doc, e.source) for e in doc.events if e.type == "COERCE"] == [{"الشرطة الإسبانية"}]


def test_an_actor_right_after_a_verb_with_a_prepositional_object_is_its_subject() -> None:
    # وأشاد الأخير ب...: أشاد takes its object with ب, so the latter is who praises, not whom
    doc = extract_text(
        "التقى وزير الخارجية التركي هاكان فيدان السفير الأميركي جيف فليك ، وأشاد الأخير بالخطوة ."
    )
    assert roles(doc, "SUPPORT")[0] == {"جيف فليك"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وأعربت السفارة الصينية في نواكشوط، في رسالة إلى الحكومة الموريتانية، عن أسفها للحادث .",
            ({"السفارة الصينية"}, {"الحكومة الموريتانية"}),
        ),
        (
            "وفي اتصال هاتفي مع نظيره الفرنسي جان نويل بارو، تعهد وزير الخارجية الإيراني عباس عراقجي"
            " بالإفراج قريبا عن مواطن فرنسي ثالث .",
            ({"عباس عراقجي"}, {"جان نويل بارو"}),
        ),
    ],
)
def test_a_pledge_or_apology_in_a_call_or_message_is_to_whom_it_went(
    text: str, expected: tuple[set[str], set[str]]
) -> None:
    assert roles(extract_text(text), "CONCEDE") == expected


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        # the person acted on, named after the body or place of his post (not the body or the place)
        (
            "اعتقلت الشرطة الفرنسية مؤسس موقع ويكيليكس جوليان أسانج في باريس .",
            "COERCE",
            ({"الشرطة الفرنسية"}, {"جوليان أسانج"}),
        ),
        (
            'وكانت السلطات الإثيوبية قد اعتقلت عشرات الصحفيين ، بينهم مراسل "رويترز" كومبيرو أبيرا .',
            "COERCE",
            ({"السلطات الإثيوبية"}, {"كومبيرو أبيرا"}),
        ),
        (
            "قتل مرشح حزب مورينا لرئاسة بلدية توكسبان في ولاية فيراكروز ، خافيير مونتيس ، برصاص مسلحين .",
            "ASSAULT",
            (set(), {"خافيير مونتيس"}),
        ),
        # an indefinite post, site or column of a body named after it: the body
        (
            "هاجم مسلحون يشتبه في انتمائهم إلى تنظيم الدولة الإسلامية في الصحراء الكبرى محطة إرسال لشركة"
            " إيرتل النيجر قرب بلدة تيلابيري .",
            "ASSAULT",
            (set(), {"شركة إيرتل النيجر"}),
        ),
        (
            "هاجم مسلحون يعتقد أنهم ينتمون إلى شبكة لتهريب الوقود دورية من الجيش التشادي قرب بلدة زوار .",
            "ASSAULT",
            (set(), {"الجيش التشادي"}),
        ),
        (
            "شنت القوات الجوية المصرية فجر الاثنين غارات على معسكرات ومخازن أسلحة لتنظيم داعش"
            " في مدينة درنة .",
            "ASSAULT",
            ({"القوات الجوية المصرية"}, {"تنظيم داعش"}),
        ),
    ],
)
def test_the_victim_or_owner_struck_is_the_target(
    text: str, etype: str, expected: tuple[set[str], set[str]]
) -> None:
    source, target = roles(extract_text(text), etype)
    assert source == expected[0] and target == expected[1]


def test_a_site_of_a_body_said_by_another_clause_keeps_the_place() -> None:
    # (what another clause says the attack was on is no owner struck)
    text = (
        "شنت مقاتلات تركية غارات على قضاء العمادية ، قالت أنقرة إنها استهدفت مواقع لحزب العمال الكردستاني ."
    )
    assert roles(extract_text(text), "ASSAULT")[1] == {"العمادية"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ambassador of a country to the summoner, named after his post: the country he represents
        (
            "استدعت وزارة الخارجية الإيرانية ، الثلاثاء ، سفير روسيا لدى طهران أليكسي ديدوف ، احتجاجا على"
            " البيان الختامي .",
            ({"وزارة الخارجية الإيرانية"}, {"روسيا"}),
        ),
        (
            "استدعت وزارة الخارجية النيجرية سفير الجزائر لدى نيامي مهدي بخدة للاحتجاج على عمليات الترحيل .",
            ({"وزارة الخارجية النيجرية"}, {"الجزائر"}),
        ),
        # a dual free pronoun after a participle: both acted on before
        (
            "أمر المجلس الوطني لحماية الوطن بتعليق بث قناة فرانس 24 وإذاعة فرنسا الدولية ، متهما إياهما"
            " بنشر معلومات مضللة .",
            ({"المجلس الوطني لحماية الوطن"}, {"فرانس 24", "فرنسا"}),
        ),
        (
            "طردت وزارة الخارجية السودانية الدبلوماسيين كليمنتين سلامي وإيدي رو ، متهمة إياهما بالتدخل في"
            " الشؤون الداخلية .",
            ({"وزارة الخارجية السودانية"}, {"كليمنتين سلامي", "إيدي رو"}),
        ),
        # وهو ما نددت به X: the agent of the act told before in the sentence
        (
            "يأتي ذلك بعد أسبوع من احتجاز جماعة الحوثي قافلة أدوية في مديرية الجوبة ، وهو ما نددت به"
            " الحكومة اليمنية ووصفته بالقرصنة .",
            ({"الحكومة اليمنية"}, {"جماعة الحوثي"}),
        ),
        (
            "وأقر الكنيست الإسرائيلي بالقراءة الأولى مشروع قانون يجيز إعدام الأسرى ، وهو ما نددت به وزارة"
            " الخارجية الفلسطينية .",
            ({"وزارة الخارجية الفلسطينية"}, {"الكنيست الإسرائيلي"}),
        ),
        (
            "وجاء الاتصال بعد أيام من رفض الرياض طلبا من واشنطن بتأجيل خفض الإنتاج ، وهو ما انتقده"
            " مسؤولون في البيت الأبيض بشدة .",
            ({"البيت الأبيض"}, {"الرياض"}),
        ),
        # وهو ما وصفته X بأنه: a stance on the act told before, by what X called it
        (
            "وكانت القوات الإثيوبية قد نشرت دبابات قرب الحدود ، وهو ما اعتبرته الحكومة الإريترية"
            " «استفزازا خطيرا» .",
            ({"الحكومة الإريترية"}, {"القوات الإثيوبية"}),
        ),
        (
            "وأعلن الجيش الإسرائيلي توسيع عملياته في جنين ، وهو ما وصفته وزارة الخارجية الفلسطينية بأنه"
            " «عدوان سافر» .",
            ({"وزارة الخارجية الفلسطينية"}, {"الجيش الإسرائيلي"}),
        ),
        # متهمة قواته: the body whose forces the pronoun names
        (
            "أعلنت الولايات المتحدة ، الثلاثاء ، فرض عقوبات على قائد قوات الدعم السريع محمد حمدان دقلو ،"
            " متهمة قواته بارتكاب إبادة جماعية في دارفور .",
            ({"الولايات المتحدة"}, {"قوات الدعم السريع"}),
        ),
        (
            "فرضت وزارة الخزانة الأميركية عقوبات على قائد حركة الشباب أحمد ديري ، متهمة عناصرها بتنفيذ"
            " هجمات في مقديشو .",
            ({"وزارة الخزانة الأميركية"}, {"حركة الشباب"}),
        ),
        # a lawsuit against X past its charge and the court it is filed at
        (
            "رفعت المملكة المغربية دعوى قضائية بتهمة التشهير أمام محكمة في باريس ضد منظمة العفو الدولية .",
            ({"المملكة المغربية"}, {"منظمة العفو الدولية"}),
        ),
    ],
)
def test_an_accusation_names_whom_it_is_aimed_at(text: str, expected: tuple[set[str], set[str]]) -> None:
    assert roles(extract_text(text), "ACCUSE") == expected


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        # a parliamentary interpellation filed against a minister
        (
            "وقدم النائب حسن جوهر استجوابا إلى وزير الداخلية أنس الصالح .",
            "ACCUSE",
            ({"حسن جوهر"}, {"أنس الصالح"}),
        ),
        # sit-ins in the plural
        (
            "نفذ أعضاء نقابة المعلمين الأردنيين وقفات احتجاجية أمام وزارة التربية في عمان .",
            "PROTEST",
            ({"نقابة المعلمين الأردنيين"}, set()),
        ),
        # a fine imposed by a court
        (
            "قضت محكمة جنايات الجيزة بتغريم شركة أوبر مليون جنيه .",
            "SANCTION",
            ({"محكمة جنايات الجيزة"}, {"أوبر"}),
        ),
        # security forces cordoning a building
        (
            "وطوقت قوات الأمن التونسية مقر الاتحاد العام التونسي للشغل في العاصمة .",
            "MOBILIZE",
            ({"قوات الأمن التونسية"}, {"الاتحاد العام التونسي للشغل"}),
        ),
        # a standby force activated
        (
            "أمرت المجموعة الاقتصادية لدول غرب أفريقيا بتفعيل القوة الاحتياطية للتدخل في النيجر .",
            "MOBILIZE",
            ({"المجموعة الاقتصادية لدول غرب أفريقيا"}, {"النيجر"}),
        ),
        # a company nationalised
        (
            "أعلنت حكومة مالي تأميم شركة باريك غولد الكندية .",
            "COERCE",
            ({"حكومة مالي"}, {"باريك غولد"}),
        ),
        # the feminine dual of a weak verb (دعتا)
        (
            "أصدرت مصر والسودان بيانا مشتركا ، ودعتا إثيوبيا إلى التفاوض .",
            "REQUEST",
            ({"مصر", "السودان"}, {"إثيوبيا"}),
        ),
    ],
)
def test_added_triggers_code_their_events(text: str, etype: str, expected: tuple[set[str], set[str]]) -> None:
    assert roles(extract_text(text), etype) == expected


def _parties(doc: Document, etype: str) -> set[str]:
    source, target = roles(doc, etype)
    return {*source, *target}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the two sides" of the meeting just told, where one of them was taken for a place near
        (
            "بحث محافظ البنك المركزي المصري حسن عبد الله مع محافظ مصرف ليبيا المركزي ناجي عيسى ، خلال زيارة"
            " يقوم بها الأخير للقاهرة ، سبل تسهيل التحويلات المصرفية . واتفق الجانبان على تشكيل لجنة فنية"
            " مشتركة .",
            {"حسن عبد الله", "ناجي عيسى"},
        ),
        (
            "مسقط – بحث وزير التراث والسياحة العماني سالم بن محمد المحروقي مع وزير السياحة الإيراني عزت الله"
            " ضرغامي ، خلال زيارة الأخير إلى مسقط ، تعزيز التعاون السياحي . واتفق الجانبان على تشكيل لجنة"
            " مشتركة للترويج السياحي .",
            {"سالم بن محمد المحروقي", "عزت الله ضرغامي"},
        ),
        # the holder of a post told with its body in the second conjunct, not the body
        (
            "وقع رئيس الوزراء الإثيوبي آبي أحمد ورئيس إقليم أرض الصومال موسى بيحي عبدي ، الاثنين في أديس"
            " أبابا ، مذكرة تفاهم .",
            {"آبي أحمد", "موسى بيحي عبدي"},
        ),
        (
            "وقعت وزيرة الاستثمار سحر نصر وسفير الاتحاد الأوروبي لدى القاهرة إيفان سوركوش يوم الاثنين"
            " اتفاقية منحة .",
            {"سحر نصر", "إيفان سوركوش"},
        ),
        (
            "وقع وزير السياحة السوداني محمد أبو زيد مصطفى ورئيسة هيئة متاحف قطر الشيخة المياسة بنت حمد آل"
            " ثاني في الخرطوم اتفاقية .",
            {"محمد أبو زيد مصطفى", "حمد آل ثاني"},
        ),
        (
            "ووقع وزير الدفاع التونسي عماد مميش ورئيس أركان الجيش الوطني الشعبي الفريق أول السعيد شنقريحة"
            " اتفاقية تعاون .",
            {"عماد مميش", "السعيد شنقريحة"},
        ),
    ],
)
def test_agreement_sides_are_the_two_who_met_or_signed(text: str, expected: set[str]) -> None:
    assert _parties(extract_text(text), "AGREE") == expected


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        # لكنه after a title and its holder: the holder, not the body of his office
        (
            "وأشاد رئيس بعثة الأمم المتحدة في كولومبيا جان أرنو بالخطوة، لكنه انتقد الحكومة الكولومبية لبطء"
            " تنفيذ برنامج الإسكان الريفي.",
            "ACCUSE",
            ({"جان أرنو"}, {"الحكومة الكولومبية"}),
        ),
        (
            "وقال المتحدث باسم تحالف دعم الشرعية في اليمن تركي المالكي إن التحالف «يرحب بالإفراج عن الأسرى»،"
            " لكنه اتهم الحوثيين بـ«المماطلة» في تنفيذ اتفاق تبادل الأسرى الشامل.",
            "ACCUSE",
            ({"تركي المالكي"}, {"الحوثيين"}),
        ),
        # a participle after the words a speaker reports: the speaker's, not who acts in them
        (
            'وقال وزير الخارجية ماركو روبيو إن الولايات المتحدة "ستواصل" استهداف عصابات المخدرات، محذرا'
            ' الرئيس الفنزويلي نيكولاس مادورو من أن "أيامه معدودة".',
            "THREATEN",
            ({"ماركو روبيو"}, {"نيكولاس مادورو"}),
        ),
        # ... and the speaker of a later clause of the sentence, not the subject opening it
        (
            "ورحبت الحكومة الأردنية بالاتفاق، فيما قال وزير الخارجية الإيراني عباس عراقجي إن بلاده «لن تقبل"
            " أي شروط»، رافضا مطالب واشنطن.",
            "REJECT",
            ({"عباس عراقجي"}, {"واشنطن"}),
        ),
        (
            "وأشاد الاتحاد الأوروبي بالخطوة، في حين قالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن"
            " موسكو «ستدرس الرد»، متهمة بروكسل بالنفاق.",
            "ACCUSE",
            ({"ماريا زاخاروفا"}, {"بروكسل"}),
        ),
        (
            "ودعت فرنسا إلى التهدئة، بينما أكد الرئيس التركي رجب طيب أردوغان أن أنقرة «لن تتراجع»، محذرا"
            " اليونان من أي استفزاز.",
            "THREATEN",
            ({"رجب طيب أردوغان"}, {"اليونان"}),
        ),
        # a network's own act goes on with و (not one it relays)
        (
            'الدوحة – اتهمت شبكة بي إن سبورتس القطرية السلطات السعودية بالوقوف وراء قناة "بي أوت كيو" التي'
            " تقرصن بث مباريات كأس العالم، وطالبت الاتحاد الدولي لكرة القدم باتخاذ إجراءات قانونية عاجلة.",
            "REQUEST",
            ({"شبكة بي إن سبورتس"}, {"الاتحاد الدولي لكرة القدم"}),
        ),
        (
            "ووصفت شبكة الجزيرة القرار بأنه اعتداء على حرية الصحافة، ودعت الاتحاد الدولي للصحفيين إلى"
            " التضامن معها.",
            "REQUEST",
            ({"شبكة الجزيرة"}, {"الاتحاد الدولي"}),
        ),
        # a verb joined after what the speaker said of himself (إنه) goes on with him
        (
            'وقال الأمين العام أنطونيو غوتيريش إنه "صُدم" بالقرار، وطالب أديس أبابا بالسماح لموظفي المنظمة'
            " بمواصلة عملهم.",
            "REQUEST",
            ({"أنطونيو غوتيريش"}, {"أديس أبابا"}),
        ),
    ],
)
def test_the_subject_going_on_is_the_speaker_or_titled_holder(
    text: str, etype: str, expected: tuple[set[str], set[str]]
) -> None:
    assert roles(extract_text(text), etype) == expected


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        # an attack's place: the area a direction locates, not the town it lies by
        (
            "كما قتل جنديان عراقيان وجرح 12 آخرون بهجوم انتحاري بسيارة مفخخة استهدف ثكنة للجيش بمنطقة الشعب"
            " شمال العاصمة.",
            "ASSAULT",
            (set(), {"الشعب"}),
        ),
        # the crowd after a square and the town it lies in is the subject
        (
            "وتظاهر أمس في ساحة الشهداء وسط بيروت عشرات الآلاف من أنصار تيار المستقبل احتجاجا على الوجود"
            " العسكري السوري في لبنان.",
            "PROTEST",
            ({"تيار المستقبل"}, set()),
        ),
        (
            "وتظاهر أمس في حي الكرادة وسط بغداد آلاف من أنصار التيار الصدري احتجاجا على الحكومة.",
            "PROTEST",
            ({"التيار الصدري"}, set()),
        ),
    ],
)
def test_the_smaller_place_a_direction_locates(
    text: str, etype: str, expected: tuple[set[str], set[str]]
) -> None:
    assert roles(extract_text(text), etype) == expected


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # a cyber or hybrid attack harms no one in body: no ASSAULT, nor by its verb
        (
            "تعطلت حركة الملاحة في ميناء الشهيد رجائي جنوبي إيران لأيام إثر هجوم إلكتروني استهدف أنظمة"
            " مؤسسة الموانئ والملاحة البحرية الإيرانية.",
            "ASSAULT",
        ),
        (
            "فرض الاتحاد الأوروبي، الخميس، عقوبات على ثلاثة ضباط في الاستخبارات العسكرية الروسية، بسبب"
            " الهجوم الإلكتروني الذي استهدف البرلمان الألماني عام 2015.",
            "ASSAULT",
        ),
        # an act before which another is done is not yet done (قبل التوصل إلى اتفاق، قبل انسحاب إسرائيل)
        (
            "قررت الإدارة الأمريكية تعليق جزء من مساعداتها لإثيوبيا، بسبب قرار أديس أبابا البدء في ملء سد"
            " النهضة قبل التوصل إلى اتفاق مع مصر والسودان.",
            "AGREE",
        ),
        ("رفض الرئيس السوري ترسيم الحدود في مزارع شبعا قبل انسحاب إسرائيل منها.", "RETREAT"),
        # a ban on exports or imports aimed at no named country is trade policy, no sanction
        ("قررت الحكومة الهندية، الخميس، حظر تصدير الأرز الأبيض غير البسمتي بأثر فوري.", "SANCTION"),
        (
            "تقدم الاتحاد الأوروبي بشكوى إلى منظمة التجارة العالمية ضد إندونيسيا بسبب حظرها تصدير خام"
            " النيكل.",
            "SANCTION",
        ),
    ],
)
def test_acts_not_done_or_not_coded_are_no_events(text: str, etype: str) -> None:
    doc = extract_text(text)
    assert [ev.trigger.text for ev in doc.events if ev.type == etype] == []


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        # an armed attack keeps its ASSAULT; a ban aimed at a named country keeps its SANCTION
        (
            "قتل عشرة جنود في هجوم انتحاري استهدف قاعدة للجيش العراقي في الأنبار.",
            "ASSAULT",
            (set(), {"الجيش العراقي"}),
        ),
        (
            "قررت الحكومة الفيدرالية الصومالية حظر استيراد نبتة القات من كينيا عبر مطار آدم عدي الدولي.",
            "SANCTION",
            ({"الحكومة الفيدرالية الصومالية"}, {"كينيا"}),
        ),
    ],
)
def test_armed_attacks_and_aimed_bans_are_kept(
    text: str, etype: str, expected: tuple[set[str], set[str]]
) -> None:
    assert roles(extract_text(text), etype) == expected


@pytest.mark.parametrize(
    "text, etype, expected",
    [
        # a killing, execution or kidnapping of people only counted keeps its named agent
        (
            "الى ذلك قتلت قوات الامن الباكستانية ستة متشددين سلاميين في غارة شنتها ليلا شمال غربي البلاد، في"
            " الوقت الذي أطلق فيه متمردون آخرون صواريخ سقطت بالقرب من منزل رئيس حكومة المنطقة.",
            "ASSAULT",
            ({"قوات الامن الباكستانية"}, set()),
        ),
        (
            "وكانت حركة طالبان قد خطفت 23 من الكوريين الجنوبيين وغالبيتهم من النساء في 19 يوليو (تموز) الماضي"
            " بينما كانوا يسافرون على متن حافلة من كابل الى قندهار، ثم قتلت اثنين منهم.",
            "ASSAULT",
            ({"حركة طالبان"}, set()),
        ),
        (
            "قالت منظمة حقوق الإنسان في إيران، ومقرها أوسلو، إن قوات الأمن الإيرانية قتلت ما لا يقل عن"
            " 154 شخصا منذ اندلاع الاحتجاجات على وفاة الشابة مهسا أميني أثناء احتجازها لدى شرطة الأخلاق.",
            "ASSAULT",
            ({"قوات الأمن الإيرانية"}, set()),
        ),
    ],
)
def test_counted_victims_keep_the_named_attacker(
    text: str, etype: str, expected: tuple[set[str], set[str]]
) -> None:
    assert roles(_extract_text(text), etype) == expected  # kept by the default


@pytest.mark.parametrize(
    "text",
    [
        "وأعرب رئيس البرلمان الليبي عقيلة صالح عن تضامنه مع المحتجين في طرابلس.",
        "وأعلن رئيس الحكومة الإسبانية بيدرو سانشيز تأييده للمتظاهرين.",
    ],
)
def test_support_for_a_crowd_keeps_its_named_supporter(text: str) -> None:
    # no name tells the crowd, but the stance is news: kept by the default with no target
    assert [(e.type, e.target) for e in _extract_text(text).events] == [("SUPPORT", ())]


def test_support_of_no_one_named_and_no_crowd_is_left_out() -> None:
    assert not _extract_text("وأشاد رئيس الحكومة الإسبانية بيدرو سانشيز بالخطوة.").events


@pytest.mark.parametrize(
    "text",
    [
        "وقتل فيها 26 شخصا خلال الزلزال.",  # a passive, told of no one
        "وقالت إن القوات الخاصة قتلت ثلاثة من المهاجمين.",  # the attackers, named elsewhere
    ],
)
def test_counted_victims_not_kept(text: str) -> None:
    assert not [e for e in _extract_text(text).events if e.type == "ASSAULT" and not e.target]


@pytest.mark.parametrize(
    "text, source",
    [
        ("وأغلقت السلطات التونسية معبري رأس جدير وذهيبة مع ليبيا حتى إشعار آخر.", "السلطات التونسية"),
        ("وأغلقت السلطات الفرنسية المتحف أمام الزوار.", "السلطات الفرنسية"),
        (
            "وأعلن رئيس الحكومة التونسية الحبيب الصيد نشر ألف عنصر أمني مسلح لحماية الشواطئ والفنادق،"
            " وإغلاق 80 مسجدا خارجة عن سيطرة الدولة.",
            "الحبيب الصيد",
        ),
        ("باماكو – أعلنت السلطات المالية حظر الصيد في بحيرة ديبو وسط البلاد لمدة شهرين.", "السلطات المالية"),
        (
            "دكا – حظرت مؤسسة مدينة دكا الشمالية سير عربات الريكشا في ثلاثة شوارع رئيسية.",
            "مؤسسة مدينة دكا الشمالية",
        ),
    ],
)
def test_closures_and_bans_of_places_and_activities(text: str, source: str) -> None:
    assert source in roles(_extract_text(text), "COERCE")[0]


@pytest.mark.parametrize(
    "text",
    [
        "أوقفت شركة فسفاط قفصة إنتاجها في الحوض المنجمي بعد أن أغلق عاطلون عن العمل خطوط السكك الحديدية.",
        "أوقفت شركة ريبسول الإسبانية أعمال الحفر في منطقة امتياز قبالة السواحل الجنوبية الشرقية لفيتنام.",
        "أعلن برنامج الأغذية العالمي تعليق رحلات الإنزال الجوي للمساعدات فوق مدينة الفاشر.",
    ],
)
def test_own_stoppage_is_no_coercion(text: str) -> None:
    assert not [e for e in extract_text(text).events if e.type == "COERCE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "أوقفت الشرطة التركية يوم الثلاثاء 34 مشتبها بهم في عمليات متزامنة بثماني ولايات.",
            "الشرطة التركية",
        ),
        ("وأوقفت السلطات البولندية 20 شخصا على صلة بهذه الأعمال.", "السلطات البولندية"),
    ],
)
def test_arrests_before_an_activity_word_kept(text: str, expected: str) -> None:
    assert expected in roles(extract_text(text), "COERCE")[0]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("وبعد ساعات، أعلن البيت الأبيض أن كولومبيا وافقت على جميع شروط ترامب.", "كولومبيا", "ترامب"),
        ("وافقت الحكومة السودانية على مطالب الاتحاد الأفريقي.", "الحكومة السودانية", "الاتحاد الأفريقي"),
    ],
)
def test_accepting_conditions_is_a_concession(text: str, source: str, target: str) -> None:
    doc = extract_text(text)
    assert not [e for e in doc.events if e.type == "AGREE"]
    assert roles(doc, "CONCEDE") == ({source}, {target})


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a listed force named by its head and adjective alone, with no country after it
        ("وأوقف الحرس الوطني أمس خمسة مهربين قرب الحدود.", [("COERCE", {"الحرس الوطني"}, set())]),
        ("ورفضت القوات المسلحة مطالب المحتجين.", [("REJECT", {"القوات المسلحة"}, set())]),
        # investigations police named by what they investigate
        ("وداهمت مباحث الكهرباء مخازن تجار في المدينة.", [("COERCE", {"مباحث الكهرباء"}, set())]),
        # a compound given name after a title; a given name with the article the body's chunk ran into
        (
            "وانتقد رئيس الوزراء المؤقت إكرام الحق سومرو الحكومة الأفغانية.",
            [("ACCUSE", {"إكرام الحق سومرو"}, {"الحكومة الأفغانية"})],
        ),
        (
            "وانتقد الأمين العام للاتحاد الوطني للشغل العياشي بنعمر الحكومة.",
            [("ACCUSE", {"العياشي بنعمر"}, set())],
        ),
        # a beach named after its noun is the place attacked
        ("وهاجم مسلحون رواد شاطئ كاراكوي في المدينة.", [("ASSAULT", set(), {"كاراكوي"})]),
    ],
)
def test_actors_the_tagger_misses(text: str, coded: list[tuple]) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "أمرت الحكومة المالية الصحفي الفرنسي جان دوبون بمغادرة البلاد خلال 48 ساعة.",
            "الحكومة المالية",
            "جان دوبون",
        ),
        (
            "أمرت السلطات الروسية المراسل الألماني توماس مولر يوم الخميس بمغادرة أراضيها.",
            "السلطات الروسية",
            "توماس مولر",
        ),
    ],
)
def test_an_order_to_leave_the_country_deports(text: str, source: str, target: str) -> None:
    doc = extract_text(text)
    ev = find(doc, "COERCE")
    assert (ev.mode, names(doc, ev.source), names(doc, ev.target)) == ("deport", {source}, {target})


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "واعتقلت أجهزة الاستخبارات المصرية ثلاثة صحفيين، بينهم الصحفي أحمد سمير.",
            {"الاستخبارات المصرية"},
            {"أحمد سمير"},
        ),
    ],
)
def test_a_bodys_services_before_its_name_stand_for_it(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "COERCE") == (source, target)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("أعلنت وزارة الدفاع في حكومة الوفاق الوطني اعتقال خمسة مسلحين.", "حكومة الوفاق الوطني"),
        ("أعلنت مديرية الأمن في الحكومة العراقية القبض على عشرة مطلوبين.", "الحكومة العراقية"),
    ],
)
def test_a_deed_announced_by_a_body_within_another_is_the_others(text: str, source: str) -> None:
    assert roles(extract_text(text), "COERCE") == ({source}, set())


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("قررت الحكومة الإندونيسية حظر تصدير زيت النخيل حتى إشعار آخر.", "الحكومة الإندونيسية"),
        ("أعلنت وزارة التجارة التونسية تعليق صادرات الزيتون لمدة شهرين.", "وزارة التجارة التونسية"),
    ],
)
def test_a_trade_ban_aimed_at_no_country_is_a_ban_on_traders(text: str, source: str) -> None:
    doc = extract_text(text)
    assert not [e for e in doc.events if e.type == "SANCTION"]
    ev = find(doc, "COERCE")
    assert (ev.mode, names(doc, ev.source), names(doc, ev.target)) == ("ban", {source}, set())


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "نظم الصيادون وقفة احتجاجية بدعوة من نقابة الصيادين المغربية، احتجاجا على قرار وزارة الفلاحة حظر"
            " الصيد في خليج الداخلة.",
            "وزارة الفلاحة",
        ),
        (
            "تظاهر الآلاف في الرباط بدعوة من حزب العدالة والتنمية، احتجاجا على قرار وزارة الداخلية المغربية"
            " حظر المظاهرات.",
            "وزارة الداخلية المغربية",
        ),
    ],
)
def test_what_a_decision_bans_is_done_by_its_owner(text: str, source: str) -> None:
    assert roles(extract_text(text), "COERCE") == ({source}, set())


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("وكان الصحفي المغربي عمر الراضي قد اعتقل في يوليو الماضي.", "عمر الراضي"),
        ("أفرجت المحكمة عن الناشطة سلمى الشهاب بعد عامين من توقيفها في الرياض.", "سلمى الشهاب"),
    ],
)
def test_an_arrest_of_a_named_person_by_no_one_named_is_kept(text: str, target: str) -> None:
    assert roles(_extract_text(text), "COERCE") == (set(), {target})  # kept by the default


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("أفرجت إيران عن ثمانية بحارة بريطانيين احتجزتهم بحرية الحرس الثوري في مضيق هرمز.", "الحرس الثوري"),
        ("أفرجت تركيا عن ثلاثة صحفيين سويديين احتجزتهم الشرطة التركية في إسطنبول.", "الشرطة التركية"),
        ("أفرجت الصين عن صحفيين يابانيين اعتقلتهم الشرطة الصينية في بكين.", "الشرطة الصينية"),
    ],
)
def test_whom_an_arrests_object_pronoun_holds_is_no_place(text: str, source: str) -> None:
    assert roles(extract_text(text), "COERCE") == ({source}, set())


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "فرقت قوات الأمن المغربية بخراطيم المياه مسيرة نظمتها التنسيقية الوطنية للأساتذة في الرباط.",
            "قوات الأمن المغربية",
            "التنسيقية الوطنية للأساتذة",
        ),
        (
            "وفرقت الشرطة الكينية بالغاز المسيل للدموع مظاهرات في نيروبي نظمها حزب الحركة الديمقراطية"
            " البرتقالية.",
            "الشرطة الكينية",
            "حزب الحركة الديمقراطية البرتقالية",
        ),
    ],
)
def test_a_gathering_dispersed_is_aimed_at_its_organiser(text: str, source: str, target: str) -> None:
    assert roles(extract_text(text), "COERCE") == ({source}, {target})


@pytest.mark.parametrize(
    "text",
    [
        "اندلعت اشتباكات عنيفة مساء الأحد في مدينة بنغازي وسط مخاوف من تجدد القتال.",
        "واعتقلت الشرطة عشرة أشخاص إثر مواجهات ليلية في ضاحية باريس الشمالية.",
        "وتواصلت المعارك في ريف حلب الجنوبي لليوم الثالث على التوالي.",
    ],
)
def test_clash_with_no_side_named_is_no_attack(text: str) -> None:
    assert not [e for e in extract_text(text).events if e.type == "ASSAULT"]


def test_clash_with_its_sides_named_is_an_attack() -> None:
    doc = extract_text("اندلعت اشتباكات بين الجيش السوداني وقوات الدعم السريع في الخرطوم.")
    assert roles(doc, "ASSAULT") == ({"الجيش السوداني"}, {"قوات الدعم السريع"})


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        (
            "رفضت كوريا الشمالية قرار مجلس الأمن، وقال الزعيم الكوري الشمالي كيم جونغ أون إن بلاده لن تقبل"
            " أي عقوبات جديدة.",
            "REJECT",
            "كوريا الشمالية",
            "مجلس الأمن",
        ),
        (
            "فرض الاتحاد الأوروبي عقوبات جديدة على روسيا تشمل حظرا على واردات الفحم الروسي.",
            "SANCTION",
            "الاتحاد الأوروبي",
            "روسيا",
        ),
    ],
)
def test_act_told_again_without_its_recipient_is_one_event(
    text: str, etype: str, source: str, target: str
) -> None:
    events = [e for e in extract_text(text).events if e.type == etype]
    assert len(events) == 1
    assert roles(extract_text(text), etype) == ({source}, {target})


def test_act_without_recipient_told_first_stays_apart() -> None:
    doc = extract_text("انسحبت القوات الأمريكية من قاعدة عين الأسد، وسلمتها إلى الجيش العراقي.")
    assert len([e for e in doc.events if e.type == "RETREAT"]) == 2


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "استقبل الرئيس المصري عبد الفتاح السيسي نظيره الفرنسي إيمانويل ماكرون في قصر الاتحادية"
            " يوم الاثنين. وبحث الرئيسان الأوضاع في السودان وليبيا. وتعد هذه ثالث زيارة يقوم بها ماكرون"
            " إلى مصر منذ عام 2017.",
            "عبد الفتاح السيسي",
        ),
        (
            "وقعت الشركتان اتفاقية للربط الكهربائي خلال زيارة رئيسة الحكومة الإيطالية جورجيا ميلوني إلى تونس."
            " وأعلن الاتحاد الأوروبي تقديم منحة للمشروع. والتقت ميلوني الرئيس التونسي قيس سعيد في قصر قرطاج.",
            "قيس سعيد",
        ),
    ],
)
def test_visit_told_sentences_from_its_meeting_is_one_consult(text: str, host: str) -> None:
    consults = [e for e in extract_text(text).events if e.type == "CONSULT"]
    assert len(consults) == 1
    assert host in roles(extract_text(text), "CONSULT")[1]


@pytest.mark.parametrize(
    "text",
    [
        "وقعت مصر وإسرائيل والاتحاد الأوروبي مذكرة تفاهم لتصدير الغاز الطبيعي إلى أوروبا. ويأتي توقيع مصر على"
        " المذكرة في ظل أزمة طاقة عالمية.",
        "وقع المغرب والاتحاد الأوروبي اتفاقا جديدا للصيد البحري. وكان الاتحاد الأوروبي قد سعى إلى إبرام"
        " الاتفاق منذ سنوات.",
    ],
)
def test_agreement_told_again_by_one_party_is_one_event(text: str) -> None:
    assert len([e for e in extract_text(text).events if e.type == "AGREE"]) == 1


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("وأشاد وزير الخارجية التركي مولود جاويش أوغلو بالتعاون مع موسكو في إدلب.", ["SUPPORT"]),
        ("وأشادت الحكومة الفرنسية بالتعاون مع السلطات المغربية في ملف الهجرة.", ["SUPPORT"]),
        # a joint campaign carried out stays co-operation
        (
            "أطلقت وزارة الزراعة اليمنية، بالتعاون مع منظمة الأغذية والزراعة، حملة لمكافحة الجراد.",
            ["COOPERATE"],
        ),
    ],
)
def test_cooperation_praised_is_no_cooperation(text: str, coded: list[str]) -> None:
    assert [e.type for e in extract_text(text).events] == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("وفي الطقس، عاصفة ثلجية تضرب سويسرا وتعطل حركة الطيران.", []),
        ("أنتج المخرج فيلما عن الإعصار كاترينا الذي دمر مدينة نيو أورليانز.", []),
        ("وتقع المخيمات في دارفور التي تضربها المجاعة منذ أشهر.", []),
        # an attack by no one named is still one
        ("قصفت الطائرات الروسية مخيما للنازحين في إدلب.", ["ASSAULT"]),
    ],
)
def test_natural_hazard_striking_is_no_attack(text: str, coded: list[str]) -> None:
    assert [e.type for e in extract_text(text).events] == coded


@pytest.mark.parametrize(
    "text",
    [
        "ورفضت وزارة الخارجية الجزائرية تصريحات ماكرون، معتبرة إياها «تدخلا سافرا في الشؤون الداخلية».",
        'وانتقد وزير الخارجية المغربي البرلمان الأوروبي، معتبرا ذلك "تدخلا غير مقبول".',
    ],
)
def test_what_a_stance_deems_its_object_is_no_act(text: str) -> None:
    assert not [e for e in extract_text(text).events if e.mode == "allege"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # وهو ما رفضته X: the agent of the act told before in the sentence is refused
        (
            "وطالبت نقابة الأطباء الأردنيين الحكومة الأردنية برفع الأجور ، وهو ما رفضته وزارة المالية"
            " الأردنية .",
            {"وزارة المالية الأردنية"},
            {"نقابة الأطباء الأردنيين"},
        ),
        # an accusation refused is denied: aimed at no one
        (
            "واتهمت الحكومة السودانية الإمارات بتسليح المتمردين ، وهو ما رفضته وزارة الخارجية الإماراتية .",
            {"وزارة الخارجية الإماراتية"},
            set(),
        ),
    ],
)
def test_a_refusal_of_what_was_just_told_is_aimed_at_its_agent(
    text: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), "REJECT") == (source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a request joined by و goes on with the subject before it, its bare phrase the one asked, though
        # another is named in what is asked
        (
            "وانتقدت منظمة العفو الدولية ألمانيا بسبب صفقات السلاح ، وحثت الحكومة الألمانية على وقف"
            " صادرات الأسلحة إلى السعودية .",
            {"منظمة العفو الدولية"},
            {"الحكومة الألمانية"},
        ),
        (
            "واتهمت وزارة الخارجية الليبية الحكومة الإيطالية بخرق الاتفاق ، وطالبت الأمم المتحدة بمعاقبة"
            " شركة إيني .",
            {"وزارة الخارجية الليبية"},
            {"الأمم المتحدة"},
        ),
    ],
)
def test_a_joined_request_asks_its_bare_phrase_past_names_in_the_request(
    text: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), "REQUEST") == (source, target)


def test_a_campaign_told_again_by_its_head_asks() -> None:
    # حملة X ... وطالبت الحملة Y: the campaign named before asks
    doc = extract_text(
        "اعتقلت الشرطة خمسة ناشطين ، وفق ما أفادت الحملة الوطنية لحماية المستهلك . وطالبت الحملة وزارة"
        " الداخلية الأردنية بالإفراج عنهم ."
    )
    assert roles(doc, "REQUEST") == ({"الحملة الوطنية لحماية المستهلك"}, {"وزارة الداخلية الأردنية"})


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        # ومقرها X: where the body sits, no actor beside it
        (
            "وانتقدت منظمة العفو الدولية ، ومقرها لندن ، أحكام الإعدام .",
            "ACCUSE",
            ({"منظمة العفو الدولية"}, set()),
        ),
        (
            "ونفت الشركة العربية للطيران ، ومقرها الشارقة ، أي صلة لها بالحادث .",
            "REJECT",
            ({"الشركة العربية للطيران"}, set()),
        ),
        # شركات مقرها X: the companies are sanctioned, not the country they sit in
        (
            "وأدرجت وزارة الخزانة الأمريكية شركة «بارس للشحن» وشركتين مقرهما دبي على لائحة العقوبات .",
            "SANCTION",
            ({"وزارة الخزانة الأمريكية"}, {"بارس للشحن"}),
        ),
    ],
)
def test_the_place_a_body_sits_in_is_no_actor(
    text: str, etype: str, expected: tuple[set[str], set[str]]
) -> None:
    assert roles(extract_text(text), etype) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted deed condemned: its genitive is its agent
        (
            "وانتقدت منظمة العفو الدولية «قمع السلطات المصرية للصحفيين» .",
            ({"منظمة العفو الدولية"}, {"السلطات المصرية"}),
        ),
        (
            "ودانت وزارة الخارجية التركية «قصف القوات الروسية مدينة حلب» .",
            ({"وزارة الخارجية التركية"}, {"القوات الروسية"}),
        ),
    ],
)
def test_a_quoted_deed_condemned_is_aimed_at_its_agent(
    text: str, expected: tuple[set[str], set[str]]
) -> None:
    assert roles(extract_text(text), "ACCUSE") == expected


@pytest.mark.parametrize(
    "text",
    [
        # where it was said, a document issued at a time, stands between the subject and the one asked
        "وحث البرلمان الأوروبي في قرار صدر الخميس السلطات المغربية على الإفراج عن الصحفيين .",
        "ودعت الجمعية العامة في قرار صدر أمس السلطات المغربية إلى الإفراج عن الصحفيين .",
    ],
)
def test_a_request_past_the_document_it_was_issued_in(text: str) -> None:
    assert roles(extract_text(text), "REQUEST")[1] == {"السلطات المغربية"}


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        # a relative clause or a nickname on the subject, between commas, stands aside from the object
        (
            "ودعا الرئيس الغاني جون ماهاما ، الذي يتولى رئاسة المجموعة ، الحكومة المالية إلى الحوار .",
            "REQUEST",
            ({"جون ماهاما"}, {"الحكومة المالية"}),
        ),
        (
            "واتهم زعيم العصابة جيمي شيريزييه ، الملقب بـ«باربيكيو» ، الحكومة الانتقالية بالفساد .",
            "ACCUSE",
            ({"جيمي شيريزييه"}, {"الحكومة الانتقالية"}),
        ),
        # (not what is asked after the aside: no object named there)
        (
            "وطالبت حركة «طلاب ضد التمييز» ، التي قادت الاحتجاجات ، بتعيين محمد يونس رئيسا للحكومة .",
            "REQUEST",
            ({"طلاب ضد التمييز"}, set()),
        ),
    ],
)
def test_an_aside_describing_the_subject_stands_before_the_object(
    text: str, etype: str, expected: tuple[set[str], set[str]]
) -> None:
    assert roles(extract_text(text), etype) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # contacts someone made with someone named are talks (not the sector: وزيرة الاتصالات)
        (
            "وجاء الإفراج بعد اتصالات مكثفة أجراها وزير الخارجية المصري سامح شكري مع نظيره الإريتري عثمان"
            " صالح .",
            {"سامح شكري", "عثمان صالح"},
        ),
        # a meeting that "brought the two together": the pair named before it
        (
            "اتفق رئيس مجلس النواب عقيلة صالح ورئيس المجلس الأعلى للدولة خالد المشري ، في ختام لقاء جمعهما في"
            " القاهرة ، على تشكيل لجنة مشتركة .",
            {"عقيلة صالح", "خالد المشري"},
        ),
        # a meeting that "brought him together" with those after ب, past the words describing them
        (
            "وأعلن وزير المالية محمد معيط ، بعد لقاء جمعه بممثلي الاتحاد العام للغرف التجارية ، تثبيت سعر"
            " الدولار .",
            {"محمد معيط", "الاتحاد العام للغرف التجارية"},
        ),
        # a mediation naming no sides: who led it, or after من, met those whose act it brought about
        ("أفرجت جبهة النصرة عن ثلاثة عمال إغاثة تشيكيين ، إثر وساطة قادتها قطر .", {"قطر", "جبهة النصرة"}),
        (
            "أفرجت إيران عن عامل الإغاثة البلجيكي أوليفييه فانديكاستيل إثر وساطة من سلطنة عمان .",
            {"سلطنة عمان", "إيران"},
        ),
        # a verb of mediating: its subject met the sides after بين, or those of what the relative clause it
        # opens hangs on; mediators named with no side met together
        (
            "توسطت سلطنة عمان بين إيران والولايات المتحدة في ملف المحتجزين .",
            {"سلطنة عمان", "إيران", "الولايات المتحدة"},
        ),
        (
            "وسرى وقف إطلاق النار بين الهند وباكستان ، الذي توسط فيه وزير الخارجية الأميركي ماركو روبيو .",
            {"ماركو روبيو", "الهند", "باكستان"},
        ),
        ("أطلقت الحركة سراح عشرة محتجزين خلال الهدنة التي توسطت فيها قطر ومصر .", {"قطر", "مصر"}),
        # talks naming no sides, only their sponsor: the sponsor met the parties to the accord they led to
        (
            "وقعت الحكومة الإثيوبية والجبهة الشعبية لتحرير تيغراي اتفاقا لوقف الأعمال العدائية ، في ختام عشرة"
            " أيام من المحادثات برعاية الاتحاد الأفريقي .",
            {"الاتحاد الأفريقي", "الحكومة الإثيوبية", "الجبهة الشعبية لتحرير تيغراي"},
        ),
    ],
)
def test_meetings_named_by_who_held_or_mediated_them(text: str, expected: set[str]) -> None:
    assert _parties(extract_text(text), "CONSULT") == expected


def test_who_mediated_a_truce_is_no_party_to_it() -> None:
    doc = extract_text("أطلقت الحركة سراح عشرة محتجزين خلال الهدنة التي توسطت فيها قطر ومصر .")
    assert [e.type for e in doc.events] == ["CONSULT"]


@pytest.mark.parametrize(
    "text",
    [
        "وقالت وزيرة الاتصالات هيام الياسري إن خدمة الإنترنت ستعود مع نهاية الأسبوع .",
        # a mediation offered is no meeting (nor one no one is named as leading)
        "وأفرجت الحركة عن الرهائن بعد وساطة .",
    ],
)
def test_no_meeting_in_a_ministry_name_or_an_unnamed_mediation(text: str) -> None:
    assert not [e for e in extract_text(text).events if e.type == "CONSULT"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the seat, base or camp of a body struck stands for the body, not the town it is in, the site
        # named past the words between (beyond the object's reach)
        (
            "وكان الحرس الثوري الإيراني قد قصف مرارا خلال الأشهر الماضية مقار حزب كومله الكردستاني قرب مدينة"
            " السليمانية .",
            {"حزب كومله الكردستاني"},
        ),
        (
            "وقصفت المدفعية التركية مرارا خلال الأسبوع الماضي معسكرات حزب العمال الكردستاني قرب مدينة"
            " السليمانية .",
            {"حزب العمال الكردستاني"},
        ),
        # an aircraft shot down, past the words describing it: whose it was
        (
            "وكان الجيش الجزائري قد أسقط الأسبوع الماضي طائرة مسيرة يستخدمها الجيش المالي قرب بلدة تين"
            " زاوتين الحدودية .",
            {"الجيش المالي"},
        ),
        # (aircraft that strike are no target: only a craft shot down is)
        ("وقصفت طائرات إسرائيلية مواقع في مدينة خان يونس .", {"خان يونس"}),
    ],
)
def test_an_attack_on_a_bodys_seat_is_aimed_at_the_body(text: str, expected: set[str]) -> None:
    assert roles(extract_text(text), "ASSAULT")[1] == expected


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        # a feminine head takes a feminine adjective: a masculine one after it is the verb's object
        (
            "فرضت الحكومة البريطانية قيودا جديدة على التصدير . واتهمت الحكومة الصحفي توم هاريس بنشر أكاذيب .",
            "ACCUSE",
            ({"الحكومة البريطانية"}, {"توم هاريس"}),
        ),
        (
            "أغلقت الشرطة الفرنسية ساحة الجمهورية في باريس . واعتقلت الشرطة الصحفي جان دوبون .",
            "COERCE",
            ({"الشرطة الفرنسية"}, {"جان دوبون"}),
        ),
    ],
)
def test_a_bare_head_before_its_masculine_object_tells_again_the_body(
    text: str, etype: str, expected: tuple[set[str], set[str]]
) -> None:
    assert roles(extract_text(text), etype) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body whose office or council a name names, its genitive with the article, told again
        (
            "أصدر مكتب المفوضية السامية للاجئين التابع للأمم المتحدة تقريرا عن الأوضاع في ليبيا . "
            "وطالبت المفوضية الحكومة الليبية بحماية المهاجرين .",
            ({"مكتب المفوضية السامية"}, {"الحكومة الليبية"}),
        ),
        (
            "عقد مجلس الجامعة العربية اجتماعا طارئا في القاهرة . "
            "ودعت الجامعة الحكومة السودانية إلى وقف القتال .",
            ({"مجلس الجامعة العربية"}, {"الحكومة السودانية"}),
        ),
    ],
)
def test_a_bare_head_tells_again_the_body_named_in_a_genitive(
    text: str, expected: tuple[set[str], set[str]]
) -> None:
    assert roles(extract_text(text), "REQUEST") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # غير أن، إلا أن open the writer's next clause, no speech of the subject before them
        (
            "أعلن رئيس الوزراء الإيطالي ماريو دراغي تعديلا وزاريا ، غير أن زعيمة المعارضة جورجيا ميلوني "
            "رفضت الخطوة وطالبت بانتخابات مبكرة .",
            {"جورجيا ميلوني"},
        ),
        (
            "أعلن الرئيس التونسي قيس سعيد حل البرلمان ، إلا أن رئيس البرلمان راشد الغنوشي رفض القرار "
            "ودعا إلى التظاهر .",
            {"راشد الغنوشي"},
        ),
    ],
)
def test_a_verb_after_a_contrast_goes_on_with_its_clause_subject(text: str, expected: set[str]) -> None:
    assert roles(extract_text(text), "REQUEST")[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # members in the nominative (مسلحوها، مقاتلوها) after the verb are its subject, for their body
        (
            "فرضت جماعة نصرة الإسلام والمسلمين حصارا على واردات الوقود المتجهة إلى مالي ، "
            "وهاجم مسلحوها عشرات الصهاريج قرب بلدة كاي .",
            ("ASSAULT", {"جماعة نصرة الإسلام والمسلمين"}, {"كاي"}),
        ),
        (
            "أعلنت حركة الشباب سيطرتها على بلدة بولو مرير ، وهاجم مقاتلوها قاعدة للجيش الصومالي .",
            ("ASSAULT", {"حركة الشباب"}, {"الجيش الصومالي"}),
        ),
    ],
)
def test_members_named_by_a_pronoun_after_the_verb_are_their_body(
    text: str, expected: tuple[str, set[str], set[str]]
) -> None:
    assert coded_roles(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        # fighters handing over, burning or laying down their own weapons disarm: no aid, no attack
        (
            "سلم 1500 مقاتل من جبهة مورو الإسلامية للتحرير يوم الخميس أسلحتهم إلى الهيئة الدولية المستقلة"
            " لنزع السلاح .",
            "RETREAT",
            ({"جبهة مورو الإسلامية"}, {"الهيئة الدولية المستقلة لنزع السلاح"}),
        ),
        (
            "أحرق 30 مقاتلا من حزب العمال الكردستاني يوم الجمعة أسلحتهم في مراسم رمزية .",
            "RETREAT",
            ({"حزب العمال الكردستاني"}, set()),
        ),
        # (a state's own weapons given to another are aid)
        ("سلمت الولايات المتحدة أوكرانيا أسلحتها المتطورة .", "RETREAT", None),
        # an accord taken back by the verb that concluded it, its subject and the one after مع its parties
        (
            "وذلك تنفيذا لاتفاق تعاون عسكري أبرمه رئيس المجلس العسكري الجنرال عبد الرحمن تياني مع الرئيس"
            " الروسي فلاديمير بوتين في آذار الماضي .",
            "AGREE",
            ({"عبد الرحمن تياني"}, {"فلاديمير بوتين"}),
        ),
    ],
)
def test_weapons_given_up_and_accords_taken_back_by_their_verb(
    text: str, etype: str, expected: tuple[set[str], set[str]] | None
) -> None:
    doc = extract_text(text)
    if expected is None:
        assert not [e for e in doc.events if e.type == etype]
    else:
        assert roles(doc, etype) == expected


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # a release, a gift or a measure after ل is what an act aims at, not done
        (
            "ومنح الاتحاد الأفريقي المجلس العسكري في تشاد مهلة ستة أشهر لتسليم السلطة إلى المدنيين .",
            "RETREAT",
        ),
        ("وأعلن برنامج الأغذية العالمي حاجته إلى 50 مليون دولار لمساعدة النازحين في هايتي .", "AID"),
        ("ورحبت الحكومة اللبنانية بمبادرة فرنسا لرفع القيود على الصادرات .", "RETREAT"),
    ],
)
def test_an_act_after_lam_is_only_aimed_at(text: str, etype: str) -> None:
    assert etype not in {e.type for e in extract_text(text).events}


def test_the_aim_leaves_the_act_aiming_at_it() -> None:
    doc = extract_text("ورحبت الحكومة اللبنانية بمبادرة فرنسا لرفع القيود على الصادرات .")
    assert roles(doc, "SUPPORT") == ({"الحكومة اللبنانية"}, {"فرنسا"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # protests in the plural are a crowd's, not a leader's or a government's words
        (
            "وقاد زعيم المعارضة رايلا أودينغا احتجاجات حاشدة ضد الرئيس وليام روتو .",
            [("PROTEST", {"رايلا أودينغا"}, {"وليام روتو"})],
        ),
        (
            "وأعلنت الحكومة الكينية حظر التجول بعد الاحتجاجات التي عمت نيروبي .",
            [("COERCE", {"الحكومة الكينية"}, set())],
        ),
        # (a government's protest in the singular is a verbal one)
        (
            "وأبلغت وزارة الخارجية الجزائرية السفير الفرنسي احتجاجها الشديد على تصريحات ماكرون .",
            [("ACCUSE", {"وزارة الخارجية الجزائرية"}, {"ماكرون"})],
        ),
    ],
)
def test_protests_in_the_plural_are_no_verbal_protest(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lawsuit is against the holder of the title whose body is named, and those joined to him,
        # past the office's name that spells an act (وزيرة التضامن)
        (
            "أقام حزب الوفد دعوى أمام المحكمة ضد رئيس مجلس الوزراء مصطفى مدبولي ووزيرة التضامن "
            "نيفين القباج .",
            ({"حزب الوفد"}, {"مصطفى مدبولي", "نيفين القباج"}),
        ),
        (
            "رفعت نقابة الصحفيين دعوى قضائية ضد رئيس مجلس النواب علي عبد العال .",
            ({"نقابة الصحفيين"}, {"علي عبد العال"}),
        ),
    ],
)
def test_a_lawsuit_against_a_title_holder(text: str, expected: tuple[set[str], set[str]]) -> None:
    assert roles(extract_text(text), "ACCUSE") == expected


def test_an_office_named_after_a_title_does_not_end_the_objects() -> None:
    text = "ودعا الرئيس الفرنسي إيمانويل ماكرون رئيس الوزراء نجيب ميقاتي ووزيرة التضامن هيام إسحق إلى الإصلاح"
    assert roles(extract_text(text), "REQUEST") == ({"إيمانويل ماكرون"}, {"نجيب ميقاتي", "هيام إسحق"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ه on a verb of arrest is the person named before, not a body in his description
        (
            "سلمت السلطات المغربية إلى بلجيكا المواطن كريم بن عيسى ، المطلوب للقضاء البلجيكي ، بعد أن "
            "أوقفته الشرطة المغربية في مطار الدار البيضاء .",
            {"كريم بن عيسى"},
        ),
        (
            "سلمت غامبيا إلى السنغال المواطن الفرنسي لوران ديمارتي ، المطلوب للقضاء السنغالي ، بعد أن "
            "اعتقلته الشرطة الغامبية في بانجول .",
            {"لوران ديمارتي"},
        ),
        # nor a name after the verb: its pronoun is its object
        (
            "وكان جهاز أمن الدولة قد اعتقله في حزيران بعد ساعات من إيقافه عن العمل بقرار من الرئيس بولا "
            "تينوبو .",
            set(),
        ),
    ],
)
def test_the_object_pronoun_of_an_arrest(text: str, expected: set[str]) -> None:
    assert roles(extract_text(text), "COERCE")[1] == expected


def test_the_object_pronoun_of_an_arrest_is_not_who_tells_it() -> None:
    # ه is the boat named before, not the person named before إن who reports it
    text = "وقال نقيب الصيادين نزار عياش إن البحرية الإسرائيلية صادرت مركب الصيد واقتادته إلى ميناء أسدود ."
    assert all("نزار عياش" not in target for _, _, target in coded_roles(text))


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # a subject's other name in quote marks before the verbal noun it announces, a name or not
        (
            "أعلنت الهيئة الوطنية للسلامة الغذائية «أونسا» تعليق استيراد اللحوم من البرازيل.",
            "SANCTION",
            {"الهيئة الوطنية للسلامة الغذائية"},
            {"البرازيل"},
        ),
        (
            "أعلنت هيئة مكافحة الفساد «رقابة» يوم الاثنين حظر نشاط الجمعية.",
            "COERCE",
            {"هيئة مكافحة الفساد"},
            set(),
        ),
        # على past the ceiling of a rate, past measures joined to the object or told as what it includes
        (
            "فرضت بكين رسوما تصل إلى 80 في المئة على واردات الشعير الكندي. وانتقدت كندا القرار.",
            "SANCTION",
            {"بكين"},
            {"كندا"},
        ),
        (
            "فرضت بريطانيا حظر سفر وتجميد أصول على ستة مسؤولين إيرانيين. وردت إيران باستدعاء السفير.",
            "SANCTION",
            {"بريطانيا"},
            {"إيران"},
        ),
        (
            "فرضت كندا عقوبات تشمل تجميد الأصول وحظر السفر على ثلاثة مسؤولين فنزويليين. ونددت فنزويلا بذلك.",
            "SANCTION",
            {"كندا"},
            {"فنزويلا"},
        ),
        # suspended broadcasts, activities and disbursements; those named among the bodies suspended
        ("أعلنت هيئة الإعلام تعليق بث قناة الجزيرة لمدة شهر.", "COERCE", {"هيئة الإعلام"}, {"الجزيرة"}),
        ("أعلن البنك الدولي تعليق صرف القروض المخصصة لإثيوبيا.", "SANCTION", {"البنك الدولي"}, {"إثيوبيا"}),
        (
            "أعلنت وزارة الداخلية التركية توقيف 12 شخصا، بينهم الصحفي أحمد يلماز.",
            "COERCE",
            {"وزارة الداخلية التركية"},
            {"أحمد يلماز"},
        ),
        (
            "أعلنت وزارة الداخلية تعليق أنشطة خمس جمعيات، بينها جمعية الأمل للتنمية.",
            "COERCE",
            {"وزارة الداخلية"},
            {"جمعية الأمل للتنمية"},
        ),
    ],
)
def test_sanction_and_coerce_parties(text: str, etype: str, source: set[str], target: set[str]) -> None:
    doc = extract_text(text)
    ev = find(doc, etype)
    assert names(doc, ev.source) == source
    assert names(doc, ev.target) == target


def test_people_named_among_belong_to_the_last_joined_act() -> None:
    doc = extract_text(
        "أعلن الرئيس التشادي محمد ديبي فرض حظر التجول في العاصمة، وتعليق أنشطة أربعة أحزاب، بينها حزب الأمة."
    )
    assert [(e.mode, names(doc, e.target)) for e in doc.events if e.type == "COERCE"] == [
        ("curfew", set()),
        ("ban", {"حزب الأمة"}),
    ]


def test_measures_a_sentence_lists_as_what_sanctions_include_are_no_acts() -> None:
    doc = extract_text(
        "وفرضت الصين عقوبات على شركات أمريكية. "
        "وتشمل العقوبات تجميد أصول الشركات في الصين ومنع مديريها من دخول البلاد."
    )
    assert [(e.type, e.trigger.text) for e in doc.events] == [("SANCTION", "فرضت")]


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # a spokesman's "in its name" with a pronoun is his title's end, not a preposition of an object
        (
            "اتهمت الحكومة حركة النهضة بتأجيج الفوضى. ونفى المتحدث باسمها أحمد يوسف الاتهامات.",
            "REJECT",
            {"أحمد يوسف"},
            set(),
        ),
        (
            "ودعا المتحدث باسمه كريم سالم الحكومة المصرية إلى الإفراج عن المعتقلين.",
            "REQUEST",
            {"كريم سالم"},
            {"الحكومة المصرية"},
        ),
    ],
)
def test_spokesman_in_its_name_before_his_name(
    text: str, etype: str, source: set[str], target: set[str]
) -> None:
    doc = extract_text(text)
    ev = find(doc, etype)
    assert names(doc, ev.source) == source
    assert names(doc, ev.target) == target


def test_spokesman_in_its_name_joins_no_body_before() -> None:
    doc = extract_text(
        "وانتقدت الحكومة الألمانية العقوبات الأمريكية، ووصفها المتحدث باسمها كريم سالم بأنها تدخل في شؤونها."
    )
    assert names(doc, find(doc, "ACCUSE").source) == {"الحكومة الألمانية"}


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # the one named right before على is the one thanked; the clause's subject goes on
        (
            "وأعربت الحكومة الكندية عن ارتياحها للإفراج عن الصحفي، وشكرت القاهرة على تعاونها.",
            [("SUPPORT", {"الحكومة الكندية"}, {"القاهرة"})],
        ),
        (
            "واستقبل الرئيس الفرنسي إيمانويل ماكرون الرهائن في باريس، وشكر أمير قطر تميم بن حمد على وساطته.",
            [("SUPPORT", {"إيمانويل ماكرون"}, {"تميم بن حمد"})],
        ),
    ],
)
def test_thanks_after_a_comma_go_on_with_the_clause_subject(text: str, coded: list[tuple]) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # projectiles (مقذوفات) falling on a place are an attack on it, as shells and rockets are
        ("سقطت ثلاث مقذوفات على أحياء سكنية في مدينة درعا، ما أسفر عن مقتل طفل.", {"درعا"}),
        ("ندد المجلس بسقوط مقذوفات على أحياء سكنية في درعا.", {"درعا"}),
    ],
)
def test_projectiles_falling_on_a_place_strike_it(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "ASSAULT") == (set(), target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a killing told with the attack it happened in: the place the attack struck, not the district
        # or town where the killing is said to have been
        ("قتل ثلاثة مدنيين في غارة استهدفت مدينة دوما في ريف دمشق.", set(), {"دوما"}),
        (
            "قتل عشرون مدنيا في مدينة الفاشر في قصف شنته قوات الدعم السريع على مخيم زمزم.",
            {"قوات الدعم السريع"},
            {"زمزم"},
        ),
        # (a place named after the one struck is where that lies)
        (
            "قتل ثلاثة عمال جراء قصف استهدف معملا في منطقة الليرمون الصناعية شمال غربي حلب.",
            set(),
            {"الليرمون"},
        ),
    ],
)
def test_a_killing_in_an_attack_is_on_the_place_the_attack_struck(
    text: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), "ASSAULT") == (source, target)


@pytest.mark.parametrize(
    "text",
    [
        # the port (مرفأ) of a town is the town, as its ميناء is: where the attack struck
        "تعرضت سفينة شحن لهجوم بطائرة مسيرة قبالة مرفأ طرطوس.",
        "سقطت قذيفة في مرفأ طرطوس.",
    ],
)
def test_an_attack_at_a_towns_port_is_on_the_town(text: str) -> None:
    assert roles(extract_text(text), "ASSAULT") == (set(), {"طرطوس"})


def test_a_place_fire_comes_from_is_not_what_it_struck() -> None:
    # a place after من is where the rockets were fired from; the town after it is the one aimed at
    doc = extract_text("بعد ساعات من إطلاق صواريخ من جنوب لبنان باتجاه مدينة صفد.")
    assert roles(doc, "ASSAULT") == (set(), {"صفد"})


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a capital where the recalled envoy is posted stands for its country, named in the passage
        (
            "واستدعت الحكومة الموريتانية سفيرها في نيروبي للتشاور، احتجاجا على موقف كينيا من النزاع.",
            [("SANCTION", {"الحكومة الموريتانية"}, {"كينيا"})],
        ),
        # two or more envoys of its own recalled (سفيريها، سفرائه), each from where he is posted
        (
            "وردت تونس باستدعاء سفيريها في مالي والنيجر.",
            [("SANCTION", {"تونس"}, {"مالي", "النيجر"})],
        ),
        (
            "واستدعت الجزائر بدورها سفيريها لدى مالي والنيجر.",
            [("SANCTION", {"الجزائر"}, {"مالي", "النيجر"})],
        ),
        # the envoy of the summoner's own country (سفير السودان) is recalled, not summoned in protest
        (
            "وأعلنت وزارة الخارجية السودانية استدعاء سفير السودان في أديس أبابا للتشاور، "
            "احتجاجا على موقف إثيوبيا.",
            [("SANCTION", {"وزارة الخارجية السودانية"}, {"إثيوبيا"})],
        ),
    ],
)
def test_an_envoy_of_ones_own_recalled_is_a_sanction_of_where_he_is_posted(
    text: str, coded: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == coded


def test_barring_told_by_its_verbal_noun_after_ba_is_a_coercion() -> None:
    # بمنع: the verbal noun, as no perfect verb stands after ب
    assert coded_roles("وأصدر النائب العام الأردني حسن العبداللات قرارا بمنع سالم الخطيب من السفر.") == [
        ("COERCE", {"حسن العبداللات"}, {"سالم الخطيب"})
    ]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # security forces named by their kind alone are no one named
        (
            "وكانت قوات الأمن قد اعتقلت الأسبوع الماضي الناشط عمر الراضي.",
            [("COERCE", set(), {"عمر الراضي"})],
        ),
        # but named with their country after في, they are named
        (
            "واعتقلت قوات الأمن في الفلبين الناشط عمر الراضي.",
            [("COERCE", {"قوات الأمن"}, {"عمر الراضي"})],
        ),
    ],
)
def test_security_forces_of_no_country_are_no_named_agent(
    text: str, coded: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a sanction in force on those named after المفروضة على, imposed by no one named
        (
            "وأشاد الوزير بموقف الصين في مواجهة العقوبات الغربية المفروضة على فنزويلا.",
            ("SANCTION", set(), {"فنزويلا"}),
        ),
        ("وطالب المتظاهرون برفع الحصار المفروض على قطاع غزة.", ("SANCTION", set(), {"غزة"})),
    ],
)
def test_a_sanction_in_force_on_someone_needs_no_named_imposer(
    text: str, coded: tuple[str, set[str], set[str]]
) -> None:
    assert coded in event_roles(_extract_text(text))  # kept by the default, which leaves one-sided ones out


def test_a_sanction_by_no_one_named_not_told_in_force_is_left_out_by_default() -> None:
    assert "SANCTION" not in {e.type for e in _extract_text("وتحدث الوزير عن العقوبات على فنزويلا.").events}


@pytest.mark.parametrize(
    "text",
    [
        # diplomatic crews or missions expelled: a sanction of the states named among those they are of
        "وطردت الحكومة البوليفية الطواقم الدبلوماسية لخمس دول، بينها البرازيل والأوروغواي.",
        "أعلنت الحكومة البوليفية طرد البعثات الدبلوماسية لخمس دول، بينها البرازيل والأوروغواي.",
    ],
)
def test_diplomatic_crews_expelled_are_a_sanction_of_their_states(text: str) -> None:
    assert ("SANCTION", {"الحكومة البوليفية"}, {"البرازيل", "الأوروغواي"}) in coded_roles(text)


def test_a_treaty_suspended_is_a_sanction_of_its_party_after_with() -> None:
    assert ("SANCTION", {"الحكومة الباكستانية"}, {"أفغانستان"}) in coded_roles(
        "أعلنت الحكومة الباكستانية تعليق العمل بمعاهدة مياه نهر السند مع أفغانستان، عقب هجمات على الحدود."
    )


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a title's chain of constructs ends in a place the gazetteer lacks: the name after it is the
        # office holder, the subject
        (
            "وانتقد حاكم منطقة جنوب إيجه يورغوس هاتزيماركوس الحكومة اليونانية.",
            [("ACCUSE", {"يورغوس هاتزيماركوس"}, {"الحكومة اليونانية"})],
        ),
        (
            "واتهم رئيس بلدية إيجه نيكوس كوتسيس وزارة الهجرة بالتقصير.",
            [("ACCUSE", {"نيكوس كوتسيس"}, {"وزارة الهجرة"})],
        ),
        (
            "ودعا حاكم إيجه نيكوس كوتسيس الحكومة إلى إرسال مساعدات.",
            [("REQUEST", {"نيكوس كوتسيس"}, set())],
        ),
    ],
)
def test_a_title_s_office_in_an_unknown_place_before_its_holder(
    text: str, coded: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # an accusation by people or bodies no name gives, told by its subject after the verb, a plural
        # verb after the crowd, or a plural participle after a comma: kept with no source by default
        (
            "وانتقد نواب أوروبيون المفوضية الأوروبية لتأخرها في صرف المساعدات.",
            [("ACCUSE", set(), {"المفوضية الأوروبية"})],
        ),
        (
            "واتهمت منظمات غير حكومية الشرطة الفرنسية بالعنف.",
            [("ACCUSE", set(), {"الشرطة الفرنسية"})],
        ),
        (
            "وتجمع المحتجون أمام مقر البلدية، واتهموا الحكومة العراقية بالتقصير.",
            [("ACCUSE", set(), {"الحكومة العراقية"})],
        ),
        (
            "واعتصم عشرات العمال أمام مقر الشركة، متهمين وزارة العمل المصرية بتجاهل مطالبهم.",
            [("ACCUSE", set(), {"وزارة العمل المصرية"})],
        ),
        # (a body that names the accuser is the source as before)
        (
            "واتهمت الحكومة العراقية المتظاهرين بالتخريب.",
            [("ACCUSE", {"الحكومة العراقية"}, set())],
        ),
    ],
)
def test_an_accusation_by_those_no_name_gives(text: str, coded: list[tuple[str, set[str], set[str]]]) -> None:
    assert event_roles(_extract_text(text)) == coded  # kept by default, with no source


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # an indefinite statement owned by the actor after its ل, described by a past verb of what it
        # says, speaks for its owner
        (
            "ورفضت الحكومة المصرية تقريرا لمنظمة العفو الدولية اتهم الشرطة المصرية بتعذيب المعتقلين.",
            "ACCUSE",
            {"منظمة العفو الدولية"},
            {"الشرطة المصرية"},
        ),
        (
            "واستقال الوزير بعد صدور تقرير لهيئة الرقابة الإدارية اتهم وزارة الصحة بإهدار المال العام.",
            "ACCUSE",
            {"هيئة الرقابة الإدارية"},
            {"وزارة الصحة"},
        ),
        # ... or stands right after the verb as its subject, the actor after it the object
        (
            "اتهم تقرير لمنظمة العفو الدولية الجيش السوداني بقصف المدنيين.",
            "ACCUSE",
            {"منظمة العفو الدولية"},
            {"الجيش السوداني"},
        ),
        (
            "ودعا بيان لجامعة الدول العربية مجلس الأمن الدولي إلى التحرك.",
            "REQUEST",
            {"جامعة الدول العربية"},
            {"مجلس الأمن الدولي"},
        ),
    ],
)
def test_a_statement_speaks_for_its_owner_after_its_lam(
    text: str, etype: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), etype) == (source, target)


@pytest.mark.parametrize(
    "text",
    [
        # words of blame a verb of describing calls its object: unjust, shameful, agents of others
        "ووصف وزير الخارجية الإيراني الحكم بأنه «مجحف».",
        "ووصفت الحكومة الإسرائيلية القرار بأنه «مخز».",
        "ووصف رئيس الوزراء المجري المعارضين بأنهم «عملاء» للخارج.",
    ],
)
def test_described_as_unjust_shameful_or_agents_is_blame(text: str) -> None:
    assert [e.type for e in extract_text(text).events] == ["ACCUSE"]


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # those named after بينها, between commas right after an unnamed subject, speak for it; the
        # actor after the closing comma is the object
        (
            "وطالبت دول عدة، بينها مصر والأردن، مجلس الأمن الدولي بالتحرك.",
            "REQUEST",
            {"مصر", "الأردن"},
            {"مجلس الأمن الدولي"},
        ),
        (
            "وانتقدت منظمات حقوقية، بينها منظمة العفو الدولية، القرار.",
            "ACCUSE",
            {"منظمة العفو الدولية"},
            set(),
        ),
    ],
)
def test_those_named_among_an_unnamed_subject_are_its_source(
    text: str, etype: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), etype) == (source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # forces deployed around a site named before go to the place it was named in
        (
            "تظاهر المئات أمام مقر الحزب في مدينة الحسكة، ثم نشرت الشرطة السورية تعزيزات في محيط المقر.",
            {"الشرطة السورية"},
            {"الحسكة"},
        ),
        (
            "أغلق محتجون مقر شركة النفط في بنغازي. ونشر الجيش الليبي وحدات إضافية حول المقر.",
            {"الجيش الليبي"},
            {"بنغازي"},
        ),
        (
            "اقتحم مسلحون مبنى البرلمان في طرابلس، فيما نشرت وزارة الداخلية الليبية تعزيزات في محيط المبنى.",
            {"وزارة الداخلية الليبية"},
            {"طرابلس"},
        ),
        # patrol boats deployed or sent
        ("ونشرت البحرية اليونانية زوارق إضافية قبالة جزيرة رودس.", {"البحرية اليونانية"}, {"رودس"}),
        # forces deployed in the sites of a kind in a town go to the town
        ("ونشرت الشرطة البرازيلية ألف عنصر في سجون مدينة ماناوس.", {"الشرطة البرازيلية"}, {"ماناوس"}),
        # the place a mission is in, named with it, is not where it sends forces
        (
            "ودفعت بعثة الاتحاد الأفريقي في الصومال بتعزيزات إلى مدينة بلدوين.",
            {"بعثة الاتحاد الأفريقي"},
            {"بلدوين"},
        ),
    ],
)
def test_where_forces_are_deployed_around_a_site_or_sent(
    text: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), "MOBILIZE") == (source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # the one whose death a protest is over is no target; the seat it stood before is
        (
            "تظاهر مئات من أنصار حزب العمال أمام مقر وزارة الداخلية، احتجاجا على وفاة الناشط سمير خليل في"
            " السجن.",
            {"حزب العمال"},
            {"وزارة الداخلية"},
        ),
        (
            "نظمت نقابة المحامين وقفة احتجاجية أمام مقر وزارة العدل، احتجاجا على مقتل المحامي خالد يوسف.",
            {"نقابة المحامين"},
            {"وزارة العدل"},
        ),
        # (one word for what the dead was, not a title, between: المشجع)
        (
            "تجمع عشرات من مشجعي نادي الزمالك أمام مقر وزارة الشباب، احتجاجا على وفاة المشجع أحمد سامي.",
            {"الزمالك"},
            {"وزارة الشباب"},
        ),
    ],
)
def test_a_protest_over_a_death_is_not_against_the_dead(
    text: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), "PROTEST") == (source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # an alliance named in quotation marks after its kind organises the march
        (
            "ونظم تحالف «الكرامة» مسيرة في نيامي للمطالبة برحيل القوات الأجنبية.",
            {"الكرامة"},
            {"القوات الأجنبية"},
        ),
        # an approximate count of a body's people protests for the body
        ("تظاهر نحو ألف عامل من نقابة عمال النفط أمام مقر الشركة.", {"نقابة عمال النفط"}, set()),
    ],
)
def test_who_organised_or_carried_out_a_protest(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "PROTEST") == (source, target)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a response its subject says it will make, to a named adversary, is a threat
        (
            "وقال المتحدث إن إيران سترد على إسرائيل.",
            [("THREATEN", {"إيران"}, {"إسرائيل"})],
        ),
        (
            "وأكدت الخارجية الصينية أن بكين ستتخذ الإجراءات اللازمة ضد الولايات المتحدة.",
            [("THREATEN", {"بكين"}, {"الولايات المتحدة"})],
        ),
        # a reply already made is none
        ("وردت طهران على الرسالة الأمريكية.", []),
    ],
)
def test_a_response_said_to_come_is_a_threat(text: str, coded: list[tuple]) -> None:
    assert coded_roles(text) == coded


def test_a_response_a_threat_tells_is_not_coded_again() -> None:
    doc = extract_text("وتوعد المتحدث باسم الكرملين بأن موسكو سترد على القرار البولندي.")
    assert [e.type for e in doc.events if e.type == "THREATEN"] == ["THREATEN"]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # goods handed over to a named recipient are trade, as by the verb
        (
            "وبدأت فرنسا تسليم الدفعة الأولى من مقاتلات رافال إلى اليونان.",
            [("COOPERATE", {"فرنسا"}, {"اليونان"})],
        ),
        # a person handed over is no giver: the clause's subject hands him over
        (
            "وأعلنت وزارة الداخلية المغربية تسليم المواطن الفرنسي جان دوبون إلى السلطات الفرنسية.",
            [("COOPERATE", {"وزارة الداخلية المغربية"}, {"السلطات الفرنسية"})],
        ),
    ],
)
def test_a_handing_over_to_a_named_recipient_is_cooperation(text: str, coded: list[tuple]) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # goods told as received and then as bought (اشتراها): the receiver bought them
        (
            "وتسلمت الجزائر أول شحنة من القمح اشترتها من فرنسا.",
            [("COOPERATE", {"الجزائر"}, {"فرنسا"})],
        ),
        (
            "وكانت مصر قد تسلمت الأسبوع الماضي أربع طائرات مسيرة اشترتها من الصين.",
            [("COOPERATE", {"مصر"}, {"الصين"})],
        ),
    ],
)
def test_goods_bought_by_a_pronoun_were_bought_by_their_receiver(text: str, coded: list[tuple]) -> None:
    assert coded_roles(text) == coded


@pytest.mark.parametrize(
    "text",
    [
        # one's own decision or plan suspended is backed down from
        "وأعلنت وزارة التعليم المغربية تعليق القرار إلى حين التشاور مع النقابات.",
        "وعلقت وزارة المالية الأردنية خطتها لرفع أسعار الوقود.",
    ],
)
def test_a_decision_suspended_is_a_retreat(text: str) -> None:
    assert [t for t, _, _ in coded_roles(text)] == ["RETREAT"]


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # whoever does what a protest is against, named in a relative clause on it
        (
            "واحتج النائب خالد العمري على المضايقات التي تمارسها الشرطة الأردنية.",
            "ACCUSE",
            {"خالد العمري"},
            {"الشرطة الأردنية"},
        ),
        (
            "وأعلنت نقابة عمال الموانئ في حيفا إضرابا شاملا احتجاجا على ظروف العمل في الرصيف الذي تديره"
            " شركة ميرسك الدنماركية.",
            "PROTEST",
            {"نقابة عمال الموانئ"},
            {"ميرسك"},
        ),
        (
            "وقاطعت جبهة الخلاص الوطني الحوار الذي أطلقه الرئيس قيس سعيد.",
            "PROTEST",
            {"جبهة الخلاص الوطني"},
            {"قيس سعيد"},
        ),
    ],
)
def test_a_protest_is_against_the_agent_of_what_it_is_against(
    text: str, etype: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), etype) == (source, target)


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # a statement described by whoever made it, then a comma and a verb with a resumptive pronoun: the
        # maker is its subject, the name after it its object
        (
            "ردا على تصريحات «عدائية» أدلى بها وزيرة الخارجية الألمانية أنالينا بيربوك، وصفت فيها"
            " المجلس العسكري بأنه غير شرعي.",
            "ACCUSE",
            {"أنالينا بيربوك"},
            {"المجلس العسكري"},
        ),
        (
            "وجاء ذلك في كلمة ألقاها الرئيس التركي رجب طيب أردوغان، اتهم فيها إسرائيل بارتكاب مجازر.",
            "ACCUSE",
            {"رجب طيب أردوغان"},
            {"إسرائيل"},
        ),
        (
            "وجاء ذلك في بيان أصدرته حركة حماس، دعت فيه الأمم المتحدة إلى التدخل.",
            "REQUEST",
            {"حركة حماس"},
            {"الأمم المتحدة"},
        ),
    ],
)
def test_the_maker_of_a_statement_speaks_in_it_past_a_comma(
    text: str, etype: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), etype) == (source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a town besieged is where the siege is, no party to it, once its imposer is named
        ("وتفرض جماعة الحوثي حصارا على مدينة تعز منذ سنوات.", {"جماعة الحوثي"}, set()),
        (
            "وطالب المجلس برفع الحصار الذي تفرضه قوات الجيش الوطني الليبي على مدينة درنة.",
            {"قوات الجيش الوطني الليبي"},
            set(),
        ),
        # a capital stands for its government
        ("وفرضت السعودية والإمارات حصارا على الدوحة منذ عامين.", {"السعودية", "الإمارات"}, {"الدوحة"}),
        # a siege laid by a verb
        ("وتحاصر فصائل جيش الفتح بلدتي الفوعة وكفريا في ريف إدلب.", {"جيش الفتح"}, set()),
        ("ودخلت قافلة إغاثة إلى البلدة التي تحاصرها حركة الشباب منذ أشهر.", {"حركة الشباب"}, set()),
    ],
)
def test_a_siege_is_laid_on_a_town_by_whoever_imposes_it(
    text: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), "SANCTION") == (source, target)


@pytest.mark.parametrize(
    "text",
    [
        # fire lays no siege, nor does the town it burns in
        "وقتل عشرة جنود حاصرتهم النيران في ولايتي بجاية وتيزي وزو.",
    ],
)
def test_no_siege_laid_by_no_one(text: str) -> None:
    assert [ev for ev in extract_text(text).events if ev.type == "SANCTION"] == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # protesters surrounding a building riot against whose it is
        ("وحاصر مئات المتظاهرين مقر حزب الدعوة في بغداد.", {"حزب الدعوة"}),
        ("وحاصر محتجون مبنى وزارة الداخلية في تونس.", {"وزارة الداخلية"}),
    ],
)
def test_protesters_besieging_a_building_riot(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "PROTEST") == (set(), target)


@pytest.mark.parametrize(
    "text",
    [
        # the subject of أعاد does again what the verbal noun after it names, past a time between
        "أعادت السلطات الأردنية يوم الأحد فتح معبر جابر الحدودي.",
        "وأعادت الحكومة التركية يوم الاثنين فتح المعابر أمام الشاحنات.",
    ],
)
def test_an_act_done_again_is_its_doers(text: str) -> None:
    doc = extract_text(text)
    assert roles(doc, "RETREAT") == ({doc.entities[0].name}, set())


@pytest.mark.parametrize(
    "text",
    [
        # an attack foiled did not happen: its would-be attacker attacked no one
        "أعلنت الشرطة النيجيرية أنها أحبطت هجوما لقراصنة على سفينة تجارية في خليج غينيا.",
        "أعلنت وزارة الداخلية العراقية إحباط هجوم كان يستهدف مسجدا في مدينة كركوك.",
        "أحبطت قوات الأمن التركية محاولة اغتيال رئيس بلدية إسطنبول.",
        "وأفشل الجيش اللبناني هجوما على مركز للشرطة في طرابلس.",
    ],
)
def test_a_foiled_attack_is_no_attack(text: str) -> None:
    assert [ev for ev in extract_text(text).events if ev.type == "ASSAULT"] == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # foiling an attempt or a plot restricts whoever foiled it
        (
            "أحبطت مصلحة الجمارك الأردنية محاولة تهريب مليون حبة مخدرة عبر معبر جابر.",
            {"مصلحة الجمارك الأردنية"},
        ),
        ("وقالت تونس إنها أحبطت أكثر من ألف محاولة للهجرة غير النظامية هذا العام.", {"تونس"}),
    ],
)
def test_foiling_an_attempt_is_coercion(text: str, source: set[str]) -> None:
    assert roles(extract_text(text), "COERCE") == (source, set())


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a number of a body's supporters storming a building: the body storms it
        (
            "اقتحم مئات من أنصار الحزب الشيوعي مقر السفارة الأمريكية في بغداد.",
            {"الحزب الشيوعي"},
            {"السفارة الأمريكية"},
        ),
        ("واقتحم عشرات من عناصر حركة حماس مقر وزارة الداخلية في غزة.", {"حركة حماس"}, {"وزارة الداخلية"}),
    ],
)
def test_counted_members_storming_are_their_bodys(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "ASSAULT") == (source, target)


@pytest.mark.parametrize(
    ("text", "killer", "attackers"),
    [
        # the attackers of an attack told just before are the group that carried it out
        (
            "هاجم مسلحون من جبهة التحرير الوطني مركزا للشرطة في المدينة، قبل أن تقتل قوات الأمن الهندية "
            "المهاجمين الستة.",
            "قوات الأمن الهندية",
            "جبهة التحرير الوطني",
        ),
        (
            "اقتحم مسلحون من حركة الشباب فندقا في مقديشو. وقالت الحكومة إن القوات الخاصة قتلت أربعة من "
            "المهاجمين.",
            "القوات الخاصة",
            "حركة الشباب",
        ),
    ],
)
def test_killing_the_attackers_strikes_their_group(text: str, killer: str, attackers: str) -> None:
    doc = extract_text(text)
    names = {e.id: e.name for e in doc.entities}
    coded = {
        (tuple(names[x] for x in ev.source), tuple(names[x] for x in ev.target))
        for ev in doc.events
        if ev.type == "ASSAULT"
    }
    assert ((killer,), (attackers,)) in coded


@pytest.mark.parametrize(
    "text",
    [
        # a bomber shot down; by unnamed forces of a country the text names, in the genitive
        "زار الرئيس التركي روسيا لأول مرة منذ إسقاط تركيا قاذفة روسية فوق الحدود السورية.",
        "وفرضت روسيا عقوبات على تركيا بعد إسقاط مقاتلات تركية قاذفة روسية قرب الحدود السورية.",
        "وفرضت روسيا عقوبات على تركيا بعد إسقاط مقاتلات تركية طائرة روسية قرب الحدود السورية.",
    ],
)
def test_shooting_down_a_bomber_by_a_countrys_fighters(text: str) -> None:
    assert roles(extract_text(text), "ASSAULT") == ({"تركيا"}, {"روسيا"})


@pytest.mark.parametrize(
    "text",
    [
        # after an aircraft مالية is Malian, never "financial"
        "أسقط الجيش الجزائري طائرة مسيرة مالية قرب الحدود، واحتجت مالي على ذلك.",
        "وأعلن الجيش الجزائري أنه أسقط طائرة استطلاع مالية اخترقت مجاله الجوي، واحتجت مالي.",
    ],
)
def test_an_aircraft_shot_down_may_be_malian(text: str) -> None:
    assert roles(extract_text(text), "ASSAULT") == ({"الجيش الجزائري"}, {"مالي"})


@pytest.mark.parametrize(
    "text",
    [
        # whom deployed troops back is no recipient: where they go is
        "ونشرت الحكومة الكينية وحدات من الجيش في نيروبي لمساندة الشرطة الكينية.",
        "ونشرت الحكومة الكينية تعزيزات في نيروبي لمساندة الشرطة الكينية في مواجهة الاحتجاجات.",
    ],
)
def test_troops_deployed_to_back_a_force_go_to_a_place(text: str) -> None:
    assert roles(extract_text(text), "MOBILIZE") == ({"الحكومة الكينية"}, {"نيروبي"})


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a condemnation of a deed that goes on to accuse someone in a participle is one accusation of them
        (
            "وانتقدت وزارة الخارجية الفرنسية الاتفاق، متهمة موسكو بتهديد أمن أوروبا.",
            "وزارة الخارجية الفرنسية",
            "موسكو",
        ),
        (
            "وندد الاتحاد الأوروبي بالقرار، متهما الحكومة الإيرانية بقمع المحتجين.",
            "الاتحاد الأوروبي",
            "الحكومة الإيرانية",
        ),
    ],
)
def test_a_condemnation_going_on_to_accuse_is_one_accusation_of_the_accused(
    text: str, source: str, target: str
) -> None:
    assert coded_roles(text) == [("ACCUSE", {source}, {target})]


@pytest.mark.parametrize(
    "text",
    [
        # a threat after an accusation, of an act on "any" of a kind or of a protest, is made to no one
        "واتهم الوزير أحمد سالم الاتحاد الأوروبي بانتهاك السيادة، وهدد باستهداف أي سفينة تقترب.",
        "وانتقدت النقابة العامة للمعلمين وزارة التربية بسبب تأخر الرواتب، وهددت بتنظيم إضراب شامل.",
    ],
)
def test_a_threat_on_any_or_of_a_protest_after_an_accusation_names_no_one_threatened(text: str) -> None:
    assert roles(extract_text(text), "THREATEN")[1] == set()


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # words of blame a verb of describing calls its object
        ("ووصف وزير الخارجية الإيطالي أنطونيو تاياني القرار بأنه «أحادي الجانب».", "أنطونيو تاياني"),
        ("ووصف رئيس الوزراء البريطاني كير ستارمر الإضراب بأنه «غير مسؤول».", "كير ستارمر"),
        ("واعتبرت الخارجية المصرية الخطوة «مخالفة للأعراف الدبلوماسية».", "الخارجية المصرية"),
        ("ووصف الرئيس التركي رجب طيب أردوغان الهجوم بأنه «عمل حربي».", "رجب طيب أردوغان"),
        ("ووصف الرئيس الروسي فلاديمير بوتين التمرد بأنه «طعنة في الظهر».", "فلاديمير بوتين"),
        ("ووصف وزير الخارجية الإيراني عباس عراقجي المحاولة بأنها «يائسة».", "عباس عراقجي"),
        ("ووصف رئيس الوزراء العراقي محمد شياع السوداني القصف بأنه «عمل عبثي».", "محمد شياع السوداني"),
    ],
)
def test_a_description_by_a_word_of_blame_is_an_accusation(text: str, source: str) -> None:
    assert coded_roles(text) == [("ACCUSE", {source}, set())]


@pytest.mark.parametrize(
    "text",
    [
        # the forum a threat is to turn to, and the waters where its act is to be done, are not threatened
        "وهددت أنقرة باللجوء إلى منظمة التجارة العالمية.",
        "وهدد وزير الخارجية الإسباني خوسيه مانويل ألباريس باللجوء إلى المفوضية الأوروبية.",
        "كما هددت جماعة الحوثي باستهداف السفن التجارية في البحر الأحمر.",
    ],
)
def test_a_forum_turned_to_or_the_waters_of_a_threat_are_not_threatened(text: str) -> None:
    assert roles(extract_text(text), "THREATEN")[1] == set()


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # those accused named by a noun, an actor in what they are accused of is not the accused
        ("واتهم رئيس الوزراء العراقي محمد شياع السوداني جهات خارجية بدعم تنظيم داعش.", "محمد شياع السوداني"),
        ("واتهمت وزارة الخارجية الروسية دولا غربية بتسليح حركة طالبان.", "وزارة الخارجية الروسية"),
        ("واتهم الرئيس الكيني وليام روتو شبكات تهريب بتمويل حركة الشباب.", "وليام روتو"),
    ],
)
def test_an_actor_in_what_is_alleged_is_not_the_accused(text: str, source: str) -> None:
    assert coded_roles(text) == [("ACCUSE", {source}, set())]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a warning that the speaker's forces, named by a pronoun suffix, will act is a threat
        ("وحذر قائد خفر السواحل خالد القملي شبكات التهريب من أن قواته ستلاحقها في كل مكان.", "خالد القملي"),
        ("وحذر الناطق العسكري للجماعة يحيى سريع من أن قواتها سترد على أي تصعيد.", "يحيى سريع"),
    ],
)
def test_a_warning_that_the_speakers_forces_will_act_is_a_threat(text: str, source: str) -> None:
    assert coded_roles(text) == [("THREATEN", {source}, set())]


def test_a_feminine_free_pronoun_resumes_a_plural_of_things_acted_on() -> None:
    # إياها after a penalty on several companies stands for them all, a plural of things
    text = (
        "ألغت الهيئة الوطنية للطيران المدني تراخيص ست شركات طيران بينها إيبيريا وأفيانكا، "
        "متهمة إياها بدعم الإرهاب."
    )
    assert roles(extract_text(text), "ACCUSE") == ({"الهيئة الوطنية للطيران المدني"}, {"إيبيريا", "أفيانكا"})


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # a title's field of no name stands between the preposition and the person apposed to the title
        (
            "أفرجت السلطات الإيرانية عن الباحث في علم الاجتماع كريم فرهادي بعد شهرين.",
            "RETREAT",
            {"السلطات الإيرانية"},
            {"كريم فرهادي"},
        ),
        (
            "أفرجت السلطات المصرية عن الناشط في مجال حقوق الإنسان حسام بهجت.",
            "RETREAT",
            {"السلطات المصرية"},
            {"حسام بهجت"},
        ),
        # (a title's time between: the former professor)
        (
            "أفرجت السلطات الإيرانية عن الأستاذ السابق في علم الاجتماع سامر الخطيب.",
            "RETREAT",
            {"السلطات الإيرانية"},
            {"سامر الخطيب"},
        ),
    ],
)
def test_a_person_apposed_to_a_title_with_its_field_keeps_the_preposition(
    text: str, etype: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), etype) == (source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a past perfect told with its subject before the verb in a relative clause: the object pronoun
        # takes the antecedent back, not the main clause's subject
        (
            "أعلنت وزارة الخارجية الأردنية الإفراج عن المهندس سامي العبادي، الذي كانت السلطات السورية قد "
            "اعتقلته قبل عام.",
            {"السلطات السورية"},
            {"سامي العبادي"},
        ),
        (
            "رحبت الحكومة الفرنسية بالإفراج عن الصحفي لوران بيرجيه الذي كانت الشرطة الإيرانية قد احتجزته.",
            {"الشرطة الإيرانية"},
            {"لوران بيرجيه"},
        ),
    ],
)
def test_a_relative_past_perfect_resumes_its_antecedent(
    text: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), "COERCE") == (source, target)


@pytest.mark.parametrize(
    "text",
    [
        # cutting cooperation with a body is severing ties, not cooperating
        "قطعت الحكومة الكندية تعاونها مع مجلس حقوق الإنسان.",
        "وأعلنت الحكومة الكندية قطع التعاون مع مجلس حقوق الإنسان.",
    ],
)
def test_cut_cooperation_is_a_sanction(text: str) -> None:
    assert [(t, s, g) for t, s, g in coded_roles(text) if t in ("SANCTION", "COOPERATE")] == [
        ("SANCTION", {"الحكومة الكندية"}, {"مجلس حقوق الإنسان"})
    ]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # "pursuant to which": the deal's clause has its own subject after the pronoun
        (
            "أفرجت السلطات الروسية عن الصحفي إيفان سولوفيوف في إطار صفقة أطلقت بموجبها ألمانيا سراح "
            "المهندس فاديم بتروف.",
            {"ألمانيا"},
            {"فاديم بتروف"},
        ),
        (
            "أفرجت السلطات الإيرانية عن سجينين في صفقة تبادل أفرجت بموجبها الولايات المتحدة عن المهندس رضا "
            "دهقان.",
            {"الولايات المتحدة"},
            {"رضا دهقان"},
        ),
    ],
)
def test_a_release_pursuant_to_a_deal_is_its_subjects(text: str, source: set[str], target: set[str]) -> None:
    assert ("RETREAT", source, target) in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # the object pronoun of an arrest in a sentence naming no one before it: the person named in the
        # sentence before
        (
            "أدانت محكمة الجنايات رجل الأعمال خالد منصور بالاحتيال. وكانت هيئة النزاهة قد اعتقلته في مارس "
            "الماضي.",
            {"هيئة النزاهة"},
            {"خالد منصور"},
        ),
        (
            "حكمت المحكمة العسكرية على الصحفي أحمد الطويل بالسجن. وكان جهاز الأمن الوطني قد احتجزه العام "
            "الماضي.",
            {"جهاز الأمن الوطني"},
            {"أحمد الطويل"},
        ),
    ],
)
def test_an_arrest_pronoun_resumes_the_person_of_the_sentence_before(
    text: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), "COERCE") == (source, target)


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # "the most prominent of them" names one of the people acted on, like "among them"
        (
            "قضت محكمة الجنايات بسجن سبعة من أعضاء الخلية لمدد تصل إلى عشر سنوات، أبرزهم القيادي السابق "
            "سالم الحربي.",
            "SANCTION",
            {"محكمة الجنايات"},
            {"سالم الحربي"},
        ),
        (
            "اعتقلت الشرطة التركية عشرات الصحفيين، أبرزهم أحمد شيك.",
            "COERCE",
            {"الشرطة التركية"},
            {"أحمد شيك"},
        ),
    ],
)
def test_the_most_prominent_of_those_acted_on_is_named_among_them(
    text: str, etype: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), etype) == (source, target)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a pledge to send or give is aid, whatever is given, not a concession
        ("وتعهدت اليابان بإرسال فريق طبي إلى المناطق المنكوبة في تركيا.", {"اليابان"}),
        ("وتعهد الرئيس البرازيلي لولا بأن تقدم بلاده منحة لبناء المستشفى.", {"لولا"}),
        ("وتعهدت قطر والكويت بمبالغ إضافية لصندوق الإعمار.", {"قطر", "الكويت"}),
    ],
)
def test_a_pledge_to_send_or_give_is_aid(text: str, source: set[str]) -> None:
    assert [(t, s) for t, s, _ in coded_roles(text)] == [("AID", source)]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a neighbour named before its name is that country, after the act's preposition
        ("قطعت نيجيريا إمدادات الكهرباء عن جارتها النيجر.", {"النيجر"}),
        ("قطعت الجزائر علاقاتها مع جارتها المغرب.", {"المغرب"}),
    ],
)
def test_a_neighbour_before_its_name_keeps_the_preposition(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "SANCTION")[1] == target


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a tribe's sons, elders and notables act for it, counted or not
        (
            "وتظاهر المئات من أبناء قبيلة بني حسن أمام مبنى المحافظة.",
            [("PROTEST", {"قبيلة بني حسن"}, set())],
        ),
        (
            "واتهم شيوخ قبيلة آل سالم الحكومة اليمنية بالتقصير.",
            [("ACCUSE", {"قبيلة آل سالم"}, {"الحكومة اليمنية"})],
        ),
    ],
)
def test_a_tribes_sons_and_elders_stand_for_it(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a tribe, clan or family told again by its head alone
        (
            "وأصدرت قبيلة آل سالم بيانا شديد اللهجة. واتهمت القبيلة الحكومة اليمنية بخرق الاتفاق.",
            [("ACCUSE", {"قبيلة آل سالم"}, {"الحكومة اليمنية"})],
        ),
        (
            "وأصدرت عائلة زعيبر بيانا. واعتقلت الشرطة المصرية عشرة من أبناء العائلة.",
            [("COERCE", {"الشرطة المصرية"}, {"عائلة زعيبر"})],
        ),
    ],
)
def test_a_tribe_told_again_by_its_head(text: str, expected: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what an accord or an order provides for: no act done
        ("ووقع الطرفان في جنيف اتفاقا ينص على انسحاب القوات التركية من المنطقة.", []),
        ("وتنص الخطة على نشر قوات الشرطة الفلسطينية على المعابر.", []),
        ("ووقع ترامب أمرا يقضي بانسحاب الولايات المتحدة من منظمة الصحة العالمية.", []),
        # a place named for what is done there
        (
            "وأعلنت الحكومة الإثيوبية أنها ستبدأ بالتعاون مع السلطات السعودية إعادة آلاف المواطنين"
            " المحتجزين في مراكز الترحيل إلى أديس أبابا.",
            [("COOPERATE", {"الحكومة الإثيوبية"}, {"السلطات السعودية"})],
        ),
        # the act itself, told apart from its provision
        (
            "وينص الاتفاق على انسحاب القوات التركية من المنطقة. وانسحبت القوات التركية من المنطقة أمس.",
            [("RETREAT", {"القوات التركية"}, set())],
        ),
        # an act its doers only intended, told by a relative clause (كانوا ينوون تنظيمه)
        (
            "وحظرت السلطات الجزائرية تجمعا كانت النقابة الوطنية لعمال التربية تعتزم تنظيمه أمام مقر الوزارة.",
            [("COERCE", {"السلطات الجزائرية"}, {"النقابة الوطنية لعمال التربية"})],
        ),
        # a court's ruling that provides a penalty is the penalty
        (
            "وأصدرت محكمة الجنايات حكما يقضي بسجن الناشط أحمد دومة خمس سنوات.",
            [("SANCTION", {"محكمة الجنايات"}, {"أحمد دومة"})],
        ),
    ],
)
def test_what_an_accord_provides_is_no_act_done(text: str, expected: list) -> None:
    assert [e for e in coded_roles(text) if e[0] not in ("AGREE", "CONSULT")] == expected


@pytest.mark.parametrize(
    "text",
    [
        # "categorical" after a refusal or a denial: an adjective, no boycott
        'ورفضت وزارة الخارجية الأردنية البيان "رفضا قاطعا".',
        "وردت الحكومة التشادية بنفي قاطع.",
    ],
)
def test_categorical_after_a_refusal_is_no_boycott(text: str) -> None:
    assert "PROTEST" not in {e.type for e in extract_text(text).events}


@pytest.mark.parametrize(
    "text",
    [
        # مدينة before a name: "city", not the participle "condemning"
        "زار الرئيس الموريتاني محمد ولد الغزواني، الأحد، مدينة النعمة، حيث استقبله الوالي.",
        "وصل رئيس الوزراء المالي شوغيل مايغا، أمس، مدينة تمبكتو.",
    ],
)
def test_a_city_is_no_condemnation(text: str) -> None:
    assert "ACCUSE" not in {e.type for e in extract_text(text).events}


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # the host of talks, named right after them, is a party to them
        (
            "وأعلن البلدان الاتفاق بعد مباحثات استضافتها الدوحة بين وزير الخارجية الأرميني أرارات ميرزويان"
            " ونظيره الأذربيجاني جيهون بيراموف.",
            {"أرارات ميرزويان", "جيهون بيراموف", "الدوحة"},
        ),
        # past the host's title
        (
            "وجاء الإعلان في ختام مفاوضات استضافها الرئيس الكيني وليام روتو بين الرئيس الإثيوبي آبي أحمد"
            " والرئيس الإريتري أسياس أفورقي.",
            {"آبي أحمد", "أسياس أفورقي", "وليام روتو"},
        ),
    ],
)
def test_the_host_of_talks_is_a_party_to_them(text: str, parties: set[str]) -> None:
    source, target = roles(extract_text(text), "CONSULT")
    assert source | target == parties


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # an arrest with no agent told of those released: its agent is who let them go
        (
            "أفرجت السلطات الإيرانية عن الصحفية الإيطالية تشيشيليا سالا، التي احتجزت ثلاثة أسابيع في طهران.",
            {"السلطات الإيرانية"},
            {"تشيشيليا سالا"},
        ),
        (
            "وأفرجت الشرطة التركية عن الناشطين أحمد يلماز ومحمد أوزون، اللذين أوقفا خلال احتجاجات إسطنبول.",
            {"الشرطة التركية"},
            {"أحمد يلماز", "محمد أوزون"},
        ),
    ],
)
def test_an_arrest_of_those_released_is_by_who_released_them(
    text: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), "COERCE") == (source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a body named right after خلالها, a demand made during a protest: asked by the protesters
        (
            "ونظمت تنسيقية عائلات المعتقلين وقفة احتجاجية أمام البرلمان، طالبت خلالها الحكومة المغربية"
            " بإعادة المعتقلين.",
            {"تنسيقية عائلات المعتقلين"},
            {"الحكومة المغربية"},
        ),
        (
            "ونظم اتحاد الشغل مسيرة في العاصمة، طالب خلالها الحكومة التونسية بزيادة الأجور.",
            {"اتحاد الشغل"},
            {"الحكومة التونسية"},
        ),
        # (a person named there with his title speaks for the protesters)
        (
            "ونظمت نقابة الصحفيين وقفة احتجاجية، طالب خلالها النقيب محمد خالد وزارة الإعلام بالإفراج عن"
            " الصحفيين.",
            {"محمد خالد"},
            {"وزارة الإعلام"},
        ),
    ],
)
def test_a_demand_during_a_protest_is_the_protesters(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "REQUEST") == (source, target)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # development banks the news names by their Arabic word order too
        (
            "وقع بنك التنمية الآسيوي مع حكومة نيبال اتفاقية قرض بقيمة 200 مليون دولار.",
            [("AGREE", {"بنك التنمية الآسيوي"}, {"حكومة نيبال"})],
        ),
        (
            "وافق بنك التنمية الجديد على تقديم قرض بقيمة مليار دولار إلى البرازيل.",
            [("AID", {"بنك التنمية الجديد"}, {"البرازيل"})],
        ),
    ],
)
def test_development_banks_are_actors(text: str, expected: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the pronoun of a deal's verb resumes the contract or accord it describes, masculine too
        (
            "وانسحبت الشركة من المشروع بموجب عقد أبرمته وزارة الطاقة الأردنية مع شركة سيمنس عام 2019.",
            [("AGREE", {"وزارة الطاقة الأردنية"}, {"سيمنس"})],
        ),
        # "the two sides" past the pronoun are the two of the act before
        (
            "وتسلمت البحرية الكويتية زوارق من شركة نافال الفرنسية، بموجب صفقة وقعها الطرفان عام 2020.",
            [("COOPERATE", {"نافال"}, {"البحرية الكويتية"}), ("AGREE", {"نافال"}, {"البحرية الكويتية"})],
        ),
    ],
)
def test_a_deal_signed_in_a_clause_on_it(text: str, expected: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == expected


def test_a_delegation_of_a_body_of_another_is_its_heads() -> None:
    text = (
        "التقى قائد الشرطة الأردنية عبيد الله المعايطة في عمان وفدا من وزارة الداخلية في حكومة طالبان"
        " برئاسة نائب الوزير عبد الرحمن منصور."
    )
    assert coded_roles(text) == [("CONSULT", {"عبيد الله المعايطة"}, {"عبد الرحمن منصور"})]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # arms or vehicles supplied to a force are given, goods to a buyer are trade
        ("أعلنت فرنسا أنها ستزود الجيش اللبناني بمدرعات وذخائر.", [("AID", {"فرنسا"}, {"الجيش اللبناني"})]),
        ("أعلنت تركيا أنها ستزود تشاد بطائرتين مسيرتين للاستطلاع.", [("AID", {"تركيا"}, {"تشاد"})]),
        ("وزودت الحكومة الليبية الحرس البلدي ببنادق آلية.", [("AID", {"الحكومة الليبية"}, {"الحرس البلدي"})]),
        ("وزودت شركة سوناطراك إسبانيا بكميات إضافية من الغاز.", [("COOPERATE", {"سوناطراك"}, {"إسبانيا"})]),
    ],
)
def test_arms_supplied_are_aid(text: str, expected: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # talks at whose end a deal was reached are the deal's parties'
        (
            "اتفقت الحكومة الكولومبية وجيش التحرير الوطني، في ختام جولة مفاوضات في هافانا، على وقف"
            " إطلاق النار.",
            [
                ("AGREE", {"الحكومة الكولومبية", "جيش التحرير الوطني"}, set()),
                ("CONSULT", {"الحكومة الكولومبية", "جيش التحرير الوطني"}, set()),
            ],
        ),
        # not talks agreed on, still to come
        ("اتفقت مصر والسودان على بدء مفاوضات جديدة حول السد.", [("AGREE", {"مصر", "السودان"}, set())]),
    ],
)
def test_talks_before_a_deal_are_its_parties(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # refusing to revoke, apply, reconsider or recognise, right after لن or لا: a refusal
        ("وأكدت الحكومة التونسية أنها لن تلغي قانون المالية الجديد.", {"الحكومة التونسية"}),
        ("وأعلنت السنغال أنها لن تطبق العقوبات المفروضة على مالي.", {"السنغال"}),
        ("وقال وزير الداخلية البريطاني إن لندن لن تعيد النظر في خطة الترحيل.", {"لندن"}),
        ("وشددت الحكومة الصومالية على أنها لا تعترف بالاتفاق.", {"الحكومة الصومالية"}),
    ],
)
def test_refusing_to_revoke_apply_or_recognise_is_a_rejection(text: str, source: set[str]) -> None:
    assert roles(extract_text(text), "REJECT")[0] == source


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a call renewed by the subject of جدد is the subject's, made to the genitive after it
        (
            "وجدد وزير الخارجية الأردني أيمن الصفدي دعوة إسرائيل إلى وقف الاستيطان.",
            {"أيمن الصفدي"},
            {"إسرائيل"},
        ),
        # (his own land's call, the one it is made to named after it)
        (
            "ونددت أستراليا باعتقال الصحفية. وجددت وزيرة الخارجية الأسترالية بيني وونغ دعوة بلادها الصين إلى"
            " الإفراج عنها.",
            {"بيني وونغ"},
            {"الصين"},
        ),
    ],
)
def test_a_renewed_call_is_made_to_its_genitive(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "REQUEST") == (source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a body's management, bare, stands for the body, named before: the one a demand is made to
        (
            "أعلنت شركة أرامكو خفض الإنتاج. وطالب الاتحاد العام لنقابات العمال إدارة الشركة بصرف المستحقات.",
            {"الاتحاد العام لنقابات العمال"},
            {"شركة أرامكو"},
        ),
        (
            "أعلنت شركة سامسونغ تسريح ألف عامل. وطالبت النقابة الكورية للعمال المعدنيين إدارة الشركة بالتراجع"
            " عن القرار.",
            {"النقابة الكورية للعمال"},
            {"سامسونغ"},
        ),
    ],
)
def test_a_demand_to_a_bodys_management_is_made_to_the_body(
    text: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), "REQUEST") == (source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # charges laid "to him" (إليه، إليهم) right after the verb: whom the pronoun stands for is accused
        (
            "أوقفت الشرطة الروسية الطبيب إيفان بتروف في موسكو، ووجهت إليه تهمة خرق قواعد الحجر الصحي.",
            {"الشرطة الروسية"},
            {"إيفان بتروف"},
        ),
        (
            "احتجزت الشرطة التونسية الصحفي سامي العلوي أمس، ووجهت إليه تهمة نشر أخبار كاذبة.",
            {"الشرطة التونسية"},
            {"سامي العلوي"},
        ),
        # (a person for ه, past the body he heads)
        (
            "أوقفت الشرطة المصرية رئيس شركة النيل للتجارة حسن عبد الله، ووجهت إليه تهمة التهرب الضريبي.",
            {"الشرطة المصرية"},
            {"حسن عبد الله"},
        ),
    ],
)
def test_charges_laid_to_a_pronoun_accuse_whom_it_stands_for(
    text: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), "ACCUSE") == (source, target)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # لوّح "brandished" before the act it threatens (a strike's paralysis, a boycott, a dismissal)
        ("وطالبت نقابة عمال الموانئ بزيادة الأجور، ملوحة بشل الملاحة في البلاد.", {"نقابة عمال الموانئ"}),
        ("ولوح رئيس نقابة الأطباء أحمد سعيد بمقاطعة العمل في المستشفيات الحكومية.", {"أحمد سعيد"}),
        ("ولوحت وزارة الصحة بفصل الأطباء المضربين عن العمل.", {"وزارة الصحة"}),
    ],
)
def test_brandishing_a_threatened_act_is_a_threat(text: str, source: set[str]) -> None:
    assert roles(extract_text(text), "THREATEN") == (source, set())


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a warning of what its speaker "will not" (لن) allow or tolerate: a threat, as one of what he will do
        ("وحذر وزير الداخلية هشام المشيشي من أنه لن يتسامح مع أي محاولة لتهريب الوقود.", {"هشام المشيشي"}),
        ("وحذرت الحكومة الأردنية من أنها لن تسمح بأي تهديد لأمنها الحدودي.", {"الحكومة الأردنية"}),
    ],
)
def test_a_warning_of_what_one_will_not_allow_is_a_threat(text: str, source: set[str]) -> None:
    assert roles(extract_text(text), "THREATEN") == (source, set())


def test_a_warning_of_what_a_state_of_things_will_not_do_is_no_threat() -> None:
    text = "وحذر وزير الاقتصاد سامي علي من أن الاقتصاد لن يتعافى قبل عامين."
    assert not [r for r in coded_roles(text) if r[0] == "THREATEN"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # the perpetrators of the attack told before (منفذي الهجوم) threatened: its agent
        (
            "هاجم تنظيم داعش حافلة سياحية في الحديقة الوطنية. وتوعد الرئيس يويري موسيفيني منفذي الهجوم"
            " بالملاحقة.",
            {"يويري موسيفيني"},
            {"تنظيم داعش"},
        ),
        (
            "هاجمت حركة الشباب قاعدة عسكرية في جنوب الصومال. وتوعد الرئيس حسن شيخ محمود مرتكبي الهجوم"
            " بالعقاب.",
            {"حسن شيخ محمود"},
            {"حركة الشباب"},
        ),
    ],
)
def test_a_threat_to_an_attacks_perpetrators_is_to_its_agent(
    text: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), "THREATEN") == (source, target)


@pytest.mark.parametrize(
    "text",
    [
        # accusations told before, then denied by their noun with their author: no second accusation
        "اتهم ظريف واشنطن بالإرهاب الاقتصادي. من جهته، رفض المتحدث باسم الخارجية الأميركية روبرت بالادينو"
        " اتهامات ظريف.",
        "اتهمت البحرين إيران بدعم الخلايا المسلحة. ورفضت طهران الاتهامات البحرينية ووصفتها بأنها"
        " لا أساس لها.",
    ],
)
def test_denied_accusations_told_before_are_no_new_accusation(text: str) -> None:
    assert len([r for r in coded_roles(text) if r[0] == "ACCUSE"]) == 1


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # the army ordered deployed: the noun's object is the army sent, no one's statement
        (
            "وأمرت الحكومة العراقية بنشر الجيش في مدينتي البصرة والناصرية.",
            "MOBILIZE",
            {"الحكومة العراقية"},
            {"البصرة", "الناصرية"},
        ),
        # a state of emergency imposed, named as the noun after a declaration
        (
            "أعلن الرئيس الفرنسي إيمانويل ماكرون فرض حالة الطوارئ في البلاد.",
            "COERCE",
            {"إيمانويل ماكرون"},
            set(),
        ),
        # a curfew extended is imposed anew
        (
            "وقرر رئيس الوزراء العراقي حيدر العبادي مد حظر التجول في البصرة أسبوعا.",
            "COERCE",
            {"حيدر العبادي"},
            set(),
        ),
    ],
)
def test_troops_deployed_and_emergencies_imposed_or_extended(
    text: str, etype: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), etype) == (source, target)


@pytest.mark.parametrize(
    ("text", "mode", "source"),
    [
        # the internet or a broadcast suspended or stopped is censorship, no arrest (أوقف)
        ("وعلقت الحكومة الإيرانية خدمات الإنترنت في محافظة خوزستان.", "censor", {"الحكومة الإيرانية"}),
        ("وأوقفت السلطات السودانية خدمة الإنترنت في الخرطوم.", "censor", {"السلطات السودانية"}),
        # a ban on publishing news of a case
        ("وحظرت النيابة العامة المصرية النشر في قضية مقتل الطالب.", "censor", {"النيابة العامة المصرية"}),
        # protesters met with water cannon or tear gas
        (
            "وتصدت قوات الأمن العراقية بخراطيم المياه لمئات المحتجين في البصرة.",
            "restrict",
            {"قوات الأمن العراقية"},
        ),
    ],
)
def test_internet_cut_publishing_banned_and_protesters_met_with_gas(
    text: str, mode: str, source: set[str]
) -> None:
    doc = extract_text(text)
    assert any(
        ev.type == "COERCE" and ev.mode == mode and names(doc, ev.source) == source for ev in doc.events
    )


@pytest.mark.parametrize(
    "text",
    [
        # the words telling how many were killed do not count against the reach of their killer
        "قتل ما لا يقل عن أربعين شخصا برصاص قوات الأمن السودانية في أم درمان.",
        "وأعلنت المنظمة مقتل ما لا يقل عن خمسين متظاهرا من أبناء المدينة على يد قوات الأمن السودانية.",
    ],
)
def test_killed_however_many_by_the_agent_after_them(text: str) -> None:
    assert roles(extract_text(text), "ASSAULT")[0] == {"قوات الأمن السودانية"}


@pytest.mark.parametrize(
    "text",
    [
        # a ruling or a decision called harsh, vindictive, malicious or insulting is blamed
        "ووصفت نقابة المحامين التونسيين الأحكام بأنها قاسية.",
        "ووصفت نقابة المحامين التونسيين القرار بأنه انتقامي.",
        "ووصفت نقابة المحامين التونسيين التهم بأنها كيدية.",
        "ووصفت نقابة المحامين التونسيين التصريحات بأنها مهينة.",
    ],
)
def test_called_harsh_or_vindictive_is_blame(text: str) -> None:
    assert roles(extract_text(text), "ACCUSE")[0] == {"نقابة المحامين التونسيين"}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # an attack repelled, with a clause telling what it was aimed at: struck there, not the defenders
        ("وتصدت الدفاعات الجوية الأردنية لهجوم صاروخي استهدف مطار عمان المدني.", {"عمان"}),
        ("وتصدت الدفاعات الجوية السعودية لهجوم بطائرات مسيرة استهدف مدينة جازان.", {"جازان"}),
    ],
)
def test_a_repelled_attack_aimed_at_a_place_strikes_there(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "ASSAULT")[1] == target


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # fighters, helicopters and drones shot down, counted: an attack on the country they are of
        (
            "وأسقط الجيش الأذربيجاني ثلاث مروحيات أرمينية فوق الإقليم، ونفت أرمينيا ذلك.",
            {"الجيش الأذربيجاني"},
            {"أرمينيا"},
        ),
        (
            "وأعلنت روسيا إسقاط عشرين مسيرة أوكرانية فوق بيلغورود، ولم تعلق أوكرانيا على ذلك.",
            {"روسيا"},
            {"أوكرانيا"},
        ),
        (
            "وأعلن الجيش الهندي أن دفاعاته الجوية أسقطت مقاتلات باكستانية، ونفت باكستان ذلك.",
            {"الجيش الهندي"},
            {"باكستان"},
        ),
    ],
)
def test_aircraft_shot_down_in_the_plural(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "ASSAULT") == (source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a projectile destroyed, its launcher told in a relative clause: the launcher's attack, not the
        # interceptor's
        (
            "ودمرت الدفاعات الجوية الإماراتية صاروخين أطلقتهما جماعة الحوثي باتجاه مدينة أبوظبي.",
            {"جماعة الحوثي"},
            {"أبوظبي"},
        ),
        (
            "ودمرت القبة الحديدية عدة قذائف أطلقتها حركة الجهاد الإسلامي نحو مدينة عسقلان.",
            {"حركة الجهاد الإسلامي"},
            {"عسقلان"},
        ),
    ],
)
def test_a_projectile_destroyed_is_its_launchers_attack(
    text: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), "ASSAULT") == (source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a projectile told before the verb that launched it, resumed by its pronoun: the name after the
        # verb fired it, at the place named after it
        (
            "وأعلن الجيش اعتراض قذيفة صاروخية أطلقتها حركة الشباب باتجاه مدينة بيدوا.",
            {"حركة الشباب"},
            {"بيدوا"},
        ),
        (
            "وأعلنت السلطات اعتراض طائرة مسيرة أطلقتها جماعة الحوثي باتجاه مدينة نجران.",
            {"جماعة الحوثي"},
            {"نجران"},
        ),
    ],
)
def test_a_projectile_resumed_by_its_launching_verb(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "ASSAULT") == (source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a body told again by its head and first adjective, before its nationality (الجمعية المهنية)
        (
            "رفضت الجمعية المهنية التونسية للبنوك مطالب الموظفين بزيادة الأجور. واتهم الأمين العام للنقابة"
            " سمير الماجري الجمعية المهنية بالتعنت.",
            {"سمير الماجري"},
            {"الجمعية المهنية التونسية للبنوك"},
        ),
    ],
)
def test_a_body_told_short_before_its_nationality_is_accused(
    text: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), "ACCUSE") == (source, target)


@pytest.mark.parametrize(
    ("text", "etype", "source"),
    [
        # an unnamed place phrase between the subject and its verb: the body before it is the subject
        ("غير أن نقابة الأطباء في المحافظات الجنوبية رفضت القرار.", "REJECT", {"نقابة الأطباء"}),
        ("لكن رابطة المحامين في المنطقة الشمالية رفضت المقترح.", "REJECT", {"رابطة المحامين"}),
        ("وكانت نقابة الأطباء بالعاصمة قد رفضت القرار.", "REJECT", {"نقابة الأطباء"}),
    ],
)
def test_a_subject_with_an_unnamed_place_phrase_before_its_verb(
    text: str, etype: str, source: set[str]
) -> None:
    assert roles(extract_text(text), etype)[0] == source


@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        # a word for members ending a body's name (العسكري) before في: where the body is, not its members
        ("واعتقلت قوات المجلس العسكري في غينيا خمسة صحفيين في العاصمة.", "COERCE", set()),
        ("واتهمت قوات المجلس العسكري في النيجر فرنسا بدعم المسلحين.", "ACCUSE", {"فرنسا"}),
    ],
)
def test_a_place_after_a_body_ending_in_a_member_word_is_where_it_is(
    text: str, etype: str, target: set[str]
) -> None:
    assert roles(extract_text(text), etype)[1] == target


@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        # a place after ب right after the subject, the object still to come: where the subject is
        ("وفتحت النيابة العامة بطنجة تحقيقا في الحادث.", "ACCUSE", set()),
        ("وأشادت السفارة البريطانية بعمّان بجهود مديرية الأمن العام.", "SUPPORT", {"مديرية الأمن العام"}),
        # (but the place is the stance's object when nothing follows it: ندد الوزير بإسرائيل)
        ("وندد وزير الخارجية الأردني أيمن الصفدي بإسرائيل.", "ACCUSE", {"إسرائيل"}),
    ],
)
def test_a_place_after_the_subject_before_its_object_is_where_it_is(
    text: str, etype: str, target: set[str]
) -> None:
    assert roles(extract_text(text), etype)[1] == target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # one of a body's people after a verb of violence, unvocalised: the passive's subject, struck
        (
            "قتل عنصر في الأجهزة الأمنية الفلسطينية برصاص مسلحين في مدينة نابلس.",
            {"الأجهزة الأمنية الفلسطينية"},
        ),
        (
            "قتل عنصر في حركة فتح برصاص مسلحين في مخيم عين الحلوة.",
            {"حركة فتح"},
        ),
    ],
)
def test_a_lone_member_after_a_verb_of_violence_is_struck(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "ASSAULT") == (set(), target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # an attack told by its nationality alone, the country unnamed: the country's army named after it
        (
            "قتل ثلاثة مزارعين في غارة إسرائيلية على بلدة بيت حانون. وقال الجيش الإسرائيلي إنه"
            " استهدف مسلحين.",
            {"الجيش الإسرائيلي"},
            {"بيت حانون"},
        ),
        (
            "شنت طائرات روسية غارات على مدينة إدلب. وأكد الجيش الروسي أن الضربات أصابت مخازن أسلحة.",
            {"الجيش الروسي"},
            {"إدلب"},
        ),
    ],
)
def test_an_attack_by_nationality_alone_is_the_armys_named(
    text: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), "ASSAULT") == (source, target)


@pytest.mark.parametrize(
    "text",
    [
        # an army named before the attack in its sentence, not its agent, tells of it
        "أعلن الجيش الأميركي أن عشرة مسلحين قتلوا في ضربة جوية أميركية قرب بلدة الفلوجة.",
    ],
)
def test_an_army_telling_of_an_attack_by_its_nationality_is_not_its_agent(text: str) -> None:
    assert roles(extract_text(text), "ASSAULT")[0] == set()


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the object pronoun resumes the object head right before the verb: no actor named before it
        ("وصلت إلى مطار بيروت أمس عشرة أطنان من المساعدات قدمتها فرنسا.", {"فرنسا"}),
        ("دخلت إلى مدينة حلب أمس قافلة من المساعدات قدمتها تركيا.", {"تركيا"}),
    ],
)
def test_a_pronoun_resuming_the_object_right_before_is_no_target(text: str, source: set[str]) -> None:
    assert roles(extract_text(text), "AID") == (source, set())


@pytest.mark.parametrize(
    "text",
    [
        # a projectile or a drone its launcher's verb resumes by its pronoun: the name after the verb is
        # who launched it, where it was aimed the attack's target
        "اعترضت الدفاعات الجوية قذيفة أطلقتها ميليشيا الحوثي باتجاه مدينة جازان.",
        "اعترضت الدفاعات الجوية طائرة مسيرة أطلقتها ميليشيا الحوثي باتجاه مدينة جازان.",
    ],
)
def test_a_projectile_launched_is_its_launchers_attack(text: str) -> None:
    assert roles(extract_text(text), "ASSAULT") == ({"ميليشيا الحوثي"}, {"جازان"})


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # a nisba adjective between the word for the people held and the preposition before their body:
        # the body is whom the act is done to
        (
            "اعتقلت الشرطة الإثيوبية عشرة من الموظفين الدوليين في منظمة أطباء بلا حدود.",
            "COERCE",
            {"الشرطة الإثيوبية"},
            {"منظمة أطباء بلا حدود"},
        ),
        (
            "طردت السلطات السودانية خمسة من المسؤولين الأمميين في برنامج الأغذية العالمي.",
            "COERCE",
            {"السلطات السودانية"},
            {"برنامج الأغذية العالمي"},
        ),
    ],
)
def test_members_adjectives_before_their_body(
    text: str, etype: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), etype) == (source, target)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a release of a named person by no one named is kept with no source by the default
        ("أفرجت مجموعة مسلحة، السبت، عن الصحفي أحمد علي.", [("RETREAT", set(), {"أحمد علي"})]),
        (
            "أطلق مسلحون سراح المهندس أحمد علي بعد أسبوع من خطفه.",
            [("RETREAT", set(), {"أحمد علي"}), ("ASSAULT", set(), {"أحمد علي"})],
        ),
    ],
)
def test_a_release_of_a_named_person_by_no_one_named_is_kept(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert event_roles(_extract_text(text)) == expected


@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        # a count of a body's members joined after those named: the body is acted on too
        ("اعتقلت الشرطة المصرية أحمد علي وعشرات من أنصار حزب الوفد.", "COERCE", {"أحمد علي", "حزب الوفد"}),
        (
            "فرضت وزارة الخزانة الأمريكية عقوبات على عبد الرحيم دقلو وثلاثة من قادة الجيش السوداني.",
            "SANCTION",
            {"عبد الرحيم دقلو", "الجيش السوداني"},
        ),
    ],
)
def test_a_count_of_members_joined_adds_their_body(text: str, etype: str, target: set[str]) -> None:
    assert roles(extract_text(text), etype)[1] == target


@pytest.mark.parametrize(
    "text",
    [
        # an attack on a vessel no name tells keeps its named agent with no target
        "وقال المتحدث إن القوات البريطانية نفذت ضربة ضد قارب يقل مهربين ليلة الأحد.",
        "وأكد البيان أن خفر السواحل اليوناني هاجم زورقا مطاطيا قبل فجر اليوم.",
        # one vessel struck at sea: the sea is where, no target
        "وأعلن الجيش أن قوات الجماعة استهدفت سفينة حاويات في البحر الأحمر بصاروخ.",
    ],
)
def test_an_attack_on_a_vessel_keeps_its_agent_with_no_target(text: str) -> None:
    attacks = [e for e in _extract_text(text).events if e.type == "ASSAULT"]  # kept by the default
    assert [e.target for e in attacks] == [()]


@pytest.mark.parametrize(
    "text",
    [
        "وقال المتحدث إن القوات البريطانية نفذت هجوما بزورق سريع ليلة الأحد.",  # the vessel attacked with
        "وقال المتحدث إن مسلحين هاجموا الركاب على متن سفينة سياحية.",  # on board, no one named
    ],
)
def test_a_vessel_attacked_with_or_boarded_keeps_no_untargeted_attack(text: str) -> None:
    assert not [e for e in _extract_text(text).events if e.type == "ASSAULT" and not e.target]


def test_attacks_on_many_ships_at_sea_are_on_the_sea() -> None:
    text = "وشنت جماعة الحوثي هجمات على السفن التجارية في البحر الأحمر."
    assert roles(extract_text(text), "ASSAULT")[1] == {"البحر الأحمر"}


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a batch with its number or an adjective before من: the force its people are of is moved
        ("وصلت دفعة جديدة من عناصر الفيلق الأفريقي إلى مدينة تمبكتو.", {"الفيلق الأفريقي"}, {"تمبكتو"}),
        ("وصلت إلى مدينة تمبكتو الدفعة الثانية من عناصر الفيلق الأفريقي.", {"الفيلق الأفريقي"}, {"تمبكتو"}),
    ],
)
def test_a_batch_of_troops_is_moved_by_their_force(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "MOBILIZE") == (source, target)


def test_a_storming_by_a_bodys_followers_is_their_protest() -> None:
    # a riot of the party's followers, against what they protest; no attack on the town
    doc = extract_text(
        "اقتحم مئات من أنصار حزب الأمة مبنى البرلمان في الخرطوم، احتجاجا على قرار الحكومة السودانية رفع"
        " أسعار الوقود."
    )
    assert find(doc, "PROTEST").mode == "riot"
    assert roles(doc, "PROTEST") == ({"حزب الأمة"}, {"الحكومة السودانية"})


def test_followers_storming_a_foreign_mission_attack_it() -> None:
    text = "واقتحم العشرات من أنصار التيار الصدري مقر السفارة الدنماركية في بغداد."
    assert roles(extract_text(text), "ASSAULT") == ({"التيار الصدري"}, {"السفارة الدنماركية"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a meeting told after ثم goes on with the subject of the act before it; the name after the verb
        # is whom he met
        (
            "وصل رئيس الوزراء الأردني بشر الخصاونة إلى بغداد ثم التقى نظيره العراقي مصطفى الكاظمي.",
            [("CONSULT", {"بشر الخصاونة"}, {"مصطفى الكاظمي"})],
        ),
        # not the subject of a relative clause between (الشحنة التي أرسلتها الجزائر)
        (
            "وصل وزير الخارجية الجزائري رمطان لعمامرة إلى ميناء بنغازي، حيث تفقد شحنة المساعدات التي"
            " أرسلتها الجزائر، ثم التقى نظيره الليبي نجلاء المنقوش.",
            [("CONSULT", {"رمطان لعمامرة"}, {"نجلاء المنقوش"})],
        ),
    ],
)
def test_a_meeting_after_then_goes_on_with_the_subject(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert [e for e in coded_roles(text) if e[0] == "CONSULT"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # generators, deposits and arms provided are aid
        (
            "أعلنت منظمة اليونيسف تقديم مولدات كهربائية لوزارة الصحة الفلسطينية.",
            [("AID", {"منظمة اليونيسف"}, {"وزارة الصحة الفلسطينية"})],
        ),
        (
            "أعلنت الحكومة الفرنسية تقديم أسلحة ومعدات للجيش اللبناني.",
            [("AID", {"الحكومة الفرنسية"}, {"الجيش اللبناني"})],
        ),
    ],
)
def test_goods_provided_are_aid(text: str, expected: list[tuple[str, set[str], set[str]]]) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a part played in a mediation, praised, tells of no talks
        "وأشاد وزير الخارجية الفرنسي جان نويل بارو بدور سلطنة عمان في الوساطة.",
        "ونوه الاتحاد الأفريقي بدور الجزائر الكبير في الوساطة بين الطرفين.",
    ],
)
def test_a_role_in_a_mediation_is_no_talks(text: str) -> None:
    assert "CONSULT" not in [e[0] for e in coded_roles(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the two named bare after a deal signed are its parties, not the subject of the sentence before
        (
            "وقعت السعودية وسلطنة عمان اتفاقا لترسيم الحدود. ووقع الاتفاق في الرياض وزير الخارجية السعودي"
            " فيصل بن فرحان ونظيره العماني بدر البوسعيدي.",
            [
                ("AGREE", {"السعودية", "سلطنة عمان"}, set()),
                ("AGREE", set(), {"فيصل بن فرحان", "بدر البوسعيدي"}),
            ],
        ),
        # a mediator announcing that two sides accepted a truce is no party to it
        (
            "أعلن المبعوث الأممي إلى السودان رمطان لعمامرة، يوم الأحد، موافقة الجيش السوداني وقوات الدعم"
            " السريع على هدنة إنسانية.",
            [("AGREE", set(), {"الجيش السوداني", "قوات الدعم السريع"})],
        ),
    ],
)
def test_the_two_named_after_an_agreement_are_its_parties(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert [e for e in coded_roles(text) if e[0] == "AGREE"] == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # لوّح takes its threat with ب, never a bare object: a name right after it, even in a clause of
        # time after بعد أن, is who brandishes the threat
        (
            "تراجعت وزارة الصحة المصرية عن القرار، بعد أن لوحت منظمة الصحة العالمية بتعليق برامجها"
            " في البلاد.",
            {"منظمة الصحة العالمية"},
        ),
        (
            "سحبت الحكومة الكينية مشروع القانون بعد أن لوح الاتحاد الأوروبي بوقف المساعدات.",
            {"الاتحاد الأوروبي"},
        ),
    ],
)
def test_the_name_after_brandishing_is_its_subject(text: str, source: set[str]) -> None:
    assert roles(extract_text(text), "THREATEN") == (source, set())


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # brandishing a strike, a sit-in or taking to the street is a threat
        (
            "لوحت نقابة الأطباء الأردنية بإضراب شامل إذا لم تستجب الحكومة الأردنية لمطالبها.",
            {"نقابة الأطباء الأردنية"},
        ),
        ("لوحت نقابة المعلمين الأردنية بالاعتصام أمام مقر رئاسة الوزراء.", {"نقابة المعلمين الأردنية"}),
        (
            "طالب الاتحاد التونسي للشغل الحكومة التونسية بمراجعة الأسعار، ملوحا بالنزول إلى الشارع.",
            {"الاتحاد التونسي للشغل"},
        ),
    ],
)
def test_brandishing_a_strike_or_the_street_is_a_threat(text: str, source: set[str]) -> None:
    assert roles(extract_text(text), "THREATEN")[0] == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a rise reversed (تراجع عن زيادة، عن رفع) or suspended (علق الزيادة، تعليق زيادة) is a measure
        # taken back, a RETREAT
        ("تراجعت الحكومة التونسية عن زيادة أسعار الخبز بعد احتجاجات واسعة.", {"الحكومة التونسية"}),
        ("تراجعت الحكومة النيجيرية عن رفع أسعار البنزين بعد إضراب عام.", {"الحكومة النيجيرية"}),
        ("علقت الحكومة الأردنية زيادة أسعار المحروقات حتى نهاية العام.", {"الحكومة الأردنية"}),
        ("أعلنت الحكومة السودانية تعليق زيادة أسعار الوقود.", {"الحكومة السودانية"}),
    ],
)
def test_a_price_rise_reversed_or_suspended_is_a_retreat(text: str, source: set[str]) -> None:
    assert roles(extract_text(text), "RETREAT") == (source, set())


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the actor a subject is under (الخاضعة لسلطة X) describes it: no target of its verb
        (
            "اتهمت وزارة الصحة الخاضعة لسلطة حركة حماس الجيش الإسرائيلي بقصف المستشفى.",
            {"الجيش الإسرائيلي"},
        ),
    ],
)
def test_the_actor_a_subject_is_under_is_no_target(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "ACCUSE")[1] == target


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a step that is a deal two parties came to together is the step of both
        (
            "اتفقت البحرين مع قطر على استئناف الرحلات الجوية . وأشاد غوتيريش بالخطوة .",
            ("SUPPORT", {"غوتيريش"}, {"البحرين", "قطر"}),
        ),
        (
            "أعلنت مصر والسودان اتفاقهما على تقاسم مياه النهر . ورحبت إثيوبيا بالخطوة .",
            ("SUPPORT", {"إثيوبيا"}, {"مصر", "السودان"}),
        ),
        # a decision told as the setting of a demand (في قرار صدر) is made by the demand's subject
        (
            "طالب مجلس الأمن بوقف القتال في السودان ، في قرار صدر بتأييد 13 عضوا وامتناع روسيا عن التصويت ."
            " ورحبت الحكومة السودانية بالقرار .",
            ("SUPPORT", {"الحكومة السودانية"}, {"مجلس الأمن"}),
        ),
        # the deed a step answered (ردا على) is not the step welcomed
        (
            "فرض مجلس الأمن عقوبات على كوريا الشمالية ، ردا على إطلاقها صاروخا . ورحبت اليابان بالقرار .",
            ("SUPPORT", {"اليابان"}, {"مجلس الأمن"}),
        ),
        # a decision is that of whoever decided (قررت) it, not of those its reason blames
        (
            "قررت وزارة الخارجية السودانية طرد ممثل برنامج الأغذية العالمي إيدي رو ، متهمة إياه بالتدخل في"
            " الشؤون الداخلية . وانتقدت الأمم المتحدة القرار .",
            ("ACCUSE", {"الأمم المتحدة"}, {"وزارة الخارجية السودانية"}),
        ),
        # a meeting that dates a clause opened by a verb of saying is held by that verb's subject
        (
            "أكدت وزيرة الخارجية الألمانية أنالينا بيربوك أن برلين ستواصل دعم كييف ، وذلك خلال لقاء مع"
            " الرئيس الأوكراني فولوديمير زيلينسكي .",
            ("CONSULT", {"أنالينا بيربوك"}, {"فولوديمير زيلينسكي"}),
        ),
        (
            "أعلن رئيس الوزراء الماليزي أنور إبراهيم أن المحادثات ستستأنف الشهر المقبل ، عقب اجتماع مع رئيس"
            " الوزراء التايلاندي .",
            ("CONSULT", {"أنور إبراهيم"}, {"رئيس الوزراء التايلاندي"}),
        ),
        # and one that opens the sentence before a comma by the subject of the verb right after it
        (
            "وخلال لقاء مع الرئيس التونسي قيس سعيد ، أكد وزير الخارجية الجزائري أحمد عطاف دعم بلاده لتونس .",
            ("CONSULT", {"أحمد عطاف"}, {"قيس سعيد"}),
        ),
    ],
)
def test_a_step_referred_to_and_a_meeting_dating_a_clause(
    text: str, expected: tuple[str, set[str], set[str]]
) -> None:
    assert expected in coded_roles(text)


@pytest.mark.parametrize(
    "text",
    [
        # "the attack" in a later sentence, naming no agent, refers back to the one told: no second attack
        # on a place its clause names
        "استهدفت طائرة مسيرة قاعدة عين الأسد في محافظة الأنبار. واعتقلت قوات الأمن العراقية ثلاثة مشتبه"
        " بهم بالتورط في الهجوم في مدينة الفلوجة.",
        "أصيب عشرة أشخاص في تفجير سيارة مفخخة في سوق بمدينة كركوك. وندد مجلس الأمن الدولي بالتفجير في"
        " العاصمة بغداد.",
    ],
)
def test_the_attack_referred_back_is_the_one_told(text: str) -> None:
    assert [e[0] for e in coded_roles(text)].count("ASSAULT") == 1


def test_the_protests_referred_back_are_the_ones_told() -> None:
    text = (
        "تظاهر آلاف الطلاب في العاصمة داكار ضد الحكومة السنغالية. وقالت منظمة العفو الدولية إن الشرطة"
        " اعتقلت مئتي شخص منذ بدء الاحتجاجات في داكار."
    )
    assert [e for e in coded_roles(text) if e[0] == "PROTEST"] == [("PROTEST", set(), {"الحكومة السنغالية"})]


@pytest.mark.parametrize(
    "text",
    [
        # violence told as what went on during a protest named before it (خلالها) is part of the protest
        "تحولت التظاهرة أمام مقر الحكومة في بيروت إلى مواجهات، رشق خلالها شبان قوات الأمن اللبنانية"
        " بالحجارة.",
        "تحولت المسيرة أمام البرلمان في عمان إلى مواجهات، هاجم خلالها محتجون مركزا للشرطة الأردنية.",
    ],
)
def test_violence_during_a_protest_is_no_attack(text: str) -> None:
    assert "ASSAULT" not in [e[0] for e in coded_roles(text)]


def test_a_killing_during_a_protest_stays_an_attack() -> None:
    text = "خرج آلاف المحتجين في مظاهرات في مدينة البصرة، قتلت خلالها قوات الأمن العراقية ثلاثة متظاهرين."
    assert roles(extract_text(text), "ASSAULT")[0] == {"قوات الأمن العراقية"}


@pytest.mark.parametrize(
    ("text", "coerced_by"),
    [
        # a verb spelt as its perfect where a stance's object stands (أدان X هدم، فض) is its verbal noun:
        # its genitive is its agent, never the stance's subject, and with no genitive no one is named
        ("أدانت وزارة الخارجية القطرية هدم القوات الإسرائيلية منازل في القدس.", [{"القوات الإسرائيلية"}]),
        ("وأدان الاتحاد الأوروبي فض الاعتصام أمام البرلمان.", []),
        # past the quote mark the object opens with (أدانت X "قمع Y")
        ('وأدانت الخارجية الفرنسية "قمع السلطات البيلاروسية للمتظاهرين".', []),
    ],
)
def test_a_stance_object_is_a_verbal_noun_of_its_genitive(text: str, coerced_by: list[set[str]]) -> None:
    assert [source for etype, source, _ in coded_roles(text) if etype == "COERCE"] == coerced_by


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the one dismissed (فصل X، إقالة X) is no one a condemnation is against: the one who dismissed him
        (
            "فصلت جامعة القاهرة الأستاذ أحمد سامي. وأدانت منظمة العفو الدولية فصل أحمد سامي.",
            {"جامعة القاهرة"},
        ),
        ("أقالت الحكومة المصرية المحافظ محمد علي. وانتقد حزب الوفد إقالة محمد علي.", {"الحكومة المصرية"}),
        # nor is the place stormed or raided (اقتحام السفارة، مداهمة X): those who stormed it
        (
            "اقتحم أنصار حزب الله السفارة الكويتية في بيروت. ودانت وزارة الخارجية الكويتية اقتحام السفارة.",
            {"حزب الله"},
        ),
        (
            "داهمت الشرطة الإسرائيلية مقر وكالة الأونروا في القدس. واستنكرت الأمم المتحدة مداهمة الأونروا.",
            set(),
        ),
    ],
)
def test_whom_an_act_was_done_to_is_no_target_of_its_condemnation(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "ACCUSE")[1] == target


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a verb of asking joined with و to the main clause names one actor and then the ask with its
        # preposition: that actor is asked, the main clause's subject goes on
        (
            "وبعد ساعات، اتهم وزير الخارجية الصومالي أحمد معلم فقي القوات الإثيوبية بالتوغل في منطقة"
            " بلد حاوا، وطالب الاتحاد الأفريقي بإرسال بعثة لتقصي الحقائق."
            " وأعلن الاتحاد الأفريقي أنه سيرسل فريقا من المراقبين.",
            {"أحمد معلم"},
            {"الاتحاد الأفريقي"},
        ),
    ],
)
def test_one_asked_after_a_conjoined_verb_of_asking_is_its_object(
    text: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), "REQUEST") == (source, target)


@pytest.mark.parametrize(
    "text",
    [
        "وأشاد رئيس الوزراء الكندي جاستن ترودو بالاتفاق.",
        "ورحب الأمين العام للأمم المتحدة أنطونيو غوتيريش بالهدنة، معتبرا أنها تفتح الباب للحوار.",
        "ورحبت منظمة هيومن رايتس ووتش بالإفراج عن الصحفيين.",
    ],
)
def test_a_deed_welcomed_with_no_doer_named_keeps_its_named_supporter(text: str) -> None:
    # a deed told again by its definite noun after ب, no doer named with it: kept by the default with no
    # target
    assert [(e.type, e.target) for e in _extract_text(text).events] == [("SUPPORT", ())]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # aid given to help (لدعم، لمساعدة) an actor named right after is for it
        ("أعلنت اليابان تقديم منحة عسكرية بقيمة خمسة ملايين دولار لدعم الجيش اللبناني.", {"الجيش اللبناني"}),
        (
            "وأعلنت ألمانيا عن حزمة مساعدات جديدة بقيمة 20 مليون يورو لدعم قدرات خفر السواحل الليبي.",
            {"خفر السواحل الليبي"},
        ),
        # what it helps named by the nationality of a country the text names: aid to that country
        (
            "وصل وزير المالية المصري إلى الرياض. وأعلنت السعودية تقديم وديعة بقيمة مليار دولار لدعم "
            "الاقتصاد المصري، فيما شكرت مصر المملكة.",
            {"مصر"},
        ),
        (
            "وأعلنت الكويت تخصيص 200 مليون دولار لدعم القطاع الصحي الأردني بعد محادثات مع الأردن.",
            {"الأردن"},
        ),
    ],
)
def test_aid_to_help_an_actor_is_aid_to_it(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "AID")[1] == target


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # medicines, vaccines or aid handed over (تسليم) are aid, as with the verb, not a mere hand-over
        (
            "وأعلنت الهيئة القطرية تسليم 30 طنا من الأدوية لوزارة الصحة السودانية.",
            {"الهيئة القطرية"},
            {"وزارة الصحة السودانية"},
        ),
        (
            "وبدأت منظمة الصحة العالمية تسليم جرعات من لقاح الكوليرا إلى وزارة الصحة اليمنية.",
            {"منظمة الصحة العالمية"},
            {"وزارة الصحة اليمنية"},
        ),
    ],
)
def test_aid_handed_over_is_aid(text: str, source: set[str], target: set[str]) -> None:
    doc = extract_text(text)
    assert [e.type for e in doc.events] == ["AID"]
    assert roles(doc, "AID") == (source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # fuel given by the litre is aid, to the one named after ل
        (
            "وأعلنت الهيئة الخيرية الأردنية تقديم 100 ألف لتر من الوقود لبلدية خان يونس.",
            {"الهيئة الخيرية الأردنية"},
            {"بلدية خان يونس"},
        ),
        ("وقال المسؤول إن تركيا قدمت 50 ألف لتر من المازوت لبلدية حلب.", {"تركيا"}, {"بلدية حلب"}),
    ],
)
def test_fuel_given_by_the_litre_is_aid(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "AID") == (source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a grant approved (وافق على منحة) is aid to the one it is for
        (
            "ووافق بنك التنمية الآسيوي على منحة بقيمة 50 مليون دولار لحكومة نيبال.",
            {"بنك التنمية الآسيوي"},
            {"حكومة نيبال"},
        ),
    ],
)
def test_a_grant_approved_is_aid(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "AID") == (source, target)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a joint campaign of a pair, or with another, is co-operation
        (
            "أطلقت منظمة الصحة العالمية ووزارة الصحة اليمنية حملة تطعيم مشتركة ضد الكوليرا.",
            {"منظمة الصحة العالمية", "وزارة الصحة اليمنية"},
        ),
        ("ونفذت الشرطة التونسية حملة مشتركة مع الحرس الوطني في صفاقس.", {"الشرطة التونسية", "الحرس الوطني"}),
    ],
)
def test_a_joint_campaign_is_cooperation(text: str, parties: set[str]) -> None:
    source, target = roles(extract_text(text), "COOPERATE")
    assert source | target == parties


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # a count of a body's people right before a verb that takes them back with its pronoun, or with the
        # one after عن (an indefinite antecedent): the body is acted on, the subject is after the verb
        (
            "وقال المتحدث إن 30 أسيرا من القوات الحكومية أفرجت عنهم جماعة الحوثي وصلوا إلى مأرب .",
            "RETREAT",
            {"جماعة الحوثي"},
            {"القوات الحكومية"},
        ),
        (
            "وصل إلى صنعاء 15 أسيرا من جماعة الحوثي أفرجت عنهم القوات الحكومية .",
            "RETREAT",
            {"القوات الحكومية"},
            {"جماعة الحوثي"},
        ),
        (
            "دعت الأمم المتحدة إلى الإفراج عن 11 من موظفي برنامج الأغذية العالمي اعتقلتهم جماعة الحوثي في"
            " صنعاء .",
            "COERCE",
            {"جماعة الحوثي"},
            {"برنامج الأغذية العالمي"},
        ),
    ],
)
def test_people_counted_before_a_verb_taking_them_back_are_its_object(
    text: str, etype: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), etype) == (source, target)


def test_people_named_by_nationality_before_a_release_are_of_their_country() -> None:
    text = (
        "وصل إلى الدوحة خمسة مواطنين أميركيين أفرجت عنهم السلطات الإيرانية في إطار صفقة بين إيران والولايات"
        " المتحدة ."
    )
    assert roles(extract_text(text), "RETREAT") == ({"السلطات الإيرانية"}, {"الولايات المتحدة"})


@pytest.mark.parametrize(
    ("text", "date", "source", "target"),
    [
        # a named person after a bare killing verb, then the attack after في: the unvocalised passive,
        # killed by whoever launched the attack (not the victim killing the place attacked)
        (
            "قتل المصور الصحفي أحمد الخطيب في غارة جوية شنها الجيش الإسرائيلي على مخيم جباليا.",
            None,
            {"الجيش الإسرائيلي"},
            {"أحمد الخطيب"},
        ),
        (
            "قتل الصحفيان أحمد الخطيب وسامي حداد في قصف مدفعي شنه الجيش الإسرائيلي على مدينة رفح.",
            None,
            {"الجيش الإسرائيلي"},
            {"أحمد الخطيب", "سامي حداد"},
        ),
        # martyred, the attack told after بعدما: one attack, on the one killed
        (
            "استشهد المصور أحمد الخطيب بعدما قصف الجيش الإسرائيلي سيارته في بلدة الخيام.",
            None,
            {"الجيش الإسرائيلي"},
            {"أحمد الخطيب"},
        ),
        # the attack dated by the day told before it, the killing by the article: still one attack
        (
            "قُتل الصحفي أحمد الخطيب، مراسل قناة فلسطين، مساء الخميس إثر غارة للجيش الإسرائيلي على منزله في"
            " مدينة رفح.",
            "2023-11-03",
            {"الجيش الإسرائيلي"},
            {"أحمد الخطيب"},
        ),
    ],
)
def test_a_named_person_killed_in_an_attack_is_its_target(
    text: str, date: str | None, source: set[str], target: set[str]
) -> None:
    doc = extract_text(text, date=date)
    assert [(names(doc, ev.source), names(doc, ev.target)) for ev in doc.events if ev.type == "ASSAULT"] == [
        (source, target)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # بحقه before the sentence: whom it is passed on, the court the subject of أصدرت before it
        "اعتقلت الشرطة الصحفي أحمد الخطيب. وكانت محكمة أمن الدولة قد أصدرت بحقه حكماً بالسجن خمس سنوات.",
        "اعتقلت الشرطة الصحفي أحمد الخطيب. وأصدرت محكمة أمن الدولة بحقه حكماً غيابياً بالإعدام.",
    ],
)
def test_a_sentence_passed_against_a_pronoun_is_the_person_s_named_before(text: str) -> None:
    assert roles(extract_text(text), "SANCTION") == ({"محكمة أمن الدولة"}, {"أحمد الخطيب"})


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # held or sentenced over a text he published (بسبب تغريدة، على خلفية منشور) in which he criticised
        # X: the person named before is its author, X its object (not the critic)
        (
            "أوقفت الشرطة الصحفي أحمد الخطيب بسبب تغريدة انتقد فيها وزير الداخلية سامي حداد.",
            {"سامي حداد"},
        ),
        (
            "قضت المحكمة بسجن المدون أحمد الخطيب عاما على خلفية منشور على فيسبوك انتقد فيه الحكومة الأردنية.",
            {"الحكومة الأردنية"},
        ),
    ],
)
def test_a_text_one_is_held_over_is_his_own(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "ACCUSE") == ({"أحمد الخطيب"}, target)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second complement joined with و (أعلن X أن ...، وأنه أرسل) has the subject of the verb that
        # governs the first one
        (
            "أعلن الجيش الأردني أن مواقعه تعرضت لإطلاق نار، وأنه أرسل تعزيزات إلى بلدة الرمثا.",
            ("MOBILIZE", {"الجيش الأردني"}, {"الرمثا"}),
        ),
        # a projectile resumed by the pronoun of the verb firing it, whatever its form (قذائف أطلقتها X،
        # بصاروخ أطلقه X)
        (
            "وتضررت منازل عدة جراء صواريخ أطلقتها حركة الشباب على مدينة بلدوين.",
            ("ASSAULT", {"حركة الشباب"}, {"بلدوين"}),
        ),
        (
            "وتضرر منزل بصاروخ أطلقه حزب الله على مستوطنة المطلة.",
            ("ASSAULT", {"حزب الله"}, {"المطلة"}),
        ),
        # a column of armour pushed to the border (دفع X بقافلة، بدبابات)
        (
            "ودفع الجيش التركي بقافلة من الدبابات إلى ولاية كلس الحدودية.",
            ("MOBILIZE", {"الجيش التركي"}, {"كلس"}),
        ),
        # relief parcels counted, the noun singular after the number (وزع X 3000 سلة غذائية)
        (
            "ووزع الهلال الأحمر القطري 2000 سلة غذائية على الأسر النازحة في مدينة إدلب.",
            ("AID", {"الهلال الأحمر القطري"}, set()),
        ),
    ],
)
def test_forces_sent_and_weapons_fired(text: str, expected: tuple[str, set[str], set[str]]) -> None:
    assert expected in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # the doer a relative clause on the weapon names is the agent of the killing it tells
        (
            "قتل ثلاثة من أفراد الجيش اليمني جراء قذائف هاون أطلقتها جماعة الحوثي على مركز في منطقة مأرب.",
            {"جماعة الحوثي"},
            {"الجيش اليمني"},
        ),
    ],
)
def test_a_killing_by_a_weapon_fired_has_its_agent(text: str, source: set[str], target: set[str]) -> None:
    assaults = [(s, t) for etype, s, t in coded_roles(text) if etype == "ASSAULT"]
    assert assaults == [(source, target)]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a response promised on no one named: on whoever made the attack told before
        (
            "قصف الجيش الإسرائيلي منشأة عسكرية قرب مدينة أصفهان. وقال المتحدث باسم الخارجية إن إيران"
            " سترد في الوقت المناسب.",
            {"الجيش الإسرائيلي"},
        ),
        (
            "قصفت القوات الأوكرانية مصفاة في مدينة سامارا. وقالت موسكو إنها سترد في الوقت المناسب.",
            {"القوات الأوكرانية"},
        ),
        # and so is a pursuit promised (ستلاحق المهاجمين)
        (
            "هاجم مسلحون من حركة الشباب قاعدة للجيش الكيني في مدينة مانديرا. وأكدت الحكومة الكينية أنها"
            " ستلاحق المهاجمين.",
            {"حركة الشباب"},
        ),
    ],
)
def test_a_response_promised_is_on_the_attacker(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "THREATEN")[1] == target


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # a group of states whose apposition lists them: the states listed are the parties
        (
            "وأعلنت دول تحالف الساحل، مالي والنيجر وبوركينا فاسو، استدعاء سفرائها لدى الجزائر.",
            "SANCTION",
            {"مالي", "النيجر", "بوركينا فاسو"},
            {"الجزائر"},
        ),
        (
            "وطالبت دول مجلس التعاون الخليجي، السعودية والإمارات والبحرين، إيران بوقف تدخلاتها.",
            "REQUEST",
            {"السعودية", "الإمارات", "البحرين"},
            {"إيران"},
        ),
    ],
)
def test_states_an_apposition_lists_stand_for_their_group(
    text: str, etype: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), etype) == (source, target)


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # an object pronoun unlike the relative word (التي ... ـه) takes someone else back: the antecedent
        # acts on the one named before it
        (
            "ورد الاتحاد الإفريقي على الحكومة الكاميرونية التي اتهمته بالانحياز.",
            "ACCUSE",
            {"الحكومة الكاميرونية"},
            {"الاتحاد الإفريقي"},
        ),
        (
            "وقتل المعارض محمد صالح في هجوم على منزله، بحسب الحكومة التشادية التي اتهمته بالتخطيط للانقلاب.",
            "ACCUSE",
            {"الحكومة التشادية"},
            {"محمد صالح"},
        ),
    ],
)
def test_a_relative_clause_object_unlike_its_relative_word_is_done_by_the_antecedent(
    text: str, etype: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), etype) == (source, target)


@pytest.mark.parametrize(
    "text",
    [
        # an attack told again in a later sentence by its definite noun as a verb's subject is the one told
        "شنت الطائرات الإسرائيلية غارات على جنوب لبنان. وقالت وزارة الصحة اللبنانية إن الغارات قتلت ثلاثة "
        "أشخاص في بلدة الخيام.",
        "نفذ الجيش ضربات جوية على مواقع المتمردين في دارفور. وأفاد مصدر عسكري بأن الضربات استهدفت مخازن "
        "لقوات الدعم السريع.",
    ],
)
def test_an_attack_noun_subject_of_a_later_verb_is_the_attack_told(text: str) -> None:
    assert [e.type for e in extract_text(text).events] == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        # what a bill would do (مشروع قانون يحظر) is proposed, not done
        "وناقش البرلمان الأردني مشروع قانون يحظر استيراد الغاز الإسرائيلي.",
        "ودرس الكونغرس مشروع قانون يمنع تصدير الأسلحة إلى روسيا.",
        # traces of an act (آثار تعذيب) and the terms listed "among them" (بينها) are no acts told
        "وعثرت الشرطة العراقية على جثة الصحفي وعليها آثار تعذيب قرب بغداد.",
        "وقدمت روسيا شروطا للتسوية، بينها انسحاب القوات الأوكرانية من خيرسون.",
    ],
)
def test_a_bill_traces_and_listed_terms_tell_no_act(text: str) -> None:
    assert extract_text(text).events == []


@pytest.mark.parametrize(
    "text",
    [
        # what one refuses, then describes (معتبرة إياها، واصفة إياه), is the refusal told again
        "ورفضت وزارة الخارجية المصرية تصريحات الرئيس التركي رجب طيب أردوغان، معتبرة إياها تدخلا سافرا في "
        "الشؤون الداخلية.",
        "ورفضت وزارة الخارجية الإيرانية بيان الاتحاد الأوروبي، واصفة إياه بأنه تدخل في شؤون إيران.",
    ],
)
def test_a_refusal_then_described_is_one_refusal(text: str) -> None:
    assert [e.type for e in extract_text(text).events] == ["REJECT"]


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # a subject's short form in brackets stands between it and the deed it welcomes or condemns
        (
            "أفرجت السلطات المصرية عن عشرين معتقلا. ورحبت منظمة العفو الدولية (أمنستي) بالخطوة.",
            "SUPPORT",
            {"منظمة العفو الدولية"},
            {"السلطات المصرية"},
        ),
        (
            "وأطلقت كوريا الشمالية صاروخا باليستيا. ودانت رابطة دول جنوب شرق آسيا (آسيان) الإطلاق.",
            "ACCUSE",
            {"آسيان"},
            {"كوريا الشمالية"},
        ),
        # a deed told as background in a sentence before (وكانت X قد) is not the step welcomed
        (
            "أعلنت الحكومة السودانية وقف إطلاق النار في دارفور. وكانت القوات الإثيوبية قد أجرت مناورات على"
            " الحدود. ورحبت جامعة الدول العربية بالخطوة.",
            "SUPPORT",
            {"جامعة الدول العربية"},
            {"الحكومة السودانية"},
        ),
        # ... nor one joined by و to a verb so told
        (
            "أفرجت السلطات العراقية عن 15 متظاهرا. وكان رئيس الوزراء محمد شياع السوداني قد التقى ممثلين عن"
            " المتظاهرين ووعدهم بمراجعة ملفاتهم. ورحبت نقابة المعلمين العراقيين بالخطوة.",
            "SUPPORT",
            {"نقابة المعلمين العراقيين"},
            {"السلطات العراقية"},
        ),
    ],
)
def test_a_step_welcomed_is_the_news_past_a_short_form_and_background(
    text: str, etype: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), etype) == (source, target)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a meeting told for the first time after a word of time in the sentence of a deal, past a comma or
        # وذلك, is held by the deal's parties
        ("واتفقت مصر والسودان، في ختام اجتماع في القاهرة، على تشكيل لجنة مشتركة.", {"مصر", "السودان"}),
        ("واتفقت تركيا وأذربيجان على إنشاء خط للغاز، وذلك خلال لقاء في أنقرة.", {"تركيا", "أذربيجان"}),
    ],
)
def test_a_new_meeting_a_deal_is_told_at_is_held_by_its_parties(text: str, parties: set[str]) -> None:
    source, target = roles(extract_text(text), "CONSULT")
    assert source | target == parties


def test_the_meeting_told_before_is_not_the_deal_parties_again() -> None:
    # the meeting with the article is the one told before, not a new one of the deal's parties
    doc = extract_text("واتفقت مصر والسودان، في ختام الاجتماع، على تشكيل لجنة مشتركة.")
    assert [e.type for e in doc.events] == ["AGREE"]


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # a decision no act coded tells is the step ordered last (أمر X بـ)
        (
            "وأمر الرئيس التونسي قيس سعيد بتجميد أسعار الخبز. ورحب الاتحاد العام التونسي للشغل بالقرار.",
            "SUPPORT",
            {"الاتحاد العام التونسي للشغل"},
            {"قيس سعيد"},
        ),
    ],
)
def test_a_decision_welcomed_is_the_one_ordered(
    text: str, etype: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), etype) == (source, target)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject's title past the body it heads, a nationality ending it: the verbal noun after the
        # subject is the condemned act of its genitive, no act of the condemning person's
        (
            "واستنكر رئيس مفوضية الاتحاد الأفريقي موسى فقي محمد قمع السلطات الكينية للمحتجين في نيروبي .",
            [("ACCUSE", {"موسى فقي محمد"}, {"السلطات الكينية"}), ("COERCE", {"السلطات الكينية"}, set())],
        ),
        (
            "واستنكر رئيس مفوضية الاتحاد الأوروبي جان كلود يونكر قمع السلطات التركية للمحتجين في أنقرة .",
            [("ACCUSE", {"جان كلود يونكر"}, {"السلطات التركية"}), ("COERCE", {"السلطات التركية"}, set())],
        ),
    ],
)
def test_a_subject_titled_by_the_body_it_heads_condemns_the_act_of_a_genitive(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert event_roles(extract_text(text)) == expected


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # عدم before the verbal noun a stance is taken on: whose failure it is, is the one condemned
        (
            "وأدانت المفوضية الأوروبية عدم تعاون بلغراد مع المحكمة الدولية .",
            {"المفوضية الأوروبية"},
            {"بلغراد"},
        ),
        (
            "وانتقدت منظمة العفو الدولية عدم تعاون السلطات الليبية مع المحققين .",
            {"منظمة العفو الدولية"},
            {"السلطات الليبية"},
        ),
    ],
)
def test_a_stance_on_not_doing_is_aimed_at_the_one_failing(
    text: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), "ACCUSE") == (source, target)


@pytest.mark.parametrize(
    "text",
    [
        # an imperfect's spelling right after a stance verb's subject is a verbal noun (تحمُّل المسؤولية,
        # bearing it), no blaming (تُحمِّل)
        "ونفت وزارة الصحة تحمل أي مسؤولية عن وفاة المرضى .",
        "ونفت الحكومة العراقية تحمل أي مسؤولية عن الحادث .",
    ],
)
def test_an_imperfect_spelling_after_a_stance_verbs_subject_is_no_act(text: str) -> None:
    assert [e.type for e in extract_text(text).events] == ["REJECT"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a second thing protested, its و written close to a noun the tokenizer left whole: its agent is
        # whom the protest is against
        (
            "نظمت نقابة الأطباء وقفة احتجاجية احتجاجا على تأخر الرواتب وخطة وزارة المالية المغربية"
            " لخفض المنح .",
            {"نقابة الأطباء"},
            {"وزارة المالية المغربية"},
        ),
        (
            "أعلنت نقابة الممرضين إضرابا احتجاجا على نقص المعدات وخطة وزارة الصحة التونسية لدمج المستشفيات .",
            {"نقابة الممرضين"},
            {"وزارة الصحة التونسية"},
        ),
    ],
)
def test_a_second_thing_protested_written_close_to_its_and_names_whom_it_is_against(
    text: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), "PROTEST") == (source, target)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # what was struck belongs to a body named after a word of affiliation: the attack is on that body,
        # the town after it only where
        (
            "شنت طائرات مسيرة هجوما على محطة الأقمار الصناعية الأرضية التابعة لشركة توتال في مدينة عدن .",
            {"توتال"},
        ),
        (
            "شنت طائرات مسيرة هجوما على مخازن الوقود الاحتياطية الكبرى التابعة لشركة بتروناس في مدينة"
            " بورتسودان .",
            {"بتروناس"},
        ),
    ],
)
def test_an_attack_on_what_a_body_owns_is_on_that_body(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "ASSAULT") == (set(), target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a place and its adjective before a direction and the capital: the capital only locates it
        (
            "نشر الجيش العراقي تعزيزات في الفلوجة المضطربة غرب العاصمة بغداد .",
            {"الجيش العراقي"},
            {"الفلوجة"},
        ),
        (
            "انتشرت قوات الأمن في سامراء المضطربة شمال العاصمة بغداد .",
            {"قوات الأمن"},
            {"سامراء"},
        ),
    ],
)
def test_a_place_described_before_a_direction_is_where_forces_deploy(
    text: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), "MOBILIZE") == (source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # warships sent off a country's coast: that country is where they are deployed
        ("أرسلت بريطانيا زورقين حربيين قبالة سواحل جيبوتي .", {"بريطانيا"}, {"جيبوتي"}),
        ("نشرت الصين سفنا حربية قبالة سواحل تايوان .", {"الصين"}, {"تايوان"}),
    ],
)
def test_forces_sent_off_a_coast_are_deployed_at_its_country(
    text: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), "MOBILIZE") == (source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # boats, aircraft, vehicles, meals and finance given are aid, whatever their number or case
        ("وقدمت إيطاليا لخفر السواحل الليبي زورقي دورية جديدين .", {"إيطاليا"}, {"خفر السواحل الليبي"}),
        (
            "وقدمت الجزائر إلى الحرس الوطني التونسي 40 سيارة رباعية الدفع .",
            {"الجزائر"},
            {"الحرس الوطني التونسي"},
        ),
        (
            "ومنحت اليابان الحكومة الأردنية تمويلا ميسرا بقيمة 50 مليون دولار .",
            {"اليابان"},
            {"الحكومة الأردنية"},
        ),
        ("ومنحت إيطاليا البحرية التونسية ثلاثة زوارق جديدة .", {"إيطاليا"}, {"البحرية التونسية"}),
    ],
)
def test_goods_and_finance_given_are_aid(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "AID") == (source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # the accord the giving is done under, its genitive between the verb and what is given, is no act
        # of its own
        ("وقدمت قطر بموجب الاتفاق 10 ملايين دولار للحكومة اللبنانية .", {"قطر"}, {"الحكومة اللبنانية"}),
        ("وتقدم اليابان بموجب المذكرة 5 ملايين دولار لليمن .", {"اليابان"}, {"اليمن"}),
    ],
)
def test_aid_given_under_an_accord_is_coded(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "AID") == (source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a body's board acts for the body it names after it
        (
            "وافق مجلس المديرين التنفيذيين في البنك الدولي على قرض بقيمة 300 مليون دولار لتونس .",
            {"البنك الدولي"},
            {"تونس"},
        ),
        (
            "وافق مجلس المديرين التنفيذيين للبنك الدولي على منح الأردن قرضا بقيمة 500 مليون دولار .",
            {"البنك الدولي"},
            {"الأردن"},
        ),
    ],
)
def test_a_board_acts_for_its_body(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "AID") == (source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a party's own heavy weapons handed over to another force: a handover carried out, no aid
        (
            "وسلمت حركة العدل والمساواة دفعة أولى من أسلحتها الثقيلة إلى الجيش السوداني .",
            {"حركة العدل والمساواة"},
            {"الجيش السوداني"},
        ),
        (
            "وسلمت جبهة مورو الإسلامية أسلحتها الثقيلة إلى الجيش الفلبيني .",
            {"جبهة مورو الإسلامية"},
            {"الجيش الفلبيني"},
        ),
    ],
)
def test_own_heavy_weapons_handed_over_are_a_handover(text: str, source: set[str], target: set[str]) -> None:
    doc = extract_text(text)
    assert roles(doc, "COOPERATE") == (source, target)
    assert not [e for e in doc.events if e.type == "AID"]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # talks a relative clause says were hosted: all those told of met the host
        (
            "اتفق الرئيس الصومالي حسن شيخ محمود ورئيس الوزراء الإثيوبي آبي أحمد على وقف التصعيد خلال اجتماع"
            " استضافه الرئيس التركي رجب طيب أردوغان في أنقرة .",
            {"حسن شيخ محمود", "آبي أحمد", "رجب طيب أردوغان"},
        ),
        (
            "وقعت الحكومة الكولومبية وجيش التحرير الوطني اتفاقا في ختام المفاوضات التي تستضيفها كوبا .",
            {"الحكومة الكولومبية", "جيش التحرير الوطني", "كوبا"},
        ),
    ],
)
def test_hosted_talks_meet_all_told_of(text: str, parties: set[str]) -> None:
    source, target = roles(extract_text(text), "CONSULT")
    assert source | target == parties


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # aircraft sent in pairs or fleets to put out fires are relief (a lone aircraft, طائرة, is too often
        # what people travel on)
        ("وأرسلت اليونان طائرتين إلى قبرص للمساعدة في إخماد الحرائق .", {"اليونان"}, {"قبرص"}),
        ("وأرسلت تركيا مروحيتين إلى لبنان للمساعدة في إخماد الحرائق .", {"تركيا"}, {"لبنان"}),
    ],
)
def test_aircraft_sent_to_help_are_aid(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "AID") == (source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # readiness to hold, conduct, discuss or enter into something with another is agreement with it
        (
            "وأكدت الحكومة السودانية استعدادها لإجراء تحقيق مشترك مع بعثة الأمم المتحدة .",
            {"الحكومة السودانية"},
            {"بعثة الأمم المتحدة"},
        ),
        (
            "وأبدى وزير الخارجية سامح شكري استعداده لمناقشة الأزمة مع الحكومة الإثيوبية .",
            {"سامح شكري"},
            {"الحكومة الإثيوبية"},
        ),
    ],
)
def test_readiness_to_act_with_another_is_agreement(text: str, source: set[str], target: set[str]) -> None:
    assert roles(extract_text(text), "AGREE") == (source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # refusing to appear before, sit with or talk with someone named after مع or أمام: he is refused
        (
            "ورفض المعارض عبد الكريم الزياني المثول أمام النيابة العامة .",
            {"عبد الكريم الزياني"},
            {"النيابة العامة"},
        ),
        (
            "ورفض الرئيس الصومالي حسن شيخ محمود الجلوس إلى طاولة المفاوضات مع حركة الشباب .",
            {"حسن شيخ محمود"},
            {"حركة الشباب"},
        ),
        (
            "ورفضت الحكومة الكولومبية أي تفاوض مع جيش التحرير الوطني .",
            {"الحكومة الكولومبية"},
            {"جيش التحرير الوطني"},
        ),
        (
            "غير أن المعارض عبد الكريم الزياني رفض الحوار مع الحكومة الانتقالية .",
            {"عبد الكريم الزياني"},
            {"الحكومة الانتقالية"},
        ),
    ],
)
def test_a_refusal_to_face_or_sit_with_someone_is_aimed_at_him(
    text: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), "REJECT") == (source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a demand or an ask that names no one, made in the sentence of a meeting or call its asker had: made
        # to the one met
        (
            "طالب رئيس الوزراء الإيطالي جوزيبي كونتي، خلال لقائه الرئيس التونسي الباجي قائد السبسي، بتشديد"
            " الرقابة على السواحل .",
            {"جوزيبي كونتي"},
            {"الباجي قائد السبسي"},
        ),
        (
            "وأجرى وزير الخارجية الأردني أيمن الصفدي اتصالا هاتفيا بنظيره العراقي فؤاد حسين، طلب خلاله تسهيل"
            " عودة الشاحنات .",
            {"أيمن الصفدي"},
            {"فؤاد حسين"},
        ),
    ],
)
def test_a_demand_made_at_a_meeting_is_made_to_the_one_met(
    text: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), "REQUEST") == (source, target)


@pytest.mark.parametrize(
    ("text", "etype", "source"),
    [
        # a verb joined by و to the one opening a clause of time after قبل أن or بعد أن goes on with that
        # verb's own subject, not the sentence's
        (
            "اقتحم مسلحون المصنع قبل أن تتدخل الشرطة الإكوادورية وتعتقل عشرة منهم .",
            "COERCE",
            "الشرطة الإكوادورية",
        ),
        (
            "هاجمت حركة الشباب الفندق قبل أن تصل الشرطة الصومالية وتعتقل خمسة مسلحين .",
            "COERCE",
            "الشرطة الصومالية",
        ),
        (
            "وغضب الأهالي بعد أن وصلت الشرطة التركية إلى القرية واعتقلت عشرة منهم .",
            "COERCE",
            "الشرطة التركية",
        ),
    ],
)
def test_a_verb_joined_in_a_clause_of_time_goes_on_with_its_subject(
    text: str, etype: str, source: str
) -> None:
    assert roles(extract_text(text), etype)[0] == {source}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a pledge in answer to a demand is to whose demand it is: named after the demand, or by the
        # demands' nationality
        (
            "وأعلنت الحكومة الكينية تعهدها بمراجعة قانون العقوبات، استجابة لمطالب اتحاد الصحفيين الكينيين .",
            "اتحاد الصحفيين الكينيين",
        ),
        (
            "وأبدت الحكومة الأردنية استعدادها لتخفيف القيود استجابة للمطالب السورية . ورحبت سوريا بالقرار .",
            "سوريا",
        ),
    ],
)
def test_a_pledge_in_answer_to_a_demand_is_to_whose_demand_it_is(text: str, target: str) -> None:
    assert roles(extract_text(text), "CONCEDE")[1] == {target}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a conjunct opening with a title tells where its holder serves before his name: the person
        (
            "أفرجت السلطات الروسية عن الصحافي أحمد حسن والجندي السابق في الجيش الأميركي جون سميث .",
            {"أحمد حسن", "جون سميث"},
        ),
        (
            "أفرجت موسكو عن الصحافي إيفان غيرشكوفيتش والجندي السابق في مشاة البحرية الأميركية بول ويلان .",
            {"إيفان غيرشكوفيتش", "بول ويلان"},
        ),
    ],
)
def test_a_titled_conjunct_past_where_its_holder_serves_is_the_person(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "RETREAT")[1] == target


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # the country of a nationality in the act threatened, not the threatener's own, is threatened
        (
            "اتهمت الحكومة إسرائيل بخرق الهدنة . وتوعد الأمين العام لحركة الجهاد زياد النخالة في خطاب بإسقاط"
            " أي مسيرة إسرائيلية فوق غزة .",
            {"زياد النخالة"},
            {"إسرائيل"},
        ),
        # past a long subject, its titles and the body it heads, to the act threatened
        (
            "وهدد القائد العام للقوات المسلحة السودانية الفريق أول عبد الفتاح البرهان بضرب أي طائرة تشادية"
            " تدخل الأجواء . ونفت تشاد ذلك .",
            {"عبد الفتاح البرهان"},
            {"تشاد"},
        ),
    ],
)
def test_a_threat_is_aimed_at_the_country_of_a_nationality_in_the_act_threatened(
    text: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), "THREATEN") == (source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # the subject after إلى and its pronoun lays the charge on whom the pronoun stands for
        (
            "اعتقلت الشرطة المصرية الصحفي أحمد منصور في منزله ، ووجهت إليه النيابة العامة المصرية تهمة"
            " الرشوة .",
            {"النيابة العامة المصرية"},
            {"أحمد منصور"},
        ),
        (
            "ورفض الجيش تسليم جنود من الحرس الجمهوري وجهت إليهم النيابة الفرنسية تهمة التعذيب .",
            {"النيابة الفرنسية"},
            {"الحرس الجمهوري"},
        ),
    ],
)
def test_a_charge_laid_on_a_pronoun_after_the_verb_is_by_the_subject_after_it(
    text: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), "ACCUSE") == (source, target)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a future hostile act aimed at anyone at all is a threat, not the act done
        ("وقال المتحدث باسم الكرملين إن موسكو ستلاحق كل من يساعد المتمردين .", {"موسكو"}),
        ("وقال المفوض إن الاتحاد الأوروبي سيفرض عقوبات على أي شركة تخرق الحظر .", {"الاتحاد الأوروبي"}),
    ],
)
def test_a_future_act_aimed_at_anyone_is_a_threat(text: str, source: set[str]) -> None:
    doc = extract_text(text)
    assert [(e.type, names(doc, e.source)) for e in doc.events] == [("THREATEN", source)]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a deadline to leave given to an embassy's staff or a diplomatic crew expels them, no threat
        ("أمهلت مولدوفا موظفي السفارة الروسية 72 ساعة لمغادرة البلاد .", {"مولدوفا"}, {"السفارة الروسية"}),
        (
            "أمهلت الحكومة الكينية الطواقم الدبلوماسية لثلاث دول ، بينها الصومال وإثيوبيا ، أسبوعا لمغادرة"
            " أراضيها .",
            {"الحكومة الكينية"},
            {"الصومال", "إثيوبيا"},
        ),
    ],
)
def test_a_deadline_to_leave_given_to_an_embassys_staff_expels_them(
    text: str, source: set[str], target: set[str]
) -> None:
    doc = extract_text(text)
    assert [e.type for e in doc.events] == ["SANCTION"]
    assert roles(doc, "SANCTION") == (source, target)


@pytest.mark.parametrize(
    "text",
    [
        # a town or a province after ب right after a condemnation's subject is where the subject sits,
        # not whom it condemns
        "ودانت السلطة المحلية بمحافظة شبوة الهجوم .",
        "ودانت حكومة الولاية بولاية الخرطوم الهجوم .",
    ],
)
def test_the_province_a_condemning_body_sits_in_is_not_condemned(text: str) -> None:
    assert roles(extract_text(text), "ACCUSE")[1] == set()


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a threat to strike a town on a condition put to an actor is made to that actor
        ("وهدد الرئيس الروسي فلاديمير بوتين بضرب مدينة خاركيف إذا لم توقف أوكرانيا هجماتها .", {"أوكرانيا"}),
        (
            "وتوعد الرئيس التركي رجب طيب أردوغان باجتياح مدينة منبج إذا لم تنسحب وحدات حماية الشعب الكردية"
            " منها .",
            {"وحدات حماية الشعب"},
        ),
        # no condition put to an actor, or a capital standing for its state: the town struck is threatened
        (
            "وهدد الرئيس الروسي فلاديمير بوتين بضرب كييف إذا لم تنسحب القوات الأوكرانية من كورسك .",
            {"كييف"},
        ),
        ("وهدد وزير الدفاع الإسرائيلي يوآف غالانت بقصف بيروت إذا تكرر إطلاق الصواريخ .", {"بيروت"}),
    ],
)
def test_a_threat_to_strike_a_town_is_made_to_whom_its_condition_is_put(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "THREATEN")[1] == target


@pytest.mark.parametrize(
    ("text", "maker"),
    [
        # a request refused whose maker a relative clause names (طلبا تقدمت به X) was still made: its own
        # REQUEST by the maker, addressed to no one named (not to the refuser)
        ("رفضت المحكمة العليا النمساوية طلبا تقدمت به صربيا لتسليم رجل الأعمال ميلان يوفيتش .", "صربيا"),
        (
            "رفض رئيس الوزراء الإسباني بيدرو سانشيز طلبا جديدا تقدمت به فنزويلا لتسليم المعارض خوان بابلو .",
            "فنزويلا",
        ),
    ],
)
def test_a_refused_request_a_relative_clause_names_the_maker_of_is_made(text: str, maker: str) -> None:
    requests = [e for e in coded_roles(text) if e[0] == "REQUEST"]
    assert requests == [("REQUEST", {maker}, set())]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a condemnation's object, direct or after ب, quoted or named "what it called", then who did it
        # after من (or من قبل، من جانب): that one is blamed
        ("وانتقد وزير الخارجية الفنزويلي إيفان خيل «التدخلات السافرة» من واشنطن .", {"واشنطن"}),
        ('ونددت وزارة الخارجية الفلبينية بما وصفته بـ"المضايقات المتكررة" من بكين .', {"بكين"}),
        ("وأدان الرئيس الأوكراني فولوديمير زيلينسكي ما وصفه بـ«الابتزاز» من موسكو .", {"موسكو"}),
        # (past the subject's affiliation: not the body it belongs to)
        (
            "وانتقدت لجنة حقوق الإنسان التابعة للجامعة العربية «الانتهاكات المتكررة» من الخرطوم .",
            {"الخرطوم"},
        ),
    ],
)
def test_a_condemned_deed_blames_who_it_is_from(text: str, target: set[str]) -> None:
    assert [e[2] for e in coded_roles(text) if e[0] == "ACCUSE"] == [target]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the verbal noun of raising readiness (رفع حالة التأهب، رفع درجة التأهب) after a verb of announcing
        # or deciding: a mobilization by the announcer
        (
            "وأعلنت وزارة الدفاع التشادية رفع حالة التأهب في صفوف قواتها المنتشرة على الحدود .",
            "وزارة الدفاع التشادية",
        ),
        ("وقررت قيادة الجيش النيجيري رفع درجة التأهب في الثكنات الشمالية .", "قيادة الجيش النيجيري"),
    ],
)
def test_raising_alert_as_a_verbal_noun_is_a_mobilization(text: str, source: str) -> None:
    assert coded_roles(text) == [("MOBILIZE", {source}, set())]


@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        # approving or refusing someone's hand-over to a named state answers that state, not the person
        (
            "وافقت المحكمة العليا البريطانية على تسليم رجل الأعمال الهندي راجيف شارما إلى الهند .",
            "AGREE",
            {"الهند"},
        ),
        (
            "رفضت محكمة الاستئناف في باريس ترحيل الناشط الجزائري كريم بلعيد إلى الجزائر .",
            "REJECT",
            {"الجزائر"},
        ),
        # (a sale approved: to the buyer)
        (
            "وافقت وزارة الدفاع الأميركية على صفقة لبيع ست مروحيات من طراز أباتشي إلى الكويت .",
            "AGREE",
            {"الكويت"},
        ),
    ],
)
def test_an_answer_on_a_hand_over_is_to_its_recipient(text: str, etype: str, target: set[str]) -> None:
    assert [e[2] for e in coded_roles(text) if e[0] == etype] == [target]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a threat refused, its maker its genitive, is made to the one who refuses it
        (
            "ورفضت الحكومة الفنزويلية تهديد الرئيس الأمريكي دونالد ترامب بفرض حصار بحري .",
            {"الحكومة الفنزويلية"},
        ),
        (
            "ورفض المجلس العسكري في مالي تهديدات المجموعة الاقتصادية لدول غرب أفريقيا .",
            {"المجلس العسكري في مالي"},
        ),
        # a threat that names its target keeps it
        ("ورفضت كوبا تهديد واشنطن لفنزويلا .", {"فنزويلا"}),
    ],
)
def test_a_refused_threat_is_made_to_the_refuser(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "THREATEN")[1] == target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # forces deployed around a university or a hospital named as a body are sent to its grounds
        ("وانتشرت قوات الشرطة حول جامعة بغداد لليوم الثاني .", {"جامعة بغداد"}),
        ("ونشرت الشرطة السودانية عشرات العناصر في محيط جامعة الخرطوم .", {"جامعة الخرطوم"}),
    ],
)
def test_forces_deployed_around_a_campus_are_sent_to_it(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "MOBILIZE")[1] == target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a quoted name joined by و to a quoted body's or company's name is one more of them, whatever
        # type the entity layer gave it
        ('وحثت وزارة الصحة المغربية شركتي "فايزر" و"سينوفاك" على تسريع الشحنات .', {"فايزر", "سينوفاك"}),
        ("وطالب الاتحاد الأوروبي شركتي «أمازون» و«زالاندو» بالامتثال للقانون .", {"أمازون", "زالاندو"}),
    ],
)
def test_a_quoted_name_joined_to_a_quoted_body_is_one_more_body(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "REQUEST")[1] == target


@pytest.mark.parametrize(
    ("text", "etype", "source"),
    [
        # a sentence opening with a verb that names its own subject and codes no act: a verb with no
        # subject after و or ثم goes on with that subject, not with the one of the sentence before
        (
            "وخطفت جماعة أبو سياف رهينة ألمانية قبل شهر . وتسلمت الحكومة الماليزية الرهينة من الخاطفين ،"
            " ثم سلمتها إلى الحكومة الفلبينية .",
            "COOPERATE",
            {"الحكومة الماليزية"},
        ),
        (
            "اعتقلت الشرطة الكينية ثلاثة صوماليين في نيروبي . ووصل وزير الخارجية الصومالي عبد الرحمن شيخ"
            " إلى العاصمة الكينية أمس ، ثم طالب السلطات الكينية بالإفراج عنهم .",
            "REQUEST",
            {"عبد الرحمن شيخ"},
        ),
        (
            "وهاجم مسلحون من حركة الشباب قاعدة عسكرية . وعاد الرئيس الصومالي حسن شيخ محمود إلى مقديشو ، ثم"
            " اتهم الحركة بقتل المدنيين .",
            "ACCUSE",
            {"حسن شيخ محمود"},
        ),
    ],
)
def test_a_verb_with_no_subject_goes_on_with_its_own_sentences_opening_subject(
    text: str, etype: str, source: set[str]
) -> None:
    assert roles(extract_text(text), etype)[0] == source


@pytest.mark.parametrize(
    ("text", "etype", "source"),
    [
        # the delegation or mission (الوفد، البعثة) as a subject takes back the body whose delegation was
        # named before it, in its sentence or the one before
        (
            "استقبل وزير المالية الأردني أمس بعثة من البنك الدولي . وطالبت البعثة الحكومة الأردنية بخفض"
            " الدين العام .",
            "REQUEST",
            {"البنك الدولي"},
        ),
        (
            "زار وفد من صندوق النقد الدولي بيروت أمس . ودعا الوفد الحكومة اللبنانية إلى إقرار الإصلاحات .",
            "REQUEST",
            {"صندوق النقد الدولي"},
        ),
    ],
)
def test_the_delegation_as_a_subject_is_the_body_whose_delegation_was_named(
    text: str, etype: str, source: set[str]
) -> None:
    assert roles(extract_text(text), etype)[0] == source


@pytest.mark.parametrize(
    "text",
    [
        # an approval of a measure taken at home (forces sent, a resignation, an appointment, a draft law)
        # is a decision, no agreement between two actors
        "ووافق مجلس النواب العراقي بالإجماع على إرسال عناصر من القوات المسلحة لحماية الحدود الغربية .",
        "ووافق الرئيس الموريتاني محمد ولد الغزواني مساء الأحد على استقالة وزير الداخلية محمد أحمد"
        " ولد محمد الأمين .",
        "ووافقت لجنة الشؤون الخارجية في البرلمان الكويتي على مسودة اتفاقية التعاون مع وزارة الدفاع"
        " الأمريكية .",
    ],
)
def test_an_approval_of_a_measure_at_home_is_no_agreement(text: str) -> None:
    assert "AGREE" not in [e.type for e in extract_text(text).events]


@pytest.mark.parametrize(
    "text",
    [
        # a gathering told as a celebration is no protest
        "وتجمع آلاف من أنصار حزب الوفد أمام منزل رئيس الحزب في القاهرة للاحتفال بالإفراج عنه .",
        "وتجمع مئات من أنصار حركة مجتمع السلم أمام مقر الحركة للاحتفال بنتائج الانتخابات .",
    ],
)
def test_a_gathering_to_celebrate_is_no_protest(text: str) -> None:
    assert "PROTEST" not in [e.type for e in extract_text(text).events]


@pytest.mark.parametrize(
    "text",
    [
        # ثمن right after a word of paying is a price, not ثمّن "valued"
        "حمّل وزير الصحة الكوبي خوسيه بورتال العقوبات الأميركية مسؤولية عدم وصول شحنة من الأنسولين كانت"
        " هافانا قد دفعت ثمنها لشركة إيطالية . وترفض الولايات المتحدة هذه الاتهامات .",
    ],
)
def test_a_price_paid_is_no_praise(text: str) -> None:
    assert "SUPPORT" not in [e.type for e in extract_text(text).events]


@pytest.mark.parametrize(
    "text",
    [
        # a demand told after a lawsuit its filer brought is what the lawsuit claims, no request of its own
        "وكان صندوق الاستثمار الأمريكي بلاك روك قد رفع دعوى أمام محكمة في لندن ضد الحكومة الأرجنتينية ،"
        " مطالبا بتعويضات تفوق 300 مليون دولار .",
        "ورفعت شركة توتال دعوى تحكيم دولية ضد الحكومة الجزائرية، مطالبة بتعويضات عن خسائرها .",
    ],
)
def test_the_claim_of_a_lawsuit_is_no_request(text: str) -> None:
    assert [e.type for e in extract_text(text).events] == ["ACCUSE"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # "republic" before a country's name is that country, not the genitive of a title
        ("اتهم الرئيس النيجري محمد بازوم جمهورية مالي بإيواء متمردين .", {"مالي"}),
        ("وانتقد الرئيس الفرنسي إيمانويل ماكرون جمهورية تشاد بسبب طرد السفير .", {"تشاد"}),
    ],
)
def test_a_republic_named_as_object_is_the_country(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "ACCUSE")[1] == target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a participle between commas describes the subject; the object comes after it
        ("واتهمت وزارة الداخلية، التابعة للحكومة المؤقتة، إسرائيل بقصف محطة الكهرباء .", {"إسرائيل"}),
        ("واتهم حزب الأمة، المقرب من المعارضة، الحكومة السودانية بتزوير الانتخابات .", {"الحكومة السودانية"}),
    ],
)
def test_a_participle_aside_on_the_subject_is_passed_over(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "ACCUSE")[1] == target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a condemnation of an act told right after it, past its subject and an aside on the subject
        ("وندد الشيخ أحمد الطيب، شيخ الأزهر، بالهجوم الذي شنته جماعة الحوثي على المدينة .", {"جماعة الحوثي"}),
        (
            "ودان الرئيس المصري عبد الفتاح السيسي، رئيس الدورة الحالية، الغارة التي شنها الجيش الإسرائيلي .",
            {"الجيش الإسرائيلي"},
        ),
    ],
)
def test_a_condemned_act_after_the_subjects_aside_is_against_its_agent(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "ACCUSE")[1] == target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a reply threatened is on whom was accused before it, where no hostile act of another is told
        (
            "فجرت جماعة مسلحة خط الأنابيب، واتهم الجيش النيجيري حركة بوكو حرام بالوقوف وراء التفجير،"
            " فيما توعدت أبوجا بالرد .",
            {"بوكو حرام"},
        ),
        (
            "واتهم وزير الخارجية الباكستاني الهند بالوقوف وراء التفجير، مؤكدا أن باكستان سترد بحزم في الوقت"
            " المناسب .",
            {"الهند"},
        ),
    ],
)
def test_a_reply_threatened_is_on_the_one_accused_before(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "THREATEN")[1] == target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # counted people with an indefinite plural nationality, then في and their body: the body is hit
        (
            "واختطف مسلحون أربعة عاملين ليبيين في الهلال الأحمر الليبي على الطريق إلى سبها.",
            {"الهلال الأحمر"},
        ),
        (
            "وخطف مسلحون خمسة موظفين سودانيين في برنامج الأغذية العالمي قرب مدينة نيالا.",
            {"برنامج الأغذية العالمي"},
        ),
    ],
)
def test_counted_people_of_a_nationality_in_a_body_make_it_the_target(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "ASSAULT")[1] == target


@pytest.mark.parametrize(
    "text",
    [
        # a place named only past a comma and an aside on another act is no destination of the deployment
        "وأمر الرئيس البوليفي لويس آرسي بنشر آلاف الجنود على طول الحدود، متهما تشيلي بدعم المهربين في لاباز.",
        "ونشر الجيش الصيني سفنا حربية قرب الجزر، وذلك ردا على زيارة وزير أمريكي إلى تايبيه.",
    ],
)
def test_a_place_past_an_aside_is_no_destination_of_a_deployment(text: str) -> None:
    assert roles(extract_text(text), "MOBILIZE")[1] == set()


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a republic, a region or a sovereignty recognised: the recogniser supports what it recognises
        ("وقررت نيكاراغوا الاعتراف بجمهورية الصين الشعبية بدلا من تايوان .", {"نيكاراغوا"}, {"الصين"}),
        (
            "وجاء القرار بعد يومين من اعتراف الرئيس الأمريكي دونالد ترامب بسيادة المغرب على"
            " الصحراء الغربية .",
            {"دونالد ترامب"},
            {"المغرب"},
        ),
        ("واعترفت كوستاريكا بجمهورية جنوب السودان .", {"كوستاريكا"}, {"جنوب السودان"}),
    ],
)
def test_recognising_a_republic_or_a_sovereignty_is_support(
    text: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), "SUPPORT") == (source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a mission opened or reopened abroad is cooperation with the country it is opened in
        ("أعادت البحرين فتح سفارتها لدى سوريا بعد إغلاق استمر أعواما .", {"البحرين"}, {"سوريا"}),
        ("وأعلنت الهند افتتاح سفارة لها في رواندا .", {"الهند"}, {"رواندا"}),
        ("افتتحت الإمارات قنصلية عامة لها في مدينة العيون .", {"الإمارات"}, {"العيون"}),
    ],
)
def test_opening_an_embassy_is_cooperation_with_its_host(
    text: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), "COOPERATE") == (source, target)


def test_embassies_reopened_by_both_sides_are_part_of_their_agreement() -> None:
    # each side's embassy (سفارتيهما، السفارتين) reopened with the ties restored: no cooperation of its own
    text = "اتفقت السعودية وإيران على استئناف العلاقات الدبلوماسية بينهما وإعادة فتح سفارتيهما خلال شهرين ."
    assert "COOPERATE" not in [e.type for e in extract_text(text).events]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a diplomat declared persona non grata is expelled
        (
            "أعلنت وزارة الخارجية الكندية يوم الاثنين اعتبار السفير الروسي أليكسي بافلوف شخصا غير"
            " مرغوب فيه .",
            {"وزارة الخارجية الكندية"},
            {"أليكسي بافلوف"},
        ),
        # ambassadors recalled by their plural or dual pronoun (سفراءها، سفيريهما): their own, recalled
        ("استدعت مالي والنيجر ، الأحد ، سفراءها لدى الجزائر للتشاور .", {"مالي", "النيجر"}, {"الجزائر"}),
        ("استدعت كولومبيا وتشيلي سفيريهما لدى إسرائيل للتشاور .", {"كولومبيا", "تشيلي"}, {"إسرائيل"}),
    ],
)
def test_persona_non_grata_and_recalled_ambassadors_are_sanctions(
    text: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), "SANCTION") == (source, target)


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # "each of" (كل من) right after the verb stands for the names after it, its subject
        ("وانتقدت كل من كولومبيا وتشيلي إسرائيل .", "ACCUSE", {"كولومبيا", "تشيلي"}, {"إسرائيل"}),
        (
            "وأعربت كل من السعودية والإمارات عن تأييدها للمغرب .",
            "SUPPORT",
            {"السعودية", "الإمارات"},
            {"المغرب"},
        ),
    ],
)
def test_each_of_the_names_after_a_verb_is_its_subject(
    text: str, etype: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), etype) == (source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a state's own embassy abroad closed: a sanction on the country it was in
        ("أغلقت كندا سفارتها في إيران .", {"كندا"}, {"إيران"}),
        ("وأعلنت نيوزيلندا إغلاق سفارتها لدى روسيا .", {"نيوزيلندا"}, {"روسيا"}),
    ],
)
def test_closing_ones_own_embassy_abroad_is_a_sanction_on_the_host(
    text: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), "SANCTION") == (source, target)


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # "immediately" (على الفور) between the subject and what it announces or responds with
        ("وأعلنت البحرين على الفور قطع علاقاتها مع قطر .", "SANCTION", {"البحرين"}, {"قطر"}),
        ("وردت الجزائر على الفور باستدعاء سفيرها لدى مالي .", "SANCTION", {"الجزائر"}, {"مالي"}),
    ],
)
def test_immediately_between_a_subject_and_its_act_is_passed(
    text: str, etype: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), etype) == (source, target)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # هم on a verb describing an indefinite noun resumes that noun: the people deported, by the
        # subject after the verb
        ("ووصل إلى النيجر 700 مهاجر رحلتهم الجزائر الأسبوع الماضي .", [("COERCE", {"الجزائر"}, set())]),
        ("وأحصت المنظمة عودة 1500 شخص رحلتهم السلطات الليبية .", [("COERCE", {"السلطات الليبية"}, set())]),
        # (joined by و, it goes on with the act before and is coded with it)
        (
            "واعترضت البحرية التونسية قاربا يقل 60 مهاجرا وأعادتهم إلى صفاقس .",
            [("COERCE", {"البحرية التونسية"}, set())],
        ),
    ],
)
def test_a_pronoun_of_people_resumes_the_people_deported(
    text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert coded_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # paying for or providing something for others is aid
        ("وتكفلت قطر بعلاج الجرحى في مستشفياتها .", ("AID", {"قطر"}, set())),
        ("وأعلنت الوزارة أن اليابان ستتكفل بتكاليف إعادة بناء المدارس .", ("AID", {"اليابان"}, set())),
        # whom people handed over belong to is no party to the hand-over
        (
            "وتسلمت السلطات المصرية 15 متهما بالانتماء إلى جماعة الإخوان المسلمين من السلطات التركية .",
            ("COOPERATE", {"السلطات التركية"}, {"السلطات المصرية"}),
        ),
        (
            "وسلمت تركيا 10 أشخاص ينتمون إلى تنظيم داعش إلى السلطات العراقية .",
            ("COOPERATE", {"تركيا"}, {"السلطات العراقية"}),
        ),
    ],
)
def test_payments_and_hand_overs(text: str, event: tuple[str, set[str], set[str]]) -> None:
    assert event in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the ship or the troops a deployment moves, named as its object, are no recipient: the place
        # they are sent to is
        (
            "وأرسلت وزارة الدفاع البريطانية حاملة الطائرات «الملكة إليزابيث» إلى بحر الصين الجنوبي.",
            {"بحر الصين الجنوبي"},
        ),
        ("ونشرت الحكومة الإيطالية آلافا من جنود الجيش الإيطالي في جزيرة لامبيدوزا.", {"لامبيدوزا"}),
    ],
)
def test_the_units_a_deployment_moves_are_no_recipient(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "MOBILIZE")[1] == target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a condemned policy named in quotation marks, then a relative clause telling who carries it out
        (
            'ونددت منظمة العفو الدولية بسياسة "الترحيل القسري الجماعي" التي تتبعها الحكومة التركية.',
            {"الحكومة التركية"},
        ),
        (
            'وانتقدت منظمة هيومن رايتس ووتش سياسة "الترحيل القسري الجماعي" التي تنتهجها الحكومة الإثيوبية.',
            {"الحكومة الإثيوبية"},
        ),
    ],
)
def test_a_relative_clause_past_a_quoted_name_tells_whom_a_condemnation_blames(
    text: str, target: set[str]
) -> None:
    assert roles(extract_text(text), "ACCUSE")[1] == target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a step welcomed after a comma, in a sentence that tells no act of its own: its subject's step,
        # not the act told in the sentence before
        (
            "وانتقدت منظمة العفو الدولية الحكومة الإيرانية. وخفضت الحكومة التونسية أسعار الخبز، في خطوة رحبت"
            " بها منظمة العمل الدولية.",
            {"الحكومة التونسية"},
        ),
        (
            "ودان الرئيس الفرنسي إيمانويل ماكرون الهجوم على السفارة. وألغت المحكمة العليا الباكستانية قانون"
            " الطوارئ، في قرار رحبت به منظمة هيومن رايتس ووتش.",
            {"المحكمة العليا الباكستانية"},
        ),
    ],
)
def test_a_step_welcomed_is_its_own_sentences_subjects(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "SUPPORT")[1] == target


@pytest.mark.parametrize(
    "text",
    [
        # information exchanged, told by the bare form with its object right after it, is a verbal noun
        # joined to what was agreed or signed, no act of cooperation
        "واتفقت مصر والسودان على تعزيز التنسيق الأمني وتبادل المعلومات حول الهجرة غير النظامية .",
        "ووقعت تونس والجزائر اتفاقية تنص على تسيير دوريات مشتركة وتبادل الخبرات في مجال الحدود .",
    ],
)
def test_information_exchanged_as_a_verbal_noun_is_no_cooperation(text: str) -> None:
    assert "COOPERATE" not in [e.type for e in extract_text(text).events]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the verb of a mutual act names its parties before its object
        ("وتبادلت مصر والأردن المعلومات الأمنية حول الخلايا المتطرفة .", {"مصر", "الأردن"}),
    ],
)
def test_information_exchanged_by_named_parties_is_cooperation(text: str, source: set[str]) -> None:
    src, tgt = roles(extract_text(text), "COOPERATE")
    assert src | tgt == source


@pytest.mark.parametrize(
    "text",
    [
        # "the military operations", definite with no doer named, are known background, no attack told
        "واستدعت الجزائر سفيرها لدى باريس احتجاجا على استمرار العمليات العسكرية في شمال مالي .",
        "ووقع الأكاديميون بيانا يدعو إلى وقف العمليات العسكرية في ولاية شمال دارفور .",
    ],
)
def test_known_military_operations_with_no_doer_are_no_attack(text: str) -> None:
    assert "ASSAULT" not in [e.type for e in extract_text(text).events]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a doer named keeps the operations an attack
        ("ووسع الجيش السوداني العمليات العسكرية في ولاية شمال دارفور .", {"الجيش السوداني"}),
    ],
)
def test_known_military_operations_with_a_doer_are_an_attack(text: str, source: set[str]) -> None:
    assert roles(extract_text(text), "ASSAULT")[0] == source


@pytest.mark.parametrize(
    "text",
    [
        # people counted arriving or received (soldiers, refugees) pay no visit and hold no talks
        "ووصل نحو 3000 جندي من الولايات المتحدة إلى بولندا يوم الجمعة للمشاركة في تدريبات حلف الأطلسي .",
        "وقال المتحدث إن الأردن استقبل أكثر من 600 ألف لاجئ من سوريا منذ اندلاع الحرب .",
    ],
)
def test_people_counted_arriving_pay_no_visit(text: str) -> None:
    assert "CONSULT" not in [e.type for e in extract_text(text).events]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # an official named arriving is a visit
        ("ووصل وزير الخارجية الأردني أيمن الصفدي إلى دمشق يوم الأحد .", {"أيمن الصفدي"}),
    ],
)
def test_an_official_arriving_pays_a_visit(text: str, source: set[str]) -> None:
    assert roles(extract_text(text), "CONSULT")[0] == source


@pytest.mark.parametrize(
    "text",
    [
        # "the accusations" rejected after an accusation told before are that accusation told again
        "استدعت وزارة الخارجية الكويتية السفير العراقي في الكويت وأبلغته احتجاج الكويت على تصريحات"
        " مسؤولين عراقيين. من جهتها، رفضت بغداد الاتهامات الكويتية ووصفتها بأنها مفتعلة .",
        "اتهمت فرنسا إيران باحتجاز رعاياها تعسفيا. ورفض المتحدث باسم الخارجية الإيرانية"
        " الانتقادات الفرنسية .",
    ],
)
def test_the_accusations_rejected_are_the_accusation_told_before(text: str) -> None:
    assert [e.type for e in extract_text(text).events].count("ACCUSE") == 1


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # told first, "the accusations" still name who accused
        ("ووجهت النيابة العامة الاتهامات إلى الوزير السابق بالفساد .", {"النيابة العامة"}),
    ],
)
def test_the_accusations_told_first_are_an_accusation(text: str, source: set[str]) -> None:
    assert roles(extract_text(text), "ACCUSE")[0] == source


@pytest.mark.parametrize(
    "text",
    [
        # a call told before, named again as what an act of a later sentence answers, is that call again
        "دعا الرئيس الفرنسي إيمانويل ماكرون إيران إلى الإفراج عن المعتقلين الفرنسيين. ورفض وزير الخارجية"
        " الإيراني عباس عراقجي دعوة ماكرون، مؤكدا أن القضاء مستقل .",
        "طالب الأمين العام للأمم المتحدة أنطونيو غوتيريش إسرائيل بالسماح للصحفيين بدخول غزة. ورفض"
        " المندوب الإسرائيلي داني دانون الطلب، في حين أيدت فرنسا دعوة غوتيريش .",
    ],
)
def test_a_call_answered_after_it_was_told_is_no_new_request(text: str) -> None:
    assert [e.type for e in extract_text(text).events].count("REQUEST") == 1


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a call told first as what is rejected is a request
        (
            "رفض الرئيس القبرصي دعوة الرئيس التركي رجب طيب أردوغان إلى الاعتراف بالشطر الشمالي .",
            {"رجب طيب أردوغان"},
        ),
    ],
)
def test_a_call_told_first_as_what_is_rejected_is_a_request(text: str, source: set[str]) -> None:
    assert roles(extract_text(text), "REQUEST")[0] == source


@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        # a bare word for a news outlet is the outlet named before with that word (قناة ... القناة)
        (
            "نشرت قناة الميادين تقريرا عن الفساد. واتهمت الحكومة اللبنانية القناة بالتحريض .",
            "ACCUSE",
            {"قناة الميادين"},
        ),
        (
            "نشرت صحيفة الغارديان تحقيقا عن التجسس. وانتقدت الحكومة المغربية الصحيفة بشدة .",
            "ACCUSE",
            {"الغارديان"},
        ),
        (
            "حجبت السلطات منصة تيك توك يوم الأحد. واتهم وزير الإعلام المنصة بنشر الشائعات .",
            "ACCUSE",
            {"تيك توك"},
        ),
    ],
)
def test_a_bare_word_for_an_outlet_is_the_outlet_named_before(
    text: str, etype: str, target: set[str]
) -> None:
    assert roles(extract_text(text), etype)[1] == target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a Sudanese locality (محلية) is a place noun: the name after it is where forces are sent
        ("ودفع الجيش السوداني بتعزيزات إلى محلية الفاو شرقي البلاد .", {"الفاو"}),
        ("أرسلت قوات الدعم السريع مئات المقاتلين إلى محلية كرينك .", {"كرينك"}),
    ],
)
def test_the_name_after_a_locality_is_where_forces_are_sent(text: str, target: set[str]) -> None:
    assert roles(extract_text(text), "MOBILIZE")[1] == target


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name in quotation marks after the word for a cartel is an organisation's (كارتل «X»)
        ('فرضت وزارة الخزانة الأميركية عقوبات على كارتل "غولفو" لتهريبه المخدرات .', "غولفو"),
        ('اعتقلت الشرطة ثلاثة عناصر من كارتل "شمال الوادي" في الولاية .', "شمال الوادي"),
    ],
)
def test_a_quoted_name_after_the_word_cartel_is_an_organisation(text: str, name: str) -> None:
    assert {e.name: e.type for e in extract_text(text).entities}.get(name) == "ORG"


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # a verb joined with و going on with the subject of the verb before, with an object pronoun:
        # that verb's object is the one the pronoun stands for
        (
            "أوقف بوتين الوزيرة هيلاري كلينتون عن العمل وأحالها إلى القضاء .",
            "ACCUSE",
            {"فلاديمير بوتين"},
            {"هيلاري كلينتون"},
        ),
        (
            "أوقف أردوغان القاضية هيلاري كلينتون عن العمل احتياطيا وأحالها إلى التحقيق .",
            "ACCUSE",
            {"أردوغان"},
            {"هيلاري كلينتون"},
        ),
        (
            "أوقف ماكرون وزير الخارجية أحمد علي عن العمل وأحاله إلى التحقيق .",
            "ACCUSE",
            {"ماكرون"},
            {"أحمد علي"},
        ),
        (
            "اعتقلت الشرطة المصرية المعارض أحمد علي واتهمته بالتآمر .",
            "ACCUSE",
            {"الشرطة المصرية"},
            {"أحمد علي"},
        ),
        (
            "اعتقلت الشرطة المصرية الناشطة هيلاري كلينتون وأحالتها إلى النيابة .",
            "ACCUSE",
            {"الشرطة المصرية"},
            {"هيلاري كلينتون"},
        ),
    ],
)
def test_an_object_pronoun_after_the_object_of_the_verb_before_is_that_object(
    text: str, etype: str, source: set[str], target: set[str]
) -> None:
    assert roles(make_doc(text), etype) == (source, target)


@pytest.mark.parametrize(
    "text",
    [
        # the passive participle (مُتَّهَم): one charged, named with the charge after ب or an ordinal
        "رحلت السلطات الفرنسية مواطنا جزائريا متهما بالتحريض على العنف على متن طائرة تابعة للخطوط الجوية"
        " الجزائرية .",
        "وبرأت محكمة أمن الدولة الأردنية متهما ثانيا في القضية لعدم كفاية الأدلة .",
        "وبرأت محكمة الجنايات في أثينا متهماً ثالثاً لعدم كفاية الأدلة .",
    ],
)
def test_one_accused_of_a_charge_is_no_accusation(text: str) -> None:
    assert "ACCUSE" not in [e.type for e in extract_text(text).events]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the active one (مُتَّهِم): the accused named after it, a name opening with ب too
        ("استدعت إيران سفير فرنسا ، متهمة بكين بالتدخل في شؤونها .", {"بكين"}),
        ("أغلقت إيران حدودها ، متهمة بغداد بإيواء المسلحين .", {"بغداد"}),
        ("نفت إيران الاتهامات ، متهمة بدورها إسرائيل بتنفيذ الهجوم .", {"إسرائيل"}),  # in turn
    ],
)
def test_the_accusing_participle_before_whom_it_accuses_stays(text: str, target: set[str]) -> None:
    doc = make_doc(text)
    assert [
        names(doc, e.target) for e in doc.events if e.type == "ACCUSE" and e.trigger.text.startswith("متهم")
    ] == [target]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # the deal's pronoun (بموجبها، خلالها) between a release verb and its subject: the nationality of
        # the people released still names whom the release is to
        (
            "أفرجت إيران عن خمسة أمريكيين. وأفرجت بموجبها الولايات المتحدة عن خمسة إيرانيين .",
            ("RETREAT", {"الولايات المتحدة"}, {"إيران"}),
        ),
        (
            "تبادلت أرمينيا وأذربيجان الأسرى في صفقة أفرجت بموجبها باكو عن خمسة جنود أرمن .",
            ("RETREAT", {"باكو"}, {"أرمينيا"}),
        ),
    ],
)
def test_a_release_past_the_deals_pronoun_is_to_the_nationality_released(
    text: str, event: tuple[str, set[str], set[str]]
) -> None:
    assert event in coded_roles(text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # an arrest's genitive after its verbal noun is the one arrested, the passive's agent (على يد،
        # من قبل) the one arresting, however far past the genitive it comes
        (
            "اندلعت احتجاجات إثر اعتقال رئيس الوزراء السابق عمران خان على يد عناصر من مكتب المحاسبة الوطني .",
            {"مكتب المحاسبة الوطني"},
            {"عمران خان"},
        ),
        (
            "ندد الحزب باعتقال الناشط أحمد علي من داخل منزله في مدينة الرمادي من قبل عناصر من جهاز"
            " الأمن الوطني .",
            {"جهاز الأمن الوطني"},
            {"أحمد علي"},
        ),
    ],
)
def test_an_arrests_genitive_is_arrested_by_the_agent_after_it(
    text: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), "COERCE") == (source, target)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # members "in" a body after من قبل stand for that body as the agent
        (
            "أعلن عسكريون عزل الرئيس، بعد ساعات من احتجازه من قبل عناصر في الحرس الرئاسي .",
            {"الحرس الرئاسي"},
        ),
    ],
)
def test_members_in_a_body_after_by_are_that_bodys_agent(text: str, source: set[str]) -> None:
    assert roles(extract_text(text), "COERCE")[0] == source


@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        # people counted and then named as members of a body (N من X، N من قادة X) are that body's: their
        # arrest or release is kept though no one is named as making it
        ("واعتقل ثلاثة من قادة حركة حماس في مدينة نابلس فجر اليوم .", "COERCE", {"حركة حماس"}),
        ("اعتقال 25 ناشطا من حركة كفاية خلال مظاهرة وسط القاهرة .", "COERCE", {"حركة كفاية"}),
        (
            "أفرجت جماعة مسلحة في طرابلس يوم الجمعة عن عشرة من موظفي القنصلية العامة التونسية .",
            "RETREAT",
            {"القنصلية العامة التونسية"},
        ),
    ],
)
def test_members_of_a_body_held_by_no_one_named_are_that_bodys(
    text: str, etype: str, target: set[str]
) -> None:
    assert (etype, set(), target) in event_roles(_extract_text(text))  # kept by the default


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # the agent (من قبل، على يد) of a detention told by a noun with the held person's pronoun may come
        # past where he was held
        (
            "أعلن عسكريون عزل الرئيس محمد بازوم، بعد ساعات من احتجازه داخل القصر الرئاسي في نيامي من قبل"
            " عناصر في الحرس الرئاسي .",
            {"الحرس الرئاسي"},
            {"محمد بازوم"},
        ),
        (
            "أفرجت السلطات عن الصحفي أحمد علي بعد أسبوع من احتجازه داخل منزله في حي الكرادة ببغداد من قبل"
            " جهاز الأمن الوطني .",
            {"جهاز الأمن الوطني"},
            {"أحمد علي"},
        ),
    ],
)
def test_a_detentions_agent_may_come_past_where_he_was_held(
    text: str, source: set[str], target: set[str]
) -> None:
    assert roles(extract_text(text), "COERCE") == (source, target)
