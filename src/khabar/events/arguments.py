"""Who did what to whom: actors, location and negation around a trigger, from the entity layer.

A :class:`DocView` maps entity mentions onto token indices once per document and answers the
questions the ``events`` stage asks about a trigger at token ``i``:

- the subject after a verb (VSO) or right before it (SVO), with coordinated actors (``بوتين وكيم``,
  ``X، Y وZ``) and titles between them (``الرئيس الروسي فلاديمير بوتين والزعيم الكوري ...``);
- the genitive of a verbal noun (``لقاء بوتين وكيم``), ``بين X وY`` participants;
- the recipient: the next actor after the subject, bare or after a preposition (``إلى ل على ضد ب``;
  ``مع`` only for symmetric events, ``من`` only for RETREAT);
- the agent of a passive (``من قبل``/``على يد``/``بواسطة`` X);
- the location: a place after ``في``/``ب`` in the sentence;
- negation: ``لم لن لا ما ليس عدم`` shortly before the trigger, or a denial verb + ``أن`` before it.

Dual anaphors (``الزعيمان``, ``البلدين``, ``الجانبين`` ...) stand for the last pair of coordinated
actors named before them, so ``عقد الزعيمان اجتماعا`` gets the two leaders as its source; counted
plurals (``الدول الثلاث``) for the last series of that many; ``الأخير`` /
``الأخيرة`` standing as a noun phrase (``أن الأخير``, ``هذا الأخير``, ``للأخيرة``) for the last actor named.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache
from itertools import islice
from operator import attrgetter

from khabar.document import Document, Entity, Quantity, Time, Token
from khabar.kb.agents import adjective_after, anaphor_heads
from khabar.kb.coref import PLACE_ANAPHORS, REGION_NOUNS
from khabar.kb.kb import (
    CITY_ID_PREFIX,
    MEDIA_SECTOR,
    REGION_ID_PREFIX,
    bare,
    country_code,
    country_id,
    key,
    packaged_kb,
)
from khabar.kb.link import LOCAL_ID_PREFIX
from khabar.lexicon import packaged
from khabar.ner.model import default_tagger
from khabar.ner.places import place_heads
from khabar.ner.repair import (
    COUNTERPARTS,
    PHRASE_ONLY_TITLE_WORDS,
    SLOGANS_AGAINST,
    TOWN_FACILITIES,
    facility_heads,
    led_by,
)
from khabar.text.normalize import NISBA_ENDINGS, normalize
from khabar.text.tokenize import segment
from khabar.times.numbers import number_words

_norm = lru_cache(maxsize=1 << 16)(normalize)

TITLES_LEXICON = "person_titles.tsv"
DEMONYMS_LEXICON = "demonyms.tsv"
ACTOR_TYPES = frozenset({"PER", "ORG", "GPE", "VEH"})
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})

_N = normalize
HARD_BOUNDARIES = frozenset({".", "!", "?", "؟", "؛", ";", "..."})
#: quotation marks: often scare quotes around one word, so argument search looks through them
QUOTE_MARKS = frozenset({"“", "”", '"', "«", "»", "„"})
#: quote marks that open a quotation (the straight one may too)
_QUOTE_OPENERS = frozenset({"“", "«", "„", '"'})
#: punctuation that ends a clause (brackets and dashes often hold an apposition instead)
CLAUSE_PUNCTUATION = frozenset({"،", ",", ":"})
SOFT_BOUNDARIES = frozenset({"،", ",", ":", "(", ")", "–", "-", "—", "[", "]"})
#: words that open a new clause: the subject or object search stops there
CLAUSE_WORDS = frozenset(
    _N(w)
    for w in (
        "أن",
        "إن",
        "أنه",
        "إنه",
        "أنها",
        "إنها",
        "بأن",
        "لأن",
        "الذي",
        "التي",
        "الذين",
        "اللذين",
        "اللتين",
        "حيث",
        "بينما",
        "عندما",
        "حين",
        "لكن",
        "ولكن",
        "كما",
        "وكان",
        "كان",
        "وقال",
        "قال",
        "وقالت",
        "قالت",
        "بعدما",
        "فيما",
        "ثم",
        # what an accord or decision provides (اتفاقا يقضي باستئناف التصدير عبر شركة X): its content
        *("يقضي", "تقضي", "ينص", "تنص", "تضمنت", "يتضمن", "تتضمن"),  # (not تضمن: also "guarantees")
    )
)
PREPOSITIONS = frozenset(
    _N(w)
    for w in (
        "في",
        "من",
        "إلى",
        "على",
        "عن",
        "مع",
        "ضد",
        "بين",
        "منذ",
        "حول",
        "لدى",
        "عند",
        "نحو",
        "خلال",
        "أمام",
        "بعد",
        "قبل",
        "دون",
        "عبر",
        "تجاه",
        "لصالح",
        "بحق",
        "وفق",
        "وفقا",
        "بحسب",
        "حسب",
        "شأن",  # بشأن (its ب a clitic)
        "إزاء",
        "تحت",
        "فوق",
        "بواسطة",
        "داخل",
        "خارج",
        "قرب",
        "بالقرب",
        "قبالة",
    )
)
#: prepositions (free words or proclitic forms) that may introduce a recipient
TARGET_PREPS = frozenset({_N(w) for w in ("إلى", "على", "ضد", "تجاه", "نحو", "بحق", "لصالح")} | {"ل", "ب"})
#: prepositions whose phrase goes on the noun before them (عقوبات جديدة ضد روسيا، هجوم على غزة)
_PHRASE_PREPS = frozenset(_N(w) for w in ("ضد", "على", "بحق"))
NEGATORS = frozenset(_N(w) for w in ("لم", "لن", "لا", "ما", "ليس", "ليست", "لست", "لسنا", "عدم", "دون"))
_WHAT = _N("ما")
RELATIVES = frozenset(_N(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"))
#: complementisers carrying the subject as a pronoun: نفت روسيا أنها قصفت أوكرانيا
#: "but it/he" (رحبت X بالقرار، لكنها طالبت Y): its pronoun is the sentence's first subject
_BUT_PRONOUNS = ("لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "ولكنهم")
_BUT = frozenset(_N(w) for w in _BUT_PRONOUNS)
PRONOUN_COMPLEMENTIZERS = frozenset(
    _N(w)
    for w in (
        *("أنه", "أنها", "أنهم", "أنهما", "إنه", "إنها", "إنهم", "بأنه", "بأنها", "لأنه", "لأنها"),
        *_BUT_PRONOUNS,
    )
)
#: the same joined by و to a complement before it (أعلن X أن ...، وأنه أرسل): its pronoun is that one's
#: subject
_CONJOINED_PRONOUN_COMPLEMENTIZERS = frozenset(
    _N("و" + w) for w in ("أنه", "أنها", "أنهم", "أنهما", "بأنه", "بأنها")
)
#: may stand between a subject and its verb (SVO) or be skipped before a verb
PARTICLES = frozenset(_N(w) for w in ("قد", "لقد", "وقد", "فقد", "سوف", "أيضا", "بدوره", "بدورها"))
PASSIVE_AUX = frozenset(_N(w) for w in ("تم", "تمت", "يتم", "سيتم", "جرى", "جرت", "يجري", "سيجري"))
#: "hand", of على يد X: by X
HAND = _N("يد")
#: words an act's agent is named after (من قبل X، على يد X، على أيدي X، برصاص X), normalised
AGENT_MARKERS = ((_N("قبل"),), (HAND,), (_N("أيدي"),), (_N("بواسطة"),), (_N("رصاص"),), (_N("نيران"),))
#: a detachment sent by a body, which stands for it as an agent (على يد قوة من جهاز الأمن، برصاص دورية من
#: الجيش، قوة خاصة من الجيش: one word may describe it before من)
_DETACHMENTS = frozenset(_N(w) for w in ("قوة", "دورية", "وحدة", "فرقة", "مفرزة", "مجموعة"))
#: "its seat" before the place a body sits in, no preposition between (ومقرها لندن، مقره جنيف), cores
_SEATED_AT = frozenset(_N(w) for w in ("مقرها", "مقره", "مقرهما", "مقرهم"))
#: nouns of kinship (، زوجة X ،، شقيق X ،; with a pronoun before a name: واتهمت زوجته X), bare
KIN_NOUNS = frozenset(
    bare(_N(w))
    for w in (
        *("زوجة", "زوج", "أرملة", "شقيق", "شقيقة", "نجل", "نجلة", "ابن", "ابنة", "والد", "والدة"),
        *("أخو", "أخت", "شقيقه", "عم", "خال", "حفيد", "حفيدة"),
    )
)
#: seats of power a meeting is held at (بالقصر الملكي، بمقر الرئاسة), bare
_POWER_SEATS = frozenset(
    bare(_N(w)) for w in ("القصر", "قصر", "المقر", "مقر", "الديوان", "ديوان", "المبنى", "مبنى")
)
#: "occasion" after ب (، بمناسبة عيد العرش ،): when an act was done, a setting between commas, bare
_OCCASION_NOUNS = frozenset({bare(_N("مناسبة"))})
#: a group's branch, wing or arm (فرع داعش في مصر، الجناح العسكري لحماس), bare
_BRANCHES = frozenset(bare(_N(w)) for w in ("فرع", "جناح", "ذراع", "الفرع", "الجناح", "الذراع"))
#: dual and plural relatives, which may hang on actors joined by و (X وY، اللذين)
_MANY_RELATIVES = frozenset(_N(w) for w in ("اللذين", "اللذان", "اللتين", "اللتان", "الذين"))
#: the feminine singular relative word, and the ending of a feminine noun, normalised (صفقة التبادل التي)
_FEMININE_RELATIVE = _N("التي")
_FEMININE_END = _N("ة")
#: the object pronoun that takes each relative word back in its clause (الرجل الذي اعتقلته الشرطة), normalised
_RESUMPTIVES = {
    _N("الذي"): _N("ه"),
    _N("التي"): _N("ها"),
    _N("الذين"): _N("هم"),
    **{_N(w): _N("هما") for w in ("اللذين", "اللذان", "اللتين", "اللتان")},
}
#: the third-person object pronouns, normalised: those that may take a relative word back (not استقبلتنا)
_THIRD_PERSON = frozenset(_N(w) for w in ("ه", "ها", "هم", "هما", "هن"))
#: "side", "end": من جانب X، من طرف X (the Maghreb's "by X"), by X
_AGENT_SIDES = frozenset(_N(w) for w in ("جانب", "طرف"))
DENIAL_LEMMAS = frozenset({"نفى", "أنكر"})
COMPLEMENTIZERS = frozenset(_N(w) for w in ("أن", "أنه", "أنها", "بأن", "إن"))
#: "the day" and the words after it that make it the day last named, or the one after or before it
#: (اليوم نفسه، اليوم ذاته، اليوم التالي، اليوم السابق), normalised
_THE_DAY = _N("اليوم")
_SAME_DAY_AFTER = frozenset(_N(w) for w in ("نفسه", "ذاته", "التالي", "السابق"))
#: "ruling", an adjective of a body after its name (المجلس العسكري الحاكم، الحزب الحاكم), normalised
_RULING = frozenset(_N(w) for w in ("الحاكم", "الحاكمة"))
#: dual anaphors (normalised, article included) → entity types they may stand for
DUAL_ANAPHORS: dict[str, frozenset[str]] = {
    **{
        _N(w): frozenset({"PER"})
        for w in (
            *("الزعيمان", "الزعيمين", "الرئيسان", "الرئيسين", "الوزيران", "الوزيرين"),
            # (two hostages, prisoners or soldiers: أطلقت الجماعة سراح X وY ... واستقبل Z الرهينتين)
            *("الرهينتان", "الرهينتين", "الأسيران", "الأسيرين", "الجنديان", "الجنديين"),
            # (two men, brothers or journalists named before: اعتقلت بكين الكنديين X وY ... اعتقلت الرجلين)
            *("الرجلان", "الرجلين", "الشقيقان", "الشقيقين", "الصحفيان", "الناشطان", "الناشطتين"),
            *("المتهمان", "المدانان", "المعتقلان", "الموقوفان", "الشابان", "الشابين", "السيدتين"),
        )
    },
    **{_N(w): frozenset({"GPE"}) for w in ("البلدان", "البلدين", "الدولتان", "الدولتين")},
    **{_N(w): ACTOR_TYPES for w in ("الجانبان", "الجانبين", "الطرفان", "الطرفين")},
    # (the two parties of a conflict, named by their genitive: طرفي النزاع، طرفا الصراع)
    **{_N(w): ACTOR_TYPES for w in ("طرفي", "طرفا", "الخصمين", "الخصمان")},
    **{_N(w): frozenset({"ORG"}) for w in ("الحزبين", "الحزبان", "الحركتين", "الحركتان", "الفصيلين")},
    # (two councils, bodies or companies: وقع المجلس البلدي X والمجلس المحلي Y ... وأشاد Z بالمجلسين)
    **{
        _N(w): frozenset({"ORG"})
        for w in (
            *("المجلسين", "المجلسان", "المنظمتين", "المنظمتان", "الهيئتين", "الهيئتان", "الوزارتين"),
            *("الوزارتان", "الشركتين", "الشركتان", "البنكين", "البنكان", "النقابتين", "النقابتان"),
        )
    },
    **{_N(w): frozenset({"GPE"}) for w in ("الجارتين", "الجارتان", "القوتين", "القوتان")},
    # (two towns, quarters or camps named together: قصف بلدتي كفرشوبا وكفرحمام ... انتشرت وحدات عند
    # مداخل البلدتين, both where the troops went)
    **{
        _N(w): PLACE_TYPES
        for w in (
            *("البلدتين", "البلدتان", "المدينتين", "المدينتان", "القريتين", "القريتان", "الحيين"),
            *("الحيان", "المخيمين", "المخيمان"),
        )
    },
}
#: the types a dual anaphor for two countries stands for (البلدين، الدولتين)
_COUNTRIES = frozenset({"GPE"})
#: plural anaphors counted by the number after them (الدول الثلاث، الأطراف الأربعة): the entity types
#: they may stand for, and the counts (normalised)
COUNTED_ANAPHORS: dict[str, frozenset[str]] = {
    **{_N(w): frozenset({"GPE"}) for w in ("الدول", "البلدان", "العواصم")},
    **{_N(w): ACTOR_TYPES for w in ("الأطراف", "الجهات")},
}
_ANAPHOR_COUNTS = {
    _N(w): n
    for n, forms in ((3, ("الثلاث", "الثلاثة")), (4, ("الأربع", "الأربعة")), (5, ("الخمس", "الخمسة")))
    for w in forms
}
#: verbs and participles of threatening or warning, normalised: what their complement clause says the
#: speaker will do is a threat, no happening (حذر من أنه سيقصف)
_THREATENING = frozenset(
    _N(p + w)
    for v in ("هدد", "حذر", "توعد", "لوح", "أنذر")
    for w in (v, v + "ت", "ي" + v.removeprefix("أ"), "ت" + v.removeprefix("أ"))
    for p in ("", "و", "ف")
) | frozenset(_N(w) for w in ("محذرا", "مهددا", "متوعدا", "ملوحا", "محذرة", "مهددة", "متوعدة"))
#: how far back such a verb may stand
_THREAT_REACH = 8
#: a decision or an order, whose maker does the act it names (بقرار من، بأمر من), bare
_DECREES = frozenset(bare(_N(w)) for w in ("قرار", "أمر", "أوامر", "تعليمات"))
#: a flag (سفينة ترفع علم ليبيريا)
_FLAG = frozenset({_N("علم")})
#: sponsoring or attending what others do (برعاية الولايات المتحدة، بوساطة قطرية، بحضور): no party to it
SPONSORING = frozenset(_N(w) for w in ("رعاية", "وساطة", "حضور", "إشراف"))
#: the preposition recorded for a pair named after such a word and titles: no sides of what is done
_ATTENDING = "attending"
#: "his / her / their country": the country of the last actor named (بلاده ترفض)
LAND_ANAPHORS = frozenset(_N(w) for w in ("بلاده", "بلادها", "بلادهم", "بلده", "بلدها", "لبلاده", "لبلادها"))
#: how many title words before a person his title's nationality may stand (نائب وزير الخارجية الإيراني X)
_TITLE_COUNTRY_REACH = 5
#: "his country", a man's
_HIS_LAND = frozenset(_N(w) for w in ("بلاده", "بلده", "لبلاده"))
#: "his / her government" (قال X إن حكومته لن تقبل): the government the passage names, else, for his,
#: the man who heads it
_GOVERNMENT_ANAPHORS = frozenset(_N(w) for w in ("حكومته", "حكومتها"))
_HIS_GOVERNMENT = _N("حكومته")
#: how a government's name opens (الحكومة اللبنانية، حكومة الوحدة الوطنية), normalised
GOVERNMENT_HEADS = (_N("الحكومة"), _N("حكومة"))
#: the sector of news media: they report what others do
MEDIA = MEDIA_SECTOR
#: "the side(s)" before nationalities (الجانب الإسرائيلي، الجانبين الأرميني والأذربيجاني): those countries
_SIDES = frozenset(_N(w) for w in ("الجانب", "الجانبين", "الجانبان", "الطرف", "الطرفين", "الطرفان"))
#: verbs of responding (also ورد read whole, its و taken for a root letter: ورد حزب الله): an answer to
#: the act told before
_ANSWERING = frozenset(_N(w) for w in ("رد", "ردت", "ردوا", "ورد", "وردت"))
#: ``الأخير``/``الأخيرة`` (also after ل: ``للأخير`` → ``لاخير``): the last actor named
LATEST_ANAPHORS = frozenset(_N(w) for w in ("الأخير", "الأخيرة", "لأخير", "لأخيرة"))
#: the masculine of those
_MASCULINE_LATEST = frozenset(_N(w) for w in ("الأخير", "لأخير"))
#: "made it" after a visit (زيارة أجراها X، زيارة أداها X، زيارة بدأها X), normalised
MADE_IT = frozenset(
    _N(w)
    for w in (
        *("أجراها", "يجريها", "تجريها", "أجرتها", "أداها", "أدتها", "يؤديها", "تؤديها"),
        *("بدأها", "بدأتها", "يبدأها", "تبدأها", "اختتمها", "اختتمتها"),
    )
)
#: "did" and "it" after a visit (زيارة قام بها X), normalised; ب with a pronoun for a deed too (نددت
#: بها، رحب به)
DID = frozenset(_N(w) for w in ("قام", "قامت"))
WITH_IT = frozenset(_N(w) for w in ("بها", "به"))
#: endings of a feminine head word: a singular in ة, a plural in ات (لجنة، القوات)
_FEMININE_HEAD_ENDINGS = ("ة", "ات")
#: demonstratives before a noun (تلك العقوبات)
DEMONSTRATIVES = frozenset(_N(w) for w in ("هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين"))
#: words before ``الأخير`` that make it a noun phrase of its own, not an adjective (الاجتماع الأخير)
_NP_OPENERS = frozenset(_N(w) for w in ("هذا", "هذه", "وهذا", "وهذه", "ذلك", "تلك", "و", "ف"))
#: words of intention, expectation, possibility and allegation: what follows them did not happen
#: (the guide codes none of it), normalised
MODALS = frozenset(
    _N(w)
    for w in (
        *("اعتزم", "اعتزمت", "يعتزم", "تعتزم", "يعتزمون", "عزم", "يعزم", "تعزم", "بصدد", "عازم", "عازمة"),
        *("عازمون", "عازمين"),
        *("يسعى", "تسعى", "يسعون", "أراد", "أرادت", "يريد", "تريد", "يريدون", "نريد", "أريد"),
        *("يرغب", "ترغب", "يخطط", "تخطط", "يخططون", "ينوي", "تنوي", "يأمل", "تأمل", "نأمل"),
        *("يتوقع", "تتوقع", "يتوقعون", "توقع", "توقعت", "المتوقع", "متوقع", "المنتظر", "ينتظر"),
        *("رجح", "رجحت", "يرجح", "ترجح", "المرجح", "يحتمل", "المحتمل", "احتمال", "ربما", "يمكن"),
        *("يعتقد", "تعتقد", "يعتقدون", "يظن", "يتكهن", "يتكهنون"),  # a belief: يعتقد مراقبون أن X لن تسمح
        *("زعم", "زعمت", "يزعم", "تزعم", "ادعى", "ادعت", "يدعي", "تدعي", "مزاعم", "لعل"),
        *("خوفا", "خشية", "تخوفا", "مخاوف", "المخاوف", "تحسبا", "تخوف", "يخشى", "تخشى"),  # what is feared
        *("مؤامرة", "مخطط", "خطة", "خطط"),  # a plot or a plan: مؤامرة تفجير الطائرات، خطة لتوسيع العملية
        *("بتهمة", "تهمة", "بتهم", "بتهمتي", "تهمتي"),  # a charge: بتهمة التحريض على قتل
        *("اقتراح", "اقتراحا", "الاقتراح", "مقترح", "مقترحا", "المقترح"),  # a proposal: اقتراحا ... بأن تتعهد
    )
)
#: how far before a trigger such a word governs it
MODAL_WINDOW = 6
#: the words of a charge, before the opening quote of its words (تهمة "الاختطاف والاحتجاز"), normalised
_CHARGE_WORDS = frozenset(_N(w) for w in ("بتهمة", "تهمة", "بتهم", "تهم", "بتهمتي", "تهمتي"))
#: على بعد: at a distance of (normalised: the tokenizer cuts no article from بعد)
_DISTANCE = _N("بعد")
#: "in the right of", which في حق X is written with, and the one word بحق it stands for
_RIGHT = _N("حق")
BIHAQQ = _N("بحق")
#: "against him (her, them)", written with بحق (حكم أصدرته بحقه المحكمة)
AGAINST_HIM = frozenset(_N("بحق" + p) for p in ("ه", "ها", "هم", "هما"))
#: the preposition على, and the set of its spellings
ON = _N("على")
WITH = _N("مع")
_ON = frozenset({ON, _N("علي")})
#: what is struck in a person's stead (أطلقت صاروخا على منزل X: X is the target), bare
_DWELLINGS = frozenset(
    bare(_N(w))
    for w in (
        *("منزل", "منازل", "بيت", "مقر", "مقرات", "مبنى", "مكتب", "مكاتب", "سيارة", "موكب"),
        # (the plurals of a seat and a building: على مقار جهاز الردع، مباني الوزارة)
        *("مقار", "مباني"),
        # the positions and posts of a force (قصفت القوات مواقع حركة طالبان)
        *("موقع", "مواقع", "معقل", "معاقل", "مركز", "مراكز", "قاعدة", "قواعد", "ثكنة", "دورية", "قافلة"),
        *("ثكنات", "مخبأ", "مخابئ", "معسكر", "معسكرات", "مستودع", "مستودعات", "تمركزات", "أوكار"),
        *("نقطة", "نقاط"),
    )
)
#: words that spread a phrase over a place's parts (في مختلف أحياء العاصمة أثينا، في أنحاء البلاد)
_SPREAD = frozenset(
    bare(_N(w)) for w in ("مختلف", "أنحاء", "أحياء", "شوارع", "مدن", "عدة", "كافة", "جميع", "العاصمة")
)
#: natural disasters, which strike but attack no one (bare, normalised)
_DISASTERS = frozenset(
    bare(_N(w))
    for w in (
        *("زلزال", "زلازل", "هزة", "إعصار", "أعاصير", "كارثة", "تسونامي", "فيضان", "فيضانات", "عاصفة"),
        *("عواصف", "سيول", "جفاف", "موجة", "أمواج", "مأساة", "حريق", "حرائق", "انهيار", "انهيارات"),
    )
)
#: subject pronouns before a verb → the types of actor they take back (none: any)
FREE_PRONOUNS: dict[str, tuple[str, ...]] = {
    _N(w): types
    for words, types in (
        (("هو", "وهو"), ("PER",)),
        (("هي", "وهي"), ("GPE", "ORG")),
        (("هم", "وهم"), ()),
    )
    for w in words
}
#: ranks and positions one holds (احتل المرتبة الأولى), bare, normalised
_RANKS_HELD = frozenset(
    bare(_N(w)) for w in ("موقع", "مكانة", "مرتبة", "مركز", "صدارة", "مقعد", "منصب", "المرتبة", "المركز")
)
#: verbs of a place witnessing what happened in it (شهدت بغداد تفجيرات), normalised
_WITNESSED = frozenset(_N(w) for w in ("شهد", "شهدت", "يشهد", "تشهد", "شهدا", "شهدتا"))
#: proclitic prepositions
PREP_CLITICS = frozenset({"ب", "ل", "ك"})
#: "that" (إلى أن: until), and the stems of words of pointing out before إلى أن (أشار إلى أن: that)
_THAT = _N("أن")
_POINTING = tuple(
    _N(w)
    for w in ("أشار", "يشير", "تشير", "مشير", "لفت", "يلفت", "لافت", "نوه", "منوه", "نبه", "منبه", "خلص")
)
#: prepositions of the place something is moved to (وصلت قوة إلى ميناء الناقورة)
_TO_PLACE = frozenset(_N(w) for w in ("إلى", "الى", "الي"))
#: "around" (نشرت الصين 45 طائرة حول الجزيرة، مناورات حول تايوان): where forces are moved
_AROUND = _N("حول")
#: the proclitic "in" of a town word after the sites in it (في المواقع السياحية بالعاصمة)
_WITH_BA = "ب"
#: how far after إلى a place after في may be the town a destination is in (إلى بوابة فاطمة في بلدة كفر كلا)
_DESTINATION_GAP = 5
#: how far after إلى a town named after a direction may be where the spot reached lies (إلى محيط معبد
#: أوام المعروف بمحرم بلقيس شرقي مدينة مأرب)
_DESTINATION_SIDE_GAP = 10
#: facilities named after the town they stand in (حول محطة الضبعة النووية، إلى قاعدة سيدي براني), bare
_TOWN_FACILITIES = frozenset(bare(_N(w)) for w in TOWN_FACILITIES)
#: one-word heads of facility names (ملعب، قاعدة، مقام), bare: a name the tagger gave no place type
#: right after one is the facility's (حول ملعب ويمبلي، في محيط قاعدة سيغونيلا الجوية)
_FACILITY_HEADS = frozenset(bare(k) for k, words in facility_heads().items() if words == 1)
#: heads of open sites whose name the tagger may type as a body or a person or a place (ساحة غلطة سراي،
#: مناجم أبو حمد، حقل كونيكو), bare: forces sent around one go to the site named, not to a body's seat
_OPEN_SITES = frozenset(
    bare(_N(w)) for w in ("ساحة", "ميدان", "حقل", "حقول", "ملعب", "منجم", "مناجم", "معبد", "مقام", "معبر")
)
#: definite words taking back a town or region named before (في المدينة، إلى العاصمة), bare
TOWN_AGAIN = frozenset(
    bare(_N(w))
    for w in (
        *("المدينة", "البلدة", "القرية", "العاصمة", "المنطقة", "المحافظة", "الولاية", "الإقليم"),
        *("المديرية", "الناحية", "المحلية"),
    )
)
#: those of them that take back a town, no region (في المدينة), and the nouns of regions whose names follow
#: them (مدينة إيزيوم بمقاطعة خاركيف ... في المدينة: Izium, not Kharkiv), bare
_TOWN_WORDS = frozenset(bare(_N(w)) for w in ("المدينة", "البلدة", "القرية"))
_REGION_NOUNS = frozenset(bare(w) for w in REGION_NOUNS) | frozenset(
    bare(_N(w)) for w in ("منطقة", "ريف", "قضاء", "مديرية")
)
#: definite words taking back a site named before, whose town or the site itself is where forces deploy
#: around it (في محيط المقر، حول الحقل، إلى محيط المخيم), bare
_SITE_AGAIN = frozenset(
    bare(_N(w))
    for w in (
        *("المقر", "المبنى", "المجمع", "الحقل", "المخيم", "السفارة", "القنصلية", "المحكمة", "المطار"),
        *("الميناء", "المنفذ", "المعبر", "الملعب", "السجن", "الجامعة", "المصفاة", "المحطة", "المنشأة"),
        *("الجزيرة", "القضاء", "القصر", "المعمل", "المصنع", "المنجم", "المتحف", "المركب", "الدوار"),
        *("المعبد", "الدير", "المقام", "المسجد", "الكنيس", "المستشفى", "الفندق", "الساحة", "الميدان"),
        *("الشارع", "الحي", "السوق"),
    )
)
#: words for any building, taking back the last building or seat named before, whatever its head (أمام
#: مقر اللجنة في الخرطوم ... نشرت الشرطة قوات في محيط المبنى; أمام السفارة الإماراتية في طهران ... حول
#: المبنى), bare
_ANY_BUILDING = frozenset(bare(_N(w)) for w in ("المبنى",))
#: the heads of the buildings and seats one of those takes back (مقر، مبنى، السفارة), bare
_BUILDINGS = frozenset(bare(_N(w)) for w in ("مقر", "مبنى", "مجمع", "سفارة", "قنصلية", "محكمة", "قصر"))
#: the spot around a site, with the pronoun of the site named before (نشرت قوات مكافحة الشغب في محيطه،
#: عززت الشرطة انتشارها حوله): the spot word and the pronouns, normalised
_AROUND_IT = frozenset({_N("محيط"), _AROUND})
_SITE_PRONOUNS = frozenset({_N("ه"), _N("ها")})
#: how many tokens before such a spot the site it takes back may be named
_SITE_PRONOUN_REACH = 30
#: heads of bodies named for the grounds they hold (جامعة الخرطوم، مستشفى الشفاء), bare: forces deployed
#: around one are sent to it, not to its town (unlike an embassy or a court, where the town is told)
_GROUNDS = frozenset(bare(_N(w)) for w in ("جامعة", "مستشفى", "ملعب", "مطار", "ميناء", "مصفاة", "منجم"))
#: how many tokens after a site's head its place may be named (مجمع محكمة إسلام آباد، مقر اللجنة في الخرطوم)
_SITE_PLACE_REACH = 4
#: a strip dividing two places, between a spot word and بين (في الشوارع الفاصلة بين الشياح وعين الرمانة,
#: على الخط الفاصل بين البلدتين): forces deployed there are sent to the places, bare
_DIVIDING = frozenset(bare(_N(w)) for w in ("الفاصلة", "الفاصل", "الفاصلين"))
#: words for the spot around a place, between a preposition and the place (في محيط، على مداخل), or for
#: the sites of a kind in it (في سجون مدينة غواياكيل، في ساحات المدينة), bare
_SPOTS = frozenset(
    bare(_N(w))
    for w in (
        *("محيط", "مداخل", "مخارج", "أطراف", "طول", "امتداد", "شوارع", "أنحاء", "داخل", "مركز", "مقر"),
        *("سجون", "مطارات", "موانئ", "مستشفيات", "ساحات", "ميادين", "مخيمات", "أحياء"),
        "أسواق",  # نشرت قيادة العمليات تعزيزات في أسواق العاصمة الرئيسية
    )
)
#: a coast (قبالة سواحل ليبيا، على ساحل اللاذقية): forces moved off it are moved to the place, bare
_COASTS = frozenset(bare(_N(w)) for w in ("سواحل", "ساحل", "شواطئ", "شاطئ"))
#: resorting to a forum (هدد باللجوء إلى مجلس الأمن), bare
_RESORT = bare(_N("اللجوء"))
_IN = _N("في")
#: "in" written as a word or as the proclitic ب (في بغداد، ببغداد)
_IN_OR_BA = frozenset({_IN, _WITH_BA})
_NEAR_PREP = _N("قرب")
#: prepositions of where something happens (في بغداد، ببغداد، قرب نابلس، قبالة جزيرة، عند جسر بزيبز)
_WHERE_PREPS = _IN_OR_BA | {_NEAR_PREP, _N("قبالة"), _N("عند")}
#: "near" before من (بالقرب من، على مقربة من)
_NEAR = frozenset(_N(w) for w in ("بالقرب", "القرب", "مقربة"))
#: words of place before a seat or home struck (قرب مقر X، أمام منزل X), bare
_AT_A_PLACE = frozenset(
    bare(_N(w)) for w in ("قرب", "أمام", "داخل", "عند", "قبالة", "القرب", "مقربة", "في", "على")
)
#: verbs whose subject undergoes what the noun before them names (الهجوم الذي تعرضت له), normalised
#: beginnings, perfect and imperfect
_UNDERGONE = tuple(
    _N(w)
    for w in (
        *("تعرض", "يتعرض", "شهد", "تشهد", "يشهد", "عان", "تعان", "يعان", "واجه", "تواجه", "يواجه"),
        *("تلق", "يتلق", "عاش", "تعيش", "يعيش"),
    )
)
#: verbs of mediating, normalised beginnings: their subject in a relative clause on a deal or truce is its
#: mediator, no party to it (الهدنة التي توسطت فيها قطر ومصر)
_MEDIATING = tuple(_N(w) for w in ("توسط", "يتوسط", "تتوسط"))
#: "under it" (بموجبه, the ب cut off): an act done under the accord or deal named before (اتفاقا تقدم هولندا
#: بموجبه 5 ملايين يورو)
UNDER_IT = frozenset(_N(w) for w in ("موجبها", "موجبه", "موجبهما"))
#: a pronoun after a verb that takes the noun before it back as a place or time (خلالها، فيها)
#: (and "pursuant to which", its ب a clitic: صفقة تبادل أطلقت بموجبها فرنسا سراح X, the deal's clause with
#: its own subject)
RESUMPTIVE = frozenset(_N(w) for w in ("خلالها", "خلاله", "فيها", "فيه", "خلالهما", "فيهما")) | UNDER_IT
#: an indefinite call or message (اتصالا هاتفيا من X، رسالة من X، برقية من X), and how a call was made, bare:
#: the caller speaks in it
_CALLS_AND_MESSAGES = frozenset(
    bare(_N(w)) for w in ("اتصال", "اتصالا", "اتصالات", "مكالمة", "رسالة", "برقية")
)
_BY_PHONE = frozenset(bare(_N(w)) for w in ("هاتفيا", "هاتفية", "هاتفي"))
#: gatherings an actor holds and asks or says things in (عقدت النقابة جمعية عمومية طالبت فيها), bare,
#: and the resumptive "in it" they take
_GATHERINGS = frozenset(bare(_N(w)) for w in ("جمعية", "اجتماع", "اجتماعا", "جلسة", "ندوة"))
_IN_IT = frozenset(_N(w) for w in ("فيها", "فيه"))
#: lawsuits and complaints a state or body files and accuses in (رفعت X دعوى ... تتهم فيها Y), and how
#: many words the court and the defendant may take between the noun and the verb
_LAWSUITS = frozenset(_N(w) for w in ("دعوى", "شكوى"))
_LAWSUIT_REACH = 14
#: how many words where and when an operation went on may take between it and the verb (حملة أمنية
#: متزامنة في 12 ولاية، اعتقلت خلالها)
_SWEEP_REACH = 9
#: what an actor issues and says things in (أصدرت X بيانا دعت فيه إلى), normalised, tanwin alif aside
_STATEMENTS = frozenset(
    _N(w)
    for w in ("بيان", "رسالة", "كلمة", "خطاب", "تصريح", "تقرير", "مذكرة", "نداء", "مقابلة", "مؤتمر", "حديث")
)
#: "the statement" as a subject, normalised, and the indefinite statement told before it it refers to
#: (في بيان، بيانا), bare
_THE_STATEMENT = _N("البيان")
_STATEMENT_HEADS = frozenset({_N("بيان"), _N("بيانا")})
#: "closing" after "the statement" (البيان الختامي), and the verbs of holding the meeting it closed (عقدت X
#: اجتماعا), normalised
_CLOSING = frozenset(_N(w) for w in ("الختامي", "الختامى"))
_HELD_MEETING = frozenset(_N(w) for w in ("عقد", "عقدت", "عقدا", "عقدوا", "اختتم", "اختتمت"))
#: ... with the pronoun of whoever made it (في بيانه الختامي، خلال كلمتها، في رسالته), normalised: a ة
#: before the pronoun is written ت
_OWN_STATEMENTS = frozenset(
    f"{w[:-1]}ت{p}" if w.endswith("ه") else f"{w}{p}" for w in _STATEMENTS for p in ("ه", "ها", "هم", "هما")
)
#: ... and documents that ask or decide (قرار، مشروع قرار، أمرا تنفيذيا يفرض رسوما)
#: "state": before a country's name, that country (دولة الإمارات), not the honorific (دولة الرئيس); and
#: "republic" with no preposition (اتهم X جمهورية بنين, not where: في محج قلعة بجمهورية داغستان)
_STATE = _N("دولة")
_REPUBLIC = _N("جمهورية")
#: heads of a state's official name, right before the state's name: they may stand between a verb and it
#: (افتتحت جمهورية السنغال قنصلية عامة، وأعلنت سلطنة عمان)
_STATE_HEADS = frozenset(_N(w) for w in ("جمهورية", "مملكة", "سلطنة", "إمارة"))
_DOCUMENTS = _STATEMENTS | frozenset(
    _N(w) for w in ("قرار", "مشروع", "اقتراح", "مقترح", "مرسوم", "قانون", "أمر", "ترخيص")
)
#: the genitives that make a memorandum or letter a deal, not a statement (مذكرة تفاهم، مذكرة تعاون، خطاب
#: نوايا), normalised
_DEAL_GENITIVES = frozenset(_N(w) for w in ("تفاهم", "تعاون", "نوايا", "اتفاق"))
#: prepositions of where something was said (في بيان، خلال مؤتمر صحفي), and how far past them its
#: speaker may stand (ودعت في بيان صدر أمس في جنيف منظمة X)
_SAID_IN = frozenset(_N(w) for w in ("في", "خلال"))
#: occasions something was announced at, after في or خلال (أعلنت المنظمة خلال اللقاء تقديم منحة، أعلنت
#: الإمارات خلال مراسم التوقيع، في السياق ذاته), bare: passed over like a statement on the way to the
#: announcer
_SAID_AT = frozenset(
    bare(_N(w))
    for w in ("لقاء", "اجتماع", "مراسم", "سياق", "زيارة", "قمة", "مباحثات", "محادثات", "جلسة", "حفل")
)
_INTERPOSED_REACH = 7
#: how many titles may stand between a verb and the subject named before ``الأخير`` its object
_LATEST_SUBJECT_REACH = 6
#: prepositions of where something happened before a verb's subject, and how far the subject may stand
_SETTING_PREPS = frozenset(_N(w) for w in ("في", "عند", "قرب", "داخل", "أمام"))
_SETTING_REACH = 12
#: the longest bracketed aside passed over between conjuncts, in words
_ASIDE_WORDS = 6
#: texts a person publishes and says things in (تغريدة انتقد فيها), bare; how many words before the verb
#: one may stand (منشور على فيسبوك انتقد فيه); the words of what one is held or sentenced over before it
_PUBLISHED_TEXTS = frozenset(
    bare(_N(w)) for w in ("تغريدة", "تدوينة", "مقال", "مقالة", "منشور", "خطبة", "تصريحات", "منشورات")
)
_TEXT_REACH = 4
_OVER = frozenset(_N(w) for w in ("بسبب", "خلفية", "إثر"))
#: how many tokens back the issuer of a statement may be named
_ISSUER_REACH = 8
#: the resolution, definite, that a relative clause describes by what it asks (القرار الذي يطالب), the word
#: of its number and how many words that takes (رقم 2722), and the verbs of adopting or issuing it in the
#: perfect (تبنى، أصدر، أقر، اعتمد), normalised
#: a resolution, or a licence issued like one (أصدرت وزارة الخزانة الترخيص العام رقم 25 الذي يرفع العقوبات)
_THE_RESOLUTIONS = frozenset(_N(w) for w in ("القرار", "الترخيص"))
_NUMBERED = _N("رقم")
_RESOLUTION_NUMBERING = 2
_ADOPTING_RESOLUTION = frozenset(
    _N(stem + ending) for stem in ("أصدر", "أقر", "اعتمد") for ending in ("", "ت", "وا")
) | frozenset(_N(w) for w in ("تبنى", "تبنت", "تبنوا"))
#: bodies one heads, as stems before his pronoun (وزارته، حكومته، مكتبها، إدارته، هيئته، وكالته، شركته), and
#: how far before a warning the speaker's title may name his body (حذر رئيس الجهاز اللواء X المخالفين)
_OWN_BODY_STEMS = frozenset(
    _N(w) for w in ("وزارت", "حكومت", "مكتب", "إدارت", "هيئت", "وكالت", "شركت", "مؤسست", "منظمت", "جهاز")
)
_SPEAKERS_TITLE_REACH = 8
#: "the resolution" as a subject (ودعا القرار الأطراف), normalised, and the verbs of adopting or renewing one
#: whose subject is the body that speaks by it (مدد مجلس الأمن ولاية البعثة، تبنى مجلس الأمن قرارا)
_THE_RESOLUTION = _N("القرار")
#: and the verbs, with their object pronoun, of drafting, tabling or adopting it (الذي أعدته، الذي قدمته)
_DRAFTING_STEMS = tuple(_N(w) for w in ("أعدت", "أعده", "قدمت", "قدمه", "صاغت", "صاغه", "تبنت", "تبناه"))
_ADOPTING_OR_RENEWING = _ADOPTING_RESOLUTION | frozenset(
    _N(stem + ending) for stem in ("مدد", "جدد") for ending in ("", "ت")
)
#: how many title words may stand between a statement's ل and its owner's name (لوزير الخارجية الفرنسي X)
_OWNER_TITLES = 4
#: how many title words an addressee after إلى may take before its name (إلى الأمين العام للأمم المتحدة X)
_ADDRESSEE_TITLES = 6
#: أمام, "before": what is closed to whom (أغلقت المعبر أمام الشاحنات), and the audience a speech was given to
#: (ألقى لافروف كلمة أمام مندوبي الدول الأعضاء في جامعة الدول العربية، اتهم فيها), normalised; and how many
#: words that audience may take up to the comma before the verb that speaks in the speech
IN_FRONT = _N("أمام")
_AUDIENCE_REACH = 10
#: prepositions a verb governs its object with (رحب بها، ندد به، علق عليها، تحدث عنها), normalised
_GOVERNING_PREPS = frozenset(_N(w) for w in ("ب", "ل", "على", "عن", "إلى", "من"))
#: prepositions with a pronoun that the tokenizer leaves whole (normalised)
_PRONOUN_PPS = frozenset(
    _N(w) for w in ("له", "لها", "لهم", "لهما", "لنا", "لي", "لك", "به", "بها", "بهم", "بهما", "بنا")
)
#: "name", the stem of a spokesman's "in its name" with a pronoun (المتحدث باسمها), normalised
_NAME_STEM = _N("اسم")
#: words before a verbal noun that make it the circumstance of the act before (قتلوا في هجوم)
_CIRCUMSTANCE = frozenset(_N(w) for w in ("في", "خلال", "إثر", "اثر", "جراء", "بسبب", "أثناء"))
#: nouns that, right after a verb, are its subject and name no one (forces, aircraft, gunmen), bare
#: words that count people (عشرات الآلاف من أنصار X)
_COUNTS = frozenset(
    bare(_N(w))
    for w in ("عشرات", "مئات", "آلاف", "الآلاف", "ألوف", "الألوف", "عدد", "بضعة", "بضع", "العشرات", "المئات")
)
#: counts of people and words for their kin (أهالي العسكريين), bare
_COUNTED_PEOPLE = _COUNTS | frozenset(bare(_N(w)) for w in ("أهالي", "أهل", "ذوو", "ذوي", "عائلات", "أسر"))
#: drones, as a noun (قصفت مسيرات) or after the aircraft they describe (طائرة مسيرة), as written
_DRONE_WORDS = ("مسيرة", "مسيرات")
_DRONES = frozenset(bare(_N(w)) for w in _DRONE_WORDS)
_UNNAMED_SUBJECTS = frozenset(
    bare(_N(w))
    for w in (
        *("قوات", "طائرات", "مقاتلات", "مروحيات", "دبابات", "زوارق", "جنود", "عناصر", "مسلحون"),
        *("مسلحين", "مجهولون", "مجهولين", "مستوطنون", "مستوطنين", "الشرطة", "الجيش", "وحدات", "دوريات"),
        *("قوة", "وحدة", "كتيبة", "تعزيزات", "دورية", "مفرزة", "مفارز"),
        # (فجر انتحاري من حركة الشباب سيارة مفخخة، هاجم مقاتلون من الحركة)
        *("انتحاري", "انتحاريون", "انتحاريين", "مسلح", "عنصر", "مقاتلون", "مقاتلين", "مهاجمون", "مهاجمين"),
        *("أفراد",),  # هجوم مسلح نفذه أفراد من عائلة X: members of a body or family, unnamed
        *("قراصنة", "خاطفون", "خاطفين"),  # هاجم قراصنة مسلحون قوارب صيد: pirates and kidnappers, unnamed
        *("طائرة", "مروحية", "مقاتلة", "دبابة", "زورق", "بارجة"),  # اطلقت طائرة بدون طيار تابعة لـ
        *_DRONE_WORDS,  # قصفت مسيرات تابعة للدعم السريع سجن الهدى: drones
        *("الطيران", "طيران", "المدفعية", "مدفعية"),  # وقصف الطيران الحربي التابع للجيش
        *("متظاهرون", "متظاهرين", "محتجون", "محتجين", "معتصمون", "معتصمين"),  # تجمع متظاهرون من حركة X
        # bodies and people no one names (وانتقدت منظمات حقوقية ظروف الاحتجاز)
        *("منظمات", "جمعيات", "هيئات", "نقابات", "أحزاب", "نشطاء", "ناشطون", "حقوقيون", "مصادر"),
        *("مصدر", "مسؤول", "مسؤولون", "مسؤولين"),  # ورفض مصدر حكومي سعودي ما ورد في التقرير
        # commentators (ويشكك خبراء في أن، يرى محللون)
        *("خبراء", "محللون", "مراقبون", "دبلوماسيون", "معارضون"),
        # members of a house no one names (طالب نواب في البرلمان بمحاسبة)
        *("نواب", "برلمانيون", "برلمانيين"),
        # groups no one names (وكانت مجموعة مسلحة قد اختطفت، هاجمت عصابة)
        *("مجموعة", "مجموعات", "عصابة", "عصابات", "ميليشيا", "ميليشيات"),
        # vehicles and loads (ووصلت سفينة مستشفى ميداني تركية إلى ميناء المدينة)
        *("سفينة", "سفن", "قافلة", "قوافل", "شاحنة", "شاحنات", "شحنة", "شحنات"),
    )
)
#: protesters (المتظاهرون، محتجين), bare: a crowd
CROWDS = frozenset(
    bare(_N(w))
    for w in (
        *("المتظاهرون", "متظاهرون", "المتظاهرين", "متظاهرين", "المحتجون", "محتجون", "المحتجين", "محتجين"),
        *("المعتصمون", "معتصمون", "المشاغبون", "مشاغبون"),
    )
)
#: how many words after the من of a count the actor its people belong to may be named (آلاف من أنصار
#: حزب الله، مئات من أعضاء نقابة المعلمين)
_MEMBERS_REACH = 3
#: how many words before its verb a crowd may stand as its subject (متظاهرون بمدينة العريش قد حطموا)
_CROWD_REACH = 5
#: the ending of a masculine plural perfect verb (وأضرموا), normalised
PLURAL_VERB = "وا"
#: prepositions by which an unnamed subject is part of an actor (مسلحون من حماس، كتيبة في الجيش)
_MEMBER_OF = frozenset(_N(w) for w in ("من", "في"))
#: the fewest letters of an indefinite sound plural of people (صيادون، مزارعون)
_SHORTEST_PLURAL_PEOPLE = 4
#: broken plurals of working people who act as their union (عمال من نقابة X), bare
_WORKERS = frozenset(bare(_N(w)) for w in ("عمال", "تجار", "طلاب", "أطباء", "سائقو", "موظفو"))
#: words of an unnamed officer of a court or its chamber, who acts for the court named after لدى (أودع قاضي
#: التحقيق لدى محكمة سيدي امحمد X الحبس، قررت النيابة العامة لدى المحكمة الابتدائية بمراكش), bare
_COURT_OFFICERS = frozenset(
    bare(_N(w))
    for w in (
        *("قاضي", "القاضي", "قضاة", "القضاة", "التحقيق", "النيابة", "العامة", "المدعي", "العام", "وكيل"),
        *("الوكيل", "الجمهورية", "الملك", "للملك", "غرفة", "الغرفة", "الجنايات", "الجنائية", "الجرائم"),
        *("المالية", "الابتدائية", "الاستئنافية", "الجنح", "هيئة", "الهيئة", "المحكمة"),
    )
)
#: how many words of an officer's title may stand between the verb and لدى
_COURT_OFFICER_WORDS = 5
#: words by which an unnamed subject belongs to an actor (قوات الأمن التابعة لحماس), bare
_AFFILIATION = frozenset(
    bare(_N(w))
    for w in (
        "التابعة",
        "التابع",
        "التابعين",
        "التابعون",
        "تابعة",  # طائرة بدون طيار تابعة لوكالة المخابرات
        "تابع",
        "تابعين",
        "تابعون",
        "الموالية",
        "الموالي",
        "الموالين",
        "الموالون",
        "موالون",
        "موالين",
        "موالية",
        # under an actor's authority (شركة النفط الخاضعة لسلطة الحوثيين)
        *("الخاضعة", "الخاضع", "الخاضعين", "خاضعة", "خاضع"),
    )
)
#: activists, unnamed, who act as the body they are in after في (ناشطون في الحملة الوطنية), bare (not
#: workers: عمال في شركة X are its employees)
_ACTIVISTS = frozenset(bare(_N(w)) for w in ("ناشطون", "ناشطين", "نشطاء", "ناشطات"))
#: words of loyalty (الموالية لـ), bare
_LOYAL = frozenset(w for w in _AFFILIATION if "موال" in w)
#: definite words of ties (الجماعة المرتبطة بتنظيم القاعدة), before ب and whom a named group is tied to,
#: bare
_TIED = frozenset(bare(_N(w)) for w in ("المرتبطة", "المرتبط", "المرتبطين", "المرتبطون"))
#: indefinite words of ties after an unnamed subject, before ب and the actor it belongs to (هاجم مسلحون
#: مرتبطون بتنظيم الدولة الإسلامية البلدة), bare
_TIED_TO = frozenset(bare(_N(w)) for w in ("مرتبطون", "مرتبطين", "مرتبطة", "مرتبط"))
#: how many words the unnamed subject may take before its affiliation
_AFFILIATION_REACH = 3
#: "whom ... leads", after an unnamed subject before its leader's name (هاجمت عصابات يقودها X), bare
_LED_BY_WHOM = frozenset(bare(_N(w)) for w in ("يقودها", "يقودهم", "يتزعمها", "يتزعمهم"))
#: the staff a union is named after, the body they work in after في (نقابة العاملين في الإدارة العامة
#: للجمارك), bare
_STAFF = frozenset(bare(_N(w)) for w in ("العاملين", "الموظفين", "العمال", "المعلمين", "الأطباء"))
#: words of a football match (bare, normalised; not الفريق "lieutenant general", المنتخب "elected",
#: حارس "guard", nor الكرة / الملعب, as in الكرة في ملعب إيران "the ball is in Iran's court")
_SPORTS = frozenset(
    bare(_N(w))
    for w in (
        *("مرمى", "الشوط", "مباراة", "المباراة", "ركلة", "لاعبو", "لاعبي", "اللاعبين", "هدفا"),
        *("الدوري", "تسديدة", "هدفين", "منتخبنا", "المدرب", "التصفيات"),
    )
)
#: "a target" (هدفا), a goal in a match unless a side's or war's (هدفا للحوثيين، هدفا عسكريا)
_TARGET_WORD = _N("هدفا")
_MILITARY = frozenset(_N(w) for w in ("عسكريا", "عسكرية"))
#: endings of a perfect whose form begins as an imperfect does (توصلت، توصلتا، تعهدوا)
_PERFECT_ENDINGS = ("ت", "تا", "وا")
#: how many tokens a setting may take before the comma after it that opens a sentence (وفي سياق متصل،)
_OPENING_SETTING = 4
#: negations that stand between a subject and its verb (القوات لن تنسحب)
_VERB_NEGATIONS = frozenset(_N(w) for w in ("لم", "لن", "لا"))
MAY = _N("قد")
_ANY = _N("أي")
#: "every", before من "whoever" (كل من يعارضه), normalised
_EVERY_ONE = _N("كل")
#: adjectives after a verbal noun that make it possible or alleged, not real (normalised)
_POSSIBLE = frozenset(
    _N(w) for w in ("محتمل", "محتملة", "المحتمل", "المحتملة", "مزعوم", "مزعومة", "المزعوم", "المزعومة")
)
#: at most this many title words and adjectives between a name and the ل of its title's genitive
_TITLE_RUN = 3
#: first letters of an imperfect verb (يهاجم، تهاجم، نهاجم)
IMPERFECT_PREFIXES = frozenset("يتن")
#: particles opening the condition of an if-clause (``ما لم`` is checked as a pair)
#: (and "whenever": بالمثول أمام المحكمة متى طلب منه ذلك, no request made)
CONDITIONALS = frozenset(_N(w) for w in ("إذا", "اذا", "لو", "حال", "حالة", "لولا", "طالما", "متى"))
#: a condition's words reach this far (``ما إذا كان الرئيس الروسي قد يلتقي``)
CONDITION_WINDOW = 12
#: "or" carries a condition on to the next clause; "to be" does not end one (إذا كان)
ALTERNATIVES = frozenset(_N(w) for w in ("أو", "أم"))
BE_VERBS = frozenset(_N(w) for w in ("كان", "كانت", "وكان", "وكانت"))
#: how many definite words, a noun and its adjectives, may stand between كان and قد as the verb's subject
#: (وكانت الشركة المالكة قد اعتذرت)
_BE_SUBJECT_WORDS = 3
#: the words that tell back a pair, two sides or the latest named, resolved on their own
_TOLD_BACK = frozenset(DUAL_ANAPHORS) | _SIDES | LATEST_ANAPHORS
#: "his / her guest" with no name after it (وتعهد بزشكيان لضيفه، أكد وهبي لضيفه أن): the person named
#: before the host, within two sentences (استقبل X الرئيس Y ... وتعهد Y لضيفه: X)
_GUEST_ANAPHORS = frozenset(_N(w) for w in ("ضيفه", "ضيفها"))
_GUEST_SENTENCES = 2
#: every word :meth:`DocView._add_anaphors` resolves outside a name: any other word it passes over
_ANAPHORS = _TOLD_BACK | _GOVERNMENT_ANAPHORS | LAND_ANAPHORS | frozenset(COUNTED_ANAPHORS) | _GUEST_ANAPHORS
#: ``إن`` right before a verb is "if" (before a noun it is the complementiser); matched as written:
#: normalised, it is ``أن`` "that" (بعد أن أجرى)
CONDITIONAL_IN = frozenset({"إن", "وإن", "فإن"})
#: words that open a condition and nothing else (not حال, also a noun)
_IF_WORDS = CONDITIONALS - {_N("حال"), _N("حالة")}

#: the kinds of actor whose conduct a warning about them blames (حذر من أن روسيا تقوض الجهود)
_BLAMED_BODIES = frozenset({"GPE", "ORG"})

#: how far after a dateline's place the dash ending it may stand, an agency in brackets between
#: (واشنطن (أ ف ب) –)
_DATELINE_DASH_REACH = 8
#: the dashes that close a dateline (مكسيكو – خطف مسلحون)
_DATELINE_DASHES = frozenset({"–", "-", "—", "ـ"})
#: "two students" (طالبان، dual of طالب), which a masculine verb of harm before it shows is no movement (the
#: movement takes a feminine verb: قتلت طالبان), bare
_TWO_STUDENTS = bare(_N("طالبان"))
_HARMED = frozenset(
    bare(_N(w))
    for w in ("قتل", "أصيب", "اصيب", "جرح", "اعتقل", "خطف", "اختطف", "استشهد", "توفي", "لقي", "أوقف", "احتجز")
)

#: "if" that a stressing ما may follow before its verb (إذا ما حاولت), normalised
_IF_AS_SUCH = frozenset(_N(w) for w in ("إذا", "اذا"))
#: negations between a conditional and its verb (إذا لم تستجب)
_NEGATIONS_AFTER_IF = frozenset(_N(w) for w in ("لم", "لا"))
#: how far after a condition's verb its subject may be named (titles between)
_CONDITION_SUBJECT_GAP = 4
#: direction words before a place make it a region, not an actor (شرق السودان، جنوب لبنان)
DIRECTIONS = frozenset(
    _N(w)
    for w in ("شرق", "غرب", "شمال", "جنوب", "وسط", "شرقي", "غربي", "شمالي", "جنوبي", "أقصى", "أطراف", "ضواحي")
)
#: words that are no indefinite noun before a verb
NOT_NOUNS = (
    PREPOSITIONS
    | CLAUSE_WORDS
    | COMPLEMENTIZERS
    | PARTICLES
    | NEGATORS
    | RELATIVES
    | frozenset(
        _N(w)
        for w in (
            "حتى",
            "أو",
            "أم",
            "بل",
            "كي",
            "لكي",
            "إذ",
            "إذا",
            "لو",
            "هو",
            "هي",
            "هم",
            "كل",
            "أي",
            "مما",
            "أخرى",  # من جهة أخرى تبنى الجيش: an adjective of a set phrase
            "ذلك",  # إلى ذلك قتلت القوات: a demonstrative, no noun a verb could describe
            "هذا",
            "هذه",
            "تلك",
        )
    )
)
#: the sons, leaders and notables of a tribe or a town, who stand for it (أبناء قبيلة X، وجهاء البلدة)
_NOTABLES = ("أبناء", "زعماء", "وجهاء", "أعيان", "شيوخ", "مشايخ")
#: words for the members or forces of an actor (``ثمانية من أعضاء المنظمة``)
MEMBER_WORDS = frozenset(
    _N(w)
    for w in (
        "أعضاء",
        "عناصر",
        "أنصار",
        "مناصري",  # (as أنصار: العشرات من مناصري حزب الله)
        "مؤيدي",
        "أتباع",  # a movement's followers, as أنصار (تظاهر آلاف من أتباع الفصيل المقدسي)
        "مقاتلي",
        "مسلحي",
        "جنود",
        "قادة",
        "مسؤولي",
        "نواب",
        "وزراء",
        "رجال",
        "أفراد",
        "ضباط",
        "منتسبي",
        "موظفي",
        "قياديي",
        "نشطاء",
        "ناشطي",
        # a tribe's or a town's sons, leaders and notables (اتفقت السلطة المحلية مع وجهاء قبيلة الشراعبة،
        # تظاهر المئات من أبناء عشيرة X)
        *_NOTABLES,
        "قيادات",
        "كوادر",  # مئات من عناصر وكوادر جماعة الإخوان المسلمين
        "صفوف",  # أوقع 12 قتيلا في صفوف الجيش التركي
        *("أحباء", "مشجعي", "جماهير"),  # a club's fans (نظم المئات من أحباء النادي الإفريقي وقفة)
    )
)
#: a member of a body, one or many (ضابط في الجيش، جنود من الجيش)
#: words for a body's delegation (وفد حماس: Hamas), normalised
_DELEGATIONS = frozenset(_N(w) for w in ("وفد", "وفدا", "وفدين", "وفود"))
#: the sector of unions of states
_STATES_UNION_SECTOR = "IGO"
#: the kinds of body its members make up, whose delegation stands for it beside its head (``وفدا من
#: حزب جبهة العمل الإسلامي برئاسة أمينه العام X``), bare
MEMBERS_BODY_KINDS = frozenset(
    bare(_N(w))
    for w in ("حزب", "جبهة", "لجنة", "حلف", "اتحاد", "نقابة", "تيار", "ائتلاف", "تنسيقية", "رابطة", "تجمع")
)
#: "in turn" (بدوره، بدورها), normalised
_IN_TURN = frozenset(_N(w) for w in ("بدوره", "بدورها", "بدورهم", "بدورهما"))
#: how one was killed, told by a verbal noun right after the verb (قتل خنقا، أعدم شنقا): the verb has no
#: object, so with a person before it it is passive
_MANNER_OF_KILLING = frozenset(
    _N(w) for w in ("خنقا", "ذبحا", "طعنا", "شنقا", "حرقا", "رميا", "رجما", "غرقا", "ضربا", "دهسا")
)
#: a body's mission, opening its name (بعثة الصندوق), bare
_MISSIONS = frozenset(bare(_N(w)) for w in ("بعثة", "وفد"))
#: how many words (adjectives: سعودي رفيع المستوى) may stand between a delegation and who heads it
_DELEGATION_WORDS = 4
#: a body's forces, which stand for it (اتهم X قوات النظام السوري)
_FORCES = _N("قوات")
#: a body's management, which stands for it (طالبت النقابة إدارة الشركة بصرف المستحقات), bare
_MANAGEMENT = bare(_N("إدارة"))
#: a force, mission or delegation a title may head, between the title and the body (قائد قوة الأمم
#: المتحدة، رئيس وفد جماعة الحوثي، كبير مفاوضي الجماعة), bare
_COMMANDED = frozenset(bare(_N(w)) for w in ("قوة", "قوات", "بعثة", "وفد", "مفاوضي"))
#: words for a unit or office of a body or person, before its name (قيادة الشرطة الاتحادية، مكتب
#: نتنياهو، مديرية أمن أنقرة), bare
_UNITS = frozenset(
    bare(_N(w))
    for w in (
        *("قيادة", "مكتب", "مديرية", "فرع", "وحدة", "وحدات", "فرقة", "فرق", "دائرة", "إدارة"),
        "مصالح",  # (the services of a body: أوقفت مصالح الدرك الوطني أربعة أشخاص)
        # an arm of a force (قصفت مدفعية الجيش التركي، احتجزت بحرية الحرس الثوري)
        *("مدفعية", "بحرية", "طائرات", "مقاتلات", "زوارق", "دفاعات"),
    )
)
#: the chambers of a court, before their field and the court after ب or في (غرفة الجنايات بمحكمة الاستئناف،
#: دائرة الاتهام بمحكمة الاستئناف بتونس), bare; how many words the field and its adjectives may run; the
#: prepositions and the word that name the court
_CHAMBERS = frozenset(bare(_N(w)) for w in ("غرفة", "دائرة", "الغرفة", "الدائرة"))
_CHAMBER_WORDS = 4
_CHAMBER_COURT_PREPS = frozenset({"ب", _IN})
_COURT_WORD = _N("محكمة")
#: the boards that act for the body named after them (وافق مجلس المديرين التنفيذيين في البنك الدولي على
#: قرض), their names as the entity layer gives them, bare; the adjective that may follow the name; and how
#: the body is named after it (its genitive, or after في or ل)
_BOARDS = frozenset(bare(_N(w)) for w in ("مجلس المديرين", "مجلس الإدارة", "مجلس المحافظين"))
_BOARD_ADJECTIVE = bare(_N("التنفيذيين"))
_BOARD_BODY_PREPS = frozenset({None, _IN, "ل"})
#: students counted from a body (اعتقل الجهاز ثلاثة طلاب من الكتلة الإسلامية): its members, but not a
#: school's, where they study and which is not acted on (اعتقلت الشرطة 11 طالبا من جامعة ماكيريري)
_STUDENTS = frozenset(bare(_N(w)) for w in ("طلاب", "طلبة", "طالبا", "طالبين", "طالبات"))
_SCHOOLS = frozenset(bare(_N(w)) for w in ("جامعة", "كلية", "مدرسة", "معهد", "أكاديمية"))
_MEMBERS = MEMBER_WORDS | frozenset(
    _N(w)
    for w in (
        *("ضابط", "جندي", "جنديا", "جنديان", "جنديين", "عنصر", "شرطي", "شرطيا", "فرد", "مقاتل", "عضو"),
        *("عضوا", "موظف", "موظفا", "موظفين", "موظفون"),  # اعتقلت الشرطة 22 موظفا في بلدية إسطنبول
        *("صحافيا", "صحافيين", "صحفيا", "صحفيين", "عاملا", "عمال"),  # احتجزت 12 صحافيا يعملون في صحيفة X
        *("مزارعون", "مزارعين"),  # أغلق مزارعون من نقابة X معبرا: the union's farmers
        *("مسلحا", "مسلحين", "مقاتلا", "مقاتلين", "عنصرا", "ضابطا", "شرطيين"),  # 11 مسلحا من تنظيم القاعدة
        # duals (قتل عنصران من حزب الله، أصيب ضابطان من الجيش)
        *("عنصران", "عنصرين", "ضابطان", "ضابطين", "شرطيان", "مسلحان", "مقاتلان", "عضوان", "عضوين"),
        *("قيادي", "قياديا", "قياديين", "مسؤول", "مسؤولا", "مسؤولين", "مسؤولون"),  # تعرض قيادي في حماس للخطف
        *("قائد", "قائدا"),  # هدد قائد في الحرس الثوري بريطانيا: one of its commanders
        *("عسكري", "عسكريا", "عسكريين", "عسكريون"),  # بينهم عسكريون من القوة الدولية
        *("دفاعات", "منظومات"),  # أن دفاعاتها الجوية أسقطت: a state's air defences
        *("مجند", "مجندا", "مجندين", "مجندون", "حارس", "حراس", "حارسا"),  # ثلاثة مجندين من الشرطة
        # a force's vessels and patrols (ثلاث سفن من البحرية الأوكرانية، دورية من الجيش)
        *("سفن", "سفينة", "سفينتين", "زوارق", "زورقا", "زورقين", "دورية", "دوريات"),
        *("عامل", "عاملا", "عمال", "العمال", "عاملين"),  # أضرب 20 ألف عامل في شركة مصر للغزل والنسيج
        # نفذ موظفو الجمارك المنتسبون إلى النقابة الوطنية إضرابا: the union's members
        *("موظفو", "موظفي", "سائقو", "سائقي", "معلمو", "معلمي", "مزارعو", "مزارعي", "صيادو", "صيادي"),
        *("ناشطا", "ناشطين", "ناشطون"),  # اعتقلت الشرطة 25 ناشطا من حركة كفاية (not X الناشط في Y)
        "معارضين",  # opponents of a party (اعتقلت الشرطة عشرة معارضين من حركة النهضة)
        *_DELEGATIONS,  # التقى وفدا من الاتحاد الدولي للصحفيين: the body's delegation
        *("قوة", "دورية", "مفرزة", "وحدة"),  # قوة من جهاز مكافحة الإرهاب اعتقلت: a unit of the body
        *("فريق", "فريقا"),  # أطلق مسلحون النار على فريق من الهيئة العامة للبيئة: a team of the body
    )
)
#: adjectives between a member word and its body (مسؤول كبير في البنك), and how far they reach
_RANK_WORDS = frozenset(bare(_N(w)) for w in ("كبير", "بارز", "رفيع", "رفيعا", "كبيرا", "بارزا", "آخر"))
_MEMBER_REACH = 3
#: how far after its و a conjunct opening with a title may name its holder, past where he serves
_TITLED_CONJUNCT_REACH = 9
#: how many nisba adjectives may stand between a word for members and the preposition before their body
#: (عشرة من الموظفين المحليين الدوليين في منظمة X), and the endings of such an adjective, normalised
_MEMBER_ADJECTIVES = 2
_MEMBER_ADJECTIVE_ENDINGS = (*NISBA_ENDINGS, "يين", "يون", "يات")
#: the endings of a plural nisba, which an indefinite one after counted members has (موظفين ليبيين)
_PLURAL_NISBA_ENDINGS = ("يين", "يون")
#: endings of an indefinite plural or counted noun in the accusative or genitive (تلميذا، تشيكيين، عاملا)
_COUNTED_ENDINGS = ("ين", "ا")
#: the plural object pronouns, normalised, that take back people (اختطفهم، خطفتهن)
_PLURAL_OBJECTS = frozenset(normalize(w) for w in ("هم", "هن"))
#: plural words that only date counted members or add them to others, which may stand indefinite, joined by
#: و, between the members and their body (ثمانية مسؤولين حاليين وسابقين في هيئة X، ثمانية موظفين إضافيين
#: من وكالات الأمم المتحدة), bare
_SERVING_OR_FORMER = frozenset(
    bare(_N(w)) for w in ("سابقين", "سابقون", "حاليين", "حاليون", "إضافيين", "إضافيون")
)
#: a body's branches, between من or في and its name (موظفين في وكالات الأمم المتحدة، عاملين في مكاتب
#: المنظمة الدولية للهجرة): its people still, bare
_BODY_BRANCHES = frozenset(
    bare(_N(w)) for w in ("وكالات", "مكاتب", "فروع", "دوائر", "أجهزة", "بعثات", "مقار", "مقرات")
)
#: the endings of a sound masculine plural (الموظفين، المسؤولون), normalised
_PLURAL_ENDINGS = ("ين", "ون")
#: words for a person's followers (أنصار الحريري), bare
SUPPORTERS = frozenset(
    bare(_N(w)) for w in ("أنصار", "مناصري", "مناصرو", "مؤيدي", "مؤيدو", "أتباع", "اتباع", "محبي", "موالي")
)
#: the passive "was wounded" after a killing (قتلوا وأصيب خمسة آخرون)
_WOUNDED = frozenset(_N(w) for w in ("أصيب", "أصيبت", "أصيبوا", "أصيبا", "جرح", "جرحت", "جرحوا", "جرحا"))
#: a body's organs, title words named before it as the subject (مجلس جامعة الدول العربية), bare
_BODY_ORGANS = frozenset(bare(_N(w)) for w in ("مجلس", "هيئة", "مكتب", "مفوضية"))
#: participles of lying on or overlooking, bare: a place after them and على describes the place before
_OVERLOOKING = frozenset(
    bare(_N(w)) for w in ("المطلة", "المطل", "الواقعة", "الواقع", "المشرفة", "المشرف", "الممتدة", "المطلين")
)
#: participles of bordering, bare: a place after one and ل locates the place before it (إقليم تاك المحاذي
#: لميانمار)
_BORDERING = frozenset(
    bare(_N(w)) for w in ("المحاذي", "المحاذية", "المتاخم", "المتاخمة", "المجاور", "المجاورة", "المحاذيين")
)
#: words of a statement, bare: a name after ``في بيان`` is no genitive of it but the verb's object or
#: subject (طالبت البعثة في بيان حركة طالبان بالإفراج)
_STATEMENT_WORDS = frozenset(
    bare(_N(w))
    for w in (
        *("بيان", "البيان", "بيانه", "بيانها", "بيانهم", "مشترك", "المشترك", "ختامي", "الختامي"),
        *("كلمة", "كلمته", "كلمتها", "تصريح", "تصريحات", "رسالة", "تغريدة", "منشور"),
        *("خطاب", "خطابه", "خطابها", "تصريحاته", "تصريحاتها"),
        # and how it was made (اتهم X في خطاب متلفز Y، في كلمة مصورة، في تصريحات سابقة)
        *("متلفز", "متلفزة", "مصور", "مصورة", "مسجل", "مسجلة", "صوتي", "صوتية", "لاحق", "لاحقة"),
        *("سابق", "سابقة", "مقتضب", "مقتضبة"),
        # and an interview, for the television or the radio, or a separate statement (طالب X في مقابلة Y،
        # في حديث تلفزيوني، في بيان منفصل)
        *("مقابلة", "حديث", "تلفزيوني", "تلفزيونية", "إذاعي", "إذاعية", "منفصل", "منفصلة"),
        *("تقرير", "تقريره", "تقريرها", "تقريرهم", "التقرير"),  # (انتقدت اللجنة في تقريرها السلطات)
        # and a complaint or a note handed over (وطالب X في الشكوى مجلس الأمن بـ، في مذكرة)
        *("شكوى", "الشكوى", "شكواه", "شكواها", "مذكرة", "المذكرة", "مذكرته", "مذكرتها", "الرسالة"),
    )
)
#: reports, which speak for the body named after them (التقرير النهائي للبعثة، تقرير منظمة العفو),
#: normalised
_REPORTS = frozenset(_N(w) for w in ("تقرير", "التقرير"))
#: a decision before its owner and the verbal noun it decides (قرار واشنطن فرض رسوم), bare
_DECISIONS_OF = frozenset(bare(_N(w)) for w in ("قرار", "قرارات", "خطوة", "إعلان", "اعتزام"))
#: documents that declare (إعلان جدة), bare, and how far back of the verbal noun they may be named
_DECLARATIONS = frozenset(bare(_N(w)) for w in ("إعلان", "وثيقة", "ميثاق"))
_DOCUMENT_SUBJECT_REACH = 6
#: how many words a phrase of setting between commas may have (، في بيان مشترك ،)
COMMA_SETTING_REACH = 4
#: the "sidelines" of a meeting after على (على هامش القمة): where something was said, and how many more
#: words such a phrase may take (، على هامش قمة المناخ في شرم الشيخ ،)
_SIDELINES = bare(_N("هامش"))
_SIDELINES_MORE = 3
#: قبل of من قبل ("by")
BEFORE = _N("قبل")
#: prepositions before where an envoy is posted (سفيرها لدى مالي، في موسكو، من إسرائيل، بموسكو)
#: "at" (a body or a state: احتجت طوكيو لدى بيونغ يانغ، سفيرها لدى مالي), normalised
AT_BODY = _N("لدى")
#: how many tokens after a title's body the post's holder may be named (وسفير الاتحاد الأوروبي لدى القاهرة
#: إيفان سوركوش)
_HOLDER_REACH = 5
_POSTED = frozenset({AT_BODY, _N("في"), _N("من"), "ب"})
#: prepositions between a member and its body
_OF_BODY = frozenset(_N(w) for w in ("من", "في"))
#: "belonging to" before إلى and a body (العمال المنتمين إلى النقابة), bare
_BELONGING = frozenset(
    bare(_N(w)) for w in ("المنتمين", "المنتمون", "المنتسبين", "المنتسبون", "المنضوين", "المنضوون")
)
#: the prepositions before the body they belong to (المنتمين إلى النقابة، المنضوون في الرابطة)
_BELONGING_PREPS = frozenset(_N(w) for w in ("إلى", "في"))
#: verbs and indefinite participles by which an unnamed subject belongs to an actor after إلى (مسلحون
#: ينتمون إلى حركة X، محتجون منتمون إلى), bare
_BELONGING_TO = frozenset(bare(_N(w)) for w in ("ينتمون", "ينتمي", "ينتسبون", "منتمون", "منتمين", "ينضوون"))
#: "one of" (أحد عناصرها، إحدى الدول), normalised
ONE_OF_THEM = frozenset(_N(w) for w in ("أحد", "إحدى"))
#: words before a body's own members (اثنين من جنوده، أحد عناصرها)
_ONE_OF = ONE_OF_THEM | {_N("من")}
#: words for an actor's land: a preposition before them is the actor's (حشدت قوات على حدود أوكرانيا)
LAND = frozenset(
    _N(w)
    for w in (
        "حدود",
        "أراضي",
        "أرض",
        "داخل",
        "عاصمة",
        "سماء",
        "مياه",
        "مدينة",
        "إقليم",
        "ولاية",
        "منطقة",
        "محافظة",
        # (the duals a pair of names follows: في محافظتي السليمانية وأربيل)
        *("إقليمي", "ولايتي", "محافظتي", "قضاءي"),
        "بلدة",
        "قرية",
        "مخيم",
        "جزيرة",
        "قطاع",
        "ميناء",  # إلى ميناء بلدة الناقورة: the port of a place is that place
        "مرفأ",
        "مطار",
        "مضيق",  # في مضيق سنغافورة، في محيط استاد القاهرة: a strait, a stadium, a crossing of a place
        "استاد",
        "ملعب",
        "معبر",
        "أنحاء",  # في مختلف أنحاء العراق، بكافة أرجاء أفغانستان
        "أرجاء",
        "كافة",
        "محيط",  # في محيط الحسيمة: the outskirts of a place are that place
        "أطراف",
        "ضواحي",
        "مشارف",
        "مدخل",
        "مصب",  # إلى مصب الدانوب (not coasts: a strike off a state's coast is not on it)
        "ضفاف",
        *("صحراء", "بادية"),  # في صحراء الأنبار، إلى بادية تدمر: a desert named after a place is that place
        *("دلتا", "جيب"),  # في دلتا النيجر، في جيب كالينينغراد: a delta or an enclave of a place
        "شرق",
        "غرب",
        "شمال",
        "جنوب",
        "وسط",
    )
) | frozenset(h for h, n in place_heads().items() if n <= 2)  # حي، مخيم، شارع (khabar.ner.places)
#: plural place nouns a list of names follows (في بلدات كفركلا والعديسة): the preposition before one right
#: before a name is the name's (not so further back: في مجموعة من القرى غرب الإقليم)
_PLACE_LISTS = frozenset(h for h, n in place_heads().items() if n > 2)
#: heads of a street, square or quarter inside a town (في شارع السعدون، بحي الكرادة), bare
_STREETS = frozenset(bare(_N(w)) for w in ("شارع", "حي", "ساحة", "ميدان", "سوق", "ضاحية", "جادة", "حارة"))
#: how far after a town such a place may be named
_STREET_REACH = 3
#: how far after a facility the first word of its town's name may stand (في بلدة القديح), and the kinds of
#: town that may stand between, bare
_TOWN_REACH = 3
#: words of a province, region or capital a town is said to lie in (بولاية، بمحافظة، بريف، بالعاصمة), bare
_ENCLOSING = frozenset(
    bare(_N(w)) for w in ("ولاية", "محافظة", "إقليم", "مقاطعة", "ريف", "عاصمة", "العاصمة", "قضاء")
)
_TOWN_KINDS = frozenset(bare(_N(w)) for w in ("بلدة", "قرية", "مدينة", "حي"))
#: head words of places of worship (facility_keywords.tsv's religious rows), bare: a name right after
#: one, or after one and a saint's title, is the building's (كنيسة القديس سيباستيان)
_WORSHIP_HEADS = frozenset(
    bare(normalize(row[0])) for row in packaged("facility_keywords.tsv") if row[1:2] == ("religious",)
)
#: head words of hospitals (facility_keywords.tsv's hospital rows), bare: a hospital struck is the target
#: itself, not the town it stands in (قصفت الطائرات مستشفى الشفاء في مدينة غزة), where a hotel or a
#: mosque is where an attack on the people in it happened
_HOSPITAL_HEADS = frozenset(
    bare(normalize(row[0])) for row in packaged("facility_keywords.tsv") if row[1:2] == ("hospital",)
)
#: adjectives of a title that may stand between it and its genitive (أمين عام الأمم المتحدة)
#: the words that tell the kind of weapons counted right after their count (350 طائرة مسيرة، 9 صواريخ
#: كروز، 20 صاروخا باليستيا), bare
_COUNTED_KINDS = _DRONES | frozenset(
    bare(_N(w))
    for w in (
        *("كروز", "باليستية", "باليستيا", "باليستي", "بالستية", "بالستيا", "بالستي", "موجهة", "انتحارية"),
        *("مفخخة", "حربية", "مقاتلة", "مضادة"),
    )
)
#: words that introduce an amount (مساعدات بقيمة مليون دولار)
_AMOUNT_WORDS = frozenset(_N(w) for w in ("بقيمة", "قيمتها", "قيمته", "بحوالي", "بنحو", "قدرها", "قدره"))
#: the English units (units.tsv) of counted goods and measures: what is sent or carried, no one acted on
_GOODS_UNITS = frozenset(
    ("trucks", "tonnes", "kg", "barrels", "vehicles", "aircraft", "tanks", "missiles", "shells", "drones"),
) | frozenset(("ships", "MW", "km", "m", "miles", "hectares", "dunams"))
#: the longest mention looked back over, in tokens
_MENTION_REACH = 12
#: a title and its office run at most this many tokens before the name of its holder, with at most
#: this many words the title lexicon does not know
_TITLE_SPAN = 12
_TITLE_UNKNOWN = 4
#: the marks that open an aside inside a title, such as a body's acronym, with the marks that close them
#: (قائد القيادة الأمريكية في إفريقيا (أفريكوم) الجنرال X، زعيم تحالف العصابات "في 9" جيمي شيريزييه), and
#: how many words the aside may hold
_TITLE_ASIDES = {"(": ")", "«": "»", '"': '"', "“": "”"}
_TITLE_ASIDE_REACH = 3
#: a case or file an office deals with (المحقق العدلي في قضية انفجار المرفأ), bare, and the most words of
#: its name
_CASES = frozenset(bare(_N(w)) for w in ("قضية", "ملف", "قضايا"))
_CASE_WORDS = 6
_TITLE_ADJECTIVES = frozenset(_N(w) for w in ("عام", "أعلى", "أول", "دائم"))
#: the masculine singular pronoun suffix (رفضه)
_HIS = "ه"
#: how far before a verb the indefinite act it describes may be named (هجوم انتحاري بسيارة مفخخة استهدف)
_DESCRIBED_REACH = 4
#: how far after an object its ب or إلى content may come (a place between: في بيداوا)
_CONTENT_REACH = 3
#: words of belonging before ل (تابع، تابعة، تابعتين، مملوكة)
_OWNED = (_N("تابع"), _N("مملوك"))
#: titles that head a body, its name after ل their genitive (الأمين العام لحزب الله)
_BODY_HEADS = frozenset(_N(w) for w in ("أمين", "زعيم", "قائد", "مدير", "ناطق", "متحدث"))
#: words that may open a sentence before a fronted place (أما في حي البياع)
_OPENERS = frozenset(_N(w) for w in ("أما", "و", "ف"))
#: how far back a relative pronoun may open the clause a conjoined verb continues
_RELATIVE_REACH = 8
#: "pursuant to", "in accordance with" (تنفيذا لقرار مجلس الأمن، بموجب اتفاق): what an act follows, bare
PURSUANT = frozenset(
    bare(_N(w)) for w in ("تنفيذا", "تطبيقا", "طبقا", "وفقا", "وفق", "استنادا", "بموجب", "التزاما")
)
#: "right upon", "right after" (فور خروج القوات، بعيد انسحابها): the act it times and its actors are
#: another's, no party to the trigger before it, bare
_UPON = frozenset(bare(_N(w)) for w in ("فور", "بعيد"))
#: "suspected of" (شخصين يشتبه في تورطهم في الهجوم على السفارة، للاشتباه في): what the people acted on
#: are suspected of, no party to the act, bare
_SUSPECTED = frozenset(bare(_N(w)) for w in ("يشتبه", "الاشتباه", "المشتبه"))
_SCAN_STOPS = _UPON | _SUSPECTED
#: indefinite "suspects", a stop only before what they are suspected of (اعتقال 17 مشتبها بهم في اغتيال
#: الرئيس X), not before who is among them (12 مشتبها بهم بينهم X) or the body they belong to (ثلاثة
#: مشتبه بهم ينتمون إلى عصابة X: no article, bare the same as المشتبه), bare
_SUSPECTS = frozenset(bare(_N(w)) for w in ("مشتبها", "مشتبهين", "مشتبه"))
#: "charge", after ب "charged with" (بتهمة التخابر مع X): likewise, bare
_CHARGES = frozenset(bare(_N(w)) for w in ("تهمة", "تهم"))
#: "by order of", "at the request of" after ب (بأمر من رئيس الوزراء، بتوجيهات من): who ordered an act,
#: no party to it, bare
_ORDERED_BY = frozenset(bare(_N(w)) for w in ("أمر", "أوامر", "توجيه", "توجيهات", "تكليف", "طلب"))
_AFTER_BA_STOPS = _ORDERED_BY | _CHARGES
#: how far back a verbal noun after و may be joined to the act before it
_CONJOINED_ACT_REACH = 6
#: deeds of security forces no event of their own, that an arrest may be joined to (أعلنت الوزارة إحباط
#: مخطط تخريبي في ريف دمشق، واعتقال خمسة أشخاص), bare; how far back the deed (or an act, past a comma:
#: ضبط شحنة في مرفأ طرابلس، واعتقال) may stand
#: (an interception too: أعلن خفر السواحل اعتراض زورق يقل 211 مهاجرا، وتوقيف ثلاثة من المهربين)
_SEIZURES = frozenset(bare(_N(w)) for w in ("إحباط", "تفكيك", "مصادرة", "حجز", "اعتراض"))
_CONJOINED_SEIZURE_REACH = 14
#: prepositions of time and place: a trigger after one is an adverbial, no expectation's content
ADVERBIAL_PREPS = frozenset(
    _N(w) for w in ("في", "خلال", "أثناء", "بعد", "قبل", "عقب", "إثر", "لدى", "عشية", "غداة", "قبيل", "بعيد")
)
#: "through" (عبر المتحدث باسمه): how something was said, between commas like a setting
_VIA = _N("عبر")
#: "on the tongue of" (على لسان): the person after it speaks for the subject (انتقد الاتحاد القرار على لسان
#: كالاس); between commas, like a setting, its words past the name
TONGUE = _N("لسان")
#: "to"
_TO_PREP = _N("إلى")
#: titles of someone sent to a place or body (موفد الأمم المتحدة إلى الشرق الأوسط)
_ENVOYS = frozenset(_N(w) for w in ("موفد", "مبعوث", "سفير", "مندوب", "ممثل", "منسق"))
#: an envoy's adjectives, no title words of their own (المبعوث الشخصي للأمين العام إلى السودان، الممثل الخاص)
_ENVOY_ADJECTIVES = frozenset(
    bare(_N(w)) for w in ("الشخصي", "الخاص", "الخاصة", "الشخصية", "الأممي", "الأممية")
)
#: "from", "of" (انسحب من، حذر من)
FROM = _N("من")
#: the auxiliary "was" of a past perfect (الذي كان قد اتهم، التي كانت فرضت)
_AUXILIARIES = frozenset(_N(w) for w in ("كان", "كانت", "كانوا"))
#: the first (or last) state, a verb of becoming before its subject, and the words for a state: a verb right
#: after them is the subject's (أصبحت بوروندي أول دولة تنسحب من المحكمة الجنائية الدولية)
_ORDINAL_FIRST = frozenset(_N(w) for w in ("أول", "ثاني", "ثالث", "آخر"))
_BECOMING = frozenset(_N(w) for w in ("أصبحت", "أصبح", "باتت", "بات", "صارت", "صار", "كانت", "كان"))
_STATE_WORDS = frozenset(_N(w) for w in ("دولة", "بلد"))


def _written_in_name(e: Entity, word: str) -> bool:
    """``word``, as written with a letter the tokenizer reads as a proclitic, is a word of a longer
    mention of the person ``e`` (``بقائي`` of ``إسماعيل بقائي``)."""
    k = key(word)
    return e.type == "PER" and any(k in words for m in e.mentions if len(words := key(m.text).split()) > 1)


#: "across", also the verb عبّر "expressed", normalised
_ACROSS = _N("عبر")
#: ل and ب written apart with a tatweel before a name, mostly one in quotation marks (لـ«الدعم السريع»)
_DETACHED_CLITICS = frozenset({"لـ", "بـ"})
#: ب written apart with a tatweel, before what it governs in quotation marks (بـ«انتقام قاس»)
_BY_DETACHED = "بـ"
#: how many words may follow the statement a noun's enacting verb was said in (في مؤتمر صحفي مشترك)
_SAID_IN_WORDS = 3
#: "each" before من and names (كلا من فرنسا وبريطانيا), normalised
_EACH_OF = frozenset(_N(w) for w in ("كل", "كلا"))
#: "while": what follows is another happening (فيما، بينما); in the stage, a verb right after it opens a
#: clause of its own subject
WHILE_WORDS = frozenset(_N(w) for w in ("فيما", "بينما"))
#: "while" and "whereas" (فيما، بينما، في حين): what follows is another actor's happening
_WHILE_OR_WHEREAS = WHILE_WORDS | {_N("حين")}
#: من with ما, "of what" (حذر مما وصفه بكارثة), and the verbs of naming it that may follow
FROM_WHAT = _N("مما")
NAMING_STEMS = tuple(_N(w) for w in ("وصف", "اعتبر", "سما", "سمى", "اسما", "أسمى"))
#: verbs of appointing (وعين X خلفا له، وكلف X بتشكيل الحكومة), normalised: the one appointed after them
#: is no conjunct of the names before (not in a list of places: وعين بيت الماء)
_APPOINTING = frozenset(_N(w) for w in ("عين", "كلف"))
#: how many words (names aside) may stand between a warning verb and its ``من`` (حذر X أمس كما نقل
#: عنه مسؤول كبير من أن)
_WARNING_REACH = 10
#: how far after ``من أن`` or ``من`` a warning names whose act it warns of (حذر من تدخل إيران)
_WARNED_REACH = 3
#: a reply a warning tells of, indefinite (سيقابل برد حاسم، ردا حازما), or the right to it (تحتفظ بحق
#: الرد), without proclitics, normalised
_WARNED_REPLIES = frozenset(_N(w) for w in ("رد", "برد", "ردا"))
_THE_REPLY = _N("الرد")
#: demand words after which a protest names whom it is against as their direct object (مطالبين لجنة X
#: بنشر تقريرها), normalised, article stripped
_DEMANDING = frozenset(
    bare(_N(w))
    for w in (
        *("مطالبين", "مطالبا", "مطالبة", "يطالبون", "تطالب", "طالبوا", "طالبو", "طالبت", "يطالب"),
        *("داعين", "داعيا", "يدعون"),
    )
)
#: all the words after which a protest names whom it is against (احتجاجا على، ضد، معادية ل، منددين ب،
#: مطالبين X، الموت ل)
_PROTESTED = _DEMANDING | frozenset(
    bare(_N(w))
    for w in (
        *("ضد", "احتجاجا", "احتجاج", "تنديدا", "تنديد", "منددين", "منددا", "منددة", "ينددون", "تندد"),
        *("معادية", "معادي", "مناهضة", "مناهض", "غضب", "غضبا"),  # وسط غضب متزايد من قرار X
        "رفضا",  # خرج الآلاف إلى الشوارع رفضا لقرارات البرهان
        *("محملين", "محملة", "محملا"),  # وقفة احتجاجية ... محملة السلطات التونسية مسؤولية غرق القوارب
    )
)
#: slogans against someone (الموت لـ، ليستقيل): each names whom a protest is against
_SLOGANS = frozenset(bare(_N(w)) for w in SLOGANS_AGAINST)
_PROTESTED |= _SLOGANS
#: removals demanded of someone (تطالب بإلغاء لجنة X، مطالبين برحيل X), and calling someone to account
#: (مطالبين بمحاسبة X): the demand is against X
_REMOVALS = frozenset(
    bare(_N(w))
    for w in (
        *("إلغاء", "إقالة", "رحيل", "استقالة", "إسقاط", "طرد", "محاكمة", "حل", "إغلاق", "تنحي", "عزل"),
        *("محاسبة", "مساءلة"),
    )
)
#: how far after a demand noun the removal it asks for may stand, its asker between (مطالبة حركة التغيير
#: بتنحي X)
_REMOVAL_DEMANDED_REACH = 8
#: how many words of an office may stand between a removal and the name of its holder
_REMOVED_OFFICE_WORDS = 3
#: the vocative particle (وداعا يا X)
_VOCATIVE = _N("يا")
#: verbal nouns of what is done to a person, whose genitive person is the one it is done to (اعتقال
#: راشد الغنوشي), not whom a stance on the act is against (that is its doer), bare
_ACTS_ON_PERSONS = frozenset(
    bare(normalize(w))
    for w in (
        *("اعتقال", "الاعتقال", "احتجاز", "توقيف", "سجن", "حبس", "إعدام", "اغتيال", "اختطاف", "خطف"),
        *("تعذيب", "قتل", "ترحيل", "محاكمة", "ملاحقة", "إخفاء", "تصفية"),
        *("فصل", "إقالة", "عزل", "طرد"),  # sent away from his post or the country (أدانت X فصل الأستاذ Y)
        *("الإطاحة", "إقصاء"),  # ousted from power (احتجاجا على الإطاحة بخان)
        *("مقتل", "مصرع", "وفاة", "موت", "استشهاد"),  # what befalls him (احتجاجا على وفاة المدون X)
    )
)
#: how many words the rest of a name cut at its و may run before a conjoined actor (والتعمير والإسكان
#: وسياسة المدينة ومجموعة العمران)
_NAME_REST_REACH = 6
#: the article as written
_DEFINITE = "ال"
#: "after", "before" a span of time (بعد يومين، قبل أسبوع)
AFTER_OR_BEFORE = frozenset(_N(w) for w in ("بعد", "قبل"))
#: "since", before a span of time (تخوض النقابة منذ ثلاثة أشهر إضرابا), normalised
_SINCE = _N("منذ")
#: "after" or "before" a deed told by a single word (عقب التوقيع، بعد ذلك), normalised
_SEQUEL_PREPS = AFTER_OR_BEFORE | frozenset(_N(w) for w in ("عقب", "إثر", "قبيل", "بعيد", "غداة"))
#: how many title words and adjectives may follow an office-holder's title before his name
_HOLDER_TITLE_RUN = 3
#: nouns of a release whose عن names the one set free (الإفراج عن X), bare; "freedom" (إطلاق سراح X)
_RELEASE_NOUNS = frozenset(bare(normalize(w)) for w in ("الإفراج", "الافراج"))
SET_FREE = normalize("سراح")
#: a preposition joined to a pronoun of the third person singular (معها، عليه، لديها), normalised →
#: the preposition and the pronoun
_PRONOUN_OBJECTS = {
    _N(prep + pronoun): (_N(prep), pronoun) for prep in ("مع", "على", "ضد", "لدى") for pronoun in ("ه", "ها")
}
#: مع with a pronoun (معه، معها، معهم، معهما), normalised
_WITH_PRONOUNS = frozenset(_N("مع" + pronoun) for pronoun in ("ه", "ها", "هم", "هما"))
#: "former" after a title (الرئيس الأسبق X), normalised
_FORMER = frozenset(_N(w) for w in ("السابق", "السابقة", "الأسبق", "الأسبقة"))
#: ل with a pronoun after a word of belonging (قافلة تابعة لها): the owner, named before
_OWNER_PRONOUNS = frozenset(_N(w) for w in ("له", "لها"))
#: titles that head a person's description in the construct state (حاكم ولاية X، رئيس حزب X), bare
_TITLE_HEADS = frozenset(
    bare(_N(w))
    for w in (
        *("رئيس", "رئيسة", "وزير", "وزيرة", "حاكم", "محافظ", "قائد", "زعيم", "نائب", "أمين", "سفير"),
        *("مدير", "مديرة", "نقيب", "والي", "عمدة", "مستشار", "مبعوث", "ممثل", "قاضي", "مفتي", "شيخ"),
    )
)
#: "a call" (بدعوة من X، تلبية لدعوة X), bare; the words before it that heed one; how far after a
#: protest its caller may be told
_CALL = bare(_N("دعوة"))
_HEEDING = frozenset(_N(w) for w in ("تلبية", "استجابة"))
_CALLER_REACH = 16
#: heads a caller's name may follow, untagged (بدعوة من حركة ديموكراسي هاب), bare
_CALLER_HEADS = frozenset(
    bare(_N(w))
    for w in (
        *("حركة", "حزب", "جمعية", "منظمة", "نقابة", "تحالف", "ائتلاف", "جبهة", "مجموعة", "تيار"),
        *("منصة", "حملة", "رابطة", "شبكة", "تنسيقية", "مبادرة"),  # بدعوة من منصة «سنوقف قتل النساء»
    )
)
#: how many tokens after such a word the actor may stand (احتجاجا على مذكرة أوكامبو، غضب متزايد من قرار X)
_PROTESTED_REACH = 4
#: how far after such a word a second thing it is against may be joined with و, past a long first one
#: (احتجاجا على النقص الحاد في المواد الغذائية وسياسات حكومة نيكولاس مادورو)
_JOINED_THING_REACH = 9
#: "insulting to" (الرسوم المسيئة للنبي محمد، تصريحات مسيئة للشعب الفلسطيني), bare: who is named after it,
#: past a title, is the one insulted, not whom a protest is against
_INSULTING = frozenset(bare(_N(w)) for w in ("المسيئة", "المسيء", "مسيئة", "مسيء", "مسيئا", "المسيئين"))
#: before or around the seat of a body (أمام مبنى، حول مقر), and how far after a protest they may stand
BEFORE_SITE = frozenset(_N(w) for w in ("أمام", "امام", "حول", "قرب"))
#: the seats of a body or a person, bare
SEATS = frozenset(
    bare(_N(w))
    for w in ("مقر", "مبنى", "مقار", "مباني", "سفارة", "قنصلية", "قصر", "مكتب", "منزل", "سفارات", "قنصليات")
)
_SITE_REACH = 14
#: the missions of several states named after them together (أمام سفارات فرنسا وبلجيكا), bare
MISSIONS_OF_MANY = frozenset(bare(_N(w)) for w in ("سفارات", "قنصليات"))
#: a state's missions abroad, whose seat stands for the state (أمام مقر سفارة X), bare
EMBASSIES = frozenset(bare(_N(w)) for w in ("سفارة", "قنصلية", "سفارات", "قنصليات"))
#: the future proclitic (سترد)
_WILL = "س"
#: "will not", the negation of the future (لن يتسامح), normalised
WONT = _N("لن")
#: words for land that are no direction (قطاع غزة، مدينة)
_LAND_ONLY = LAND - DIRECTIONS
#: the "preposition" of a name that is the genitive of a noun inside a prepositional phrase
#: (``دعا X إلى مساعدة بيروت``): neither a bare object nor a recipient
GENITIVE_IN_PP = "of"
#: the "prepositions" of a name that is a clause's subject or a noun's genitive
_UNPREFIXED = frozenset({None, GENITIVE_IN_PP})
#: how the one a threatened act will be done to is named after its verb (سيفرض عقوبات على X، سيقصف مواقع X)
_THREATENED_PREPS = frozenset({None, _N("على"), _N("ضد"), "ل", GENITIVE_IN_PP})
#: whom goods or supplies are cut from, or where they come from (بقطع الكهرباء عن X، الواردات من X)
_CUT_FROM: frozenset[str | None] = frozenset({_N("عن"), _N("من")})
#: "about", "from": the preposition of a reported source (نقلت عن X) and of a claimed act (مسؤوليتها عن)
ABOUT = _N("عن")
#: "was issued" (صدر عن X حكم): its issuer after عن; how far before the noun it may stand
_ISSUED = frozenset(_N(w) for w in ("صدر", "صدرت", "يصدر", "تصدر"))
_ISSUED_REACH = 12
#: a meeting told with the article as where something was said (وطالب X خلال الاجتماع Y بـ): a definite
#: noun heads no genitive, so the name after it is the verb's object, bare
_MEETINGS_SAID_IN = frozenset(
    bare(_N(w))
    for w in (
        *("الاجتماع", "اللقاء", "المؤتمر", "الجلسة", "القمة"),
        *("المحادثات", "المباحثات", "الاتصال", "الزيارة"),
    )
)
#: "issued" as a participle after what is issued (مذكرة قبض صادرة عن), bare, and how far after it
ISSUING = frozenset(bare(_N(w)) for w in ("صادر", "صادرة", "صادرين", "صادرتين", "الصادر", "الصادرة"))
_ISSUING_REACH = 4
#: words before ما that make it no negator: "soon" (سرعان ما اعترفت) and the pronouns and
#: demonstratives of a relative "what" (وهو ما رفضته الوزارة، وهذا ما أكده الوزير), cores
_WHAT_NOT_NEGATING = frozenset(
    _N(w) for w in ("سرعان", "وسرعان", "هو", "وهو", "هي", "وهي", "هذا", "هذه", "ذلك", "تلك")
)
#: "no" and the prepositions of place before which it opens a name, no negation (المحكمة الفيدرالية في لا
#: بلاتا، من لا باز), cores
_NAME_NO = _N("لا")
_NAME_NO_PREPS = frozenset({_IN, FROM, _TO_PREP})
#: "which", opening a clause of its own before a verb of bringing about
_WHICH = frozenset({_WHAT, _N("مما")})
#: verbs of bringing about after a clause-opening ما, "which" (ما دفع الخارجية إلى استدعاء السفير، ما أدى
#: إلى مقتل): no negation, cores
_BROUGHT_ABOUT = frozenset(
    _N(w) for w in ("دفع", "أدى", "أثار", "أسفر", "تسبب", "جعل", "اضطر", "أجبر", "حمل", "استدعى", "استوجب")
)
#: how many words of a subject's name the tagger left out may stand between it and what it announces
NAME_TAIL_WORDS = 4
#: phrases of "later", "earlier", "officially", "also", "in return" between a subject and what it announces
#: (أعلنت البحرين في وقت لاحق قطع علاقاتها), cores
_LATER_PHRASES = frozenset(
    tuple(_N(w) for w in p.split())
    for p in (
        *("في وقت لاحق", "في وقت سابق", "لاحقا", "رسميا", "مجددا", "فورا", "على الفور"),
        *("أيضا", "كذلك"),  # also (أعلنت الإمارات أيضا إرسال طائرة مساعدات)
        *("دوره", "دورها", "دورهم", "دورهما"),  # بدوره، بدورهما (the ب cut off): in turn
        *("الإجماع", "الأغلبية", "بشدة"),  # بالإجماع، بالأغلبية (the ب cut off), بشدة: unanimously, strongly
        *("شكل قاطع", "قطعيا"),  # بشكل قاطع (the ب cut off): categorically (رفضت X بشكل قاطع خطة)
        "في المقابل",  # in return (اتهمت بكين في المقابل مانيلا بـ)
        # (بالتزامن، بالتوازي, the ب cut off), at the same time (أعلنت الوكالة بالتزامن تقديم منحة)
        *("التزامن", "التوازي", "في الوقت نفسه", "في الوقت ذاته"),
    )
)
#: the nouns of an occasion's end, start or sidelines after في or على, before the definite occasion (في ختام
#: القمة، على هامش اللقاء): when a subject announces what follows, bare
_OCCASION_EDGES = frozenset(bare(_N(w)) for w in ("ختام", "هامش", "نهاية", "مستهل", "بداية", "مطلع", "أعقاب"))
#: the phrases of :data:`_LATER_PHRASES` by their first word and by their last (past_later, before_later)
_LATER_BY_FIRST = {w: tuple(p for p in _LATER_PHRASES if p[0] == w) for w in {p[0] for p in _LATER_PHRASES}}
_LATER_BY_LAST = {w: tuple(p for p in _LATER_PHRASES if p[-1] == w) for w in {p[-1] for p in _LATER_PHRASES}}


def name_tail_word(token: Token, core: str) -> bool:
    """The word may be one of a name's the tagger left out: a definite adjective or a genitive after ل
    (``رئاسة الأركان العامة للجيوش``), no other clitic before it (not بالتجربة، والعقوبات)."""
    return (
        token.text.isalpha()
        and set(token.proclitics) <= {"ل"}
        and (core.startswith("ال") or "ل" in token.proclitics)
        and core not in RELATIVES
    )


def past_later(cores: Sequence[str], k: int) -> int:
    """Token ``k``, or the token after a phrase of "later" or "officially" starting there."""
    for phrase in _LATER_BY_FIRST.get(cores[k], ()) if 0 <= k < len(cores) else ():
        if tuple(cores[k : k + len(phrase)]) == phrase:
            return k + len(phrase)
    return k


def past_occasion_edge(cores: Sequence[str], k: int, tokens: Sequence[Token] = ()) -> int:
    """Token ``k``, or the token after a phrase of an occasion's end, start or sidelines starting there
    (``على هامش اللقاء``، ``في ختام القمة``; given the ``tokens``, an occasion owned too, with its number:
    ``في ختام دورته الـ158``)."""
    if (
        k + 2 < len(cores)
        and (cores[k] == _IN or cores[k] in _ON)
        and bare(cores[k + 1]) in _OCCASION_EDGES
        and (cores[k + 2].startswith("ال") or (tokens and has_suffix(tokens[k + 2])))
    ):
        if k + 4 < len(cores) and cores[k + 3] == "ال" and cores[k + 4].isdigit():
            return k + 5
        return k + 3
    return k


def past_said_in(cores: Sequence[str], k: int) -> int:
    """Token ``k``, or the token after a phrase of where something was said starting there (``في بيان``،
    ``في مؤتمر صحفي مشترك``، ``خلال كلمة متلفزة``، ``في بيانه الختامي``)."""
    if k + 1 < len(cores) and cores[k] == _VIA:
        return _past_channel(cores, k + 1)
    if k + 1 >= len(cores) or cores[k] not in _SAID_IN:
        return k
    if bare(cores[k + 1]) not in _STATEMENTS and cores[k + 1] not in _OWN_STATEMENTS:
        return k
    k += 2
    while k < len(cores) and bare(cores[k]) in _STATEMENT_ADJECTIVES:
        k += 1
    return k


def _past_channel(cores: Sequence[str], k: int) -> int:
    """Token ``k - 1`` (عبر), or the token after the channel it names starting at ``k``, its adjectives
    and the platform it is on (``عبر قنواتها على تلغرام``، ``عبر حسابه على منصة إكس``، ``عبر التلفزيون
    الرسمي``)."""
    if bare(cores[k]) not in _CHANNELS and cores[k] not in _OWN_CHANNELS:
        return k - 1
    k += 1
    while k < len(cores) and bare(cores[k]) in _CHANNEL_ADJECTIVES:
        k += 1
    if k + 1 < len(cores) and cores[k] in _ON and bare(cores[k + 1]) in _PLATFORMS:
        k += 2
        if k < len(cores) and bare(cores[k - 1]) in _CHANNELS:
            k += 1  # (the platform named after its kind: على منصة إكس)
    return k


#: channels something is said through (عبر قنواتها، عبر حسابه، عبر التلفزيون الرسمي), bare, and with the
#: pronoun of whoever owns them, normalised (a ة before the pronoun written ت)
_CHANNEL_WORDS = (
    *("قناة", "قنوات", "حساب", "حسابات", "موقع", "مواقع", "صفحة", "صفحات", "منصة", "منصات"),
    *("تلفزيون", "التلفزيون", "إذاعة", "الإذاعة", "القناة", "الموقع", "الصفحة", "المنصة"),
)
_CHANNELS = frozenset(bare(_N(w)) for w in _CHANNEL_WORDS)
#: the most words a phrase of a channel may have after عبر (عبر حسابه الرسمي على منصة إكس)
_CHANNEL_WORDS_MAX = 6
_OWN_CHANNELS = frozenset(
    f"{w[:-1]}ت{p}" if w.endswith("ه") else f"{w}{p}"
    for w in (_N(x) for x in _CHANNEL_WORDS if not x.startswith("ال"))
    for p in ("ه", "ها", "هم", "هما")
)
_CHANNEL_ADJECTIVES = frozenset(
    bare(_N(w)) for w in ("الرسمي", "الرسمية", "الإلكتروني", "الخاص", "الخاصة", "الحكومي", "الرسميين")
)
#: the platforms a channel is on (على تلغرام، على منصة إكس), bare; a kind of platform is followed by its name
_PLATFORMS = _CHANNELS | frozenset(
    bare(_N(w))
    for w in ("تلغرام", "تليغرام", "تويتر", "فيسبوك", "إكس", "يوتيوب", "إنستغرام", "انستغرام", "تيك")
)


#: adjectives of a statement or a press conference, bare
_STATEMENT_ADJECTIVES = frozenset(
    bare(_N(w))
    for w in (
        *("صحفي", "صحافي", "مشترك", "متلفز", "متلفزة", "مشتركة", "رسمي", "صحفية", "صحافية"),
        *("ختامي", "ختامية"),
    )
)


def before_later(cores: Sequence[str], i: int) -> int:
    """Token ``i``, or the first token of a phrase of "later", "officially", "again" or "unanimously"
    ending right before it."""
    for phrase in _LATER_BY_LAST.get(cores[i - 1], ()) if 0 < i <= len(cores) else ():
        if i >= len(phrase) and tuple(cores[i - len(phrase) : i]) == phrase:
            return i - len(phrase)
    return i


#: adjectives a dateline's place may take before its dash (القدس المحتلة -), bare
_DATELINE_ADJECTIVES = frozenset(bare(_N(w)) for w in ("المحتلة", "المحاصرة", "الشريف"))
#: words for the representatives of a body before عن, who stand for it (وقع ممثلون عن الجيش والدعم
#: السريع), bare
_REPRESENTATIVES = frozenset(
    bare(_N(w))
    for w in (
        *("ممثل", "ممثلو", "ممثلون", "ممثلي", "ممثلين", "ممثلة", "ممثلات"),
        *("مندوب", "مندوبو", "مندوبون", "مندوبي", "مندوبين"),
    )
)
#: words for a batch of what is sent or given, before its noun (حزمة مساعدات، قافلة مساعدات), bare
_BATCHES = frozenset(bare(_N(w)) for w in ("حزمة", "دفعة", "شحنة", "قافلة", "قوافل", "شحنات", "حزم"))
#: how many words (its number, جديدة) may stand between a batch word and the من before its noun
_BATCH_NUMBER_WORDS = 3
#: the warrant, order or decree an act is issued by (أصدرت المحكمة مذكرة اعتقال بحق X، أصدر سعيد مرسوما
#: بحل المجالس، إصدار القاضي X أمرا باعتقاله), bare
ORDER_NOUNS = frozenset(bare(_N(w)) for w in ("مذكرة", "أمر", "أمرا", "قرار", "قرارا", "مرسوم", "مرسوما"))
#: submitting, between an enacting verb and what is submitted (ردت الوزارة بتقديم شكوى ضد X), and an order
#: noun, bare (not رفع: also "lifting", رفع العقوبات)
_FILINGS = ORDER_NOUNS | {bare(_N("تقديم"))}
#: organising or holding, between an enacting or announcing verb and what is held (أعلنت النقابة تنظيم
#: مسيرة، قررت الحركة إقامة اعتصام), and waging it (أعلنت النقابة خوض إضراب مفتوح), bare
_HOLDINGS = frozenset(bare(_N(w)) for w in ("تنظيم", "إقامة", "تسيير", "تنفيذ", "إعلان", "خوض"))
#: words for a region of a country or for the country itself, after في (في الشمال، في العاصمة), bare
_REGION_WORDS = frozenset(
    bare(_N(w)) for w in ("الشمال", "الجنوب", "الشرق", "الغرب", "الوسط", "العاصمة", "البلاد")
)
#: an operation, between holding or starting it and what it does (تنفيذ عملية إنزال جوي), bare
_OPERATIONS = frozenset(bare(_N(w)) for w in ("عملية", "عمليات"))
#: operations and sweeps an actor carries out and acts in, before خلالها/فيها (نفذت الشرطة حملة أمنية
#: اعتقلت خلالها 41 شخصا), bare
_SWEEPS = _OPERATIONS | frozenset(bare(_N(w)) for w in ("حملة", "حملات", "مداهمة", "مداهمات"))
#: a series of acts, before their noun (سلسلة الهجمات، موجة اعتقالات), bare
_SERIES = frozenset(bare(_N(w)) for w in ("سلسلة", "موجة"))
#: words for the start or the resumption of an act, between an enacting verb and the act (أعلن الجيش بدء
#: عملية برية، أعلنت الرياض إعادة فتح أجوائها), bare
ONSETS = frozenset(
    bare(_N(w))
    for w in (
        "بدء",
        "بداية",
        "انطلاق",
        "استئناف",
        "إعادة",
        "استكمال",
        "إتمام",
        "مواصلة",
        "تجديد",  # (and its renewal or extension: قررت النيابة تجديد حبس X، تمديد احتجاز Y)
        "تمديد",
    )  # (and its completion)
)
#: starting, resuming, holding or carrying out: before an operation and the act it does (تنفيذ عملية إنزال)
_STARTS_OR_HOLDINGS = ONSETS | _HOLDINGS
#: the words a governing verb's act may stand behind (a batch, a start, a filing, a holding: أعلنت ألمانيا عن
#: حزمة مساعدات)
ACT_WRAPPERS = _BATCHES | _STARTS_OR_HOLDINGS | _FILINGS
#: one's instructions, orders or directives, with ب before what they order (تعليماته بإرسال), bare
_INSTRUCTIONS = frozenset(
    bare(_N(w))
    for w in (
        *("تعليماته", "تعليماتها", "أوامره", "أوامرها", "توجيهاته", "توجيهاتها"),
        *("تعليمات", "أوامر", "توجيهات"),
    )
)
#: giving them (أعطى الملك تعليماته بإرسال مساعدات), normalised
_GIVING_INSTRUCTIONS = frozenset(_N(w) for w in ("أعطى", "أعطت", "أعطيا", "أعطوا"))
#: "especially": the actor after it restates the object before it (ناشد الدول الغربية وخاصة الولايات المتحدة)
EMPHASIS = frozenset(_N(w) for w in ("خاصة", "خصوصا", "سيما", "لاسيما", "اسيما", "بخاصة"))
SUBJECT_WINDOW = 6
#: how many definite words an unnamed place phrase between a subject and its verb may have
_PLACE_PHRASE_WORDS = 3
#: words for a district, town or village a local body is named with (لجان المقاومة في محلية بحري), bare
_DISTRICTS = frozenset(
    bare(_N(w))
    for w in ("محلية", "عزبة", "حي", "مديرية", "بلدة", "قرية", "مخيم", "ولاية", "محافظة", "مدينة", "منطقة")
)
PHRASE_LOOKBACK = 4
#: "called", before a name of the noun before it (تاجر جملة يدعى X، شابة تدعى Y), bare
_CALLED = frozenset(bare(_N(w)) for w in ("يدعى", "تدعى", "يدعي", "تدعي", "يسمى", "تسمى", "يسمي", "تسمي"))
#: "origin", told with a nationality before a name (الفرنسي من أصل مغربي X), bare
_ORIGIN = bare(_N("أصل"))
#: first words of compound given names that only men bear (عبد المجيد، أبو بكر), normalised
_MEN_S_FIRSTS = frozenset(_N(w) for w in ("عبد", "أبو"))
#: words of a title's time (السابق، الحالي), bare
_TITLE_TIMES = frozenset(bare(_N(w)) for w in ("السابق", "السابقة", "الأسبق", "الحالي", "الحالية"))
APPOSITION_WINDOW = 10
#: how the value of a span of time opens (15 عاما: P15Y), unlike a date's
_DURATION = "P"
#: how long a description between commas after a name may be, a phrase with إلى after it
_DESCRIBED_WINDOW = 16
#: verbs of finishing, 3rd person perfect: their subject does the act a verbal noun after them names
#: (أنهت فرنسا سحب جنودها، أنهى الاتحاد إضرابا), not a definite one, an act told before that it ends
#: (أنهت قوات الأمن الحصار)
_FINISHING = frozenset(_N(w) for w in ("أنهى", "أنهت", "أنهتا", "أنهيا", "أنهوا"))
#: verbs of ordering, deciding, carrying out, organising and leading, 3rd person perfect: their subject does
#: what the verbal noun after it names (أمرت المحكمة بالإفراج، قررت الحكومة سحب قواتها، نظمت الحركة مظاهرة)
ENACTING = (
    frozenset(
        _N(w)
        for v in (
            "أمر",
            "قرر",
            "بدأ",
            "واصل",
            "استأنف",
            "أعاد",  # doing it again (أعادت السلطات يوم الجمعة فتح المعبر)
            "باشر",
            "نفذ",
            "أتم",
            "أكمل",
            "قدم",
            "ارتكب",
            "نظم",
            "قاد",
            "أقام",  # أقام الاتحاد دعوى قضائية ضد الوزارة
            "أصدر",  # أصدرت المحكمة الجنائية الدولية مذكرة اعتقال بحق X
            # tightening, extending, widening, stepping up or setting aside what it does (شددت واشنطن
            # العقوبات، كثف الجيش غاراته، خصص الاتحاد حزمة مساعدات)
            "شدد",
            "مدد",
            "وسع",
            "كثف",
            "خصص",
            "رد",  # responding by what it does (ردت دول الساحل باستدعاء سفرائها، رد أوربان بمهاجمة X)
            # approving or adopting it (أقر الاتحاد الأوروبي حزمة عقوبات جديدة ضد روسيا)
            "أقر",
            "اعتمد",
            # hastening or resorting to it (سارعت الولايات المتحدة إلى نشر ستة آلاف جندي)
            "سارع",
            "بادر",
            "لجأ",
            "أطلق",  # launching it (أطلق الجيش عملية «فجر الجرود» ضد مواقع التنظيم)
            "وجه",  # directing it (وجه الرئيس بالإفراج عن المعتقلين، وجه ضربة، وجه اتهامات)
            "خاض",  # waging or going through it (خاض المعتقل إضرابا عن الطعام، خاضت النقابة إضرابا)
            "دخل",  # entering it (دخل المعتقل إضرابا مفتوحا عن الطعام)
            # opening or concluding it (اختتمت البحرية الروسية مناورات مشتركة، استهل الجيشان تمرينا)
            "اختتم",
            "استهل",
        )
        # (and by two or more: نفذا، نفذتا، نفذوا)
        for w in (v, v + "ت", v + "ا", v + "تا", v + "وا")
    )
    | frozenset(_N(w) for w in ("أجرى", "أجرت"))
    # finishing it (وكانت فرنسا قد أنهت الأسبوع الماضي سحب آخر جنودها من مالي)
    | _FINISHING
    # a court ruling it (قضت محكمة التحكيم الرياضية بإيقاف اللاعبة أربع سنوات)
    | frozenset(_N(w) for w in ("قضى", "قضت", "قضتا"))
    # "and he responded" left whole by the tokenizer (ورد "was told", a word of its own)
    | frozenset({_N("ورد")})
    # the imperfect of "go on", "begin", "carry out", "wage" (ستواصل الولايات المتحدة دعم ...، تخوض إضرابا)
    | frozenset(
        _N(p + v + n)
        # (يقر الاتحاد حزمة عقوبات; organising it: إن أعضاءها سينظمون اعتصاما; a headline's محكمة
        # جنايات الرصافة تصدر حكما بالسجن)
        for v in ("واصل", "بدأ", "نفذ", "باشر", "قدم", "رتكب", "قر", "خوض", "نظم", "صدر")
        for p in ("ي", "ت")
        for n in ("", "ان", "ون")  # (تنفذان عملية مشتركة، يواصلون)
    )
)
#: verbs of approving or ratifying, 3rd person perfect: their subject does what the verbal noun after على
#: names (وافق مجلس الوزراء على إسقاط الجنسية عن X، صادقت الحكومة على سحب الجنسية من Y)
_APPROVING_STEPS = frozenset(_N(v + e) for v in ("وافق", "صادق") for e in ("", "ت", "ا", "تا", "وا"))
#: "managed to", 3rd person perfect: its subject does what the verbal noun after من names (تمكنت الشرطة
#: من اعتقال X; not نجح في, whose subject may be a side of what it names: نجحت X في وساطة بين Y وZ)
_MANAGING_STEPS = frozenset(_N("تمكن" + e) for e in ("", "ت", "ا", "تا", "وا"))
#: "the other", after a pronoun that repeats the subject of a verb (تخوض هي الأخرى إضرابا "she too wages a
#: strike", نظموا هم الآخرون اعتصاما), and those pronouns
_LIKEWISE = frozenset(_N(w) for w in ("الآخر", "الأخرى", "الآخرون", "الآخرين", "الأخريات"))
_LIKEWISE_PRONOUNS = frozenset(_N(w) for w in ("هو", "هي", "هم", "هما", "هن"))
#: verbs of repelling an attack: their subject is the one attacked (صد الجيش هجوما شنته X); an attack
#: foiled is none (the events stage's _FOILING)
REPELLING = frozenset(
    _N(w) for w in ("صد", "صدت", "يصد", "تصد", "تصدى", "تصدت", "يتصدى", "تتصدى", "دحر", "دحرت")
)
#: verbs of receiving: what the noun after them names was sent or asked by another, after من (تلقت المنظمة
#: طلبا من الحكومة)
RECEIVING = frozenset(
    _N(w) for w in ("تلقى", "تلقت", "يتلقى", "تتلقى", "تسلم", "تسلمت", "استلم", "استلمت", "تلقوا", "تلقيا")
)
#: verbs of declaring: their subject does what the noun after it names only when that is itself said
#: (أعلن ماكرون تأييد ...), not when it is reported (أعلن الجيش مقتل ...)
_DECLARING = (
    # (and by two or more: السعودية والإمارات أعلنتا تقديم)
    frozenset(
        _N(w) for v in ("أعلن", "أكد", "جدد", "أعرب") for w in (v, v + "ت", v + "ا", v + "تا", v + "وا")
    )
    | frozenset(_N(w) for w in ("أبدى", "أبدت"))
    # تعلن دعمها، يؤكد رفضه، تعرب عن إدانة الهجوم
    | frozenset(_N(p + v) for v in ("علن", "ؤكد", "جدد", "عرب") for p in ("ي", "ت"))
)
#: verbs whose object is a verbal noun they govern (جدد تمسك إيران، أمرت بالإفراج)
GOVERNING = ENACTING | _DECLARING
#: participles of declaring, each with the pronoun that agrees with it: a verbal noun after one with that
#: pronoun is their clause's subject's (أيدت X موقف Y، مجددة دعوتها إيران إلى التفاوض; not مؤكدا
#: استعدادها, another's)
DECLARING_PARTICIPLES: dict[str, str] = {
    _N(v + e): _N(pronoun)
    for v in ("مؤكد", "مجدد", "معرب", "معلن")
    for e, pronoun in (("ا", "ه"), ("ة", "ها"), ("ين", "هم"))
}
#: verbs of announcing: their subject claims as its own a deed named by the verbal noun after it
#: (أعلن البنك منح الصين قرضا، أعلنت القيادة اعتقال مسلحين)
#: (and its participles, or those of confirming, whose subject is their clause's: أقرت السعودية بوفاته،
#: معلنة توقيف 18 سعوديا؛ قالت هيئة الأركان إن الوضع تحت السيطرة، مؤكدة اعتقال 20 مشتبها بهم)
_CLAIMING_PARTICIPLES = frozenset(_N(w) for w in ("معلنا", "معلنة", "معلنين", "مؤكدا", "مؤكدة"))
CLAIMING = (
    frozenset(_N(w) for w in ("أعلن", "أعلنت", "يعلن", "تعلن", "أعلنتا", "أعلنا", "أعلنوا"))
    | _CLAIMING_PARTICIPLES
)
#: "for it" after a claim of responsibility, the act told before (وأعلن X مسؤوليته عنه), normalised
ABOUT_IT = frozenset(_N(w) for w in ("عنه", "عنها", "عنهما"))
#: ``X المسؤول عن``: X did what follows (بن لادن المسؤول عن اعتداءات سبتمبر)
_RESPONSIBLE = frozenset(_N(w) for w in ("مسؤول", "مسؤولة", "مسؤولين", "مسؤولون", "مسئول", "مسئولة"))
#: ``مسؤوليته عن``: the owner of the responsibility did what follows (أعلنت X مسؤوليتها عن قنص جندي)
_RESPONSIBILITY = frozenset(
    _N(stem + suffix) for stem in ("مسؤوليت", "مسئوليت") for suffix in ("ه", "ها", "هم", "هما")
)
#: verbal nouns of "doing" whose genitive is the doer of the act named after ب (قيام X بقصف)
_DOING = frozenset(_N(w) for w in ("قيام", "قيامها", "قيامه"))
#: the verbs "carry out" and "come forward with" before ب and a verbal noun: their subject does the act
#: (قامت إسرائيل بقصف، تقدمت مصر بطلب إلى مجلس الأمن، تقدمتا بشكوى)
_DO_VERBS = frozenset(
    _N(p + w)
    for w in ("قام", "قامت", "قاموا", "قاما", "قامتا", "تقدم", "تقدمت", "تقدموا", "تقدما", "تقدمتا")
    for p in ("", "و", "ف")
) | frozenset(
    _N(f + p + s + e)
    for f in ("", "س")
    for p in ("ي", "ت")
    for s in ("قوم", "تقدم")
    for e in ("", "ون", "ان")
)
#: "or", written apart: what it joins is named as one with و is (بضرب حزب الله أو إيران)
_OR = "أو"
#: "and" written as a word of its own (الحكومة الكولومبية و"جيش التحرير الوطني")
_AND = "و"
#: "all", "each", "some" opening a quoted phrase, no name (و"جميع شركاء كييف"), bare
_ALL = frozenset(bare(_N(w)) for w in ("جميع", "كل", "كافة", "بعض", "سائر"))
#: adjectives and adverbs that may also stand between a verb and its subject
SUBJECT_FILLERS = frozenset(
    _N(w)
    for w in (
        "سابق",
        "أسبق",
        "حالي",
        "جديد",
        "مؤقت",
        "منتخب",
        "عام",
        "أعلى",
        "أول",
        "ثاني",
        "آخر",  # the last of them, as أول the first (غادر آخر جنود قوة برخان الأراضي المالية)
        "أمس",
        "اليوم",
        "مساء",
        "صباح",
        "أيضا",
        "أيضًا",
        "كذلك",
        "بدوره",
        "بدورها",
        "من",
        "جهته",
        "جهتها",
        "جانبه",
        "جانبها",
        "فيه",  # في وقت نفت فيه حماس
        "فيها",
        *("موجبه", "موجبها", "موجبهما"),  # صفقة تبادل أطلقت بموجبها فرنسا سراح X
        # a description of someone before the name (أفرجت عن المواطن الدنماركي X، الرهينة X)
        *("مواطن", "مواطنة", "رهينة", "صحفي", "صحفية", "ناشط", "ناشطة"),
        # a neighbour before its name (قطعت الكهرباء عن جارتها النيجر)
        *("جارتها", "جارته", "جارتهم", "جارتيها", "جارها", "جاره"),
    )
)
#: "who work (there)": between the people and the body they work in (صحافيا يعملون في صحيفة X)
_WORKING = frozenset(_N(w) for w in ("يعملون", "يعمل", "تعمل", "العاملين", "العاملون", "العامل", "العاملة"))
#: لدى: who people work for (يعملون لدى الأمم المتحدة); على الأقل: at least, after a count
_WITH_EMPLOYER = _N("لدى")
AT_LEAST = (_N("على"), _N("الأقل"))
#: members and forces of an actor, coded as that actor (أنصار حماس، قوات الأمن، حكومة كردستان); with the
#: article (الجيش، الحكومة) no name can be their genitive
MEMBERS = frozenset(
    _N(w)
    for w in (
        "أنصار",
        *("مناصرو", "مناصري"),  # its supporters, as أنصار (تجمع العشرات من مناصري حزب الله)
        "مؤيدو",
        "مؤيدي",
        "مقاتلو",
        "مقاتلي",
        "عناصر",
        "كوادر",
        "قوات",
        "جنود",
        "مسلحو",
        "مسلحي",
        *("متمردو", "متمردي"),  # its rebels (الهجوم الذي شنه متمردو حركة العدل والمساواة على أم درمان)
        "أعضاء",
        "نواب",
        "قادة",
        "وحدات",
        "طلائع",  # its vanguard (وصلت طلائع القوات التركية إلى طرابلس)
        "أجهزة",  # its services (اعتقلت أجهزة الاستخبارات الفنزويلية أربعة صحفيين)
        "طائرات",
        "سفن",
        # (its aircraft, warships and tanks: أعلنت وزارة الدفاع أن مقاتلاتها دمرت 32 هدفا)
        *("مقاتلات", "مروحيات", "مسيرات", "بوارج", "مدمرات", "زوارق", "دبابات"),
        "جرافات",  # its bulldozers (هدمت جرافات الإدارة المدنية ثلاثة منازل)
        "مسؤولو",
        "مسؤولي",
        "عسكريو",  # عثر الجيش على رفات عسكرييه الذين خطفهم داعش
        "عسكريي",
        "ممثلو",
        "ممثلي",
        "ممثلات",  # واتفق مع ممثلات الائتلاف: the coalition's women representatives
        "فصائل",  # أمهلت فصائل "المقاومة الإسلامية في العراق" القوات الأميركية
        "أحزاب",  # قاطعت أحزاب المعارضة الجزائرية الانتخابات: the opposition's parties, the opposition
        *("كتلة", "كتلتا", "كتلتي", "كتل"),  # وقاطعت كتلتا حزب الله وحركة أمل: the parties' blocs
        "وفد",
        "حكومة",
        "حكومات",
        "حكومتا",
        "حكومتي",
        "سلطات",
        "شرطة",
        "جيش",
        # the students of a body, which stands for them (اعتصم طلاب جامعة بغداد; not its employees, who
        # strike against it: أضرب موظفو الحكومة)
        *("طلاب", "طلبة"),
        *("أحباء", "مشجعو", "مشجعي", "جماهير"),  # a club's fans (تظاهر مشجعو الوداد أمام مقر الجامعة)
        # a tribe's or clan's sons, notables and elders, who act for it (قطع أبناء قبيلة X الطريق، اتهم
        # شيوخ عشيرة X الحكومة)
        *_NOTABLES,
    )
)
#: members and forces a pronoun suffix may own (قواتها، طائراته، جنوده)
_OWNABLE = MEMBERS | _MEMBERS
#: honorifics before a name (سمو الشيخ، معالي، فخامة الرئيس)
HONORIFICS = frozenset(
    _N(w)
    for w in (
        "سمو",
        "معالي",
        "فخامة",
        "سعادة",
        "حضرة",
        "صاحب",
    )
)
#: the kind of medium or body before its name (قالت صحيفة هآرتس، نفت حركة « حماس »، حركتا حماس والجهاد، قاطع
#: نادي الزمالك):
#: it may stand between a verb and its subject, and a preposition on it is the name's (في صحيفة لوفيغارو)
NAME_KINDS = frozenset(
    _N(w)
    for w in (
        "صحيفة",
        "جريدة",
        "مجلة",
        "وكالة",
        "قناة",
        "إذاعة",
        "تلفزيون",
        "حركة",
        "حركتا",
        "حركتي",
        "منظمة",
        "جماعة",
        "عصابة",
        "كارتل",  # (a drug cartel: عناصر من كارتل "خاليسكو الجيل الجديد")
        "نادي",
        # (an application or a platform: فرضت X غرامة على تطبيق تيك توك، حجبت منصة إكس)
        *("تطبيق", "منصة"),
        "مؤسسة",  # (a corporation: المدير العام لمؤسسة روس آتوم)
        "جبهة",
        "حزب",
        "تنظيم",
        "شركة",
        *("شركتا", "شركتي"),
        "مجموعة",
        "ميليشيا",
        "مليشيا",
        # (a university, an association, a bank or a fund: وقعت X اتفاقية مع جامعة بيزا)
        *("جامعة", "جمعية", "بنك", "مصرف", "صندوق"),
        *("نقابة", "رابطة"),  # (a union: رئيسة نقابة «تحالف الأطباء» أناستاسيا فاسيليفا)
        *("ائتلاف", "تحالف", "حملة", "تنسيقية"),  # (a campaign: نشطاء من ائتلاف «المغرب ليس مزبلة»)
        "تكتل",  # (a parliamentary bloc: وكان تكتل «لبنان القوي» قد قاطع)
    )
)
SUBJECT_FILLERS = SUBJECT_FILLERS | MEMBERS | HONORIFICS | NAME_KINDS | COUNTERPARTS
#: nouns that, written with the article, head no genitive name (الجيش، الحكومة، الحركة)
_HEADLESS = MEMBERS | NAME_KINDS
OBJECT_WINDOW = 8
#: plural titles whose genitives each stand for their own office-holder (وزراء خارجية مصر والأردن), bare
_PLURAL_TITLES = frozenset(
    # (and the states of a body they lead: قادة دول مجلس التعاون)
    bare(_N(w))
    for w in (
        "وزراء",
        "رؤساء",
        "قادة",
        "زعماء",
        "ممثلو",
        "ممثلي",
        "سفراء",
        "دول",
        "سفارات",
        "ممثلون",
        "ممثلين",
        # (duals in the construct state, the two office-holders: وقع وزيرا خارجية مصر والسودان)
        "وزيرا",
        "رئيسا",
        "زعيما",
        "قائدا",
    )
)
#: words that open an aside between commas after a clause's subject (X، في اتصال هاتفي مع Y، عن شكره)
#: (and "upon" one's own act: أشادت X، لدى استقبالها الوزير العراقي بقصر الحكومة، بوقوف العراق)
_ASIDE_OPENERS = frozenset(_N(w) for w in ("في", "خلال", "أثناء", "اثناء", "لدى"))
#: the most tokens of an occasion between commas that names someone
_ASIDE_NAMING_REACH = 14
#: the most words of an indefinite occasion a relative clause with no relative word describes (في تصريحات
#: صحفية أدلى بها)
_OCCASION_WORDS = 2
#: "after" a span of time, and how many words the span may take (بعد نحو عشرة أيام من)
FOLLOWING = frozenset(_N(w) for w in ("بعد", "عقب", "إثر", "اثر"))
_SPAN_WORDS = 4
#: how many words an aside may take, and how many may follow it before the word it is passed for
_ASIDE_SPAN = 12
#: how many words of a time may stand between an aside on the subject and the object (صباح الأحد)
_ASIDE_TIME_WORDS = 3
_ASIDE_TAIL = 3
#: "known as", "nicknamed", opening an aside on the actor before (، الملقب بـ«باربيكيو» ،), bare
_KNOWN_AS = frozenset(bare(_N(w)) for w in ("الملقب", "الملقبة", "المعروف", "المعروفة", "المكنى"))
#: the stems of verbs of praise, welcome or condemnation that take ب (أشاد، نوه، رحب، أثنى، ندد), normalised
_BA_STANCE_STEMS = tuple(_N(w) for w in ("أشاد", "نوه", "رحب", "أثنى", "أثنت", "ندد"))
#: ب written apart, before a name in quotation marks (الملقب بـ"باربيكيو")
_BA_ALONE = frozenset({_BY_DETACHED, "ب"})
#: the fewest letters of a participle opening an aside (خاضعة، مدعومة), article aside
_PARTICIPLE_LETTERS = 4
#: adjectives that may stand between a noun and its relative clause (الحرب المدمرة التي)
_ADJECTIVES = 2
#: verdict nouns, bare, and the penalties they name with ب (bare), which may stand between the verdict and the
#: relative clause that tells who issued it (الحكم بالسجن المؤبد الذي أصدرته محكمة X، حكم بالإعدام أصدرته X)
_VERDICTS = frozenset(bare(_N(w)) for w in ("حكم", "أحكام"))
_PENALTIES = frozenset(bare(_N(w)) for w in ("السجن", "الإعدام", "الحبس", "سجن", "إعدام", "حبس"))
#: a relative clause's verb read as a clitic on a bare word (التي بذلها: ب + ذلها; الذي وفره: و + فره): the
#: clitics misread, the object pronouns it ends in (normalised) and the fewest letters of the whole verb
_MISREAD_CLITICS = frozenset({"ب", "و", "ف"})
_RESUMING_ENDINGS = tuple(_N(w) for w in ("ها", "هما", "هم", "ه"))
_RESUMING_VERB_LETTERS = 4
#: the same pronouns on a verb whose final ى is written ا before them, read as one bare word (الذي تبناه،
#: التي أجراها), normalised
_DEFECTIVE_RESUMING_ENDINGS = tuple("ا" + e for e in _RESUMING_ENDINGS)
#: verbs of carrying out or claiming an act that take an indefinite act noun back with no relative
#: word (هجوم تبنته طالبان، غارة شنتها مقاتلات، عملية نفذها مسلحون، زيارة أجراها X), cores
_CARRIED_OUT = frozenset(
    _N(f"{stem}{suffix}")
    for stem in (
        "تبنا",
        "تبنت",
        "شن",
        "شنت",
        *("تشن", "يشن"),  # (حربا اقتصادية تشنها واشنطن على بلاده)
        "نفذ",
        "نفذت",
        "نظم",
        "نظمت",
        "أجرا",
        "أجرت",
        "قاد",
        "قادت",
        "تقود",
        "يقود",
        *("نصب", "نصبت"),  # (كمين نصبه مسلحون من جماعة X)
        "أطلق",  # (طائرات مسيرة أطلقتها قوات الدعم السريع، صاروخين أطلقتهما سرايا القدس)
        "أطلقت",
        "أصدر",  # (حكم بالسجن 15 شهرا أصدرته بحقه المحكمة الدستورية)
        "أصدرت",
        *("أدا", "أدت", "بدأ", "بدأت", "اختتم", "اختتمت"),  # (زيارة أداها X، جولة بدأها X)
        *("أبرم", "أبرمت", "أبرما", "وقع", "وقعت", "وقعا"),  # (اتفاق أبرمه X مع Y، إعلان جدة الذي وقعاه)
        *("عقد", "عقدت", "عقدا"),  # (إثر اجتماع عقده وزير الداخلية X مع نظيره Y)
        *("يجري", "تجري"),  # (في إطار تحقيق تجريه النيابة العامة مع X)
        # (not أقامته: إقامته, a residence, once normalised)
        *("رفع", "رفعت"),  # (دعوى رفعها ضده النائب X)
        *("أعلن", "أعلنت"),  # (إضراب مفتوح أعلنته الكونفدرالية العامة للشغل)
    )
    for suffix in ("ه", "ها", "هما")  # (مظاهرة نظمتها «كفاية»، وساطة قادتها قطر)
)
#: "his (her, their) saying", after the one reported as saying it (نقلت الوكالة عن الوزير قوله)
_SAYING = frozenset(_N(w) for w in ("قوله", "قولها", "قولهم", "قولهما"))
#: how far before a verbal noun that word may stand
_SAYING_REACH = 4
#: participles of what someone put forward, before من or عن and its author (الطعن المقدم من X), bare
_SUBMITTED = frozenset(
    bare(_N(w))
    for w in (
        *("المقدم", "المقدمة", "الصادر", "الصادرة", "المقترح", "المقترحة", "المطروح", "المطروحة"),
        *("مقدم", "مقدمة", "صادر", "صادرة", "مقترح", "مقترحة", "مطروح", "مطروحة"),
    )
)
#: the prepositions of an author after such a participle, normalised
_FROM_BY = frozenset(_N(w) for w in ("من", "عن"))
#: a verb of calling and "for it", taking back an act noun (إضراب دعا إليه الاتحاد), normalised
CALLING = frozenset(_N(w) for w in ("دعا", "دعت", "دعوا", "دعتا"))
CALLED_FOR = frozenset(_N(w) for w in ("إليه", "إليها"))
#: verbs of reaching or agreeing on a deal and the preposition with "it" that takes the deal back (الاتفاق
#: الذي توصلت إليه X، الصفقة التي اتفق عليها الطرفان), normalised
_REACHED_ON = {
    **dict.fromkeys((_N(w) for w in ("توصل", "توصلت", "توصلا", "توصلتا", "توصلوا")), CALLED_FOR),
    **dict.fromkeys(
        (_N(w) for w in ("اتفق", "اتفقت", "اتفقا", "اتفقتا", "اتفقوا")),
        frozenset(_N(w) for w in ("عليه", "عليها")),
    ),
}
#: a verb of organising with "it" on it (مسيرة نظمتها X، اعتصام نظمه X)
_ORGANISED_IT = frozenset(_N(w) for w in ("نظمه", "نظمها", "نظمته", "نظمتها", "نظموه", "نظموها"))
#: "announced it", after a strike or a move of protest: who announced it called it (دخل العمال في إضراب
#: مفتوح أعلنته الكونفدرالية العامة للشغل، أضرب الموظفون في تحرك أعلنه المنتدى المتحد); not after
#: what the protest is against (احتجاجا على قرار أعلنته الحكومة), normalised
_ANNOUNCED_IT = frozenset(_N(w) for w in ("أعلنه", "أعلنها", "أعلنته", "أعلنتها", "أعلنوه", "أعلنوها"))
#: the strikes and moves an announcing verb takes back (a qualifying word between: إضراب مفتوح), bare
_ANNOUNCED_STRIKES = frozenset(
    bare(_N(w)) for w in ("إضراب", "إضرابا", "إضرابات", "تحرك", "تحركا", "اعتصام", "اعتصاما", "عصيان")
)
#: how many words an indefinite act noun's complements may take before the verb that takes it back
_CARRIED_OUT_REACH = 5
#: a byline (``الخرطوم ـ فلان ـ وكالات الأنباء :``) ends within this many tokens of the text's start
BYLINE_WINDOW = 15
#: how far into the text a headline's closing ``*`` is looked for
HEADLINE_WINDOW = 25
#: ``بين`` within this many tokens after a trigger, its participants within this many after it
BETWEEN_GAP = 4
BETWEEN_SPAN = 24
_BETWEEN = _N("بين")
#: how the perfect of a hosting verb begins, with a pronoun that takes back the talks in a relative clause
#: on them (محادثات استضافتها بكين بين X وY)
_HOSTED_BY = tuple(_N(w) for w in ("استضاف", "احتضن"))
#: with ب, who else takes part in talks as host, sponsor, mediator or witness (مفاوضات بين X وY بمشاركة Z،
#: برعاية Z، بحضور Z، بوساطة Z)
_SPONSORSHIP = frozenset(_N(w) for w in ("مشاركة", "رعاية", "حضور", "وساطة"))
#: the word of those that says who else merely took part (بمشاركة), bare
PARTICIPATION = bare(_N("مشاركة"))
NEGATION_WINDOW = 5


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor named over tokens ``[first, last]`` (a dual anaphor names two)."""

    first: int
    last: int
    start: int  # character offset where the name starts (after any clitic)
    entities: tuple[str, ...]
    prep: str | None  # the preposition before it (free word or proclitic), normalised
    etype: str
    prep_at: int | None = None  # the token of a free preposition (None for a proclitic or none)

    def prep_after(self, i: int) -> str | None:
        """The preposition, unless it stands before token ``i`` (``عن اعتقال X``: X is the noun's)."""
        return None if self.prep_at is not None and self.prep_at < i else self.prep


@dataclass(slots=True)
class Args:
    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    explicit_subject: bool = False
    after_verb: bool = False  # the subject was found after the verb (VSO)
    passive: bool = False  # the grammatical subject is the recipient (اعتُقل، تم اعتقال، X قد اعتقل في)
    paired: bool = False  # symmetric participants named as such: بين X وY, or a subject and مع Y
    mentions: list[ActorMention] = field(default_factory=list)  # the actors named after the trigger
    # a verbal noun whose act a relative clause on it tells (الحرب التي قادتها X في أفغانستان): a token
    # of that clause, where the place it happened is looked for
    told_at: int | None = None
    # who announced an act that is his state's (أعلن وزير الخارجية الجزائري قطع العلاقات بين الجزائر
    # والمغرب): the grammatical subject that goes on, the state being the act's source
    announcer: list[str] = field(default_factory=list)


#: the people of a place, who stand for the place named after them (اعتذر X لشعب الجزائر، إلى سكان هايتي),
#: bare: no person's title (though رئيس مجلس الشعب is one), nor a word whose genitive the name is
_NATION_WORDS = frozenset(bare(_N(w)) for w in ("شعب", "سكان", "مواطني"))


@cache
def title_words() -> frozenset[str]:
    """Words of person titles (``person_titles.tsv``), normalised, article stripped: وزير، خارجيه، رئيس ...

    Nationality adjectives inside titles (رئيس الوزراء الإسرائيلي) are left out.
    """

    words = {bare(w) for row in packaged(TITLES_LEXICON, 2, 2) for w in normalize(row[0]).split()}
    words |= {w.rstrip(".") for w in words if w.endswith(".")}  # د. is tokenized د + .
    # (not a word that is a title only with the words after it: المفتش of المفتش العام)
    return frozenset(words - demonym_words() - _NATION_WORDS - {bare(w) for w in PHRASE_ONLY_TITLE_WORDS})


def _dual_title(
    bare_core: str, words: Callable[[], frozenset[str]] = title_words, construct: bool = False
) -> bool:
    """A title word in the nominative dual, as two people named after it hold it (``رئيسا الوزراء
    السابقان للإقليم X وY``): the ending ان on one of ``words()``, or, ``construct`` (a definite word after
    it), the ending ا (not the accusative of one: مواطنا، رسميا)."""
    for ending in ("ان", "ا") if construct else ("ان",):
        if bare_core.endswith(ending) and len(bare_core) > len(ending) + 2:
            return bare_core[: -len(ending)] in words()
    return False


@cache
def title_heads() -> frozenset[str]:
    """The words a person's title opens with (``person_titles.tsv``), normalised, article stripped:
    رئيس، وزير، قائد، المتحدث ... (not the words inside a title: الجيش of قائد الجيش)."""
    return (
        frozenset(bare(normalize(row[0]).split()[0]) for row in packaged(TITLES_LEXICON, 2, 2))
        - demonym_words()
    )


@cache
def demonym_countries() -> dict[str, str]:
    """Nationality adjectives and nouns (``demonyms.tsv``), normalised, → the ISO code of their country;
    with the duals of the feminine adjectives, one word (``مقاتلتان تركيتان``، ``طائرتين روسيتين``)."""
    countries = {normalize(row[0]): row[1] for row in packaged(DEMONYMS_LEXICON, 2, 2)}
    duals = {
        word[:-1] + ending: code
        for word, code in countries.items()
        if word.endswith(_NISBA_FEMININE) and " " not in word
        for ending in _NISBA_DUALS
    }
    return duals | countries


#: "model" in a craft's model phrase (مقاتلتان من طراز إف-16), normalised, and how many tokens after it
#: its name may take (إف - 16)
_MODEL = normalize("طراز")
_MODEL_NAME_REACH = 3
#: the normalised ending of a feminine nisba adjective (تركية) and the endings of its dual (تركيتان، تركيتين)
_NISBA_FEMININE = normalize("ية")
#: the ending of an indefinite nisba adjective in the accusative (أمرا إداريا، مرسوما رئاسيا)
_NISBA_ACCUSATIVE = normalize("يا")
_NISBA_DUALS = ("تان", "تين")


@cache
def demonym_words() -> frozenset[str]:
    """Nationality adjectives and nouns (``demonyms.tsv``), normalised, article stripped; each word of a
    two-word one too (``الكوري الجنوبي``: ``كوري``, ``جنوبي``)."""
    return frozenset(
        bare(word) for row in packaged(DEMONYMS_LEXICON, 2, 2) for word in normalize(row[0]).split()
    )


@cache
def title_or_demonym_words() -> frozenset[str]:
    """Words of a person's title with its nationality (``وزير الاقتصاد اللبناني``): :func:`title_words`
    and :func:`demonym_words` together."""
    return title_words() | demonym_words()


@cache
def given_name_genders() -> dict[str, str]:
    """Given names (``person_given_names.tsv``), normalised → ``M`` or ``F`` (names of either gender
    left out)."""
    out: dict[str, set[str]] = {}
    for row in packaged("person_given_names.tsv", 2, 3):
        out.setdefault(normalize(row[0]), set()).add(row[1])
    return {name: g.pop() for name, g in out.items() if len(g) == 1 and g <= {"M", "F"}}


def is_town(entity: Entity) -> bool:
    """A town or a local place, not a country (its knowledge-base id says which)."""
    kb_id = entity.kb_id or ""
    return kb_id.startswith(CITY_ID_PREFIX) or (entity.type == "LOC" and kb_id.startswith(LOCAL_ID_PREFIX))


def _is_number(text: str) -> bool:
    """A token written in digits or a number word (``11``، ``خمسة``)."""
    return text.isdigit() or normalize(text) in number_words()


def nominative_plural(core: str) -> bool:
    """A sound masculine plural with the article in the nominative (``المتظاهرون``، ``الجمهوريون``): a
    subject, never an object or a genitive (those end in ين)."""
    return core.startswith("ال") and core.endswith("ون") and len(core) > 5


def token_core(token: Token) -> str:
    """The normalised token without its proclitics (و ف ب ل ك س), article kept, and written out where
    ``لل`` fuses it (``للمطالبة`` → ``المطالبه``)."""
    return _core(token.text)


@lru_cache(maxsize=1 << 16)
def _core(text: str) -> str:
    parts = [
        form if kind == "prefix" else text[a:b]
        for a, b, kind, form in segment(text)
        if kind != "prefix" or form == "ال"
    ]
    return normalize("".join(parts)) if parts else normalize(text)


def suffix_form(token: Token) -> str:
    """The pronoun suffix of the word (``ه`` of ``رفضه``), or ``""``."""
    return next((w.form for w in token.words if w.kind == "suffix"), "")


#: a word's kind (``prefix``, ``stem`` or ``suffix``)
_WORD_KIND = attrgetter("kind")


def has_suffix(token: Token) -> bool:
    """The word carries a pronoun suffix (``انتقاده``, ``نفيها``, ``واتهمها``)."""
    return "suffix" in map(_WORD_KIND, token.words)  # (no generator: the rules ask it of most tokens)


def mention_tokens(doc: Document, starts: Sequence[int]) -> list[tuple[int, int, int, Entity]]:
    """``(first token, last token, start offset, entity)`` of each entity mention; ``starts``: the
    tokens' start offsets."""
    out: list[tuple[int, int, int, Entity]] = []
    for e in doc.entities:
        for m in e.mentions:
            first = bisect.bisect_right(starts, m.start) - 1
            last = bisect.bisect_left(starts, m.end) - 1
            if first >= 0 and last >= first:
                out.append((first, last, m.start, e))
    return out


#: a time value that is a date: a year, a month or a day (2023, 2023-05, 2023-05-14)
_DATE_VALUE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


class DocView:
    """Token-level view of one document's entity mentions."""

    def __init__(
        self,
        doc: Document,
        verbs: frozenset[int] = frozenset(),
        clause_verbs: frozenset[int] = frozenset(),
        speech: frozenset[int] = frozenset(),
        acts: frozenset[int] = frozenset(),
        core: list[str] | None = None,
        whole: frozenset[int] = frozenset(),
        participles: frozenset[int] = frozenset(),
        mentions: list[tuple[int, int, int, Entity]] | None = None,
    ) -> None:
        self.doc = doc
        #: tokens read as a circumstantial participle (داعيا، متهمة): their subject is their clause's
        self.participles = participles
        #: tokens whose trigger reading begins with a و that may have been read as a proclitic
        #: (وجهت، وعدت): no conjunction there
        self.whole = whole
        #: tokens with a verbal-noun reading of the trigger lexicon (الهجوم، اعتقال): an act named
        self.acts = acts
        #: tokens that are a finite verb of speech (أكد، قال): the name after one is its subject
        self.speech = speech
        self.tokens = doc.tokens
        self.entities: dict[str, Entity] = {e.id: e for e in doc.entities}
        self.norm = [t.norm for t in self.tokens]
        #: each token's stem with its suffix, clitics off (``core`` when the caller has them already)
        self.core = core if core is not None else [token_core(t) for t in self.tokens]
        #: each core without the article of a definite word (``bare``), as the rules look words up by it
        self.bare = [bare(c) for c in self.core]
        #: the full stops of abbreviated titles (د. عزيز الدويك): no sentence ends there
        titles = title_words()
        self.title_dots = frozenset(
            k for k in range(1, len(self.tokens)) if self.core[k] == "." and f"{self.core[k - 1]}." in titles
        )
        #: whether each token is a hard boundary (is_hard), and any boundary (is_boundary), once: the rules
        #: ask it of most tokens they pass
        self._hard = [
            t.text in HARD_BOUNDARIES and k not in self.title_dots for k, t in enumerate(self.tokens)
        ]
        self._boundary = [
            hard or t.text in SOFT_BOUNDARIES or t.text in QUOTE_MARKS
            for hard, t in zip(self._hard, self.tokens, strict=True)
        ]
        #: is_hard(k), is_boundary(k): the lists' own lookups, no Python call for the many tokens asked
        self.is_hard: Callable[[int], bool] = self._hard.__getitem__
        self.is_boundary: Callable[[int], bool] = self._boundary.__getitem__
        #: each token's start offset
        self.starts = starts = [t.start for t in self.tokens]
        self._any_verbs = verbs | clause_verbs  # a verb ends the phrase a preposition opens (_prep)
        self._time_tokens: set[int] | None = None  # (before the mentions: a time may stand before one)
        #: token index → the mention starting there (actors and places)
        self.at: dict[int, ActorMention] = {}
        self.inside: set[int] = set()
        # (``mentions``: mention_tokens of the document, when the caller has them already)
        if mentions is None:
            mentions = mention_tokens(doc, starts)
        for first, last, start, e in sorted(mentions, key=lambda x: (x[0], -x[1])):
            if first in self.inside:
                continue
            self.inside.update(range(first, last + 1))
            if self._nickname(first):
                continue  # (الملقب بـ«باربيكيو»: the one named before, called so, no actor of its own)
            if first == last and self._two_students(first):
                continue  # (قتل طالبان وأصيب ستة آخرون: two students, no movement)
            prep, prep_at = self._prep(first, start, e.type == "PER", e.type in PLACE_TYPES)
            if prep in ("ب", "ل") and prep_at is None and _written_in_name(e, self.tokens[first].text):
                prep = None  # بقائي of إسماعيل بقائي: the name's own first letter, no preposition
            self.at[first] = ActorMention(first, last, start, (e.id,), prep, e.type, prep_at)
        #: tokens that are a clause word (أن، الذي، ثم), not a word of a name (بان كي مون is not بأن)
        self.clause_at: frozenset[int] = frozenset(
            k
            for k, c in enumerate(self.core)
            # (ما first: the words of bringing about are asked after it alone)
            if (c in CLAUSE_WORDS or (c in _WHICH and self._brings_about(k))) and k not in self.inside
        )
        #: trigger words that are a first name: inside a name, or between a title and a person's name
        #: the entity layer cut short (المندوب الإسرائيلي دان غيلرمان: Dan, not "condemned")
        self.name_parts = self.inside | {k for k in verbs if self._first_name(k)}
        #: tokens that read as a verb of the trigger lexicon: a clause of their own
        self.verbs: frozenset[int] = verbs - self.name_parts
        #: tokens with any verb reading of the trigger lexicon (also those with an object frame: حمل)
        self.clause_verbs: frozenset[int] = (clause_verbs | verbs) - self.name_parts
        self._match_sentences: set[int] | None = None
        self._amount_tokens: set[int] | None = None
        self._measure_tokens: set[int] | None = None
        #: token index → whether it may stand between a verb and its subject (only_titles), once known
        self._title_like: list[bool | None] = [None] * len(self.tokens)
        #: coordinated pairs of actors (انتقد بوش سوريا وإيران): (last token, ids, types, bare)
        # (the last token, the two entities, their types, the preposition before them)
        self.pairs: list[tuple[int, tuple[str, str], tuple[str, str], str | None]] = []
        #: coordinated series of three or more actors (اتفقت بنما وكولومبيا والولايات المتحدة): (last
        #: token, ids, types)
        self.series: list[tuple[int, tuple[str, ...], tuple[str, ...]]] = []
        self.dateline = self._dateline()
        self.byline_end = self._byline_end()
        self._add_anaphors()
        #: sentence index → its token range [lo, hi)
        self.bounds: dict[int, tuple[int, int]] = {}
        for i, t in enumerate(self.tokens):
            lo, _ = self.bounds.get(t.sentence, (i, i))
            self.bounds[t.sentence] = (lo, i + 1)

    # --- building

    def _prep(
        self, i: int, start: int, person: bool = False, place: bool = False
    ) -> tuple[str | None, int | None]:
        """The preposition before a name starting at ``start`` in token ``i``: a clitic or the word before.
        Before a ``person``'s name a word with the article is in apposition, no word it is the genitive
        of (``عن الطيار الهندي X``: the pilot X); before a ``place``, عبر is "across"."""
        token = self.tokens[i]
        # (most names start their token: no clitic to read)
        clitics = normalize(self.doc.text[token.start : start]) if start > token.start else ""
        pre = [c for c in clitics if c in "بلك"]
        if pre:
            return pre[-1], None
        j = i - 1
        while j > 0 and self.tokens[j].text in QUOTE_MARKS:
            j -= 1
        if start == token.start and j >= 0 and self.tokens[j].text in _DETACHED_CLITICS:
            return self.core[j], None  # مواقع لـ«الدعم السريع»: ل written apart before the quoted name
        if start == token.start and i >= 2 and self.core[i - 1] == FROM and self.core[i - 2] in _EACH_OF:
            # كلا من فرنسا وبريطانيا، بكل من X: "each of" stands for the names, with its preposition
            each = self.tokens[i - 2]
            return self._prep(i - 2, next((w.start for w in each.words if w.kind != "prefix"), each.start))
        if start == token.start and i >= 2 and self._represented_by(i - 1):
            # وقع ممثلون عن X وY: the representatives stand for the bodies, with their own preposition
            them = self.tokens[i - 2]
            return self._prep(i - 2, next((w.start for w in them.words if w.kind != "prefix"), them.start))
        if start == token.start and i >= 2 and self.bare[i - 1] in _CALLED:
            return self._called_prep(i - 1)
        # a free preposition right before the name, or before the words of its phrase
        # (مع قوات موسكو، مع وزير الخارجية السوري وليد المعلم)
        crossed = False  # a word that is no title stands between: the name is that word's genitive
        bare_crossed = False  # ... a word without the article (a definite one is in apposition to a person)
        said = True  # only words of a statement stand between (في البيان، في بيان مشترك)
        timed = True  # only words of a time stand between (دعا X في فبراير السلطات: the month's في)
        clitic_crossed = False  # the word right before the name is an act after its own ب (بانسحاب)
        # (a word of a title's time, السابق or الحالي, takes no step: بحق وزير المال السابق النائب X; nor
        # does an origin told with a nationality, which is part of it: على الفرنسي من أصل مغربي X)
        origin = self._origin_words(i)
        counted = (k for k in range(i - 1, -1, -1) if self.bare[k] not in _TITLE_TIMES and k not in origin)
        steps = list(islice(counted, PHRASE_LOOKBACK))
        for k in range(i - 1, (steps[-1] if steps else i) - 1, -1):
            if k >= 0 and (self.tokens[k].text in QUOTE_MARKS or k in origin):
                continue  # في صحيفة " لوفيغارو "
            if k < 0 or self.tokens[k].sentence != token.sentence or self.is_boundary(k):
                break
            if self.core[k] in CLAUSE_WORDS:  # من جهته أن الوزيرة X: no preposition of X
                break
            if self.core[k] in BE_VERBS:  # عن 11 صيادا كانت البحرية قد أوقفتهم: كان's subject
                break
            if self.core[k] in _IF_WORDS:  # في الحقل إذا مضت الكويت: the condition's subject
                break
            if place and k == i - 1 and self.core[k] == _ACROSS and not self.tokens[k].proclitics:
                return _ACROSS, k  # عبر البحر المتوسط: "across", not the verb (وعبر العراق عن قلقه)
            if k in self._any_verbs or k in self.speech or self.core[k] in GOVERNING:
                break  # من جهتها أعلنت سرايا القدس: the verb's subject
            if k in self.inside:  # a name (أحمد علي: not the preposition على)
                break
            if not crossed and self.core[k] == _RIGHT and k > 0 and self.core[k - 1] == _IN:
                return BIHAQQ, k - 1  # مذكرة اعتقال في حق X: بحق written in two words
            if self.core[k] in PREPOSITIONS:
                if person and self.core[k] == _IN and (t := self._title_field(k)) is not None:
                    # عن الناشطة في مجال حقوق السكن X، الباحث في علم الآثار X: a title's field of no name,
                    # the person apposed to the title, with its preposition
                    title = self.tokens[t]
                    return self._prep(
                        t, next((w.start for w in title.words if w.kind != "prefix"), title.start), person
                    )
                if clitic_crossed:
                    # وطالب X خلال اللقاء بانسحاب قوات Y: the name is the genitive of a noun after its own
                    # ب, no word of the phrase of the preposition before it (as with no phrase before)
                    return None, None
                if crossed and (timed or past_later(self.core, k) > k):
                    # (the preposition of the time between: في فبراير, في وقت سابق; and of such a phrase
                    # before the word the name is the genitive of: قضت X في وقت سابق بسجن Y)
                    return None, None
                if crossed and said and self.core[k] in _SAID_IN:
                    # ودعا الاتحاد الأوروبي في البيان موسكو إلى: where it was said, then its object
                    return None, None
                if crossed and k < past_said_in(self.core, k) == i - 1:
                    # انتقدت فرنسا في بيان تقليص طهران تعاونها: the phrase of where it was said ends
                    # right before the word the name is the genitive of, the verb's object
                    return None, None
                if person and crossed and not bare_crossed and self.core[k] not in _SAID_IN:
                    return self.core[k], k  # عن الطيار الهندي X: the pilot X
                return (GENITIVE_IN_PP if crossed else self.core[k]), k
            bare_core = self.bare[k]
            timed = timed and self.in_time(k)
            # (the kind of body before a name in quotes is the name's: في بيان حزب «زانو - بي إف»; a
            # statement issued at a time: وحث البرلمان في قرار صدر الخميس السلطات على)
            said = said and (
                bare_core in _STATEMENT_WORDS
                or bare_core in NAME_KINDS
                or self.core[k] in _ISSUED
                or self.core[k + 1] in _ISSUED  # (the document issued: في قرار صدر)
                or (k == i - 1 and self.core[k].startswith("ال") and bare_core in _MEETINGS_SAID_IN)
                or self.in_time(k)
            )
            if bare_core[:1] in "بل" and bare_core[1:] in LAND and not crossed:
                return bare_core[0], k  # بحي الكرادة: a short word the tokenizer left whole
            if (bare_core in LAND or bare_core in NAME_KINDS or bare_core in _DWELLINGS) and not crossed:
                clitic = next((p for p in self.tokens[k].proclitics if p in "بلك"), None)
                if clitic is not None:  # بشارع السعدون، لمدينة نابلس، القصف الأمريكي لمواقع طالبان
                    return clitic, k
            if k in self.acts and self.tokens[k].proclitics[-1:] == ("ب",) and not crossed:
                clitic_crossed = True
            if not (
                bare_core in title_words()
                or bare_core in demonym_words()
                or bare_core in SUBJECT_FILLERS
                or bare_core in MEMBER_WORDS  # اشتبكوا مع رجال الأمن المركزي: its people are the body
                or bare_core in _NATION_WORDS  # اعتذارا إلى شعب هايتي: its people are the country
                or bare_core in LAND
                or bare_core in _DWELLINGS
                or bare_core in _SPREAD
                or (k == i - 1 and bare_core in _PLACE_LISTS)
                # (a title of the body named before, told by a demonstrative and its noun: على قائد هذه
                # القوات محمد حمدان دقلو)
                or (k >= 1 and self.core[k] in DEMONSTRATIVES and self.bare[k - 1] in title_words())
                or (
                    k >= 2
                    and self.core[k - 1] in DEMONSTRATIVES
                    and self.core[k].startswith("ال")
                    and self.bare[k - 2] in title_words()
                )
            ):
                crossed = True
                bare_crossed = bare_crossed or not person or bare_core == self.core[k]
        return None, None

    def _called_prep(self, called: int) -> tuple[str | None, int | None]:
        """The preposition of a name told after "called" at token ``called`` (``على تاجر جملة يدعى X``):
        that of the noun it names, a few words back, a clitic or a free word."""
        for k in range(called - 1, max(called - 1 - PHRASE_LOOKBACK, -1), -1):
            if self.tokens[k].sentence != self.tokens[called].sentence or self.is_boundary(k):
                break
            if k in self._any_verbs or k in self.inside:
                break
            if self.core[k] in PREPOSITIONS:
                return self.core[k], k
            clitic = next((p for p in self.tokens[k].proclitics if p in "بلك"), None)
            if clitic is not None:
                return clitic, k
        return None, None

    def _origin_words(self, i: int) -> frozenset[int]:
        """The tokens of an origin told with a nationality a few words before token ``i`` (``من أصل``
        in ``الفرنسي من أصل مغربي``)."""
        return frozenset(
            w
            for k in range(max(i - PHRASE_LOOKBACK, 1), i - 1)
            if self.bare[k] == _ORIGIN and self.core[k - 1] == FROM and self.bare[k + 1] in demonym_words()
            for w in (k - 1, k)
        )

    def _first_name(self, k: int) -> bool:
        """Token ``k`` stands between a title or nationality and a person's name: part of the name."""
        nxt = self.at.get(k + 1)
        if k == 0 or nxt is None or nxt.etype != "PER" or nxt.prep is not None or k - 1 in self.inside:
            return False
        bare_core = self.bare[k - 1]
        if bare_core in demonym_words() and not self._titled(k - 1):
            return False  # صحيفة " الشرق الأوسط " السعودية اتهم جنبلاط: the paper's nationality, then a verb
        return self.tokens[k - 1].sentence == self.tokens[k].sentence and (
            bare_core in title_words() or bare_core in demonym_words()
        )

    def _title_field(self, k: int) -> int | None:
        """The definite title whose field the في at ``k`` opens, right before it or before its time: the head
        of a person's title (``الناشطة في``, ``المهندس السابق في``; not a word of an office, ``وزير الحرب``),
        in the same sentence; None if there is none."""
        t = k - 1 if k >= 2 and self.bare[k - 1] in _TITLE_TIMES else k
        if (
            t >= 1
            and t - 1 not in self.inside
            and self.core[t - 1].startswith("ال")
            and self.bare[t - 1] in title_heads()
            and self.tokens[t - 1].sentence == self.tokens[k].sentence
        ):
            return t - 1
        return None

    def _titled(self, k: int) -> bool:
        """The nationality at ``k`` qualifies a title before it (``الرئيس الأميركي``, ``وزير الخارجية
        الفرنسي``), a few words back at most, no name between."""
        for j in range(k - 1, max(k - 4, -1), -1):
            if j in self.inside or self.tokens[j].text in QUOTE_MARKS:
                return False
            if self.bare[j] in title_words():
                return True
        return False

    def _headline_star(self) -> int:
        """Where the dateline starts after a headline and ``*`` (``إسرائيل تغتال 5 من جيش الإسلام في غزة *
        لندن ـ «الشرق الأوسط»:``): the token after the star, else 0 (the text opens on its dateline)."""
        for k in range(min(len(self.tokens), HEADLINE_WINDOW)):
            if self.tokens[k].sentence != 0:
                break
            if self.tokens[k].text == "*":
                return k + 1
        return 0

    def _dateline(self) -> ActorMention | None:
        """A place at the very start of the text, or after a headline and ``*``, followed by ``(`` or a
        dash: ``بكين (AP) –``, ``... * لندن ـ «الشرق الأوسط»:``."""
        m = self.at.get(self._headline_star())
        if m is None or m.last + 1 >= len(self.tokens):
            return None
        after = m.last + 1
        if m.etype not in PLACE_TYPES:
            # (a town the names layer did not know, one word, before an agency in brackets and its dash
            # or before the dash itself, is the dateline too: واغادوغو (أ ف ب) – قتل مسلحون، مكسيكو – خطف)
            if m.first != m.last or m.etype not in ACTOR_TYPES:
                return None
            if self.tokens[after].text == "(":
                after = next(
                    (k + 1 for k in range(after, min(len(self.tokens) - 1, after + _DATELINE_DASH_REACH))
                     if self.tokens[k].text == ")"),
                    after,
                )
            return m if self.tokens[after].text in _DATELINE_DASHES else None
        if after + 1 < len(self.tokens) and self.bare[after] in _DATELINE_ADJECTIVES:
            after += 1  # القدس المحتلة -
        return m if self.tokens[after].text in ("(", "–", "-", "—", ":", "ـ") else None

    def _byline_end(self) -> int:
        """The token after a byline closed by ``:`` at the start of the text, or after a headline and
        ``*`` (``الخرطوم ـ فلان ـ وكالات الأنباء :``, ``الدوحة - قنا :``, ``... * أنقرة ـ رويترز:``):
        names there, and in the headline, which the text tells again, are no actors. 0 when there is
        none."""
        star = self._headline_star()
        for k in range(star, min(len(self.tokens), star + BYLINE_WINDOW)):
            if self.tokens[k].sentence != 0 or self.is_hard(k) or k in self.verbs:
                return 0
            if self.tokens[k].text == ":":
                return k + 1 if any(j in self.at for j in range(star, k)) else 0
        return 0

    def relative_host(self, i: int) -> ActorMention | None:
        """The host named in a relative clause right after the talks at ``i`` (``محادثات استضافتها بكين``):
        the hosting verb's subject."""
        k = i + 1
        if k + 1 >= len(self.tokens) or not has_suffix(self.tokens[k]):
            return None
        if not self.norm[k].startswith(_HOSTED_BY):
            return None
        host = self.actor(k + 1)
        return host if host is not None and host.prep is None else None

    def sponsorship(self, k: int) -> bool:
        """Token ``k`` opens, with ب, who else takes part in talks (``بمشاركة``، ``برعاية``، ``بحضور``،
        ``بوساطة``)."""
        return "ب" in self.tokens[k].proclitics and self.bare[k] in _SPONSORSHIP

    def sponsors(self, i: int, hi: int) -> list[str]:
        """The hosts, sponsors, mediators or witnesses of the talks at ``i``, named after a
        :meth:`sponsorship` word in its clause (``مفاوضات بين حماس وإسرائيل بمشاركة المبعوث الأميركي ستيف
        ويتكوف ورئيس المخابرات المصرية حسن رشاد``، ``برعاية روسيا وتركيا وإيران``)."""
        return self.sponsored(i, hi)[1]

    def sponsored(self, i: int, hi: int) -> tuple[str, list[str]]:
        """The :meth:`sponsorship` word (bare) after the talks at ``i`` and the :meth:`sponsors` it names;
        ``("", [])`` for none."""
        k = i
        while (k := k + 1) < min(hi, i + 1 + BETWEEN_SPAN):
            if self.tokens[k].text in ("،", ",") and k + 1 < hi and self.sponsorship(k + 1):
                continue  # (a comma before it: بين حماس وإسرائيل، بمشاركة)
            if self.tokens[k].text in ("،", ",") and (closing := self.time_between_commas(k)) is not None:
                k = closing  # (a time between commas: استقبل X، الاثنين، Y، بحضور Z)
                continue
            if self.tokens[k].text in QUOTE_MARKS:
                continue  # (a name quoted in a title: الرئيس التنفيذي لمجموعة "ميرسك" X، بحضور Z)
            if self.is_boundary(k) or k in self.verbs or k in self.clause_at:
                return "", []
            if k not in self.inside and self.sponsorship(k):
                # (the name after its titles: بمشاركة المبعوث الأميركي ستيف ويتكوف، مدير وكالة المخابرات
                # المركزية الأميركية وليام بيرنز)
                a = self.titled_person(k, hi) or next(
                    (b for j in range(k + 1, min(hi, k + 2 + _TITLE_RUN)) if (b := self.actor(j))), None
                )
                named = a is not None and self.only_titles(k + 1, a.first)
                return self.bare[k], list(self.group_after(a)[0]) if named else []
        return "", []

    def between(self, i: int, hi: int) -> list[str]:
        """Participants after ``بين`` shortly after trigger ``i``, one actor per conjunct, a person
        preferred (``محادثات بين منسق ... بالاتحاد الأوروبي خافيير سولانا والمسؤول ... علي لاريجاني``);
        empty unless two are found."""
        k, budget = i + 1, BETWEEN_GAP  # time words do not count (اتفاق عقد الأسبوع الماضي في نيويورك بين)
        if (host := self.relative_host(i)) is not None:
            k = host.last + 1  # محادثات استضافتها بكين على مدى أربعة أيام بين
        while True:
            if k >= hi or budget < 0:
                return []
            if self.tokens[k].text in ("،", ",") and (close := self.time_between_commas(k)) is not None:
                k = close + 1  # اشتباكات عنيفة، صباح السبت، بين
                continue
            if self.tokens[k].text in QUOTE_MARKS:
                k += 1  # مناورات "حماة النيل" المشتركة بين: a name in quotation marks
                continue
            if self.is_boundary(k) or k in self.verbs or k in self.clause_at:
                return []
            if self.core[k] == _BETWEEN:
                break
            budget -= 0 if self.in_time(k) else 1
            k += 1
        conjuncts: list[list[ActorMention]] = [[]]
        j = k + 1
        while j < min(hi, k + 1 + BETWEEN_SPAN):
            if self.tokens[j].text == "(" and (close := self._closing(j, hi)) is not None:
                j = close + 1  # بين البشمركة ( المقاتلون الاكراد ) والقوات العراقية: an aside
                continue
            if self.is_boundary(j) or j in self.verbs or j in self.clause_at:
                break
            if conjuncts[-1] and self.core[j] in _CIRCUMSTANCE and self.core[j] != _IN:
                break  # بين روسيا وفنزويلا خلال زيارة تشافيز: the occasion, no party
            if conjuncts[-1] and self.sponsorship(j):
                break  # بين حماس وإسرائيل بمشاركة المبعوث الأميركي: a third party, no side
            if conjuncts[-1] and self.core[j] == _BETWEEN:
                break  # بين فرنسا وإسبانيا هي المرجع في تحديد الحدود بين الغابون وغينيا: another pair
            if j > k + 1 and conjuncts[-1] and self.conjoined(j):
                conjuncts.append([])
            a = self.actor(j)
            if a is not None:
                conjuncts[-1].append(a)
                j = a.last + 1
            else:
                j += 1
        ids: list[str] = []
        for c in conjuncts:
            if c:
                ids.extend(next((a for a in c if a.etype == "PER"), c[0]).entities)
        ids = _dedup(ids)
        return ids if len(ids) >= 2 else []

    def _opening(self, j: int, mark: str = "(") -> int | None:
        """The ``mark`` (``(``, or ``«``) opening the bracket or quote closed at ``j`` within a few words."""
        for k in range(j - 1, max(j - 1 - _ASIDE_WORDS, -1), -1):
            if self.tokens[k].text == mark:
                return k
        return None

    def _closing(self, j: int, hi: int) -> int | None:
        """The ``)`` closing the bracket opened at ``j`` within a few words, before ``hi``."""
        for k in range(j + 1, min(hi, j + 1 + _ASIDE_WORDS)):
            if self.tokens[k].text == ")":
                return k
        return None

    def _in_pp(self, i: int) -> bool:
        """The noun at ``i`` is the genitive of a noun inside a prepositional phrase (``في أعمال القمة``,
        ``لرئاسة الوفد``), not the head of its phrase (``بعد لقاء``, ``أعلنت X عن اتفاق``)."""
        k = i - 1  # the noun the trigger is the genitive of
        if k < 1 or k in self.inside or self.is_boundary(k) or self.core[k] in PREPOSITIONS:
            return False
        if any(p in "بلك" for p in self.tokens[k].proclitics):
            return True
        return self.core[k - 1] in PREPOSITIONS and self.core[k - 1] != ABOUT

    def clause_actors_before(self, i: int, heads_pp: bool = False) -> list[str]:
        """Bare actors of the clause before token ``i``: not after a preposition, not a title's genitive
        (``عقد X واخوه الرئيس Y رئيس السلطة ... جلسة مباحثات`` → X, Y). The clause starts after a
        sentence boundary, a comma or colon, a clause word or a trigger verb. ``heads_pp``: the word at
        ``i`` opens a phrase of its own (``لتفريق``), whatever phrase the word before it is in."""
        sentence = self.tokens[i].sentence
        if not heads_pp and self._in_pp(i):
            return []  # في أعمال القمة: a noun inside a prepositional phrase has no subject of its own
        k = self.time_before(i) - 1  # عقد X وY، الثلاثاء، جولة محادثات
        while k >= 0 and self.tokens[k].sentence == sentence:
            core = self.core[k]
            if self.is_hard(k) or self.tokens[k].text in QUOTE_MARKS or k in self.clause_verbs:
                break
            if (opening := self.time_before(k + 1)) < k + 1:
                while (earlier := self.time_before(opening + 1)) < opening:
                    opening = earlier  # (one after another: وقعت X وY، الأربعاء، في بريتوريا، اتفاقا)
                k = opening - 1  # توصلت إيران ومجموعة 5+1، الثلاثاء، إلى اتفاق ... بعد مفاوضات
                continue
            if core in CLAUSE_WORDS or core in COMPLEMENTIZERS or self.tokens[k].text in CLAUSE_PUNCTUATION:
                break
            k -= 1
        out: list[str] = []
        for j in range(max(k + 1, self.byline_end), i):
            a = self.actor(j)
            if (
                a is not None
                and (a.prep is None or self.represented(a))
                and (not self.title_genitive(a) or self.plural_title_before(a))
            ):
                out.extend(a.entities)
        return _dedup(out)

    def plural_title_before(self, a: ActorMention) -> bool:
        """``a`` is the genitive of a plural title (``وزراء خارجية مصر والأردن``، ``قادة دول الخليج``):
        the office-holders of several, each standing for his own."""
        k = a.first - 1
        while k > 0 and k not in self.inside and self.bare[k] not in _PLURAL_TITLES:
            if self.bare[k] not in title_words() or a.first - k > 2:
                return False
            k -= 1  # وزراء خارجية
        return k >= 0 and self.bare[k] in _PLURAL_TITLES

    def before_aside(self, i: int) -> int | None:
        """The comma opening an aside between commas that ends shortly before token ``i`` and opens with
        ``في``، ``خلال`` or ``أثناء`` (``وأعرب حمدوك، في اتصال هاتفي مع بومبيو، عن شكره``): the clause's
        subject stands before it; None when there is no such aside."""
        sentence = self.tokens[i].sentence
        close = next(
            (k for k in range(i - 1, max(i - 1 - _ASIDE_TAIL, -1), -1) if self.tokens[k].text in ("،", ",")),
            None,
        )
        if close is None:
            return None
        for k in range(close - 1, max(close - 1 - _ASIDE_SPAN, -1), -1):
            if self.tokens[k].sentence != sentence or self.is_hard(k):
                return None
            if self.tokens[k].text in ("،", ","):
                return k if self.core[k + 1] in _ASIDE_OPENERS else None
        return None

    def _aside_ending_at(self, close: int) -> int | None:
        """The comma opening the aside that the comma ``close`` ends, right after a name: one opening with
        ``في``، ``خلال`` or ``أثناء`` (:meth:`before_aside`), or an apposition with no verb (``الاتحاد العام
        للعمل، أكبر نقابة في البلاد،``); None otherwise."""
        opening = self.before_aside(close + 1)
        if opening is None:
            for k in range(close - 1, max(close - 1 - _ASIDE_SPAN, 0), -1):
                if self.is_hard(k) or k in self.verbs or self.tokens[k].text in QUOTE_MARKS:
                    return None
                if self.tokens[k].text in ("،", ","):
                    opening = k
                    break
        if opening is None or opening + 1 >= close or self.mention_ending_at(opening - 1) is None:
            return None
        return opening

    def aside_closing_before(self, i: int) -> int | None:
        """The comma opening an aside right after a name that the comma right before token ``i`` ends
        (``أعلنت الولايات المتحدة، الحليف الأقرب لإسرائيل، دعمها``): the clause's subject stands before it;
        None when there is none."""
        if i < 2 or self.tokens[i - 1].text not in ("،", ","):
            return None
        return self._aside_ending_at(i - 1)

    def aside_opened(self, i: int) -> int | None:
        """The comma of an aside that token ``i`` opens right after its preposition (``حمدوك، في اتصال
        هاتفي مع بومبيو،``), or None."""
        if i >= 2 and self.tokens[i - 2].text in ("،", ","):
            if self.core[i - 1] in _ASIDE_OPENERS:
                return i - 2
            if self.core[i - 1] in FOLLOWING and self._aside_closes(i):
                # (or after it, between commas: وأعلن X، عقب مباحثات مع Y، أن; not a clause's close,
                # علق X الرسوم على صادرات الكهرباء إلى نيويورك، بعد اتصال هاتفي مع Y.)
                return i - 2
        if i >= 4 and self.core[i - 1] == FROM:
            # (or what follows the clause, after a span of time: وقعت X وY اتفاقا، بعد عشرة أيام من
            # المحادثات)
            for k in range(i - 2, max(i - 2 - _SPAN_WORDS, 0), -1):
                if k in self.at or k in self.verbs or self.is_boundary(k):
                    return None
                if self.core[k] in FOLLOWING:
                    return k - 1 if self.tokens[k - 1].text in ("،", ",") else None
        return None

    def _aside_closes(self, i: int) -> bool:
        """A comma closes the aside that token ``i`` opens within a few words, before the clause ends."""
        for k in range(i + 1, min(len(self.tokens), i + 1 + _ASIDE_SPAN)):
            if self.is_hard(k):
                return False
            if self.tokens[k].text in ("،", ","):
                return True
        return False

    def represented(self, a: ActorMention) -> bool:
        """``a`` follows a word for its representatives and عن (``بدأ ممثلون عن الجيش وقوات الدعم السريع
        محادثات``): they act for it, as it."""
        at = a.prep_at if a.prep_at is not None else a.first
        return a.prep == ABOUT and at > 0 and self.bare[at - 1] in _REPRESENTATIVES

    def attending(self, m: ActorMention) -> bool:
        """``m`` is named past its titles after a word of sponsoring or attending what others do
        (``بحضور رئيس هيئة المنافذ الحدودية كاظم العقابي``)."""
        k = m.first - 1
        while k > 0 and (k in self.inside or self.only_titles(k, k + 1)) and self.core[k] not in SPONSORING:
            k -= 1
        return k >= 0 and self.core[k] in SPONSORING

    def _add_anaphors(self) -> None:
        # (last token, ids, types, with no preposition before them)
        pairs = self.pairs
        latest: ActorMention | None = None  # the last actor named before the current token
        person: ActorMention | None = None  # the last person named before it
        other_person: ActorMention | None = None  # the last person named before that one, someone else
        government: ActorMention | None = None  # the last government named before it
        earlier: ActorMention | None = None  # the last one named before it that is someone else
        # the actors named before it, each with whether it is named inside quoted words
        named: list[tuple[ActorMention, bool]] = []
        opened: int | None = None  # the quotation mark opening the quoted words the token is in
        sentence = -1
        # (a government is looked for only where the text has a word that tells it back)
        governed = not _GOVERNMENT_ANAPHORS.isdisjoint(self.core)
        for i, tok in enumerate(self.tokens):
            if tok.sentence != sentence:
                sentence, opened = tok.sentence, None
            if tok.text in QUOTE_MARKS:
                opened = i if opened is None and tok.text in _QUOTE_OPENERS else None
            m = self.at.get(i)
            if m is not None and m.etype in ACTOR_TYPES and self.dateline is not m:
                nxt = self._coordinated_after(m)
                # (two named together, not two of a longer series: بين صنعاء ومأرب وأبها)
                # (nor the sponsors of what others do: برعاية الأمم المتحدة واللجنة الدولية)
                if (
                    len(nxt) == 1
                    and self._conjunct(m.first) is None
                    and not (m.first and self.core[m.first - 1] in SPONSORING)
                ):
                    a, b = m, nxt[0]
                    ids = (a.entities[0], b.entities[0])
                    # (once: a name after its own title, وزير الدفاع محمود الصبيحي وناصر, is the pair the
                    # title opened)
                    if ids[0] != ids[1] and not (pairs and pairs[-1][:2] == (b.last, ids)):
                        # (attending, past their titles, the two are no sides of what is done: بحضور
                        # رئيس الهيئة X ومحافظ المدينة Y ... ووقع الجانبان; but two ministers: وبحث الوزيران)
                        prep = _ATTENDING if self.attending(a) else a.prep
                        pairs.append((b.last, ids, (a.etype, b.etype), prep))
                elif len(nxt) > 1 and self._conjunct(m.first) is None:
                    members = [m, *nxt]
                    ids = tuple(dict.fromkeys(a.entities[0] for a in members))
                    if len(ids) == len(members):
                        self.series.append((nxt[-1].last, ids, tuple(a.etype for a in members)))
            if i in self.inside:
                if (
                    m is not None
                    and m.etype in ACTOR_TYPES
                    and self.dateline is not m
                    and not (m.etype in PLACE_TYPES and m.prep is not None)
                ):
                    if (
                        latest is not None
                        and latest.entities[0] != m.entities[0]
                        and self.entities[latest.entities[0]].sector != MEDIA
                    ):
                        earlier = latest  # (not the agency that reports it: وفق ما نقلته الوكالة)
                    latest = m  # (not a place after a preposition: في أم درمان، فيما اتهمت الأخيرة)
                    # (a name in quotes of its own is told: «حزب الله»)
                    named.append((m, opened is not None and m.first != opened + 1))
                    if m.etype == "PER":
                        if person is not None and person.entities[0] != m.entities[0]:
                            other_person = person
                        person = m
                    elif governed and _N(self.entities[m.entities[0]].name).startswith(GOVERNMENT_HEADS):
                        government = m
                continue
            if self.core[i] not in _ANAPHORS:
                continue  # (most words)
            if (
                self.core[i] in _GOVERNMENT_ANAPHORS
                and not set(tok.proclitics) & PREP_CLITICS
                and (i == 0 or self.core[i - 1] not in PREPOSITIONS)
            ):
                # قال رئيس الوزراء X إن حكومته لن تقبل: the government named two sentences back at most,
                # else the man who heads it, named in this sentence or the one before (not after a
                # preposition: عقوبات على مسؤولين في حكومتها, whose it is, no actor)
                if government is not None and tok.sentence - self.tokens[government.last].sentence <= 2:
                    self._add_anaphor(i, government.entities, government.etype)
                elif (
                    self.core[i] == _HIS_GOVERNMENT
                    and person is not None
                    and tok.sentence - self.tokens[person.last].sentence <= 1
                ):
                    self._add_anaphor(i, person.entities, person.etype)
                continue
            if self.core[i] in _GUEST_ANAPHORS:
                if (
                    other_person is not None
                    and person is not None
                    and tok.sentence - self.tokens[other_person.last].sentence <= _GUEST_SENTENCES
                    and i + 1 < len(self.tokens)
                    and i + 1 not in self.at
                    and not self.core[i + 1].startswith(_DEFINITE)
                ):
                    # وتعهد بزشكيان لضيفه: the one he met, named before him (not a guest named after it,
                    # تعادل مع ضيفه ليفربول، ضيفه البوروندي)
                    self._add_anaphor(i, other_person.entities, other_person.etype)
                continue
            if self.core[i] in _SIDES and (countries := self._sides_of(i)):
                self._add_anaphor(i, countries, "GPE")  # الجانبين الأرميني والأذربيجاني: the two countries
                continue
            if self.core[i] in LATEST_ANAPHORS:
                if (
                    self.core[i] in _MASCULINE_LATEST
                    and latest is not None
                    and latest.etype != "PER"
                    and person is not None
                    and pairs
                    and pairs[-1][2] == ("PER", "PER")
                    and pairs[-1][3] is None
                    and pairs[-1][1][1] == person.entities[0]
                    and self.tokens[pairs[-1][0]].sentence == tok.sentence - 1
                    and self._latest_anaphor(i, person)
                ):
                    # وقع الوزير X والوزير Y اتفاقا لتزويد لبنان بالوقود. وشكر الأخير: the latter of the two
                    # men the sentence before opened with, not a place named in what they did
                    self._add_anaphor(i, person.entities, person.etype)
                    continue
                told = self._latest_told(i, named)
                if told is not None and told is not latest:
                    if self._latest_anaphor(i, told):
                        self._add_anaphor(i, told.entities, told.etype)
                elif latest is not None and self._latest_anaphor(i, latest):
                    if (
                        earlier is not None
                        and (
                            self._own_subject(i, latest)
                            or self._subject_ending(i - 1) is latest
                            or self._genitive_after_subject(i, latest)
                        )
                        and self._latest_anaphor(i, earlier)
                    ):
                        # رفض نواف سلام الاستقالة، داعيا الأخير; وأودعت المحكمة الأخير السجن: not himself
                        # (nor the one whose words the subject condemns: ندد تيار المستقبل بتصريحات الأخير)
                        latest = earlier
                    self._add_anaphor(i, latest.entities, latest.etype)
                continue
            # (بلدة "town" normalises as بلده "his country": told apart by its ة)
            if self.core[i] in LAND_ANAPHORS and latest is not None and not tok.text.endswith("ة"):
                # (his country, after a body: the man's, named last before it, رحب رئيس بنين X بقرار
                # الحكومة النيجيرية، وقال إن بلاده)
                owner = person if person is not None and self.core[i] in _HIS_LAND else latest
                country = self._country_of(owner)  # أكد المعلم أن بلاده ترفض: Syria, if the text names it
                if country is not None and tok.sentence - self.tokens[owner.last].sentence <= 1:
                    self._add_anaphor(i, (country,), "GPE")
                continue
            # (a plural that may be counted first: most words are none)
            if self.core[i] in COUNTED_ANAPHORS and (counted := self._counted_anaphor(i)) is not None:
                # الدول الثلاث: the last three named together, the number its last word (وكانت الدول
                # الأربع قد طالبت: the subject before the verb)
                self._add_anaphor(i, *counted, last=i + 1)
                continue
            types = DUAL_ANAPHORS.get(self.core[i])
            if types is None:
                continue
            if types is PLACE_TYPES:
                if (two := self._two_places(i)) is not None:
                    self._add_anaphor(i, *two)  # بلدتي كفرشوبا وكفرحمام ... عند مداخل البلدتين
                continue
            for last, ids, etypes, prep in reversed(pairs):
                if last >= i or (prep is None and not self._clause_between(last + 1, i)):
                    continue  # رحبت روسيا والصين بالحوار بين الطرفين: its clause's subject is not "the two"
                if types == ACTOR_TYPES and prep not in (None, _BETWEEN):
                    continue  # أفرج الحوثيون عن X وY ... وكان الطرفان قد اتفقا: the sides act, or face off
                if tok.sentence - self.tokens[last].sentence <= 2 and set(etypes) <= types:
                    self._add_anaphor(i, ids, etypes[0])
                    if types == ACTOR_TYPES:
                        pairs.append((i, ids, etypes, None))  # "the two" once more, for the duals after it
                    break
            else:
                if types == _COUNTRIES and (two := self._two_countries(i)):
                    self._add_anaphor(i, two, "GPE")  # شنت الهند ضربات على باكستان ... ودعا X البلدين
                elif types == ACTOR_TYPES and (subjects := self._two_subjects(i)) is not None:
                    # أفرجت جماعة الحوثي عن ... في حين أطلقت الحكومة اليمنية سراح ... وكان الطرفان قد
                    # اتفقا: the two that acted, one each, in the sentence before; they stay "the two"
                    # for the duals after it (وأشاد المبعوث بالتزام الطرفين)
                    ids, etypes = subjects
                    self._add_anaphor(i, ids, etypes[0])
                    pairs.append((i, ids, etypes, None))

    def _two_places(self, i: int) -> tuple[tuple[str, ...], str] | None:
        """The last two places named together before token ``i``, a dual place noun (``البلدتين``), in its
        sentence or the two before it, with their type: ``(ids, type)``, or None when none were."""
        sentence = self.tokens[i].sentence
        for first in sorted((f for f in self.at if f < i), reverse=True):
            m = self.at[first]
            if sentence - self.tokens[first].sentence > 2:
                return None
            if m.etype not in PLACE_TYPES or len(m.entities) != 1:
                continue
            nxt = self._coordinated_after(m)
            if len(nxt) == 1 and nxt[0].last < i and nxt[0].entities[0] != m.entities[0]:
                return (m.entities[0], nxt[0].entities[0]), m.etype
        return None

    def _two_countries(self, i: int) -> tuple[str, ...]:
        """The two countries the text has named most before token ``i``, each more than any other, none
        named bare earlier in the sentence of ``i`` (its subject: ودعت الصين البلدين):
        "the two countries" where no pair was named together."""
        sentence = self.tokens[i].sentence
        counts: dict[str, int] = {}
        own: set[str] = set()
        for first, m in self.at.items():
            if first >= i or m.etype != "GPE":
                continue
            e = self.entities[m.entities[0]]
            if (e.kb_id or "").count(":") != 1:
                continue  # a country, not a town
            counts[e.id] = counts.get(e.id, 0) + 1
            if self.tokens[first].sentence == sentence and m.prep is None:
                own.add(e.id)
        ranked = sorted((n, e) for e, n in counts.items() if e not in own)[::-1]
        if len(ranked) < 2 or (len(ranked) > 2 and ranked[2][0] == ranked[1][0]):
            return ()
        return (ranked[0][1], ranked[1][1])

    def _two_subjects(self, i: int) -> tuple[tuple[str, str], tuple[str, str]] | None:
        """The two actors, one named right after each verb of the sentence before token ``i``, no one
        else so named there (``أفرجت جماعة الحوثي عن ... في حين أطلقت الحكومة اليمنية سراح ...``), or
        the one there with the one of the sentence before it, who acted first (``قصف الجيش الإسرائيلي
        ... ورد حزب الله باستهداف ... ودعت اليونيفيل الطرفين``): "the two sides" where no pair was
        named together; with their types."""
        before = self.tokens[i].sentence - 1
        subjects = self._sentence_subjects(i, before)
        if len(subjects) == 1 and self._answers(before):
            subjects = {**self._sentence_subjects(i, before - 1), **subjects}
        if len(subjects) != 2:
            return None
        (a, a_type), (b, b_type) = subjects.items()
        return (a, b), (a_type, b_type)

    def _answers(self, sentence: int) -> bool:
        """``sentence`` tells an answer to what was told before it: its first verb is one of responding
        (``ورد حزب الله باستهداف``)."""
        verb = min((k for k in self.clause_verbs if self.tokens[k].sentence == sentence), default=None)
        return verb is not None and self.core[verb] in _ANSWERING

    def _sentence_subjects(self, i: int, sentence: int) -> dict[str, str]:
        """The actors named alone right after a verb of ``sentence`` before token ``i``, with their
        types, in the order told."""
        subjects: dict[str, str] = {}
        for k in sorted(self.clause_verbs):
            if k >= i or self.tokens[k].sentence != sentence or has_suffix(self.tokens[k]):
                continue  # (not a relative clause's: محادثات أجراها X مع Y, after which the two are X and Y)
            j = self._past_resumptive(k)
            while j < i and self.in_time(j):
                j += 1  # أفرجت يوم الجمعة جماعة الحوثي
            m = self.at.get(j)
            if m is not None and m.etype in ACTOR_TYPES and m.prep is None and len(m.entities) == 1:
                subjects.setdefault(m.entities[0], m.etype)
        return subjects

    def _counted_anaphor(self, i: int) -> tuple[tuple[str, ...], str] | None:
        """The actors a plural counted by the number after it at ``i`` stands for (``ودعت المنظمة الدول
        الثلاث``): the last series of that many named together before it, in its sentence or the two
        before, of the types it may stand for; with the type of the first."""
        types = COUNTED_ANAPHORS.get(self.core[i])
        if types is None or i + 1 >= len(self.tokens) or i + 1 in self.at:
            return None
        count = _ANAPHOR_COUNTS.get(self.core[i + 1])
        if count is None:
            return None
        sentence = self.tokens[i].sentence
        for last, ids, etypes in reversed(self.series):
            if last < i and sentence - self.tokens[last].sentence <= 2 and set(etypes) <= types:
                return (ids, etypes[0]) if len(ids) == count else None
        return None

    def _title_lam(self, k: int, start: int) -> bool:
        """The ل phrase at ``k`` ends the title of a conjunct opened at ``start``, a name right after it
        (``ومرشح حزبه للرئاسة باسيرو ديوماي فاي``)."""
        return (
            k > start
            and "ل" in self.tokens[k].proclitics
            and (a := self.actor(k + 1)) is not None
            and a.etype not in PLACE_TYPES
        )

    def _clause_between(self, start: int, end: int) -> bool:
        """A clause ends within tokens ``[start, end)``: punctuation, a clause word, or a verb of the
        lexicon before the last word (أحرز X وY تقدما خلال محادثاتهما ... وهي مسألة اتفق الجانبان)."""
        return any(
            self.is_boundary(k) or k in self.clause_at or (k in self.clause_verbs and k < end - 1)
            for k in range(start, end)
        )

    def _sides_of(self, i: int) -> tuple[str, ...]:
        """The countries the nationalities after "side" at ``i`` name (``الجانب الإسرائيلي``، ``الجانبين
        الأرميني والأذربيجاني``), when the text names each."""
        found: list[str] = []
        k = i + 1
        while k < len(self.tokens) and k not in self.inside and len(found) < 2:
            code = demonym_countries().get(self.bare[k])
            if code is None or (found and "و" not in self.tokens[k].proclitics):
                break
            country = self.country_entity(code)
            if country is None:
                return ()
            found.append(country)
            k += 1
        return tuple(found)

    def _country_of(self, m: ActorMention) -> str | None:
        """The entity of the country a person or organisation belongs to, when the text names it; for a
        person the knowledge base places nowhere, the one his title's nationality names (``وزير الري
        الإثيوبي X``)."""
        ent = self.entities[m.entities[0]]
        if ent.type == "PER" and ent.country is None:
            return self._title_country(m.first)
        if ent.type == "GPE" or ent.country is None:
            return None
        return self.country_entity(ent.country)

    def _title_country(self, first: int) -> str | None:
        """The entity of the country a nationality names in the title right before a person named from
        token ``first`` (``المندوب الإيراني X``، ``وزير الري الإثيوبي X``), when the text names it: back over
        the title's words only."""
        for k in range(first - 1, max(-1, first - 1 - _TITLE_COUNTRY_REACH), -1):
            if k in self.inside or self.is_boundary(k):
                return None
            if (country := self.nationality_country(k)) is not None:
                return country
            if self.bare[k] not in title_words():
                return None
        return None

    def nationality_country(self, k: int) -> str | None:
        """The entity of the country the nationality at token ``k`` names (``الإيطالي``، ``فيتنامية``), when
        the text names that country."""
        code = demonym_countries().get(self.bare[k])
        return self.country_entity(code) if code is not None else None

    def country_entity(self, code: str) -> str | None:
        """The entity of the country with ISO ``code``, when the text names it."""
        return next((e.id for e in self.entities.values() if e.kb_id == country_id(code)), None)

    def previous_pair(self, i: int, exclude: Sequence[str]) -> list[str]:
        """The last pair of actors named before token ``i`` in its sentence or the one before, for a
        dual pronoun (``وطالبهما``), ``exclude`` aside."""
        for last, ids, _, _ in reversed(self.pairs):
            if last < i and self.tokens[i].sentence - self.tokens[last].sentence <= 1:
                return [e for e in ids if e not in exclude]
        return []

    def _own_subject(self, i: int, antecedent: ActorMention) -> bool:
        """``الأخير`` at ``i`` is the object of a participle right before it (``داعيا الأخير``), whose
        subject, its clause's, is ``antecedent``, named in the same sentence with no preposition: the
        latter is someone else (but ``فيما اتهمت الأخيرة الجيش``: a finite verb's subject, and
        ``للإدارة التي عينها المجلس الرئاسي، متهما الأخير``: a relative clause's)."""
        return (
            i > 0
            and i - 1 in self.participles
            and antecedent.prep is None
            and self.tokens[antecedent.last].sentence == self.tokens[i].sentence
            and not (antecedent.first >= 2 and self.core[antecedent.first - 2] in RELATIVES)
        )

    def _genitive_after_subject(self, i: int, antecedent: ActorMention) -> bool:
        """``الأخير`` at ``i`` is the genitive of the one noun right after its verb's subject ``antecedent``
        (``ندد تيار المستقبل بتصريحات الأخير``): another's, the subject's own would be a pronoun
        (``بتصريحاته``)."""
        return (
            i > 1
            and i - 1 not in self.inside
            and i - 1 not in self.clause_verbs
            and self.tokens[i - 1].text.isalpha()
            and not has_suffix(self.tokens[i - 1])
            and self._subject_ending(i - 2) is antecedent
        )

    def _subject_ending(self, k: int) -> ActorMention | None:
        """The actor named up to token ``k`` as the subject of a verb before it, with only titles between
        (``وأودعت المحكمة الوطنية الإسبانية``، ``واستقبل الرئيس الجزائري عبد المجيد تبون``): a ``الأخير``
        after it is the verb's object, a noun phrase for one named before; None for none."""
        m = self.mention_ending_at(k, places=True)
        if m is None or m.prep is not None or m.etype not in ACTOR_TYPES:
            return None
        for v in range(m.first - 1, max(m.first - _LATEST_SUBJECT_REACH, -1), -1):
            if v in self.clause_verbs:
                return m if self.only_titles(v + 1, m.first) else None
            if self.is_boundary(v):
                return None
        return None

    def _latest_told(self, i: int, named: Sequence[tuple[ActorMention, bool]]) -> ActorMention | None:
        """The last of ``named`` that ``الأخير`` at ``i`` may stand for: not one named inside quoted words
        (اتهم X Y بـ"خرق لوائح فيفا"، فيما نفى الأخير: Y), nor for the masculine a town, which is
        feminine (بحث معه إدخال المساعدات عبر معبر رفح. وشكر الأخير مصر: not رفح), nor a body written
        with a feminine head (اتفقا على تشكيل لجنة مشتركة. وتعهد الأخير: not the committee)."""
        masculine = self.core[i] in _MASCULINE_LATEST
        for m, quoted in reversed(named):
            if not quoted and not (
                masculine and (is_town(self.entities[m.entities[0]]) or self._feminine_head(m))
            ):
                return m
        return None

    def _feminine_head(self, m: ActorMention) -> bool:
        """The body or place ``m`` is written with a feminine head word, one in ة or a plural in ات
        (``لجنة مشتركة``، ``القوات``): no antecedent of the masculine ``الأخير`` (a man's name may end in
        ة: أسامة)."""
        return m.etype != "PER" and self.tokens[m.first].text.endswith(_FEMININE_HEAD_ENDINGS)

    def _latest_anaphor(self, i: int, antecedent: ActorMention) -> bool:
        """``الأخير`` at ``i`` is a noun phrase (not an adjective) and its antecedent is near enough."""
        if self.tokens[i].sentence - self.tokens[antecedent.last].sentence > 1:
            return False
        if i == 0 or "ل" in self.tokens[i].proclitics or self.core[i].startswith("ل"):
            return True
        k = i - 1
        return (
            self.is_boundary(k)
            or k in self.verbs
            # (a verb's subject past a preposition and its pronoun: اتصالا من X، أكد خلاله الأخير)
            or (
                k - 1 in self.verbs
                and has_suffix(self.tokens[k])
                and (stem := self.tokens[k].stem) is not None
                and stem.form in PREPOSITIONS
            )
            # (the subject of a visit's "made it": زيارة يجريها الأخير، زيارة قام بها الأخير)
            or self.core[k] in MADE_IT
            or (self.norm[k] in WITH_IT and self.core[k - 1] in DID)
            or self.norm[k] in _NP_OPENERS
            or self.core[k] in _NP_OPENERS
            or k in self.clause_at
            or self.core[k] in COMPLEMENTIZERS
            or self.core[k] in PREPOSITIONS
            # (the object after a verb's subject: وأودعت المحكمة الوطنية الإسبانية الأخير السجن)
            or self._subject_ending(k) is not None
            # (an indefinite noun before it, which no definite adjective follows: its genitive, خلال
            # زيارة الأخير إلى دوشنبه)
            or (
                k not in self.inside
                and not self.core[k].startswith("ال")
                and not has_suffix(self.tokens[k])
                and self.tokens[k].text.isalpha()
            )
        )

    def _add_anaphor(self, i: int, ids: tuple[str, ...], etype: str, last: int | None = None) -> None:
        """Token ``i`` (through ``last``, the number of a counted plural) stands for ``ids``."""
        tok = self.tokens[i]
        start = next((w.start for w in tok.words if w.kind != "prefix" or w.form == "ال"), tok.start)
        prep, prep_at = self._prep(i, start)
        self.at[i] = ActorMention(i, i if last is None else last, start, ids, prep, etype, prep_at)

    # --- queries

    def actor(self, i: int) -> ActorMention | None:
        m = self.at.get(i)
        if m is None or m.etype not in ACTOR_TYPES or m is self.dateline or i < self.byline_end:
            return None
        if m.etype in PLACE_TYPES and i > 0 and self.core[i - 1] in _SEATED_AT:
            return None  # where a body sits (منظمة القسط، ومقرها لندن؛ شركات مقرها الإمارات), no actor
        if m.etype == "GPE" and i > 0 and self.core[i - 1] in DIRECTIONS and self.at.get(i - 1) is None:
            return None  # a region (متمردي شرق السودان), not the state
        if i > 0 and self.tokens[i - 1].text == "(" and self.entities[m.entities[0]].sector == MEDIA:
            return None  # a wire or photo credit (رويترز - أرشيف)
        if m.etype == "PER" and m.prep in (None, "ل") and self.deputy_of_title(m):
            return None  # المبعوث الشخصي للأمين العام للأمم المتحدة X: X acts, not the one he stands for
        return m

    def deputy_of_title(self, m: ActorMention) -> bool:
        """A person's title with ل (``للأمين العام للأمم المتحدة``، ``لرئيس الوزراء``) or right after
        (``وكيل الأمين العام``) is the genitive of another title before it (an envoy, deputy, adviser:
        ``المبعوث الشخصي``، ``النائبة الأولى``، ``وكيل``) and the holder of that other title is named
        shortly after (``إلى الصحراء ستافان دي ميستورا``): the one named is the actor, not the one whose
        envoy or deputy he is."""
        i = m.first
        # (a title opening the mention, not a name whose first word spells a title's: المواطن سامي سالم)
        if m.prep_at is not None or self.bare[i] not in title_heads():
            return False
        # (with ل an adjective of the other title may stand between: المبعوث الشخصي للأمين العام)
        reach = _TITLE_RUN - 1 if m.prep == "ل" else 1
        if not any(
            k not in self.inside and not self.is_boundary(k) and self.bare[k] in title_words()
            for k in range(max(0, i - reach), i)
        ):
            return False
        sentence = self.tokens[i].sentence
        for k in range(m.last + 1, min(m.last + 1 + _HOLDER_REACH, len(self.tokens))):
            if self.is_boundary(k) or self.tokens[k].sentence != sentence:
                return False
            a = self.at.get(k)
            if a is not None and a.etype == "PER":
                # (not the title's own holder named after it: نائب الرئيس جو بايدن، ادارة الرئيس جورج بوش)
                return a.entities != m.entities
        return False

    def opens_pp(self, k: int) -> bool:
        """Token ``k`` is a preposition, or a word with a preposition proclitic (not a name); not the عن of
        representatives (``ممثلون عن X``: they stand for X)."""
        if self._represented_by(k):
            return False
        return self.core[k] in PREPOSITIONS or (
            k not in self.at and any(p in "بل" for p in self.tokens[k].proclitics)
        )

    def in_whose_name(self, k: int) -> bool:
        """Token ``k`` is "in the name of" with a pronoun for the body, right after a spokesman's title
        (``ونفى المتحدث باسمها X``): the title's end, no preposition of an object."""
        stem = self.tokens[k].stem
        return (
            k > 0
            and stem is not None
            and stem.form == _NAME_STEM
            and "ب" in self.tokens[k].proclitics
            and has_suffix(self.tokens[k])
            and self.bare[k - 1] in title_words()
        )

    def _represented_by(self, k: int) -> bool:
        """Token ``k`` is the عن after a word for representatives (``ممثلون عن``)."""
        return self.core[k] == ABOUT and k > 0 and self.bare[k - 1] in _REPRESENTATIVES

    def conjoined(self, j: int) -> bool:
        """Token ``j`` begins with the conjunction و (split off, or before a name in an unsplit token)."""
        token = self.tokens[j]
        if ("و" in token.proclitics and j not in self.whole) or self.core[j] == "و":
            return True
        a = self.at.get(j)
        return a is not None and token.text[0] == "و" and a.start > token.start

    def only_titles(self, start: int, end: int) -> bool:
        """Tokens ``[start, end)`` may stand between a verb and its subject.

        Titles, nationality adjectives, time words, particles, and the members or forces of an actor, who
        are coded as that actor (``الرئيس الروسي``, ``وزير الخارجية السابق``, ``أمس``, ``أنصار حماس``).
        """
        for k in range(start, end):
            known = self._title_like[k]
            if known is None:
                known = self._title_like[k] = self._may_stand_before_subject(k)
            if not known:
                return False
        return True

    def _apposed_person(self, m: ActorMention) -> ActorMention | None:
        """A person named between commas right after ``m``, the genitive of a title (``محامي X، Y،``):
        the title's holder; else None."""
        k = m.last + 1
        a = self.at.get(k + 1) if k < len(self.tokens) and self.tokens[k].text in ("،", ",") else None
        if a is None or a.etype != "PER" or a.prep is not None or a.last + 1 >= len(self.tokens):
            return None
        return a if self.tokens[a.last + 1].text in ("،", ",") else None

    def each_of_subject(self, i: int, hi: int) -> ActorMention | None:
        """The names after ``كل من`` right after the verb at ``i`` (``وأيدت كل من السعودية والإمارات
        الخطوة``، ``استدعت كل من كولومبيا وتشيلي سفيريهما``): "each of" stands for them, the subject."""
        k = i + 3
        if k >= hi or i + 1 in self.inside or self.core[i + 1] not in _EACH_OF or self.core[i + 2] != FROM:
            return None
        a = self.actor(k)
        return a if a is not None and a.first == k and a.prep is None else None

    def titled_person(self, i: int, hi: int) -> ActorMention | None:
        """A person named after a title that opens right after verb ``i`` and runs on through the bodies,
        places and words of its office (``ودعا الأمين العام للأمم المتحدة بان كي مون``، ``وطالب الممثل
        الأعلى للسياسة الخارجية في الاتحاد الأوروبي خافيير سولانا``): the title's holder, its subject."""
        k = i + 1
        while k < hi and self.in_time(k):
            k += 1  # وقال أمس
        if k >= hi or k in self.inside:
            return None
        if (
            self.bare[k] not in title_heads()
            and not self._possessed_title(k)
            # (two holders: بينهم رئيسا الوزراء X وY)
            and not _dual_title(self.bare[k], title_heads, k + 1 < hi and self.core[k + 1].startswith("ال"))
        ):
            return None  # (a title with its office's pronoun too: وطالب منسقها المقيم في أفغانستان X)
        unknown = 0
        past = opened = k  # the first and last token of an aside passed over
        aside = 0  # the tokens of the asides passed over, which the title's span does not count
        for j in range(k + 1, min(hi, k + _TITLE_SPAN + _TITLE_ASIDE_REACH + 1)):
            if j <= past:
                continue
            if j - aside >= k + _TITLE_SPAN:
                return None
            if (closer := _TITLE_ASIDES.get(self.tokens[j].text)) is not None and j - 1 in self.inside:
                # (the acronym of the body just named: القيادة الأمريكية في إفريقيا (أفريكوم) الجنرال X;
                # وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين (أونروا) بيير كرينبول)
                reach = range(j + 2, min(hi, j + 2 + _TITLE_ASIDE_REACH))
                past = next((m for m in reach if self.tokens[m].text == closer), j)
                if past > j:
                    opened = j
                    aside += past - j + 1
                    continue
            a = self.at.get(j)
            if a is not None:
                if a.etype != "PER":
                    continue  # a body or place of the office (للأمم المتحدة، في العراق)
                if a.prep == "ل" and self.bare[a.first] in title_words():
                    continue  # the office's own holder (المبعوث الشخصي للأمين العام للأمم المتحدة X)
                # (not the genitive of a noun of no title: رفض السفير الأميركي اقتراح ماكرون; the word
                # before an aside passed over is the one before it)
                prev = opened - 1 if j - 1 == past > k else j - 1
                before = self.core[prev]
                construct = (
                    prev not in self.inside
                    and not before.startswith("ال")
                    and bare(before) not in title_words()
                    and bare(before) not in SUBJECT_FILLERS
                    # (but a place name the gazetteer lacks that ends a title's chain of constructs,
                    # no article nor other name in it, is the office's: واتهم حاكم إيجه X)
                    and not self._bare_construct_chain(k, j)
                    # (nor is the nationality of an origin, part of the title: الصحفي الكندي من أصل مصري X)
                    and prev - 1 not in self._origin_words(j)
                )
                # (a preposition of the office before it is not the name's: القيادي في الحرس X)
                office = a.prep_at is not None and a.prep_at > k and before.startswith("ال")
                if j == k + 1 and not self.core[k].startswith("ال") and (held := self._apposed_person(a)):
                    return held  # ونفى محامي X، Y، الاتهامات: the lawyer named between commas, not X
                return a if (a.prep is None or office) and not construct else None
            if j in self.inside:
                continue
            if self.is_boundary(j) or j in self._any_verbs or self.tokens[j].text in QUOTE_MARKS:
                return None
            word = self.bare[j]
            if word in title_words() or word in SUBJECT_FILLERS or word in demonym_words():
                continue
            if _dual_title(word):
                continue  # (السابقان of رئيسا الوزراء السابقان)
            if self.core[j] in PARTICLES or self.core[j] in PREPOSITIONS:
                continue
            unknown += 1  # a word of the office the titles do not list (للسياسة، لشؤون اللاجئين)
            if unknown > _TITLE_UNKNOWN:
                return None
        return None

    def _bare_construct_chain(self, k: int, j: int) -> bool:
        """Tokens ``[k, j)`` are a chain of constructs with no article, no name and no aside in it
        (``رئيس بلدية إيجه``): a title and the unknown place of its office."""
        return all(
            not self.core[m].startswith("ال") and m not in self.at and m not in self.inside
            for m in range(k, j)
        )

    def bare_body_head(self, k: int) -> bool:
        """Token ``k`` is a body's bare head with the article that no mention covers and no adjective
        follows (``المحكمة``، ``الجماعة``، ``السلطات``): a body told again, no title of a person after it
        (not a rank: ``الفريق``)."""
        core = self.core[k]
        return (
            k not in self.inside
            and core in anaphor_heads()
            and bare(core) not in title_heads()
            and not adjective_after(self.tokens, self.core, k)
        )

    def title_chain(self, start: int, end: int, apposed: bool) -> bool:
        """Tokens ``[start, end)`` may stand between a verb and its subject, the actor named at ``end``:
        :meth:`only_titles`, where a title opens with its head (``وقال وزير الخارجية X``) and, before a
        bare body or place (not ``apposed``: no person, no preposition), ends in a construct whose genitive
        it is (``وزير خارجية إيران``، ``قوات الأمن``). A noun with the article heads no genitive: it is a
        subject of its own and the name after it the object (``واتهم الجيش حزب الله``، ``وانتقد الرئيس
        الفرنسي إيران``)."""
        if not self.only_titles(start, end):
            return False
        last = next((k for k in range(end - 1, start - 1, -1) if k not in self.name_parts), None)
        if not apposed and last is not None and self.core[last].startswith("ال") and not self.in_time(last):
            return False
        words = title_words()
        first = None
        for k in range(start, end):
            core = self.core[k]
            bare_core = self.bare[k]
            if k in self.name_parts or (k + 1 == end and bare_core in _STATE_HEADS):
                continue  # (افتتحت جمهورية السنغال قنصلية: the state's official name, no title)
            if core.startswith("ال") and bare_core in _HEADLESS:
                return False  # واتهم الجيش حزب الله: the army acts, Hezbollah is no genitive of it
            if first is None and bare_core in _PLURAL_TITLES:
                first = bare_core  # أدان وزراء خارجية الجامعة العربية: the body's ministers, as it
            if first is None and self._possessed_title(k):
                return True  # وانتقد رئيسها التنفيذي X: a title opened by the office a pronoun names
            if first is None and bare_core in words and bare_core not in SUBJECT_FILLERS:
                if not core.startswith("ال") and k + 1 < end and self.core[k + 1] in demonym_words():
                    return False  # واتهم مسؤول أمريكي إيران: someone described, not a title before a name
                first = bare_core
        # (a body's council or committee stands for it: دان مجلس جامعة الدول العربية)
        return first is None or first in title_heads() or first in _BODY_ORGANS or first in _PLURAL_TITLES

    def _may_stand_before_subject(self, k: int) -> bool:
        core = self.core[k]
        bare_core = self.bare[k]
        return (
            k in self.name_parts
            or self.tokens[k].text in QUOTE_MARKS  # a name in quotes (صحيفة " بابل ")
            or core in PARTICLES
            or bare_core in title_words()
            or bare_core in _PLURAL_TITLES  # علق زعماء مجموعة الثماني: the leaders of a body act as it
            or k in self.title_dots  # د. عزيز الدويك
            or bare_core in SUBJECT_FILLERS
            or bare_core in demonym_words()
            or self.in_time(k)
            or self.pronoun_pp(k)
            or self._possessed_title(k)
            or self._kin_before_name(k)
            or self._represented_by(k)
            or self.in_whose_name(k)
            or (
                bare_core in _STATE_HEADS
                and not self.tokens[k].proclitics
                and (a := self.at.get(k + 1)) is not None
                and a.etype == "GPE"
                and a.prep is None
            )
        )

    def _possessed_title(self, k: int) -> bool:
        """Token ``k`` is a title word with a pronoun for whose office it is: ending a title, right after a
        title word (``وزير خارجيتها``، ``وزير دفاعه``، ``رئيس وزرائها``), or opening one (``مديرها الجهوي``،
        ``رئيسها التنفيذي``)."""
        stem = self.tokens[k].stem
        if stem is None or not has_suffix(self.tokens[k]):
            return False
        form = stem.form
        # (the stem as the tokenizer leaves it: ت for ة, ي for the hamza: خارجيت، وزراي)
        spellings = {
            bare(w)
            for w in (
                form,
                form[:-1] + "ه" if form.endswith("ت") else form,
                form[:-1] + "ء" if form.endswith("ي") else form,
            )
        }
        if k > 0 and self.bare[k - 1] in title_words():
            return bool(spellings & title_words())
        return bool(spellings & title_heads())

    def _kin_before_name(self, k: int) -> bool:
        """Token ``k`` is a noun of kinship with a pronoun right before a person's name, which it describes
        (``واتهمت زوجته ويني بيانيما السلطات``، ``وقال شقيقه محمد``)."""
        stem = self.tokens[k].stem
        if stem is None or not has_suffix(self.tokens[k]):
            return False
        named = self.at.get(k + 1)
        if named is None or named.etype != "PER" or named.prep is not None:
            return False
        form = stem.form
        return bare(form[:-1] + "ه" if form.endswith("ت") else form) in KIN_NOUNS

    def pronoun_pp(self, k: int) -> bool:
        """Token ``k`` is a preposition with a pronoun suffix (``إليه``، ``له``، ``عليها``): it may stand
        between a verb and its subject (``دعا إليه وزير الداخلية``)."""
        stem = self.tokens[k].stem
        if self.core[k] in _PRONOUN_PPS:
            return True  # له، لها: left whole by the tokenizer
        if self.core[k] in RESUMPTIVE:
            return False  # زيارة التقى خلالها شي: a relative clause's place, its subject the clause's
        return stem is not None and stem.form in PREPOSITIONS and has_suffix(self.tokens[k])

    @cached_property
    def place_names(self) -> dict[str, str]:
        """The document's towns and regions by their names' normalised words (``اسلام اباد``), found once:
        a place inside a body's name is looked up here (``مجمع محكمة إسلام آباد العليا``)."""
        return {
            normalize(e.name): e.id
            for e in self.entities.values()
            if e.type in ("GPE", "LOC") and country_code(e.kb_id or "") is None
        }

    def place_inside(self, m: ActorMention) -> str | None:
        """The town or region whose name stands inside a body's mention ``m`` past its first word (``إسلام
        آباد`` of ``محكمة إسلام آباد العليا``), or None."""
        names = self.place_names
        for a in range(m.first + 1, m.last + 1):
            for b in range(m.last, a - 1, -1):
                if (e := names.get(" ".join(self.norm[a : b + 1]))) is not None:
                    return e
        return None

    @cached_property
    def dated_times(self) -> list[Time]:
        """The document's times whose value is a date (a year, a month or a day: 2023, 2023-05,
        2023-05-14), in their order, found once."""
        return [t for t in self.doc.times if t.value and _DATE_VALUE.fullmatch(t.value)]

    def in_time(self, k: int) -> bool:
        if self._time_tokens is None:  # the tokens inside a time expression, found once
            self._time_tokens = covered_tokens(self.tokens, self.doc.times)
        return k in self._time_tokens or self._same_day(k)

    def _same_day(self, k: int) -> bool:
        """Token ``k`` is in "that day" or "the day after" told with no day named before it, which the
        times stage has none to count from (``واستقبل تبون في اليوم نفسه قادة أحزاب``): a time too."""
        core = self.core
        if core[k] == _THE_DAY:
            return k + 1 < len(core) and core[k + 1] in _SAME_DAY_AFTER
        return core[k] in _SAME_DAY_AFTER and k > 0 and core[k - 1] == _THE_DAY

    @cached_property
    def _models_named(self) -> bool:
        """Whether the document has the word of a craft's model (طراز) at all, found once."""
        return _MODEL in self.core

    def craft_model(self, k: int) -> bool:
        """Token ``k`` is in a craft's model phrase, ``من طراز`` and the name after it (``أسقطت مقاتلتان
        تركيتان من طراز إف-16 قاذفة روسية``): it describes the craft before it, as an adjective does."""
        if not self._models_named:
            return False  # (no من طراز in the document: most are none)
        if self.core[k] == _MODEL:
            return True
        if self.core[k] == FROM and k + 1 < len(self.tokens) and self.core[k + 1] == _MODEL:
            return True
        # its name: a word right after it (من طراز ميغ), then numbers, dashes and Latin letters (إف-16)
        j = k
        while j > 0 and k - j <= _MODEL_NAME_REACH:
            if self.core[j - 1] == _MODEL:
                return True
            if self.core[j].isalpha() and not self.core[j].isascii():
                return False
            j -= 1
        return False

    def in_amount(self, k: int) -> bool:
        """Token ``k`` is in a quantity (``مليون دولار``) or introduces one (``بقيمة``)."""
        if self._amount_tokens is None:
            self._amount_tokens = covered_tokens(self.tokens, self.doc.quantities)
        return k in self._amount_tokens or self.core[k] in _AMOUNT_WORDS

    def in_measure(self, k: int) -> bool:
        """Token ``k`` is in a sum of money (``120 مليون يورو``, its unit a currency code) or introduces
        one (``بقيمة``), or in a count of goods (``60 شاحنة``، ``40 طنا``); not a count of people
        (``19 مدنيا``)."""
        if self._measure_tokens is None:
            measures = [
                q
                for q in self.doc.quantities
                if q.unit and ((len(q.unit) == 3 and q.unit.isupper()) or q.unit in _GOODS_UNITS)
            ]
            covered = covered_tokens(self.tokens, measures)
            for q in measures:
                # بأكثر من 350 طائرة، و9 صواريخ: the word the count opens in, a proclitic before it
                if (j := self.token_at(q.start)) >= 0 and self.tokens[j].end > q.start:
                    covered.add(j)
            for j in sorted(covered):
                # 350 طائرة مسيرة، 9 صواريخ كروز: the kind of the weapons counted, part of the count
                if j + 1 < len(self.tokens) and j + 1 not in covered and self.bare[j + 1] in _COUNTED_KINDS:
                    covered.add(j + 1)
            self._measure_tokens = covered
        return k in self._measure_tokens or self.core[k] in _AMOUNT_WORDS

    def title_genitive(self, a: ActorMention) -> bool:
        """A place or body right after a title word is the title's genitive (وزير خارجية روسيا)."""
        k = a.first - 1
        while k > 0 and self.tokens[k].text in QUOTE_MARKS:
            k -= 1  # وقائد «قوات سوريا الديمقراطية» مظلوم عبدي
        if a.etype == "PER" or k < 0 or (k in self.inside and self.core[k] not in NAME_KINDS):
            return False  # (but a kind the tagger took for a name: قائد ميليشيا "النمر")
        if before_later(self.core, k + 1) <= k:
            return False  # طالبت X في وقت سابق الدنمارك: "earlier", no title (سابق "former")
        if self.core[k] in NAME_KINDS and k > 0:
            k -= 1  # the body's kind before its name: رئيس حركة حماس (not قصف مواقع حركة طالبان)
        if self.bare[k] in _TITLE_ADJECTIVES and k > 0:
            k -= 1  # أمين عام الأمم المتحدة
        if k > 0 and self.bare[k] in _COMMANDED and self.bare[k - 1] in title_words():
            k -= 1  # قائد قوة الأمم المتحدة: the force's commander, the title before it
        # (a word with the article heads no genitive: وانتقدت المعارضة الحكومة المصرية; a body's
        # delegation, forces or management stand for the body: التقى وفد حماس، اتهم X قوات النظام السوري،
        # طالبت النقابة إدارة الشركة)
        word = self.bare[k]
        if word == _MANAGEMENT and (
            self.tokens[k].proclitics or (k > 0 and self.bare[k - 1] in title_words())
        ):
            return True  # رئيس مجلس إدارة شركة X، المكلف بإدارة الدفاع: a title's words, not the body
        state = word == _STATE or (word == _REPUBLIC and set(self.tokens[k].proclitics) <= {"و"})
        if state and a.etype in PLACE_TYPES and k > 0:
            k -= 1  # دولة الإمارات: the state itself, unless a title is before it (أمير دولة الكويت)
            word = self.bare[k]
        return (
            word in title_words()
            and word not in _DELEGATIONS
            and word != _FORCES
            and word != _MANAGEMENT
            and word != _STATE
            and not (word == _REPUBLIC and state)
            and not self.core[k].startswith("ال")
            # (nor how a statement was made: اتهم X في كلمة مصورة مصر, no photographer of Egypt)
            and not (k > 0 and word in _STATEMENT_WORDS and self.core[k - 1] in _STATEMENTS)
        )

    def heads(self, person: str, body: str) -> bool:
        """``person`` is named right after a title whose genitive is ``body`` (``زعيم حزب الشعب الجمهوري
        أوزغور أوزال``), or by such a title (``الأمين العام لحزب الله``): he leads it."""
        held = [(m.start, m.end) for m in self.entities[person].mentions]
        if any(s <= m.start and m.end <= e for m in self.entities[body].mentions for s, e in held):
            return True
        return any(
            body in a.entities
            and (self.title_genitive(a) or self.title_lam(a))
            and (after := self.at.get(a.last + 1)) is not None
            and person in after.entities
            for a in self.at.values()
        )

    def title_seat(self, a: ActorMention) -> bool:
        """A body after ``ب``، ``في`` or ``ل`` right after a title word is where the title is held (``وزيرة
        الدولة بوزارة الطاقة``، ``مسؤول في حركة حماس``، ``المرشد العام لجماعة الإخوان``)."""
        if a.etype == "PER" or a.prep not in ("ب", _IN, "ل"):
            return False
        k = (a.first if a.prep_at is None else a.prep_at) - 1
        if k < 0 or k in self.inside:
            return False
        if a.prep == "ل" and k > 0 and self.bare[k] in _TITLE_ADJECTIVES:
            k -= 1  # المرشد العام لجماعة الإخوان
        word = self.bare[k]
        return word in title_words() or (word[-1:] == "ا" and word[:-1] in title_words())  # مسؤولا

    def serves_at(self, a: ActorMention, people: Sequence[str]) -> bool:
        """``a``, a body, follows ب or في right after one of ``people`` told by a title (``رفض السفير
        الأميركي بمجلس الأمن اقتراح أنان``): where that person serves, no one acted on."""
        if a.prep not in ("ب", _IN) or a.etype != "ORG":
            return False
        k = (a.first if a.prep_at is None else a.prep_at) - 1
        m = self.mention_covering(k)
        return (
            m is not None
            and m.etype == "PER"
            and m.last == k
            and m.entities[0] in people
            # a title told as the person (السفير الأميركي), not a name (ندد بوتين بحلف الناتو)
            and all(self.bare[j] in title_or_demonym_words() for j in range(m.first, k + 1))
        )

    def title_lam(self, a: ActorMention) -> bool:
        """A body with ``ل`` after a title (and at most one adjective) in apposition to a name is the
        title's genitive (``مصطفى ضيائي المستشار السياسي للجبهة التركمانية``); after a title that
        is itself the subject, ``ل`` may name a recipient (``اعتذر الرئيس السابق لمصر``)."""
        if a.prep != "ل" or a.etype == "PER":
            return False
        k = a.first - 1
        titled = False
        while k > a.first - 1 - _TITLE_RUN and k >= 0 and k not in self.inside and not self.is_boundary(k):
            if self.bare[k] in _BODY_HEADS:
                return True  # الأمين العام لحزب الله، زعيم الحزب: of a body, whatever comes before
            if self.bare[k] in title_words():
                titled = True
            elif not self.core[k].endswith(NISBA_ENDINGS) and self.bare[k] not in _TITLE_ADJECTIVES:
                return False
            k -= 1
        return titled and k in self.inside

    def content_after(self, ids: Sequence[str], i: int) -> bool:
        """The actors ``ids`` named after verb ``i`` are followed by a ب or إلى phrase, places
        between them aside (اتهم الحكومة الانتقالية في بيداوا بالخضوع): an object and its content."""
        last = max((m.last for m in self.at.values() if m.first > i and m.entities[0] in ids), default=None)
        if last is None:
            return False
        for k in range(last + 1, min(last + 1 + _CONTENT_REACH, len(self.tokens))):
            if k in self.inside or self.tokens[k].text in QUOTE_MARKS:
                continue  # (the name's closing quotation mark: وحركة «رشاد» بالمسؤولية)
            if "ب" in self.tokens[k].proclitics or self.core[k] == _TO_PREP:
                return True
            if self.core[k] not in PREPOSITIONS:
                return False
        return False

    def owned_by(self, a: ActorMention) -> bool:
        """``a`` after ``ل`` owns what comes before: ``تابع``/``تابعة``/``مملوك`` right before the ل
        (``طائرتي شحن تابعتين لشركة الخطوط الجوية الإيرانية``)."""
        k = (a.prep_at if a.prep_at is not None else a.first) - 1
        return k >= 0 and self.bare[k].startswith(_OWNED)

    def reported_speaker(self, i: int) -> list[str]:
        """The one reported as saying what token ``i`` is part of, named after عن right before ``قوله``
        in its clause (``نقلت الوكالة عن الرئيس بشار الأسد قوله خلال لقائه``): whose the pronoun of a
        verbal noun there is, not the reporting agency's."""
        for k in range(i - 1, max(i - 1 - _SAYING_REACH, 0), -1):
            if self.is_hard(k):
                return []
            if self.core[k] in _SAYING and (a := self.mention_ending_at(k - 1)) is not None:
                # (عن before it, or before its titles: عن الرئيس بشار الأسد قوله)
                j = a.first - 1
                while (
                    j > 0
                    and a.first - j <= _TITLE_RUN
                    and self.core[j] != ABOUT
                    and (j in self.inside or self.only_titles(j, j + 1))
                ):
                    j -= 1
                return list(a.entities) if a.prep == ABOUT or self.core[j] == ABOUT else []
        return []

    def submitted_by(self, a: ActorMention) -> bool:
        """``a`` after ``من`` or ``عن`` put forward what comes before: a participle of submitting or
        issuing right before the preposition (``الطعن المقدم من حزب الوفد``، ``القرار الصادر عن
        المجلس``)."""
        k = (a.prep_at if a.prep_at is not None else a.first) - 1
        return a.prep in _FROM_BY and k >= 0 and k not in self.inside and self.bare[k] in _SUBMITTED

    def loyal_to(self, a: ActorMention) -> bool:
        """``a`` after ``ل`` is whom a group before it is loyal to (``حركة «الحرس الفتي» الموالية
        للكرملين``), or after ``ب`` whom the group named right before is tied to (``جماعة نصرة الإسلام
        والمسلمين المرتبطة بتنظيم القاعدة``; not unnamed ones: عقوبات على الشركات المرتبطة بالحرس الثوري):
        an affiliation, not someone acted on."""
        k = (a.prep_at if a.prep_at is not None else a.first) - 1
        if k < 0 or k in self.inside:
            return False
        if a.prep == "ب":
            named = k - 1
            while named > 0 and self.tokens[named].text in QUOTE_MARKS:
                named -= 1  # (quoted: «جماعة نصرة الإسلام والمسلمين» المرتبطة بتنظيم القاعدة)
            return self.bare[k] in _TIED and self.mention_ending_at(named) is not None
        return a.prep == "ل" and self.bare[k] in _LOYAL

    def dwelling_of(self, a: ActorMention) -> bool:
        """``a`` after ``ل`` owns the place or post right before it (``دورية للجيش العراقي``، ``مقرا
        لمغاوير الشرطة``): what is struck there strikes ``a``."""
        k = (a.prep_at if a.prep_at is not None else a.first) - 1
        if a.prep != "ل" or k < 0 or k in self.inside:
            return False
        word = self.bare[k]
        return word in _DWELLINGS or (word.endswith("ا") and word[:-1] in _DWELLINGS)  # مقرا، موقعا

    def seat_struck(self, i: int, hi: int, exclude: Sequence[str]) -> list[str]:
        """The person or body whose seat or home the act at ``i`` struck near or at, later in its clause
        (``انفجرت عبوتان قرب مقر الحزب الديمقراطي الكردستاني``، ``أمام منزل X``): a dwelling word after a
        word of place, its owner right after it."""
        for k in range(i + 1, hi - 1):
            if self.is_hard(k) or k in self.clause_verbs:
                return []
            word = self.bare[k]
            if word not in _DWELLINGS or k == 0 or self.bare[k - 1] not in _AT_A_PLACE:
                continue
            # (its owner's titles between: قرب موكب الشيخ X)
            first = next(
                (
                    j
                    for j in range(k + 1, min(k + 1 + _TITLE_RUN, hi))
                    if j in self.at or not self.only_titles(j, j + 1)
                ),
                k + 1,
            )
            a = self.actor(first)
            if a is None or a.etype not in ("PER", "ORG") or set(a.entities) & set(exclude):
                continue
            if a.last > a.first and "ل" in self.tokens[a.first + 1].proclitics:
                continue  # مقر مجلس للصحوة: some council, none named
            return list(a.entities)
        return []

    def envoy_to(self, a: ActorMention) -> bool:
        """``a`` after ``إلى`` ends an envoy's title (``موفد الأمم المتحدة إلى الشرق الأوسط``, ``سفير
        فرنسا لدى``): where the envoy is sent, no recipient of the trigger."""
        if a.prep != _TO_PREP or a.prep_at is None:
            return False
        for k in range(a.prep_at - 1, max(a.prep_at - 1 - _TITLE_RUN * 2, -1), -1):
            if self.bare[k] in _ENVOYS:
                return True
            if self.bare[k] in _ENVOY_ADJECTIVES and k not in self.inside and a.etype != "PER":
                # المبعوث الشخصي للأمين العام للأمم المتحدة إلى السودان: the envoy's own adjective (but
                # إلى الصحراء ستافان دي ميستورا: the holder himself, named past the place)
                continue
            if k not in self.inside and not self.only_titles(k, k + 1):
                return False
            named = self.mention_covering(k) if k in self.inside else None
            if named is not None and named.etype == "PER" and self.bare[named.first] not in title_words():
                return False  # (a person's name before إلى: وصل السفير محمد آل جابر إلى صنعاء, he went there)
        return False

    def conjoined_to_pp(self, j: int) -> bool:
        """The name at ``j`` is conjoined (و) to a name inside a prepositional phrase (لمصر وإيران), or
        to a later conjunct of one."""
        if not self.conjoined(j):
            return False
        for k in range(j - 1, max(j - 6, -1), -1):
            if self.is_hard(k):
                return False
            a = self.mention_ending_at(k, places=True)
            if a is not None:  # (or to a conjunct of one: في بلدات كفركلا والعديسة ومركبا)
                return a.prep is not None or self.conjoined_to_pp(a.first)
        return False

    def _coordinated_after(self, m: ActorMention) -> list[ActorMention]:
        """Actors coordinated after ``m``: ``m وX``, ``m، X وY``, titles allowed before each name, and an
        apposition between commas passed over (``أنان الأمين العام للأمم المتحدة ، وكوناري``)."""
        out: list[ActorMention] = []
        # members after a comma only, kept once a member with و ends the list (X ، Y وZ): a comma with no
        # و after it sets off an apposition or the object (دعا نعيم قاسم ، الرئيس السنيورة إلى)
        pending: list[ActorMention] = []
        cur = m
        n = len(self.tokens)
        sentence = self.tokens[m.first].sentence
        place = m.etype in PLACE_TYPES  # places list places (نابلس ومخيمي بلاطة وعين بيت الماء)

        def member(k: int) -> ActorMention | None:
            a = self.actor(k)
            if a is None and place and (p := self.at.get(k)) is not None and p.etype in PLACE_TYPES:
                return p
            if (
                a is None
                and (p := self.at.get(k)) is not None
                and p.etype == "MISC"
                and cur.etype in ("ORG", "PER")
                and self.tokens[k - 1].text in QUOTE_MARKS
                and (
                    self.tokens[cur.last + 1].text in QUOTE_MARKS
                    or (
                        k - 2 == cur.last + 1 and self.tokens[k - 2].text == _AND and self.bare[k] not in _ALL
                    )
                )
            ):
                # صحيفتي «لوموند» و«ليبراسيون»، شركتي "فايزر" و"موديرنا": a quoted name joined to a quoted
                # actor's is one more actor of its kind, whatever type the tagger gave it; and so is one
                # quoted right after و (وقعت الحكومة الكولومبية و"جيش التحرير الوطني"), not "all of" some
                # (شكر البنك و"جميع شركاء كييف")
                return p
            return a

        while True:
            j = cur.last + 1
            if j + 1 < n and self.core[j] in _FORMER and self.at.get(j) is None:
                j += 1  # الرئيس الأسبق محمود أحمدي نجاد: the title's adjective of time, then the name
            same = self.at.get(j)
            if same is None and j + 1 < n and self.bare[j] in title_words():
                same = self.at.get(j + 1)  # (an honorific between: أمير قطر الشيخ تميم بن حمد)
            if same is not None and same.entities == cur.entities:
                cur = same  # the name after a title told as a mention of the same person (الرئيس الفرنسي X)
                continue
            while j < n and self.tokens[j].text in QUOTE_MARKS:
                j += 1  # « حماس » و « الجهاد »، « حماس « » و
            if (
                j < n
                and self.tokens[j].text == "("
                and (close := self._closing(j, n)) is not None
                and close + 1 < n
                and self.conjoined(close + 1)
            ):
                j = close + 1  # الاتحاد الدولي (فيفا) والاتحاد الأوروبي: past the name's other name
            if (
                j + 1 < n
                and j not in self.inside
                and self.core[j].startswith("ال")
                and self.core[j].endswith(NISBA_ENDINGS)
                and self.conjoined(j + 1)
            ):
                j += 1  # حركة «الماك» الانفصالية وحركة «رشاد»: the name's adjective, then the next name
            seat = None
            if not place and j + 1 < n and self.core[j] == _IN:
                seat = self.at.get(j + 1)
            elif (
                cur.etype == "ORG"
                and (at := self.at.get(j)) is not None
                and at.prep == "ب"
                and at.last + 1 < n
                and (other := member(at.last + 1)) is not None
                and other.etype == "ORG"
            ):
                # الاتحاد العام للشغالين بالمغرب والكونفدرالية: where a body is, with ب, then another body
                # (not whom a person praises: أشاد بوتين بإسرائيل وماكرون)
                seat = at
            if seat is not None:
                # وقعت الحكومة الاتحادية في بغداد وحكومة إقليم كردستان: where the first is, then a body
                after = seat.last + 1
                if (
                    seat.etype in PLACE_TYPES
                    and after < n
                    and self.conjoined(after)
                    and (other := member(after)) is not None
                    and other.etype not in PLACE_TYPES
                ):
                    j = after
            if j < n and self.tokens[j].text in ("،", ","):
                j += 1
            if j < n and member(j) is None and not self.conjoined(j):
                j = self._after_apposition(j)
            if j >= n or self.tokens[j].sentence != sentence:
                return out
            if (
                j + 1 < n
                and self.tokens[j].text == _OR
                and (alt := member(j + 1)) is not None
                and alt.prep in (None, cur.prep)
            ):
                out.extend(pending)  # بضرب حزب الله أو إيران: either, both named
                pending.clear()
                out.append(alt)
                cur = alt
                continue
            listed = self.tokens[cur.last + 1].text in ("،", ",") and member(j) is not None
            if not self.conjoined(j) and not listed:
                return out
            start = j
            if self.conjoined(j) and cur.prep is not None and self.core[j] == cur.prep and j + 1 < n:
                start = j + 1  # على إسرائيل وعلى حماس: the preposition told again
            nxt = None
            of_members = False  # the conjunct is the people of a body (وعناصر من الشرطة)
            # a conjunct opening with a title may tell where its holder serves before the name (والجندي
            # السابق في مشاة البحرية الأميركية بول ويلان): past a preposition, only a person is the conjunct
            titled = self.bare[start] in title_words()
            if self._common_conjunct(start):
                # هيئة شؤون الأسرى والمحررين مصلحة السجون: the rest of a name cut at its و, no actor joined
                # by it (the name after it is the verb's object); an actor joined after the name's rest is
                # (وزارة إعداد التراب الوطني والتعمير والإسكان ومجموعة العمران)
                later = self._past_name_rest(start)
                if later is None:
                    return out
                j = start = later
                titled = self.bare[start] in title_words()
            past_pp = False
            for k in range(start, min(j + (_TITLED_CONJUNCT_REACH if titled else 5), n)):
                if self.tokens[k].text in QUOTE_MARKS:
                    continue
                if titled and k > start and self.core[k] in PREPOSITIONS and not self.is_boundary(k):
                    past_pp = True
                    continue
                if (
                    k == start
                    and self.core[k] in MEMBER_WORDS
                    and k + 2 < n
                    and self.core[k + 1] == FROM
                    and (members := member(k + 2)) is not None
                ):
                    nxt, of_members = members, True  # قوات الدعم السريع وعناصر من الشرطة السودانية
                    break
                if (
                    self.is_boundary(k)
                    or k in self.clause_at
                    or (self.core[k] in PREPOSITIONS and not self._unmarked_name(k))
                ):
                    break
                if (
                    k in self.verbs
                    or k in self.clause_verbs
                    or k in self.speech
                    or self.core[k] in GOVERNING
                    or (k == start and not place and self.core[k] in _APPOINTING)
                    or (self.opens_pp(k) and not self._title_lam(k, start) and not self._unmarked_name(k))
                    # (an office's name after a title word is no act: ووزيرة التضامن الاجتماعي X; nor is a
                    # body's name opening with a meeting's word: مجلس النواب الليبي والمؤتمر الوطني العام)
                    or (
                        k in self.acts
                        and not (k > start and self.bare[k - 1] in title_words())
                        and not (k == start and (body := self.at.get(k)) is not None and body.etype == "ORG")
                    )
                ):
                    # إسرائيل واتهمها بتدمير لبنان، X ، وانسحاب الحزب، وأعلن الرئيس، محمد علي، وقررت الحكومة:
                    # no coordination
                    break
                a = member(k)
                if a is not None and not (past_pp and a.etype != "PER"):
                    nxt = a
                    break
                if k > j and k in self.inside and not past_pp:
                    break
            # (a preposition of its own only when it is the one before: لإسرائيل ولحماس، على X وعلى Y)
            if nxt is None or (nxt.prep is not None and nxt.prep not in ("و", cur.prep) and not of_members):
                return out
            holder = None
            if nxt.etype != "PER" and self.title_genitive(nxt):
                # ورئيس حزب الخير مساوات درويش أوغلو: the title's holder, not its body
                # (a first name the entity layer left out may stand between: مساوات درويش أوغلو)
                holder = self.first_actor(nxt.last + 1, min(nxt.last + 3, n))
            if holder is None or holder.etype != "PER":
                # ورئيس أركان الجيش الوطني الشعبي الفريق أول السعيد شنقريحة، وسفير الاتحاد الأوروبي لدى
                # القاهرة إيفان سوركوش: the person whose post the body is told with, not the body
                holder = self._post_holder(start, nxt)
            nxt = holder or nxt
            if self.conjoined(j):
                out.extend(pending)
                pending.clear()
                out.append(nxt)
            else:
                pending.append(nxt)
            cur = nxt

    def _common_conjunct(self, start: int) -> bool:
        """The conjunct opening at ``start`` is a definite common noun, or a noun and its definite genitive,
        that no name holds and that no title, nationality or force word is (``والمحررين``، ``وحقوق
        الإنسان``): the rest of a body's name cut at its و, not one more actor (``هيئة شؤون الأسرى
        والمحررين``)."""
        token = self.tokens[start]
        if (
            start + 1 >= len(self.tokens)
            or start in self.inside
            or "و" not in token.proclitics
            or self.actor(start) is not None
            or self.only_titles(start, start + 1)
            # (an epithet before a person's name: والشريف عبد الرحمن)
            or ((named := self.at.get(start + 1)) is not None and named.etype == "PER")
        ):
            return False
        if token.text[1:].startswith(_DEFINITE):  # (as written: وألفا is a name, no article)
            return True
        # a noun and its definite genitive, neither a name nor a title (وحقوق الإنسان، وإصلاح الإدارة)
        after = start + 1
        return (
            self.core[after].startswith(_DEFINITE)
            and after not in self.inside
            and not self.is_boundary(after)
            and not self.only_titles(after, after + 1)
        )

    def _past_name_rest(self, start: int) -> int | None:
        """The next conjunct with و, shortly after the rest of a name cut at its و that opens at ``start``,
        that opens with an actor (``والتعمير والإسكان وسياسة المدينة ومجموعة العمران``); None where the
        clause ends, or a name with no و comes, first (the verb's object)."""
        for k in range(start + 1, min(start + 1 + _NAME_REST_REACH, len(self.tokens))):
            if self.is_boundary(k) or k in self.verbs or k in self.clause_verbs:
                return None
            if self.conjoined(k) and self.actor(k) is not None:
                return k
            if k in self.inside:
                return None
        return None

    def _post_holder(self, start: int, body: ActorMention) -> ActorMention | None:
        """The person named shortly after ``body`` in a conjunct that opens at ``start`` with a title word,
        the body the genitive of the title, whatever stands between (``ورئيس إقليم أرض الصومال موسى بيحي
        عبدي``): more titles, where the post is (``لدى القاهرة``), a first name the entity layer left out
        (``ورئيسة هيئة متاحف قطر الشيخة المياسة بنت حمد آل ثاني``); None when no person comes first."""
        if body.etype == "PER" or body.first <= start or self.bare[start] not in title_words():
            return None
        n = len(self.tokens)
        k = body.last + 1
        while k < min(body.last + 1 + _HOLDER_REACH, n):
            if (
                self.is_boundary(k)
                or k in self.verbs
                or k in self.clause_verbs
                or k in self.acts
                or self.conjoined(k)
                or (self.core[k] in PREPOSITIONS and self.core[k] != AT_BODY)
            ):
                return None
            if (a := self.at.get(k)) is not None:
                if a.etype == "PER" and self.actor(k) is not None:
                    return a
                if a.etype not in PLACE_TYPES or self.core[k - 1] != AT_BODY:
                    return None
                k = a.last  # where the post is: سفير الاتحاد الأوروبي لدى القاهرة
            k += 1
        return None

    def _unmarked_name(self, k: int) -> bool:
        """A name with no preposition before it opens at token ``k``, its first word spelt as a
        preposition (``وعلي رازيني``: Ali, not "on")."""
        a = self.at.get(k)
        return a is not None and a.prep is None

    def group_after(self, m: ActorMention) -> tuple[list[str], int]:
        """Entity ids of ``m`` and the actors coordinated after it; the last token used."""
        ids = list(m.entities)
        last = m.last
        for a in self._coordinated_after(m):
            ids.extend(a.entities)
            last = a.last
        if (body := self._counted_members_joined(last + 1)) is not None:
            # اعتقل الجيش الرئيس X وعددا من قادة حزب Y: the body of the members counted last, too
            ids.extend(body.entities)
            last = body.last
        return _dedup(ids), last

    def _counted_members_joined(self, k: int) -> ActorMention | None:
        """A count of a body's members joined by و at ``k`` (``وعددا من قادة حزب Y``، ``وثلاثة من عناصر
        الجيش``): the body, no place, named right after the word for its members; else None."""
        if k + 3 >= len(self.tokens) or not self.conjoined(k) or k in self.inside:
            return None
        core = self.core[k]
        counted = bare(core) in _COUNTS or bare(core.removesuffix("ا")) in _COUNTS
        if not (counted or core.isdigit() or core in number_words()):
            return None
        if self.core[k + 1] != FROM or self.bare[k + 2] not in MEMBER_WORDS:
            return None
        body = self.actor(k + 3)
        return body if body is not None and body.etype not in PLACE_TYPES else None

    def _conjunct(self, first: int) -> int | None:
        """The token carrying the و that conjoins the name at ``first`` to what precedes, titles before
        the name allowed (``والملك حمد``); None when it is not conjoined."""
        k = first
        own = self.at[first].entities if first in self.at else ()
        while not self.conjoined(k):
            k -= 1
            title = self.mention_ending_at(k) if k in self.inside else None
            if title is not None and title.entities == own:
                k = title.first  # the title is a mention of the same person (والملك حمد)
            elif k < 0 or k in self.inside or first - k > _TITLE_RUN or not self.only_titles(k, k + 1):
                return None
        return k

    def group_before(self, m: ActorMention) -> list[str]:
        """Entity ids of ``m`` and the actors coordinated before it (``بوتين وكيم`` read from ``كيم``)."""
        return _dedup([e for a in self._coordinated_before(m) for e in a.entities])

    def _coordinated_before(self, m: ActorMention) -> list[ActorMention]:
        """``m`` and the mentions coordinated before it, in order (``السعودية والإمارات`` read from
        ``الإمارات``)."""
        group = [m]
        cur = m
        while cur.first > 0 and self.tokens[cur.first - 1].sentence == self.tokens[m.first].sentence:
            k = cur.first - 1
            if self.tokens[k].text in ("،", ","):
                k -= 1
            elif (c := self._conjunct(cur.first)) is not None:
                k = c - 1  # مبارك والملك حمد: the conjunction on the title
            else:
                break
            if k > 0 and self.tokens[k].text == ")" and (opening := self._opening(k)) is not None:
                k = opening - 1  # الاتحاد الدولي (فيفا) والاتحاد الأوروبي: the name before its other name
            elif (
                k > 0
                and k not in self.inside
                and self.core[k].startswith("ال")
                and self.core[k].endswith(NISBA_ENDINGS)
                and self.mention_ending_at(k - 1) is not None
            ):
                k -= 1  # نظم حزب العمال الإندونيسي واتحاد النقابات تظاهرة: the name's adjective, the name
            prev = self.mention_ending_at(k) if k >= 0 else None
            if prev is None:
                break
            if self.tokens[cur.first - 1].text in ("،", ",") and prev.prep == _IN and m.prep is None:
                break  # وفي العراق، محكمة جنايات الرصافة تصدر حكما: where it is told, set before the subject
            group.insert(0, prev)
            cur = prev
        return group

    def enacted_by(
        self, i: int, said: bool, claimed: bool = False, verbs: frozenset[str] | None = None
    ) -> list[str]:
        """The subject of an ordering or deciding verb whose object is the verbal noun at ``i``
        (أمرت المحكمة بالإفراج عن X، قررت الحكومة سحب قواتها): it does what the noun names; with ``said``
        (the noun names a speech act), a declaring verb's too (أعلن ماكرون تأييد ...); with ``claimed``
        (the noun names a deed with an agent), an announcing verb's (أعلن الجيش اعتقال مسلحين); with
        ``verbs``, the subject of one of those."""
        if verbs is None:
            verbs = GOVERNING if said else ENACTING | CLAIMING if claimed else ENACTING
        while i > 1 and self.tokens[i - 1].text in QUOTE_MARKS:
            i -= 1  # أعلن بوتين بدء «عملية عسكرية خاصة»
        if i > 2 and self.bare[i - 1] in _OPERATIONS and self.bare[i - 2] in _STARTS_OR_HOLDINGS:
            i -= 1  # أعلنت القوات المسلحة تنفيذ عملية إنزال جوي لمساعدات: the operation's
        if i > 1 and self.bare[i - 1] in ACT_WRAPPERS and not (i > 2 and self.core[i - 2] == MAY):
            # أعلنت ألمانيا عن حزمة مساعدات، أرسلت قافلة مساعدات، أعلن الجيش بدء عملية، بتقديم شكوى،
            # أعلنت النقابة تنظيم مسيرة (but after قد the word is the verb: وكان X قد أمر باعتقال Y)
            i -= 1
        elif (
            i > 2
            and self.bare[i - 2] in ORDER_NOUNS
            and self._indefinite_adjective(i - 1)
            and self.core[i - 1].endswith((*NISBA_ENDINGS, _NISBA_ACCUSATIVE))
            and not (i > 3 and self.core[i - 3] == MAY)
        ):
            i -= 2  # أصدرت وزارة الدفاع أمرا إداريا بدعوة الاحتياط: the order, its adjective after it
        elif (batch := self._numbered_batch(i)) is not None:
            i = batch  # أقر الاتحاد الأوروبي الحزمة الثالثة عشرة من العقوبات على روسيا
        elif (
            i > 2
            and self.bare[i - 1] in _INSTRUCTIONS
            and "ب" in self.tokens[i].proclitics
            and verbs is ENACTING
        ):
            # أعطى الملك محمد السادس تعليماته بإرسال مساعدات، وجه الرئيس أوامره باعتقال X: who gives the
            # instructions does what they name
            i -= 1
            verbs = ENACTING | _GIVING_INSTRUCTIONS
        if (j := self.joined_act(i)) is not None and (first := self.enacted_by(j, said, claimed, verbs)):
            return first  # أعلن الجيش إرسال كتيبتين إلى المنطقة وتنفيذ غارات: both the army's
        if i > 1 and self.core[i - 1] in DEMONSTRATIVES:
            i -= 1  # شددت واشنطن تلك العقوبات
        i = self.time_before(i)  # أجرى الصفدي، الأحد، زيارة
        i = before_later(self.core, i)  # أعلنت البحرين في وقت لاحق قطع علاقاتها
        if i > 1 and self.core[i - 1] in (ABOUT, _TO_PREP):
            i -= 1  # أعلن البنك الدولي عن تقديم مساعدات، سارعت واشنطن إلى نشر جنود
        elif i > 1 and self.core[i - 1] in _ON and verbs is ENACTING:
            # وافق مجلس الوزراء على إسقاط الجنسية عن X: the approver takes the step approved
            i -= 1
            verbs = ENACTING | _APPROVING_STEPS
        elif i > 1 and self.core[i - 1] == FROM and verbs is ENACTING:
            i -= 1  # تمكنت الشرطة من اعتقال X: who managed it did it
            verbs = ENACTING | _MANAGING_STEPS
        elif i > 1 and self.norm[i - 1] in AGAINST_HIM:
            i -= 1  # أصدرت المحكمة بحقه حكما بالسجن: whom the ruling is against, before it
        v = i - 1
        while v > 0 and v not in self.inside and self.in_time(v):
            v -= 1  # واصلت أمس تسيير دوريات، أعلنت ألمانيا يوم الثلاثاء عن
        if v > 1 and self.core[v] in _LIKEWISE and self.core[v - 1] in _LIKEWISE_PRONOUNS:
            v -= 2  # سويف، التي تخوض هي الأخرى إضرابا: the subject's pronoun, "too", between
        if (
            v > 1
            and v + 1 < i
            and self.in_time(v + 1)
            and (self.core[v] in AFTER_OR_BEFORE or self.core[v] in (_IN, _SINCE))
        ):
            # أعلنت باكستان بعد يومين خفض علاقاتها، أعلنت السعودية في أبريل تقديم، تخوض X منذ ثلاثة
            # أشهر إضرابا
            v -= 1
        elif (
            v > 2
            and v not in self.inside
            and self.core[v - 1] in _SEQUEL_PREPS
            and (self.core[v].startswith("ال") or self.core[v] in DEMONSTRATIVES)
        ):
            v -= 2  # أعلن ديبي عقب التوقيع الإفراج عن، أعلنت X بعد ذلك تعليق: when, after what
        elif (
            v > 3
            and v not in self.inside
            and v - 1 not in self.inside
            and self.core[v - 2] in _SEQUEL_PREPS
            and self.core[v].startswith("ال")
            and not self.core[v - 1].startswith("ال")
            and not self.tokens[v - 1].proclitics
        ):
            v -= 3  # أعلن الحزب عقب صدور القرار مقاطعة الانتخابات: after what, a noun and its genitive
        elif (
            v > 3
            and v not in self.inside
            and self.core[v].startswith("ال")
            and self.bare[v - 1] in _OCCASION_EDGES
            and (self.core[v - 2] == _IN or self.core[v - 2] in _ON)
        ):
            v -= 3  # أعلن البنك على هامش اللقاء منح مصر قرضا، أعلنت X في ختام القمة تقديم: the occasion
        if v > 2 and self.bare[v] in _REGION_WORDS and self.core[v - 1] == _IN and v not in self.inside:
            v -= 2  # نفذت نقابة أصحاب الأفران في الشمال إضرابا: where the subject is, a region no name
        if v > 1 and self.tokens[v].text == ")" and (opening := self._opening(v)) is not None:
            v = opening - 1  # أعلنت وزارة الدفاع الأمريكية (البنتاغون) إرسال: the subject's other name
        elif (
            v > 1
            and "»" in (self.tokens[v].text, self.tokens[v + 1].text)
            and (opening := self._opening(v + 1, "«")) is not None
            and self.mention_ending_at(v) is None
            and self.mention_ending_at(opening - 1) is not None
        ):
            v = opening - 1  # أعلنت هيئة الرقابة ومكافحة الفساد «نزاهة» إيقاف: its other name in quotes
        elif (
            v > 1 and self.tokens[v].text in ("،", ",") and (opening := self._aside_ending_at(v)) is not None
        ):
            v = opening - 1  # نفذ الاتحاد، في اليوم نفسه، إضرابا؛ نفذ الاتحاد، أكبر نقابة في البلاد، إضرابا
        # أعلنت وزارة الدفاع في بيان إرسال قوات، في بيان مشترك، في مؤتمر صحفي مشترك: where it was said (and
        # where that was, after في: وافق الاتحاد الأوروبي خلال قمة استثنائية في بروكسل على حزمة مساعدات)
        said_at = v
        held = self.mention_ending_at(v, places=True) if v in self.inside else None
        if held is not None and held.prep == _IN and held.prep_at is not None and held.etype in PLACE_TYPES:
            said_at = held.prep_at - 1
        for k in range(said_at, max(said_at - 1 - _SAID_IN_WORDS, 1), -1):
            if k in self.inside or self.is_boundary(k):
                break
            if (self.bare[k] in _STATEMENTS or self.bare[k] in _SAID_AT) and self.core[k - 1] in _SAID_IN:
                v = k - 2
                break
        # أعلنت فاغنر عبر قنواتها على تلغرام إنهاء مهمتها: the channel it was said through
        for k in range(v, max(v - _CHANNEL_WORDS_MAX, 1), -1):
            if self.core[k] == _VIA and _past_channel(self.core, k + 1) == v + 1:
                v = k - 1
                while v > 0 and v not in self.inside and self.in_time(v):
                    v -= 1  # (and when, before it: أعلنت X يوم الجمعة عبر قنواتها)
                break
        v = self._past_founding_clause(v)  # نظمت «مؤسسة مكافحة الفساد» التي أسسها نافالني تظاهرات
        if owner := self._members_enacting(v, verbs):
            return owner  # فيما نظم أنصاره اعتصاما: the body whose followers do it
        if v > 0 and self.core[v] in _CLAIMING_PARTICIPLES and self.core[v] in verbs:
            return self.opening_subject(v)  # أقرت السعودية بوفاته، معلنة توقيف 18 سعوديا: its clause's
        if v > 0 and self.core[v] in verbs and (named := self.named_antecedent(v)):
            return named  # الاتحاد العام لطلبة العراق الذي نظم اعتصاما: the body the clause is on
        if v > 0 and self.core[v] in _FINISHING and self.core[i].startswith("ال"):
            return []  # أنهت قوات الأمن الحصار: the act told before, ended, not its doer's (أنهت سحب جنودها)
        if v > 0 and self.core[v] in verbs:  # SVO: X ستواصل دعم Y، X قد واصلت أمس تسيير
            a = self.mention_ending_at(v - 1) or self.subject_before(v)
            if a is None and self.after_pronoun(v):
                return self.pronoun_subject(v)  # أكد التحالف أنه سيواصل تقديم الدعم
            if a is None and v > 1 and self.core[v - 2] in COMPLEMENTIZERS and self.owned_members(v - 1):
                # قالت النقابة إن أعضاءها سينظمون اعتصاما، أعلن الاتحاد أن مقاتليه نفذوا عملية مشتركة:
                # the body whose members, named by a pronoun after the complementiser, act
                return self.members_owner(v - 1, [])
            # (with those coordinated before it: القوات الصومالية وقوات الاتحاد الأفريقي تنفذان عملية)
            return self.group_before(a) if a is not None and a.prep is None else []
        if v > 0 and v not in self.inside and self.bare[v] in demonym_words():
            v -= 1  # a nationality after the subject (أعلن جهاز مكافحة الإرهاب العراقي اعتقال)
        v = self._past_name_tail(v, verbs)
        a = self.mention_ending_at(v)
        if (
            a is not None
            and a.prep is None
            and a.first > 1
            and self.tokens[a.first - 1].text == "«"
            and self.tokens[a.last + 1].text == "»"
            and (full := self.mention_ending_at(a.first - 2)) is not None
            and full.prep is None
        ):
            a = full  # أعلنت هيئة الرقابة البيطرية «روسيلخوزنادزور» تعليق: the name its other name is of
        if a is not None and a.prep is None and (body := self._led_body(a)) is not None:
            # قرر المجلس الأعلى للأمن برئاسة الرئيس عبد المجيد تبون إغلاق المجال الجوي: who leads the
            # subject is no subject, the body he heads takes the step
            a = body
        if (
            a is None
            and (place := self.mention_ending_at(v, places=True)) is not None
            and place.prep in _IN_OR_BA
        ):
            a = place  # (a region the tagger reads as no actor: النيابة العامة في ولاية تشياباس فتح تحقيق)
        enclosing: ActorMention | None = None
        for _ in range(2):
            # past where the subject is (نفذت رابطة موظفي الإدارة العامة في لبنان، الاثنين، إضرابا) or
            # the body it belongs to (نفذت الجامعة العامة التابعة للاتحاد العام للشغل إضرابا)
            if a is None or a.prep is None:
                break
            k = (a.first if a.prep_at is None else a.prep_at) - 1  # (ل is a clitic on its name)
            if a.prep in _IN_OR_BA and a.etype in PLACE_TYPES:
                a = self.mention_ending_at(k)  # (or with ب: نفذ الاتحاد الجهوي للشغل بمدنين إضرابا)
            elif a.prep == "ل" and k > 0 and self.bare[k] in _AFFILIATION:
                a = self.mention_ending_at(k - 1)
            elif a.prep == _IN and self.bare[k] in _STAFF and (union := self.mention_ending_at(k)):
                a = union  # نفذت نقابة العاملين في الإدارة العامة للجمارك إضرابا: the staff's union
            elif a.prep == _IN and (body := self.mention_ending_at(k)) is not None:
                # أعلنت وزارة الداخلية في حكومة طالبان اعتقال: a body within the one after في, which
                # acts through it
                enclosing, a = a, body
            else:
                break
        if a is not None and a.prep is not None and (n := self._unnamed_members_of(a)) is not None:
            return list(a.entities) if n > 0 and self.core[n - 1] in verbs else []
        # (بعد إعلان حماس تنظيم مسيرة: a decision's owner inside a prepositional phrase)
        owner = (
            a is not None
            and a.prep == GENITIVE_IN_PP
            and a.first > 0
            and self.bare[a.first - 1] in _DECISIONS_OF
        )
        if a is None or (a.prep is not None and not owner):
            return []
        group = self._coordinated_before(a)  # أعلنت السعودية والإمارات قطع علاقاتهما
        if group[0].prep is not None and not owner and not self.represented(group[0]):
            return []  # (مع X وY: a companion, no subject)
        subject = _dedup([e for m in group for e in m.entities])
        k = group[0].first - 1
        while k >= 0:
            if k not in self.inside and self.only_titles(k, k + 1):
                k -= 1
            elif (case := self._case_of_office(k)) is not None:
                k = case - 1  # أصدر المحقق العدلي في قضية انفجار مرفأ بيروت القاضي X مذكرة
            elif (title := self.mention_covering(k)) is not None and (
                title.entities == group[0].entities or self.title_genitive(title)
            ):
                # the title told as a mention of the same person (وزير الدفاع X), or a body in the title
                # (رئيس حكومة الوحدة الوطنية X)
                k = title.first - 1
            else:
                break
        if k >= 0 and self.core[k] in _FINISHING and self.core[i].startswith("ال"):
            return []  # أنهت قوات الأمن الصومالية الحصار: the siege ended is not the forces'
        if k >= 0 and self.core[k] in verbs:
            return list(enclosing.entities) if enclosing is not None else subject
        if (
            k >= 0
            and self.bare[k] in _DECISIONS_OF
            and PREPOSITIONS.isdisjoint(self.core[k + 1 : group[0].first])
        ):
            return subject  # a decision's owner (رحبت قطر بقرار الولايات المتحدة رفع العقوبات; not بقرار من)
        # past the rest of the subject's description (وقرر المستشار القانوني للحكومة الاسرائيلية مناحيم
        # مازوز ملاحقة): the verb before it in its clause, no other verb or mention between
        for j in range(k, max(k - SUBJECT_WINDOW, -1), -1):
            if self.core[j] in verbs and j not in self.inside:
                return subject  # (a verb of the lexicon may enact too: ردت X بالغاز، وردت X باستدعاء)
            if self.is_boundary(j) or j in self.clause_verbs or (j in self.at and self.at[j].prep is None):
                break  # (a name after a preposition may describe the subject: للحكومة الاسرائيلية)
        return []

    def _members_enacting(self, v: int, verbs: frozenset[str]) -> list[str]:
        """The body whose members token ``v`` names by a pronoun suffix as the subject of one of ``verbs``
        right before it or before a count of them (``نظم أنصاره اعتصاما``، ``نفذ المئات من أعضائها
        إضرابا``): they act for it (:meth:`followed_body`); [] otherwise."""
        if v < 2 or not self.owned_members(v):
            return []
        k = v - 1
        if k > 1 and self.core[k] == FROM and self.bare[k - 1] in _COUNTS:
            k -= 2  # (a count of them: ونظم المئات من أنصاره)
        return self.followed_body(k) if k not in self.inside and self.core[k] in verbs else []

    def followed_body(self, i: int) -> list[str]:
        """The body whose members named after verb ``i`` are its subject: the body or state opening its
        sentence (``فرضت الجماعة حصارا على مالي، وهاجم مسلحوها``), else the last named before them."""
        opening = self.opening_subject(i)
        if opening and all(self.entities[e].type in ("ORG", "GPE") for e in opening):
            return opening
        return self.members_owner(i + 1, [])

    def _unnamed_members_of(self, a: ActorMention) -> int | None:
        """The token of the unnamed people right before body ``a``, past من and a word for its members
        (``نفذ صيادون من أعضاء جمعية صيادي العقبة اعتصاما``، ``عمال من نقابة X``), or a count of them
        (``نظم مئات من أنصار حزب الشعب الجمهوري مظاهرة``): they act as the body."""
        k = a.first - 1
        while k > 0 and k not in self.inside and self.core[k] in MEMBER_WORDS:
            k -= 1
        if (
            k >= 1
            and self.core[k] == _IN
            and a.etype == "ORG"
            and k - 1 not in self.inside
            and bare(self.core[k - 1]) in _ACTIVISTS
        ):
            return k - 1  # نفذ ناشطون في الحملة الوطنية لإسقاط اتفاقية الغاز وقفة: activists in a campaign
        if k < 1 or self.core[k] != FROM or k - 1 in self.inside:
            return None
        core = self.core[k - 1]
        plural = not core.startswith("ال") and core.endswith("ون") and len(core) > _SHORTEST_PLURAL_PEOPLE
        counted = bare(core) in _COUNTS or _is_number(self.tokens[k - 1].text)
        unnamed = bare(core) in _UNNAMED_SUBJECTS or bare(core) in _WORKERS
        return k - 1 if plural or counted or unnamed else None

    def governs(self, k: int) -> bool:
        """Token ``k`` is a verb of speech, ordering or deciding: a clause of its own, whose content is
        its own (أمرت المحكمة بالإفراج is not the content of a trigger before it)."""
        return k in self.speech or self.core[k] in GOVERNING

    def issued_by(self, i: int) -> list[str]:
        """The issuer of the ruling, warrant or decision noun at ``i``, named after ``صدر عن`` before it in
        its clause, an aside between commas aside (``صدر عن المحكمة الجزائية المتخصصة في صنعاء، الخاضعة
        لسيطرة الحوثيين، حكم بإعدام``), or after the participle ``صادرة عن`` a few words after it
        (``مذكرة قبض صادرة عن محكمة تحقيق الكرخ``، ``مذكرة توقيف صادرة بحقه عن المحكمة``)."""
        for k in range(i - 1, max(i - 2 - _ISSUED_REACH, -1), -1):
            if self.is_hard(k) or self.tokens[k].text in QUOTE_MARKS:
                break
            if k in self.clause_verbs and k != i - 1:
                break
            if self.core[k] in _ISSUED and self.core[k + 1] == ABOUT and (a := self.actor(k + 2)) is not None:
                return list(a.entities) if a.last < i else []
        for k in range(i + 1, min(i + 1 + _ISSUING_REACH, len(self.tokens) - 1)):
            if self.is_boundary(k) or k in self.inside or k in self.clause_verbs:
                break
            if self.bare[k] in ISSUING:
                at = k + 2 if self.norm[k + 1] in AGAINST_HIM else k + 1  # (صادرة بحقه عن)
                if at < len(self.tokens) - 1 and self.core[at] == ABOUT and (a := self.actor(at + 1)):
                    return list(a.entities)
                break
        return []

    def doer_of(self, i: int) -> list[str]:
        """The actor of ``قيام X بـ`` before the verbal noun at ``i`` (لقيام إسرائيل باستهداف): X."""
        if "ب" not in self.tokens[i].proclitics:
            return []
        i = before_later(self.core, i)  # تقدمت الحكومة رسميا بطلب
        if i > 0 and self.core[i - 1] in _DO_VERBS:  # SVO: وكانت إسرائيل قد قامت بقصف غزة
            before = self.subject_before(i - 1)
            if before is None and self.after_pronoun(i - 1):
                return self.pronoun_subject(i - 1)  # أعلنت X أنها تقدمت بطلب
            return self.group_before(before) if before is not None else []
        a = self.mention_ending_at(i - 1)
        if a is None or a.first == 0:
            return []
        k = a.first - 1
        while k > 0 and k not in self.inside and self.only_titles(k, k + 1) and self.core[k] not in _DO_VERBS:
            k -= 1  # قامت السلطات الإسرائيلية باعتقال
        if self.bare[k] not in _DOING and self.core[k] not in _DO_VERBS:
            return []
        return self.group_before(a)

    def claimant_of(self, i: int) -> list[str]:
        """Who declares the responsibility its own for the act at ``i`` (أعلنت سرايا القدس مسؤوليتها
        عن قنص جندي، تبنت X مسؤوليتها عن الهجوم): the clause's subject; or who is said to be
        responsible for it (بن لادن المسؤول عن اعتداءات سبتمبر)."""
        if i > 2 and self.bare[i - 1] in _SERIES:
            i -= 1  # أعلن تنظيم داعش مسؤوليته عن سلسلة الهجمات
        # (or after عنه, the act told before: وأعلن X مسؤوليته عنه)
        if i < 2 or (self.core[i - 1] != ABOUT and self.core[i - 1] not in ABOUT_IT):
            return []
        if self.bare[i - 2] in _RESPONSIBLE:  # بن لادن المسؤول عن اعتداءات سبتمبر
            a = self.mention_ending_at(i - 3)
            return list(a.entities) if a is not None else []
        if self.core[i - 2] not in _RESPONSIBILITY:
            return []
        lo = i - 2
        while lo > 0 and self.tokens[lo - 1].sentence == self.tokens[i].sentence and not self.is_hard(lo - 1):
            lo -= 1
        for k in range(i - 3, lo - 1, -1):  # the announcing verb's subject, an apposition aside
            if self.core[k] in CLAIMING:
                for j in range(k + 1, i - 2):
                    a = self.actor(j)
                    if a is not None and a.prep is None:
                        return self.group_after(a)[0]
                break
        return self.clause_actors_before(i - 2)[:1]

    def mention_covering(self, k: int) -> ActorMention | None:
        """The mention whose tokens include ``k``."""
        for first in range(k, max(k - _MENTION_REACH, -1), -1):
            m = self.at.get(first)
            if m is not None:
                return m if m.last >= k else None
        return None

    def token_at(self, offset: int) -> int:
        """The index of the token that holds character ``offset`` (an event's trigger, a mention)."""
        return bisect.bisect_right(self.starts, offset) - 1

    def _led_body(self, a: ActorMention) -> ActorMention | None:
        """The body named bare before the "led by" word (``برئاسة``، ``بقيادة``) that the mention ``a``
        follows, titles between (``المجلس الأعلى للأمن برئاسة الرئيس عبد المجيد تبون``); None."""
        k = a.first - 1
        while k > 1 and not led_by(self.tokens[k].text):
            if (title := self.mention_ending_at(k)) is not None and title.entities == a.entities:
                k = title.first - 1  # (his title told as a mention of him: برئاسة الرئيس X)
            elif k not in self.inside and self.only_titles(k, k + 1):
                k -= 1
            else:
                break
        if k < 2 or not led_by(self.tokens[k].text):
            return None
        body = self.mention_ending_at(k - 1)
        return body if body is not None and body.prep is None else None

    def _past_name_tail(self, v: int, verbs: frozenset[str]) -> int:
        """The last token of a subject named right after one of ``verbs``, past the words of its name the
        tagger left out that end at ``v``: definite adjectives or genitives after ل (``أعلنت رئاسة الأركان
        العامة للجيوش إرسال``، ``أعلنت القيادة العامة للقوات المسلحة الليبية نشر``); else ``v``."""
        for k in range(v, max(v - NAME_TAIL_WORDS, 0), -1):
            if k in self.inside or not name_tail_word(self.tokens[k], self.core[k]):
                return v
            a = self.mention_ending_at(k - 1)
            if a is not None:
                return k - 1 if a.prep is None and a.first > 0 and self.core[a.first - 1] in verbs else v
        return v

    def mention_ending_at(self, k: int, places: bool = False) -> ActorMention | None:
        """The actor's mention (or any mention, with ``places``) that ends at token ``k``."""
        for first in range(k, max(k - _MENTION_REACH, -1), -1):
            if first not in self.at:
                continue  # (most tokens: no mention, no actor)
            a = self.at[first] if places else self.actor(first)
            if a is not None:
                return a if a.last == k else None
        return None

    def _past_founding_clause(self, v: int) -> int:
        """The token before a relative clause that ends at ``v`` and whose verb takes back the noun
        before it with a pronoun (``التي أسسها نافالني``، ``الذي يتزعمه``): where its antecedent ends;
        else ``v``."""
        a = self.mention_ending_at(v)
        verb = a.first - 1 if a is not None and a.prep is None else v
        if verb < 2 or self.core[verb - 1] not in RELATIVES or not has_suffix(self.tokens[verb]):
            return v
        k = verb - 2
        while k > 0 and self.tokens[k].text in QUOTE_MARKS:
            k -= 1  # (the antecedent quoted)
        return k

    def _case_of_office(self, k: int) -> int | None:
        """Where a case an office deals with, ending at ``k``, opens with في after a title word (``المحقق
        العدلي في قضية انفجار مرفأ بيروت``): the index of في."""
        for m in range(k, max(k - _CASE_WORDS, 1), -1):
            if not self.core[m].isalpha():
                return None  # (punctuation ends the search; the case's own act nouns do not: انفجار)
            if self.bare[m] in _CASES and self.core[m - 1] == _IN:
                # (a title word before في, an adjective of it between or not: المحقق العدلي)
                titled = any(self.bare[t] in title_words() for t in range(max(m - 3, 0), m - 1))
                return m - 1 if titled else None
        return None

    def interposed_subject(self, i: int, hi: int) -> ActorMention | None:
        """The subject of verb ``i`` after a phrase between them telling where it was said (``ودعت في
        بيان صدر في جنيف منظمة X``، ``وانتقد في مؤتمر صحفي أمس X``): the first actor after that phrase
        with no preposition of its own, or the statement's after ل (``في بيان لحماس``); a place where
        it was issued passes (``صدر في جنيف``)."""
        k = i + 1
        if k + 1 >= hi or self.core[k] not in _SAID_IN or self.bare[k + 1] not in _STATEMENTS:
            return None
        for j in range(k + 2, min(hi, k + 2 + _INTERPOSED_REACH)):
            if self.is_boundary(j) or j in self.clause_verbs:
                return None
            a = self.at.get(j)
            if a is None:
                continue
            # (read as the phrase's genitive or not, the one who said it: في بيان حماس، في بيان لحماس)
            if a.prep in (None, GENITIVE_IN_PP) or (a.prep == "ل" and j == k + 2):
                return a
            if a.prep not in _IN_OR_BA or a.etype not in PLACE_TYPES:
                return None
        return None

    def subject_past_setting(self, i: int, hi: int, resumptive: bool = False) -> ActorMention | None:
        """The subject of verb ``i`` after when and where it happened (``واعتذر الخميس في طرابلس الرئيس
        السويسري X``، ``وأفرجت صباح اليوم عند معبر بيتونيا السلطات الإسرائيلية``، ``وتظاهر أمس في ساحة
        الشهداء وسط بيروت عشرات الآلاف من أنصار X``): the first actor after time words and phrases of
        place, with no preposition of its own, not a place (a place there is the object: زار أمس في
        جولته دمشق); titles before it, and a number of its members, pass. With ``resumptive``, a pronoun
        right after the verb that tells when is such a phrase (``اتصال ... أشاد خلاله الوزير المصري``; not
        for a meeting, where the one met follows: ``زيارة يلتقي خلالها الرئيس X``)."""
        k = i + 1
        placed = False
        unknown = 0
        while k < min(hi, i + 1 + _SETTING_REACH):
            a = self.at.get(k)
            if a is not None:
                if a.prep is None and not placed:
                    return None  # right after the verb (or its time): the usual subject, found elsewhere
                if a.prep is None and a.etype in PLACE_TYPES and self.core[k - 1] in DIRECTIONS:
                    k = a.last + 1  # في ساحة الشهداء وسط بيروت: where the place before lies, still where
                    continue
                if a.prep is None or (a.prep == FROM and self.members_of(a)):
                    return a if a.etype not in PLACE_TYPES else None
                if a.etype not in PLACE_TYPES:
                    return None
                k = a.last + 1
                continue
            core, word = self.core[k], self.bare[k]
            if self.is_boundary(k) or k in self.clause_verbs:
                return None
            # when, and the titles of the subject to come; then where: ساحة الشهداء، معبر بيتونيا؛ and a
            # number of the subject's members (عشرات الآلاف من أنصار)
            timely = self.in_time(k) or word in title_words() or word in demonym_words() or word in DIRECTIONS
            where = placed and (
                word in LAND
                or word in place_heads()
                or word in _COUNTS
                or word in MEMBER_WORDS
                or core == FROM
            )
            if core in _SETTING_PREPS or (resumptive and k == i + 1 and core in RESUMPTIVE):
                placed = True
            elif not (timely or where):
                if not placed or unknown or k in self.inside:
                    return None
                unknown += 1  # a place name the entity layer missed (بيتونيا)
            k += 1
        return None

    def statement_issuer(self, i: int) -> list[str]:
        """The subject of verb ``i`` when it follows an indefinite statement noun with a resumptive
        pronoun after it (``أصدرت الخارجية الروسية بيانا دعت فيه إلى``): the actor who issued the
        statement, named before the noun in its clause with no preposition; or, a past verb with none,
        the statement's owner named after its ل (``تقرير لمنظمة العفو الدولية اتهم الجيش``)."""
        if i < 2 or i + 1 >= len(self.tokens):
            return []
        if self.core[i + 1] in RESUMPTIVE:
            at = self._past_addressee(i - 1)
            while (
                at > i - 1 - _ADJECTIVES
                and not self._said_in(at, i)
                and self._indefinite_adjective(at)
                # (not past what makes a memorandum a deal: مذكرة تفاهم تقدم بموجبها الولايات المتحدة
                # مساعدات, the deal's giver named after the verb)
                and self.core[at] not in _DEAL_GENITIVES
            ):
                at -= 1  # عقدت النقابة جمعية عمومية طارئة طالبت فيها: its adjectives between
            if not self._said_in(at, i) and self._said_in(heard := self._past_audience(i - 1), i):
                at = heard  # ألقى X كلمة أمام مندوبي الدول، اتهم فيها: the speech, its audience between
            if not self._said_in(at, i):
                at = self._sweep_before(i)
            if not self._said_in(at, i):
                if owner := (
                    self._statement_owner(i)
                    or self._relative_statement_owner(i)
                    or self._statement_maker(i)
                    or self._text_author(i)
                ):
                    return owner
                at = self._lawsuit_before(i)
                if at < 0:
                    return []
        elif self.tokens[i].text[:1] not in IMPERFECT_PREFIXES:
            # تقرير لمنظمة العفو الدولية اتهم الجيش: the statement described by what it says is its owner's
            return self._statement_owner(i)
        else:
            # تبنى البرلمان الأوروبي قرارا غير ملزم يطالب السلطات: a document described by what it asks,
            # an adjective or two between
            at = next(
                (
                    k
                    for k in range(i - 1, max(i - 4, 0), -1)
                    if self.core[k].removesuffix("ا") in _DOCUMENTS and not self.core[k].startswith("ال")
                ),
                -1,
            )
            if at < 1:
                return self._resolution_adopter(i)
            if any(j in self.inside or self.is_boundary(j) for j in range(at + 1, i)):
                return []
        if not self._said_in(at, i):
            return []
        for k in range(at - 1, max(at - 1 - _ISSUER_REACH, -1), -1):
            if self.is_hard(k) or k in self.clause_verbs:
                break
            m = self.mention_ending_at(k)
            if m is not None and m.prep is None:
                return list(m.entities)
        return []

    def _resolution_adopter(self, i: int) -> list[str]:
        """The body that adopted or issued the resolution on which verb ``i`` opens a relative clause
        (``تبنى مجلس الأمن الدولي القرار رقم 2722 الذي يطالب جماعة الحوثي``): named after the verb of
        adopting, before the resolution, with no preposition; [] for none."""
        k = i - 2
        while k > max(i - 2 - _RESOLUTION_NUMBERING, 0) and (
            self.core[k] == _NUMBERED or self.core[k].isdigit()
        ):
            k -= 1  # its number (القرار رقم 2722، القرار 2231)
        if k > 1 and self.core[k - 1] in _THE_RESOLUTIONS and self.core[k].startswith("ال"):
            k -= 1  # its adjective (الترخيص العام رقم 25)
        if (
            k < 1
            or self.core[i - 1] not in RELATIVES
            or self.core[k] not in _THE_RESOLUTIONS
            or self.tokens[k].proclitics
        ):
            return []
        named: list[str] = []
        for j in range(k - 1, max(k - 1 - _ISSUER_REACH, -1), -1):
            if self.is_hard(j):
                return []
            if self.core[j] in _ADOPTING_RESOLUTION:
                return named
            if j in self.clause_verbs:
                return []
            m = self.mention_ending_at(j)
            if m is not None and m.prep is None:
                named = list(m.entities)
        return []

    def caller_before(self, i: int) -> list[str]:
        """The actor named after ``من`` and its titles, a comma right before verb ``i``, on an indefinite
        call or message just before (``تلقى X اتصالا هاتفيا من الرئيس Y، أكد خلاله تضامنه``): the caller,
        who speaks in it; ``[]`` when none is named so."""
        if i < 4 or self.tokens[i - 1].text not in ("،", ","):
            return []
        a = self.mention_ending_at(i - 2)
        if a is None or a.prep not in (None, FROM):
            return []
        k = a.first - 1 if a.prep_at is None else a.prep_at
        while a.prep_at is None and k > 0 and self.core[k] != FROM and self.only_titles(k, k + 1):
            k -= 1
        if k < 1 or self.core[k] != FROM:
            return []
        noun = k - 1 - (self.bare[k - 1] in _BY_PHONE)
        return list(a.entities) if noun >= 0 and self.bare[noun] in _CALLS_AND_MESSAGES else []

    def _past_addressee(self, k: int) -> int:
        """Token ``k``, or, where a comma ends there or an addressee named after إلى does (``وجه X رسالة إلى
        الأمين العام أنطونيو غوتيريش، طالب فيها``، ``أصدرت X بيانا، دعت فيه``), the token before them: the
        statement noun a resumptive pronoun after them takes back."""
        if k > 0 and self.tokens[k].text in ("،", ","):
            k -= 1
        a = self.mention_ending_at(k)
        if a is None:
            return k
        if a.prep_at is not None:
            return a.prep_at - 1 if self.core[a.prep_at] == _TO_PREP else k
        # (past the addressee's titles: إلى الأمين العام للأمم المتحدة أنطونيو غوتيريش)
        to = next(
            (
                j
                for j in range(a.first - 1, max(a.first - 1 - _ADDRESSEE_TITLES, 0), -1)
                if self.core[j] == _TO_PREP
            ),
            None,
        )
        return to - 1 if to is not None and self.only_titles(to + 1, a.first) else k

    def _past_audience(self, k: int) -> int:
        """Where a comma ends at ``k`` and an audience after أمام ends there (``ألقى X كلمة أمام مندوبي
        الدول الأعضاء في الجامعة العربية، اتهم فيها``), the token before أمام: the speech a resumptive
        pronoun after them takes back; else ``k``."""
        if k < 1 or self.tokens[k].text not in ("،", ","):
            return k
        for j in range(k - 1, max(k - 1 - _AUDIENCE_REACH, 0), -1):
            if self.is_hard(j) or j in self.clause_verbs:
                return k
            if self.core[j] == IN_FRONT:
                return j - 1
        return k

    def _statement_maker(self, i: int) -> list[str]:
        """The subject of a relative clause on an indefinite statement, ending at a comma right before verb
        ``i`` (``تصريحات أدلى بها وزير الخارجية الفرنسي X، وصف فيها``، ``كلمة ألقاها X، اتهم فيها``): who
        made the statement; ``[]`` when none is named there."""
        if self.tokens[i - 1].text not in ("،", ","):
            return []
        a = self.mention_ending_at(i - 2)
        if a is None or a.prep is not None:
            return []
        for k in range(a.first - 1, max(a.first - 1 - _ISSUER_REACH, 0), -1):
            if self.is_hard(k):
                return []
            if self.core[k] in _PRONOUN_PPS or not (
                has_suffix(self.tokens[k]) or self.core[k + 1] in _PRONOUN_PPS
            ):
                continue
            # the clause's verb takes the statement back (أدلى بها، أصدرته): the noun before it, past its
            # adjectives (تصريحات "عدائية" أدلى بها)
            for at in range(k - 1, max(k - 4 - _ADJECTIVES, 0), -1):  # (two quotation marks too)
                noun = self.core[at].removesuffix("ا")
                if not noun.startswith("ال") and (bare(noun) in _STATEMENT_WORDS or noun in _STATEMENTS):
                    return list(a.entities)
                if not (self.tokens[at].text in QUOTE_MARKS or self._indefinite_adjective(at)):
                    break
            return []
        return []

    def _text_author(self, i: int) -> list[str]:
        """The person named last before the cause phrase of an indefinite published text right before
        verb ``i`` (``أوقفت الشرطة الصحفي X بسبب تغريدة انتقد فيها``، ``على خلفية منشور على فيسبوك انتقد
        فيه``): one held or sentenced over a text he published is its author; ``[]``."""
        for at in range(i - 1, max(i - 1 - _TEXT_REACH, 0), -1):
            if self.is_hard(at):
                return []
            if self.bare[at] in _PUBLISHED_TEXTS:
                break
        else:
            return []
        if self.core[at - 1] not in _OVER:
            return []
        return self.previous_actor(at - 1, [], types=("PER",), any_preposition=True)

    def _statement_owner(self, i: int) -> list[str]:
        """The actor named after ل, his titles aside, between an indefinite statement and verb ``i``
        (``تصريحات لوزير الخارجية الفرنسي جان إيف لودريان وصف فيها``، ``تغريدة للرئيس X هدد فيها``):
        whose statement it is; ``[]`` when no such owner stands there."""
        a = self.mention_ending_at(i - 1)
        if a is None:
            return []
        k = a.first
        if a.prep is None:
            k = next(
                (
                    j
                    for j in range(a.first - 1, max(a.first - 1 - _OWNER_TITLES, 0), -1)
                    if self.tokens[j].proclitics
                ),
                0,
            )
            if not k or "ل" not in self.tokens[k].proclitics or not self.only_titles(k, a.first):
                return []
        elif a.prep != _N("ل"):
            return []
        noun = self.core[k - 1].removesuffix("ا") if k > 0 else ""  # (its tanwin alif aside: تقريرا)
        if noun.startswith("ال") or (bare(noun) not in _STATEMENT_WORDS and noun not in _STATEMENTS):
            return []
        return list(a.entities)

    def _relative_statement_owner(self, i: int) -> list[str]:
        """The actor named, his titles aside, as the genitive of a statement before the relative right
        before verb ``i`` (``تصريحات وزير الخارجية السوري X التي حذر فيها``، ``كلمة رئيس البرلمان X التي
        اتهم فيها``): whose statement it is, who speaks in it; ``[]`` when no such owner stands there."""
        if i < 3 or self.core[i - 1] not in RELATIVES:
            return []
        a = self.mention_ending_at(i - 2)
        if a is None or a.prep is not None or a.etype != "PER":
            return []
        # (past his titles, the genitive phrase with no preposition, a body's name in it too: رئيس البرلمان
        # الأوكراني، نظيره السوري)
        for k in range(a.first - 1, max(a.first - 2 - _OWNER_TITLES, -1), -1):
            if bare(self.core[k]) in _STATEMENT_WORDS and not self.core[k].startswith("ال"):
                return list(a.entities)
            if self.is_boundary(k) or self.tokens[k].proclitics:
                return []
        return []

    def statement_subject(self, i: int, hi: int) -> ActorMention | None:
        """The owner, named after its ل, of an indefinite statement right after verb ``i`` (``اتهم تقرير
        لمنظمة العفو الدولية الجيش``، ``دعا بيان للجامعة العربية``): the statement is the subject and speaks
        for its owner; None."""
        k = i + 1
        if k + 1 >= hi or k in self.inside:
            return None
        noun = self.core[k]
        if noun in _REPORTS:
            # حمّل التقرير الرابع لآلية التحقيق المشتركة القوات الجوية السورية مسؤولية، اتهم تقرير منظمة
            # العفو الجيش: a report, its adjectives aside, speaks for the body named after its ل, or as
            # the genitive of the indefinite one
            definite = noun.startswith("ال")
            j = k + 1
            while definite and j < hi and j - k <= _ADJECTIVES and self._report_adjective(j):
                j += 1
            a = self.at.get(j)
            genitive = not definite and a is not None and a.prep is None and a.etype in ACTOR_TYPES
            if a is None or (a.prep != _N("ل") and not genitive):
                return None
            return a
        if noun.startswith("ال") or (bare(noun) not in _STATEMENT_WORDS and noun not in _STATEMENTS):
            return None
        a = self.at.get(k + 1)
        return a if a is not None and a.prep == _N("ل") else None

    def statement_referred(self, i: int, hi: int) -> ActorMention | None:
        """The issuer of a statement told before, when "the statement" is the subject right after verb
        ``i`` (``أعربت الخارجية السورية في بيان عن تضامنها مع النيجر. وانتقد البيان العقوبات``): the actor
        named with no preposition right before ``في بيان``, or before the ``بيانا`` it issued, in its
        sentence or the one before; None."""
        k = i + 1
        if k >= hi or k in self.inside or self.tokens[k].proclitics or self.core[k] != _THE_STATEMENT:
            return None
        sentence = self.tokens[i].sentence
        closing = k + 1 < hi and self.core[k + 1] in _CLOSING
        for s in range(i - 1, -1, -1):
            if sentence - self.tokens[s].sentence > 1:
                return None
            if closing and s in self.clause_verbs and self.core[s] in _HELD_MEETING:
                # عقدت منظمة التعاون الإسلامي اجتماعا استثنائيا ... ودان البيان الختامي هذه الأعمال: the
                # closing statement is that of who held the meeting
                a = self.at.get(s + 1)
                if a is not None and a.prep is None and a.etype in ACTOR_TYPES:
                    return a
            if self.bare[s] not in _STATEMENT_HEADS or self.core[s].startswith("ال"):
                continue
            j = s - 2 if self.core[s - 1] in _SAID_IN else s - 1
            while j > 0 and j not in self.inside and self.in_time(j):
                j -= 1  # (when, between: أصدرت X يوم السبت بيانا)
            a = self.mention_ending_at(j) if j >= 0 else None
            return a if a is not None and a.prep is None and a.etype in ACTOR_TYPES else None
        return None

    def resolution_referred(self, i: int, hi: int) -> ActorMention | None:
        """The body that adopted or renewed a resolution told before, when "the resolution" is the subject
        right after verb ``i`` (``مدد مجلس الأمن الدولي ولاية البعثة ... لصالح القرار. ودعا القرار
        الأطراف``): the body named with no preposition right after a verb of adopting or renewing in its
        sentence or the one before, the last such; None."""
        k = i + 1
        if k >= hi or k in self.inside or self.tokens[k].proclitics or self.core[k] != _THE_RESOLUTION:
            return None
        if k + 3 < hi and self.core[k + 1] in RELATIVES and self.core[k + 2].startswith(_DRAFTING_STEMS):
            # ويدعو القرار الذي أعدته بريطانيا والولايات المتحدة: its drafters, named in its relative clause
            a = self.actor(k + 3)
            return a if a is not None and a.prep is None else None
        sentence = self.tokens[i].sentence
        for v in range(i - 1, -1, -1):
            if sentence - self.tokens[v].sentence > 1:
                return None
            if v in self.clause_verbs and self.core[v] in _ADOPTING_OR_RENEWING:
                a = self.at.get(v + 1)
                return a if a is not None and a.prep is None and a.etype == "ORG" else None
        return None

    def _report_adjective(self, j: int) -> bool:
        """Token ``j`` may be a definite adjective of a report before its owner (``التقرير الرابع لـ``)."""
        return (
            self.core[j].startswith("ال")
            and j not in self.inside
            and j not in self.at
            and not self.is_boundary(j)
            and not self.tokens[j].proclitics
        )

    def _said_in(self, k: int, i: int) -> bool:
        """Token ``k`` is an indefinite document (``بيانا``) or, before ``فيها``/``فيه`` after verb ``i``,
        a gathering (``جمعية``: its holder asks in it) or a lawsuit (``دعوى``: its filer accuses in it)."""
        noun = self.core[k]
        if noun.startswith("ال"):
            return False
        return (
            noun.removesuffix("ا") in _DOCUMENTS
            or (self.core[i + 1] in _IN_IT and (bare(noun) in _GATHERINGS or noun in _LAWSUITS))
            or (self.core[i + 1] in RESUMPTIVE and bare(noun) in _SWEEPS)
        )

    def _sweep_before(self, i: int) -> int:
        """The indefinite operation or sweep a few words before verb ``i`` in its clause, where and when it
        went on between (``نفذت الشرطة حملة أمنية في 12 ولاية، اعتقلت خلالها``); -1."""
        for k in range(i - 1, max(i - 1 - _SWEEP_REACH, 0), -1):
            if k in self.clause_verbs or (self.is_hard(k) and self.tokens[k].text not in ("،", ",")):
                break
            if self.bare[k] in _SWEEPS and not self.core[k].startswith("ال"):
                return k
        return -1

    def _lawsuit_before(self, i: int) -> int:
        """The indefinite lawsuit a few words before verb ``i`` in its clause, the court it is filed with
        and whom it is against between (``رفعت غامبيا دعوى أمام محكمة العدل الدولية تتهم فيها``); -1."""
        for k in range(i - 1, max(i - 1 - _LAWSUIT_REACH, 0), -1):
            if self.is_hard(k) or k in self.clause_verbs:
                break
            if self.core[k] in _LAWSUITS:
                return k
        return -1

    def _indefinite_adjective(self, k: int) -> bool:
        """Token ``k`` may be an adjective of an indefinite noun before it (``عمومية``، ``طارئة``)."""
        return (
            k > 0
            and k not in self.inside
            and k not in self.verbs
            and not self.is_boundary(k)
            and not self.core[k].startswith("ال")
            and not self.tokens[k].proclitics
        )

    def first_to(self, i: int) -> ActorMention | None:
        """The subject of a verb of becoming that calls it the first (or last) state to do the verb at ``i``
        (``أصبحت بوروندي يوم الجمعة أول دولة تنسحب رسميا من المحكمة``، ``كانت مصر أول دولة عربية توقع``):
        the state did it."""
        k = i - 1
        if k > 1 and self.core[k] not in _STATE_WORDS and self._indefinite_adjective(k):
            k -= 1  # أول دولة عربية توقع: past the adjective
        if k < 2 or self.core[k] not in _STATE_WORDS or self.core[k - 1] not in _ORDINAL_FIRST:
            return None
        j = k - 2
        while j > 0 and self.in_time(j) and j not in self.inside:
            j -= 1  # (أصبحت بوروندي يوم الجمعة أول دولة)
        a = self.mention_ending_at(j)
        if a is None or a.prep is not None or a.first < 1 or self.core[a.first - 1] not in _BECOMING:
            return None
        return a

    def subject_before(self, i: int) -> ActorMention | None:
        """A bare actor ending right before token ``i`` (particles like ``قد`` and negations like ``لن``
        may stand between); none before a verb that opens a clause with ``و`` (``الفلوجة وقتل مسلحون``:
        a headline, then the verb's own subject)."""
        if self.conjoined(i):
            return None
        if i > 2 and (self.core[i - 1] in _STATE_WORDS or self.core[i - 2] in _STATE_WORDS):
            first = self.first_to(i)  # أصبحت بوروندي أول دولة تنسحب: the state told first to do it
            if first is not None:
                return first
        k = i - 1
        sentence = self.tokens[i].sentence
        while (
            k >= 0
            and self.tokens[k].sentence == sentence
            # (and the mark opening a quoted predicate: إن أنقرة «لن تسمح بالتستر على الجريمة»)
            and (
                self.core[k] in PARTICLES
                or self.core[k] in _VERB_NEGATIONS
                or self.tokens[k].text in _QUOTE_OPENERS
            )
        ):
            k -= 1
        if k > 0 and self.core[k] in _AUXILIARIES and not self.tokens[k].proclitics:
            k -= 1  # the subject before the auxiliary (إن مدريد كانت قد طالبت ميلي، الحكومة كانت تطالب)
        if k < 0 or self.tokens[k].sentence != sentence:
            return None
        if k > 0 and self.tokens[k].text in QUOTE_MARKS and k - 1 in self.inside:
            k -= 1  # a name in quotation marks (وكان «حزب الله» قد هدد)
        if self.tokens[k].text == ")":
            # the name's short form in brackets after it (وكانت المجموعة الاقتصادية لدول غرب
            # أفريقيا (إكواس) قد فرضت، حزب العمال الكردستاني (بي كي كي))
            opening = self._opening(k)
            if (
                opening is not None
                and opening < k - 1
                and opening - 1 in self.inside
                and not any(self.is_hard(j) or j in self.verbs for j in range(opening + 1, k))
            ):
                k = opening - 1
        if self.tokens[k].text in ("،", ","):
            # حمدان ، السائق السابق لبن لادن ، اعتقل; or past a longer apposition after the name (الناشط X،
            # الحاصل على صفة لاجئ من المفوضية السامية للأمم المتحدة لشؤون اللاجئين، اختطف)
            before = self._before_apposition(k)
            if before < 0 and (opening := self._aside_ending_at(k)) is not None:
                before = opening - 1
            k = before
        elif k > 0 and k not in self.inside and self.bare[k] in demonym_words():
            k -= 1  # a nationality after the name (البيت الأبيض الأمريكي رفض)
        elif k > 0 and k - 1 in self.inside and self._describing(k):
            k -= 1  # an adjective after the name (وكان حزب العدالة والتنمية المعارض قد حمّل)
        a = self.mention_ending_at(k)
        if a is not None and a.etype != "PER" and self.title_genitive(a):
            # a title after the name (والملك حمد ملك البحرين قد عقدا): its holder
            j = a.first - 1
            while j >= 0 and j not in self.inside and self.only_titles(j, j + 1):
                j -= 1
            holder = self.mention_ending_at(j) if j >= 0 else None
            a = holder if holder is not None and holder.etype == "PER" else a
        if a is None and (p := self.mention_ending_at(k, places=True)) is not None and p.prep in _IN_OR_BA:
            a = p  # a building the subject sits in (وكانت المحكمة العسكرية في سجن إنسين قد أدانته)
        if a is not None and a.prep in _IN_OR_BA and a.etype in PLACE_TYPES:
            # where the subject is (وكانت المحكمة الإدارية بالرباط قد رفضت): the body before it, past
            # its adjective (وكان المجلس الوطني لحماية الوطن الحاكم في النيجر قد حظر)
            end = (a.first if a.prep_at is None else a.prep_at) - 1
            if end > 0 and end - 1 in self.inside and self._describing(end):
                end -= 1
            body = self.mention_ending_at(end)
            for j in range(end, max(end - _PLACE_PHRASE_WORDS, 0), -1) if body is None else ():
                # past what the body is for, told with في (وكانت المحكمة الجنائية المتخصصة في مكافحة
                # الإرهاب في نيامي قد أدانت)
                if j in self.inside or j in self.verbs or self.is_boundary(j):
                    break
                if self.core[j] == _IN:
                    body = self.mention_ending_at(j - 1)
                    break
            a = body if body is not None and body.etype not in PLACE_TYPES and body.prep is None else a
        if (
            a is not None
            and a.prep == "ل"
            and a.prep_at is None
            and a.first > 1
            and self.bare[a.first - 1] in _AFFILIATION
            and (body := self.mention_ending_at(a.first - 2)) is not None
            and body.prep is None
        ):
            a = body  # whom the subject belongs to (وكانت وحدة مكافحة الاتجار التابعة لمديرية الأمن قد ألقت)
        elif a is not None and a.prep == "ل" and self._unnamed_affiliated(a):
            # an unnamed subject's owner (وكانت طائرات مسيرة تابعة لقوات الدعم السريع قد قصفت): the actor
            a = replace(a, prep=None)
        if (
            a is not None
            and a.first > 1
            and led_by(self.tokens[a.first - 1].text)
            and (body := self.mention_ending_at(a.first - 2)) is not None
            and body.prep is None
        ):
            a = body  # who leads the subject is no subject (غارات شنها التحالف العربي بقيادة السعودية دمرت)
        if a is None or (a.prep is None and a.etype in PLACE_TYPES):
            # (غير أن نقابة المعلمين في المنطقة الشرقية رفضت، وكانت لجان المقاومة في محلية بحري قد نظمت)
            a = self._located_body(k) or self._district_body(k) or a
        if a is None or a.prep is not None:
            return None
        head = a
        while (c := self._conjunct(head.first)) is not None:
            prev = self.mention_ending_at(c - 1) if c > 0 else None
            if prev is None or self.tokens[prev.first].sentence != sentence:
                break
            head = prev
        if head.prep is not None:
            return None
        # the actor opens its clause, titles aside (وكان الأمين العام للأمم المتحدة كوفي أنان حث ...):
        # no verb and no free preposition between the clause start and the name
        for before in range(head.first - 1, max(head.first - 1 - SUBJECT_WINDOW, -1) - 1, -1):
            if before < 0 or self.tokens[before].sentence != sentence:
                return a
            t = self.tokens[before].text
            core = self.core[before]
            if (
                before == head.first - 1
                and t in _QUOTE_OPENERS
                and self.tokens[head.last + 1].text in QUOTE_MARKS
                and before > 0
                and (
                    self.core[before - 1] in BE_VERBS
                    or self.core[before - 1] in COMPLEMENTIZERS
                    or (self.bare[before - 1] in _OWNABLE and before - 1 not in self.inside)
                    or (self.core[before - 1] in NAME_KINDS and before - 1 not in self.inside)
                )
            ):
                # the name's own quotation marks, after كان or أن, or after its forces (طائرات «الجيش
                # الوطني الليبي» شنت) or the kind of body it is (وكان حزب «لبنان القوي» قد قاطع); not a
                # byline: « الشرق الأوسط »
                continue
            if core == AT_BODY and any(self.bare[j] in _ENVOYS for j in range(max(before - 4, 0), before)):
                continue  # where the envoy is posted (وكان سفير الاتحاد الأوروبي لدى اليمن X قد أشاد)
            if before == head.first - 1 and core in BE_VERBS and not self.tokens[before].proclitics:
                # كان right before the name opens its clause, one describing an indefinite object too
                # (أفرجت السلطات عن 11 صيادا كانت البحرية الملكية قد أوقفتهم): the name is its subject
                return a
            if (
                before == head.first - 2
                and core in BE_VERBS
                and not self.tokens[before].proclitics
                and self.bare[before + 1] in _OWNABLE
                and before + 1 not in self.inside
            ):
                # and past the forces or members its name is the genitive of (أفرجت السلطات عن 23 صيادا
                # كانت قوات خفر السواحل الليبية قد احتجزتهم): the body is the subject
                return a
            if t in QUOTE_MARKS or before in self.verbs or before in self.speech or core in PREPOSITIONS:
                return None
            if (
                t in HARD_BOUNDARIES
                or t in SOFT_BOUNDARIES
                or core in CLAUSE_WORDS
                or core in COMPLEMENTIZERS
                or core in PARTICLES
                or core in ("و", "ف")
            ):
                return a
        return None

    def _district_body(self, k: int) -> ActorMention | None:
        """The body named right before ``في`` and a word for a district, town or village and its name
        ending at token ``k`` (``لجان المقاومة في محلية بحري``، ``نقابة الصيادين في عزبة البرج``): a local
        branch, where it is no actor of its own."""
        for j in range(k - 1, max(k - 1 - _PLACE_PHRASE_WORDS, 0), -1):
            if self.is_boundary(j) or j in self.verbs:
                return None
            if self.bare[j] in _DISTRICTS and not self.tokens[j].proclitics and self.core[j - 1] == _IN:
                body = self.mention_ending_at(j - 2)
                return body if body is not None and body.etype not in PLACE_TYPES else None
            if self.tokens[j].proclitics:
                return None  # (the name is one phrase: not في محلية بحري بالخرطوم)
        return None

    def _located_body(self, k: int) -> ActorMention | None:
        """The body named right before an unnamed place phrase of definite words ending at token ``k``
        and opening with ``في`` or ``ب`` (``نقابة المعلمين في المنطقة الشرقية``، ``نقابة الأطباء
        بالعاصمة``)."""
        j = k
        while (
            k - j < _PLACE_PHRASE_WORDS
            and j > 0
            and j not in self.inside
            and self.core[j].startswith("ال")
            and self.core[j] not in RELATIVES  # (بالهبة التي قدمتها: a relative clause, no place phrase)
        ):
            if "ب" in self.tokens[j].proclitics:
                break  # (بالمدينة: the phrase opens here)
            if self.tokens[j].proclitics:
                return None
            if self.core[j - 1] == _IN:
                j -= 1
                break
            j -= 1
        else:
            return None
        body = self.mention_ending_at(j - 1)
        return body if body is not None and body.etype not in PLACE_TYPES else None

    def _describing(self, k: int) -> bool:
        """Token ``k`` is a definite adjective, a nisba or a participle (``المعارض``، ``الحاكم``), no name."""
        core = self.core[k]
        if k in self.inside or self.tokens[k].proclitics or not core.startswith("ال") or core in RELATIVES:
            return False  # (الذي ends as a nisba does)
        return core.endswith(NISBA_ENDINGS) or core[2:].startswith("م") or core in _RULING

    def _apposition_comma(self, after: int, k: int) -> bool:
        """The comma at ``k`` opens or closes an apposition of the actor ending before token ``after``:
        only titles stand between them, and a title (opening) or at least one title (closing) is there."""
        between = [j for j in range(after, k) if self.tokens[j].text not in ("،", ",")]
        if not all(self.only_titles(j, j + 1) for j in between):
            return False
        if between:
            return True  # ماكرون الرئيس الفرنسي ، ...: it closes
        nxt = k + 1
        return nxt < len(self.tokens) and self.core[nxt] not in PARTICLES and self.only_titles(nxt, nxt + 1)

    def _after_apposition(self, j: int) -> int:
        """The token after the comma that closes an apposition starting at token ``j`` when a conjoined
        word follows it (``أنان الأمين العام للأمم المتحدة ، وكوناري``), else ``j``; none opens on a date
        (``أفرجت جماعة الحوثي يوم الأحد عن 113 محتجزا من أنصار الحكومة، ونقلتهم طائرات اللجنة``: when it
        acted, then its object, no apposition; a span of time is no date: بسجن X 15 عاما، وسلفه Y)."""
        if self.in_time(j) and any(
            t.start <= self.tokens[j].start < t.end and not (t.value or "").startswith(_DURATION)
            for t in self.doc.times
        ):
            return j
        sentence = self.tokens[j].sentence
        for k in range(j, min(j + APPOSITION_WINDOW, len(self.tokens))):
            if self.tokens[k].sentence != sentence or self.is_hard(k) or k in self.verbs:
                return j
            if self.tokens[k].text in ("،", ","):
                return k + 1 if k > j and k + 1 < len(self.tokens) and self.conjoined(k + 1) else j
        return j

    def _before_apposition(self, k: int) -> int:
        """The token before an apposition closed by the comma at ``k`` (``X ، ... ،``), else -1."""
        sentence = self.tokens[k].sentence
        for j in range(k - 1, max(k - 1 - APPOSITION_WINDOW, -1), -1):
            if self.tokens[j].sentence != sentence or self.is_hard(j) or j in self.verbs:
                return -1
            if self.tokens[j].text in ("،", ","):
                return j - 1 if j < k - 1 else -1
        return -1

    def previous_actor(
        self,
        i: int,
        exclude: Sequence[str],
        possessor: bool = False,
        towns: bool = True,
        any_preposition: bool = False,
        types: tuple[str, ...] = (),
        group: bool = False,
        reach: int = 0,
        subjects: bool = False,
    ) -> list[str]:
        """The entities of the nearest actor named before token ``i`` in its sentence (or ``reach``
        sentences before it: the one sentenced, قضت المحكمة بسجنه), ``exclude`` aside;
        names after a preposition that introduces no recipient (``أمام الجمعية``, a genitive inside a
        prepositional phrase) and places where something happens (``في إقليم دارفور``) are passed over.
        With ``possessor`` (the pronoun suffix of a verbal noun at ``i``), a masculine one is a person's
        where one is named before it (a country named since is mostly feminine: ``فشله في الحرب ضد لبنان
        وتأييده``). Without ``towns``, a town is passed over unless a title before it names its holder
        (``محافظ مقديشو``). With ``any_preposition``, a name after any preposition counts (the antecedent
        of a free pronoun: قطعت علاقاتها مع البيرو، متهمة إياها). With ``types``, only an actor of those
        entity types. With ``group`` (a plural pronoun), the actors coordinated with it before it too
        (``سفراء ألمانيا وفرنسا وبريطانيا، واتهمتهم``). With ``subjects``, only a name with no preposition
        before it (the topic a home's pronoun mostly refers back to: أرسل الرئيس X استقالته إلى رئيس البرلمان
        Y بعد اقتحام المحتجين مقر إقامته)."""
        if possessor and suffix_form(self.tokens[i]) == _HIS:
            # (a genitive in a phrase too: خلال زيارة هيلي إلى كييف ولقائه, not the town he went to)
            person = self._previous_actor(
                i, exclude, ("PER",), genitives=not subjects, reach=reach, subjects=subjects
            )
            if person:
                return person
        return self._previous_actor(
            i, exclude, types, towns, any_preposition, group=group, reach=reach, subjects=subjects
        )

    def free_pronoun_subject(self, i: int) -> list[str]:
        """The antecedent of a subject pronoun right before verb ``i`` (``وهي تعارض``، ``وهو يرفض``):
        the last actor named with no preposition in its sentence or the one before, a person for
        ``هو``, a country or body for ``هي``."""
        if i == 0 or self.core[i - 1] not in FREE_PRONOUNS:
            return []
        types = FREE_PRONOUNS[self.core[i - 1]]
        sentence = self.tokens[i].sentence
        for k in range(i - 2, -1, -1):
            if sentence - self.tokens[k].sentence > 1:
                break
            a = self.mention_ending_at(k)
            if a is not None and a.prep is None and (not types or a.etype in types):
                return list(a.entities)
        return []

    def owned_members(self, k: int) -> bool:
        """Token ``k`` names a body's forces or members by a pronoun suffix (``طائراته``، ``قواتها``)."""
        stem = self.tokens[k].stem
        if k in self.at or stem is None or not has_suffix(self.tokens[k]):
            return False
        # (a final hamza seated before the suffix: أعضائها, أعضاء)
        written = stem.text[:-1] + "ء" if stem.text[-1:] in ("ئ", "ؤ") else stem.text
        return _norm(written) in _OWNABLE

    def members_owner(self, k: int, exclude: Sequence[str]) -> list[str]:
        """The body whose forces or members token ``k`` names by a pronoun suffix: the organisation or
        state named before it in its sentence (``قال الجيش التركي ان طائراته قصفت``)."""
        return self._previous_actor(k, exclude, ("ORG", "GPE")) if self.owned_members(k) else []

    def _previous_actor(
        self,
        i: int,
        exclude: Sequence[str],
        types: tuple[str, ...],
        towns: bool = True,
        any_preposition: bool = False,
        genitives: bool = False,
        group: bool = False,
        reach: int = 0,
        subjects: bool = False,
    ) -> list[str]:
        sentence = self.tokens[i].sentence
        for k in range(i - 1, -1, -1):
            if sentence - self.tokens[k].sentence > reach:
                break
            a = self.mention_ending_at(k)
            if a is None or set(a.entities) & set(exclude) or (subjects and not self._unprefixed(a)):
                continue
            quoted = a.prep == ABOUT and a.last == i - 1  # نقلت عن الحكومة نفيها: the source's
            genitive = genitives and a.prep == GENITIVE_IN_PP
            # (a plural pronoun resumes people counted of a body: أفرجت عن 24 بحارا من البحرية
            # الأوكرانية، كان جهاز الأمن قد احتجزهم)
            members = group and a.prep == FROM and a.first >= 2 and self.in_amount(a.first - 2)
            if (
                a.prep is not None
                and a.prep not in TARGET_PREPS
                and not (quoted or any_preposition or genitive or members)
            ):
                continue  # أمام الجمعية، في خطاب
            if a.etype in PLACE_TYPES and a.prep in _IN_OR_BA:
                continue
            if self.flag_of(a):
                continue  # ناقلة ترفع علم جزر كوك، واقتادتها: the ship, not the flag it flies
            if types and a.etype not in types:
                continue
            if not towns and is_town(self.entities[a.entities[0]]) and not self.title_genitive(a):
                continue
            return [e for e in self.group_before(a) if e not in exclude] if group else list(a.entities)
        return []

    def _unnamed_affiliated(self, a: ActorMention) -> bool:
        """``a``, after ل, is named right after a word of belonging (``تابعة``) that follows, a few words
        back, a noun that names no one, no preposition on it (``طائرات مسيرة تابعة لـ``، ``قوات الأمن
        التابعة لـ``): whom that unnamed subject belongs to."""
        k = a.first - 1
        if a.prep_at is not None or k < 1 or self.bare[k] not in _AFFILIATION:
            return False
        for j in range(k - 1, max(k - 1 - _AFFILIATION_REACH, -1), -1):
            if j in self.inside or self.is_boundary(j) or self.tokens[j].sentence != self.tokens[k].sentence:
                return False
            if self.bare[j] in _UNNAMED_SUBJECTS:
                prefixed = bool(set(self.tokens[j].proclitics) & PREP_CLITICS)
                return not prefixed and not (j > 0 and self.opens_pp(j - 1))
        return False

    def _unprefixed(self, a: ActorMention) -> bool:
        """No preposition stands before ``a`` (it may be the genitive of a noun: بعد أسابيع من استقالة الرئيس
        X), nor before the title right before it that names the same actor (not ``إلى رئيس البرلمان X``)."""
        title = self.mention_ending_at(a.first - 1) if a.first > 0 else None
        return a.prep in _UNPREFIXED and (
            title is None or title.entities != a.entities or title.prep in _UNPREFIXED
        )

    def pronoun_object(self, i: int, hi: int) -> tuple[str, str] | None:
        """The preposition and pronoun of the first word after token ``i`` in its clause that joins a
        preposition to a pronoun (``قطعت العلاقات معها``، ``فرضت حصارا عليها``): ``("مع", "ها")``."""
        for k in range(i + 1, min(hi, i + 1 + OBJECT_WINDOW)):
            if self.is_boundary(k) or k in self.clause_verbs:
                return None
            form = self.norm[k][1:] if self.tokens[k].proclitics == ("و",) else self.norm[k]
            found = _PRONOUN_OBJECTS.get(form)
            if found is not None:
                return found
            if form in _OWNER_PRONOUNS and self.bare[k - 1].startswith(_OWNED):
                return "ل", form[1:]  # منع قافلة تابعة له: its owner is acted on
        return None

    def plural_title(self, k: int) -> bool:
        """Token ``k`` is a plural or dual title of office-holders (``وزراء``، ``وزيرا``، ``قادة``)."""
        return self.bare[k] in _PLURAL_TITLES

    def with_pronoun(self, k: int) -> bool:
        """Token ``k`` is مع with a pronoun suffix (``معه``، ``معها``): whom an act is done with, named
        before it."""
        return (self.norm[k][1:] if self.tokens[k].proclitics == ("و",) else self.norm[k]) in _WITH_PRONOUNS

    def unnamed_with(self, i: int, hi: int) -> bool:
        """``مع`` follows token ``i`` in its clause before a phrase that names no actor (اتفاق مع أبرز
        حركات التمرد، الاتفاق الذي وقعته X مع ...): a party the text leaves unnamed."""
        for k in range(i + 1, min(hi, i + 1 + OBJECT_WINDOW)):
            if self.is_boundary(k) or k in self.clause_verbs:
                return False
            if self.core[k] == WITH and k + 1 < hi:
                # (a title names someone the entity layer missed: محادثاته مع الوزير العراقي)
                return (
                    not self.only_titles(k + 1, k + 2)
                    and self.actor(k + 1) is None
                    and self.actor(k + 2) is None
                )
        return False

    def emphasised(self, j: int) -> bool:
        """The name at ``j`` follows "especially" (وخاصة، لا سيما، خصوصا): it restates the object."""
        return j > 0 and self.core[j - 1] in EMPHASIS

    def _before_particles(self, i: int, negations: bool = False) -> int:
        """The token before ``i`` past particles (``قد``، ``سوف``), and with ``negations`` past
        negations too (``أنها لن تسمح``)."""
        k = i - 1
        while k >= 0 and (
            self.core[k] in PARTICLES
            or (negations and self.core[k] in NEGATORS)
            # (the auxiliary of a past perfect: الذي كان قد اتهم المكسيك)
            or self.core[k] in _AUXILIARIES
        ):
            k -= 1
        return k

    def _resumed_by(self, i: int, hi: int) -> tuple[int, int] | None:
        """The relative clause on the noun at ``i`` whose verb takes the noun back with a pronoun,
        suffixed or after a preposition (الحرب المدمرة التي شنتها إسرائيل، الدور الذي تقوم به دولة الصين):
        the verb's index and the first token after the pronoun, past titles."""
        k = i + 1
        while k < hi and self.core[k] not in RELATIVES:  # adjectives may stand between
            if self.tokens[k].text in QUOTE_MARKS or (k == i + 1 and self._penalty_of(i, k)):
                # بـ"الموقف الأخوي" الذي اتخذته: the noun quoted; الحكم بالسجن المؤبد الذي: the verdict's
                # penalty
                k += 1
                continue
            adjective = (
                self.core[k].startswith("ال")
                and k not in self.inside
                # إدانة الهجوم الذي شنته X: the clause is on the attack (but صفقة التبادل التي توصلت إليها
                # X: on the feminine head, التي agreeing with it alone)
                and (k not in self.acts or self._feminine_construct(i, k))
                and not self.is_boundary(k)
                and not set(self.tokens[k].proclitics) & PREP_CLITICS  # بالجهود: a new phrase
            )
            if k - i > _ADJECTIVES or not adjective:
                return self._carried_out_by(i, hi)
            k += 1
        if k + 2 >= hi or self.core[k] not in RELATIVES:
            return None
        if has_suffix(self.tokens[k + 1]) or self._misread_resuming_verb(k + 1):
            first = k + 2
        elif k + 3 < hi and (
            self.core[k + 2] in _PRONOUN_PPS
            or self.core[k + 2] in RESUMPTIVE
            or self._calls_for(k + 1)
            or self.core[k + 2] in _REACHED_ON.get(self.core[k + 1], ())
        ):
            # الدور الذي تقوم به دولة الصين، الإضراب الذي دعت إليه النقابة، الاتفاق الذي توصلت إليه دمشق
            first = k + 3
        else:
            return None
        while first + 1 < hi and first not in self.inside and self.only_titles(first, first + 1):
            first += 1  # التي تبذلها دولة الإمارات
        return k + 1, first

    def _penalty_of(self, i: int, k: int) -> bool:
        """Token ``k``, right after the verdict noun at ``i``, is its penalty with ب (``الحكم بالسجن``)."""
        return (
            k == i + 1
            and self.bare[i] in _VERDICTS
            and self.bare[k] in _PENALTIES
            and "ب" in self.tokens[k].proclitics
        )

    def _feminine_construct(self, i: int, k: int) -> bool:
        """Token ``k`` is the masculine genitive of the indefinite feminine head at ``i`` (``صفقة
        التبادل``), and the feminine relative word right after it hangs on the head, with which alone it
        agrees (``صفقة التبادل التي توصلت إليها``)."""
        return (
            k == i + 1
            and k + 1 < len(self.core)
            and self.core[k + 1] == _FEMININE_RELATIVE
            and not self.core[i].startswith("ال")
            and self.core[i].endswith(_FEMININE_END)
            and not self.core[k].endswith(_FEMININE_END)
        )

    def _misread_resuming_verb(self, k: int) -> bool:
        """The word at ``k``, right after a relative word, is its clause's verb with the pronoun taking the
        noun back, though read as a clitic on a bare word (``التي بذلها``، ``الذي وفره``): a relative word
        is followed by a verb, not by a preposition or a conjunction."""
        token = self.tokens[k]
        whole = _N(token.text)
        if has_suffix(token) or len(whole) < _RESUMING_VERB_LETTERS:
            return False
        if not token.proclitics:
            # الهجوم الانتحاري الذي تبناه تنظيم داعش: a verb of final ى and its pronoun, read as one word
            return whole.endswith(_DEFECTIVE_RESUMING_ENDINGS)
        return (
            len(token.proclitics) == 1
            and token.proclitics[0] in _MISREAD_CLITICS
            and whole.endswith(_RESUMING_ENDINGS)
        )

    def called_by(self, i: int, hi: int) -> list[str]:
        """Who called the protest at ``i``, told after it in its clause: ``بدعوة من X``، ``تلبية لدعوة
        X``، ``دعت إليها X`` (after the words that qualify it: مواكب دعت إليها لجان المقاومة), or organised it
        (``في مسيرة نظمتها X``)."""
        for k in range(i + 1, min(hi - 1, i + 1 + _CALLER_REACH)):
            organised = self.core[k] in _ORGANISED_IT or (
                self.core[k] in _ANNOUNCED_IT
                and any(self.bare[m] in _ANNOUNCED_STRIKES for m in (k - 1, k - 2) if m >= i)
            )
            # (the strike's noun may read as a verb: في تحرك أعلنه المنتدى)
            announced = (self.bare[k] in _ANNOUNCED_STRIKES and self.core[k + 1] in _ANNOUNCED_IT) or (
                # (or any noun after في, organised: تظاهر ألفا شخص أمام البرلمان، في تحرك نظمته غرينبيس)
                self.core[k - 1] == _IN and self.core[k + 1] in _ORGANISED_IT
            )
            if self.is_hard(k) or (
                k in self.clause_verbs and not self._calls_for(k) and not organised and not announced
            ):
                return []
            if self._calls_for(k):
                first = k + 2
            elif organised:
                first = k + 1  # خرجوا في مسيرة نظمتها «الجبهة المدنية»: who organised it called it
            elif self.bare[k] == _CALL and ("ب" in self.tokens[k].proclitics or self.core[k - 1] in _HEEDING):
                first = k + 2 if self.core[k + 1] == FROM else k + 1
            else:
                continue
            # past quotes and a head the name follows (نظمتها «الجبهة المدنية»، بدعوة من حركة ديموكراسي
            # هاب، بدعوة من منظمة «أمنستي كينيا»)
            while first + 1 < hi and (
                self.tokens[first].text in QUOTE_MARKS
                or (self.bare[first] in _CALLER_HEADS and self.actor(first) is None)
            ):
                first += 1
            a = self.actor(first) if first < hi else None
            return list(self.group_after(a)[0]) if a is not None and a.prep in (None, FROM) else []
        return []

    def _calls_for(self, k: int) -> bool:
        """Token ``k`` is a verb of calling with "for it" after it (``دعت إليه النقابة``)."""
        return k + 1 < len(self.core) and self.core[k] in CALLING and self.core[k + 1] in CALLED_FOR

    def _carried_out_by(self, i: int, hi: int) -> tuple[int, int] | None:
        """An indefinite act noun at ``i`` taken back, with no relative word, by a verb of carrying it out
        a few words on (هجوم انتحاري تبنته طالبان، لهجوم بـ12 صاروخا باليستيا تبناه الحرس الثوري), or a
        definite one right before the verb (the translated ``الهجمات نفذتها عصابة``): the verb's index and
        the first token after it, past titles."""
        definite = self.core[i].startswith("ال")
        reach = 1 if definite else _CARRIED_OUT_REACH
        for k in range(i + 1, hi - 1):
            if self.tokens[k].text in QUOTE_MARKS:
                continue  # ما وصفه «حربا اقتصادية» تشنها واشنطن: the noun quoted (its marks no words)
            reach -= 1
            if reach < 0:
                return None
            if (
                self.is_boundary(k)
                or (k in self.inside and not self._struck_in_phrase(i, k))
                or self.tokens[k].text in ("،", ",")
                # (حكم بالإعدام أصدرته X: the verdict's penalty, no act of its own)
                or (
                    k in self.acts
                    and self.core[k] not in _CARRIED_OUT
                    and not self._penalty_of(i, k)
                    # (هجوم بمسيرة تبنته X: the drone the attack was made with, no march)
                    and self.bare[k] not in _DRONES
                )
            ):
                return None  # (إدانة هجوم شنته X: the verb takes back the nearer act)
            # (or by a verb and ب with a pronoun: طلبا مماثلا تقدمت به الحكومة; not an adjective,
            # indefinite and accusative or definite, with its own: طلبا خاصا به)
            taken_back = self._calls_for(k) or (
                self.core[k + 1] in WITH_IT
                and not self.core[k].endswith("ا")
                and not self.core[k].startswith("ال")
            )
            if self.core[k] in _CARRIED_OUT or taken_back:
                first = k + 2 if taken_back else k + 1
                if first + 1 < hi and self.norm[first] in AGAINST_HIM:
                    first += 1  # أصدرته بحقه المحكمة: whom the ruling is against, before its subject
                while first + 1 < hi and first not in self.inside and self.only_titles(first, first + 1):
                    first += 1
                return k, first
        return None

    def _struck_in_phrase(self, i: int, k: int) -> bool:
        """Token ``k`` is in a name the act noun at ``i`` is aimed at with على, in its phrase (``هجوم نادر
        على المدينة تبنته X``), or in a craft's model (``هجوم بمسيرة من طراز "يافا" تبنته X``)."""
        if self.craft_model(k):
            return True
        if k > 1 and self.tokens[k - 1].text in QUOTE_MARKS and self.core[k - 2] == _MODEL:
            return True  # (a quoted model: من طراز "يافا")
        m = self.mention_covering(k)
        if m is None or m.first <= i + 1:
            return False
        at = m.first - 1 - (self.core[m.first - 1] in LAND and m.first > i + 2)  # (على مدينة كيدال)
        return self.core[at] in _ON

    def relative_agent(self, i: int, hi: int) -> tuple[list[str], int] | None:
        """The subject of a relative clause on the noun at ``i`` whose verb takes the noun back
        (الحرب المدمرة التي شنتها إسرائيل على لبنان → إسرائيل، الدور الذي تقوم به دولة الصين → الصين):
        its entities and last token."""
        found = self._resumed_by(i, hi)
        if found is None or self.core[found[0]].startswith((*_UNDERGONE, *_MEDIATING)):
            # (الاعتداء الذي تعرضت له السفارة: who underwent it, see relative_patient; الهدنة التي
            # توسطت فيها قطر: who mediated it, a party to no deal)
            return None
        verb = found[0] + 1 if self.core[found[0] + 1] in WITH_IT else found[0]
        if (holder := self.titled_person(verb, hi)) is not None:
            # زيارة قام بها قائد القوات البرية الأوغندية الجنرال X: the holder of the title, past its office
            return self.group_after(holder)
        a = self.actor(found[1])
        if a is None and (a := self.affiliated_subject(verb, hi)) is not None:
            return self.group_after(a)  # هجوم شنه مسلحون من جماعة X: the body its unnamed people are of
        # (a preposition before the clause's verb governs none of its subject: بعد وساطة قادتها قطر)
        if a is None or (a.prep is not None and (a.prep_at is None or a.prep_at > found[0])):
            return None
        return self.group_after(a)

    def relative_patient(self, i: int, hi: int) -> list[str]:
        """Who underwent the act the noun at ``i`` names, as the subject of a relative clause on it
        (``الاعتداء الذي تعرضت له سفارة المملكة``)."""
        found = self._resumed_by(i, hi)
        if found is None or not self.core[found[0]].startswith(_UNDERGONE):
            return []
        a = self.actor(found[1])
        return self.group_after(a)[0] if a is not None and a.prep is None else []

    def unsaid_relative_agent(self, i: int, hi: int) -> tuple[list[str], int] | None:
        """The subject of a relative clause on the noun at ``i`` whose verb takes the noun as its object
        suffix and names no subject (الحصار الذي تفرضه على لبنان، الهجوم الذي بدأته على قوات حزب الله):
        the actor named last before the noun in its sentence, and the clause's verb; none for a verb
        whose subject undergoes the act (الهجوم الذي تعرضت له)."""
        found = self._resumed_by(i, hi)
        if found is None:
            return None
        verb, first = found
        reached = self.core[verb + 1] in _REACHED_ON.get(self.core[verb], ())  # الذي توصلت إليه مع X
        if not (has_suffix(self.tokens[verb]) or reached) or self.core[verb].startswith(_UNDERGONE):
            return None  # (الهجمات التي قتل فيها جنود: the noun is where the act happened)
        if self.core[verb - 1] not in RELATIVES and not (
            self.core[verb + 1].startswith("ال")
            or has_suffix(self.tokens[verb + 1])
            or self.core[verb + 1] == WITH
        ):
            # a subject that refers back (هجوم تبنته الجماعة، غارات شنتها مقاتلاته) stands for the actor
            # named before; an indefinite one names none (غارة شنتها طائرات أمريكية)
            return None
        a = self.actor(first)
        if a is not None and a.prep is None:
            return None
        agent = self.previous_actor(i, [])
        return (agent, verb) if agent else None

    def word_before_particles(self, i: int) -> str:
        """The word before token ``i``, particles passed over (``التي لم``), ``""`` at the start."""
        k = self._before_particles(i)
        return self.core[k] if k >= 0 else ""

    def joined_act(self, i: int) -> int | None:
        """The verbal noun the one at ``i`` is joined to by its و, in its clause (``إرسال كتيبتين إلى
        غزة وتنفيذ غارات``): the nearest act before it, no verb, mark or name between but one after a
        preposition (the first act's own phrase)."""
        if "و" not in self.tokens[i].proclitics or i in self.whole:
            return None
        comma = False  # (a seizure may be told with its place before a comma: ضبط X في Y، واعتقال Z)
        for k in range(i - 1, max(i - _CONJOINED_SEIZURE_REACH, -1), -1):
            named = self.mention_covering(k) if k in self.at or k in self.inside else None
            if self.tokens[k].text in ("،", ",") and not comma:
                comma = True
                continue
            verb = k in self.clause_verbs and not (self.core[k] == _ACROSS and self.core[k + 1] != ABOUT)
            if named is not None and named.prep is None and not verb and not self.is_boundary(k):
                # the first act's object (طرد المفوض السامي الهندي أجاي بيساريا وتعليق التبادل التجاري):
                # the act right before it, past its titles and the names in them (السفير الإسرائيلي)
                j = named.first - 1
                while j > named.first - _CONJOINED_ACT_REACH and j not in self.acts:
                    if not (j in self.inside or self.only_titles(j, j + 1)):
                        return None
                    j -= 1
                # (a verb's subject is no act's object: قصف الجيش الهندي مواقع، ونشر قوات)
                return j if j in self.acts and j not in self.inside and j not in self.clause_verbs else None
            if verb and comma and self._describing_verb(k):
                continue  # أعلنت الوزارة إحباط هجوم كان يستهدف كنيسة، واعتقال أربعة: the attack described
            if self.is_boundary(k) or verb:
                return None  # (عبر الحدود: "across", no verb)
            if k in self.acts and k not in self.inside:
                if k > 0 and self.bare[k - 1] in _SEIZURES and k - 1 not in self.inside:
                    return k - 1  # أعلنت الوزارة إحباط هجوم واعتقال أربعة: the deed, not the attack foiled
                return k if i - k < _CONJOINED_ACT_REACH or comma else None
            if self.bare[k] in _SEIZURES and k not in self.inside:
                return k
        return None

    def _describing_verb(self, k: int) -> bool:
        """Verb ``k``, with no و on it, opens (or, after كان, goes on) a clause describing the indefinite
        noun right before it (``إحباط هجوم كان يستهدف كنيسة``، ``ضبط شحنة تحمل أسلحة``)."""
        if self.tokens[k].proclitics:
            return False
        j = k - 1
        if j > 0 and self.core[j] in BE_VERBS and not self.tokens[j].proclitics:
            j -= 1  # (هجوم كان يستهدف: the verb after كان)
        elif self.core[k] in BE_VERBS and not (k + 1 < len(self.tokens) and k + 1 in self.clause_verbs):
            return False  # (كان alone, not before the clause's verb)
        return (
            j >= 0
            and j not in self.inside
            and j not in self.clause_verbs
            and not self.tokens[j].proclitics
            and not self.core[j].startswith("ال")
            and self.tokens[j].text not in ("،", ",")
            and not self.is_boundary(j)
        )

    def relative_antecedent(self, i: int, exclude: Sequence[str]) -> list[str]:
        """The actor the relative pronoun before verb ``i`` takes back: a name right before it, or the body
        whose members the noun there names (``عسكرييه الذين خطفهم تنظيم داعش``); [] for a noun of no
        one (``الانتحاريين الذين اعتقلتهم السلطات``)."""
        k = self._before_particles(i) - 1
        if k > 0 and self.tokens[k].text in ("،", ","):
            k -= 1  # (a clause set off by a comma hangs on the name before it: ساماك، الذي يتهمونه)
        if k < 0:
            return []
        named = self.mention_ending_at(k)
        if named is not None:
            return [e for e in self._seated_body(named).entities if e not in exclude]
        return self.members_owner(k, exclude)

    def after_relative(self, i: int) -> bool:
        """The verb at ``i`` follows ``الذي``/``التي`` ...: its subject is the antecedent."""
        return self.word_before_particles(i) in RELATIVES

    def _relative_word(self, i: int) -> int:
        """The token before verb ``i`` past particles, or the relative word of its past perfect told with
        the subject before it."""
        k = self.relative_before_subject(i)
        return self._before_particles(i) if k is None else k

    def relative_before_subject(self, i: int) -> int | None:
        """The relative word of a past perfect told with its subject before the verb at ``i`` (``الذي
        كانت السلطات السورية قد اعتقلته``): the verb's object pronoun takes the antecedent back."""
        named = self.mention_ending_at(i - 2) if i >= 2 and self.core[i - 1] == MAY else None
        k = named.first - 1 if named is not None and named.prep is None else 0
        return k - 1 if k > 0 and self.core[k] in _AUXILIARIES and self.core[k - 1] in RELATIVES else None

    def in_relative(self, i: int) -> bool:
        """The verb at ``i`` is conjoined (و) to the verb of a relative clause (قرار الأمم المتحدة الذي يحكم
        الهدنة ويدعو لنشر قوات): its subject too is the antecedent."""
        return self._conjoined_relative(i) is not None

    def _conjoined_relative(self, i: int) -> int | None:
        """The relative word whose clause the verb at ``i``, joined by و, continues (see
        :meth:`in_relative`)."""
        if "و" not in self.tokens[i].proclitics:
            return None
        for k in range(i - 1, max(i - 1 - _RELATIVE_REACH, -1), -1):
            if self.is_hard(k) or self.core[k] in COMPLEMENTIZERS or self.tokens[k].text in ("،", ","):
                return None  # (a comma closes the clause: بالهجوم الذي شنته X على Y ، ودعت: the main verb's)
            if self.core[k] in RELATIVES:
                verb = k + 1 in self.clause_verbs or self.tokens[k + 1].text[:1] in IMPERFECT_PREFIXES
                return k if verb else None
        return None

    def conjoined_relative_antecedent(self, i: int) -> list[str]:
        """The actor named right before the relative word whose clause the verb at ``i`` continues, where
        the relative is that clause's subject (``منظمة رصد الجرائم، التي نددت بالاعتقال وطالبت المجلس
        الرئاسي``: the organisation asks); empty where the clause's verb takes the antecedent back with a
        pronoun (``الذي اعتقلته الشرطة ونقلته``: its subject is another) or no name stands there."""
        k = self._conjoined_relative(i)
        if k is None or has_suffix(self.tokens[k + 1]):
            return []
        return self._named_before_relative(k)

    def antecedent(self, i: int) -> list[str]:
        """The actor a relative clause at verb ``i`` hangs on (قادة حماس الذين اعتقلتهم إسرائيل → حماس)."""
        k = self._relative_word(i)
        if k < 1 or self.core[k] not in RELATIVES:
            return []
        for j in range(k - 1, max(k - 1 - SUBJECT_WINDOW, -1), -1):
            if self.is_hard(j):
                break
            a = self.mention_ending_at(j)
            if a is not None:
                return self._relative_head(self._seated_body(a), k)
        return []

    def _relative_head(self, a: ActorMention, k: int) -> list[str]:
        """The actors a relative word at ``k`` hangs on, ``a`` named last before it: the two or all those
        joined by و before a dual or plural relative (``برونو كاكاتشي ودانيلو كالونيغو، اللذين خطفا``)."""
        if self.core[k] in _MANY_RELATIVES:
            # (the last one named by his title, then his name: X ووزير التعليم الأسترالي جيسون كلير، اللذان)
            joined = [
                ids
                for last, ids, *_ in (*self.pairs, *self.series)
                if last == a.last or (last == a.first - 1 and set(a.entities) <= set(ids))
            ]
            if joined:
                return list(joined[0])
        return list(a.entities)

    def named_antecedent(self, i: int) -> list[str]:
        """The actor right before the relative word that opens verb ``i``'s clause (``ميركل التي رفضت``);
        empty when a common noun stands there (``الجنود الكوريين الذين قاتلوا``)."""
        k = self._before_particles(i)
        if k < 1 or self.core[k] not in RELATIVES:
            return []
        return self._named_before_relative(k)

    def _named_before_relative(self, k: int) -> list[str]:
        """The actor named right before the relative word at ``k`` (a comma may stand between)."""
        j = k - 1
        if j >= 0 and self.tokens[j].text in ("،", ","):
            j -= 1
        a = self.mention_ending_at(j) if j >= 0 else None
        return self._relative_head(self._seated_body(a), k) if a is not None else []

    def _seated_body(self, a: ActorMention) -> ActorMention:
        """The body named right before ``في`` and the place ``a`` (``المحكمة العسكرية العامة في كمبالا، التي
        وجهت إليه تهما``): a relative clause after the place hangs on the body seated there; else ``a``."""
        if a.etype not in PLACE_TYPES or a.prep != _IN or a.prep_at is None or a.prep_at < 1:
            return a
        body = self.mention_ending_at(a.prep_at - 1)
        return body if body is not None and body.etype == "ORG" else a

    def subject_elsewhere(self, i: int) -> bool:
        """No subject follows the verb at ``i``: it is a relative's antecedent or a pronoun.

        A relative clause verb with an object pronoun (``التي اعتقلتها إسرائيل``) has its own subject.
        """
        k = self._before_particles(i)
        if k < 0:
            return False
        if self.core[k] in RELATIVES:
            # (or a pronoun after a preposition for the antecedent: الإصلاحات التي طالب بها الصندوق)
            return not (
                (has_suffix(self.tokens[i]) and not self.object_unlike_relative(i)) or self._resumed_in_pp(i)
            )
        return self.after_pronoun(i) or self.after_indefinite(i)

    def object_unlike_relative(self, i: int) -> bool:
        """The object pronoun of verb ``i`` right after a relative word does not agree with it (``الحكومة
        التي اتهمته``: him, not her): it takes someone else back, and the antecedent is the subject; a
        pronoun of the first or second person is left alone."""
        k = self._before_particles(i)
        own = suffix_form(self.tokens[i])
        return (
            k >= 0
            and self.core[k] in _RESUMPTIVES
            and normalize(own) in _THIRD_PERSON
            and normalize(own) != _RESUMPTIVES[self.core[k]]
        )

    def _resumed_in_pp(self, i: int) -> bool:
        """Verb ``i`` is followed by a preposition with a pronoun (``بها``، ``عليها``) and then a name:
        the pronoun is the noun before the verb, the name its subject."""
        if i + 2 >= len(self.tokens) or self.actor(i + 2) is None:
            return False
        stem = self.tokens[i + 1].stem
        return self.core[i + 1] in _PRONOUN_PPS or (
            stem is not None and stem.form in _GOVERNING_PREPS and has_suffix(self.tokens[i + 1])
        )  # (not a time: الذي التقى قبلها أمير قطر)

    def clause_resumes(self, i: int, pronouns: frozenset[str] = RESUMPTIVE) -> bool:
        """One of ``pronouns``, by default those of "during", "in" or "under" it (خلالها، فيه، بموجبه),
        follows verb ``i`` or its subject right after it (``زيارة يلتقي خلالها``، ``اتفاقا تقدم هولندا بموجبه
        5 ملايين يورو``): the verb's clause describes the noun before it, which is no subject of the verb."""
        if i + 1 >= len(self.tokens):
            return False
        if self.core[i + 1] in pronouns:
            return True
        subject = self.actor(i + 1)
        return (
            subject is not None
            and subject.prep is None
            and subject.last + 1 < len(self.tokens)
            and self.core[subject.last + 1] in pronouns
        )

    def after_indefinite(self, i: int, perfect: bool = False) -> bool:
        """An imperfect verb right after an indefinite noun describes it (``بيان يدعو الفاتيكان``: "a
        statement calling on the Vatican"): the noun is its subject, the name after it its object. With
        ``perfect``, a perfect verb too (``انفجار استهدف بغداد``: the caller asks it of verbs of attack)."""
        k = i - 1
        named = self.mention_ending_at(k) if k in self.inside and not perfect else None
        if named is not None and named.prep_at is not None and named.prep in _PHRASE_PREPS:
            k = named.prep_at - 1  # عقوبات جديدة ضد روسيا تستهدف أسطول الظل: the noun's phrase goes on
        if k < 0 or k in self.inside or k in self.verbs or self.is_boundary(k):
            return False
        if i + 1 < len(self.tokens) and (self.clause_resumes(i) or self._resumed_in_pp(i)):
            # زيارة يلتقي خلالها، إصلاحات يطالب بها صندوق النقد: the noun is where, when or what, the
            # subject is another
            return False
        if self.conjoined(i):
            return False  # عمل إرهابي وتعهد بالانتقام: a conjoined verb (تفعّل begins with ت too)
        stem = self.tokens[i].stem
        return stem is not None and (perfect or _norm(stem.text)[:1] in "يت") and self._indefinite_noun(k)

    def _indefinite_noun(self, k: int) -> bool:
        """Token ``k`` reads as an indefinite noun or adjective: no article, clitic or suffix, no particle,
        title or time word."""
        core = self.core[k]
        return (
            len(core) > 2
            and not core.startswith("ال")
            and not self.tokens[k].proclitics
            and not has_suffix(self.tokens[k])
            and core not in NOT_NOUNS
            and bare(core) not in title_words()
            and not self.in_time(k)
        )

    def resumes_counted_noun(self, i: int) -> bool:
        """The plural object pronoun of verb ``i`` takes back the indefinite plural or counted noun right
        before it, in a relative clause with no relative word (``عودة 137 تلميذا اختطفهم مسلحون``، ``عن
        ثلاثة عمال إغاثة تشيكيين كانت قد اختطفتهم``): people the text leaves unnamed, not the last actor."""
        k = self._before_particles(i)
        return (
            k >= 0
            and normalize(suffix_form(self.tokens[i])) in _PLURAL_OBJECTS
            and k not in self.inside
            and k not in self.verbs
            and not self.is_boundary(k)
            and self.core[k].endswith(_COUNTED_ENDINGS)
            and self._indefinite_noun(k)
        )

    def resumed_nationals(self, i: int, exclude: Sequence[str]) -> list[str]:
        """The country of the unnamed people that the plural object pronoun of verb ``i`` takes back
        (:meth:`resumes_counted_noun`), told by their nationality right before it (``ثلاثة بحارة مصريين
        اختطفهم مسلحون``، ``عن ثلاثة عمال إغاثة تشيكيين كانت قد اختطفتهم``), where the text names it and
        it is not among ``exclude``; [] for none."""
        if not self.resumes_counted_noun(i):
            return []
        country = self.nationality_country(self._before_particles(i))
        return [country] if country is not None and country not in exclude else []

    def overlooked(self, m: ActorMention) -> bool:
        """``m`` is named after a participle of lying or overlooking and على (``مدينة توابسي المطلة على
        البحر الأسود``): it locates the place before it, and is acted on by nothing."""
        if m.prep == "ل" and m.etype in PLACE_TYPES and m.first > 0:
            # إقليم تاك المحاذي لميانمار: bordering it, as overlooking
            return self.bare[m.first - 1] in _BORDERING
        return m.prep == ON and m.prep_at is not None and self.bare[m.prep_at - 1] in _OVERLOOKING

    def place_object(self, i: int, hi: int, exclude: Sequence[str] = ()) -> str | None:
        """A place named as the object of verb ``i`` (``هاجمت القوات الحكومية كولكول``): the first place
        in its clause with no preposition or with ``على``, ``exclude`` (the subject) aside."""
        for k, _ in self.scan(i + 1, hi, window=OBJECT_WINDOW):
            m = self.at.get(k)
            if m is not None and m.entities[0] in exclude:
                continue
            if m is not None and m.etype in PLACE_TYPES and m.prep == FROM:
                continue  # أطلقت صواريخ من جنوب لبنان باتجاه مدينة X: where it was fired from
            if m is not None and m.etype in PLACE_TYPES and m.prep in (None, ON):
                if m.prep is None and self.placed_by(k, exclude):
                    continue  # خزاعة جنوب قطاع غزة: where the place before it lies
                if m.prep is None and self.flag_of(m):
                    continue  # سفينة ترفع علم ليبيريا: the flag it flies
                if m.prep is None and self.conjoined_to_pp(m.first):
                    continue  # في قريتي كريتر والمعلا: where, with the place before it
                if self.overlooked(m):
                    continue  # مدينة توابسي المطلة على البحر الأسود: what the place before it overlooks
                return m.entities[0]
            if m is not None and m.etype in ACTOR_TYPES:
                return None
        return None

    def place_anaphor(self, m: ActorMention) -> bool:
        """``m`` is a place told again by its noun with the article (``المخيم``، ``البلدة``; the nouns
        coreference makes such mentions of): no name."""
        return m.first == m.last and self.core[m.first] in PLACE_ANAPHORS

    def flag_of(self, m: ActorMention) -> bool:
        """``m`` names the flag a ship or plane flies (``ناقلة ترفع علم بنما``): no one acted on."""
        return m.first > 0 and self.core[m.first - 1] in _FLAG

    def scene(self, i: int, lo: int, exclude: Sequence[str] = ()) -> str | None:
        """The place that witnessed the act noun at ``i``: the subject of a ``شهد`` verb before it in its
        clause (``شهدت مناطق أخرى من بغداد تفجيرات``, ``شهد العراق أمس تفجيرات``)."""
        start, _ = self.clause(i, lo, i + 1)
        witness = next((k for k in range(i - 1, start - 1, -1) if self.bare[k] in _WITNESSED), None)
        if witness is None:
            return None
        for k in range(witness + 1, i):
            m = self.at.get(k)
            if (
                m is not None
                and m.etype in PLACE_TYPES
                and m.prep in (None, FROM)
                and m.entities[0] not in exclude
            ):
                return m.entities[0]
        return None

    def destination(
        self, i: int, lo: int, hi: int, exclude: Sequence[str] = (), moving: bool = False
    ) -> str | None:
        """The first place after token ``i`` in its clause that something is moved to (``إلى``), past
        what describes the mover (``وصلت قوة تضم نحو 50 عنصرا بحرا إلى ميناء بلدة الناقورة``), or a
        spot near it (``إلى محيط مدينة كركوك``), or the grounds of a body named around them (``حول جامعة
        الخرطوم``); ``moving`` (forces moved): off a coast too (``قبالة سواحل سوريا``)."""
        _, end = self.clause(i, lo, hi)
        to_at = None  # the last إلى passed, before what names no place (إلى بوابة فاطمة في بلدة كفر كلا)
        for k in range(i + 1, end):
            if self.core[k] in _TO_PLACE:
                to_at = k
            if self._sequel_at(k, end):
                break  # (the places past "after" a span from a happening are that happening's)
            m = self.at.get(k)
            # (a body's seat or mission named again by its one word: محكمة الحسابات ... حول مقر المحكمة)
            told_again = (
                m is not None
                and m.etype not in PLACE_TYPES
                and m.first == m.last
                and self.bare[k] in _SITE_AGAIN
            )
            if m is None or told_again:
                # نشرت الحكومة 300 عنصر في المدينة: the town named before, taken back (and the place
                # of a site named before, around it: حقل الشرارة ... نشرت تعزيزات في محيط الحقل)
                again = self.bare[k]
                if (
                    (k not in self.inside or told_again)
                    and self.core[k].startswith("ال")
                    and (again in TOWN_AGAIN or again in _SITE_AGAIN)
                    and (k + 1 >= end or k + 1 not in self.at)  # (not العاصمة التشادية نجامينا)
                    # (nor a site whose place is named after it: حول مقر القنصلية في حي بي أوغلو)
                    and not any(
                        f in self.at and self.at[f].etype in PLACE_TYPES
                        for f in range(k + 1, min(k + 1 + _SITE_PLACE_REACH, end))
                    )
                    and (
                        self._spot_prep(k) in (_IN, _AROUND, ON, *_TO_PLACE)
                        # (or with ب after the sites in it: في المواقع السياحية بالعاصمة)
                        or (
                            self.tokens[k].proclitics[-1:] == (_WITH_BA,)
                            and any(self._spot_prep(f) == _IN for f in range(max(k - 2, 0), k))
                        )
                    )
                    and (
                        town := self._town_before(k, exclude)
                        if again in TOWN_AGAIN
                        else self._site_before(k, exclude)
                    )
                    is not None
                ):
                    return town
                if m is None and (site := self._site_of_pronoun(k, exclude)) is not None:
                    return site
                continue
            facility = k >= 2 and (
                (m.etype == "MISC" and self.bare[k - 1] in _FACILITY_HEADS)
                # (a site around which forces deploy, its name typed as a body or a person: في محيط ساحة
                # غلطة سراي)
                or (
                    m.etype in ("ORG", "PER")
                    and self.bare[k - 1] in _OPEN_SITES
                    and self.bare[k - 2] in _SPOTS
                )
            )
            if (
                m.etype == "ORG"
                and self.bare[k] in _GROUNDS
                and m.entities[0] not in exclude
                and (m.prep == _AROUND or (k >= 1 and self.bare[k - 1] in _SPOTS and self._spot_prep(k)))
            ):
                return m.entities[0]  # حول جامعة الخرطوم، في محيط مستشفى الشفاء: the grounds of a body named
            if (
                m.etype not in PLACE_TYPES
                and not facility
                and k >= 1
                and (m.prep == _AROUND or (self.bare[k - 1] in _SPOTS and self._spot_prep(k) is not None))
                and (town := self._place_after(m.last, end, exclude)) is not None
            ):
                return town  # في محيط السفارة الأميركية بوسط جاكرتا: around a seat, the place it stands in
            if (m.etype not in PLACE_TYPES and not facility) or m.entities[0] in exclude:
                continue
            if m.prep == _IN and m.prep_at is not None and self._placed_mover(m.prep_at - 1, exclude):
                continue  # أرسلت بعثة الاتحاد الأفريقي في الصومال قوة إلى المدينة: where the mover is
            prep = m.prep
            spot = k - 2 if k >= 2 and self.core[k - 1] in LAND else k - 1  # على مداخل مدينة جنين
            if facility:
                # حول ملعب ويمبلي، في محيط قاعدة سيغونيلا: a named facility, where the forces go
                prep = _AROUND if self.bare[k - 2] in _SPOTS else self._spot_prep(k - 1)
                if prep in (_IN, _AROUND, *_TO_PLACE):
                    return m.entities[0]
                continue
            if (
                prep in (None, GENITIVE_IN_PP)
                and k >= 3
                and self.bare[k - 1] in _OPEN_SITES
                and self.bare[k - 2] in _SPOTS
            ):
                # إلى محيط مناجم أبو حمد: around the site, the place it is named for
                prep = _AROUND if self._spot_prep(k - 1) else prep
            elif prep in (None, GENITIVE_IN_PP) and k >= 2 and self.bare[k - 1] in _TOWN_FACILITIES:
                prep = self.core[k - 2]  # حول محطة الضبعة النووية: the facility's preposition, its town
            elif prep in (None, GENITIVE_IN_PP) and self.bare[spot] in _SPOTS and self._spot_prep(spot + 1):
                prep = _AROUND  # في محيط قاعدة إنجرليك، على مداخل الأنبار: around a place, there
            elif (
                prep == _BETWEEN
                and k >= 4
                and self.bare[k - 2] in _DIVIDING
                and (self.core[k - 4] in (_IN, ON) or self._spot_prep(k - 2) in (_IN, ON))
            ):
                prep = _AROUND  # في الشوارع الفاصلة بين الشياح وعين الرمانة: in the strip between, there
            elif (
                moving
                and prep in (None, GENITIVE_IN_PP)
                and self.bare[spot] in _COASTS
                # (or along it: على امتداد ساحل الباطنة)
                and (self.core[spot - 1] in PREPOSITIONS or self._spot_prep(spot) is not None)
            ):
                prep = _AROUND  # نشرت فرقاطات قبالة سواحل ولاية وهران: off its coast, there
            if prep in _TO_PLACE or prep == _AROUND:  # (مناورات حول تايوان: aimed at it)
                return m.entities[0]
            if moving and prep == _IN and k >= 2 and self.bare[k - 1] in _TOWN_FACILITIES:
                return m.entities[0]  # ستنشر زورقين في ميناء نواذيبو: into a facility, its town
            if m.prep == _IN and not (self.entities[m.entities[0]].kb_id or "").startswith(CITY_ID_PREFIX):
                return m.entities[0]  # نشر قوة متعددة الجنسيات في هايتي (not a town: where it is, في بغداد)
            if to_at is not None and m.prep == _IN and m.first - to_at <= _DESTINATION_GAP:
                return m.entities[0]  # the town the spot reached is in
            if (
                to_at is not None
                and m.prep is None
                and self.core[spot] in DIRECTIONS
                and m.first - to_at <= _DESTINATION_SIDE_GAP
                # (not past a place it is in: إلى نقاط المراقبة في محافظة إدلب شمال غرب سوريا)
                and not any(
                    j in self.at and self.at[j].etype in PLACE_TYPES for j in range(to_at + 1, m.first)
                )
            ):
                # or on whose side it lies, past the spot's description (إلى محيط معبد أوام المعروف بمحرم
                # بلقيس شرقي مدينة مأرب)
                return m.entities[0]
        return None

    def _place_after(self, last: int, end: int, exclude: Sequence[str]) -> str | None:
        """The place named within a few words after a seat or mission ending at token ``last``, before
        ``end``, the first name after it, not one of ``exclude`` (``السفارة الأميركية بوسط جاكرتا``،
        ``مقر اللجنة في الخرطوم``); None if another name or a hard boundary comes first."""
        words = 0
        for f in range(last + 1, min(end, last + 1 + _SITE_PLACE_REACH + 2)):
            words += self.tokens[f].text not in QUOTE_MARKS
            if words > _SITE_PLACE_REACH or self.is_hard(f):
                return None
            m = self.at.get(f)
            if m is not None:
                return m.entities[0] if m.etype in PLACE_TYPES and m.entities[0] not in exclude else None
        return None

    def _placed_mover(self, k: int, movers: Sequence[str]) -> bool:
        """One of ``movers`` is named ending at token ``k``, so that a place in ``في`` after it is where
        it is (``بعثة الاتحاد الأفريقي في الصومال``), not where it moves forces."""
        a = self.mention_ending_at(k)
        return a is not None and any(e in movers for e in a.entities)

    def _spot_prep(self, k: int) -> str | None:
        """The preposition before token ``k``, past a word for the spot around it (``في محيط``، ``على
        مداخل``، ``على طول``), or None."""
        j = k - 1
        if j > 0 and self.bare[j] in _SPOTS and not self.tokens[j].proclitics:
            j -= 1
            if j > 0 and self.core[j] in _EACH_OF:
                j -= 1  # على كل مداخل الجزيرة
        return self.core[j] if j >= 0 and self.core[j] in PREPOSITIONS else None

    def _town_before(self, k: int, exclude: Sequence[str]) -> str | None:
        """The town, region or site last named before token ``k`` in the document, not a country nor one
        of ``exclude``; for a town's word (``المدينة``), no region either."""
        town = self.bare[k] in _TOWN_WORDS
        for first in sorted((f for f in self.at if f < k), reverse=True):
            m = self.at[first]
            if m.etype not in PLACE_TYPES or len(m.entities) != 1:
                continue
            e = m.entities[0]
            kb_id = self.entities[e].kb_id or ""
            if e in exclude or country_code(kb_id) is not None:
                continue  # (a country is no town: في المدينة)
            if town and (
                kb_id.startswith(REGION_ID_PREFIX) or (first > 0 and self.bare[first - 1] in _REGION_NOUNS)
            ):
                continue  # (nor a region: مدينة إيزيوم بمقاطعة خاركيف ... في المدينة)
            return e
        return None

    def _site_of_pronoun(self, k: int, exclude: Sequence[str]) -> str | None:
        """The place of the site that the pronoun on the spot word at ``k`` takes back (``مبنى السفارة
        السويدية في بغداد ... قبل أن تنشر الوزارة قوات في محيطه``): the place named within a few words
        after the last site word before it, or that of the site that word takes back in its turn (``مطار
        X ... أغلقت المطار ... نشرت تعزيزات في محيطه``); None if no site word comes first."""
        suffix = suffix_form(self.tokens[k])
        if k == 0 or suffix not in _SITE_PRONOUNS or self.core[k][: -len(suffix)] not in _AROUND_IT:
            return None
        if self.core[k][: -len(suffix)] != _AROUND and self.core[k - 1] not in (_IN, *_TO_PLACE):
            return None  # (في محيطه، إلى محيطها; حوله on its own)
        for j in range(k - 1, max(k - 1 - _SITE_PRONOUN_REACH, -1), -1):
            if self.bare[j] not in _SITE_AGAIN:
                continue
            return self._site_before(k, exclude, site=j)
        return None

    def _site_before(self, k: int, exclude: Sequence[str], site: int | None = None) -> str | None:
        """The place named with the site that token ``k`` (``الحقل``، ``المجمع``) takes back: the first
        place within a few words after the last indefinite mention of its head before it in the document
        (``حقل الشرارة``، ``مجمع محكمة إسلام آباد العليا``، ``مقر اللجنة في الخرطوم``) or of the same
        definite word named with a place, not one of ``exclude``; None where the site was named with no
        place."""
        head = self.bare[k]
        building = head in _ANY_BUILDING
        for j in range(k - 1, -1, -1):
            # (or its same definite word, with a place: تظاهرة أمام القصر الرئاسي في جاكرتا ... حول القصر)
            again = self.core[j] == self.core[k]
            if site is not None:
                # (a site word a pronoun takes back, ``site``: its place after it, or else, definite, that
                # of the site it takes back in its turn)
                if j != site:
                    continue
                again = False
                if self.core[j].startswith("ال") and not any(
                    f in self.at and self.at[f].etype in PLACE_TYPES
                    for f in range(j + 1, min(j + 1 + _SITE_PLACE_REACH, k))
                ):
                    return self._site_before(j, exclude)
            elif building and self.bare[j] in _BUILDINGS:
                if j in self.at and self.at[j].entities[0] in exclude:
                    continue  # (the deployer's own name: نشرت وزارة الداخلية تعزيزات في محيط المبنى)
                again = False  # المبنى: the last building named, with or without the article, or none
            elif (self.core[j].startswith("ال") and not again) or self.bare[j] != head:
                continue
            words = 0  # (quote marks around a name count for none: مخيم «الغابة» العشوائي في كاليه)
            for f in range(j, k):
                words += self.tokens[f].text not in QUOTE_MARKS
                if words > _SITE_PLACE_REACH + 1 or self.is_hard(f):
                    break
                # (the site's own name, its head the first word: مجمع السلطان قابوس الرياضي)
                m = self.at.get(f)
                if m is not None and m.etype in PLACE_TYPES and m.entities[0] not in exclude:
                    return m.entities[0]
                # (or the town in the name of the body whose seat it is: مجمع محكمة إسلام آباد العليا ...
                # في محيط المجمع)
                if f == j + 1 and m is not None and m.etype == "ORG" and (town := self.place_inside(m)):
                    return town if town not in exclude else None
            if not again:
                return None
        return None

    def warned_of(self, i: int, hi: int, source: Sequence[str]) -> tuple[str, list[str]] | None:
        """What the warning at ``i`` that names no one warned is (the ``warn`` frame): ``("THREATEN",
        [])`` for what its speaker will do (حذر من أنه سيرد، حذرت روسيا من أنها سترد) or a verb's warning
        to someone unnamed (حذر الشركات), ``("ACCUSE", [X])`` for X's conduct (حذر من تدخل إيران), None for
        a state of things (حذر من كارثة، من أن الوضع هش) or a warning noun naming no one."""
        k, loose = i + 1, 0
        unnamed = None if i in self.acts else ("THREATEN", [])  # a warning noun naming no one: nothing
        while k < hi and self.core[k] not in (FROM, FROM_WHAT) and not self._complementizer(k):
            loose += k not in self.inside
            if self.is_hard(k) or loose > _WARNING_REACH or self.core[k] in RELATIVES:
                return unnamed  # حذر بوتين الشركات التي ...: someone warned, unnamed
            if k in self.acts or k in self.clause_verbs:
                return unnamed  # تحذيرات لارسن وجاء الهجوم بعد ساعات من: another act's من
            k += 1
        j = k if self._complementizer(k) else k + 1
        if k < hi and self.core[k] == FROM_WHAT and j < hi and self.core[j].startswith(NAMING_STEMS):
            j += 1  # حذر مما وصفه بكارثة: of what he named so, the name after
        if j >= hi:
            return unnamed
        if self._complementizer(j):
            end = self.clause(j + 1, j + 1, hi)[1]
            # what the speaker, or its forces by a pronoun suffix, will do (حذر من أن قواته ستلاحق)
            own = self.core[j] in PRONOUN_COMPLEMENTIZERS or (j + 1 < end and self.owned_members(j + 1))
            verb = None  # the verb of the clause, when it comes before any actor (أنه سيقصف X: X its object)
            subject = None  # its subject, an actor named before its verb, titles only before it
            for m in range(j + 1, min(j + 1 + _WARNED_REACH, end)):
                if verb is None and (m in self.clause_verbs or _WILL in self.tokens[m].proclitics):
                    verb = m
                a = self.actor(m)
                if a is not None:
                    if verb is None or not own:
                        own = a.prep is None and self.same_side(a.entities[0], source)
                    if verb is None and a.prep is None and self.only_titles(j + 1, m):
                        subject = a
                    break
            if not own and subject is None and verb is not None and verb > j + 1:
                own = self._speakers_body(i, j + 1)  # حذر رئيس الجهاز من أن الجهاز سيفرض غرامات
            # (or "will not", لن: حذر من أنه لن يتسامح مع المهربين)
            future = any(
                _WILL in self.tokens[m].proclitics or self.core[m] == WONT for m in range(j + 1, end)
            )
            # (or "may" before an imperfect: حذر مدفيديف من أن موسكو قد تستهدف مقر المحكمة; its side named:
            # of أنهم قد يتعرضون, they may be others than the speaker's)
            may = self.core[j] not in PRONOUN_COMPLEMENTIZERS and any(
                self.core[m] == MAY and self.tokens[m + 1].text[:1] in IMPERFECT_PREFIXES
                for m in range(j + 1, end - 1)
            )
            if own and (future or may):
                return ("THREATEN", self._threatened_one(j + 1, end, source))
            if self._reply_promised(j + 1, end, source):
                # حذر من أن أي تقدم «سيقابل برد حاسم»، من أن مصر «تحتفظ بحق الرد»: a reply, his side's
                return ("THREATEN", self._threatened_one(j + 1, end, source))
            if (
                subject is not None
                and not own
                and not future
                and subject.etype in _BLAMED_BODIES
                and not self._reply_promised(j + 1, end, subject.entities)
            ):
                # حذر جونسون من أن روسيا «تقوض الجهود الدولية»: the conduct of a state or body named as the
                # subject of what is warned of, blame on it (as حذر من تدخل إيران); not what another will
                # do (من أن إسرائيل ستفرق التظاهرات) or may reply (تحتفظ بحق الرد), nor what befalls a person
                # (من أن X «يواجه خطر التعذيب»)
                blamed = [e for e in self.group_after(subject)[0] if not self.same_side(e, source)]
                return ("ACCUSE", blamed) if blamed else None
            return None
        for m in range(j, min(j + _WARNED_REACH, hi)):
            if self.is_boundary(m):
                return None
            a = self.actor(m)
            if a is not None:  # the genitive of the conduct warned of (تدخل إيران), not a later phrase's
                genitive = a.prep in (None, GENITIVE_IN_PP) and a.entities[0] not in source
                return ("ACCUSE", list(a.entities)) if genitive else None
        return None

    def _speakers_body(self, i: int, k: int) -> bool:
        """The unnamed body at token ``k`` is the speaker's of warning verb ``i``: a body noun with his
        pronoun (``من أن وزارته ستطبق القانون``), or the definite noun his title names before the warning
        in its sentence (``حذر الرئيس التنفيذي للشركة X من أن الشركة ستفصل``، ``رئيس الجهاز ... الجهاز``)."""
        if k in self.inside or k in self.at:
            return False
        tok = self.tokens[k]
        stem = next((w.form for w in tok.words if w.kind == "stem"), "")
        if has_suffix(tok):
            return stem in _OWN_BODY_STEMS
        if not self.core[k].startswith("ال") or tok.proclitics:
            return False
        sentence = tok.sentence
        for j in range(k - 2, max(i - _SPEAKERS_TITLE_REACH, -1), -1):
            if self.tokens[j].sentence != sentence:
                return False
            if j != i and any(w.kind == "stem" and w.form == stem for w in self.tokens[j].words):
                return True
        return False

    def protested(
        self, i: int, hi: int, source: Sequence[str], speaker: str | None = None
    ) -> tuple[list[str], int] | None:
        """Whom the protest at ``i`` that names no recipient is against, and the stance word that says
        so: the first actor right after such a word further on in its sentence (تظاهر الآلاف ... احتجاجا
        على مذكرة أوكامبو، مرددين هتافات معادية لإسرائيل، منددين بالحكومة، مطالبين لجنة X بنشر
        تقريرها، الموت لبريطانيا), or whose removal is among its demands (مطالبين بإنهاء الحرب وإقالة X)."""
        demanding = False
        for k in range(i + 1, hi):
            if self.is_hard(k) or (self.core[k] in _WHILE_OR_WHEREAS and k not in self.inside):
                break  # (نظم X وقفة احتجاجية، في حين طالبت Y بإجراء تحقيق: Y's demand, not the protest's)
            cue = self.bare[k]
            if demanding and cue in _REMOVALS and self.conjoined(k):
                # للمطالبة بإنهاء الحرب ... وإقالة الرئيس الاميركي جورج بوش: a removal among the demands
                a = self.actor(k + 1)
                if a is not None and a.prep in (None, GENITIVE_IN_PP) and a.entities[0] not in source:
                    return [e for e in self.group_after(a)[0] if e not in source], k
                continue
            if not self.stance(k):
                continue
            demanding = demanding or cue in _DEMANDING
            n = k + 2 if k + 2 < hi and self.core[k + 1] in PREPOSITIONS else k + 1  # احتجاجا على الهجوم
            if (
                n < hi
                and n not in self.inside
                and (told := self.relative_agent(n, hi) or self.done_by(n, hi))
            ):
                # مسيرات منددة بالانقلاب العسكري الذي قاده الجنرال X، احتجاجا على تأخر صرف رواتبهم من
                # قبل حكومة الإقليم: who did what it is against
                against = [e for e in told[0] if e not in source]
                if against:
                    return against, k
            end, m, joined = min(k + 1 + _PROTESTED_REACH, hi), k, False
            far = min(k + 1 + _JOINED_THING_REACH, hi)
            while (m := m + 1) < hi:
                if (
                    m not in self.inside
                    and not joined
                    and ((m <= end and self._joined_thing(k, m)) or (m < far and self.conjoined(m)))
                ):
                    # a second thing it is against, joined with و (احتجاجا على ارتفاع سعر الدقيق وتأخر
                    # حكومة الوفاق), past a long first one too (احتجاجا على النقص الحاد في المواد
                    # الغذائية وسياسات حكومة X): its agent as near to it
                    end, joined = min(m + _PROTESTED_REACH, hi), True
                if m >= end and (joined or m >= far):
                    break
                if self.tokens[m].text in QUOTE_MARKS:
                    # (nor do they count: احتجاجا على «تجاهل» حكومة X)
                    end = min(end + 1, hi)
                elif self.is_boundary(m):
                    break  # (a slogan's quotation marks do not end it: تطالب بـ«استقالة X»)
                if m >= end:
                    continue  # (past the first thing's reach, before a second joined to it: no one taken)
                if m - 1 in self.acts and m not in self.inside and self.bare[m] in demonym_words():
                    # احتجاجا على الاحتلال الأميركي للعراق، تنديدا بالقصف التركي: the act's agent is the
                    # nationality, and that is what it is against (not whom it then asks to act: مطالبين
                    # الحكومة العراقية بطرد السفير التركي)
                    return None
                a = self.actor(m)
                if a is None or a.entities[0] in source:
                    continue
                if any(self.bare[j] in _INSULTING for j in range(max(a.first - 2, k), a.first)):
                    continue  # احتجاجا على نشر الرسوم المسيئة للنبي محمد: the one insulted, no party to it
                if (
                    cue in _DEMANDING
                    and a.prep is None
                    and a.first > k + 1
                    and not self.conjoined(k)  # (a demand of its own: ..., وطالبت محافظ تعز نبيل شمسان)
                    and (holder := self.titled_person(k, hi)) is not None
                    and holder.entities[0] not in source
                ):
                    # مطالبين رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة بتسليم السلطة: the holder of the
                    # title the protesters' demand is made of, past the body of his office
                    return [e for e in self.group_after(holder)[0] if e not in source], k
                if a.prep == _IN or (cue in _DEMANDING and not self._demanded_of(k, a)):
                    break  # where it was (احتجاج واسعة في سيول); what is demanded (مطالبين بتولي X)
                if a.etype == "PER" and cue not in _DEMANDING and self.done_to(k + 1, a.first):
                    break  # احتجاجا على اعتقال راشد الغنوشي: the one arrested, not whom it is against
                against = [e for e in self.group_after(a)[0] if e not in source]
                if cue in _SLOGANS:  # «الموت لأميركا» و«الموت لإسرائيل»: every slogan's name
                    against += self._slogan_names(m + 1, hi, [*source, *against])
                return against, k
        return self._picketed(i, hi, [*source, *([speaker] if speaker else [])])

    def insulted(self, i: int, hi: int) -> list[str]:
        """Those named right after "insulting to" after token ``i`` in its sentence, past a title (``الرسوم
        المسيئة للنبي محمد``): the ones insulted."""
        out: list[str] = []
        for k in range(i + 1, hi - 1):
            if self.is_hard(k):
                break
            if self.bare[k] in _INSULTING:
                a = self.actor(k + 1) or (self.actor(k + 2) if k + 1 not in self.inside else None)
                if a is not None:
                    out.extend(a.entities)
        return out

    def _joined_thing(self, k: int, m: int) -> bool:
        """Token ``m`` opens a second thing the stance word at ``k`` is against, joined with و: split off,
        or written close to a noun the tokenizer left whole (``احتجاجا على تجميد الأجور وخطة حكومة X``),
        past the first thing's own first word."""
        return self.conjoined(m) or (m > k + 2 and self.tokens[m].text[:1] == "و")

    def _slogan_names(self, start: int, hi: int, exclude: Sequence[str]) -> list[str]:
        """The names right after the slogans against someone in ``[start, hi)`` of a sentence, up to a
        hard boundary (``«الموت لرشدي والموت لبريطانيا»``)."""
        out: list[str] = []
        for k in range(start, hi - 1):
            if self.is_hard(k):
                break
            if self.bare[k] not in _SLOGANS:
                continue
            a = self.actor(k + 2 if self.core[k + 1] == _VOCATIVE else k + 1)  # وداعا يا X
            if a is not None and a.entities[0] not in exclude and a.entities[0] not in out:
                out.append(a.entities[0])
        return out

    def done_by(self, k: int, hi: int) -> tuple[list[str], int] | None:
        """The actor after ``من قبل`` ("by") later in the clause of token ``k``, and its last token: who
        did the act named there (``تأخر صرف رواتبهم من قبل حكومة إقليم كردستان``)."""
        for j in range(k, hi - 2):
            if self.is_hard(j):
                return None
            if self.core[j] == FROM and self.core[j + 1] == BEFORE:
                # (the body's kind and land may come first: من قبل حكومة إقليم كردستان)
                a = self.first_actor(j + 2, min(j + 5, hi))
                return self.group_after(a) if a is not None else None
        return None

    def stance_word(self, i: int, hi: int) -> int | None:
        """The first word after protest ``i`` in its sentence that says what it is against (``احتجاجا``،
        ``منددين``)."""
        for k in range(i + 1, hi):
            if self.is_hard(k):
                return None
            if self.stance(k):
                return k
        return None

    def stance(self, k: int) -> bool:
        """Token ``k`` says what a protest is against (``احتجاجا``، ``ضد``، ``منددين``، ``مطالبين``)."""
        return self.bare[k] in _PROTESTED

    def _picketed(self, i: int, hi: int, source: Sequence[str]) -> tuple[list[str], int] | None:
        """The body whose seat a protest naming no other recipient stood before (اعتصموا امام مبنى هيئة
        الاوراق المالية، تجمعوا حول مقر سفارة استونيا), unless it is the protesters' or whoever tells of
        the protest (قالت النقابة إن أعضاءها سينظمون اعتصاما أمام مقر النقابة)."""
        for k in range(i + 1, min(i + 1 + _SITE_REACH, hi - 2)):
            if self.is_hard(k):
                return None
            near = self.core[k] in _NEAR and self.core[k + 1] == FROM and k + 3 < hi
            if not near and self.core[k] not in BEFORE_SITE:
                continue
            at = k + 1 if near else k  # بالقرب من مباني مجلس الشيوخ، على مقربة من مقر البرلمان
            if self.bare[at + 1] not in SEATS:
                continue
            seat = at + 2 if self.bare[at + 2] in SEATS and at + 3 < hi else at + 1  # حول مقر سفارة X
            if seat + 2 < hi and self.bare[seat + 1] in _BRANCHES:
                seat += 1  # أمام مقر فرع الشركة العامة للمياه: the seat of the body's branch
            # (or the body the seat word begins: حول مقر سفارة استونيا, one name)
            a = self.actor(seat + 1) or self.actor(seat)
            if a is None or a.entities[0] in source:
                return None
            if self.entities[a.entities[0]].type in PLACE_TYPES and self.bare[seat] not in EMBASSIES:
                return None  # امام مبنى البلدية في X: a town's building is where; an embassy, its country
            if self.bare[seat] in MISSIONS_OF_MANY:
                # أمام سفارات فرنسا وبلجيكا والولايات المتحدة: the missions of each state named together
                return [e for e in self.group_after(a)[0] if e not in source], k
            return [a.entities[0]], k
        return None

    def _demanded_of(self, k: int, a: ActorMention) -> bool:
        """``a`` is whom the demand word at ``k`` is made of (``تطالب السلطة بوقف``) or whose removal it
        demands (``تطالب بإلغاء لجنة X``، ``مطالبين برحيل X``، ``تطالب بـ«استقالة X»``), not what it asks
        for (``بتولي X``)."""
        if a.first == k + 1 or (a.first == k + 2 and self.core[k + 1] in NAME_KINDS):
            return a.prep is None  # (its kind first, untagged: مطالبين شركة بي بي البريطانية بتوظيفهم)
        j = k + 1
        apart = False  # ب written apart (بـ), quotation marks
        while j < a.first - 1 and (self.core[j] == "ب" or self.tokens[j].text in QUOTE_MARKS):
            apart |= self.core[j] == "ب"
            j += 1
        return (
            a.first == j + 1
            and a.prep is None
            and (apart or "ب" in self.tokens[j].proclitics)
            and self.bare[j] in _REMOVALS
        )

    def removal_demanded(self, i: int, hi: int, source: Sequence[str]) -> list[str]:
        """Whose removal the demand noun at ``i`` asks for, named right after the removal's verbal noun
        with ب further on in its clause (``بعد مطالبة حركة التغيير بتنحي رئيس الإقليم مسعود بارزاني``):
        the one the demand is against; none past another clause's verb."""
        for k in range(i + 1, min(hi - 1, i + 1 + _REMOVAL_DEMANDED_REACH)):
            if self.is_boundary(k) or (k in self.clause_verbs and k > i):
                return []
            if "ب" in self.tokens[k].proclitics and self.bare[k] in _REMOVALS:
                # (past the office it names, title and genitive: بتنحي رئيس الإقليم مسعود بارزاني)
                for m in range(k + 1, min(hi, k + 2 + _REMOVED_OFFICE_WORDS)):
                    if self.is_boundary(m) or m in self.clause_verbs:
                        return []
                    if (a := self.actor(m)) is not None:
                        if a.prep not in (None, GENITIVE_IN_PP):
                            return []
                        if a.etype in PLACE_TYPES and (holder := self.actor(a.last + 1)) is not None:
                            a = holder  # بإقالة محافظ حضرموت X: the office's place, then its holder
                        return [e for e in self.group_after(a)[0] if e not in source]
                return []
        return []

    def _reply_promised(self, start: int, end: int, source: Sequence[str]) -> bool:
        """The clause ``[start, end)`` of a warning tells of a reply (``سيقابل برد حاسم``، ``تحتفظ بحق
        الرد``) that no actor of another side named before it is the subject of (not ``من أن الرد
        الإيراني``، ``من أن إيران سترد``)."""
        for m in range(start, end):
            if self.core[m] in _WARNED_REPLIES or (
                self.core[m] in (_RIGHT, BIHAQQ) and m + 1 < end and self.core[m + 1] == _THE_REPLY
            ):
                return True
            a = self.actor(m)
            if a is not None and a.prep is None and not self.same_side(a.entities[0], source):
                return False
        return False

    def _threatened_one(
        self, start: int, end: int, source: Sequence[str], preps: frozenset[str | None] = _THREATENED_PREPS
    ) -> list[str]:
        """Whom the act a threat promises within ``[start, end)`` will be done to: the first actor of
        another side that is no town, bare or after على/ضد/ل (حذر الاتحاد من أنه سيفرض عقوبات على حكومة
        موغابي، هدد بأنه سيقصف مواقع حزب الله), or after one of ``preps``."""
        for m in range(start, end):
            if self.whoever(m, end):
                return []  # بفرض عقوبات على كل من يعرقل تسليم السلطة إلى X: whoever does it, no one named
            a = self.actor(m)
            if (
                a is not None
                and a.prep in preps
                and not self.same_side(a.entities[0], source)
                and not is_town(self.entities[a.entities[0]])
            ):
                return list(self.group_after(a)[0])
        return self._threatened_nationality(start, end, source)

    def _threatened_nationality(self, start: int, end: int, source: Sequence[str]) -> list[str]:
        """The country a nationality adjective after a definite noun within ``[start, end)`` names, of
        another side than ``source``, where the threatened act names no actor (هدد ترامب بفرض رسوم على
        الواردات الكولومبية، بضرب العمق السعودي): the state whose goods or ground the act is done to;
        [] for none."""
        for m in range(start + 1, end):
            if m in self.inside or m - 1 in self.inside or not self.core[m - 1].startswith("ال"):
                continue
            if not self.core[m].startswith("ال") or (country := self.nationality_country(m)) is None:
                continue
            return [] if self.same_side(country, source) else [country]
        return []

    def threat_content(self, i: int, hi: int, source: Sequence[str], clitics: str = "ب") -> list[str]:
        """Whom the threat at ``i`` is made to, by its complement clause of what the speaker will do
        (``هدد الجيش بأنه سيقصف مواقع حزب الله``) or the act it names after one of ``clitics`` (a
        concession's after ل too: ``استعدادها لتخفيف العقوبات على غينيا``): :meth:`_threatened_one`; []
        for none."""
        for j in range(i + 1, min(hi, i + 1 + _WARNING_REACH)):
            if self.is_hard(j):
                return []
            if self._complementizer(j):
                end = self.clause(j + 1, j + 1, hi)[1]
                if any(_WILL in self.tokens[m].proclitics for m in range(j + 1, end)):
                    return self._threatened_one(j + 1, end, source)
                return []
            if j in self.clause_verbs:
                return []
            # (or a word of stopping or easing before the act: استعدادها لوقف الهجمات على موانئ أوكرانيا)
            if not set(clitics).isdisjoint(self.tokens[j].proclitics) and (
                j in self.acts or j + 1 in self.acts
            ):
                # هدد ترامب بفرض رسوم على الواردات من كولومبيا، هددت بقطع الكهرباء عن جزيرة جيرزي: whom
                # the act it names is done to, or whose goods or supplies it stops
                end = self.clause(j, j, hi)[1]
                end = next((m for m in range(j + 1, end) if m in self.clause_verbs), end)  # (تساعد إيران)
                return self._threatened_one(j + 1, end, source, _THREATENED_PREPS | _CUT_FROM)
        return []

    def _threatened(self, i: int, lo: int) -> bool:
        """Token ``i`` opens the complement clause of a verb of threatening or warning shortly before it
        (``حذر الجيش من أنه سيقصف``، ``هدد بأنه سيرد``): a complementiser between, no hard boundary."""
        opened = False
        for k in range(i - 1, max(lo - 1, i - 1 - _THREAT_REACH), -1):
            if self.is_hard(k):
                return False
            opened = opened or self._complementizer(k)
            if opened and self.core[k] in _THREATENING:
                return True
        return False

    def _complementizer(self, k: int) -> bool:
        core = self.core[k] if k < len(self.core) else ""
        return core in COMPLEMENTIZERS or core in PRONOUN_COMPLEMENTIZERS

    def same_side(self, entity: str, source: Sequence[str]) -> bool:
        """``entity`` is one of ``source`` or the country one of them stands for (بوتين ... روسيا)."""
        if entity in source:
            return True
        country = self.entities[entity].country
        return country is not None and any(self.entities[e].country == country for e in source)

    def first_actor(self, start: int, end: int) -> ActorMention | None:
        """The first actor named in tokens ``[start, end)``."""
        return next((a for k in range(start, end) if (a := self.actor(k)) is not None), None)

    def posted_at(self, k: int, hi: int, exclude: Sequence[str], reach: int = 2) -> list[str]:
        """The actor right after token ``k`` (before ``hi``), its preposition between, named as where an
        envoy is posted (``سفيرها لدى مالي``، ``سفير بلاده من إسرائيل``، ``سفيرها بموسكو``), ``exclude``
        aside; or, with a longer ``reach``, where a gathering's hosting is withdrawn from (``سحب تنظيم
        البطولة من الكاميرون``), past the gathering's own name (بطولة آسيا للناشئين)."""
        a = next(
            (
                m
                for j in range(k + 1, min(k + 1 + reach, hi))
                if (m := self.actor(j)) is not None and m.etype != "EVENT"
            ),
            None,
        )
        if a is None or a.prep not in _POSTED or set(a.entities) & set(exclude):
            return []
        return [e for e in self.group_after(a)[0] if e not in exclude]  # (من ألمانيا وبولندا والسويد)

    def _numbered_batch(self, i: int) -> int | None:
        """The batch word before ``من`` and the noun at ``i``, its number between or not (``الحزمة
        الثالثة عشرة من العقوبات``، ``دفعة جديدة من المساعدات``), else None."""
        if i < 3 or self.core[i - 1] != FROM:
            return None
        for k in range(i - 2, max(i - 2 - _BATCH_NUMBER_WORDS, -1), -1):
            if k in self.inside:
                return None
            if self.bare[k] in _BATCHES:
                return k
        return None

    def batch_from(self, k: int, hi: int) -> int | None:
        """The ``من`` after the batch word at ``k`` past its number or adjectives (``دفعة جديدة من``،
        ``الدفعة الأولى من``), else None: what it is a batch of is named after it."""
        if self.bare[k] not in _BATCHES:
            return None
        for j in range(k + 1, min(hi, k + 2 + _BATCH_NUMBER_WORDS)):
            if self.core[j] == FROM:
                return j
            if j in self.inside or self.is_boundary(j):
                return None
        return None

    def past_count(self, k: int) -> int:
        """Token ``k``, or the first token past a count of people there and its ``من`` (``آلاف المحتجين``،
        ``مئات من المتظاهرين``، ``عشرات الآلاف من``)."""
        while k < len(self.core) and (
            self.bare[k] in _COUNTS or (self.core[k] == FROM and self.bare[k - 1] in _COUNTS)
        ):
            k += 1
        return k

    def lodged_with(self, i: int, hi: int, exclude: Sequence[str]) -> list[str]:
        """Whom the protest at ``i`` is lodged with: the actor after ``لدى`` right past the protester or a
        word of manner (``احتجت طوكيو بشدة لدى بيونغ يانغ``، ``احتجت أثينا رسميا لدى أنقرة``), ``exclude``
        aside; not where an envoy is posted (``احتج السفير الإيراني لدى الأمم المتحدة``)."""
        for k in range(i + 1, hi - 1):
            if self.is_boundary(k):
                return []
            if self.core[k] != AT_BODY:
                continue
            a = self.actor(k + 1)
            if (
                a is None
                or set(a.entities) & set(exclude)
                or self.loose_words(i + 1, k) > 1
                or any(self.bare[j] in _ENVOYS for j in range(i + 1, k))
            ):
                return []
            return [e for e in self.group_after(a)[0] if e not in exclude]
        return []

    def placed_by(self, k: int, exclude: Sequence[str] = ()) -> bool:
        """The place at ``k`` only locates another: a direction word between them (``خزاعة جنوب قطاع
        غزة``), or a distance before the direction (``في كركوك ، على بعد 255 كلم شمال شرق بغداد``), or a
        bracket that opens the direction, a distance between them or not (``ناحية الرشاد (45 كلم جنوب
        كركوك)``). A place in ``exclude`` locates none (the subject: ``قصفت إسرائيل جنوب لبنان``)."""
        j = k - 1
        while j >= 0 and j not in self.inside and self.bare[j] in _LAND_ONLY:
            j -= 1  # قطاع
        if j < 0 or self.core[j] not in DIRECTIONS:
            return False
        while j >= 0 and self.core[j] in DIRECTIONS:
            j -= 1
        if any(self.core[f] == _DISTANCE and self.core[f - 1] in _ON for f in range(max(j - 5, 1), j + 1)):
            return True  # على بعد 15 كيلو مترا غرب بعلبك
        if j >= 0 and self.in_amount(j):
            j = next((f for f in range(j, -1, -1) if not self.in_amount(f)), -1)  # 45 كلم
        if j >= 0 and self.tokens[j].text == "(":
            return True  # ناحية الرشاد (45 كلم جنوب كركوك)، منطقة الحارثية (غرب بغداد)
        if j > 0 and j not in self.inside and "ل" in self.tokens[j].proclitics:
            j -= 1  # مخيم زمزم للنازحين جنوب مدينة الفاشر: who the place before is for, between
        elif j > 0 and j not in self.inside and any(w.form == "ال" for w in self.tokens[j].words):
            j -= 1  # حي موكورو العشوائي شرق العاصمة نيروبي: an adjective of the place before, between
        m = next((self.at[f] for f in range(j, max(j - 6, -1), -1) if f in self.at), None)
        return m is not None and m.last == j and m.etype in PLACE_TYPES and m.entities[0] not in exclude

    def loose_words(self, start: int, end: int) -> int:
        """How many tokens in ``[start, end)`` are neither in a name nor titles, time words, particles or
        amounts (``مساعدات بقيمة مليون دولار للسودان``), nor the commas that set off a time (``أفرجت باكستان،
        اليوم الجمعة، عن``), nor quotation marks and a preposition written apart (``بـ«الدور المحوري»
        لمصر``)."""
        return sum(
            1
            for k in range(start, end)
            if k not in self.inside
            and self.tokens[k].text not in QUOTE_MARKS
            and self.tokens[k].text not in _DETACHED_CLITICS
            and not self.only_titles(k, k + 1)
            and not self.in_amount(k)
            and not self._time_comma(k)
        )

    def _time_comma(self, k: int) -> bool:
        """Token ``k`` is a comma next to a time word (``، اليوم الجمعة،``)."""
        return self.tokens[k].text in ("،", ",") and any(
            0 <= j < len(self.tokens) and self.in_time(j) for j in (k - 1, k + 1)
        )

    def victim_body(self, lo: int, hi: int, exclude: Sequence[str]) -> list[str]:
        """An organisation whose members the sentence ``[lo, hi)`` says were hit: ``ضابط في الجيش العراقي``,
        ``ثلاثة من عناصر الشرطة`` (an attack on no one named strikes them)."""
        for k in range(lo, hi):
            if self.core[k] in WHILE_WORDS:
                break  # فيما نجا عضو في مجلس المحافظة من محاولة اغتيال: another happening
            a = self.at.get(k)
            if a is None or a.etype != "ORG" or a.entities[0] in exclude or a.prep_at is None:
                continue
            at = a.prep_at
            working = at - 1 > lo and self.core[at - 1] in _WORKING
            if working:
                at -= 1  # 12 صحافيا يعملون في صحيفة X: the people who work there
                if at - 2 > lo and (self.core[at - 2], self.core[at - 1]) == AT_LEAST:
                    at -= 2  # 11 موظفا على الأقل يعملون لدى الأمم المتحدة
            if at - 2 > lo and self.bare[at - 1] in demonym_words() and self.bare[at - 2] in _MEMBERS:
                at -= 1  # جندي غاني من قوة الأمم المتحدة: the member's nationality comes between
            member = self.bare[at - 1] if at > lo else ""
            if a.prep_at - 2 >= lo and (
                a.prep_at - 2 in self.speech or self.core[a.prep_at - 2] in GOVERNING
            ):
                continue  # أعلن عضو في الاتحاد الوطني مقتل خمسة: who tells of it, a member speaking
            of_body = self.core[a.prep_at] in _OF_BODY or (working and self.core[a.prep_at] == _WITH_EMPLOYER)
            if (of_body and member in _MEMBERS) or self.counted(a) or self.members_of(a):
                return list(a.entities)
        return self._own_members_hit(lo, hi, exclude)

    def _own_members_hit(self, lo: int, hi: int, exclude: Sequence[str]) -> list[str]:
        """The organisation named before ``من جنوده`` / ``أحد عناصرها`` in the sentence ``[lo, hi)``: its
        own members were hit (``أعلن الجيش الأميركي مقتل اثنين من جنوده``)."""
        for k in range(lo + 1, hi):
            stem = self.tokens[k].stem
            if self.core[k - 1] not in _ONE_OF or stem is None or not has_suffix(self.tokens[k]):
                continue
            if _norm(stem.text) in _MEMBERS:
                return self._previous_actor(k - 1, exclude, ("ORG",))
        return []

    def unit_subject(self, i: int, hi: int) -> ActorMention | None:
        """The body or person whose unit or office is named right after verb ``i``, as its genitive
        (``نشرت قيادة الشرطة الاتحادية قوات``، ``وأعلن مكتب نتنياهو``): the unit acts for it; the body whose
        board is named there (``وافق مجلس المديرين التنفيذيين في البنك الدولي``); or who heads a delegation
        of no body named (``وصل وفد سعودي برئاسة X``)."""
        k = self._past_resumptive(i)
        if k + 1 < hi and k not in self.inside and self.core[k] in _DELEGATIONS:
            return self._delegation_head(k, hi)
        if (board := self.at.get(k)) is not None and bare(
            _N(self.entities[board.entities[0]].name)
        ) in _BOARDS:
            # وافق مجلس المديرين التنفيذيين للبنك الدولي: the body whose board it is
            j = board.last + 1
            j += j < hi and self.bare[j] == _BOARD_ADJECTIVE
            j += j < hi and self.core[j] == _IN
            a = self.at.get(j) if j < hi else None
            return a if a is not None and a.etype == "ORG" and a.prep in _BOARD_BODY_PREPS else None
        if k + 1 < hi and k not in self.inside and k not in self.at and self.bare[k] in _CHAMBERS:
            # قضت غرفة الجنايات الابتدائية بمحكمة الاستئناف بفاس: the court whose chamber it is, named
            # after ب or في past the chamber's field and adjectives
            for j in range(k + 1, min(hi, k + 1 + _CHAMBER_WORDS)):
                if (a := self.at.get(j)) is not None:
                    court = a.prep in _CHAMBER_COURT_PREPS and a.etype == "ORG"
                    if court and _COURT_WORD in _N(self.entities[a.entities[0]].name).split():
                        return a
                    break
                if not self.core[j].startswith("ال"):
                    break
        if k + 1 >= hi or k in self.inside or self.bare[k] not in _UNITS:
            return None
        a = self.at.get(k + 1)
        return a if a is not None and a.prep is None and a.etype in ("ORG", "PER") else None

    def _delegation_head(self, k: int, hi: int, named: bool = False) -> ActorMention | None:
        """Who heads the delegation named at ``k`` by no body (``وصل وفد سعودي برئاسة السفير محمد آل
        جابر``): the person after برئاسة, past the delegation's adjectives and his titles; with ``named``,
        ``k`` ends the body's name, and the body it belongs to may be named before برئاسة (``وفدا من
        وزارة الداخلية في حكومة طالبان برئاسة X``)."""
        for j in range(k + 1, min(hi, k + 1 + _DELEGATION_WORDS)):
            if (j in self.inside and not named) or self.is_boundary(j):
                return None
            if led_by(self.tokens[j].text):
                head = self.titled_person(j, hi) or self.actor(j + 1)
                if head is None and j + 2 < hi and self._own_title(j + 1):
                    head = self.actor(j + 2)  # برئاسة رئيسها يوسف كيراتش: its own head
                if (
                    head is not None
                    and (name := self.at.get(head.last + 1))
                    and name.entities == head.entities
                ):
                    head = name  # (his title a mention of him too: برئاسة السفير محمد آل جابر)
                return head if head is not None and head.etype == "PER" else None
        return None

    def visiting_delegation_head(self, i: int, hi: int) -> ActorMention | None:
        """Who heads the delegation named right after noun ``i`` as its genitive, of no body named
        (``زيارة وفد تركي رفيع برئاسة وزير الخارجية X``) or of one (``زيارة وفد من الكونغرس برئاسة النائب
        X``): the person after برئاسة, who stands for it."""
        k = i + 1
        if k + 1 >= hi or k in self.inside or self.core[k] not in _DELEGATIONS:
            return None
        head = self._delegation_head(k, hi)
        if head is None and self.core[k + 1] == FROM and (body := self.at.get(k + 2)) is not None:
            head = self.delegation_led(body, hi)
        return head

    def heads_unnamed_delegation(self, a: ActorMention, start: int) -> bool:
        """``a`` heads a delegation of no body named between ``start`` and him (``استقبل X وفدا روسيا برئاسة
        نائب وزير الدفاع Y``): he stands for it, the party it meets."""
        return any(
            k not in self.inside
            and self.core[k] in _DELEGATIONS
            and (head := self._delegation_head(k, len(self.tokens))) is not None
            and head.entities == a.entities
            for k in range(start, a.first)
        )

    def delegation_anaphor(self, i: int) -> list[str]:
        """The body whose delegation or mission, named before in the sentence or the one before, the
        definite ``الوفد`` or ``البعثة`` right after verb ``i`` takes back (``استقبل X بعثة من صندوق النقد
        الدولي. وحثت البعثة الحكومة``): it acts for that body; ``[]`` where none is named so."""
        k = self._past_resumptive(i)
        if k >= len(self.tokens) or k in self.inside or not self.core[k].startswith("ال"):
            return []
        if self.bare[k] not in _MISSIONS:
            return []
        sentence = self.tokens[i].sentence
        first = self.bounds[sentence - 1][0] if sentence > 0 else self.bounds[sentence][0]
        for j in range(i - 1, first - 1, -1):
            if j in self.inside or self.core[j].startswith("ال") or self.bare[j] not in _MISSIONS:
                continue
            # (its body after من or as its genitive: بعثة من صندوق النقد الدولي، وفد حماس)
            at = j + 2 if j + 2 < i and self.core[j + 1] == FROM else j + 1
            body = self.at.get(at)
            return list(body.entities) if body is not None and body.etype in ("ORG", "GPE") else []
        return []

    def _own_title(self, k: int) -> bool:
        """Token ``k`` is a title with a pronoun suffix (``رئيسها``، ``مديره``), not part of a name."""
        token = self.tokens[k]
        stem = next((w.form for w in token.words if w.kind == "stem"), "")
        return k not in self.inside and has_suffix(token) and bare(_N(stem)) in title_words()

    @cached_property
    def delegations_named(self) -> bool:
        """Whether the document has a word of a delegation or a mission at all (``وفد``، ``بعثة``), found
        once: :meth:`delegation_led` finds no head without one."""
        return not (_DELEGATIONS.isdisjoint(self.core) and _MISSIONS.isdisjoint(self.bare))

    def delegation_led(self, a: ActorMention, hi: int) -> ActorMention | None:
        """Who heads the delegation or mission of the body ``a`` names (``استقبل X وفدا من وكالة الفضاء
        التركية برئاسة رئيسها يوسف كيراتش``، ``بعثة الصندوق برئاسة X``): the person after برئاسة, who
        stands for it; None where ``a`` names no delegation's body."""
        k = a.first
        # (or its nationality read as the country: استقبل X وفدا روسيا برئاسة Y)
        sent = k >= 1 and self.core[k - 1] in _DELEGATIONS
        sent = sent or (k >= 2 and self.core[k - 1] == FROM and self.core[k - 2] in _DELEGATIONS)
        # (its kind left out of its name: وفدا من حزب جبهة العمل الإسلامي برئاسة X)
        sent = sent or (
            k >= 3
            and self.bare[k - 1] in MEMBERS_BODY_KINDS
            and self.core[k - 2] == FROM
            and self.core[k - 3] in _DELEGATIONS
        )
        if not sent and self.bare[k] not in _MISSIONS:
            return None
        head = self._delegation_head(a.last, hi, named=True)
        return head if head is not None and head.entities != a.entities else None

    def members_body(self, a: ActorMention) -> bool:
        """``a`` names a body its members make up, by its first word or the kind word right before it
        (``لجنة أهالي المخطوفين``، ``حزب جبهة العمل الإسلامي``); not a union of states, which its head
        stands for (``وفدا من الاتحاد الأوروبي برئاسة X``)."""
        k = a.first
        if self.entities[a.entities[0]].sector == _STATES_UNION_SECTOR:
            return False
        return self.bare[k] in MEMBERS_BODY_KINDS or (
            k >= 1 and k - 1 not in self.inside and self.bare[k - 1] in MEMBERS_BODY_KINDS
        )

    def member_subject(self, i: int, hi: int) -> ActorMention | None:
        """The body one of whose people is named right after verb ``i`` with في or من (``أشاد مسؤول كبير
        في البنك``، ``تعرض قيادي في حركة حماس``): a member word, an adjective or two, the preposition,
        the body's kind and name."""
        k = self._past_resumptive(i)
        while k < hi and self.in_time(k):
            k += 1
        if k + 2 < hi and self.bare[k] in _COUNTS and self.core[k + 1] == FROM:
            k += 2  # دخل آلاف من العمال المنتمين إلى نقابة X: a count of them
        elif k + 1 < hi and self.bare[k] in _COUNTS and self.bare[k + 1] in _MEMBERS:
            k += 1  # دخل آلاف العمال المنتسبين إلى نقابة X: the count with them as its genitive
        if k >= hi or k in self.inside or self.bare[k] not in _MEMBERS:
            return None
        start = k + 1
        owner = self.at.get(start)
        if owner is not None and owner.prep in (None, GENITIVE_IN_PP):
            start = owner.last + 1  # عمال بلدية جوهانسبرغ المنتمين إلى: past a body named as their genitive
        described = False  # (past a trade told as their genitive: سائقو الشاحنات المنتمون إلى اتحاد X)
        for j in range(start, min(hi, start + _MEMBER_REACH)):
            if self.bare[j] in _BELONGING and j + 2 < hi and self.core[j + 1] in _BELONGING_PREPS:
                # العمال المنتمين إلى نقابة X، العسكريون المتقاعدون المنضوون في رابطة X
                a = self.actor(j + 2)
                return a if a is not None and a.etype == "ORG" else None
            if start > k + 1:
                return None  # (the genitive body itself is left to the other readings)
            if (
                j not in self.inside
                and not self.tokens[j].proclitics
                and self.tokens[j].text.startswith("ال")
            ):
                described = True
                continue
            if described:
                return None
            if self.core[j] in _OF_BODY:
                a = self.actor(j + 1) or (
                    self.actor(j + 2) if j + 2 < hi and self.core[j + 1] in NAME_KINDS else None
                )
                return a if a is not None and a.etype == "ORG" else None
            if j in self.inside or self.is_boundary(j) or self.bare[j] not in SUBJECT_FILLERS | _RANK_WORDS:
                return None
        return None

    def supporters_of(self, people: Sequence[str], lo: int, hi: int) -> bool:
        """``people`` are persons named in ``[lo, hi)`` right after a word for their supporters
        (``أنصار الحريري``، ``مؤيدو ماكرون``): a crowd of followers, not the persons themselves."""
        if any(self.entities[e].type != "PER" for e in people):
            return False
        return any(
            a.entities[0] in people and a.first > lo and self.bare[a.first - 1] in SUPPORTERS
            for k in range(lo, hi)
            if (a := self.at.get(k)) is not None
        )

    def counted_members_before(self, i: int) -> ActorMention | None:
        """A body named right before verb ``i`` as the one whose people are counted (``اثنان من عناصر
        الشرطة قتلوا``، ``خمسة من حماس قتلوا``): those people are the verb's subject, not the body."""
        if self.conjoined(i):
            return None
        k = i - 1
        while k >= 0 and self.core[k] in PARTICLES:
            k -= 1
        a = self.mention_ending_at(k) if k >= 0 else None
        if a is None or a.prep_at is None or self.tokens[a.prep_at].sentence != self.tokens[i].sentence:
            return None
        return a if self.counted(a) or self.members_of(a) else None

    def counted(self, a: ActorMention) -> bool:
        """A count stands before ``من`` and the body ``a`` (``خمسة من فريق الحماية``): some of its people."""
        k = a.prep_at
        return k is not None and k > 0 and self.core[k] == FROM and _is_number(self.tokens[k - 1].text)

    def members_of(self, a: ActorMention) -> bool:
        """``من أعضاء X`` / ``من عناصر X`` / ``في صفوف X``: only words for members stand between ``من`` (or
        ``في``) and the name, or a word for members stands right before it (``جنديين من الجيش``، ``كبار
        المسؤولين في حكومة X``)."""
        if a.prep_at is None or self.core[a.prep_at] not in _OF_BODY:
            return False
        # (past the members' adjectives before a body that is no place: الموظفين الدوليين في منظمة X, but
        # المسؤولين الحكوميين في جدة is where they are)
        k = a.prep_at - 1
        while (
            a.etype not in PLACE_TYPES
            and k > a.prep_at - 1 - _MEMBER_ADJECTIVES
            and k > 0
            and self._member_adjective(k)
        ):
            k -= 1
        # (many members: the singular with an adjective is a title, الجزائر، العضو العربي في المجلس)
        before = (a.prep_at > 0 and self.bare[a.prep_at - 1] in _MEMBERS) or (
            k >= 0
            and self.bare[k] in _MEMBERS
            and (self.core[k].endswith(_PLURAL_ENDINGS) or self.bare[k] in MEMBER_WORDS)
        )
        if a.prep_at + 1 >= a.first:  # جنديين من الجيش الإسرائيلي: the members named before من
            return before or (
                self.bare[a.prep_at - 1] in _STUDENTS
                # (not a town nor where they are: الطلاب في القاهرة; but a country they come from: من توغو)
                and (
                    a.etype not in PLACE_TYPES
                    or (self.core[a.prep_at] == FROM and not is_town(self.entities[a.entities[0]]))
                )
                and self.bare[a.first] not in _SCHOOLS
            )
        # (the kind of body before its name too: من قادة حركة حماس; quotation marks: عناصر «كتائب القسام»)
        between = range(a.prep_at + 1, a.first)
        return (
            self.core[a.prep_at] == FROM or before or any(self.bare[k] in MEMBER_WORDS for k in between)
        ) and all(
            self.bare[k] in MEMBER_WORDS
            or self.core[k] in NAME_KINDS
            or self.tokens[k].text in QUOTE_MARKS
            or (k == a.prep_at + 1 and self.bare[k] in _BODY_BRANCHES)  # في وكالات الأمم المتحدة
            for k in between
        )

    def _suspected_of(self, k: int) -> bool:
        """``في`` follows the suspects at ``k``, right after them or after their ``بهم``: what they are
        suspected of comes next (``مشتبها بهم في اغتيال``)."""
        at = k + 2 if k + 1 < len(self.tokens) and self.core[k + 1] in _PRONOUN_PPS else k + 1
        return at < len(self.tokens) and self.core[at] == _IN

    def _member_adjective(self, k: int) -> bool:
        """Token ``k`` is a nisba adjective with no proclitic, as after a word for members: with the
        article (``الدوليين``، ``الأجنبية``), or a plural one without it after counted members (``ثلاثة
        موظفين ليبيين في اللجنة``)."""
        core = self.core[k]
        if (
            k not in self.inside
            and set(self.tokens[k].proclitics) <= {"و"}
            and self.bare[k] in _SERVING_OR_FORMER
            and not core.startswith("ال")
        ):
            return True  # (مسؤولين حاليين وسابقين في هيئة X، ضباط سابقين في الجيش)
        return (
            k not in self.inside
            and not self.tokens[k].proclitics
            and (core.startswith("ال") or core.endswith(_PLURAL_NISBA_ENDINGS))
            and core.endswith(_MEMBER_ADJECTIVE_ENDINGS)
        )

    def unknown_subject(self, i: int) -> bool:
        """A word no lexicon knows stands right after verb ``i``: a name the entity layer missed (``نفت
        أسمرة``), its subject, so the verb does not go on with the actor before."""
        k = i + 1
        if k >= len(self.tokens) or k in self.inside or self.tokens[k].sentence != self.tokens[i].sentence:
            return False
        stem = self.tokens[k].stem
        form = stem.form if stem is not None else self.core[k]
        return (
            form.isalpha()
            and len(form) > 2
            and "ال" not in (w.form for w in self.tokens[k].words)  # المفتش الأميركي: a description
            and self.core[k] not in PARTICLES
            and not set(self.tokens[k].proclitics) & PREP_CLITICS  # بملاحقة: no subject after ب
            and not has_suffix(self.tokens[k])  # وعلق عضويتها: a possessed noun, no name
            and not default_tagger().knows(form)
            and not default_tagger().knows(self.norm[k])
        )

    def titled_subject(self, i: int) -> bool:
        """A title with no article opens the words right after verb ``i`` and names no one the entity
        layer knows (``ودان حاكم ولاية بورنو باباغانا زولوم الهجوم``): its subject is someone else than
        the actor before; not after a plural verb, whose subject is its own suffix and the title its object
        (``اقتحم مسلحون من جماعة الحوثي مقر البنك، واختطفوا مديره العام``)."""
        k = i + 1
        return (
            k < len(self.tokens)
            and k not in self.inside
            and self.tokens[k].sentence == self.tokens[i].sentence
            and "ال" not in (w.form for w in self.tokens[k].words)
            and self.bare[k] in _TITLE_HEADS
            and not self.plural_verb(self.tokens[i])
        )

    def subject_after_be(self, i: int) -> bool:
        """A definite noun no mention covers, its adjectives after it, stands between كان and the قد right
        before verb ``i`` (``وكانت الجماعة قد طالبت تركيا``، ``وكان المحتجون قد اتهموا الشرطة``): the verb's
        subject, so the actor named after the verb is its object."""
        if i < 3 or self.core[i - 1] != MAY:
            return False
        for k in range(i - 2, max(i - 2 - _BE_SUBJECT_WORDS, 0), -1):
            if k in self.inside or not self.core[k].startswith("ال") or self.in_time(k):
                return False
            if self.core[k] in _TOLD_BACK:
                return False  # وكان الطرفان قد اتفقا، وكانت الأخيرة قد رفضت: resolved as such
            if self.core[k - 1] in BE_VERBS:
                return self.tokens[k - 1].sentence == self.tokens[i].sentence
        return False

    def noun_subject_before(self, i: int) -> bool:
        """A definite noun that names no one stands right before imperfect verb ``i`` as its subject
        (``الوضع ينذر بعواقب``), or between كان and قد before it (:meth:`subject_after_be`): the verb does
        not go on with the actor named before."""
        if self.subject_after_be(i):
            return True
        k = i - 1
        token = self.tokens[i]
        if k < 0 or k in self.inside or self.tokens[k].sentence != token.sentence:
            return False
        if token.text[:1] not in IMPERFECT_PREFIXES or token.proclitics:
            return False
        before = self.tokens[k]
        return (
            "ال" in (w.form for w in before.words)
            and not set(before.proclitics) & PREP_CLITICS
            and self.bare[k] not in title_words()
            and self.bare[k] not in demonym_words()
            and not self.in_time(k)
            and not (k > 0 and self.core[k - 1] in PREPOSITIONS)
        )

    def unnamed_subject_before(self, i: int) -> bool:
        """A noun that names no one (gunmen, forces) stands just before verb ``i`` as its subject, an
        adjective between or not (``أن مسلحين مجهولين اختطفوا``), and a قد (``وكانت مجموعة مسلحة قد
        اختطفت``): a plural verb with a subject."""
        stop = i - 4 if i > 0 and self.core[i - 1] == MAY else i - 3
        for k in range(i - 1, max(stop, -1), -1):
            if k in self.inside or self.tokens[k].sentence != self.tokens[i].sentence or self.is_boundary(k):
                return False
            if self.core[k] in RELATIVES:
                return False  # الجنود الذين قتلوا: who were killed
            if self.bare[k] in _UNNAMED_SUBJECTS:
                return (
                    not (k > 0 and self.opens_pp(k - 1)) and not set(self.tokens[k].proclitics) & PREP_CLITICS
                )
        return False

    def indefinite_unnamed_subject(self, i: int) -> bool:
        """An indefinite noun that names no one stands right after word ``i``, no preposition on it
        (``وانتقد نواب أوروبيون``، ``واتهمت منظمات غير حكومية``): people or bodies the text leaves unnamed."""
        k = i + 1
        return (
            k < len(self.tokens)
            and k not in self.inside
            and self.tokens[k].sentence == self.tokens[i].sentence
            and not self.core[k].startswith("ال")
            and not set(self.tokens[k].proclitics) & PREP_CLITICS
            and self.bare[k] in _UNNAMED_SUBJECTS
        )

    def unnamed_plural_before(self, i: int) -> bool:
        """A plural noun in the nominative that names no one (``المتظاهرون``) stands before plural verb
        ``i`` in its sentence, no actor named between (``ورفع المتظاهرون لافتات تندد بالزيارة، وطالبوا
        الحكومة``): the verb's subject is that noun, no one named."""
        sentence = self.tokens[i].sentence
        for k in range(i - 1, -1, -1):
            if self.tokens[k].sentence != sentence:
                return False
            if k in self.inside:
                m = self.mention_covering(k)
                if m is None or (m.prep is None and not (m.first > 0 and self.opens_pp(m.first - 1))):
                    return False  # an actor that may be the subject (not one in a prepositional phrase)
                continue
            core = self.core[k]
            if (
                nominative_plural(core)
                and bare(core) not in title_words()
                and bare(core) not in demonym_words()
            ):
                return True
        return False

    def crowd_subject(self, i: int) -> bool:
        """Protesters are the subject of verb ``i``: right after it, past a count of them (``أحرق
        المتظاهرون``، ``أحرق مئات المحتجين``), or before it in its clause, a few words between (``وكان
        متظاهرون بمدينة العريش قد حطموا``), or of the verb before it in its sentence that a plural verb
        goes on from (``اقتحم آلاف المحتجين المقر ، وأضرموا النار``)."""
        sentence = self.tokens[i].sentence
        k = self.past_count(self._past_resumptive(i))
        if k < len(self.tokens) and self.tokens[k].sentence == sentence and self.bare[k] in CROWDS:
            return True
        plural = "و" in self.tokens[i].proclitics and self.core[i].endswith(PLURAL_VERB)
        for j in range(i - 1, -1, -1):
            if self.tokens[j].sentence != sentence or (j < i - 1 - _CROWD_REACH and not plural):
                return False
            if j in self.clause_verbs:
                return plural and self.crowd_subject(j)
            if self.is_boundary(j) and not plural:
                return False
            if self.bare[j] in CROWDS and not plural:
                return True
        return False

    def unnamed_subject(self, i: int) -> bool:
        """A noun that names no one stands right after verb ``i`` as its subject (``وطالب المتظاهرون
        الحكومة``، ``قصفت طائرات إسرائيلية``): the verb continues nobody's action."""
        k = self._past_resumptive(i)
        if k >= len(self.tokens) or k in self.inside or self.tokens[k].sentence != self.tokens[i].sentence:
            return False
        core = self.core[k]
        if bare(core) in _UNNAMED_SUBJECTS:
            return True  # قصفت طائرات إسرائيلية، اعتقلت قوات الأمن، هاجم مسلحون
        if core in anaphor_heads() and not adjective_after(self.tokens, self.core, k):
            # واتهمت النقابة إدارة الشركة: a body's bare head that tells again none named before (not
            # with an adjective, which may name the object: وطالبت المؤسسة العسكرية بالعودة)
            return True
        if core.startswith("ال") and bare(core) in title_words():
            # رفض السفير الأميركي بمجلس الأمن: an office-holder the text does not name (but the name
            # may follow more title words and their adjectives: واعتقلت الصحفي المعارض رومان
            # بروتاسيفيتش، المحامية والمعلقة الإذاعية سنية الدهماني)
            j = k + 1
            while (
                j < len(self.tokens)
                and j not in self.at
                and j - k <= _HOLDER_TITLE_RUN
                and (
                    self.bare[j] in title_words()
                    or (self.core[j].startswith("ال") and self.core[j].endswith(NISBA_ENDINGS))
                    or (self.conjoined(j) and self.core[j].startswith("ال"))
                )
            ):
                j += 1
            # (a body named after the title is its object, not its holder: واتهم الوزير الشركة; but
            # the title's own body before the holder's name is not: القيادي في الجماعة محمد علي الحوثي)
            if (m := self.at.get(j)) is None:
                return True
            holder = m if m.etype == "PER" else self.at.get(m.last + 1)
            return holder is None or holder.etype != "PER"
        return nominative_plural(core)

    def said_by_document(self, i: int) -> bool:
        """Verbal noun ``i`` is the object of a declaring verb whose subject is a statement or a
        declaration that names no speaker (``وأكد البيان الختامي رفض التدخلات``، ``وأكد «إعلان جدة»
        الختامي رفض``): no actor's deed, nor the last actor's."""
        k, seen = i - 1, False
        while k > 0 and i - k <= _DOCUMENT_SUBJECT_REACH:
            if self.tokens[k].text in QUOTE_MARKS:
                k -= 1
            elif self.bare[k] in _STATEMENT_WORDS or self.bare[k] in _DECLARATIONS:
                seen, k = True, k - 1
            elif (m := self.mention_covering(k)) is not None and m.etype in PLACE_TYPES and seen:
                k = m.first - 1  # إعلان جدة: where it was declared
            else:
                break
        return seen and k not in self.inside and self.core[k] in GOVERNING

    def counted_subject(self, i: int) -> bool:
        """A count of people or their kin stands right after verb ``i`` (``نظم عشرات العالقين وقفة``،
        ``ودعا أهالي العسكريين إلى``): for a verb whose subject acts, its subject, no one named; not
        a count of someone's members (``ونظم المئات من أنصاره``: his)."""
        k = self._past_resumptive(i)
        return (
            k + 1 < len(self.tokens)
            and k not in self.inside
            and self.tokens[k].sentence == self.tokens[i].sentence
            and self.bare[k] in _COUNTED_PEOPLE
            and not (self.core[k + 1] in _MEMBER_OF and self._of_body(k + 1))
        )

    def _of_body(self, k: int) -> bool:
        """Token ``k`` (من or في) makes the count before it members of someone: من before a word with a
        pronoun (المئات من أنصاره) or an actor named within a few words (آلاف من أنصار حزب الله), not
        of people no one names (عشرات من أهالي الضحايا، آلاف من أنصار الاستقلال: a crowd); في only
        before an organisation (تظاهر الآلاف في كابول: where they are)."""
        a = self.at.get(k + 1)
        if self.core[k] != _IN:
            return (k + 1 < len(self.tokens) and has_suffix(self.tokens[k + 1])) or any(
                j in self.inside for j in range(k + 1, min(k + 1 + _MEMBERS_REACH, len(self.tokens)))
            )
        return a is not None and a.etype == "ORG"

    def struck_by_nature(self, i: int) -> bool:
        """The subject of verb ``i`` is a disaster, before it, before its relative pronoun, right after
        it or after its named object (``الكارثة التي ضربت إندونيسيا``، ``ضرب زلزال الجزيرة``، ``اجتاحت
        إثيوبيا فيضانات``): no one attacked."""
        near = [i + 1, i - 1, i - 2 if i >= 2 and self.core[i - 1] in RELATIVES else -1]
        if near[2] > 0 and self.tokens[near[2]].text in ("،", ","):
            near.append(near[2] - 1)  # المأساة , التي ضربت بيروت
        elif near[2] > 0 and self.bare[near[2]].endswith(NISBA_ENDINGS):
            near.append(near[2] - 1)  # الانهيار الأرضي الذي ضرب منطقة غوفا: before its adjective
        if i + 1 in self.inside:  # اجتاحت إثيوبيا فيضانات: the object first
            near.append(self.at[i + 1].last + 1 if i + 1 in self.at else i + 2)
        return any(
            0 <= k < len(self.tokens)
            and self.tokens[k].sentence == self.tokens[i].sentence
            and (
                self.bare[k].removeprefix("ل") in _DISASTERS  # للكارثة: لكارثه
                or self.norm[k] in _DISASTERS  # فيضانات: not ف + يضانات
            )
            for k in near
        )

    def holds_a_rank(self, i: int) -> bool:
        """Verb ``i`` (احتل) takes a rank or position, after it or its subject, or as its relative
        clause's antecedent (``احتلت مصر المرتبة الأولى``، ``الموقع الذي يحتله``): no occupation."""
        near = [i + 1, i - 2 if i >= 2 and self.core[i - 1] in RELATIVES else -1]
        if i + 1 in self.at:  # احتلت مصر المرتبة الأولى: after its subject
            near.append(self.at[i + 1].last + 1)
        return any(0 <= k < len(self.tokens) and self.bare[k] in _RANKS_HELD for k in near)

    def _past_resumptive(self, i: int) -> int:
        """The token after verb ``i`` and the resumptive pronoun that may follow it (``وصلت فيه``)."""
        return i + 2 if i + 1 < len(self.tokens) and self.core[i + 1] in RESUMPTIVE else i + 1

    def affiliated_subject(self, i: int, hi: int, counted: bool = False) -> ActorMention | None:
        """The actor an unnamed subject right after verb ``i`` belongs to (``اعتقلت قوات الأمن التابعة
        لحماس``، ``هاجم مسلحون موالون للحكومة``، ``هاجم مسلحون من حركة طالبان``); with ``counted`` (a verb
        whose subject acts), of a number of its members too (``تظاهر عشرات الآلاف من أنصار حزب الله``)."""
        k = self._past_resumptive(i)
        while k < hi - 1 and self.in_time(k):
            k += 1  # تظاهر أمس مئات من عناصر الجماعة
        if (court := self._officer_court(k, hi)) is not None:
            return court
        number = counted and k < hi and (self.in_amount(k) or self.bare[k] in _COUNTS)
        if not number and not self.unnamed_subject(i):
            return None
        j = k
        while number and j + 2 < hi and self.in_amount(j + 1) and self.core[j + 1] != FROM:
            j += 1
        if number and j + 1 < hi and self.core[j + 1] == FROM:
            # تظاهر نحو ألف عامل من نقابة X: past the approximation and the people counted, to من (not
            # past it: مئات من أنصار X; nor to في: عمال في شركة X are its employees)
            k = j
        i = k - 1  # الوقت الذي وصلت فيه قوة من X
        start = i + 2
        while start < hi - 1 and self.craft_model(start):
            start += 1  # وصلت أربع مقاتلات من طراز إف-15 من القوات الجوية السعودية: past the craft's model
        for k in range(start, min(hi - 1, start + 2)):
            if not number and k > start and (self.in_amount(k - 1) or _is_number(self.tokens[k - 1].text)):
                break  # قتل مسلحون خمسة من أفراد الشرطة: a number of them after the subject, its object
            if self.core[k] in _MEMBER_OF:
                # past the members, the body's kind and quotation marks (من أنصار حزب الله، من حركة
                # طالبان، من حركة «الحرس الفتي»)
                j = k + 1
                while (
                    j < hi - 1
                    and j not in self.at
                    and (
                        self.core[j] in NAME_KINDS
                        or self.bare[j] in MEMBER_WORDS
                        or self.tokens[j].text in QUOTE_MARKS
                    )
                ):
                    j += 1
                a = self.actor(j)  # هاجم مسلحون من الجنجويد، وصل اللواء العاشر في الجيش اللبناني
                if a is not None and a.prep == self.core[k] and (a.prep == FROM or a.etype == "ORG"):
                    return a
                break
            if self.is_boundary(k) or k in self.inside:
                break
        for k in range(i + 2, min(hi - 1, i + 2 + _AFFILIATION_REACH)):
            if self.core[k] in _AFFILIATION or self.bare[k] in _AFFILIATION:
                a = self.actor(k + 1)
                return a if a is not None and a.prep == "ل" else None
            if self.bare[k] in _TIED_TO:
                a = self.actor(k + 1)  # شن مسلحون مرتبطون بتنظيم الدولة هجوما: the group they are tied to
                return a if a is not None and a.prep == "ب" else None
            if (self.bare[k] in _LED_BY_WHOM or led_by(self.tokens[k].text)) and k + 1 < hi:
                # هاجمت عصابات يقودها جيمي شيريزييه مركزا للشرطة: a person leads the people who act
                a = self.actor(k + 1)
                return a if a is not None and a.prep is None and a.etype == "PER" else None
            if self.bare[k] in _BELONGING_TO and k + 2 < hi and self.core[k + 1] == _TO_PREP:
                # أغلق محتجون ينتمون إلى «حراك فزان» الحقل (past quotation marks)
                j = k + 3 if self.tokens[k + 2].text in QUOTE_MARKS else k + 2
                return self.actor(j)
            if self.is_boundary(k) or k in self.inside:
                return None
            if self.bare[k] in _DRONES and self.bare[k - 1] in _UNNAMED_SUBJECTS:
                continue  # استهدفت طائرة مسيرة تابعة لقوات X: what the subject is, no object
            if not self.core[k].startswith("ال") and self.bare[k] in _UNNAMED_SUBJECTS:
                return None  # استهدفت طائرة إسرائيلية قافلة تابعة للأمم المتحدة: the object's owner
        return None

    def _officer_court(self, k: int, hi: int) -> ActorMention | None:
        """The court named after لدى past an unnamed officer's title opening at token ``k`` (``أودع قاضي
        التحقيق لدى محكمة سيدي امحمد الناشطة X``، ``قاضي التحقيق بغرفة الجرائم المالية لدى محكمة
        الاستئناف``): the officer acts for it, his title names no one."""
        j = k
        end = min(hi - 1, k + _COURT_OFFICER_WORDS)
        while j < end and j not in self.inside and self.bare[j] in _COURT_OFFICERS:
            j += 1
        if j == k or j >= hi - 1 or self.core[j] != AT_BODY or self.tokens[j].proclitics:
            return None
        a = self.actor(j + 1)
        if a is None or a.prep != AT_BODY or a.etype != "ORG":
            return None
        return replace(a, prep=None)

    def affiliated_subject_before(self, i: int, lo: int) -> list[str]:
        """The actor an unnamed subject right before verb ``i`` belongs to, the subject opening its
        clause (``أن طائرة بدون طيار تابعة لجيش الاحتلال أطلقت``); or the actors, no town, it comes
        from (``إن مقاتلات ومسيرات من مالي والنيجر نفذت``، ``أن مسلحين من حركة الشباب هاجموا``)."""
        a = self.mention_ending_at(i - 1) if i > lo else None
        if a is not None and a.prep != "ل":
            return self._members_subject_before(a, lo)
        if a is None or a.first - 1 <= lo:
            return []
        k = a.first - 1
        if self.bare[k] not in _AFFILIATION:
            return []
        for j in range(k - 1, max(k - 1 - _AFFILIATION_REACH, lo - 1), -1):
            if self.is_boundary(j) or j in self.inside:
                return []
            if self.bare[j] in _UNNAMED_SUBJECTS:
                opens = (
                    j == lo or self.core[j - 1] in COMPLEMENTIZERS or self.tokens[j - 1].text in QUOTE_MARKS
                )
                return list(a.entities) if opens else []
        return []

    def _members_subject_before(self, a: ActorMention, lo: int) -> list[str]:
        """The actors of ``a`` and those coordinated before it, the first after ``من`` that follows
        unnamed subjects (forces, gunmen, aircraft, joined by و) opening their clause: the ones they
        come from, no town they come from (``مسلحون من الفلوجة``)."""
        group = self._coordinated_before(a)
        first = group[0]
        if first.prep != FROM or first.prep_at is None:
            return []
        k = first.prep_at - 1
        j = k
        while j > lo and k - j < _AFFILIATION_REACH and self.bare[j] in _UNNAMED_SUBJECTS:
            j -= 1
        if j == k or j < lo or j in self.inside:
            return []
        opens = (
            self.core[j] in COMPLEMENTIZERS
            or self.tokens[j].text in QUOTE_MARKS
            or (j == lo and self.bare[j] in _UNNAMED_SUBJECTS)
        )
        ids = [e for m in group for e in m.entities]
        if not opens or any(is_town(self.entities[e]) for e in ids):
            return []
        return _dedup(ids)

    def person_gender(self, eid: str) -> str | None:
        """``M`` or ``F`` as the given name opening the person's name, one of its mentions or its KB
        aliases says (``جورج بوش`` for ``بوش``), or else the title right before a mention; else
        ``None``."""
        e = self.entities[eid]
        genders = given_name_genders()
        entry = packaged_kb().entries.get(e.kb_id) if e.kb_id else None
        names = (e.name, *(m.text for m in e.mentions), *(entry.aliases if entry is not None else ()))
        # (a name opening with عبد or أبو, its given name a compound, is a man's: عبد المجيد تبون)
        firsts = [normalize(t.split()[0]) for t in names if t]
        found = {genders.get(f) or ("M" if f in _MEN_S_FIRSTS else None) for f in firsts}
        found.discard(None)
        if not found:
            # a name of no known gender: the title right before a mention (الصحفي المعارض رومان
            # بروتاسيفيتش، الناشطة X), no word of a name before it (مندوب إسرائيل لدى الأمم المتحدة X)
            titles = title_words()
            found = {
                "F" if word.endswith("ه") else "M"
                for k, m in self.at.items()
                if k > 0
                and eid in m.entities
                and (word := self.bare[k - 1]) in titles
                and k - 1 not in self.inside
            }
        return found.pop() if len(found) == 1 else None

    @staticmethod
    def plural_verb(token: Token) -> bool:
        """The verb is marked plural (``طالبوا``, ``يطالبون``): in verb-first order its subject is the
        pronoun, so a name after it is its object."""
        stem = token.stem
        if stem is None:
            return False
        form = _norm(stem.text)
        return len(form) > 3 and (form.endswith("وا") or (form[0] in "يت" and form.endswith("ون")))

    def pronoun_subject(self, i: int) -> list[str]:
        """Whom the pronoun of the complementiser before verb ``i`` stands for: the subject of the verb
        that governs it (أعلن أولمرت أنه رفض طلب أنان → أولمرت، أعلنت روسيا أنها لن تسمح); [] when none
        is named."""
        k = self._before_particles(i, negations=True)
        if (first := self._conjoined_complement(k)) is not None:
            k = first  # أعلن الجيش أن مراكزه تعرضت لقصف، وأنه أرسل تعزيزات: the subject of أعلن
        sentence = self.tokens[i].sentence
        verbs = range(k - 1, max(k - 1 - SUBJECT_WINDOW * 2, -1), -1)
        if self.norm[k] in _BUT:
            # (the first verb of its sentence: قال ماكرون إن فرنسا لن تتدخل، لكنه دعا → ماكرون; or of the
            # last "while" clause before it, another actor's: اتهمت X الحكومة، فيما رفض الوزير الانتقادات،
            # لكنه تعهد → the minister)
            start = next((v for v in range(k, -1, -1) if self.tokens[v].sentence != sentence), -1) + 1
            start = next((v + 1 for v in range(k - 1, start, -1) if self.core[v] in _WHILE_OR_WHEREAS), start)
            verbs = range(start, k)
        for v in verbs:
            if self.tokens[v].sentence != sentence or self.is_hard(v):
                return []
            if v in self.speech or v in self.clause_verbs or self.core[v] in GOVERNING:
                before = self.subject_before(v)
                if before is not None:
                    return self.group_before(before)
                if (holder := self.titled_person(v, k)) is not None:
                    # وأشاد رئيس بعثة الأمم المتحدة في كولومبيا جان أرنو بالخطوة، لكنه انتقد: the
                    # title's holder, not the body of his office
                    return self.group_after(holder)[0]
                for j in range(v + 1, k):
                    a = self.actor(j)
                    if a is not None and a.prep is None:
                        return self.group_after(a)[0]
                return []
        return []

    def after_pronoun(self, i: int) -> bool:
        """The verb at ``i`` follows a complementiser carrying its subject (``أعلنت X أنها سترسل``،
        ``أنها لن تسمح``, ``بأنها «تستنكر``)."""
        k = self._before_particles(i, negations=True)
        if k > 0 and self.tokens[k].text in _QUOTE_OPENERS:
            k -= 1  # بأنها «تستنكر هذا القرار»: the words quoted after it
        return k >= 0 and (
            self.norm[k] in PRONOUN_COMPLEMENTIZERS or self._conjoined_complement(k) is not None
        )

    def _conjoined_complement(self, k: int) -> int | None:
        """The complementiser before ``k`` in its sentence that the pronoun complementiser at ``k``, joined
        by و, adds a second complement to (``أعلن X أن الحدود هادئة، وأنه أرسل``: ``أن``); None when ``k``
        is no such word or none stands before it (``خاصة وأنه``: "all the more since")."""
        if k < 0 or self.norm[k] not in _CONJOINED_PRONOUN_COMPLEMENTIZERS:
            return None
        sentence = self.tokens[k].sentence
        for j in range(k - 1, -1, -1):
            if self.tokens[j].sentence != sentence or self.is_hard(j):
                return None
            if self._complementizer(j):
                return j
        return None

    def scan(
        self, start: int, end: int, *, window: int, through: range = range(0)
    ) -> list[tuple[int, ActorMention | None]]:
        """Tokens from ``start`` up to a clause end: ``(index, actor mention starting there)``. Trigger
        verbs end the clause unless they are in ``through`` (the object of the trigger: اتفاقية تعاون)."""
        out: list[tuple[int, ActorMention | None]] = []
        k = start
        stop = min(end, start + window)
        # the token after the last actor seen (the start, when an actor ends right before it)
        after_actor: int | None = start if start > 0 and start - 1 in self.inside else None
        while k < stop:
            t = self.tokens[k].text
            if t in QUOTE_MARKS or t in "()":  # scare quotes, (ICSS)
                k += 1
                continue
            if k > start and self.craft_model(k):
                # a craft's model, its name and dash too, is no party and does not count (مروحيتين من طراز
                # مي-35 هبة إلى الجيش)
                stop = min(end, stop + 1)
                k += 1
                continue
            if t in ("،", ",") and (closing := self.setting_between_commas(k, stop + COMMA_SETTING_REACH)):
                # دعت فرنسا وألمانيا، في بيان مشترك، إيران إلى: where it was said, between commas
                stop = min(end, stop + closing - k + 1)
                k = closing + 1
                continue
            if t in ("،", ",") and (closing := self.aside_naming(k, end)) is not None:
                # أعرب X، خلال اتصال هاتفي مع نظيره الإماراتي Y، عن شكره لدولة الإمارات: the occasion,
                # whoever it names, stands aside
                stop = min(end, stop + closing - k + 1)
                k = closing + 1
                continue
            if (
                t in ("،", ",")
                and after_actor is not None
                and all(self.tokens[j].text in QUOTE_MARKS for j in range(after_actor, k))
                and (close := self._branch_apposition(k, end) or self._described_aside(k, end)) is not None
            ):
                # تبنى تنظيم "ولاية سيناء"، فرع داعش في مصر، الهجوم: the group's apposition, no party; ودعا
                # الرئيس النيجيري X، الذي يتولى رئاسة المجموعة، الحكومة المالية إلى؛ وطالب X، الملقب
                # بـ«باربيكيو»، الحكومة بالاستقالة: what describes the actor stands aside
                stop = min(end, stop + close - k + 1)
                k = close + 1
                continue
            if t in ("،", ",") and (
                (after_actor is not None and self._apposition_comma(after_actor, k)) or k + 1 in through
            ):
                # an actor's apposition opens or closes here (ماكرون الرئيس الفرنسي ، إسرائيل), or the
                # trigger's object follows the comma (وجه X رئيس مفوضية الاتحاد ، رسالة إلى Y)
                stop = min(end, stop + 1)
                k += 1
                continue
            if self.is_boundary(k) or (k > start and k in self.clause_at):
                break
            if k in self.verbs and k not in through:
                break
            if (
                self.bare[k] in PURSUANT
                or (
                    k > start
                    and self.bare[k] in _SCAN_STOPS
                    and (self.bare[k] not in _SUSPECTS or self.core[k].startswith("ال"))
                )
                or (k > start and self.bare[k] in _SUSPECTS and self._suspected_of(k))
                or (self.bare[k] in _AFTER_BA_STOPS and "ب" in self.tokens[k].proclitics)
            ):
                # نشر جنود في الجنوب تنفيذا لقرار مجلس الأمن، بأمر من رئيس الوزراء، فور خروج القوات: what
                # it follows, who ordered it or what it came right after, no party to it; اعتقلت شخصين
                # يشتبه في مشاركتهم في الهجوم على السفارة، بتهمة التخابر مع X: what they are suspected of
                break
            a = self.actor(k)
            if a is not None and self._affiliate(k):
                # مجلس السلم والأمن التابع للاتحاد الأفريقي: the body the actor before belongs to
                # describes that actor, and acts on nothing
                stop = min(end, max(stop, a.last + 1 + window))
                k = a.last + 1
                continue
            out.append((k, a))
            if a is not None:
                stop = min(end, max(stop, a.last + 1 + window))
                k = after_actor = a.last + 1
            else:
                if k not in self.inside and (self.only_titles(k, k + 1) or self.in_measure(k)):
                    # titles, time words, sums and goods do not count (معالي، مساء أمس، بقيمة 120 مليون
                    # يورو، تضم 60 شاحنة)
                    stop = min(end, stop + 1)
                k += 1
        return out

    def _branch_apposition(self, k: int, end: int) -> int | None:
        """The comma closing an apposition opened by the comma at ``k`` with a word for a branch or wing
        (``، فرع داعش في مصر،``), within a few words and before a verb, or with a definite word of no
        name that a phrase with إلى follows once closed (``سلمت X الناشط Y، الحاصل على صفة لاجئ من
        المفوضية السامية لشؤون اللاجئين، إلى Z``); None for none."""
        if k + 1 >= end:
            return None
        branch = self.bare[k + 1] in _BRANCHES
        described = self.core[k + 1].startswith("ال") and k + 1 not in self.inside
        if not (branch or described):
            return None
        for c in range(k + 2, min(end, k + 2 + (APPOSITION_WINDOW if branch else _DESCRIBED_WINDOW))):
            if self.tokens[c].text in ("،", ","):
                return c if branch or (c + 1 < end and self.core[c + 1] in _TO_PLACE) else None
            if self.is_boundary(c) or c in self.verbs:
                return None
        return None

    def _two_students(self, k: int) -> bool:
        """The word at ``k`` is طالبان right after a masculine verb of harm: the dual of طالب ("two
        students"), not the movement, which takes a feminine verb (``قتل طالبان``, but ``قتلت طالبان``)."""
        return k > 0 and self.bare[k] == _TWO_STUDENTS and self.bare[k - 1] in _HARMED

    def _nickname(self, k: int) -> bool:
        """The name at ``k`` is what the one named before it is called, after "known as" and ب, in quotation
        marks or not (``جيمي شيريزييه، الملقب بـ"باربيكيو"``، ``المعروف بأبي علي``)."""
        j = k - 1
        if j >= 0 and self.tokens[j].text in QUOTE_MARKS:
            j -= 1
        if j >= 0 and self.tokens[j].text in _BA_ALONE:
            j -= 1
        elif "ب" not in self.tokens[k].proclitics:
            return False
        return j >= 0 and self.bare[j] in _KNOWN_AS

    def _affiliate(self, k: int) -> bool:
        """The mention at ``k`` follows an affiliation word right after another mention (``X التابع لـ``),
        or names who leads it (``التحالف العربي بقيادة السعودية``); the mention before may close its quote
        marks (``تنظيم «ولاية غرب إفريقيا» التابع لداعش``)."""
        if k < 2 or k - 1 in self.inside:
            return False
        before = k - 2
        if before > 0 and self.tokens[before].text in QUOTE_MARKS:
            before -= 1
        return before in self.inside and (self.bare[k - 1] in _AFFILIATION or led_by(self.tokens[k - 1].text))

    def time_between_commas(self, k: int) -> int | None:
        """:func:`time_between_commas` in this document."""
        return time_between_commas(self.tokens, k, self.in_time)

    def opening_subject(self, i: int) -> list[str]:
        """The subject of the verb opening the sentence of token ``i``, past a dateline: the actor right
        after it (past titles), with no preposition (``ورد رئيس الوزراء المجري أوربان بمهاجمة X``)."""
        lo, _ = self.bounds[self.tokens[i].sentence]
        lo = max(lo, self.byline_end)
        if self.dateline is not None and lo <= self.dateline.last:
            lo = next(
                (
                    k + 1
                    # (past the agency's letters in brackets: واشنطن (أ ف ب) – قررت)
                    for k in range(self.dateline.last + 1, min(i, self.dateline.last + _DATELINE_DASH_REACH))
                    if self.is_hard(k) or self.tokens[k].text in ("–", "-", "—", "ـ")
                ),
                lo,
            )
        # past a setting that opens the sentence before a comma (وفي سياق متصل، وبالتوازي، تسلمت X)
        comma = next(
            (k for k in range(lo, min(lo + _OPENING_SETTING, i)) if self.tokens[k].text in ("،", ",")), None
        )
        if comma is not None and all(
            k not in self.inside and k not in self.clause_verbs for k in range(lo, comma)
        ):
            lo = comma + 1
        if (
            lo + 1 >= i
            or lo in self.inside
            or (self.core[lo].startswith("ال") and lo not in self.clause_verbs)
        ):
            return []  # (no verb opens it: a noun; التقى is a verb)
        # (or the body whose people are named right after it: أغلق محتجون من حراك X الحقل، مطالبين)
        body = self.member_subject(lo, i)
        return self.subject_right_after(lo, i) or (
            list(self.group_after(body)[0]) if body is not None else []
        )

    def subject_right_after(self, k: int, hi: int) -> list[str]:
        """The subject of the verb at ``k``: the actor right after it (past titles), before ``hi``, with no
        preposition (``والتقى الأمين العام لجامعة الدول العربية عمرو موسى``)."""
        if (holder := self.titled_person(k, hi)) is not None:
            return list(self.group_after(holder)[0])
        a = self.first_actor(k + 1, hi)
        if a is None or a.prep is not None or not self.only_titles(k + 1, a.first):
            return []
        return list(self.group_after(a)[0])

    def past_named(self, i: int, end: int, entities: Sequence[str], default: int) -> int:
        """The token after the last mention of one of ``entities`` that opens in ``(i, end)``: past a verb's
        subject named after it (``هددت وزيرة البحار الفرنسية X بقطع``), else ``default``."""
        return max(
            (
                m.last + 1
                for m in self.at.values()
                if i < m.first < end and not set(m.entities).isdisjoint(entities)
            ),
            default=default,
        )

    def time_before(self, i: int) -> int:
        """Token ``i``, or the comma opening a time expression or a setting between commas right before it."""
        if i < 2 or self.tokens[i - 1].text not in ("،", ","):
            return i
        k = i - 2
        while k > 0 and self.in_time(k):
            k -= 1
        if k < i - 2 and self.time_between_commas(k) == i - 1:
            return k
        # or a phrase of when or where between commas (أعلنت الرياض، عشية القمة، إعادة فتح أجوائها)
        for k in range(i - 3, max(i - 3 - COMMA_SETTING_REACH, 0), -1):
            if self.tokens[k].text in ("،", ","):
                return k if self.setting_between_commas(k, i) == i - 1 else i
        return i

    def _described_aside(self, k: int, end: int) -> int | None:
        """The comma closing a relative clause, a "called" phrase or an "it is" phrase opened after the
        comma at ``k`` (``، الذي يتولى رئاسة المجموعة ،``، ``، الملقب بـ«باربيكيو» ،``، ``، وهي الدول
        التي فقدت مواطنين ،``), within a few words before ``end``, when an actor is named bare right
        after it (the verb's object, not what is asked of it: ، التي قادت الاحتجاجات، بتعيين X)."""
        if k + 1 >= end or not (
            self.core[k + 1] in RELATIVES
            or self.bare[k + 1] in _KNOWN_AS
            or self.bare[k + 1] in ONE_OF_THEM  # (one of a group: ، أحد وجهاء العشيرة ،)
            or self._participle_aside(k + 1)
            # (or a title of the actor before, its head with no article: ، بطريرك الكرازة المرقسية ،)
            or (
                k + 1 not in self.inside
                and self.bare[k + 1] in title_heads()
                and not self.core[k + 1].startswith("ال")
            )
            # (or "it is the ...": ، وهي الدول التي فقدت مواطنين في الحادثة ،)
            or (self.norm[k + 1] in FREE_PRONOUNS and k + 2 < end and self.core[k + 2].startswith("ال"))
        ):
            return None
        j, stop = k + 2, min(end, k + 2 + _ASIDE_SPAN)
        while j < stop:
            if self.tokens[j].text in ("،", ","):
                n = j + 1
                while n < min(end, j + 1 + _ASIDE_TIME_WORDS) and self.in_time(n):
                    n += 1  # (a time first: ، المرتبطة بحزب العمال الكردستاني، صباح الأحد قوة من الجيش)
                after = self.actor(n) if n < end else None
                # (or a delegation, the body's: ، بطريرك الكرازة المرقسية، وفدا من الأزهر الشريف; or an
                # actor with ب on it right after the comma, the object of a verb that takes ب: وأشاد X،
                # الذي حضر الاحتفال، بالمجلس العسكري)
                named = after is not None and (
                    after.prep is None or (after.prep == "ب" and after.prep_at is None)
                )
                if after is None and n + 2 < end and n not in self.inside and self.core[n + 1] == FROM:
                    named = self.actor(n + 2) is not None  # (a part of a body: ، صباح الأحد قوة من الجيش)
                # (or a noun with ب whose genitive is an actor, what a verb that takes ب is about: وأشاد X،
                # أحد وجهاء العشيرة، بدور الجيش العراقي؛ وأشاد Y، الذي استقبل الوزير، بـ"وقوف الجزائر")
                named = named or (
                    after is None and self._ba_stance_before(k) and self._ba_genitive_after(n, end)
                )
                return j if named or (j + 1 < end and self.core[j + 1] in _DELEGATIONS) else None
            if self.is_hard(j):
                return None
            if j in self.inside:
                stop = min(end, stop + 1)  # (the words of names do not count: طائرة الخطوط الجوية الأوكرانية)
            j += 1
        return None

    def _ba_stance_before(self, k: int) -> bool:
        """The last verb of the sentence before token ``k`` is one of praise, welcome or condemnation that
        takes ب (أشاد، رحب، ندد): the noun with ب after it names what of someone the stance is on (``أشاد X
        بدور Y``), no deed asked for (``طالبت X بتعيين Y``)."""
        sentence = self.tokens[k].sentence
        verb = max(
            (j for j in self.clause_verbs if j < k and self.tokens[j].sentence == sentence), default=None
        )
        return verb is not None and self.core[verb].startswith(_BA_STANCE_STEMS)

    def _ba_genitive_after(self, n: int, end: int) -> bool:
        """Token ``n`` is a noun of no name with ب on it, or after ب written apart (quotation marks aside),
        and an actor is its bare genitive right after it (``بدور الجيش العراقي``، ``بـ"وقوف الجزائر``)."""
        k = n
        if k < end and self.tokens[k].text in _BA_ALONE:
            k += 1
            while k < end and self.tokens[k].text in QUOTE_MARKS:
                k += 1
        elif k >= end or "ب" not in self.tokens[k].proclitics:
            return False
        if k + 1 >= end or k in self.inside:
            return False
        owner = self.actor(k + 1)
        return owner is not None and owner.prep is None

    def _participle_aside(self, k: int) -> bool:
        """Token ``k`` is a definite participle of no name opening an aside on the actor before (``،
        الخاضعة لسيطرة الحوثيين ،``، ``، التابعة للحكومة ،``، ``، المدعومة من إيران ،``): فاعل or مُفعَل."""
        word = self.bare[k]
        return (
            k not in self.inside
            and self.core[k].startswith("ال")
            and len(word) >= _PARTICIPLE_LETTERS
            and (word[0] == "م" or word[1] == "ا")
        )

    def aside_naming(self, k: int, end: int) -> int | None:
        """The comma closing an occasion opened after the comma at ``k`` by في/خلال/أثناء, naming anyone,
        within a few words before ``end`` (``، خلال اتصال هاتفي مع نظيره الإماراتي Y ،``)."""
        if k + 1 >= end or self.core[k + 1] not in _ASIDE_OPENERS:
            return None
        for j in range(k + 2, min(end, k + 2 + _ASIDE_NAMING_REACH)):
            if self.tokens[j].text in ("،", ","):
                return j
            if self.is_boundary(j) or (j in self.clause_verbs and not self._occasion_described(k + 2, j)):
                return None
        return None

    def _occasion_described(self, noun: int, j: int) -> bool:
        """Verb ``j`` describes the indefinite occasion opening at ``noun`` right before it, a relative clause
        with no relative word (``، في كلمة ألقاها أمام البرلمان ،``، ``، خلال زيارة يقوم بها إلى الرباط ،``،
        ``، في تسجيل صوتي بثه المتحدث باسمه X ،``): the aside goes on past it."""
        return noun < j <= noun + _OCCASION_WORDS and all(
            m not in self.inside and not self.core[m].startswith("ال") and m not in self.clause_verbs
            for m in range(noun, j)
        )

    def setting_between_commas(self, k: int, limit: int) -> int | None:
        """The comma closing a phrase of where or when something was said that opens after the comma at
        ``k`` (``، في بيان مشترك ،``): a preposition of setting, a few words naming no one, before
        ``limit``; or a time expression alone (``، الأحد ،``)."""
        if (closing := self.time_between_commas(k)) is not None:
            return closing if closing < limit else None
        p = k + 1
        while p < len(self.tokens) and p < limit and self.in_time(p):
            p += 1  # (a time, then where: ، الاثنين بقصر قرطاج ،)
        # (where, with ب: ، الاثنين بقصر قرطاج ،، بالقصر الملكي في الدار البيضاء ،)
        placed = (
            p < len(self.tokens)
            and "ب" in self.tokens[p].proclitics
            and (p > k + 1 or self.bare[p] in _POWER_SEATS or self.bare[p] in _OCCASION_NOUNS)
        )
        # (on the sidelines of: ، على هامش قمة المناخ في شرم الشيخ ،)
        sidelines = p + 1 < len(self.tokens) and self.core[p] in _ON and self.bare[p + 1] == _SIDELINES
        # (or through whom: ، عبر المتحدث باسمه ،)
        via = p < len(self.tokens) and self.core[p] == _VIA
        # (or by whose mouth, its own spokesman named: ، على لسان المتحدثة باسمها ماريا زاخاروفا ،)
        mouth = p + 1 < len(self.tokens) and self.core[p] in _ON and self.norm[p + 1] == TONGUE
        # (or where the body named before sits: وطالبت المنظمة، ومقرها لندن، الرياض برفع الحظر)
        seated = p < len(self.tokens) and self.core[p] in _SEATED_AT
        if p >= len(self.tokens) or not (
            self.core[p] in ADVERBIAL_PREPS or placed or sidelines or via or mouth or seated
        ):
            return None
        j, words = p + 1, 0
        # (the words of a place's name count as one: بالقصر الملكي في الدار البيضاء)
        reach = COMMA_SETTING_REACH + (sidelines or mouth) * _SIDELINES_MORE
        while j < min(limit, len(self.tokens)) and words < reach:
            if self.tokens[j].text in ("،", ","):
                return j
            if self.in_time(j):
                # a time does not count, its month's other name in brackets too (، في جلسة استثنائية
                # عقدها يوم الأحد ،، في خطاب العرش أواخر يوليو (تموز) ،)
                j += 1
                continue
            # (a town after في is where: وقعت X وY، في بريتوريا، اتفاقا، الأربعاء في قصر قرطاج)
            where = placed or self.core[p] == _IN or sidelines or seated
            if self.is_boundary(j) or (j in self.inside and not (mouth or (where and self._place_at(j)))):
                return None  # (a verb may describe the statement: في بيان أصدره الأربعاء)
            m = self.mention_covering(j) if j in self.inside else None
            j = m.last + 1 if m is not None else j + 1
            words += 1
        return None

    def _place_at(self, j: int) -> bool:
        """Token ``j`` is in a mention of a place that is no state (a palace, a town: بقصر قرطاج، في
        بريتوريا)."""
        m = self.mention_covering(j)
        return m is not None and (
            m.etype in ("LOC", "FAC") or (m.etype == "GPE" and is_town(self.entities[m.entities[0]]))
        )

    def clause(self, i: int, lo: int, hi: int) -> tuple[int, int]:
        """The clause of token ``i`` within ``[lo, hi)``: up to hard boundaries and clause words."""
        a = i
        while a > lo and not self._hard[a - 1] and a - 1 not in self.clause_at:
            a -= 1
        b = i + 1
        while b < hi and not self._hard[b] and b not in self.clause_at:
            b += 1
        return a, b

    def phrase(self, i: int, lo: int, hi: int) -> tuple[int, int]:
        """The phrase of token ``i`` within ``[lo, hi)``: up to any punctuation and clause words."""
        a = i
        while a > lo and not self._boundary[a - 1] and a - 1 not in self.clause_at:
            a -= 1
        b = i + 1
        while b < hi and not self._boundary[b] and b not in self.clause_at:
            b += 1
        return a, b

    def location(
        self, lo: int, hi: int, i: int, exclude: Sequence[str], after_only: bool = False
    ) -> str | None:
        """A place after ``في``/``ب``/``قرب`` in the clause of token ``i``: the nearest after it, else
        (unless ``after_only``) before it."""
        after = None
        before = None
        last: ActorMention | None = None  # the place ``before`` names
        sentence_lo = lo
        lo, hi = self.clause(i, lo, hi)
        for k in range(lo, hi):
            m = self.at.get(k)
            if m is None or m.etype not in PLACE_TYPES or m is self.dateline or m.entities[0] in exclude:
                continue
            near = m.prep == FROM and m.prep_at is not None and self.core[m.prep_at - 1] in _NEAR
            # في، ب، قرب، بالقرب من، and a direction of it (مسجد غربي بغداد)
            aside = k > 0 and k - 1 not in self.inside and self.core[k - 1] in DIRECTIONS and m.prep != FROM
            if (m.prep not in _WHERE_PREPS and not near and not aside) or self.placed_by(k):
                continue  # (حي البياع جنوب غرب بغداد: where the district lies, not where it happened)
            if k > i and after is None:
                if any(self._sequel_at(j, hi) for j in range(i + 1, k)):
                    break  # (past "after" a span from a happening: that happening's place)
                after = m.entities[0]
            elif k < i and (not after_only or self._fronted(m, sentence_lo)) and not self._encloses(last, m):
                before = m.entities[0]
                last = m
        return after or before

    def _sequel_at(self, k: int, end: int) -> bool:
        """Token ``k`` is "after" or "before" a span from another happening told as the time of an act
        (``أعلن باشينيان التعبئة العامة في البلاد بعد ساعات من اندلاع المعارك في إقليم قره باغ``): the
        places named past it are where that happened."""
        return (
            self.core[k] in _SEQUEL_PREPS
            and k not in self.inside
            and k + 2 < end
            and k + 1 not in self.acts
            and self.core[k + 2] == FROM
        )

    def _encloses(self, place: ActorMention | None, m: ActorMention) -> bool:
        """The place ``m`` is named right after the town or district ``place`` as the province, region or
        city it lies in (``في مدينة بهيوندي بولاية ماهاراشترا``، ``في بلدة كويا بريف درعا``، ``في حي الهضبة
        بطرابلس``، ``في قرية بوكوس في ولاية بلاتو``): it locates that place, the most specific one named."""
        if place is None or place.etype == "FAC" or m.prep not in _IN_OR_BA or m.prep_at is None:
            return False
        between = range(place.last + 1, m.first)
        if m.prep_at != place.last + 1 or any(k in self.inside for k in between):
            return False
        kinds = [k for k in between if k != m.prep_at or self.core[k] != _IN]
        if m.prep == _IN and not any(self.bare[k] in _ENCLOSING for k in kinds):
            return False  # (في بغداد في حي المنصور: the district after the city is where it was)
        return all(self.bare[k] in _LAND_ONLY or self.bare[k] in _ENCLOSING for k in kinds)

    def inner_place(self, m: ActorMention) -> ActorMention | None:
        """The town, village or district named right before the place ``m`` that ``m`` names the
        province or region of (``قرب قرية كوجو في قضاء سنجار``، ``على قرية ود النورة بولاية الجزيرة``)
        or that lies near it (``عند حاجز بيت إيل قرب رام الله``): the most specific place, where an act
        there happened."""
        if m.prep_at is None or m.prep_at == 0:
            return None
        place = self.mention_covering(m.prep_at - 1)
        if place is None or place.etype not in ("GPE", "LOC") or place.entities[0] in m.entities:
            return None
        if any(self.bare[k] in _STREETS or self.bare[k][1:] in _STREETS for k in range(m.prep_at, m.first)):
            return None  # (a street in the town is the more specific: في بغداد بشارع السعدون)
        right_after = m.prep_at == place.last + 1 and m.first == m.prep_at + 1
        if m.prep == _NEAR_PREP and right_after:
            return place
        inner = self.entities[place.entities[0]]
        if (
            m.prep == _IN
            and right_after
            and m.etype == "GPE"
            and (place.etype == "LOC" or is_town(inner) or (inner.kb_id or "").startswith(LOCAL_ID_PREFIX))
        ):
            return place  # (a town or a local place, then the city or region it is in: بلدة بريتال في البقاع)
        if not self._encloses(place, m):
            return None
        bare_in = m.prep == "ب" and m.first == m.prep_at
        # (a bare ب after a region or country is no town in it: سوريا بحلب)
        return None if bare_in and not is_town(self.entities[place.entities[0]]) else place

    def _fronted(self, m: ActorMention, lo: int) -> bool:
        """The place ``m`` opens its sentence in a prepositional phrase (``وفي بغداد``، ``أما في حي
        البياع``): where what the sentence tells happened."""
        start = m.prep_at if m.prep_at is not None else m.first
        return all(self.core[k] in _OPENERS or k in self.inside for k in range(lo, start))

    def first_named(self, entity: str, i: int, hi: int) -> ActorMention | None:
        """Where ``entity`` is first named after token ``i``, before ``hi``."""
        return next(
            (self.at[k] for k in range(i + 1, hi) if k in self.at and self.at[k].entities[0] == entity), None
        )

    def town_of(self, facility: str, i: int, hi: int) -> str | None:
        """The town or region a named facility stands in, named right after it after في or ب (``فندق
        ماريوت بإسلام أباد``، ``فندق الجزيرة في مقديشو``): an attack's place is the town, not a building
        in it."""
        m = self.first_named(facility, i, hi)
        if m is None or (self.entities[facility].type != "FAC" and not self._worship_named(m)):
            return None
        if self.bare[m.first] in _HOSPITAL_HEADS:
            return None  # (a hospital struck is the target: قصفت مستشفى الثورة العام في مدينة تعز)
        # (the town may follow its kind: في بلدة القديح)
        b = next((self.at[k] for k in range(m.last + 1, m.last + 1 + _TOWN_REACH) if k in self.at), None)
        at = None if b is None else (b.first if b.prep_at is None else b.prep_at)
        if b is None or at != m.last + 1 or b.prep not in _IN_OR_BA or b.etype not in ("GPE", "LOC"):
            return None
        if b.first > at + 1 and any(self.bare[k] not in _TOWN_KINDS for k in range(at + 1, b.first)):
            return None  # (no district or capital: في قضاء الهرمل، في العاصمة تونس)
        return b.entities[0]

    def _worship_named(self, m: ActorMention) -> bool:
        """``m`` names a place of worship after its head, with a saint's title between at most
        (``كاتدرائية سيدة جبل الكرمل``، ``كنيسة القديس سيباستيان``): a building, whatever its type."""
        return any(
            j >= 0 and self.bare[j] in _WORSHIP_HEADS and not any(self._boundary[j : m.first])
            for j in (m.first - 1, m.first - 2)
        )

    def street_in(self, place: str, i: int, hi: int) -> str | None:
        """A street, square or quarter named right after ``place`` where it is first named after token
        ``i``, after في or ب (``في بغداد في شارع السعدون``، ``محكمة مدينة الصدر في شارع فلسطين``)."""
        m = self.first_named(place, i, hi)
        if m is None:
            return None
        for k in range(m.last + 1, min(m.last + 1 + _STREET_REACH, hi)):
            if self.is_boundary(k):
                return None
            b = self.at.get(k)
            if b is None:
                continue
            head = self.bare[k - 1] if k - 1 not in self.inside else ""
            head = head[1:] if head[:1] == "ب" and head[1:] in _STREETS else head  # بشارع
            if b.etype in PLACE_TYPES and head in _STREETS:
                return b.entities[0]
            return None
        return None

    def places_with(self, place: str, i: int, hi: int) -> list[str]:
        """``place`` and the places coordinated with it where it is first named after token ``i``
        (``في فلسطين ولبنان``)."""
        m = self.first_named(place, i, hi)
        if m is None:
            return [place]
        return [e for e in self.group_after(m)[0] if self.entities[e].type in PLACE_TYPES] or [place]

    def conditional(self, i: int, lo: int, verb: bool) -> bool:
        """Token ``i`` (a ``verb`` reading or not) is in the condition of an if- or whether-clause:
        ``إذا``/``لو``/``في حال``/``ما لم`` before it in its clause (carried over ``كان`` and over ``أو``
        after a comma), or ``إن`` right before a verb (``إن فرض مجلس الأمن``) or before ``كان`` further
        back (``إن كانت الدول الأربع ستطرد``)."""
        k = self._before_particles(i)
        if k >= lo and verb and self.tokens[k].text in CONDITIONAL_IN:
            return True
        for k in range(i - 1, max(i - 1 - CONDITION_WINDOW, lo - 1), -1):
            if self.is_boundary(k):
                # a condition goes on over "or" (ما إذا كان كيم سيلتقي شي ، أو حتى يعقد اجتماعا)
                if k + 1 < len(self.tokens) and self.core[k + 1] in ALTERNATIVES and not self.is_hard(k):
                    continue
                break
            if k in self.clause_at and self.core[k] not in COMPLEMENTIZERS | BE_VERBS:
                break
            if self.core[k] in CONDITIONALS or self.norm[k] in CONDITIONALS:
                return True
            if self.tokens[k].text in CONDITIONAL_IN and k + 1 < i and self.core[k + 1] in BE_VERBS:
                return True  # لم يتضح إن كانت الدول الأربع ستطرد: "whether" (إن written for إذا)
            if self.core[k] == _N("لم") and k > lo and self.core[k - 1] == _N("ما"):
                return True
            if k > lo and self._until(k):
                return True  # وقف التعاملات إلى أن تسمح بدخول المساعدات: not yet allowed
        return False

    def _until(self, k: int) -> bool:
        """``أن`` at ``k`` opens an until-clause (``إلى أن تسمح``): ``إلى أن`` and an imperfect verb, no
        word of pointing out before (``مشيرا إلى أن الجماعة دفعت``، ``أشارت إلى أن``: that); what it tells
        has not happened."""
        return (
            self.core[k] == _THAT
            and k > 1
            and self.core[k - 1] in _TO_PLACE
            and not self.bare[k - 2].startswith(_POINTING)
            and k + 1 < len(self.tokens)
            and k + 1 not in self.inside
            and self.tokens[k + 1].text[:1] in IMPERFECT_PREFIXES
        )

    def _condition_at(self, k: int) -> bool:
        """Token ``k`` opens a condition: ``إذا``/``لو``/``في حال``/``إن``, ``ما لم``, or "until"."""
        return (
            (self.core[k] == _N("لم") and self.core[k - 1] == _N("ما"))
            or self._until(k)
            or self.core[k] in CONDITIONALS
            or self.norm[k] in CONDITIONALS
            or self.tokens[k].text in CONDITIONAL_IN
        )

    def threatened_act_target(self, i: int, hi: int, source: Sequence[str]) -> list[str]:
        """Whom the act a threat at ``i`` promises after ``ب`` is done to, named before any condition
        (``هدد نجاد بوقف التعاون مع الوكالة في حال فرض مجلس الأمن عقوبات``، ``هدد ميدفيديف بضرب مراكز
        صنع القرار في كييف إذا تلقت أوكرانيا``); [] for none."""
        act = self._threat_act(i, hi)
        if act is None:
            return []
        for j in range(self.past_named(i, act, source, i + 1), act):
            # the one threatened named bare before the act, past the subject (متوعدا الجيش السوداني باستعادة
            # المدينة: not the town to be taken back)
            a = self.at.get(j)
            if (
                a is not None
                and a.prep is None
                and a.etype not in PLACE_TYPES
                and not any(self.same_side(e, source) for e in a.entities)
                # (not the subject's own name after its title: وهدد القيادي الحوثي محمد علي الحوثي بتعليق)
                and not (j - 1 in self.inside or self.only_titles(j - 1, j))
            ):
                return [e for e in self.group_after(a)[0] if e not in source]
        for j in range(act + 1, min(hi, act + 1 + OBJECT_WINDOW)):
            if self.is_hard(j) or self._condition_at(j) or j in self.clause_verbs:
                return []
            if j not in self.inside and "ل" in self.tokens[j].proclitics:
                return []  # its purpose (مهددة باتخاذ إجراءات لحماية مصالح بكين)
            if self.whoever(j, hi):
                return []  # بفرض عقوبات على كل من يعرقل تشكيل الحكومة: whoever does it, no one named
            country = self.nationality_country(j) if j > act + 1 and j not in self.inside else None
            if country is not None and not self.same_side(country, source):
                return [country]  # هددت بكين بمهاجمة قواعد فيتنامية: the country of what is to be hit
            a = self.actor(j)
            if (
                a is not None
                and a.prep == _IN
                and (self.entities[a.entities[0]].kb_id or "").startswith(REGION_ID_PREFIX)
            ):
                return []  # باستهداف السفن في البحر الأحمر: the waters or region where it is done
            if (
                a is not None
                and a.etype != "PER"
                and a.first > 1
                and (held := self.titled_person(a.first - 2, hi)) is not None
            ):
                a = held  # the holder of the title the body is named in (باستجواب رئيس مجلس الوزراء الشيخ X)
            if a is not None and not any(self.same_side(e, source) for e in a.entities):
                return [e for e in self.group_after(a)[0] if e not in source]
        return []

    def whoever(self, j: int, hi: int) -> bool:
        """``كل من`` at ``j`` before an imperfect verb: "whoever" does it (``كل من يعرقل``), no one named;
        not "each of" before names (``كل من إيران وسوريا``)."""
        return (
            self.core[j] in _EACH_OF
            and j + 2 < hi
            and self.core[j + 1] == FROM
            and j + 2 not in self.inside
            and self.tokens[j + 2].text[:1] in IMPERFECT_PREFIXES
        )

    def threat_on_whoever(self, i: int, hi: int) -> bool:
        """The act a threat at ``i`` promises is to be done to whoever does something, before anyone is
        named (``لوح بفرض عقوبات على "كل من يعرقل" تسليم السلطة إلى حكومة X``): the threat has no target."""
        act = self._threat_act(i, hi)
        if act is None:
            return False
        for j in range(act + 1, min(hi, act + 1 + OBJECT_WINDOW)):
            if self.is_hard(j) or j in self.inside or self._condition_at(j) or j in self.clause_verbs:
                return False
            if self.whoever(j, hi):
                return True
        return False

    def _threat_act(self, i: int, hi: int) -> int | None:
        """The act a threat at ``i`` promises after ``ب``, right after the verb and its subject (not
        ``محذرة مما وصفته بكارثة``); None for none."""
        act = next(
            (
                k
                for k in range(i + 1, min(hi, i + 1 + _THREAT_REACH))
                if k not in self.inside
                and ("ب" in self.tokens[k].proclitics or self.tokens[k].text == _BY_DETACHED)
            ),
            None,
        )
        if act is None or not all(
            k in self.inside or self.in_time(k) or self.only_titles(k, k + 1) for k in range(i + 1, act)
        ):
            return None
        return act

    def resorted_to(self, i: int, hi: int) -> list[str]:
        """The forum a threat at ``i`` is to turn to (``هددت أنقرة باللجوء إلى منظمة التجارة العالمية``):
        the actor right after ``اللجوء إلى``, no one threatened; [] for none."""
        act = self._threat_act(i, hi)
        if act is None or self.bare[act] != _RESORT or act + 2 >= hi or self.core[act + 1] != _TO_PREP:
            return []
        a = self.actor(act + 2)
        return list(a.entities) if a is not None else []

    def condition_subject(self, i: int, hi: int) -> list[str]:
        """The actors a condition later in ``i``'s sentence is put to: the subject named right after the
        verb that follows ``إذا``/``لو``/``في حال``/``ما لم``/``إن`` (``هددت إيران بمراجعة تعاونها إن فرض
        مجلس الأمن عليها عقوبات``, ``ما لم تسحب الحكومة العراقية مطالبها``)."""
        for k in range(i + 1, min(hi, i + 1 + 2 * CONDITION_WINDOW)):
            if self.is_hard(k):
                break
            if not self._condition_at(k):
                continue
            if k + 2 < hi and self.core[k] in _IF_AS_SUCH and self.core[k + 1] == _WHAT:
                k += 1  # إذا ما حاولت القوات الإثيوبية: the ما that only stresses the condition
            verb = k + 1 + (k + 1 < hi and self.core[k + 1] in _NEGATIONS_AFTER_IF)
            for j in range(verb + 1, min(hi, verb + 1 + _CONDITION_SUBJECT_GAP)):
                a = self.actor(j)
                if a is not None:
                    if a.prep is None and self.only_titles(verb + 1, j):
                        return self.group_after(a)[0]
                    break
            return []
        return []

    def consequent(self, i: int, hi: int) -> bool:
        """Token ``i`` is what will happen if a condition after it holds: a future verb, at ``i`` or right
        after a noun at ``i``, or a noun at ``i`` its object (``سيستأنف عملياته العسكرية في الحديدة إذا``),
        followed in its clause by ``إذا``/``لو``/``في حال``/``ما لم`` (``المفاوضات ستستأنف إذا قبلت
        إيران``), through quotation marks (``إن إيران "ستغلق حدودها بالكامل" مع الإقليم إذا أصر``)."""
        future = next(
            (k for k in (i, i + 1, i - 1) if 0 <= k < hi and "س" in self.tokens[k].proclitics), None
        )
        if future is None:
            return False
        for k in range(future + 1, min(future + 1 + CONDITION_WINDOW, hi)):
            if self.tokens[k].text in QUOTE_MARKS:
                continue
            if self.is_boundary(k):
                return False
            if self.core[k] in CONDITIONALS or self.norm[k] in CONDITIONALS:
                return True
            if self.core[k] == _N("ما") and k + 1 < hi and self.core[k + 1] == _N("لم"):
                return True
        return False

    def explains(self, i: int, after: int) -> bool:
        """The verbal noun at ``i`` names the circumstance of an act told just before it in its clause
        (``قتلوا خمسة في هجوم``، ``قتل صبي إثر سقوط قذيفة``): after ``في``/``خلال``/``إثر``/``جراء``/
        ``بسبب`` or with ``ب``, no clause boundary since offset ``after``."""
        k = i - 1
        explained = "ب" in self.tokens[i].proclitics or (k >= 0 and self.core[k] in _CIRCUMSTANCE)
        if not explained:
            return False
        j = bisect.bisect_left(self.starts, after)
        while j < i:
            if (close := self.time_between_commas(j)) is not None and close < i:
                j = close + 1  # (past a date between commas: قتل ثلاثة أشخاص، يوم الخميس، في هجوم)
                continue
            if self.is_boundary(j) or j in self.clause_at:
                return False
            j += 1
        return True

    def describes(self, i: int, start: int, of_verb: bool = True) -> bool:
        """The verb at ``i`` describes the act named by the indefinite noun starting at offset ``start``,
        adjectives between (``هجوم مسلح استهدف``, ``بهجوم انتحاري بسيارة مفخخة استهدف``), or tells it
        with the definite noun as its subject (``الهجوم استهدف``); without ``of_verb``, not a verb of the
        lexicon there (``قتلوا عندما اقتحم مسلحون``: no noun the verb's subject is)."""
        for k in range(i - 1, max(i - 1 - _DESCRIBED_REACH, -1), -1):
            if self.tokens[k].start <= start < self.tokens[k].end:
                if not of_verb and k in self.clause_verbs:
                    return False
                if not self.core[k].startswith("ال"):
                    return True  # an indefinite noun: what follows describes it
                # a definite one right before the verb, in no prepositional phrase: its subject (أن
                # الهجوم استهدف نقطة للتفتيش)
                return k == i - 1 and not self.opens_pp(k) and not (k > 0 and self.opens_pp(k - 1))
            if self.is_boundary(k) or k in self.clause_verbs:
                return False
        return False

    def sports(self, i: int) -> bool:
        """Token ``i``'s sentence or the one before is about a match (``هاجم لاعبو برشلونة مرمى الريال``،
        ``المباراة ... في لقائه أمام الجزيرة``): an attack there is play, a meeting a game."""
        if self._match_sentences is None:  # the sentences with a word of a match, found once
            self._match_sentences = {
                self.tokens[k].sentence
                for k, bare_core in enumerate(self.bare)
                if bare_core in _SPORTS and not self._military_target(k)
            }
        sentence = self.tokens[i].sentence
        return sentence in self._match_sentences or sentence - 1 in self._match_sentences

    def _military_target(self, k: int) -> bool:
        """Token ``k`` is ``هدفا`` of war, or counted and of a side, no goal (``هدفا عسكريا``، ``60 هدفا
        للحوثيين``; not ``سجل هدفا للأهلي``)."""
        if self.core[k] != _TARGET_WORD or k + 1 >= len(self.tokens):
            return False
        counted = k > 0 and self.in_amount(k - 1) and "ل" in self.tokens[k + 1].proclitics
        return counted or self.core[k + 1] in _MILITARY

    def no_object_after(self, i: int) -> bool:
        """Verb ``i`` is followed by no object: its sentence ends, or a preposition, a time or a verb
        conjoined with و follows (``قتلوا وأصيب خمسة آخرون``)."""
        k = i + 1
        hi = self.bounds[self.tokens[i].sentence][1]
        if k + 1 < hi and self.norm[k] in _IN_TURN:
            k += 1  # الذي أوقف بدوره متهمين اثنين: "in turn", then the object
        if (closing := self.time_between_commas(k)) is not None and closing + 1 < hi:
            k = closing + 1  # (a time between commas first: عناصر من الدعم السريع قتلوا، يوم الاثنين، أربعة)
        return (
            k >= hi
            or self.is_boundary(k)
            or self.opens_pp(k)
            or self.in_time(k)
            or self.norm[k] in _MANNER_OF_KILLING  # الصحفي جمال خاشقجي قتل خنقا
            or (self.conjoined(k) and (k in self.clause_verbs or self._wounded(k)))
        )

    def _wounded(self, k: int) -> bool:
        """Token ``k`` is the passive "were wounded" (``وأصيب``، ``وجرح``), no trigger of its own."""
        stem = self.tokens[k].stem
        return stem is not None and _norm(stem.text) in _WOUNDED

    def done_to(self, lo: int, j: int) -> bool:
        """A verbal noun of what is done to a person stands in ``[lo, j)`` with only titles between it and
        token ``j`` (``اعتقال المعارض راشد الغنوشي``), or one word of what he is (``وفاة المشجع X``): the
        person there is the one it is done to."""
        return any(
            self.bare[k] in _ACTS_ON_PERSONS
            and (self.only_titles(k + 1, j) or (j == k + 2 and self.core[k + 1].startswith("ال")))
            for k in range(lo, j)
            if k not in self.inside
        )

    def released(self, a: ActorMention) -> bool:
        """Actor ``a`` is the one a release sets free: after ``عن`` right after a noun of release
        (``بالإفراج عن غيرشكوفيتش``), or after ``سراح`` (``بإطلاق سراح الدهماني``)."""
        k = a.prep_at if a.prep_at is not None else a.first
        if k < 1:
            return False
        if a.prep_at is None:
            return self.core[k - 1] == SET_FREE
        return self.core[k] == ABOUT and self.bare[k - 1] in _RELEASE_NOUNS

    def act_between(self, i: int, j: int, skip: range = range(0)) -> bool:
        """A verbal noun of the trigger lexicon stands between tokens ``i`` and ``j`` (not in ``skip``),
        not in an occasion between commas (``أعرب X، خلال اتصال هاتفي مع Y، عن شكره لمصر``) nor in a name."""
        k = i + 1
        while k < j:
            if self.tokens[k].text in ("،", ",") and (closing := self.aside_naming(k, j)) is not None:
                k = closing + 1
                continue
            # (not a verbal noun inside an actor's name: وجهت منظمة العفو الدولية انتقادات إلى باريس)
            if k in self.acts and k not in skip and k not in self.inside:
                return True
            k += 1
        return False

    def unreal(self, i: int, lo: int, perfect: bool = False) -> bool:
        """Token ``i`` names what is only intended, expected, possible or alleged: an intention,
        expectation or allegation word shortly before it in its clause (``تعتزم روسيا إرسال``،
        ``من المتوقع أن يلتقي``، ``زعمت الصحيفة أن إيران أرسلت``), ``قد`` right before an imperfect
        (``قد تهاجم``; ``قد`` before a perfect asserts: ``وقد أرسلت``, and ``perfect`` says the token is
        its verb's perfect, told from an imperfect by the lexicon: ``قد توصل``), ``أي`` right before it
        (``أي هجوم``), or ``محتمل``/``مزعوم`` right after it (``حرب محتملة``)."""
        k = i - 1
        text = self.tokens[i].text
        if (
            k >= lo
            and self.core[k] == MAY
            and not perfect
            and text[:1] in IMPERFECT_PREFIXES
            and not text.endswith(_PERFECT_ENDINGS)
        ):
            return True  # (a perfect of form V or VI begins with ت too: قد توصلت، قد تعهدتا)
        if k >= lo and self.core[k] == _ANY and not self.negated(i, lo):
            return True  # أي هجوم: any attack, none in particular (لم ينسج أي مؤامرات: a denial)
        if k > lo and self.core[k] == FROM and self.core[k - 1] == _EVERY_ONE:
            return True  # بملاحقة كل من يعارضه: whoever does it, no one's act told
        if i + 1 < len(self.tokens) and self.core[i + 1] in _POSSIBLE:
            return True  # حرب محتملة، الهجوم المزعوم
        if _WILL in self.tokens[i].proclitics and self._threatened(i, lo):
            return True  # حذر من أنه سيقصف X، هدد بأنه سيرد: what a threat promises has not happened
        budget = MODAL_WINDOW
        for k in range(i - 1, lo - 1, -1):
            if self.tokens[k].text in _QUOTE_OPENERS and k > lo and self.core[k - 1] in _CHARGE_WORDS:
                return True  # تهمتي "حيازة أسلحة وتهديد الأمن": the charge's quoted words, no deed told
            if self.is_boundary(k) or budget == 0:
                break
            if k not in self.inside and not self.only_titles(k, k + 1):
                budget -= 1  # names and titles do not count (رجح الممثل الأعلى ... سولانا أن يتوصل)
            if self.core[k] in MODALS or self.norm[k] in MODALS:
                return True
            if k in self.clause_verbs or (k in self.clause_at and self.core[k] not in COMPLEMENTIZERS):
                break
            if self.core[k] in ADVERBIAL_PREPS:
                break  # وتوقع X في ختام زيارته بأن: the act is the adverbial's, not what is expected
        return False

    def _brings_about(self, k: int) -> bool:
        """Token ``k`` is ``ما``/``مما`` "which" before a verb of bringing about, opening a clause of its
        own (``، ما دفع الخارجية إلى استدعاء السفير``، ``مما أدى إلى مقتل``): no negator."""
        return self.core[k] in _WHICH and k + 1 < len(self.core) and self.core[k + 1] in _BROUGHT_ABOUT

    def negated(self, i: int, lo: int) -> bool:
        """A negator shortly before token ``i``, or a denial verb + ``أن`` earlier in the sentence."""
        for k in range(i - 1, max(i - 1 - NEGATION_WINDOW, lo - 1), -1):
            if self.is_boundary(k) or (k in self.clause_at and self.core[k] not in COMPLEMENTIZERS):
                break
            if self.core[k] in NEGATORS or self.norm[k] in NEGATORS:
                if self.core[k] == _WHAT and self.tokens[k + 1].text[:1] in IMPERFECT_PREFIXES:
                    continue  # وهو ما تنفيه طهران: "what", a relative; ما negates a perfect (ما قالت)
                if self.core[k] == _WHAT and k > 0 and self.core[k - 1] in _WHAT_NOT_NEGATING:
                    continue  # وسرعان ما اعترفت به: "soon"; وهو ما رفضته: "what"; no negation
                if self.core[k] == _NAME_NO and k > 0 and self.core[k - 1] in _NAME_NO_PREPS:
                    continue  # أصدرت المحكمة في لا بلاتا أحكاما: a place's name after في، no negation
                return True
        return False

    def decree_agent(self, start: int, end: int) -> list[str]:
        """Who decided or ordered the act, named after ``بقرار من`` or ``بأمر من`` within tokens
        ``[start, end)`` of its clause (``طرد السفير بقرار من الرئيس تشافيز``); [] for none."""
        for k in range(start, end - 2):
            if self.is_hard(k) or (k > start and k in self.clause_at):
                return []
            if (
                "ب" in self.tokens[k].proclitics
                and self.bare[k] in _DECREES
                and self.core[k + 1] == FROM
                and (a := self.actor(k + 2)) is not None
            ):
                return self.group_after(a)[0]
            if k > start and k not in self.inside and (k in self.acts or k in self.clause_verbs):
                return []  # هنأ X Y، بعد أيام من الإفراج عنه بقرار من المحكمة: the release's decree
        return []

    def agent(self, start: int, end: int) -> list[str]:
        """``من قبل X`` / ``على يد X`` / ``بواسطة X`` / ``من جانب X`` within tokens ``[start, end)``; the
        members of a body stand for it (``من جانب عناصر من جيش المهدي``)."""
        for k in range(start, end - 1):
            if self.is_hard(k):
                break
            marked = (self.core[k],) in AGENT_MARKERS or (self.norm[k],) in AGENT_MARKERS
            if marked or (self.core[k] in _AGENT_SIDES and k > start and self.core[k - 1] == FROM):
                m = k + 1
                if m < end - 1 and m not in self.at and self.core[m] in _DETACHMENTS:
                    # على يد قوة من X، برصاص قوة خاصة من X: the body the detachment comes from
                    m = next((j + 1 for j in (m + 1, m + 2) if j < end - 1 and self.core[j] == FROM), m)
                while (
                    m < end - 1
                    and m not in self.at
                    and (
                        self.core[m] in MEMBERS
                        or self.core[m] == FROM
                        # (or the body's kind before a name the entity layer left it out of: على يد جماعة
                        # جيش العدل)
                        or self.core[m] in NAME_KINDS
                        # (or members in it: من قبل عناصر في الحرس الرئاسي)
                        or (self.core[m] == _IN and m > k + 1 and self.core[m - 1] in MEMBERS)
                    )
                ):
                    m += 1  # عناصر من
                a = self.actor(m)
                if a is not None:
                    return self.group_after(a)[0]
        return []


def covered_tokens(tokens: Sequence[Token], spans: Sequence[Time] | Sequence[Quantity]) -> set[int]:
    """The indices of the tokens inside the spans."""
    starts = [t.start for t in tokens]
    inside: set[int] = set()
    for x in spans:
        j = bisect.bisect_left(starts, x.start)
        while j < len(tokens) and tokens[j].end <= x.end:
            inside.add(j)
            j += 1
    return inside


def time_between_commas(tokens: Sequence[Token], k: int, in_time: Callable[[int], bool]) -> int | None:
    """The comma closing a time expression and nothing else that opens after the comma at ``k``
    (``أجرى الصفدي، الأحد، زيارة``، ``، فجر الثلاثاء،``): the news sites' way of dating an act."""
    if k >= len(tokens) or tokens[k].text not in ("،", ","):
        return None
    j = k + 1
    while j < len(tokens) and j - k <= COMMA_SETTING_REACH and in_time(j):
        j += 1
    return j if k + 1 < j < len(tokens) and tokens[j].text in ("،", ",") else None


def _dedup(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))
