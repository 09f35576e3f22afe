"""The ``events`` stage: PLOVER-coded events from Arabic triggers and the entity layer.

For every token whose word (proclitics stripped by the tokenizer) is a conjugated verb or verbal
noun of the trigger lexicon, the stage picks the first lexicon reading whose frame holds (an object
head such as ``عقوبات`` after ``فرض``, a recipient where one is required), finds its arguments
(:mod:`khabar.events.arguments`), and keeps the event when at least one actor is named. Events
inside a quote or claim are attributed to its speaker; a first-person verb there has the speaker as
its source, a verb without a subject the people the quote names. A claimed hostile act
(``تتآمر``, ``مؤامرات``) stated by someone is an ACCUSE by that speaker, and a REJECT when negated.
A verb without a subject outside quotes continues the source of the event just before it
(``أرسلت كوريا الشمالية ... كما أرسلت``). Repeated tellings of one happening (same type, actors
and compatible date) become ``mentions`` of the first.

Unvocalised text: a verb of arrest or violence whose person subject stands before it and that has no
object (``وكان الدويك قد اعتقل في ...``) is read as passive; a verb with an object pronoun
(``واتهمها``) has the last actor named before it as its recipient; a verbal noun asked to be stopped
or lifted (``دعا X إلى رفع الحصار``) has the one asked as its source. ``شن هجوما`` by a person on a
person or an organisation is a war of words (ACCUSE); forces sent to help another are AID, one's own
forces sent somewhere (``أرسلت قواتها إلى``) MOBILIZE.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace
from functools import cache
from typing import ClassVar

from khabar.config import Config, ConfigError
from khabar.document import Document, Entity, Event, Mention, Quote, Span, TextSpan, Token
from khabar.events.arguments import (
    ABOUT,
    ACTOR_TYPES,
    ADVERBIAL_PREPS,
    AFTER_OR_BEFORE,
    AGAINST_HIM,
    APPOSITION_WINDOW,
    AT_BODY,
    BE_VERBS,
    BEFORE,
    BEFORE_SITE,
    BIHAQQ,
    CALLED_FOR,
    CALLING,
    CLAIMING,
    CLAUSE_WORDS,
    COMMA_SETTING_REACH,
    COMPLEMENTIZERS,
    CONDITIONALS,
    CROWDS,
    DECLARING_PARTICIPLES,
    DEMONSTRATIVES,
    DENIAL_LEMMAS,
    DID,
    DUAL_ANAPHORS,
    EMBASSIES,
    EMPHASIS,
    ENACTING,
    FOLLOWING,
    FREE_PRONOUNS,
    FROM,
    FROM_WHAT,
    GENITIVE_IN_PP,
    GOVERNING,
    GOVERNMENT_HEADS,
    HAND,
    IMPERFECT_PREFIXES,
    KIN_NOUNS,
    LAND,
    LAND_ANAPHORS,
    LATEST_ANAPHORS,
    MADE_IT,
    MAY,
    MEDIA,
    MEMBER_WORDS,
    MEMBERS,
    NAME_KINDS,
    NAME_TAIL_WORDS,
    NAMING_STEMS,
    NEGATION_WINDOW,
    OBJECT_WINDOW,
    ON,
    ONSETS,
    ORDER_NOUNS,
    PARTICIPATION,
    PARTICLES,
    PASSIVE_AUX,
    PLACE_TYPES,
    PLURAL_VERB,
    PREP_CLITICS,
    PREPOSITIONS,
    PRONOUN_COMPLEMENTIZERS,
    PURSUANT,
    QUOTE_MARKS,
    RECEIVING,
    RELATIVES,
    REPELLING,
    RESUMPTIVE,
    SEATS,
    SET_FREE,
    SPONSORING,
    SUBJECT_WINDOW,
    SUPPORTERS,
    TARGET_PREPS,
    TONGUE,
    TOWN_AGAIN,
    UNDER_IT,
    WHILE_WORDS,
    WITH,
    WITH_IT,
    ActorMention,
    Args,
    DocView,
    covered_tokens,
    demonym_countries,
    demonym_words,
    has_suffix,
    is_town,
    mention_tokens,
    name_tail_word,
    nominative_plural,
    past_later,
    past_occasion_edge,
    past_said_in,
    suffix_form,
    time_between_commas,
    title_heads,
    title_or_demonym_words,
    title_words,
    token_core,
)
from khabar.events.lexicon import (
    NATIONALS,
    PLOVER_TYPES,
    Entry,
    Frame,
    TriggerLexicon,
    load_triggers,
    stance_words,
    symmetric_types,
)
from khabar.events.summary import summarize
from khabar.kb.kb import CITY_ID_PREFIX, bare
from khabar.kb.link import LOCAL_ID_PREFIX
from khabar.ner.repair import COUNTERPARTS, is_capital, led_by
from khabar.pipeline import register
from khabar.quotes.cues import CueLexicon
from khabar.text.normalize import NISBA_ENDINGS, normalize
from khabar.times.numbers import number_words

#: a token's readings and the raw span of its trigger word
Reading = tuple[tuple[Entry, ...], int, int]
_DAMMA = "\u064f"
#: addressees that name no one (the guide's generic collectives): a call to them has no recipient, and
#: an actor after them is in what they are called to do (دعا المجتمع الدولي إلى الضغط على إسرائيل)
_GENERIC_ADDRESSEES = frozenset(
    normalize(w)
    for w in ("المجتمع", "العالم", "الجميع", "الأطراف", "الدول", "الحكومات", "الشعوب", "المواطنين")
)
#: asylum, asked of the country it is asked in (طلب X اللجوء في ألمانيا), normalised
_ASYLUM = normalize("اللجوء")
#: a cup or championship: "the world" after it is in its name (كأس العالم), no addressee, bare
_WORLD_EVENTS = frozenset(bare(normalize(w)) for w in ("كأس", "بطولة"))
#: how far after aid the country helped may be named when the trigger names what is given by no object
#: (تقديم 500 مليون دولار لدعم جهود الإغاثة وإعادة الإعمار في سوريا)
_AID_REACH = 14
#: how many words may stand between an attack noun and the verb of the clause describing it (انفجار
#: شاحنة مفخخة استهدف)
_DESCRIBED_WORDS = 3
#: how many words after a destroying verb, its subject among them, the verb launching its projectile may
#: stand (اعترضت ودمرت فجر الأحد ست طائرات مسيرة مفخخة أطلقتها)
_LAUNCH_REACH = 8
#: the lemma of launching, whose object pronoun may resume the projectile before it (قذيفة أطلقتها X), and
#: its stem, normalised
_LAUNCH_LEMMA = "أطلق"
_LAUNCHING = normalize(_LAUNCH_LEMMA)
#: how many words after "aimed at" describing a repelled attack the name of what it struck may stand
#: (استهدف محيط مطار دمشق)
_AIMED_NAME_REACH = 3
#: a verdict or trial referred back to (الحكم، الأحكام، المحاكمة), and the words naming a court
#: "the decision", among them: a ruling's, or any body's
_DECISION = normalize("القرار")
#: verdicts and trials, with the article: what a stance on a court's ruling names it by
_VERDICT_WORDS = frozenset(normalize(w) for w in ("الحكم", "الأحكام", "الحكمين", "المحاكمة"))
_VERDICTS = _VERDICT_WORDS | {_DECISION}
_COURTS = frozenset(normalize(w) for w in ("محكمة", "المحكمة", "القضاء"))
#: entering or joining what follows في (بالدخول في مفاوضات، المشاركة في المحادثات): a call's content
_TAKING_PART = frozenset(bare(normalize(w)) for w in ("الدخول", "المشاركة", "الانخراط", "البدء", "الشروع"))
#: how many tokens after an attack its agent may stand (قتل سبعة رعاة موريتانيين على يد جنود ماليين)
_AGENT_REACH = 8
#: referring a case to a court, prosecutors or an inquiry (أحال، إحالة): what follows إلى or على is where it
#: goes, no party
_REFERRING = frozenset({"أحال", "إحالة"})
#: verbal nouns of prosecuting whose lone genitive is the one prosecuted (مقاضاة X، إحالة X إلى النيابة)
_PROSECUTING = frozenset({"مقاضاة", "ملاحقة", *_REFERRING})
#: a lone genitive is the patient of these verbal nouns whoever it names (اعتقال X، اغتيال X) ...
_PERSON_PATIENT_MODES = frozenset(
    ("ASSAULT", m) for m in ("assassinate", "abduct", "execute", "torture", "beat")
) | {("ACCUSE", "investigate")}  # دعوة أولمرت إلى التحقيق: the one summoned
#: ... and of these types' verbal nouns when it names a place (قصف غزة، غزو العراق; but غزو بوتين)
_PLACE_PATIENT_TYPES = frozenset({"ASSAULT", "MOBILIZE"})
#: fighting whose مع names the other side (اشتبك الجيش مع حزب الله)
_CLASHES = frozenset({"اشتبك", "اشتباك", "مواجهة", "اقتتال", "معركة"})
#: an exchange of fire, a clash too (تبادل لإطلاق النار بين X وY)
_FIRE_EXCHANGED = ("ASSAULT", "تبادل")
#: information or envoys exchanged, by the bare form with its object right after it: a verbal noun
#: (اتفقا على تفعيل التعاون الأمني وتبادل المعلومات), since the verb of a mutual act names its parties
#: before its object (تبادل البلدان المعلومات) or agrees with those named before it (البلدان تبادلا)
_INFORMATION_EXCHANGED = ("COOPERATE", normalize("تبادل"))
#: "the (military) operations", definite with no owner: operations known already, told as the background
#: of what is reported (احتجاجا على استمرار العمليات العسكرية في غزة، فروا من العمليات العسكرية في
#: راخين); no attack unless a doer is named (وسعت إسرائيل العمليات العسكرية في رفح)
_KNOWN_OPERATIONS = normalize("العمليات")
#: the mode of a verbal protest or criticism
_DISAPPROVE = "disapprove"
#: verbs of a force moving: their frame's head (قوات، الجيش) is their subject, and they take no object
_MOVES = frozenset({"انتشر", "اتجه", "وصل", "انتشار"})
#: verbs whose frame's head is their subject, which may stand before them (عبوة انفجرت)
_SUBJECT_HEADS = frozenset(
    {"انفجر", "انتشر", "وصل", "دخل", "أصاب"}  # (عبوة انفجرت، بأن قوات من الجيش وصلت، قذيفة أصابت)
)
#: how far before such a verb its described subject may open the clause, in tokens
_DESCRIBED_REACH = 16
#: what is given to a medium (تصريحات للجزيرة، حديث لصحيفة), normalised
_INTERVIEWS = frozenset(
    normalize(w) for w in ("تصريحات", "تصريح", "تصريحا", "حديث", "حديثا", "مقابلة", "لقاء", "بيان", "بيانا")
)
#: participles of talking about something (هاجم X الولايات المتحدة، متحدثا عن), normalised
_TALKING = frozenset(normalize(w) for w in ("متحدثا", "متحدثة", "متحدثين"))
#: how many words may stand between ``لسان`` and the name of the one speaking (a title)
_TONGUE_REACH = 6
#: events whose place is the one left, not a recipient (withdrawals)
_LEFT_PLACE_MODES = frozenset({("RETREAT", "withdraw")})
_OBJECT_SPAN = 6
#: ... and after an order, past whom it is given to (أمرت X جميع المنظمات غير الحكومية المحلية بمنع)
_ORDERED_SPAN = 10
_CACHE_SIZE = 1 << 16
_GENITIVE_GAP = 4
_BETWEEN = normalize("بين")
_TO = normalize("إلى")
_RECIPIENT_PREPS = frozenset(normalize(w) for w in ("إلى", "على", "ضد"))
#: prepositions that introduce a recipient only for some types (انسحب من، أفرج عن، قطع علاقاته مع)
_TYPE_PREPS = {
    "RETREAT": frozenset({FROM, normalize("عن")}),
    "CONCEDE": frozenset({normalize("عن")}),
    "SANCTION": frozenset({WITH, normalize("عن")}),  # قطع علاقاته مع، قطع الإمدادات عن
    "SUPPORT": frozenset({normalize("عن")}),  # دافع عن
    "COOPERATE": frozenset({FROM}),  # اشترت كراكاس من موسكو
}
#: ... and of a mode's only (فتحت الرياض حدودها مع قطر، أمام قطر: the one it opens them to)
_OPENING = ("RETREAT", "access")
_MODE_PREPS = {_OPENING: frozenset({WITH, normalize("أمام")})}
#: ... and of a verb's only (طلب شيراك من الاتحاد الأوروبي; in بناء على طلب من X it is X who asks)
_VERB_TYPE_PREPS = {"REQUEST": frozenset({FROM})}
#: من with a pronoun suffix (طلب منه)
_FROM_PRONOUNS = frozenset(normalize("من" + p) for p in ("ه", "ها", "هم", "هما"))
#: عن with a pronoun suffix (أفرجت عنهم)
_ABOUT_PRONOUNS = frozenset(normalize("عن" + p) for p in ("ه", "ها", "هم", "هما"))
_ABOUT_HIM = normalize("عنه")
_ABOUT_THEM_TWO = normalize("عنهما")
_RELEASE = ("RETREAT", "release")
#: recognising someone (اعترفت به الولايات المتحدة: the one named before)
_RECOGNITION = ("SUPPORT", "recognize")
#: "that it is" after a verb of describing or deeming, normalised, and the stems of those verbs (وصف،
#: واصفا، اعتبر، معتبرا)
_THAT_IT = frozenset(normalize(p + w) for p in ("ب", "") for w in ("أنه", "أنها", "أنهم", "أنهما"))
_DESCRIBING = tuple(normalize(w) for w in ("وصف", "واصف", "ووصف", "فوصف", "اعتبر", "معتبر", "واعتبر"))
#: how many words may stand between such a verb and بأنه (its object: وصف رئيس الوزراء الاتفاق بأنه)
_DESCRIBED_GAP = 6
#: how far after a verb of describing what it calls its object may run, in tokens
_DESCRIPTION_REACH = 14
_DEEM = "اعتبر"
#: deeming (اعتبر، معتبرا), normalised, and the objects after which what they are deemed follows (إياها، ذلك)
_DEEMING = tuple(normalize(w) for w in ("اعتبر", "معتبر"))
_DEEMED_OBJECTS = frozenset(normalize(w) for w in ("إياه", "إياها", "إياهم", "إياهما", "ذلك"))
#: "that" (with or without a pronoun): after a verb of deeming, a clause follows, no object
_THAT = frozenset(
    normalize(p + w) for p in ("", "ب") for w in ("أن", "أنه", "أنها", "أنهم", "ان", "انه", "انها")
)
#: "what" before a verb of describing: what the writer reports something was called (مما وصفته بكارثة)
_WHAT = frozenset(normalize(w) for w in ("ما", "مما", "عما", "بما", "لما", "كما"))
_BLAME = "blame"
#: "not" before an adjective (غير بناء), normalised
_NOT_NOUN = normalize("غير")
#: aid put in a bank: what it is put in receives it (أودعت X مليار دولار في البنك المركزي)
_DEPOSITS = frozenset({"أودع", "إيداع"})
#: ل with a pronoun suffix (استقبال تبون له)
_TO_PRONOUNS = frozenset(normalize("ل" + p) for p in ("ه", "ها", "هم", "هما"))
#: the event types a preposition with a pronoun names the recipient of (قطع العلاقات معها، فرض حصارا
#: عليها، شن هجوما ضده، استدعى سفيرها لديها)
_PRONOUN_PREP_TYPES = {
    normalize("مع"): frozenset({"SANCTION"}),
    normalize("على"): frozenset({"SANCTION", "ASSAULT", "COERCE"}),
    normalize("ضد"): frozenset({"SANCTION", "ASSAULT", "COERCE", "ACCUSE"}),
    AT_BODY: frozenset({"SANCTION", "ACCUSE"}),
    "ل": frozenset({"ASSAULT", "COERCE"}),  # (after a word of belonging: قافلة تابعة له)
}
#: the entity types a third-person pronoun may stand for: a person for ه, a state or body for ها
_PRONOUN_TYPES = {"ه": ("PER", "ORG"), "ها": ("GPE", "ORG")}


def _charge_layer(view: DocView, i: int, hi: int) -> ActorMention | None:
    """The subject of accusing verb ``i`` named after إلى and its pronoun right after the verb, whom
    the charge is laid on (``وجهت إليه النيابة العامة تهمة الرشوة``); None where there is none."""
    if i + 2 >= hi or has_suffix(view.tokens[i]):
        return None
    to = view.tokens[i + 1]
    if to.stem is None or to.stem.form != _TO or not has_suffix(to):
        return None
    laying = view.actor(i + 2)
    return laying if laying is not None and laying.prep is None and laying.etype not in PLACE_TYPES else None


#: the lemma of the accusation noun (اتهام، اتهامات)
_ACCUSATION = "اتهام"


def _charged_genitive(view: DocView, i: int, hi: int, entry: Entry) -> bool:
    """The accusation noun at ``i`` has an actor as its genitive with the charge right after it, ب
    (``وجددت الحكومة السورية اتهام تركيا بدعم الإرهاب``): the genitive is the accused, so a declaring
    verb before the noun makes its subject the accuser."""
    if entry.lemma != _ACCUSATION or i + 2 >= hi:
        return False
    accused = view.actor(i + 1)
    return (
        accused is not None
        and accused.prep is None
        and accused.first == i + 1
        and accused.last + 1 < hi
        and "ب" in view.tokens[accused.last + 1].proclitics
    )


def _describes_any(view: DocView, i: int, lo: int) -> bool:
    """Verb ``i`` describes the noun "any" counts right before it (``على أي اعتداء يستهدف رعاياها``), not
    a letter of a name (``شركة آر دبليو إي، واحتجزت``، ``(إف بي آي) أرسل``)."""
    k = i - 2
    return (
        k >= lo
        and view.core[k] in _ANY
        and k not in view.inside
        and k + 1 not in view.inside
        and not view.is_boundary(k + 1)
        and view.tokens[k + 1].text.isalpha()
    )


def _organised_dispersed(view: DocView, readings: list[Reading], entry: Entry, k: int, hi: int) -> bool:
    """The object at ``k`` of a dispersing verb is a protest, indefinite, told with who organised or
    called it (``فرقت الشرطة مظاهرة نظمها حزب باستيف``، ``فضت الشرطة اعتصاما نظمته لجنة X``): a protest
    of its own, by its organiser, besides its dispersal; not one told again (``فضت الشرطة الاعتصام``)."""
    return (
        entry.lemma in _DISPERSING
        and not view.core[k].startswith("ال")
        and any(e.type == _PROTESTED for e in readings[k][0])
        and bool(view.called_by(k, hi))
    )


def _object_pronoun(view: DocView, i: int, hi: int, entry: Entry, etype: str) -> str:
    """The pronoun suffix that stands for whom the act at ``i`` is done to: a verb's own (``أدانته``), or
    that of إلى right after an accusing verb (``وجهت إليه تهمة``), or for a sentence, that of the verbal
    noun after ب right after it (``حكما غيابيا بسجنه``), or after a verb of sentencing and its subject
    (``قضت محكمة جنايات القاهرة بسجنه``); ``""``."""
    if entry.pos == "verb":
        own = suffix_form(view.tokens[i])
        to = view.tokens[i + 1] if i + 1 < hi else None
        if not own and etype == "ACCUSE" and to is not None and to.stem is not None and to.stem.form == _TO:
            return suffix_form(to)  # وجهت إليه النيابة تهمة الرشوة: whom it is laid on
        if entry.mode == _SUE:
            return ""  # الدعوى التي رفعها X: the pronoun stands for the suit, not whom it is against
        if entry.lemma in _DISPERSING:
            return ""  # تجمعوا أمام السفارة قبل أن تفرقهم الشرطة: the crowd dispersed, no one named
        if own or etype != "SANCTION":
            return own
        for k in range(i + 1, min(i + 1 + _VERDICT_REACH, hi)):
            if view.is_boundary(k):
                break
            if k not in view.inside and "ب" in view.tokens[k].proclitics:
                stem = next((w.form for w in view.tokens[k].words if w.kind == "stem"), "")
                return suffix_form(view.tokens[k]) if stem in _PRISON_TERMS else ""
        return ""
    if etype != "SANCTION":
        return ""
    if has_suffix(view.tokens[i]):
        return suffix_form(view.tokens[i])  # بعد إدانته بتقديم رشوة: the one convicted
    if i > 0 and view.norm[i - 1] in AGAINST_HIM:
        # أصدرت بحقه حكما بالسجن: whom the sentence is passed on (بحقه read as one word)
        return view.norm[i - 1].removeprefix(BIHAQQ)
    for k in range(i + 1, min(i + 1 + _SENTENCE_REACH, hi)):
        if view.is_boundary(k) or k in view.inside:
            return ""
        if "ب" in view.tokens[k].proclitics:
            return suffix_form(view.tokens[k])
    return ""


def _past_time_words(view: DocView, k: int, hi: int) -> int:
    """Token ``k``, or the token after the time expression (and the commas around it) that starts there
    (``النار، فجر الثلاثاء، في``)."""
    j = k
    while j < min(hi, k + COMMA_SETTING_REACH) and j not in view.inside:
        if not (view.in_time(j) or view.tokens[j].text in _COMMAS):
            break
        j += 1
    return j if any(view.in_time(t) for t in range(k, j)) else k


#: shooting down an aircraft, lemmas, and how many words past the object noun its nationality may stand
#: (طائرة الركاب المدنية الأوكرانية)
_SHOOTING_DOWN = frozenset({"أسقط", "إسقاط"})
_CRAFT_REACH = 3
#: nationality adjectives that are common words too ("financial"), never such after an aircraft or after
#: what is closed to it (أسقط الجيش طائرة مسيرة مالية، أغلقت مجالها الجوي أمام الطيران المالي), normalised →
#: the country
_CRAFT_HOMONYMS = {normalize(w): "MLI" for w in ("مالية", "المالية", "ماليا", "مالي", "المالي")}
#: verbs that take no object, whose perfect in ت before a pronoun is a verbal noun in ة (استقالته)
_INTRANSITIVE = frozenset({"استقال"})
#: how many words after a sentence its ب and verbal noun may stand (حكما غيابيا بسجنه)
_SENTENCE_REACH = 3
#: how many words after a verb of sentencing, its subject among them, the ب of the sentence may stand
#: (قضت محكمة جنايات أمن الدولة العليا بسجنه)
_VERDICT_REACH = 8
#: the verbal nouns of a sentence passed on a person, normalised without the article (بسجنه، بإعدامهم)
_PRISON_TERMS = frozenset(normalize(w) for w in ("سجن", "حبس", "إعدام", "إدانة", "معاقبة"))
#: the event types a verb's object pronoun names the target of, done to a person or a body (أدانته
#: المحكمة، اعتقلتهم الشرطة، أفرجت عنهم is a preposition's), and the entity types each pronoun may stand for
_PRONOUN_ADDRESSED_TYPES = frozenset({"REQUEST", "THREATEN"})
_PRONOUN_DONE_TO_TYPES = frozenset({"COERCE", "SANCTION", "ACCUSE", "ASSAULT", *_PRONOUN_ADDRESSED_TYPES})
_OBJECT_PRONOUN_TYPES = {"ه": ("PER", "ORG"), "هم": ("PER", "ORG")}
#: the verbs of congratulating and thanking, lemmas: their object pronoun names whom they greet (هنأه، شكرهم)
_GREETING_PERSONS = frozenset({"هنأ", "شكر"})
_AGAINST = frozenset(normalize(w) for w in ("ضد", "على"))
#: "against", the preposition of whom a complaint or lawsuit is against, normalised; and that mode
_AGAINST_WORD = normalize("ضد")
_SUE = "sue"
#: the lemma of an appeal against a decision or ruling (ستطعن في القرار), whose object is what is appealed
_APPEAL = "طعن"
#: prepositions that introduce what an agreement, a cooperation or a refusal is about, never a party to
#: it (رفضت روسيا الهجوم على لبنان: Lebanon is not refused)
#: words after which a name is a sponsor or witness of a deal or talks, no party (برعاية الولايات المتحدة)
_TOPIC_PREPS = {
    "AGREE": frozenset({*_AGAINST, _TO}),
    "COOPERATE": _AGAINST,
    "REJECT": frozenset({*_AGAINST, _TO}),
}
#: verbs whose object is their patient: with a person before them and no object after, unvocalised
#: perfects of these read as passive (وكان الدويك قد اعتقل في ...)
_PATIENT_TYPES = frozenset({"COERCE", "ASSAULT"})
#: acts whose object named by a body of his description is the person named right after it
_DESCRIBED_PATIENT_TYPES = _PATIENT_TYPES | {"SANCTION"}
#: acts whose object named by an officer of a body is the body where no one is named after it and the doer is
#: (اعتقلت الشرطة الليبية مدير المؤسسة الوطنية للسلع التموينية)
_OFFICER_TYPES = frozenset({"COERCE", "SANCTION"})
#: the singular relative pronouns, masculine and feminine
_WHICH_MASCULINE, _WHICH_FEMININE = normalize("الذي"), normalize("التي")
#: acts done to someone whose doer a relative clause on the noun may leave unsaid (الحصار الذي تفرضه)
_DONE_TO_TYPES = frozenset({"ASSAULT", "SANCTION", "COERCE", "AID", "MOBILIZE"})
#: the verb of accusing someone of something (اتهم X بـ)
_ACCUSING = "اتهم"
#: ordinals after a noun, bare (متهما ثانيا، متهمة ثالثة): the noun is one of a count
_ORDINALS = frozenset(
    bare(normalize(w))
    for w in (
        *("ثانيا", "ثانية", "ثالثا", "ثالثة", "رابعا", "رابعة", "خامسا", "خامسة", "آخر", "آخرين", "أخرى"),
        *("ثانياً", "ثالثاً", "رابعاً", "خامساً"),
    )
)
#: verbs that take one person and then what he is accused of or asked with its preposition (اتهم X بـ،
#: طالب X بـ، دعا X إلى، حث X على): the lemma and the preposition, a proclitic ب or a word, normalised
_ONE_OBJECT_THEN_PREP: dict[str, str] = {
    _ACCUSING: "ب",
    "طالب": "ب",
    "دعا": normalize("إلى"),
    "حث": normalize("على"),
}
#: calls, stances and threats, aimed at someone other than their author's own country
_STANCE_ON_OTHERS = frozenset({"REQUEST", "SUPPORT", "ACCUSE", "REJECT", "THREATEN"})
#: "as well as": a verb after it goes on from the last main clause (، كما رفض)
_AS_WELL = normalize("كما")
#: the final alif maqsura of a passive imperfect of a weak verb (يُدعى "is called"; يدعي "claims")
_ALIF_MAQSURA = "ى"
_CLAIM_VERB = "ادعى"
#: ثمّن "valued", spelt as ثمن "price"; the words of paying or refunding a price right before it, normalised
_VALUING = "ثمن"
_PAYING = frozenset(
    normalize(w)
    for w in (
        *("دفع", "دفعت", "دفعوا", "يدفع", "تدفع", "ندفع", "يدفعون", "دفعها", "دفعه"),
        *("سدد", "سددت", "يسدد", "تسدد", "سداد", "تسديد", "استرداد", "استرجاع", "رد", "إعادة"),
    )
)
#: words spelt like a trigger, as written: adverbs without its hamza (هنا "here" / هنأ "congratulated"),
#: and nouns with ي where the verb ends in ى (قاضي المحكمة "the court's judge" / قاضى "sued"), and the
#: dual of "ministry" in construct (وزارتي الدفاع والداخلية), not و with زارت "she visited" and "me";
#: and the adverb "at dawn" (توقيفه فجرا في منزله), not the dual "the two blew up"; and تدخل with no
#: clitic, the noun "intervention" (بسرعة تدخل البحرية، "تدخل سافر") or "she enters" (لم تدخل الأجواء),
#: not the perfect "he interfered"
_HOMOGRAPHS = frozenset({"هنا", "وهنا", "فهنا", "قاضي", "وقاضي", "وزارتي", "وزارتى", "فجرا", "تدخل"})
#: صادر "issued" (an adjective after a statement or a decision, or before عن or في), spelt as صادر
#: "confiscated"; the nouns it describes, bare; the prepositions after it, normalised
_ISSUED = "صادر"
_ISSUED_THINGS = frozenset(
    bare(normalize(w)) for w in ("بيان", "قرار", "حكم", "أمر", "تقرير", "مرسوم", "تعميم", "كتاب", "بلاغ")
)
_ISSUED_FROM = frozenset(normalize(w) for w in ("عن", "في", "من"))
#: reports and articles, bare: a verb of spreading right after one publishes it (تقرير نشره يوم الجمعة، في
#: تقرير نشر أمس), no deployment
_PUBLISHED_REPORTS = frozenset(
    bare(normalize(w)) for w in ("تقرير", "تقريرا", "تقارير", "مقال", "مقالا", "مقالة", "دراسة")
)
#: "aircraft" and the "guided" (drone) after it (طائرة مسيرة), bare
_AIRCRAFT = frozenset(bare(normalize(w)) for w in ("طائرة", "طائرات", "طائرتين", "طائرتان"))
_DRONE_WORDS = frozenset(bare(normalize(w)) for w in ("مسيرة", "مسيرات", "مسيرتين", "مسيرتان", "مسيّرة"))
#: projectiles, what is launched at a target and a destroying verb may intercept (دمرت الدفاعات صاروخا
#: أطلقه X; two of them: صاروخين أطلقتهما), bare
_PROJECTILES = (
    frozenset(
        bare(normalize(w)) for w in ("صاروخ", "صاروخا", "صواريخ", "صاروخين", "قذيفة", "قذائف", "قذيفتين")
    )
    | _AIRCRAFT
    | _DRONE_WORDS
)
#: how far after a trigger a particle that changes its sense is looked for
_PARTICLE_REACH = 3
#: the verb and verbal noun of condemning and of convicting (أدان، إدانة), and the words of time a
#: verbal noun follows (بعد إدانته، إثر إدانتهم)
_CONDEMNING = frozenset({"أدان", "إدانة"})
_AFTER_WORDS = frozenset(bare(normalize(w)) for w in ("بعد", "قبل", "إثر", "عقب", "منذ"))
#: a lemma whose sense a particle (or a word) shortly after it changes, and their forms: بحث عن "look
#: for", no talks (يبحث عن حل)
_SENSE_PARTICLES = {
    normalize("بحث"): frozenset(normalize(w) for w in ("عن", "عنه", "عنها", "عنهم", "عنهما")),
    normalize("صادر"): frozenset({normalize("عن")}),  # بيان صادر عن الرئاسة: "issued by", no seizure
    # بجواز سفره وهاتفه المحمول: his (mobile) telephone, no call
    normalize("هاتف"): frozenset(normalize(w) for w in ("المحمول", "الخلوي", "النقال", "الجوال")),
}
#: a lemma meaning "aim at" before a verbal noun (جولة تستهدف تثبيت الهدنة، خطة تستهدف إنهاء), and the
#: shapes of those nouns (تفعيل، إفعال; the article aside)
_AIMING = normalize("استهدف")
#: measures, no weapon, that may "target" someone (مبادرة تستهدف، العقوبات التي تستهدف، قرصنة استهدفت،
#: تستهدفها حملات المقاطعة), bare
_AIMING_MEASURES = frozenset(
    bare(normalize(w))
    for w in (
        *("مبادرة", "مبادرات", "عقوبات", "العقوبات", "حزمة", "الحزمة", "إجراءات", "الإجراءات"),
        *("سياسة", "سياسات", "قانون", "قوانين", "برنامج", "مقاطعة", "المقاطعة", "قرصنة", "القرصنة"),
    )
)


def _aimed_by_a_measure(tokens: Sequence[Token], cores: Sequence[str], i: int, named: set[int]) -> bool:
    """The verb at ``i`` of "aim at" has a measure for its subject (:data:`_AIMING_MEASURES`): right
    before it, or before its relative pronoun or one word describing it (``مبادرة تستهدف``، ``العقوبات
    التي تستهدف``، ``قرصنة واسعة استهدفت``), or after it with its object pronoun (``تستهدفها حملات
    المقاطعة``)."""
    before = [i - 1, i - 2] if i > 1 and i - 1 not in named else [i - 1]
    if any(bare(cores[k]) in _AIMING_MEASURES and k not in named for k in before):
        return True
    return has_suffix(tokens[i]) and any(
        bare(cores[k]) in _AIMING_MEASURES and k not in named for k in range(i + 1, min(i + 3, len(cores)))
    )


#: crimes, plural, before the kind of act they are (جرائم قتل، جرائم خطف): a category, bare
_CRIMES_OF = frozenset(bare(normalize(w)) for w in ("جرائم", "الجرائم"))
#: the staff a war title names (رئيس أركان حرب القوات المسلحة المصرية): a rank, no war told
_STAFF_OF_WAR = normalize("أركان")
#: places that shut their own doors (أغلقت المحال التجارية والمدارس أبوابها، أغلقت ألف مدرسة أبوابها): a
#: strike or a day off they take part in, no closure imposed; bare, and the doors as the bare start of a word
_SHUT_OWN_DOORS = frozenset(
    bare(normalize(w))
    for w in (*("محال", "محلات", "متاجر", "دكاكين", "أسواق", "مدارس", "مدرسة", "جامعات", "جامعة"),)
)
_DOORS = normalize("أبواب")
_DOORS_REACH = 6
#: a ban's noun as the purpose of a deed (فرضت طوقا أمنيا منعا لأي أعمال ثأرية): what was meant, no ban
_PREVENTING = normalize("منعا")
#: leading a captive or a seized ship away (اختطفوا السنيدار واقتادوه إلى جهة مجهولة، سيطرت على الناقلة
#: واقتادتها، هاجم مسلحون المركز واقتادوا 40 مهاجرا) with no subject of its own, after the seizure told
#: just before it in its sentence: the same happening, coded once; its pronoun objects and plural ending
_LEADING_AWAY = normalize("اقتاد")
_LED_AWAY_ENDINGS = ("ه", "ها", "هم", "هن", "وا")
#: the verb of threatening, and what it endangers rather than threatens (تهدد وحدة السودان، يهدد بجر
#: المنطقة إلى حرب: no one threatened, a danger told), as the bare start of the word after it
_THREATENING = normalize("هدد")
_ENDANGERED = tuple(
    bare(normalize(w))
    for w in (
        *("استقرار", "الاستقرار", "اقتصاد", "الاقتصاد", "أمن", "الأمن", "وحدة", "سلامة", "حياة", "حياه"),
        *("مستقبل", "مصير", "السلم", "السلام", "الأساس", "أسس", "بجر", "بتفشي", "بانهيار", "بتقويض"),
        *("باندلاع", "بانفجار", "بإشعال", "بتفجير", "بنسف", "بعرقلة", "بإفشال", "بتعطيل"),
    )
)
_AIMED_ACT = re.compile(r"(?:ال)?(?:ت..ي.|ا..ا.)")
#: negations that make a verb of the ``refusal`` frame a refusal (لن نقبل، لا نسمح)
_REFUSING = frozenset(normalize(w) for w in ("لن", "لا"))
#: tokens that do not count between a trigger and its object head (وجه X ، وY ، رسالة)
_FREE_IN_OBJECT_SPAN = frozenset({"(", ")", "،", ","})
#: endings of a dual noun
_DUAL_ENDINGS = ("ين", "ان")
#: the 3rd plural perfect before an object pronoun, its alef dropped (اختطفوهم: اختطفوا + هم)
_PLURAL_BEFORE_SUFFIX = "و"
#: the feminine dual in a construct, its ن dropped (اتفاقيتي سلام)
_CONSTRUCT_DUAL = ("تي", "تا")
#: types of verbs taking an object and then what it is accused of or asked (اتهمه بـ، طالبه بـ، دعاه إلى)
_OBJECT_THEN_CONTENT = frozenset({"ACCUSE", "REQUEST", "THREATEN"})
#: the mode of a visit: a place right after its verb is the place visited (زار موسكو)
_VISIT = "visit"
#: knowledge-base ids of areas that are no state (الشرق الأوسط، منطقة الساحل، أوروبا); of regions and seas
_REGION_ID_PREFIX = "geo:region:"
_AREA_ID_PREFIXES = (_REGION_ID_PREFIX, "geo:continent:")
#: hosting (استضافت الدوحة جولة من المفاوضات، يستضيف): the lexicon's lemma
_HOSTING = "استضاف"
#: what a host may host that is no meeting: a contest, a show or a seat (بطولة كأس العالم التي تستضيفها روسيا،
#: دورة الألعاب الأولمبية، تستضيف البحرين مقر الأسطول الخامس), bare; and how far from the verb it may be named
_HOSTED_NO_TALKS = frozenset(
    bare(normalize(w))
    for w in (
        *("بطولة", "كأس", "دورة", "ألعاب", "الألعاب", "أولمبياد", "الأولمبياد", "مونديال", "المونديال"),
        *("مباراة", "مباريات", "سباق", "نهائي", "نهائيات", "مسابقة", "مهرجان", "معرض", "حفل"),
        *("مقر", "قاعدة", "قواعد"),
    )
)
_HOSTED_THING_REACH = 5
#: a border or a crossing closed (أغلقت X حدودها مع Y), bare, and how far past it the state across may be
#: named
_BORDER_HEADS = frozenset(
    bare(normalize(w))
    for w in ("حدود", "الحدود", "حدودها", "حدوده", "معبر", "المعبر", "معابر", "المعابر", "منفذ", "المنافذ")
)
_BORDER_REACH = 6
#: a crossing, a port or an airport reopened, bare (أعادت رواندا فتح معبر غاتونا الحدودي مع أوغندا): a
#: state named after مع tells where it lies
_OPENED_CROSSINGS = frozenset(
    bare(normalize(w))
    for w in ("معبر", "المعبر", "معابر", "المعابر", "منفذ", "المنفذ", "منافذ", "المنافذ", "ميناء", "مطار")
)
#: how many tokens a subject's short form in brackets may take, the brackets with it
_BRACKETED_NAME = 6
#: the marks that open a subject's short form (إيكاو)، «نزاهة», by the mark closing each
_SHORT_FORM_MARKS = {"(": ")", "«": "»"}
#: the brackets only: a word quoted after a subject may be its object (ودانت الهيئة «الاعتداء»)
_BRACKETS = {"(": ")"}


def _past_short_form(tokens: Sequence[Token], k: int, marks: Mapping[str, str] = _SHORT_FORM_MARKS) -> int:
    """The token after a subject's short form in brackets or quote marks (``marks``) opening at ``k``
    (``(إيكاو)``، ``«نزاهة»``), else ``k``."""
    if k >= len(tokens) or (close := marks.get(tokens[k].text)) is None:
        return k
    ahead = range(k + 1, min(k + _BRACKETED_NAME, len(tokens)))
    return next((j + 1 for j in ahead if tokens[j].text == close), k)


#: the lemma of a mediation (وساطة): coded only with the mediator named and the two sides
_MEDIATION = "وساطة"
#: the lemma of mediating (توسطت قطر بين X وY، الهدنة التي توسطت فيها مصر)
_MEDIATE = "توسط"
#: how many tokens back from a relative word the sides of what it hangs on may begin (وقف إطلاق النار بين X
#: وY، الذي توسط فيه Z)
_MEDIATED_REACH = 8
#: how many tokens after a hosting verb the talks it hosts may begin (its subject, a time, a round's words)
_HOSTED_REACH = 10
#: how many words may stand between a round and the talks it is of (جولة جديدة من المفاوضات)
_ROUND_WORDS = 3
_RESIGNATION = ("RETREAT", "resign")
#: land, a base or positions handed back (سلمت X المواقع إلى Y)
_HANDED_BACK = ("RETREAT", "return")
#: a body's followers as the subject of a storming (اقتحم آلاف من أنصار التيار الصدري): a riot, bare
_FOLLOWERS = SUPPORTERS | frozenset(bare(normalize(w)) for w in ("ناشطون", "ناشطين"))
#: how far after the followers storming a state's mission (EMBASSIES) it may be named
_MISSION_REACH = 10
#: protesters as the subject of a storming (اقتحم محتجون، بعد اقتحام متظاهرين): a riot (_STORMING), bare
_PROTESTERS = frozenset(
    bare(normalize(w))
    for w in (
        *("محتجون", "محتجين", "المحتجون", "المحتجين", "متظاهرون", "متظاهرين", "المتظاهرون"),
        "المتظاهرين",
    )
)
#: the mode of recalling one's own envoy or severing ties
_SEVER = "sever"
#: the verbal noun of summoning, whose genitive is the one summoned
_SUMMONING = "استدعاء"
#: the hosting of a gathering, or the right to it, withdrawn from its host (سحب تنظيم بطولة كوبا أمريكا من
#: كولومبيا، سحب حق تنظيم البطولة), bare, and how far after it the host may be named
_HOSTING_RIGHTS = frozenset(bare(normalize(w)) for w in ("تنظيم", "استضافة", "حق"))
_HOSTING_REACH = 6
#: verbal nouns of suspending, excluding, stripping or barring someone, whose genitive is the one
#: punished (إيقاف اللاعب X، حرمان المنتخب من المشاركة)
_SUSPENDING = frozenset({"إيقاف", "استبعاد", "تجريد", "حرمان"})
#: verbs and verbal nouns of withdrawing or stripping nationality or papers (سحب، أسقط الجنسية، إسقاط الجنسية،
#: ألغى الجنسية), and the nouns among them, which a court's sentence may carry with its prison term as one
#: ruling (قضت المحكمة بالسجن المؤبد على ثمانية متهمين وإسقاط جنسيتهم)
_STRIPPING = frozenset({"سحب", "أسقط", "إسقاط", "ألغى"})
_STRIPPING_NOUNS = frozenset({"سحب", "إسقاط"})
#: stripping someone of his nationality, which names him between the verb and من (جردته من جنسيته، جردت X من)
_STRIP_OF = "جرد"
#: prepositions before the holder stripped of them (عن X، من X), normalised, and how many words past them
_STRIPPED_FROM = frozenset({ABOUT, FROM})
_STRIPPED_REACH = 3
#: the mode of a boycott, whose object may name whose goods or sessions it is against
_BOYCOTT = "boycott"
#: words for a body's employees (عمال شركة، موظفو الوزارة، أعوان الشركة), bare: their strike is against it
_EMPLOYEES = frozenset(
    bare(normalize(w))
    for w in (
        *("عمال", "موظفو", "موظفي", "أعوان", "عاملو", "عاملي", "مستخدمو", "مستخدمي", "العاملين"),
        *("طيارو", "طياري", "سائقو", "سائقي", "عاملات", "موظفات"),  # (نفذ طيارو شركة X إضرابا)
    )
)
#: acts one may be warned against doing (حذرت X Y من أي مغامرة), bare; and "any" before them
_CONDUCT = frozenset(
    bare(normalize(w))
    for w in (
        *("مغامرة", "تصعيد", "التصعيد", "اعتداء", "الاعتداء", "تدخل", "التدخل", "المساس", "المضي"),
        *("استمرار", "الاستمرار", "التمادي", "الإقدام", "ارتكاب", "استهداف", "خطوة", "خطوات", "عمل"),
        # delay and neglect (حذرت جمعية سوليد الحكومة من المماطلة في متابعة الملف)
        *("المماطلة", "مماطلة", "التلكؤ", "التباطؤ", "التقاعس", "التهاون", "التسويف", "عرقلة"),
        # going on with it, or the ill end of doing so (حذر X إيران من مواصلة تجنيد اللاجئين، حذر X
        # الحكومة من مغبة تجاهل المطالب)
        *("مواصلة", "مغبة"),
    )
)
_ANY = frozenset(bare(normalize(w)) for w in ("أي", "اي"))
_WARNED_CONDUCT_REACH = 8
#: words for a proposal: talks or a deal after them with ل are proposed, not held (مبادرة للحوار), bare
_PROPOSALS = frozenset(
    bare(normalize(w))
    for w in ("مبادرة", "المبادرة", "مقترح", "المقترح", "اقتراح", "الاقتراح", "خطة", "الخطة")
)
#: a bill: "draft" and "law" (مشروع قانون), bare; what it would do is proposed, not done
_DRAFTS = frozenset(normalize(w) for w in ("مشروع", "مشاريع", "مشروعات"))
_LAWS = frozenset(normalize(w) for w in ("قانون", "قوانين"))
#: "traces of" (آثار تعذيب) and "among them" listing the terms or measures of a plural (عقوبات، بينها
#: حظر التحليق): an act's noun after them tells no act of its own, as written (not the verb وأثار)
_TRACES_OR_PARTS = frozenset(("آثار", "وآثار", "علامات", "بينها"))
#: what a refusal refuses that names whose it is: a proposal, a request or an offer (رفض طلبا إسرائيليا)
_REFUSED = _PROPOSALS | frozenset(
    bare(normalize(w))
    for w in (
        *("طلب", "طلبا", "الطلب", "مطلب", "مطلبا", "المطلب", "عرض", "عرضا", "العرض"),
        # (and a proposal in the accusative: رفضت إثيوبيا مقترحا سودانيا)
        *("مقترحا", "اقتراحا"),
    )
)
#: verbs of putting forward a proposal or an offer, normalised beginnings: with the object pronoun after a
#: refused proposal, their subject is whose it is (رفض الراجحي مقترحا قدمته بوب)
_MAKING_OFFERS = tuple(normalize(w) for w in ("قدم", "طرح"))
_CONVICTION = ("SANCTION", "convict")
#: "the two sides" (الطرفين، الجانبين، البلدين، الحكومتين) shortly after a trigger, before its clause ends
_TWO_SIDES = re.compile(r"(?:^|\s)(?:ال|لل|و?ب?ال)(?:طرفين|جانبين|بلدين|دولتين|حكومتين)(?:\s|$)")
_TWO_SIDES_REACH = 60
#: "the two sides" or "the two countries" as a subject right after a symmetric verb (ووقع الجانبان مذكرة
#: تفاهم), past the verb's object pronoun (صفقة وقعها البلدان، عقد أبرمه الطرفان), or the two ministers
#: or leaders who met, two persons (واتفق الوزيران على مواصلة التشاور); a setting may follow it between
#: commas (ووقع الجانبان، وفق ما أفادت الوكالة، مذكرات تفاهم)
_TWO_SIDES_SUBJECT = re.compile(
    r"^(?:هما|ها|ه)?\s*ال(?:طرفان|جانبان|بلدان|(وزيران|رئيسان|زعيمان))(?:[\s،,]|$)"
)
#: those who met, three or more, as a subject right after a symmetric verb, counted or not (واتفق المشاركون
#: على، واتفق الوزراء الثلاثة على، وقع القادة): the parties of the meeting told before
_PARTICIPANTS_SUBJECT = re.compile(
    r"^\s*ال(?:مشاركون|مجتمعون|وزراء|قادة|زعماء|رؤساء)(?:\s+ال(?:ثلاثة|أربعة|خمسة|ثلاث|أربع|خمس))?(?:[\s،,]|$)"
)
#: the fewest parties of a meeting that "the participants" or "the ministers" stand for
_MANY_PARTIES = 3
#: "the two countries" (البلدين، الدولتين), and the acts of one state against another that make two states
#: the two sides
_COUNTRIES_WORDS = re.compile("بلدين|دولتين")
#: "the two countries" as a subject (ووقع البلدان), as written
_STATES_DUAL = "بلدان"
_HOSTILE_TYPES = frozenset({"SANCTION", "ACCUSE", "ASSAULT", "THREATEN", "COERCE"})
_CLAUSE_END = re.compile(r"[.،,؛:!?؟]")
#: how many words before an act its dual subject may stand (وشهد الزعيمان توقيع)
_DUAL_SUBJECT_REACH = 3
#: the most words of a setting between commas passed over (، في بيان مشترك ،)
_SETTING_WORDS = 4
#: what may stand between an act and the protest that is its motive: a few words, none opening a
#: clause of its own (فيما، بينما، حيث، ثم)
_MOTIVE_GAP = re.compile(r"(?:(?!فيما|بينما|حيث|ثم|حين)[^\s.؟!]+\s*|\s+){0,12}")
#: stances a protest may be made in (رفضا لـ، تنديدا بـ، تأييدا لـ)
_PURPOSE_STANCES = frozenset({"REJECT", "ACCUSE", "SUPPORT"})
#: a participle's prefix and the endings it takes with a body or a crowd as its subject (منددة، منددين)
_PARTICIPLE_PREFIX = "م"
_PROTESTERS_PARTICIPLE_ENDINGS = ("ة", "ين", "ون")
#: verbal nouns whose agent a refusal of them is aimed at: a call, an offer, a resignation, a sanction, a
#: ban or curfew (لن يرضخ للحظر)
_REFUSED_KINDS = frozenset({"REQUEST", "AGREE", "RETREAT", "SANCTION", "COERCE"})
#: a request, and a protest, whose makers a demand refused may be (ورفض الوزير مطلب النقابة)
_ASKED = "REQUEST"
_PROTESTED = "PROTEST"
#: words for a demand, such as protesters make (not a call, دعوات المعارضة, which may be anyone's), bare
_DEMANDS = frozenset(
    bare(normalize(w))
    for w in ("مطلب", "المطلب", "مطالب", "المطالب", "مطالبة", "المطالبة", "مطالبات", "المطالبات")
)
#: what arrives carrying goods, no visitor (وصلت إلى مطار الخرطوم طائرتان محملتان بالمساعدات), bare
_VEHICLES = frozenset(
    bare(normalize(w))
    for w in (
        *("طائرة", "طائرتان", "طائرتين", "طائرات", "سفينة", "سفن", "شاحنة", "شاحنات"),
        *("قافلة", "قوافل", "شحنة"),
    )
)
#: the mode of a denial, a happening apart from a refusal by the same actor
_DENY = "deny"
#: the mode of an apology or of regret expressed (اعتذر، أعرب عن أسفه)
_APOLOGIZE = "apologize"
#: "during" (خلال الزيارة): a definite meeting noun after it is the occasion of the meeting told before
_DURING = frozenset(normalize(w) for w in ("خلال", "أثناء", "اثناء"))
#: words opening an aside between commas that an object may stand past (أعرب X، خلال اتصال مع Y، عن
#: أسفه؛ توصل X وY، بعد محادثات استمرت ست ساعات، إلى اتفاق), and في before a contact (_ASIDE_CONTACTS)
_ASIDE_OPENERS = _DURING | FOLLOWING
#: contacts an aside opened by في may tell (أعرب X، في اتصال هاتفي مع Y، عن أسفه), normalised
_ASIDE_CONTACTS = frozenset(normalize(w) for w in ("اتصال", "مكالمة", "لقاء", "رسالة", "اجتماع"))
#: the verbs that voice regret (أعرب عن أسفه، أبدى أسفه، عبر عن أسفه), normalised stems
_VOICING = tuple(normalize(w) for w in ("أعرب", "أبدى", "أبدت", "عبر"))
#: words for a claim a denial names the author of (نفى اتهامات واشنطن), bare
_CLAIM_WORDS = frozenset(
    bare(normalize(w))
    for w in (
        "اتهامات",
        "اتهام",
        "مزاعم",
        "ادعاءات",
        "ادعاء",
        "تقارير",
        "تقرير",
        "تصريحات",
        "رواية",
    )
)
#: words of a missile's kind between it and what it was fired at (صاروخ ارض ـ ارض، قذيفة هاون)
_MISSILE_KINDS = frozenset(
    normalize(w)
    for w in (
        *("أرض", "ارض", "جو", "ـ", "-", "هاون", "مضادة", "للدروع", "باليستية", "بالستية", "باليستيا"),
        *("بالستيا", "كروز", "مجنحة", "موجهة", "قصيرة", "متوسطة", "بعيدة", "المدى", "محلية", "الصنع"),
    )
)
#: "one of" before a body's forces or craft by a pronoun suffix (إحدى دورياته، أحد جنودها), normalised
_ONE_OF_THEM = frozenset(normalize(w) for w in ("أحد", "إحدى"))
#: a weapon's model written in Latin letters or digits (صواريخ BM-21، طائرات F-16)
_LATIN_MODEL = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*")
#: how far after a protest a word of support may say whom it is for (مظاهرة حاشدة في مدينة غزة تأييدا)
_SUPPORT_REACH = 6
#: commas, Arabic and Latin
_COMMAS = frozenset({"،", ","})
#: the verb of claiming an attack (تبنى تنظيم داعش الهجوم)
_ADOPT = "تبنى"
#: seizing (استولى): an attack only when what is seized is a named country or region (استولى الرومان على مصر)
_SEIZE = "استولى"
#: what a seizure must name to be a conquest: a state or a region, not a building or a site
_SEIZED_LANDS = frozenset({"GPE", "LOC"})
#: attacks with weapons, and the words of attack, that strike a seat or home they hit near or at
_WEAPON_MODES = frozenset({"explosives", "suicide-attack", "heavy-weapons", "firearms"})
_ATTACKS = frozenset({"هجوم", "هاجم", "اعتداء", "استهدف"})
#: types whose unnamed patients of a nationality stand for its country (قتلوا ثلاثة جنود أمريكيين)
_PEOPLE_PATIENT_TYPES = frozenset({"ASSAULT", "COERCE", "RETREAT"})
#: a sentence or its term before the penalty after قضى (يقضي حكما بالسجن، فترة عقوبته): one served, bare
_TERMS_SERVED = frozenset(
    bare(normalize(w)) for w in ("حكما", "حكمه", "حكمها", "عقوبة", "عقوبته", "عقوبتها", "فترة", "مدة")
)
#: the scourges a "war" on which (after _AGAINST) is a campaign, no attack, bare
_ABSTRACT_FOES = frozenset(
    bare(normalize(w)) for w in ("الإرهاب", "التطرف", "المخدرات", "الفساد", "الجريمة", "التهريب", "الفقر")
)
#: the fewest letters of a relational adjective in the accusative (دوليا، أمميا)
_SHORTEST_NISBA_ACCUSATIVE = 3
#: verbs of handing over: what is handed is aid where the clause tells a gift (_gift_after)
_HANDOVERS = frozenset({"سلم", "تسلم"})
#: words telling that what is handed over is given (مقدمة من، هدية، منحة), bare
_GIFT_WORDS = frozenset(
    bare(normalize(w)) for w in ("مقدمة", "مقدم", "هدية", "منحة", "تبرعا", "مجانا", "دعما", "مساعدة")
)
#: how many tokens after the verb the gift may be told
_GIFT_REACH = 16
#: a programme (في إطار برنامج المساعدات العسكرية، برنامج يموله الاتحاد الأوروبي لمساعدة ليبيا) and the
#: words of aid or support that make it one of aid, bare; how many words after it they may stand
_PROGRAMMES = frozenset(bare(normalize(w)) for w in ("برنامج", "برامج"))
_AID_PROGRAMME_WORDS = frozenset(
    bare(normalize(w)) for w in ("المساعدات", "المساعدة", "لمساعدة", "مساعدات", "الدعم", "لدعم", "المعونة")
)
_AID_PROGRAMME_REACH = 5
#: words naming a relief or development body (مركز الملك سلمان للإغاثة، برنامج الأغذية العالمي، منظمة
#: الأمم المتحدة للطفولة، البرنامج السعودي لتنمية وإعمار اليمن), bare: what it hands over is aid
_RELIEF_WORDS = frozenset(
    bare(normalize(w))
    for w in (
        "للإغاثة",
        "الإغاثة",
        "إغاثة",
        "للطفولة",
        "اليونيسف",
        "يونيسف",
        "الأغذية",
        "الإنمائي",
        "لتنمية",
        "للتنمية",
    )
)
#: "serving" (a sentence), bare: the sentence after it is no ruling (يقضي حكما بالسجن)
_SERVING = frozenset(
    bare(normalize(w))
    for w in ("يقضي", "تقضي", "يقضيان", "تقضيان", "يقضون", "قضى", "قضت", "يمضي", "تمضي", "أمضى", "أمضت")
)
#: the expulsion of diplomats, whose nationality names its recipient too (طرد الدبلوماسيين الأميركيين)
_EXPULSION = ("SANCTION", "expel")
#: "resulted in", before عن (أسفرت المحادثات عن اتفاق، تمخضت عن)
_RESULTED = frozenset(normalize(w) for w in ("أسفرت", "أسفر", "اسفرت", "اسفر", "تمخضت", "تمخض"))
#: knowledge-base kinds of an unnamed ambassador or chargé d'affaires, and of a country's diplomatic mission
_AMBASSADOR = frozenset({"role:AMB", "role:CDA"})
_MISSION = frozenset({"role:AMB", "agent:embassy"})
#: an ambassador (سفير، سفيرة، سفراء): the country after it sent him (سفير روسيا لدى طهران X)
_AMBASSADOR_WORDS = frozenset(normalize(w) for w in ("سفير", "سفيرة", "سفراء"))
#: opening a diplomatic mission (افتتحت X سفارة لها في Y، أعادت X فتح سفارتها): cooperation with its host
_MISSION_OPENINGS = frozenset(normalize(w) for w in ("افتتح", "فتح"))
#: how many tokens after an opened mission the place it is opened in may be named
_MISSION_HOST_REACH = 6
#: "where", and verbs of going before it whose subject goes on after it (توجه إلى رام الله حيث التقى)
_WHERE = normalize("حيث")
#: "then", before a verb that goes on with the subject of the act before it (ثم التقى)
_THEN = normalize("ثم")
#: a meeting (اجتماع، اجتماعات), bare: an intergovernmental body's own sitting is one between states
#: (اجتماع مجلس السلم والأمن الأفريقي), another body's is none
_MEETING = bare(normalize("اجتماع"))
#: who arrive when told right after a verb of arrival, bare: part of those named before (وصل معظمهم)
#: or the freed and the deported (وصل المفرج عنهم، وصل الأسرى): a return, no visit of the clause's subject
_ARRIVING_OTHERS = frozenset(
    bare(normalize(w))
    for w in (
        *("معظمهم", "بعضهم", "جميعهم", "كلهم", "أغلبهم", "غالبيتهم", "أكثرهم"),
        *("المفرج", "المحررون", "المحررين", "المرحلون", "المرحلين", "الأسرى", "الرهائن", "المختطفون"),
    )
)
_GOING = frozenset(
    normalize(w)
    for v in ("توجه", "وصل", "انتقل", "سافر", "عاد", "اتجه", "زار")
    for w in (v, v + "ت", "و" + v, "و" + v + "ت")
)
_WENT_REACH = 14
#: "which is what" before a stance on the act just told (وهو ما نددت به X), normalised
_WHAT_ITSELF = normalize("ما")
_IT_IS = frozenset(normalize(w) for w in ("وهو", "وهي", "هو", "هي"))
#: how many title words may stand between a going verb or a visit and who went
_TITLE_WORDS = 4
#: visits, bare: who visits is the subject of a verb after حيث (زيارة X إلى الرياض، حيث التقى Y)
_VISIT_NOUNS = frozenset(
    bare(normalize(w)) for w in ("زيارة", "زيارته", "زيارتها", "جولة", "جولته", "جولتها")
)
#: dispersing a crowd: with deaths told after it, an attack (فض الاعتصام، ما أسفر عن مقتل 30)
_DISPERSING = frozenset({"فض", "فرق", "تفريق"})
#: deporting (form II رحّل), written with its shadda: no "departed" or "died" (form I رحل), so any object
#: (رحّلت السلطات مدير مكتب المنظمة، ورحّلتهم إلى الولايات المتحدة)
_DEPORTING = "رحل"
_DEPORTING_WRITTEN = "حّ"
#: how many events coded last a dispersal looks back through for the protest it ends
_PROTESTS_BACK = 4
#: support, and the words for a programme, a fund or people it may be the purpose of (برنامج دعم،
#: عناصر دعم), bare
_SUPPORT_WORD = bare(normalize("دعم"))
#: solidarity (تضامن), whose recipient is named after مع
_SOLIDARITY = normalize("تضامن")
_SUPPORT_HOLDERS = frozenset(
    bare(normalize(w))
    for w in ("برنامج", "برامج", "صندوق", "عناصر", "خلية", "خلايا", "شبكة", "شبكات", "مجموعة", "مجموعات")
)
#: "categorical" (قاطعا، قاطع، القاطعة) and the nouns of refusal and denial it qualifies (رفضا قاطعا،
#: بنفي قاطع), normalised, without the article
_CATEGORICAL = frozenset(normalize(w) for w in ("قاطع", "قاطعا", "قاطعة"))
_DENIAL_NOUNS = frozenset(bare(normalize(w)) for w in ("رفض", "رفضا", "نفي", "نفيا", "معارضة"))
#: "city", normalised, spelt as the feminine participle "condemning" (مدينة بالهجوم)
_CITY = normalize("مدينة")
#: words for hundreds, thousands and millions, whose genitive is a counted noun (مليون طالب)
_COUNT_HEADS = frozenset(
    normalize(w)
    for w in ("مئة", "مائة", "مئات", "عشرات", "ألف", "آلاف", "مليون", "ملايين", "مليار", "مليارات")
)
#: the noun of not doing, before the verbal noun of what is not done (عدم تعاون طهران), normalised
_NOT_DOING = normalize("عدم")
#: the lemma of condemning, which a court's verdict is (أدانت محكمة روسية الصحفي: convicted him)
_CONDEMN = "أدان"
#: the lemma of endorsing, which a court does to a sentence by upholding it (أيدت محكمة النقض الحكم)
_UPHOLD = "أيد"
#: the lemma of allowing, which negated in a warning tells what the warner will not let happen (لن تسمح)
_ALLOWING = "سمح"
_DEATHS = frozenset(bare(normalize(w)) for w in ("مقتل", "قتلى", "القتلى", "قتيلا", "مصرع"))
_DEADLY_REACH = 30
#: the lemma of being martyred, whose subject is the one killed (استشهد الصحفي X برصاص الجيش)
_MARTYRED = "استشهد"
#: how many tokens after a noun of deaths its agent may stand (مقتل سبعة رعاة داخل الأراضي المالية على يد)
_DEATHS_AGENT_REACH = 12
#: "a step" before "targeted" (في خطوة استهدفت X): what the act before was aimed at, normalised
_STEPS = frozenset(normalize(w) for w in ("خطوة", "إجراء", "قرار", "تحرك", "إطار", "حكم"))
#: the sector of armies, police and security services
_FORCE = "MIL"
#: an army's name's first word (الجيش الإسرائيلي), normalised
_ARMY = frozenset(normalize(w) for w in ("الجيش", "جيش"))
#: membership (عضوية، العضوية، عضويتها): its genitive is the member suspended
_MEMBERSHIP = (normalize("عضوي"), normalize("العضوي"))
#: how far after the troops deployed the force they are of may be named (جندي إضافي من قوات X)
_FORCE_OF_REACH = 3
#: the words a batch's من may count its troops with before the force they are of (من 200 عنصر من X)
_BATCH_COUNT_WORDS = 2
#: singular pronoun suffixes (his, her)
_SINGULAR_SUFFIXES = frozenset({normalize("ه"), normalize("ها")})
#: "according to" before ل (وفقا للقوات المسلحة): who tells it, normalised
_ACCORDING = frozenset(normalize(w) for w in ("وفقا", "وفقًا", "طبقا", "استنادا", "نقلا"))
#: how many adjectives after aid its nationality may come (مساعدات عسكرية أمريكية)
_AID_ADJECTIVES = 3
#: how far after an offer's object (استضافة، الوساطة) the parties it would bring together may be named
_OFFER_REACH = 8
#: "meant for", "given to", before ل and who it is for (المساعدات المخصصة للسودان), bare (the article
#: dropped, so written with it or not)
_MEANT_FOR = frozenset(bare(normalize(w)) for w in ("مخصصة", "مخصص", "مقدمة", "مقدم", "موجهة", "موجه"))
#: "among them" after the people acted on, before those of them named (بينهم الناشط X), "the most prominent
#: of them" (أبرزهم X، في مقدمتهم X), or "namely" (شخصين، هما X وY), normalised
_AMONG = frozenset(
    normalize(w)
    for w in (
        *("بينهم", "بينهما", "بينهن", "وبينهم", "بينها", "هما", "هم", "أبرزهم", "أبرزهما", "أبرزهن"),
        *("مقدمتهم", "مقدمتها"),
    )
)
#: "the most prominent of them" (أبرزهم X، في مقدمتهم X): who is named among people told by an among-word
#: that named no one (بينهم ستة من معتقلي الحراك أبرزهم X), normalised
_MOST_PROMINENT = frozenset(normalize(w) for w in ("أبرزهم", "أبرزهما", "أبرزهن", "مقدمتهم", "مقدمتها"))
#: acts on people whose body named before بينهم gives way to the persons named among them (بسجن
#: خمسة ناشطين من حركة X، بينهم Y: Y sentenced)
_NAMED_MEMBER_TYPES = frozenset({"SANCTION", "COERCE"})
#: how far after it the first name may come (past titles: بينهم الناشط الحقوقي X)
_AMONG_REACH = 4
#: how many words an unnamed subject may take before the comma of its بينها (ونددت دول أعضاء في الحلف،)
_LISTED_SUBJECT_REACH = 5
#: "among them" that may follow an unnamed subject of states or bodies with no comma before it (تسع دول
#: بينها X), normalised (بينهم, of people, is as often the object's: هاجم مفجرون سياسيين بينهم X)
_AMONG_UNMARKED = frozenset({normalize("بينها")})
#: the definite things a vote or a stance is on, that may stand as the object before an unnamed subject
#: (وعارضت القرار تسع دول بينها X), bare: no actor is named by them
_FRONTED_OBJECTS = _PROPOSALS | frozenset(
    bare(normalize(w)) for w in ("القرار", "المشروع", "الاتفاق", "النص", "الخطوة", "التعديل", "الدعوة")
)
#: how far after the verb its بينهم may stand, past the people and a clause on them
_AMONG_WINDOW = 24
#: what may stand between a verb of release and the people released (أفرجت عن، أطلقت سراح)
_RELEASE_PARTICLES = frozenset(normalize(w) for w in ("عن", "سراح"))
#: how many words of setting may stand before a release's particle (أفرجت حماس في الدفعة الأولى عن)
_RELEASE_SETTING_REACH = 4
#: how far after the start of the object its nationality may come (خمسة جنود أرمن)
_PEOPLE_REACH = 4
#: "more" and "less" before من and a count (أكثر من 5 آلاف مهاجر), normalised
_MORE_OR_LESS = frozenset(normalize(w) for w in ("أكثر", "أقل"))
#: types whose two parties a dual verb after them may take (التقى X Y ... الرئيسان اتفقا)
_PAIR_TYPES = frozenset({"CONSULT", "AGREE"})
#: the free object pronoun (متهمة إياها), normalised
_FREE_OBJECT = frozenset(normalize(w) for w in ("إياه", "إياها", "إياهم", "إياهما", "إياهن"))
#: the dual and plural free object pronouns, that stand for several (متهمة إياهما، إياهم)
_FREE_GROUP_OBJECT = frozenset(normalize(w) for w in ("إياهم", "إياهما", "إياهن"))
#: the feminine free object pronoun, that stands for a plural of things too (متهمة إياها)
_FREE_FEMININE = normalize("إياها")
#: the masculine singular free object pronoun (متهما إياه)
_FREE_MASCULINE = normalize("إياه")
#: "after", "before", "following", "upon" before an act told with its own actors
_TIME_LINKS = frozenset(normalize(w) for w in ("بعد", "قبل", "عقب", "إثر", "غداة", "عشية", "قبيل"))
#: acts two sides do together, that a visit may be told as the occasion of
_SHARED_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})
#: "brandished", the lemma of a threat of pressure (لوح، ملوحا)
_BRANDISH = "لوح"
#: the types of a main clause whose target a threatening participle after it is made to (دعا X Y، ملوحا بـ)
_BRANDISHED_AT_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT"})
#: the prepositions of a complement when written apart (بـ، لـ)
_APART_PREPOSITIONS = frozenset({"ب", "ل"})
#: ب written apart, alone or after و (بـ، وبـ), normalised
_BI = "ب"
_APART_BI = frozenset({_BI, "و" + _BI})
#: "the number of" before a force (يصل عدد جنودها إلى): a count, no force moved
_COUNT_OF = frozenset(normalize(w) for w in ("عدد", "حجم", "قوام"))
#: a side's efforts, role, stance, steps or statements: with its nationality after it, what a stance is
#: taken on that the country did (ثمن ترامب الجهود الكويتية، أشادت X بتعاون الجانب الليبي), bare
_EFFORTS = frozenset(
    bare(normalize(w))
    for w in (
        *("الجهود", "جهود", "الجهد", "الدور", "دور", "الموقف", "موقف", "التعاون", "تعاون", "المساعي"),
        *("مساعي", "الوساطة", "وساطة", "المبادرة", "مبادرة", "الدعم", "دعم"),
        # its steps, decisions and statements (ووصف ترامب الخطوات السعودية بأنها «بداية جيدة»)
        *("الخطوة", "الخطوات", "الإجراءات", "القرار", "القرارات", "التصريحات", "المواقف"),
    )
)
#: "the side": with a nationality after it, the country (الجانب الليبي), bare
_SIDES = frozenset(bare(normalize(w)) for w in ("الجانب", "الطرف"))
#: the PROTEST mode of a violent crowd, and the destruction that is a riot when a crowd does it
_RIOT = "riot"
#: a riot, as an event's type and mode
_A_RIOT = ("PROTEST", _RIOT)
#: the PROTEST mode of a crowd blocking a road or a site (أغلق محتجون الطريق)
_OBSTRUCT = "obstruct"
#: the PROTEST mode of demonstrations, marches, sit-ins and rallies (تظاهر، مسيرة، اعتصام)
_DEMONSTRATION = "demo"
#: a siege, bare (حصار، حصارا): its town is where it is, no party to it
_SIEGES = frozenset(bare(normalize(w)) for w in ("حصار", "حصارا"))
#: storming or overrunning, by protesters a riot (اجتاح محتجون مقر السفارة; not an attack with firebombs:
#: هاجم المتظاهرون مراكز الشرطة)
_STORMING = frozenset({"اقتحم", "اقتحام", "اجتاح", "اجتياح"})
#: attacking (هاجم): a number of a body's members right after it attack, as they storm (هاجم عشرات من
#: أنصار X خيم المعتصمين), not whom it struck as after a killing
_ASSAILING = frozenset({"هاجم"})
#: verbal nouns of storming and striking at a place, whose bare genitive is the place (اقتحام السفارة), bare
_STORMED = frozenset(bare(normalize(w)) for w in ("اقتحام", "استهداف", "مداهمة"))
#: laying siege: by protesters a riot too (حاصر متظاهرون مقر البرلمان)
_BESIEGE = "حاصر"
#: the words of trying (حاول، محاولة): a storming tried is none made (حاول محتجون اقتحام البرلمان), bare;
#: and how far before the storming such a word may stand, past its subject (حاول مئات المهاجرين اقتحام)
_ATTEMPTS = frozenset(
    bare(normalize(w)) for w in ("حاول", "حاولت", "حاولوا", "يحاول", "تحاول", "يحاولون", "محاولة", "محاولات")
)
_ATTEMPT_REACH = 4
#: words of putting off (أرجأ بلينكن زيارة كانت مقررة إلى الصين، تأجيل الاجتماع), bare: the meeting or visit
#: after one, within a few words (past its subject), is not held; (أجّل is left out: without its shadda it
#: is spelt as أجلى "evacuated", أجلت البحرية 225 أجنبيا)
_PUTTING_OFF = frozenset(
    bare(normalize(w))
    for w in ("أرجأ", "أرجأت", "أرجأوا", "يرجئ", "ترجئ", "إرجاء", "تأجيل", "يؤجل", "تؤجل", "يؤجلون")
)
_PUT_OFF_REACH = 7
#: verbs of evacuating, read as relief (AID) only with the people moved named after them (أجلت البحرية
#: ألفي مواطن، نقلت الأمم المتحدة 50 جريحا); how far after the verb those people may be named, past its
#: subject and a time; and those whose perfect is spelt as their verbal noun, read as the noun (ونقل
#: المصابون إلى المستشفى "were taken", دفن المتوفين ونقل المصابين "the carrying")
_EVACUATING = frozenset({"أجلى", "نقل", "أخرج", "أخلى", "أعاد"})
_EVACUEE_REACH = 12
_EVACUATING_AS_NOUNS = frozenset({normalize("نقل")})
#: the words for the nationals of a state named after them, من between or not (رعايا من أذربيجان، مواطني
#: الصين وباكستان), bare
_NATIONALS_OF = frozenset(bare(normalize(w)) for w in ("رعايا", "مواطني", "مواطنو", "دبلوماسيي", "موظفي"))
#: the COERCE mode of a ban
_BAN = "ban"
#: natural hazards (زلزال، إعصار، سيول، مجاعة), bare: a verb of striking or ravaging they are the subject of
#: (الإعصار الذي دمر المدينة، عاصفة ثلجية تضرب سويسرا، تضربها المجاعة) is no attack (EVENTS_GUIDE.md: natural
#: disasters are not coded); and how far before the verb the hazard may stand
_HAZARDS = frozenset(
    bare(normalize(w))
    for w in (
        *("زلزال", "زلازل", "إعصار", "أعاصير", "عاصفة", "عواصف", "سيول", "فيضان", "فيضانات", "مجاعة"),
        *("جفاف", "حرائق", "وباء", "جائحة", "تسونامي", "بركان"),
    )
)
_HAZARD_REACH = 3
#: the flows of trade a ban or suspension may stop (حظر تصدير الأرز، تعليق صادرات الكوبالت), bare: with no
#: country it is aimed at, a measure of trade policy, no SANCTION but a ban on traders (COERCE)
_TRADE_FLOWS = frozenset(
    bare(normalize(article + w)) for article in ("", "ال") for w in ("تصدير", "استيراد", "صادرات", "واردات")
)
#: a halt of one's own work (أوقفت الشركة إنتاجها، تعليق رحلات الإنزال): the verbs, and the activity halted
_STOPPAGES = tuple(bare(normalize(w)) for w in ("أوقف", "وأوقف", "علق", "وعلق", "تعليق", "توقف", "وتوقف"))
_OWN_ACTIVITIES = frozenset(
    bare(normalize(w))
    for w in (
        "إنتاج",
        "إنتاجها",
        "إنتاجه",
        "الإنتاج",
        "أعمال",
        "أعمالها",
        "أعماله",
        "عمليات",
        "عملياتها",
        "رحلات",
        "رحلاتها",
        "الرحلات",
        "نشاطها",
        "نشاطه",
        "أنشطتها",
        "الحفر",
        "التنقيب",
    )
)
#: how many words past a halt its object may come (أوقفت جمعية البنوك ... في اليوم التالي عمليات)
_STOPPAGE_REACH = 9
_WORD_AHEAD = re.compile(r"[^\s،,.؛:«»\"()]+|[،,.؛:]")
#: the marks that end the clause of a halt: its object is not looked for past them
_STOPPAGE_ENDS = frozenset("،,.؛:")
#: the word after a trigger's token (حظرها تصدير: past its suffix)
_NEXT_WORD = re.compile(r"\S*\s+([^\s،,.]+)")
#: what makes an attack no physical one (هجوم إلكتروني، هجوم ببرنامج فدية، "هجوم هجين"): a cyber or
#: hybrid attack harms no one in body, no ASSAULT, bare
_UNARMED_ATTACKS = frozenset(
    bare(normalize(article + w))
    for article in ("", "ال")  # (bare takes off one ال: الإلكتروني is الكتروني, إلكتروني كتروني)
    for w in ("إلكتروني", "إلكترونيا", "سيبراني", "سيبرانيا", "هجين", "هجينا")
) | frozenset(
    # (its means, ب a clitic the core leaves off: هجوم ببرنامج فدية، لهجوم بفيروس «شمعون»)
    bare(normalize(w))
    for w in ("ببرنامج", "برنامج", "برمجيات", "فيروس", "برمجية")
)
#: how far past the attack's qualifier its verb may stand (هجوم إلكتروني استهدف، الهجوم الإلكتروني الذي
#: استهدف)
_UNARMED_REACH = 2
#: "in the first", before a noun of concession that sums up the act told before it (أعلن X تعليق الزيادة،
#: في أول تنازل للحكومة): no concession of its own, normalised
_IN_THE_FIRST = (normalize("في"), normalize("أول"))
#: "of its kind" after an act's noun (في ثالث هجوم من نوعه هذا الشهر، أول زيارة من نوعها): the act
#: told is ranked among its like, not told again
_OF_ITS_KIND = frozenset(normalize(w) for w in ("نوعه", "نوعها"))
#: the words before a verbal noun that tell its act not yet done (ملء السد قبل التوصل إلى اتفاق، رفض
#: الترسيم قبل انسحاب إسرائيل، دون التوصل إلى اتفاق بديل، بعد تعثر التوصل إلى اتفاق), bare
_NOT_YET = frozenset(bare(normalize(w)) for w in ("قبل", "دون", "بدون", "تعثر", "تعذر", "لحين"))
#: the nouns of a place or a span whose verbal noun names what is done there or then, no act told
#: (مكان احتجازه، فترة احتجازه), bare
_SETTING_HEADS = frozenset(bare(normalize(w)) for w in ("مكان", "أماكن", "فترة", "مدة"))
#: verbs of storming and raiding: they act on places, so a person right after one is its subject
#: (اقتحم الوزير إيتمار بن غفير باحات المسجد الأقصى), not the patient of an unvocalised passive
_RAIDING_VERBS = frozenset({"اقتحم", "داهم"})
_DESTROY = ("ASSAULT", "destroy")
#: types coded with no named actor when the place is known (the guide leaves crowds unnamed)
_UNNAMED_TYPES = frozenset({"PROTEST"})
#: participles of a sanction in force (العقوبات المفروضة على), bare, and how far after the sanction (its
#: adjectives between: العقوبات الاقتصادية الأمريكية المفروضة على)
_IMPOSED = frozenset(bare(normalize(w)) for w in ("المفروضة", "المفروض", "المفروضين"))
_IMPOSED_REACH = 3
#: the verb of imposing in a relative clause on what is lifted (رفع العقوبات التي فرضتها على X), normalised,
#: and how many words after it the على of whom it was imposed on may stand (past its subject and a time)
_IMPOSE = normalize("فرض")
_IMPOSED_ON_REACH = 4
#: security forces named by their kind alone, of no country the passage gives them (اعتقلت قوات الأمن ثلاثة
#: ناشطين): no one named, their act coded with no source, bare
_FORCES_OF_NO_ONE = frozenset(bare(normalize(w)) for w in ("قوات الأمن", "قوى الأمن"))
#: types of act that are no news without their giver: aid to a place or people named by no one giving it
#: (أغلقت إسرائيل المعبر أمام المساعدات المتجهة إلى غزة) describes the aid, tells no giving
_GIVEN_TYPES = frozenset({"AID"})
#: modes whose act is never the same happening as an act of another mode of its type (أغلقت X المدارس
#: واعتقلت ناشطات: a closure and an arrest; قطع العلاقات وأمهل الدبلوماسيين 72 ساعة: ties cut, envoys
#: expelled)
_APART_MODES = frozenset(
    {_DENY, "abduct", "curfew", "martial-law", "restrict", "deport", "confiscate", "ban", "expel", "sever"}
)
#: "press" after a meeting word: a press conference or briefing (عقد مؤتمرا صحافيا)
_PRESS = frozenset(
    normalize(a + w + e) for a in ("", "ال") for w in ("صحفي", "صحافي") for e in ("", "ا", "ة", "ه")
)
#: unnamed forces a nationality adjective may tell the country of (طائرات إسرائيلية، قوات أمريكية)
_FORCES = frozenset(
    normalize(w)
    for w in (
        *("طائرات", "مقاتلات", "مروحيات", "دبابات", "قوات", "جنود", "زوارق", "سفن", "بوارج", "وحدات"),
        *("صواريخ", "قذائف", "مسيرات"),  # استهدفت صواريخ روسية مطارات في كييف
        # one of them (شنت طائرة مسيرة إسرائيلية غارة)
        *("طائرة", "مقاتلة", "مروحية", "دبابة", "سفينة", "بارجة", "زورق", "مسيرة", "قذيفة", "صاروخ"),
        # or two (أسقطت مقاتلتان تركيتان قاذفة روسية), and bombers (قاذفات أميركية من طراز بي-2 نفذت)
        *("طائرتان", "طائرتين", "مقاتلتان", "مقاتلتين", "مروحيتان", "مروحيتين", "قاذفة", "قاذفات"),
        # and their strikes (استهدفت غارة إسرائيلية محيط موقع البص)
        *("غارة", "غارات", "ضربة", "ضربات"),
        # and shelling told by its nationality (وكان قصف إسرائيلي قد استهدف مركزا للتطعيم)
        *("قصف", "هجوم"),
    )
)
#: and a court, a country's when it is the verb's subject (أفرجت محكمة تركية عن القس), normalised
_SUBJECT_FORCES = _FORCES | {normalize("محكمة")}
#: how far before a verb unnamed forces and their description may stand (طائرات أوكرانية بدون طيار هاجمت)
_FORCES_BEFORE_REACH = 5
#: what gives fire support (تساندهم رشاشات المروحيات), bare
_ARMS = frozenset(bare(w) for w in _FORCES) | frozenset(
    bare(normalize(w)) for w in ("رشاشات", "مدفعية", "المدفعية", "الطائرات", "المروحيات", "الدبابات")
)
#: deeds an actor announces as its own (أعلن الجيش اعتقال، أعلنت الحكومة فرض حظر التجول، أعلنت النقابة إضرابا)
_CLAIMED_TYPES = frozenset({"AID", "COERCE", "RETREAT", "MOBILIZE", "ASSAULT", "SANCTION", "PROTEST"})
#: lemmas of fighting or blasts with no one side behind them (أعلن الجيش انفجار عبوة: reported, not done;
#: an exchange of fire, not of prisoners: أعلنت روسيا وأوكرانيا تبادل الأسرى)
_AGENTLESS = frozenset({"اشتباك", "مواجهة", "معركة", "اقتتال", "انفجار", "سقوط", "تبادل"})
#: contacts whose other party may be the one they come from (تلقى اتصالا هاتفيا من بوتين)
_CALLER_MODES = frozenset({("CONSULT", "phone")})
#: the dual pronoun suffix (طالبهما)
_DUAL = normalize("هما")
#: decisions and steps, bare: regret at one is no concession (أعربت عن أسفها للقرار)
_DECISIONS = frozenset(
    bare(normalize(w))
    for w in ("القرار", "قرار", "القرارات", "قرارات", "الخطوة", "خطوة", "الإجراءات", "إجراءات")
)
#: what regret is felt at when another took the step: decisions and steps, sanctions (أعربت X عن أسفها
#: للعقوبات), bare
_REGRETTED_STEPS = _DECISIONS | frozenset(
    bare(normalize(w))
    for w in (
        *("العقوبات", "عقوبات"),
        # another's failing: what is missing or ignored (أعربت الرئاسة عن أسفها لغياب أي رسالة تعزية من تركيا)
        *("غياب", "الغياب", "تجاهل", "التجاهل"),
    )
)
#: the preposition ل written apart, with a tatweel (لـ"غياب"), normalised
_FOR_APART = normalize("لـ")
#: ل fused with the article (للصحفيين), as written
_FOR_THE = "لل"
#: مع with a pronoun (تضامنه معه)
_WITH_HIM = frozenset(normalize(w) for w in ("معه", "معها", "معهم", "معهما"))
#: ل with a pronoun after a word of support (مساندتها له، دعمه لها), normalised
_FOR_HIM = frozenset(normalize(w) for w in ("له", "لها", "لهم", "لهما"))
#: ... the masculine singular ones, a person's (تضامنها معه، مساندتها له)
_HIM_ONLY = frozenset(normalize(w) for w in ("معه", "له"))
#: the entity types of a person only
_PERSON_ONLY = ("PER",)
#: "that ... must": على right after إن/أن as written (إن على طوكيو مواجهة), read as يجب على
_ON_WRITTEN = "على"
#: verbal nouns of mutual acts spelt as their perfect verb (تعاون، تنسيق، تضامن), bare
_MUTUAL_NOUNS = frozenset(bare(normalize(w)) for w in ("تعاون", "تنسيق", "تضامن", "تجاوب"))
_THAT_WRITTEN = frozenset({"إن", "أن", "بأن", "وإن", "ان"})
_MUST_LEMMA = normalize("وجب")
#: "must", "should": impersonal verbs of obligation (يجب على X، ينبغي، يتعين), lemmas
_MUSTS = frozenset({"وجب", "انبغى", "تعين"})
#: prepositions of the occasion an act took place on (في اتصال هاتفي، خلال لقاء، عبر الهاتف)
_OCCASIONS = frozenset(normalize(w) for w in ("في", "خلال", "أثناء", "اثناء", "عبر"))
#: the sector of intergovernmental bodies, and of rebel and armed groups
_IGO = "IGO"
_REBELS = "REB"
#: the masculine plural pronoun suffix (رفضهم)
_THEIR = normalize("هم")
#: the preposition في
_IN_PREP = normalize("في")
#: a role (دور قطر في الوساطة), bare, and how many words its genitive may take
_ROLES = frozenset(bare(normalize(w)) for w in ("دور", "الدور", "دوره", "دورها", "دورهم", "دورهما"))
_ROLE_REACH = 4
#: "and that (was)", which tells the main clause's act again (وذلك خلال اتصال هاتفي), normalised
_THAT_BEING = normalize("وذلك")
#: words that make the act after them a time (في ختام اللقاء، خلال المباحثات، على هامش القمة): no object
_WHEN_AROUND = frozenset(
    normalize(w)
    for w in (
        *("خلال", "أثناء", "عقب", "إثر", "لدى", "عشية", "غداة", "قبيل", "بعيد", "بعد", "قبل"),
        *("ختام", "هامش", "نهاية", "أعقاب", "مستهل", "بداية", "مطلع", "ختم"),
    )
)
#: easing or allowing what follows (تسهيل وصول المساعدات، السماح بدخول): its object is let through, bare
_EASING = frozenset(normalize(w) for w in ("بتسهيل", "تسهيل", "بالسماح", "السماح", "بتيسير", "تيسير"))
#: the mode of a call for an investigation, and how far after its object the act it is into may be named
#: (فتح تحقيق مستقل في الهجوم)
_INVESTIGATE = "investigate"
_INQUIRY_REACH = 4
#: nouns for a wrongdoing or an actor's part in it that an inquiry is into, its agent the genitive after
#: (تحقيق في تورط X، في ممارسات الشركة، في خرق الوزير للقواعد), bare
_MISDEEDS = frozenset(
    bare(normalize(w))
    for w in ("تورط", "ممارسات", "خرق", "انتهاكات", "تجاوزات", "جرائم", "دور", "مخالفات", "اتهامات")
)
#: words for an operation or exercise whose name follows in quote marks (عملية «فجر الجرود»)
_NAMED_OPERATIONS = frozenset(
    normalize(w) for w in ("عملية", "العملية", "عمليات", "معركة", "مناورات", "تمرين", "تمرينات", "حملة")
)
#: masculine singular heads of organisations' names, bare (مجلس الأمن، حزب الله، الجيش)
_MASCULINE_HEADS = frozenset(
    bare(normalize(w))
    for w in (
        *("مجلس", "حزب", "جيش", "الجيش", "البرلمان", "الكونغرس", "تنظيم", "جهاز", "صندوق", "البنك"),
        *("بنك", "الحرس", "الائتلاف", "تحالف", "التحالف", "مكتب", "الاتحاد", "اتحاد", "المجلس"),
    )
)
#: the masculine singular pronoun suffix (توعده)
_HIS = normalize("ه")
#: the feminine singular pronoun suffix (دعمها)
_HERS = normalize("ها")
#: types whose words also tell a match (هاجم، لقاء): not coded in sports news ...
_GAME_TYPES = frozenset({"ASSAULT", "CONSULT"})
#: the mode of strikes from the air and shelling, never play
_BY_AIR_OR_ARTILLERY = "heavy-weapons"
#: ... nor a team withdrawing from a tournament (انسحب من التصفيات; a coach's resignation is a RETREAT)
_GAME_MODES = frozenset({("RETREAT", "withdraw")})
#: prepositions of the place or body a title-holder serves at (مندوب فرنسا لدى الأمم المتحدة)
_POST_PREPS = frozenset(normalize(w) for w in ("لدى", "في", "ب", "إلى", "ل"))
#: a relative adjective with the article is longer than this (السيبراني), unlike a short word (الذي)
_SHORTEST_ADJECTIVE = 4
#: separate personal pronouns (normalised): a perfect verb form right after one is a noun predicate
_PRONOUNS = frozenset(FREE_PRONOUNS)
#: a speech verb this close before a meeting noun makes the meeting the setting of what is said
_SPEECH_REACH = 5
#: at most this many people a quote names are taken as the subject of its subjectless verb
_MAX_ADDRESSEES = 3
#: stances toward an act: an actor in a phrase of the act they name is the act's, not theirs
_STANCE_TYPES = frozenset({"ACCUSE", "SUPPORT"})
#: the types of an opinion held on someone's deed (رفض X إعلان Y، ندد X بقرار Y)
_OPINION_TYPES = _STANCE_TYPES | {"REJECT"}
#: the types of help given, which no condemnation of a step is aimed at
_HELPING_TYPES = frozenset({"AID"})
#: the types of words said, no deed done
_WORDS_TYPES = _OPINION_TYPES | {"REQUEST", "THREATEN", "CONCEDE"}
#: protests that may be made in words: by a government, a verbal one (not a sit-in, strike or boycott:
#: اعتصم رئيس البرلمان، استفتاء قاطعه مجلس تتار القرم)
_VERBAL_PROTESTS = frozenset(normalize(w) for w in ("احتج", "احتجاج"))
#: types whose preposition past a verbal noun is that act's, not theirs (أدانت الهجوم على لبنان،
#: تظاهروا احتجاجا على العدوان على لبنان، دعا إلى الضغط على إسرائيل)
_ACT_STANCE_TYPES = _STANCE_TYPES | {"PROTEST", "REQUEST"}
#: stances on what someone does: that someone is their target (رفض الإجراءات التي اتخذتها X)
_OWNED_STANCES = _STANCE_TYPES | {"REJECT"}
#: how many words a judged object may have up to its nationality (قيود التصدير الهندية)
_OWNED_PHRASE = 3
#: how far past a hand-over received its giver may be named (تسلمت X الدفعة الأولى من طائرات ... من Y)
_GIVER_REACH = 16
#: how many words past a noun of handing over the person handed over is named (تسليم رجل الأعمال الهندي X)
_HANDED_REACH = 6
#: types whose recipient after إلى/ل comes before a bare object (a hand-over: سلم X إلى Y)
_RECIPIENT_FIRST = frozenset({"COOPERATE"})
#: "belonging" before إلى and a body: the affiliation of people handed over, no party to it, bare
_BELONGING_TO = frozenset(
    bare(normalize(w)) for w in ("انتماء", "انتمائهم", "انتمائه", "ينتمون", "ينتمي", "المنتمين", "منتمين")
)
#: verbs whose object right after them is a noun where it can be read as one (رفض طلب، أيد قرار)
_OBJECT_TAKING = _STANCE_TYPES | {"REJECT"}
#: types whose recipient may be the actor a following condition is put to
_CONDITIONED_TYPES = frozenset({"THREATEN"})
#: the adjective of the United Nations (أممي), normalised, and its knowledge-base id
_UN = "UN"
_UN_ID = "org:united_nations"
_UN_ADJECTIVES = frozenset(
    normalize(p + w) for w in ("أممي", "أممية", "أمميين", "أمميون", "أمميات") for p in ("", "ال")
)
#: armed people of a body after a noun (هجوم مسلحين من حركة الشباب), bare
_ARMED_PEOPLE = frozenset(bare(normalize(w)) for w in ("مسلحين", "مقاتلين", "جنود", "عناصر"))
#: documents named after where they were made (إعلان جدة، اتفاق الرياض، اتفاقية أوسلو), bare
_DOCUMENTS = frozenset(
    bare(normalize(w)) for w in ("اتفاق", "اتفاقية", "إعلان", "معاهدة", "وثيقة", "ميثاق", "بروتوكول", "مذكرة")
)
#: verbs of pushing or forcing someone to an act (دفع X إلى، اضطر X إلى), cores, and how far before إلى
_PUSHING = frozenset(
    normalize(p + w) for w in ("دفع", "دفعت", "اضطر", "اضطرت", "أجبر", "أجبرت") for p in ("", "و", "ف")
)
_PUSHED_REACH = 6
#: a verbal noun after these is asked to stop: its agent is the one asked (دعا X إلى رفع الحصار)
_CESSATION = frozenset(normalize(w) for w in ("رفع", "وقف", "إنهاء", "إلغاء", "فك", "تخفيف"))
#: the mode of an execution (أعدم، تنفيذ حكم الإعدام)
_EXECUTE = "execute"
#: the modes of the verbal nouns a halt, a commutation or a repeal governs as no act done: an execution and
#: a sentence (وقف تنفيذ الإعدام، بتخفيف أحكام الإعدام، بإلغاء أحكام السجن)
_HALTED_MODES = frozenset({_EXECUTE, _CONVICTION[1]})


def _halted_practice(cores: Sequence[str], i: int) -> bool:
    """The verbal noun at ``i`` is governed by a noun of halting or ending (``وقف``, ``إلغاء``), an adjective
    between them or not (``وقف تنفيذ الإعدام``، ``الوقف الاختياري لتنفيذ الإعدام``، ``وقف فوري لتنفيذ
    أحكام الإعدام``): the practice halted, no act carried out."""
    k = i - 1
    if k > 0 and cores[k].endswith("ي") and not _halting(cores[k]):
        k -= 1  # (an adjective of the halt: الاختياري، الفعلي، فوري)
    return k >= 0 and _halting(cores[k])


def _halting(core: str) -> bool:
    """A noun of halting or ending, with the article or not (وقف، الوقف، إلغاء)."""
    return core in _CESSATION or bare(core) in _CESSATION


#: acts against something that is there: what they are done against happened (قاتلوا لصد التوغل الأوكراني)
_COUNTERING = frozenset(normalize(w) for w in ("صد", "مواجهة", "التصدي", "ردع", "إحباط", "دحر"))
#: purpose of help after a sending verb (لدعم X، للمساعدة، لمساعدتها), normalised
_HELP = re.compile(r"^لل?(?:مساعد[هت]|دعم|مساند[هت]|نصر[هت])")
_HELP_SPAN = 6
#: what someone said, decided or proposed: its owner is acted on (تأييد تصريحات X، رفض خطة X)
_CONTENT_NOUNS = frozenset(
    normalize(w)
    for w in (
        "تصريحات",
        "تصريح",
        "موقف",
        "مواقف",
        "قرار",
        "قرارات",
        "سياسة",
        "سياسات",
        "خطة",
        "خطط",
        "مبادرة",
        "جهود",
        "دور",
        "مساعي",
        "اقتراح",
        "مقترح",
        "مقترحات",
        "مطالب",
        "مطلب",
        "طلب",
        "طلبات",
        "دعوة",
        "دعوات",
        "شروط",
        "آراء",
        "أقوال",
        "حكومة",
        "إدارة",
        "قيام",
    )
)
#: a patient marked by ل on a word before its name (للشيخ أحمد ياسين) is named within this many tokens
_LAM_PATIENT_REACH = 4
#: a recipient with ل stands at most this many words (not names or titles) after its trigger
_LAM_REACH = 2
#: how far before a noun an attack verb may make it what was struck (its subject between)
_STRUCK_REACH = 4
#: ... and a possessed verbal noun's bare object (لقائه وزير الموارد الطبيعية الروسي يوري تروتنيف)
_POSSESSED_REACH = 3
#: at most this many description words between a verb and its person subject
_DESCRIPTORS = 3
_VERBAL_SOURCES = frozenset({"PER"})
_VERBAL_TARGETS = frozenset({"PER", "ORG"})
_COMBINING = re.compile("[\u064b-\u0652\u0670]*")


#: people nouns whose genitive act names a role they hold, not an act (زعيم الحرب "warlord"), bare
_ROLE_HEADS = frozenset(
    bare(normalize(w))
    for w in (
        *("زعيم", "زعماء", "أمير", "أمراء", "مجرم", "مجرمي", "مجرمو", "أسير", "أسرى", "وزير", "وزارة"),
        *("ضابط", "قادة", "قائد"),
    )
)
#: the role heads that name a body, not a person (وزارة الحرب): with the article, the body told again
_BODY_ROLE_HEADS = frozenset({bare(normalize("وزارة"))})


def _body_told_again(token: Token, head: str) -> bool:
    """The role head ``head`` right before ``token`` is a body's with the article, no construct's head
    (``إن الوزارة طالبت``، ``وأعلنت الوزارة اعتقال``): the act after it, with no preposition, is the
    body's own (not a noun it governs: ``استجابت الوزارة لمطالب``)."""
    return (
        head.startswith("ال") and bare(head) in _BODY_ROLE_HEADS and PREP_CLITICS.isdisjoint(token.proclitics)
    )


#: verbs whose object takes a preposition (أشاد ب، رحب ب، ندد ب، أعرب عن، احتج على، لوح ب): an actor right
#: after them is their subject, never their object
_PREPOSITIONAL_VERBS = frozenset({"أشاد", "أثنى", "رحب", "نوه", "أعرب", "تضامن", "ندد", "احتج", "لوح"})
#: spans of time (عام، شهرين، أسابيع), bare: before على and a detention noun, the time since it
_SPANS = frozenset(
    bare(normalize(w))
    for w in (
        *("عام", "عاما", "عامين", "أعوام", "سنة", "سنتين", "سنوات", "شهر", "شهرا", "شهرين", "أشهر"),
        *("أسبوع", "أسبوعين", "أسابيع", "يوم", "يوما", "يومين", "أيام", "ساعة", "ساعتين", "ساعات", "ونصف"),
    )
)
#: the nouns of an act kept up (استمرار، تواصل), bare: before a detention noun, custody going on, a state
_ONGOING = frozenset(bare(normalize(w)) for w in ("استمرار", "تواصل", "مواصلة", "طول"))
#: heads that tell custody as a state someone is kept in, going on or in its conditions, time or place
#: (احتجاجا على ظروف احتجازها، طوال فترة اعتقاله), bare
_CUSTODY_STATES = _ONGOING | frozenset(bare(normalize(w)) for w in ("ظروف", "مدة", "فترة", "مكان"))
#: words of resuming or starting before a verbal noun (إعادة فتح، استئناف نشر), normalised
_RESUMED = frozenset(normalize(w) for w in ("إعادة", "اعادة", "استئناف", "بدء", "مواصلة"))
#: types a verbal noun agreed on (اتفقا على عقد جولة) is still coded as: a meeting or deal scheduled; and how
#: many words the parties may take between the verb of agreeing and its على
_AGREED_MEETINGS = frozenset({"CONSULT", "AGREE"})
_AGREED_REACH = 4
#: "society" (الاجتماع, also "the meeting"), the science of it after these (عالم الاجتماع، علم الاجتماع), bare
_SOCIETY = bare(normalize("الاجتماع"))
_SCIENCE_HEADS = frozenset(bare(normalize(w)) for w in ("علم", "عالم", "عالمة", "علماء", "علوم"))
#: words before an imperfect with an object pronoun that make it background, and the type it then is not:
#: a relative pronoun (المستشفى الذي تدعمه المنظمة: backing described), "was" (كانت تحتجزهم: a state in the
#: past)
_BACKGROUND_TYPES = {
    **{w: "SUPPORT" for w in RELATIVES},
    **{normalize(w): "COERCE" for w in ("كان", "كانت", "كانوا")},
}
#: the tanween marks (ً ٌ ٍ): a word written with one is no finite verb
_TANWEEN = frozenset("\u064b\u064c\u064d")
#: banners: an imperfect verb right after one says what they say (لافتات تندد بالزيارة), part of the protest
#: that carries them, no act of its own (a chant that demands is the crowd's: هتافات تطالب بـ«استقالة X»)
_BANNERS = frozenset(bare(normalize(w)) for w in ("لافتة", "لافتات", "يافطة", "يافطات", "ملصقات"))
#: words a verb never follows: prepositions (منذ does: منذ بدأت الحرب) and verbs governing a verbal noun
_BEFORE_NOUNS = (
    PREPOSITIONS - {normalize("منذ")}
    | GOVERNING
    # إعادة فتح، استكمال نشر: the noun
    | _RESUMED
    | frozenset(normalize(w) for w in ("استكمال", "إتمام"))
    # words of time, cause or concession that take a genitive (إثر قصف صاروخي، عقب اعتقال، جراء القصف،
    # رغم توصل تونس إلى اتفاق)
    | frozenset(normalize(w) for w in ("إثر", "عقب", "جراء", "أثناء", "إبان", "غداة", "عشية", "قبيل"))
    | frozenset(normalize(w) for w in ("رغم", "برغم"))
)
#: prepositions of place: the word after one names a place or a thing, never an act
_PLACE_PREPOSITIONS = frozenset(
    normalize(w) for w in ("قرب", "بالقرب", "عند", "أمام", "داخل", "خارج", "تحت", "فوق", "حول")
)
#: "framework", which after في tells within what something was done (في إطار), bare
_FRAMEWORKS = frozenset({bare(normalize("إطار"))})
#: the mode of easing sanctions, an embargo or a curfew (RETREAT), and the future's proclitic
_EASE = "ease"
_FUTURE = normalize("س")
#: types that are acts of speech: announcing one is doing it
_SPEECH_ACTS = frozenset({"SUPPORT", "REJECT", "ACCUSE", "REQUEST", "AGREE", "THREATEN", "CONCEDE"})
#: types whose unnamed subject may be given by the actors named among it (دول عدة، بينها مصر): speech acts and
#: civil protest, not acts whose subject after the verb may be their victims (قتل ثلاثة جنود، بينهم ضابط)
_LISTED_SUBJECT_TYPES = _SPEECH_ACTS | {"PROTEST"}
#: types whose content is a fact that happened, coded as an event of its own (دان قيام إسرائيل
#: باستهداف لبنان), where a request's or a threat's content has not happened (طالب بالإفراج)
_FACT_CONTENT = frozenset({"ACCUSE", "SUPPORT"})
#: acts done by saying them: rejected or not, they were made
_SAID_TYPES = frozenset({"AGREE", "ACCUSE", "CONCEDE", "REJECT", "REQUEST", "SUPPORT", "THREATEN"})
#: the mode of an accusation whose content is only alleged (اتهم X بقصف: no shelling coded)
_ALLEGE = "allege"
#: the COERCE mode of an arrest or detention, and the custody the acts of _CUSTODIAL_TYPES follow
_ARREST = "arrest"
#: what may stand between the end of a quote and the next word of its sentence
_BETWEEN_MARKS = re.compile(r"[\s\"'«»“”,،]*")
#: a final hamza on a seat, as it is written before a pronoun suffix (لقائه، اعتداؤه)
_SEATED_HAMZA = frozenset("ئؤ")


#: a perfect written with ا before an object pronoun, in one unsplit token (نفاه، دعاها)
_WEAK_SUFFIXED = re.compile(r"(\w{2,}ا)(ه|ها|هم|هما)")


def trigger_keys(token: Token) -> list[tuple[str, int, int, str]]:
    """Normalised forms a token may be looked up under: ``(form, raw start, raw end, proclitics cut)``.

    From the whole token and from after each proclitic, with and without the pronoun suffix; a stem
    whose final hamza took a seat before the suffix is looked up with the bare hamza too
    (``لقائه`` → ``لقاء``).
    """
    words = token.words
    if not words:
        return []
    stem_at = next((k for k, w in enumerate(words) if w.kind == "stem"), len(words) - 1)
    parts = [normalize(w.text) for w in words]
    keys: list[tuple[str, int, int, str]] = []
    for k in range(stem_at + 1):
        if k > 0 and words[k - 1].kind != "prefix":
            break
        cut = "".join(w.form for w in words[:k])
        whole = "".join(parts[k:])
        keys.append((whole, words[k].start, token.end, cut))
        if (
            stem_at + 1 == len(words)
            and not token.text.endswith("ة")
            and (m := _WEAK_SUFFIXED.fullmatch(whole))
        ):
            # a weak verb and its object pronoun the tokenizer left whole (نفاه، دعاه): its ا form (not a
            # noun's ة, which normalises to ه: امرأة is no أمرا + ه)
            keys.append((m.group(1), words[k].start, token.end - len(m.group(2)), cut))
        if stem_at + 1 < len(words):
            stem = "".join(parts[k : stem_at + 1])
            keys.append((stem, words[k].start, words[stem_at].end, cut))
            if words[stem_at].text[-1:] in _SEATED_HAMZA:
                keys.append((stem[:-1] + "ء", words[k].start, words[stem_at].end, cut))
    return keys


def _fits(entry: Entry, form: str, cut: str) -> bool:
    """May this reading stand after these proclitics? Nouns after ال/ب/ك, an imperfect after س or ل."""
    if entry.pos == "noun":
        return "س" not in cut
    if "ال" in cut or "ب" in cut or "ك" in cut:
        return False
    if "س" in cut:  # (an imperfect: not the perfect of a verb in ت, ستسلم "will hand over", not تسلم)
        return form[0] in "يتنا" and form != normalize(entry.lemma)
    if "ل" in cut:  # ليرسل "so that he sends"
        return form[0] in "يت"
    return True


def _alif_before_suffix(entry: Entry, form: str) -> bool:
    """``form`` is the perfect of a verb ending in ``ى``, which writes ``ا`` before a pronoun suffix
    (نفاها، ألقاه): with a suffix the spelling with ``ي`` is the verbal noun (نفيها "its denial")."""
    return entry.lemma.endswith("ى") and form == normalize(entry.lemma)


def _is_passive_verb(raw: str) -> bool:
    """A perfect verb vocalised as passive: a damma on one of its first letters (قُتل، اعتُقل، أُرسل)."""
    if not raw or raw[0] in "يتن":
        return False
    letters = 0
    for j, ch in enumerate(raw):
        if ch == _DAMMA:
            return j + 1 >= len(raw) or raw[j + 1] != "و"
        if "\u0621" <= ch <= "\u064a":
            letters += 1
            if letters > 4:
                return False
    return False


def _land_seized(view: DocView, k: int) -> bool:
    """Token ``k``, after a seizure's على, opens a named state or region, a word for a part of a land
    aside (``على مصر``، ``على شمال أفريقيا``، ``على مدينة ود مدني``)."""
    if k < len(view.core) and view.core[k] in LAND and k not in view.at:
        k += 1
    land = view.at.get(k)
    return land is not None and land.etype in _SEIZED_LANDS


@register("events")
class EventCoder:
    """Stage ``events``: PLOVER events with actors, place, date, attribution and an English summary."""

    name: ClassVar[str] = "events"
    requires: ClassVar[tuple[str, ...]] = ("tokens", "entities", "times", "quotes")
    adds: ClassVar[tuple[str, ...]] = ("events",)

    def __init__(self, config: Config) -> None:
        self.config = config
        self.lexicon: TriggerLexicon = load_triggers(config.event_lexicons)
        self.symmetric = symmetric_types()
        self.one_sided = _one_sided_types(config.event_one_sided_dropped)
        self.cues = CueLexicon(config.quote_speech_lexicons, config.quote_attribution_lexicons)
        # nationalities, and the UN's adjective (موظفا أمميا: of the United Nations, where it is named)
        self.demonyms = demonym_countries() | dict.fromkeys(_UN_ADJECTIVES, _UN)
        #: token text → its readings and the trigger span relative to the token start
        self._seen: dict[str, Reading] = {}
        #: token text → whether it is a finite verb of speech
        self._speech: dict[str, bool] = {}
        #: token text → the forms it may match an object head under
        self._keys: dict[str, frozenset[str]] = {}
        #: "must" (يجب على) with its على already said: the reading of على after "that" (إن على طوكيو)
        self._must = tuple(
            replace(e, frame=replace(e.frame, objects=(), passive=True))  # على طوكيو: Tokyo is bound
            for e in self.lexicon.get(_MUST_LEMMA)
            if e.pos == "verb" and e.frame.objects
        )

    def __call__(self, doc: Document) -> Document:
        readings = [self._lookup(t) for t in doc.tokens]
        for i in range(1, len(doc.tokens)):
            if doc.tokens[i].text == _ON_WRITTEN and doc.tokens[i - 1].text in _THAT_WRITTEN:
                # قالت بكين إن على طوكيو مواجهة التاريخ: "Tokyo must", a request the speaker makes
                readings[i] = (self._must, doc.tokens[i].start, doc.tokens[i].end)
        starts = [t.start for t in doc.tokens]
        timed = covered_tokens(doc.tokens, doc.times)
        for k in timed:  # no trigger inside a time expression (فجر أمس: dawn, not "detonated")
            readings[k] = ((), 0, 0)
        cores = [token_core(t) for t in doc.tokens]
        quoted = [(q.start, q.end) for q in doc.quotes]
        for i, (entries, _, _) in enumerate(readings):
            if entries and all(e.first_person for e in entries):
                t = doc.tokens[i]
                if not any(a <= t.start < b for a, b in quoted):
                    # أعدها حزب الليكود ("prepared", not "I promise"), وكرر دعوته (his call): no first
                    # person outside reported words
                    readings[i] = self._readings(t, nouns_only=True)
        for i, (entries, start, end) in enumerate(readings):
            if not entries:
                continue  # (most tokens: no trigger reading to narrow)
            text = doc.tokens[i].text
            if (
                i + 1 < len(cores)
                and any(e.participle and e.lemma == _ACCUSING for e in entries)
                and _charged_one(doc, doc.tokens[i + 1], cores[i + 1])
                and past_later(cores, i + 1) == i + 1
            ):
                # رحلت السلطات مواطنا متهما بالتحريض، برأت المحكمة متهما ثانيا: "accused" (مُتَّهَم), one
                # charged, no one accusing: the charge or an ordinal right after it, no one accused between
                # (nor "in turn" there: متهما بدوره عناصر فاغنر بتنفيذه)
                readings[i] = _keep(readings[i], tuple(e for e in entries if e.lemma != _ACCUSING))
                entries = readings[i][0]
                if not entries:
                    continue
            if (
                i > 0
                and (doc.tokens[i - 1].text == _ON_WRITTEN or cores[i - 1] in CLAIMING)
                and bare(cores[i]) in _MUTUAL_NOUNS
            ):
                # أثنى X على تعاون Y: after على, the verbal noun ("co-operation"), no perfect verb; so
                # after a verb of announcing or confirming (مؤكدة تضامن الإمارات مع السعودية)
                readings[i] = _keep(readings[i], tuple(e for e in entries if e.pos != "verb"))
                entries = readings[i][0]
            if (
                entries
                and has_suffix(doc.tokens[i])
                and (stem := doc.tokens[i].stem) is not None
                and bare(normalize(stem.text)) in _MUTUAL_NOUNS
            ):
                # أكد فيه تضامنه مع الهجري: "his solidarity", the noun; the verb takes مع, no object pronoun
                readings[i] = _keep(readings[i], tuple(e for e in entries if e.pos != "verb"))
                entries = readings[i][0]
            if entries and _TANWEEN & set(text):
                # طالبًا، موقفًا: a word with tanween is a noun, never a finite verb (12 طالبًا: students)
                kept = tuple(e for e in entries if e.pos != "verb" or e.participle)
                if not kept and cores[i].endswith("ا"):
                    # حكماً: the accusative of a noun (حكم), not the dual verb spelt alike
                    kept = tuple(e for e in self.lexicon.get(cores[i][:-1]) if e.pos == "noun")
                readings[i] = _keep(readings[i], kept)
                entries = kept
            if entries and i > 0 and doc.tokens[i - 1].text.isdigit():
                # اعتقلت 12 متظاهرًا: a count of people, no one acting (not after a word of crowds:
                # تظاهر المئات مطالبين)
                kept = tuple(e for e in entries if not e.participle)
                readings[i] = _keep(readings[i], kept)
                entries = kept
            if entries and text in _HOMOGRAPHS:
                readings[i] = ((), 0, 0)  # هنا "here", not هنأ without its hamza; قاضي "judge", not قاضى
                continue
            if entries and i > 0 and bare(cores[i]) in _DRONE_WORDS and bare(cores[i - 1]) in _AIRCRAFT:
                readings[i] = ((), 0, 0)  # طائرات مسيرة: "drones", no march
                continue
            if (
                entries
                and i > 0
                and bare(cores[i - 1]) in _PUBLISHED_REPORTS
                and all(e.type == "MOBILIZE" for e in entries)
            ):
                readings[i] = ((), 0, 0)  # في تقرير نشره يوم الجمعة: a report published, no forces deployed
                continue
            if entries and i > 0 and all(e.lemma == _VALUING for e in entries) and cores[i - 1] in _PAYING:
                readings[i] = ((), 0, 0)  # دفعت ثمنها، استرداد ثمن التذاكر: a price, no praise
                continue
            if (
                entries
                and all(e.lemma in _STORMING for e in entries)
                and any(
                    bare(cores[k]) in _ATTEMPTS and doc.tokens[k].sentence == doc.tokens[i].sentence
                    for k in range(max(i - _ATTEMPT_REACH, 0), i)
                )
            ):
                readings[i] = ((), 0, 0)  # حاول محتجون اقتحام البرلمان: a storming tried, none made
                continue
            if (
                entries
                and all(e.type == "CONSULT" and e.pos == "noun" for e in entries)
                and any(
                    bare(cores[k]) in _PUTTING_OFF and doc.tokens[k].sentence == doc.tokens[i].sentence
                    for k in range(max(i - _PUT_OFF_REACH, 0), i)
                )
            ):
                readings[i] = ((), 0, 0)  # أرجأ الوزير زيارة كانت مقررة إلى بكين: a visit put off, none made
                continue
            if (
                entries
                and any(e.lemma in _EVACUATING and e.type == "AID" for e in entries)
                and not self._evacuees_after(doc.tokens, cores, i, entries)
            ):
                # نقلا عن مسؤولين "quoting", في بيان نقلته وكالة الأنباء: no one moved out of danger
                kept = tuple(e for e in entries if not (e.lemma in _EVACUATING and e.type == "AID"))
                readings[i] = _keep(readings[i], kept)
                entries = kept
            if (
                entries
                and all(e.type == "ASSAULT" and e.pos == "verb" for e in entries)
                and any(
                    bare(cores[k]) in _HAZARDS and doc.tokens[k].sentence == doc.tokens[i].sentence
                    for k in range(max(i - _HAZARD_REACH, 0), min(i + 2, len(cores)))
                )
            ):
                readings[i] = ((), 0, 0)  # حرائق الغابات التي اجتاحت الريف، تضربها المجاعة: no attacker
                continue
            if (
                entries
                and i + 1 < len(cores)
                and any(e.lemma in _ATTACKS for e in entries)
                and bare(cores[i + 1]) in _UNARMED_ATTACKS
            ):
                readings[i] = ((), 0, 0)  # إثر هجوم إلكتروني استهدف أنظمة الموانئ: no one harmed in body
                for k in range(i + 2, min(i + 2 + _UNARMED_REACH, len(cores))):
                    if any(e.lemma in _ATTACKS for e in readings[k][0]):
                        readings[k] = ((), 0, 0)  # (its verb: الهجوم الإلكتروني الذي استهدف البرلمان)
                continue
            if (
                entries
                and i > 1
                and (cores[i - 2], cores[i - 1]) == _IN_THE_FIRST
                and any(e.type == "CONCEDE" for e in entries)  # (a noun after أول, whatever the lexicon says)
            ):
                readings[i] = ((), 0, 0)  # أعلن X تعليق الزيادة، في أول تنازل للحكومة: the suspension told
                continue
            if (
                entries
                and i + 2 < len(cores)
                and cores[i + 1] == FROM
                and cores[i + 2] in _OF_ITS_KIND
                and all(e.pos == "noun" for e in entries)
            ):
                readings[i] = ((), 0, 0)  # فجر مسلحون خط أنابيب ...، في ثالث هجوم من نوعه: the act told
                continue
            if (
                entries
                and i > 0
                and bare(cores[i - 1]) in _NOT_YET
                and not has_suffix(doc.tokens[i])  # (قبل اعتقاله بيومين: a time before a done act)
                and all(e.pos == "noun" for e in entries)
            ):
                readings[i] = ((), 0, 0)  # قبل التوصل إلى اتفاق، دون التوصل إلى اتفاق: none reached yet
                if i + 2 < len(cores) and cores[i + 1] == _TO:
                    readings[i + 2] = ((), 0, 0)  # (nor the agreement reached: إلى اتفاق)
                continue
            if (
                entries
                and i > 0
                and bare(cores[i - 1]) in _SETTING_HEADS
                and all(e.pos == "noun" for e in entries)
            ):
                readings[i] = ((), 0, 0)  # زاره في مكان احتجازه: where or how long, no act told
                continue
            if (
                entries
                and text == _ISSUED
                and (
                    (i > 0 and bare(cores[i - 1]) in _ISSUED_THINGS)
                    or (i + 1 < len(cores) and cores[i + 1] in _ISSUED_FROM)
                )
            ):
                readings[i] = ((), 0, 0)  # بيان صادر في بيروت، صادر عن المحكمة: "issued", not "confiscated"
                continue
            if entries and any(e.lemma in _OBJECT_NEXT for e in entries):
                # تنظيم مسيرة: a march organised; بتنظيم «القاعدة»: a group, no act
                after = cores[i + 1] if i + 1 < len(cores) else ""
                kept = tuple(
                    e
                    for e in entries
                    if e.lemma not in _OBJECT_NEXT or any(o[0] == after for o in e.frame.objects)
                )
                readings[i] = _keep(readings[i], kept)
                entries = kept
            if (
                entries
                and i > 1
                and doc.tokens[i - 1].text in QUOTE_MARKS
                and cores[i - 2] in _NAMED_OPERATIONS
            ):
                readings[i] = ((), 0, 0)  # عملية «فجر الجرود»: the name of an operation, no act
                continue
            if entries and _characterised(cores, doc.tokens, i):
                # ووصفته بأنه «اعتداء سافر على سيادة العراق»: what an act is called, no act of its own
                readings[i] = ((), 0, 0)
                continue
            if entries and any(e.lemma in _SENSE_PARTICLES for e in entries):
                # the particle after the verb or its subject (يبحث الرئيس عن حل، ما يبحث عنه)
                after = {cores[k] for k in range(i + 1, min(i + 1 + _PARTICLE_REACH, len(cores)))}
                kept = tuple(e for e in entries if not after & _SENSE_PARTICLES.get(e.lemma, frozenset()))
                readings[i] = _keep(readings[i], kept)
                entries = kept
            if (
                entries
                and i + 1 < len(cores)
                and has_suffix(doc.tokens[i])
                and "ب" in doc.tokens[i + 1].proclitics
                and any(e.lemma in _CONDEMNING for e in entries)
                # (after a word of time it is the noun, إدانته, not the verb, أدانته المحكمة بتهمة)
                and i > 0
                and bare(cores[i - 1]) in _AFTER_WORDS
            ):
                # بعد إدانته بالتخابر: his conviction of a crime, no condemnation (إدانته للهجوم)
                kept = tuple(e for e in entries if not (e.lemma in _CONDEMNING and e.type == "ACCUSE"))
                readings[i] = _keep(readings[i], kept)
                entries = kept
            if entries and text[:1] in IMPERFECT_PREFIXES and text.endswith(_ALIF_MAQSURA):
                # يُدعى مارك، تدعى حركة العدل: "is called" (the passive), not "claims" (يدعي)
                readings[i] = (tuple(e for e in entries if e.lemma != _CLAIM_VERB), start, end)
                entries = readings[i][0]
            if entries and any(e.participle for e in entries):
                # a participle after a comma is circumstantial (، متهمة إياها، ، مطالبة أنقرة: not the
                # noun مطالبة); elsewhere a feminine or plural read only there is none (الولايات المتحدة)
                if i > 0 and doc.tokens[i - 1].text in _COMMAS:
                    kept = tuple(e for e in entries if e.participle) or entries
                else:
                    kept = tuple(e for e in entries if not e.after_comma)
                readings[i] = _keep(readings[i], kept)
                entries = kept
            if entries and i > 0 and "ل" in doc.tokens[i].proclitics and bare(cores[i - 1]) in _PLOTTING:
                # أدينوا بالتخطيط لتفجير حسينية: an act plotted, not done
                readings[i] = ((), 0, 0)
                continue
            if (
                entries
                and any(e.type == "MOBILIZE" and e.pos == "noun" for e in entries)
                and _deployment_allowed(cores, doc.tokens, i)
            ):
                # وافق البرلمان على إرسال قوات، أجاز مجلس الأمن نشر جنود: a deployment allowed, none made
                readings[i] = ((), 0, 0)
                continue
            if entries and _hearsay(cores, doc.tokens, i):
                # نفت X تقارير عن منع رعايا أجانب، بتهمة التورط في اغتيال ناشطين: claimed, not told as real
                # (after a preposition, a verbal noun whatever else the word may read as)
                readings[i] = ((), 0, 0)
                continue
            if (
                entries
                and i + 1 < len(cores)
                and cores[i + 1] == WITH
                and not doc.tokens[i].proclitics
                and any(_purpose_noun(cores[i], e) for e in entries)
            ):
                # استقال الوزير تضامنا مع المحتجين، طردت X دبلوماسيين تضامنا مع بريطانيا: the verbal noun
                # of another act's motive, not the dual perfect (وتعاونا مع الصين "they both worked with")
                readings[i] = ((), 0, 0)
                continue
            if any(e.frame.refusal for e in entries):
                # لن نقبل، لن نتراجع: a refusal, nothing else; قبل alone is no verb here (mostly "before")
                refusing = i > 0 and cores[i - 1] in _REFUSING
                readings[i] = (tuple(e for e in entries if e.frame.refusal == refusing), start, end)
                entries = readings[i][0]
            if any(e.frame.future for e in entries) and (
                _FUTURE not in doc.tokens[i].proclitics
                or any(
                    e.type == "THREATEN"
                    for k in range(i - 1, -1, -1)
                    if doc.tokens[k].sentence == doc.tokens[i].sentence
                    for e in readings[k][0]
                )
            ):
                # ردت X على الاتهامات: a reply; سترد X: what it says it will do, a threat, but for the content
                # of a threat told before it (توعدت زاخاروفا بأن موسكو سترد: one threat)
                readings[i] = (tuple(e for e in entries if not e.frame.future), start, end)
                entries = readings[i][0]
            if any(e.frame.describe for e in entries):
                # وصف X الاتفاق بأنه «خطأ تاريخي»: blame; بأنها «بداية جيدة»: praise; else no stance
                # (but "which is what X called it", past the act told before it: شن الجيش حملة، وهو ما
                # وصفته الأمم المتحدة بأنه «تطهير عرقي», a stance on that act)
                restated = i > 1 and cores[i - 1] == _WHAT_ITSELF and cores[i - 2] in _IT_IS
                told = (
                    i > 0
                    and (cores[i - 1] in RELATIVES or normalize(doc.tokens[i - 1].text) in _WHAT)
                    and not restated
                )
                deemed = any(e.frame.describe and e.lemma == _DEEM for e in entries)
                # (a pronoun object is mostly the act a stance was just told on, ودانت X الهجوم ووصفته بأنه،
                # but not after a word for a step: في خطوة وصفتها حركة النهضة بأنها انقلاب)
                stepped = i > 0 and cores[i - 1] in _STEPS
                stance = (
                    None
                    if told or (has_suffix(doc.tokens[i]) and not (stepped or restated))
                    else _stance_of(cores, doc.tokens, i, deemed)
                )
                kept = tuple(
                    e if stance == "ACCUSE" else replace(e, type="SUPPORT", mode="praise")
                    for e in entries
                    if not e.frame.describe or stance is not None
                )
                if not told and _accusations_described(doc, cores, readings, i):
                    # ووصف ماكرون الاتهامات بأنها «لا أساس لها»: a denial, whatever they are called (none
                    # after a denial told in the sentence: نفت X أي تورط، ووصفت الاتهامات بأنها)
                    kept = tuple(replace(e, type="REJECT", mode=_DENY) for e in entries if e.frame.describe)
                readings[i] = _keep(readings[i], kept)
        # the word after a governing verb's subject (أعلنت الولايات المتحدة دعمها): its object
        mentions = mention_tokens(doc, starts)
        # (a subject's end past its name where its title is told as a mention of the same person:
        # وأعلن رئيس الوزراء اللبناني عمر كرامي استقالته)
        after = {first: (last, e.id) for first, last, _, e in mentions}
        ends = {}
        for first, last, _, e in mentions:
            while (nxt := after.get(last + 1)) is not None and nxt[1] == e.id:
                last = nxt[0]
            ends[first] = last
        for first in sorted(ends, reverse=True):  # (and past the subjects joined to it: السعودية والإمارات)
            if (nxt := ends[first] + 1) in ends and "و" in doc.tokens[nxt].proclitics:
                ends[first] = ends[nxt]
        # the word before each mention, past its title or the kind of body it names (أعلن الوزير عامر
        # البساط استقالته، أعلن نادي الزمالك رفضه)
        nationalities = demonym_words()
        titles = title_or_demonym_words()  # (a nationality in the title: وزير الاقتصاد اللبناني)
        before_titles = {}
        starts_of = {last: first for first, last, _, _ in mentions}  # a mention's first token by its last
        for first, _, _, _ in mentions:
            k = first - 1
            while k > 0:
                if (body := starts_of.get(k)) is not None and body > 0 and bare(cores[body - 1]) in titles:
                    # and the body in it, its nationality too (أعلن رئيس حزب الدستور علاء عبد التواب
                    # استقالته، أدان رئيس مفوضية الاتحاد الأفريقي X قمع)
                    k = body - 1
                elif (bare(cores[k]) in titles or cores[k] in NAME_KINDS) and k not in ends:
                    k -= 1
                else:
                    break
            before_titles[first] = k
        # (past a time between commas, أعلنت وزارة الدفاع، الجمعة، نشر تعزيزات, and past where the
        # subject is: أصدرت محكمة الثورة في طهران حكما)
        places = {first: ends[first] for first, _, _, e in mentions if e.type in PLACE_TYPES}

        named = {k for first, last, _, _ in mentions for k in range(first, last + 1)}

        def after_subject(first: int) -> int:
            # its short form in brackets or quote marks (أعلنت منظمة الطيران المدني الدولي (إيكاو) فتح
            # تحقيق، أعلنت هيئة الرقابة ومكافحة الفساد «نزاهة» إيقاف)
            k = _past_short_form(doc.tokens, ends[first] + 1)
            if k < len(cores) and bare(cores[k]) in nationalities:
                k += 1  # its nationality (أعلن المجلس الرئاسي الليبي رفضه)
            j = k
            while j < min(k + NAME_TAIL_WORDS, len(cores) - 1) and j not in named and not readings[j][0]:
                if not name_tail_word(doc.tokens[j], cores[j]):
                    break
                j += 1
            if j > k and readings[j][0] and j not in named and "و" not in doc.tokens[j].proclitics:
                k = j  # words of its name left out of it (أعلنت رئاسة الأركان العامة للجيوش إرسال)
            if k + 2 < len(cores) and cores[k] == _IN_PREP and k + 2 in places and cores[k + 1] in LAND:
                k = places[k + 2] + 1  # (its kind before the name: النيابة العامة في ولاية تشياباس)
            elif k + 1 < len(cores) and cores[k] == _IN_PREP and k + 1 in places:
                k = places[k + 1] + 1
            elif k + 1 < len(cores) and "ب" in doc.tokens[k].proclitics and bare(cores[k]) in TOWN_AGAIN:
                # (or with ب, its town told by a word and its nationality: أصدرت محكمة سيدي امحمد
                # بالعاصمة الجزائرية يوم الثلاثاء حكما)
                k += 2 if bare(cores[k + 1]) in nationalities else 1
            if (
                k + 1 < len(cores)
                and doc.tokens[k].text in _COMMAS
                and (j := past_said_in(cores, k + 1)) > k + 1
            ):
                # an aside of where it was said (أعلن X، في بيان مساء الجمعة، رفضه)
                j = _past_time(doc.tokens, j, timed)
                k = j + 1 if j < len(cores) and doc.tokens[j].text in _COMMAS else k
            if (
                k < len(cores)
                and doc.tokens[k].text in _COMMAS
                and (close := _description_closing(doc.tokens, cores, readings, named, k)) is not None
                and has_suffix(doc.tokens[close + 1])
            ):
                # a description of the subject between commas, then its own act (أعلنت حركة مجتمع السلم،
                # أكبر أحزاب المعارضة في البرلمان، رفضها)
                k = close + 1
            # (أعلنت X في وقت لاحق قطع، أكد X في مؤتمر صحفي مشترك رفضه)
            # (and past an occasion's sidelines or end: أعلن البنك على هامش اللقاء منح مصر قرضا)
            return past_occasion_edge(
                cores, past_said_in(cores, past_later(cores, _past_time(doc.tokens, k, timed)))
            )

        governed = {
            after_subject(first)
            for first, _, _, _ in mentions
            # (or a receiving verb's: تلقت قطر طلبا، a request, no dual verb)
            if before_titles[first] >= 0
            and (cores[before_titles[first]] in GOVERNING or cores[before_titles[first]] in RECEIVING)
        }
        # the word after a decision's owner: what it decides, a verbal noun even where only a verb reading
        # is listed (احتجاجا على قرار المفوضية الأوروبية حظر الصيد)
        decided = {
            after_subject(first)
            for first, _, _, _ in mentions
            if before_titles[first] >= 0 and bare(cores[before_titles[first]]) in _DECISIONS
        }
        # the word after an announcing verb's subject: a deed it claims (أعلنت القيادة قتل تسعة), a
        # verbal noun even where only a verb reading is listed
        claimed = {
            after_subject(first)
            for first, _, _, _ in mentions
            if before_titles[first] >= 0 and cores[before_titles[first]] in CLAIMING
        }
        # the subject a word follows, by its first token, past a title read as a mention of its holder
        # (الرئيس السوري بشار الأسد) and a time between commas (رفض X، الأحد، طلب)
        subject_at = {
            after_subject(first): first
            for first in sorted(ends, reverse=True)
            if ends[first] + 1 < len(cores)
        }
        for i in range(len(readings) - 1):
            if readings[i][0] and i + 1 not in named and _AIMED_ACT.fullmatch(cores[i + 1]):
                # تستهدف تثبيت الهدنة: "aims at" an act, no attack (not a town: استهدفت تكريت)
                entries, start, end = readings[i]
                readings[i] = (tuple(e for e in entries if e.lemma != _AIMING), start, end)
        for i in range(1, len(readings)):
            if (
                readings[i][0]
                and any(e.lemma == _AIMING for e in readings[i][0])
                and _aimed_by_a_measure(doc.tokens, cores, i, named)
            ):
                # مبادرة تستهدف الاعتراف بأرض الصومال، العقوبات التي تستهدف أسطول الظل: a measure
                # aimed at someone, no attack
                readings[i] = _keep(readings[i], tuple(e for e in readings[i][0] if e.lemma != _AIMING))
        for i in range(1, len(readings)):
            if readings[i][0] and (bare(cores[i - 1]) in _CRIMES_OF or cores[i - 1] == _STAFF_OF_WAR):
                # جرائم قتل مرتبطة بتصفية حسابات، بسبب "جرائم قتل جماعي": a kind of crime, no attack told;
                # رئيس أركان حرب القوات المسلحة: a title
                readings[i] = _keep(readings[i], tuple(e for e in readings[i][0] if e.type != "ASSAULT"))
        led_away: set[int] = set()  # (still verbs that end a clause: ترفع العلم، واقتادتها ... بدعوى)
        for i in range(len(readings) - 1):
            if not readings[i][0]:
                continue  # (most tokens: no trigger reading to narrow)
            if (
                cores[i] == _PREVENTING
                and ("ل" in doc.tokens[i + 1].proclitics or cores[i + 1].startswith("ل"))  # (لأي: one word)
                and doc.tokens[i + 1].sentence == doc.tokens[i].sentence
            ):
                readings[i] = ((), 0, 0)  # فرضت طوقا أمنيا منعا لأي أعمال ثأرية: the aim of a deed
            elif _led_away_after_seizure(doc.tokens, cores, readings, i):
                led_away.add(i)
                readings[i] = _keep(readings[i], tuple(e for e in readings[i][0] if e.type != "COERCE"))
            elif any(e.type == "COERCE" for e in readings[i][0]) and _shut_own_doors(doc.tokens, cores, i):
                # أغلقت المحال التجارية أبوابها: shops on strike, no closure imposed
                readings[i] = _keep(readings[i], tuple(e for e in readings[i][0] if e.type != "COERCE"))
        for i in range(len(readings) - 1):
            if readings[i][0] and bare(cores[i + 1]).startswith(_ENDANGERED):
                # تهدد وحدة السودان: a danger, no threat
                entries, start, end = readings[i]
                kept = tuple(e for e in entries if not (e.lemma == _THREATENING and not e.participle))
                readings[i] = _keep(readings[i], kept)
        for i in range(1, len(readings) - 1):
            if readings[i][0] and cores[i] in CALLING and cores[i + 1] in CALLED_FOR:
                readings[i] = ((), 0, 0)  # إضراب دعت إليه النقابة: the call is the act's, told by it
        for i in range(1, len(readings)):
            if not readings[i][0]:
                continue  # (most tokens: no trigger reading to narrow)
            if (
                "ل" in doc.tokens[i].proclitics
                and bare(cores[i - 1]) in _PROPOSALS
                and all(e.type in self.symmetric for e in readings[i][0])
            ):
                readings[i] = ((), 0, 0)  # أيدت X مبادرة للحوار بين الطرفين: talks proposed, not held
                continue
            if all(e.mode in _HALTED_MODES for e in readings[i][0]) and _halted_practice(cores, i):
                # الوقف الاختياري لتنفيذ الإعدام، طالبه بتخفيف أحكام الإعدام: a moratorium, a sentence
                # commuted or quashed, no execution done and no sentence passed
                readings[i] = ((), 0, 0)
                continue
            if readings[i][0] and i > 1 and bare(cores[i - 2]) in _DRAFTS and bare(cores[i - 1]) in _LAWS:
                readings[i] = ((), 0, 0)  # صوت البرلمان على مشروع قانون يحظر الاستيراد: a bill's terms
                continue
            if (
                readings[i][0]
                and bare(cores[i - 1]) in _LAWS
                and not doc.tokens[i].proclitics
                and all(e.pos == "noun" for e in readings[i][0])
            ):
                readings[i] = ((), 0, 0)  # قانون العفو العام الذي أقره البرلمان: a law's name, no act
                continue
            if (
                readings[i][0]
                and bare(cores[i - 1]) in _DECISIONS
                and all(e.lemma == _ADOPT for e in readings[i][0])
            ):
                readings[i] = ((), 0, 0)  # في قرار تبناه المجلس: a resolution adopted, no attack claimed
                continue
            if (
                readings[i][0]
                and i > 0
                and doc.tokens[i - 1].text in _TRACES_OR_PARTS
                and all(e.pos == "noun" for e in readings[i][0])
            ):
                readings[i] = ((), 0, 0)  # وعلى جثته آثار تعذيب، شروط بينها انسحاب القوات: no act told
                continue
            if (
                i > 1
                and cores[i - 1] == ON
                and cores[i - 2] in _IN_PROTEST_AT
                and has_suffix(doc.tokens[i])
                and (
                    i + 1 == len(doc.tokens)
                    or not doc.tokens[i + 1].text[:1].isalpha()
                    or cores[i + 1] in PREPOSITIONS
                    or bool(PREP_CLITICS & set(doc.tokens[i + 1].proclitics))
                )
            ):
                # أضرب عن الطعام احتجاجا على احتجازه، احتجاجا على حرمانهم من التعليم: what befell the
                # protesters themselves, the cause of their protest, with no doer named nor one acted on
                # after it (احتجاجا على اعتقالها مواطنين: the pronoun is the doer): no act told
                readings[i] = ((), 0, 0)
                continue
            if (
                readings[i][0]
                and i > 1
                and doc.tokens[i - 1].text == _ON_WRITTEN
                and has_suffix(doc.tokens[i])
                and (i - 2 in timed or bare(cores[i - 2]) in _SPANS)
                and all(e.type == "COERCE" for e in readings[i][0])
            ):
                # أفرج X عن الطيار بعد أكثر من 19 شهرا على احتجازه: how long he was held, told as the time
                # of the release, no act of its own (an abduction is: بعد ثلاث سنوات على خطفها)
                readings[i] = ((), 0, 0)
                continue
            if (
                readings[i][0]
                and bare(cores[i - 1]) in _CUSTODY_STATES
                and all(e.pos == "noun" and (e.type, e.mode) == ("COERCE", _ARREST) for e in readings[i][0])
            ):
                # احتجاجا على استمرار اعتقالهما الإداري، بسبب استمرار احتجاز المواطنين الفرنسيين، احتجاجا على
                # ظروف احتجازها: custody going on or as kept, a state, no arrest told (a closure kept up is:
                # استمرار إغلاق المعبر)
                readings[i] = ((), 0, 0)
                continue
            if (
                readings[i][0]
                and all(e.type not in _AGREED_MEETINGS for e in readings[i][0])
                and (agreed := i - 2 if i > 1 and cores[i - 1] in _RESUMED else i - 1) > 0
                and cores[agreed] == ON
                and any(
                    bare(cores[k]) in _MUTUAL_DEALS and doc.tokens[k].sentence == doc.tokens[i].sentence
                    for k in range(max(agreed - _AGREED_REACH, 0), agreed)
                )
            ):
                # واتفق الجانبان على إعادة فتح المعبر، اتفقوا خلاله على تعليق الإضراب: what was agreed (a
                # verbal noun after على), a plan whose agreement is coded, no act told (a meeting agreed on
                # is: اتفقا على عقد جولة)
                readings[i] = ((), 0, 0)
                if i + 1 < len(cores) and all(e.pos == "noun" for e in readings[i + 1][0]):
                    readings[i + 1] = ((), 0, 0)  # (nor its object: على تعليق الإضراب)
                continue
            if readings[i][0] and (
                (bare(cores[i - 1]) in _ROLE_HEADS and not _body_told_again(doc.tokens[i], cores[i - 1]))
                or (bare(cores[i]) == _SOCIETY and bare(cores[i - 1]) in _SCIENCE_HEADS)
            ):
                # زعيم الحرب، مجرمي الحرب، أسرى الحرب، عالم الاجتماع ("sociologist"): a role, no act
                readings[i] = ((), 0, 0)
                continue
            if (
                readings[i][0]
                and bare(cores[i - 1]) in _BANNERS
                and doc.tokens[i].text[:1] in IMPERFECT_PREFIXES
            ):
                readings[i] = ((), 0, 0)  # لافتات تندد بالزيارة: what the banners say
                continue
            if (
                readings[i][0]
                and (background := _BACKGROUND_TYPES.get(cores[i - 1])) is not None
                and doc.tokens[i].text[:1] in IMPERFECT_PREFIXES
                and has_suffix(doc.tokens[i])
            ):
                # المستشفى الذي تدعمه المنظمة: who backs what the clause describes; أفرجت عن عشرة كانت
                # تحتجزهم: the holding before the release, a state; no act told
                readings[i] = _keep(readings[i], tuple(e for e in readings[i][0] if e.type != background))
            if (
                readings[i][0]
                and (on := _after_on(doc.tokens, cores, i))
                and _thanked_for(doc.tokens, cores, on)
            ):
                # شكر X البنك على دعمه، على "تعاونها": what X gives thanks for, told by the thanks
                readings[i] = _keep(
                    readings[i], tuple(e for e in readings[i][0] if e.type not in _THANKED_TYPES)
                )
            if (
                readings[i][0]
                and cores[i].endswith("ا")
                and (first := starts_of.get(i - 1)) is not None
                and not doc.tokens[first].proclitics
                and first > 0
                and first - 1 not in named
                and cores[first - 1] not in PREPOSITIONS  # (a subject: تظاهر الآلاف في القاهرة رفضا)
                and not any(e.participle for e in readings[i][0])  # (مطالبا: its clause's subject's)
            ):
                # تدرس قطر طلبا: after one actor named, no dual verb (طلبا "they two asked") but an
                # accusative noun
                nouns = self._readings(doc.tokens[i], nouns_only=True)
                readings[i] = nouns if nouns[0] else readings[i]
            if (
                readings[i][0]
                and cores[i - 1] in _PRONOUNS
                and doc.tokens[i].text[:1] not in IMPERFECT_PREFIXES
            ):
                # وهو طالب بالجامعة: a noun predicate after a pronoun, not the perfect verb طالب
                readings[i] = self._readings(doc.tokens[i], nouns_only=True)
            if (
                readings[i][0]
                and bare(cores[i]) == _SUPPORT_WORD
                and bare(cores[i - 1]) in _SUPPORT_HOLDERS
                and not doc.tokens[i].proclitics
            ):
                # برنامج دعم التشغيل، عناصر دعم للجماعات الإرهابية: what a programme or people are for,
                # no act of support
                readings[i] = ((), readings[i][1], readings[i][2])
            if (
                readings[i][0]
                and bare(cores[i]) in _CATEGORICAL
                and bare(cores[i - 1]) in _DENIAL_NOUNS
                and not doc.tokens[i].proclitics
            ):
                # رفضا قاطعا، بنفي قاطع، رفض مصر القاطع: "categorical", the adjective of a refusal or denial,
                # no boycott
                readings[i] = ((), readings[i][1], readings[i][2])
            if (
                readings[i][0]
                and bare(cores[i]) == _CITY
                and not (i + 1 < len(doc.tokens) and "ب" in doc.tokens[i + 1].proclitics)
            ):
                # زار الرئيس مدينة طوبى: "city", not the participle "condemning" (مدينة بالهجوم)
                readings[i] = ((), readings[i][1], readings[i][2])
            if readings[i][0] and cores[i - 1] in _COUNT_HEADS and not doc.tokens[i].proclitics:
                # مليون ونصف مليون طالب: a counted noun after a word for hundreds, thousands or millions
                # (its genitive), no verb (not after اثنان, a subject: بينهم اثنان أطلقا صواريخ)
                readings[i] = self._readings(doc.tokens[i], nouns_only=True)
            # the stance verb, past its subject and the subject's title (رفض X طلب، رفض الرئيس X طلب), and
            # past the quote mark its object opens with (أدانت X "قمع السلطات للطلاب"), and past the "not"
            # it opens with (يدين X عدم تعاون طهران: Tehran's failure to cooperate, no cooperation of X's)
            opening = doc.tokens[i - 1].text in QUOTE_MARKS or cores[i - 1] == _NOT_DOING
            at = i - 1 if opening else i
            before = before_titles[subject_at[at]] if at in subject_at else at - 1
            if i > 1 and cores[i - 1] in DUAL_ANAPHORS and readings[i - 2][0]:
                before = i - 2  # بعد رفض البلدين طلب موسكو: past the two named before, its subject
            if (
                readings[i][0]
                and before >= 0
                and readings[before][0]
                and any(e.type in _OBJECT_TAKING for e in readings[before][0])
            ):
                # رفض طلب أنان، أيد قرار، رفض نجاد طلب المجلس، بعد رفض بولندا طلب موسكو: what a stance verb
                # or noun takes a stance on is a noun
                nouns = self._readings(doc.tokens[i], nouns_only=True)
                if nouns[0]:
                    readings[i] = nouns
                elif "و" not in doc.tokens[i].proclitics:  # (وحذر الدول الثلاث: a clause of its own)
                    # (a stance verb's subject before it, not a stance noun's genitive: دعوى تتهم فيها)
                    stance_verb = any(e.pos == "verb" for e in readings[before][0])
                    readings[i] = _as_verbal_noun(readings[i], cores[i], at in subject_at and stance_verb)
            if (
                readings[i][0]
                and PREP_CLITICS & set(doc.tokens[i - 1].proclitics)
                and doc.tokens[i].text[:1] not in IMPERFECT_PREFIXES
                and "و" not in doc.tokens[i].proclitics  # (ندد X بالتجربة وفرض عقوبات: a clause of its own)
            ):
                # after a word in a prepositional phrase (من الأسباب الفورية للأزمة خطف الجنود), no
                # subject can stand between: a perfect form is the verbal noun where it can be one
                nouns = self._readings(doc.tokens[i], nouns_only=True)
                readings[i] = nouns if nouns[0] else readings[i]
            if (
                readings[i][0]
                and not doc.tokens[i].proclitics
                and any((cores[i],) in e.frame.objects for e in readings[i - 1][0] if e.pos == "noun")
            ):
                readings[i] = ((), readings[i][1], readings[i][2])  # تعليق تعاون المحافظة: its object
            if readings[i][0] and (cores[i - 1] in _BEFORE_NOUNS or i in governed or i in decided):
                # after a preposition, or a verb that governs a verbal noun (or its subject), a trigger
                # is a noun where it can be read as one (احتجاجا على نشر قوات: no verb نشر; عن إدانته:
                # إدانة, not أدانته; جدد تمسك إيران); a verb form whose verbal noun is spelt the same keeps
                # its readings (على رفض), unless a pronoun suffix makes it a possessed noun (أعلنت
                # الولايات المتحدة دعمها، عن دعمه): its owner is the agent, as is a name right after it past
                # على or عن (احتجاجا على تنازل الحكومة المصرية عن الجزيرتين: the government's, no verb)
                nouns = self._readings(doc.tokens[i], nouns_only=True)
                if nouns[0]:
                    readings[i] = nouns
                elif cores[i - 1] in _PLACE_PREPOSITIONS:
                    readings[i] = ((), readings[i][1], readings[i][2])  # قرب تقاطع: a place, no verb
                elif (
                    has_suffix(doc.tokens[i])
                    or cores[i - 1] in ENACTING
                    or i in claimed
                    or i in decided
                    or (
                        cores[i - 1] in _STANCE_COMPLEMENTS
                        and i + 1 < len(doc.tokens)
                        and _named_at(doc, doc.tokens[i + 1])
                    )
                ):
                    entries, start, end = readings[i]
                    readings[i] = (
                        tuple(replace(e, pos="noun") for e in entries if not e.participle),
                        start,
                        end,
                    )
                else:
                    # (a verb spelt otherwise than its past is an imperfect, which no preposition takes: في
                    # توقف محطات الكهرباء is the noun of توقف, no توقف "she stops" of أوقف)
                    entries, start, end = readings[i]
                    kept = tuple(e for e in entries if normalize(e.lemma) == cores[i])
                    readings[i] = (kept, start, end) if kept else ((), 0, 0)
        # the tokens with readings left (few of them), which the sets below are drawn from
        triggers = [i for i, (entries, _, _) in enumerate(readings) if entries]
        verbs = frozenset(
            i for i in triggers if any(e.pos == "verb" and not e.frame.objects for e in readings[i][0])
        )
        clause_verbs = frozenset(i for i in triggers if any(e.pos == "verb" for e in readings[i][0]))
        clause_verbs |= led_away
        speech = frozenset(i for i, t in enumerate(doc.tokens) if self._speech_verb(t.text))
        acts = frozenset(i for i in triggers if any(e.pos == "noun" for e in readings[i][0]))
        # a trigger read from the token's first letter though و may be a proclitic (وجهت، وعدت): no و
        whole = frozenset(
            i for i in triggers if readings[i][1] == doc.tokens[i].start and "و" in doc.tokens[i].proclitics
        )
        for i in whole:
            cores[i] = normalize(doc.tokens[i].text)  # وعدت: the verb whole, its gender told by its ending
        participles = frozenset(i for i in triggers if any(e.participle for e in readings[i][0]))
        view = DocView(doc, verbs, clause_verbs, speech, acts, cores, whole, participles, mentions)
        for i, t in enumerate(doc.tokens):
            if (
                _FUTURE in t.proclitics
                and (
                    all(e.frame.future or e.type in _HOSTILE_TYPES for e in readings[i][0])
                    # (on a condition, nor a reading that needs an object the verb lacks: سترد بقوة إذا
                    # هاجمت إسرائيل is no refusal of a lawsuit, رد الدعوى)
                    or _unmet_objects_on_condition(self, view, readings[i][0], i)
                )
                and (entry := _ultimatum(view, i)) is not None
            ):
                # (a future response on a condition is that threat: ستتخذ إيران خطوات إذا فرض المجلس;
                # so is a hostile act aimed at anyone at all, سيفرض الاتحاد عقوبات على أي شركة تخرقه)
                readings[i] = ((entry,), t.start, t.end)
            elif not readings[i][0]:
                continue  # (no verb read: none filed, none endangering)
            elif (filed := _suit_filed(view, readings, i)) is not None:
                readings[i] = ((filed,), t.start, t.end)
            elif _endangering(view, readings, i):
                readings[i] = ((), 0, 0)
        # an event needs a named actor, but for a protest by no one named where it took place (تظاهر
        # الآلاف في القاهرة): what happened and where is news; the guide names no crowd
        coded = self._code(doc, view, readings)
        # (before the tellings are merged: duties lifted are no imposing of those a clause on them tells)
        imposed = frozenset(view.token_at(ev.trigger.start) for ev in coded if ev.type == "SANCTION")
        coded = [told for ev in coded for told in _duties_lifted_told(doc, view, ev, imposed)]
        # (the tokens with readings again: the steps since changed some)
        triggers = [i for i, (entries, _, _) in enumerate(readings) if entries]
        # رفضت الشركة مطالب النقابة، استجابة لمطالب الاتحاد: a demand told as answered is not made there
        # (left out at the end: the refusal is aimed at who made it)
        answered = frozenset(
            readings[i][1]
            for i in triggers
            if any(e.lemma in _DEMAND_NOUNS and e.pos == "noun" for e in readings[i][0])
            and _answered(view, readings, i, view.bounds[doc.tokens[i].sentence][0])
        )
        # أمهلت X الحكومة أسبوعا لتسليم السلطة، رحبت بمبادرة فرنسا لرفع القيود: a release, a gift or a measure
        # aimed at, not done (left out at the end: the acts around it may still be told by it)
        aimed = frozenset(
            readings[i][1]
            for i in triggers
            if "ل" in doc.tokens[i].proclitics and any(e.pos == "noun" for e in readings[i][0])
        )
        # اتفاق ينص على انسحاب القوات، أمر يقضي بانسحاب واشنطن، مراكز الاحتجاز، اعتصام كانوا ينوون تنظيمه:
        # what an accord provides, a place named for what is done there and an act only intended, no act done
        # (left out before the tellings are merged: the act done may be told apart, انسحبت القوات)
        undone = frozenset(
            readings[i][1]
            for i in triggers
            if i > 0 and any(e.pos == "noun" for e in readings[i][0]) and _no_act_done(view, i)
        )
        for told in _TOLD_ACROSS_EVENTS:
            coded = told(doc, view, coded)
        # (a ruling that provides a penalty is the penalty: حكما يقضي بسجنه)
        coded = [ev for ev in coded if ev.type == "SANCTION" or ev.trigger.start not in undone]
        # (a state's withdrawal from an international body's membership cuts its ties: no forces pulled
        # back; after the acts not done are left out: أمرا يقضي بانسحاب الولايات المتحدة من منظمة الصحة)
        coded = [replace(ev, type="SANCTION") if _membership_left(view, ev) else ev for ev in coded]
        coded = [replace(ev, type="COERCE", mode=_BAN) if _trade_ban(doc, ev) else ev for ev in coded]
        coded = [ev for ev in coded if not _domestic_duties(doc, ev)]
        coded = [replace(ev, type="COERCE", mode=_SHUT) if _own_sky_shut(doc, ev) else ev for ev in coded]
        bodies = {e.id: e for e in doc.entities}
        coded = [_closed_in_protest(doc, view, ev, bodies) for ev in coded]
        coded = [_aid_to_country(doc, ev) if ev.type == "AID" else ev for ev in coded]
        unnamed = {e.id for e in doc.entities if _forces_of_no_one(view, e)}
        events = [
            # (no one acts on himself: a target also found as the source, as when a later telling gave
            # the act its agent, is none)
            replace(
                ev,
                source=tuple(e for e in ev.source if e not in unnamed),
                target=tuple(t for t in ev.target if t not in ev.source),
            )
            for ev in _dual_subjects(
                doc,
                _towns_are_not_held(doc, _towns_are_no_protesters(doc, _protest_purposes(doc, coded))),
                self.symmetric,
            )
            if (
                (ev.named and not _own_stoppage(doc, ev) and not _domestic_approval(view, ev))
                or (ev.type in _UNNAMED_TYPES and ev.location is not None)
                or _two_sides_unnamed(doc, ev, self.symmetric)
            )
            and not _celebration(doc, ev)
            and not _letter_to_un(doc, view, ev)
        ]
        told = _made_to_partners(
            doc,
            _addressed_as_the_act_before(
                doc.text,
                _stances_on_acts(
                    doc,
                    _demanded_at_protest(
                        doc,
                        _held_by_releaser(
                            _released_by_captor(
                                doc,
                                _freed_arrivals(
                                    doc,
                                    _talks_hosts(
                                        doc, _visit_host_persons(doc, _hand_over_answers(doc, events))
                                    ),
                                ),
                            )
                        ),
                    ),
                ),
            ),
        )
        kept = _one_sided_meetings(
            view,
            _deduplicate(
                doc,
                _measures_on_one_target(
                    [
                        ev
                        for ev in _two_sides(doc, told, self.symmetric)
                        if ev.named or ev.type not in self.symmetric
                    ]
                ),
                self.symmetric,
            ),
        )
        kept = [_praised_act_doer(view, ev, kept, self.symmetric) for ev in kept]
        kept = [_deed_stance_doer(view, ev, kept, self.symmetric) for ev in kept]
        kept = [_court_country(view, ev) for ev in kept]
        doc.events = [
            ev
            for ev in kept
            if (
                (ev.type, _missing_side(ev, self.symmetric)) not in self.one_sided
                or _counted_victims(view, ev)
                or _own_offensive(view, ev)
                or _vessel_struck(view, ev)
                or _clash_with_unnamed(view, ev)
                or _crowd_supported(view, ev)
                or _deed_welcomed(view, ev)
                or _person_arrested(doc, view, ev, kept)
                or _nationals_released(view, ev)
                or _standing_sanction(view, ev)
                or _person_convicted(doc, view, readings, ev)
                # (a sentence passed by a court no name gives: whom it sentences is the news)
                or _unnamed_court_at(view, ev) is not None
                or _unnamed_accuser(view, ev)
                or _criticism_faced(view, ev)
            )
            and not (ev.type == "REQUEST" and ev.trigger.start in answered)
            and not (ev.type in _AIMED_TYPES and ev.trigger.start in aimed)
        ]
        doc.events = _replies_answer(doc, doc.events)
        return doc

    # --- trigger readings

    def _speech_verb(self, text: str) -> bool:
        """The token is a finite verb of speech (أكد، قال)."""
        found = self._speech.get(text)
        if found is None:
            cue = self.cues.speech_cue(normalize(text))
            found = cue is not None and cue[0].kind == "verb"
            if len(self._speech) < _CACHE_SIZE:
                self._speech[text] = found
        return found

    def _said_after(self, view: DocView, i: int, hi: int) -> bool:
        """A participle of speech after a comma closes the clause of verb ``i`` (``هاجم X الولايات
        المتحدة، معتبرا أن``، ``متحدثا عن``), or it is told in a statement (``هاجم الحزب المحكمة في
        بيان``): the attack is made in words."""
        for k in range(i + 1, hi - 1):
            if view.tokens[k].text in _COMMAS:
                if view.norm[k + 1] in _TALKING:
                    return True
                cue = self.cues.speech_cue(normalize(view.tokens[k + 1].text))
                return cue is not None and cue[0].kind == "participle"
            if view.core[k] == _IN_PREP and view.norm[k + 1] in _INTERVIEWS:
                return True
            if view.is_boundary(k) or k in view.clause_verbs:
                return False
        return False

    def _lookup(self, token: Token) -> Reading:
        found = self._seen.get(token.text)
        if found is None:
            entries, start, end = self._readings(token)
            found = (entries, start - token.start, end - token.start)
            if len(self._seen) < _CACHE_SIZE:
                self._seen[token.text] = found
        entries, start, end = found
        return entries, token.start + start, token.start + end

    def _readings(self, token: Token, nouns_only: bool = False) -> Reading:
        for key, start, end, cut in trigger_keys(token):
            suffixed = end < token.end
            entries = tuple(
                e
                for e in self.lexicon.get(key)
                if _fits(e, key, cut)
                and (e.pos == "noun" or not (nouns_only or (suffixed and _alif_before_suffix(e, key))))
                # (a feminine participle is written with ة: وموقفه "and his stance" is none)
                and not (e.participle and key.endswith("ه") and token.text.endswith("ه"))
            )
            if suffixed and key.endswith("ت") and any(e.lemma in _INTRANSITIVE for e in entries):
                entries = ()  # استقالته: his resignation, no verb an object pronoun could follow
            if not entries and suffixed and key.endswith(_PLURAL_BEFORE_SUFFIX) and len(key) > 3:
                # the 3rd plural drops its alef before an object pronoun (اختطفوهم، سلموه، طالبوه)
                plural = key + "ا"
                entries = tuple(
                    e for e in self.lexicon.get(plural) if e.pos == "verb" and _fits(e, plural, cut)
                )
            if not entries and (len(key) > 3 or (suffixed and key.endswith("ت"))):
                # accusative tanween (اجتماعا) and taa marbuta before a suffix (زيارته, and on a short
                # stem: قمتهما)
                alt = key[:-1] if key.endswith("ا") else key[:-1] + "ه" if key.endswith("ت") else ""
                if not alt and suffixed and key.endswith(_CONSTRUCT_DUAL[0]) and len(key) > 5:
                    # the feminine dual before a pronoun, its ن dropped (استقالتيهما، زيارتيهما): the noun
                    alt = key[:-2] + "ه"
                entries = tuple(e for e in self.lexicon.get(alt) if e.pos == "noun") if alt else ()
            if entries:
                return entries, start, end
        return ((), 0, 0) if nouns_only else self._conjoined_verb(token)

    def _verb_form(self, token: Token) -> bool:
        """The stem of ``token``, its clitics aside, is a verb's form in the lexicon (``وأحالها``)."""
        stem = next((w.form for w in token.words if w.kind == "stem"), "")
        return any(e.pos == "verb" for e in self.lexicon.get(normalize(stem)))

    def _conjoined_verb(self, token: Token) -> Reading:
        """A verb with و/ف the tokenizer left on it (short words: ``وشن``, ``فرد``)."""
        key = token.norm
        if len(token.words) != 1 or len(key) < 3 or key[0] not in "وف":
            return (), 0, 0
        entries = tuple(e for e in self.lexicon.get(key[1:]) if e.pos == "verb" and _fits(e, key[1:], key[0]))
        if not entries:
            return (), 0, 0
        marks = _COMBINING.match(token.text, 1)
        return entries, token.start + (marks.end() if marks else 1), token.end

    def _object_keys(self, view: DocView, k: int) -> frozenset[str]:
        """The forms token ``k`` may match an object head under (cached by its text)."""
        text = view.tokens[k].text
        keys = self._keys.get(text)
        if keys is None:
            found = {key for key, _, _, _ in trigger_keys(view.tokens[k])} | {view.norm[k], view.core[k]}
            if self._nationals(view.core[k]):
                found.add(NATIONALS)  # رحلت السلطات أكثر من ألف كولومبي
            found |= {key[:-1] for key in found if key.endswith("ا") and len(key) > 3}  # قرضا
            if has_suffix(view.tokens[k]):  # عضويتها: a final ة written ت before the pronoun
                found |= {key[:-1] + "ه" for key in found if key.endswith("ت") and len(key) > 3}
            for key in list(found):  # the dual (قرضين، اتفاقيتين، رسالتان، اتفاقيتي سلام): the singular
                if key.endswith(_DUAL_ENDINGS) and len(key) > 4:
                    stem = key[:-2]
                    found |= {stem, stem[:-1] + "ه"} if stem.endswith("ت") else {stem}
                elif key.endswith(_CONSTRUCT_DUAL) and len(key) > 5:
                    found.add(key[:-2] + "ه")
            keys = frozenset(found)
            if len(self._keys) < _CACHE_SIZE:
                self._keys[text] = keys
        return keys

    def _evacuees_after(
        self, tokens: Sequence[Token], cores: Sequence[str], i: int, entries: tuple[Entry, ...]
    ) -> bool:
        """Whether evacuating verb ``i`` may name the people it moves: a word of its frame's objects within
        :data:`_EVACUEE_REACH` words after it in its sentence (``أجلت البحرية يوم الاثنين ألفي مواطن``), or
        before it where a pronoun suffix resumes them (``المواطنين العالقين ... نقلتهم``); never after
        ``نقلا عن`` ("quoting"), nor on a perfect spelt as the verbal noun (``ونقل المصابون``، ``نقلهم``)."""
        stem = next((w.form for w in tokens[i].words if w.kind == "stem"), "")
        if normalize(stem) in _EVACUATING_AS_NOUNS or (i + 1 < len(cores) and cores[i + 1] == ABOUT):
            return False
        heads = {o[0] for e in entries if e.lemma in _EVACUATING for o in e.frame.objects}
        span = (
            range(i - 1, max(i - 1 - _EVACUEE_REACH, -1), -1)
            if has_suffix(tokens[i])
            else range(i + 1, min(i + 1 + _EVACUEE_REACH, len(cores)))
        )
        for k in span:
            if tokens[k].sentence != tokens[i].sentence:
                return False
            core = cores[k]
            if core in heads or core[:-1] in heads or (NATIONALS in heads and self._nationals(core)):
                return True
        return False

    def _nationals(self, core: str) -> bool:
        """``core`` names people by their nationality, in any number or case (``كولومبي``، ``سوريين``،
        ``أفغانيا``، ``الأفغان``)."""
        return (
            core in self.demonyms
            or _plural_nationality(core) in self.demonyms
            or (core.endswith("ا") and core[:-1] in self.demonyms)
        )

    def _object(
        self,
        view: DocView,
        i: int,
        hi: int,
        objects: tuple[tuple[str, ...], ...],
        past_acts: bool = False,
        span: int = _OBJECT_SPAN,
        subject_dual: bool = False,
    ) -> tuple[int, int] | None:
        """The first and last token of an object head of the frame within ``span`` tokens after ``i``
        (names aside); ``past_acts``: the head may follow an act named as another object (حمّل X العقوبات
        الأميركية المسؤولية); ``subject_dual``: a nominative dual right after the verb is its subject, no
        object (أسقطت مقاتلتان تركيتان قاذفة روسية)."""
        budget = span
        heads = _object_heads(objects)  # (most words head none: their objects go unread)
        k = i
        while (k := k + 1) < hi:
            if view.is_hard(k):
                return None
            if (
                view.tokens[k].text in _COMMAS
                and k + 2 < hi
                and (
                    view.core[k + 1] in _ASIDE_OPENERS
                    or (view.core[k + 1] == _IN_PREP and view.core[k + 2] in _ASIDE_CONTACTS)
                )
            ):
                # أعرب X، خلال اتصال هاتفي مع Y، عن أسفه: the aside between commas does not count
                close = next((j for j in range(k + 2, hi) if view.tokens[j].text in _COMMAS), None)
                if close is not None:
                    k = close
                    continue
            if view.bare[k] in _GIVING and view.norm[k][:1] == "ب" and view.norm[k] != view.core[k]:
                # تعهدت الهند خلال المؤتمر الدولي لإعادة إعمار نيبال بتقديم مليار دولار: what is
                # pledged is given; its object counts from the giving
                budget = span
            elif (
                k not in view.inside
                and view.tokens[k].text not in _FREE_IN_OBJECT_SPAN
                and not view.only_titles(k, k + 1)
                and not view.craft_model(k)
            ):
                budget -= 1  # names, titles, brackets and apposition commas do not count
                if budget < 0:
                    return None
            keys = self._object_keys(view, k)
            if _after_apart_bi(view, k, i):
                # لوح X بـ"عواقب" وخيمة، تعهد بـ«الانتقام»: ب written apart, the head quoted after it
                keys = keys | {_BI + key for key in keys}
            if (
                subject_dual
                and k == i + 1
                and view.core[k].endswith(_NOMINATIVE_DUAL)
                and len(view.core[k]) > _DUAL_MIN
            ):
                keys = frozenset()  # أسقطت مقاتلتان تركيتان قاذفة روسية: a nominative dual, the subject
            for obj in objects if not heads.isdisjoint(keys) else ():
                if obj[0] not in keys or k + len(obj) > hi or view.core[k - 1] in _PLACE_PREPOSITIONS:
                    continue  # (where it was done is no object: وسلمت السلطات عند المعبر 300 قاصر)
                if view.core[k - 1] == _IN_PREP and view.bare[k] in _FRAMEWORKS:
                    continue  # (nor what it was done within: الاتفاقات التي وقعت ... في إطار حكومة)
                if k in view.inside and _in_actor_name(view, k):
                    continue  # (a word of a body's or a person's name: عناصر من تنظيم القاعدة)
                if all(obj[j] in (view.norm[k + j], view.core[k + j]) for j in range(1, len(obj) - 1)) and (
                    len(obj) == 1 or obj[-1] in self._object_keys(view, k + len(obj) - 1)
                ):
                    return k, k + len(obj) - 1  # (the last word with a pronoun too: وقف تمويلها)
                if (
                    len(obj) == 2
                    and k + 2 < hi
                    and view.tokens[k + 1].text in QUOTE_MARKS
                    and obj[1] in self._object_keys(view, k + 2)
                ):
                    return k, k + 2  # عبر فيها عن "أسفه العميق": the head quoted after its preposition
                if (
                    len(obj) == 2
                    and obj[1] in PREPOSITIONS
                    and (j := _past_time_words(view, k + 1, hi)) > k + 1
                    and obj[1] in self._object_keys(view, j)
                ):
                    return k, j  # أضرم مستوطنون النار فجر الثلاثاء في مسجد: when, then where
            if (
                k in view.acts
                and k not in view.inside
                and view.bare[k] not in _GIVING
                and not past_acts
                # (not a meeting that tells when, with the article, naming no one: ووقع الجانبان في ختام
                # اللقاء اتفاقية، خلال المباحثات; but خلال زيارة الرئيس الصيني: its actors)
                and not (view.core[k - 1] in _WHEN_AROUND and view.core[k].startswith("ال"))
                # (nor the accord it is done under, its genitive: قدمت قطر بموجب الاتفاق 10 ملايين دولار)
                and (view.norm[k - 1] not in PURSUANT or "ل" in view.tokens[k].proclitics)
                # (nor the kind of body before its quoted name, the subject: نظمت حملة «مانيش مسامح»
                # يوم السبت مسيرة احتجاجية)
                and not _wraps_name(view, k, hi)
            ):
                # أعلنت حماس رفضها البحث في وقف المقاومة: the object of another act (but تعهد بتقديم 50
                # مليون يورو: what is pledged is given)
                return None
            if view.core[k] in COMPLEMENTIZERS and k not in view.inside:
                return None  # بيان نشر على موقعه أمس أن طائراته قصفت: the clause after أن has its own
            if k in view.clause_verbs and k not in view.inside and view.conjoined(k):
                return None  # ترفع العلم البريطاني، واقتادتها ... بدعوى: past a verb joined by و, its object
            if view.core[k] in _EASING and k not in view.inside:
                return None  # تعهد بتسهيل وصول المساعدات: the aid is let through, not given
        return None

    def _object_before(
        self, view: DocView, i: int, lo: int, objects: tuple[tuple[str, ...], ...], imposed: bool = False
    ) -> tuple[int, int] | None:
        """An object head before verb ``i``: right before a verb whose head is its subject and may come
        first (``عبوتين ناسفتين انفجرتا``, ``سيارة مفخخة انفجرت``), or the antecedent of the relative
        clause the verb opens, names aside (``الجندي جلعاد شاليط الذي أسر``, ``الاتفاق الذي وقعته``);
        with ``imposed``, an antecedent with the article too (``الرسوم التي فرضتها``)."""
        # (past قد of a clause كان opens: وكانت وحدات من الجيش الهندي قد وصلت)
        last = i - 2 if i - 1 > lo and view.core[i - 1] == MAY else i - 1
        # the head, or the head and its adjective (ناسفتين); before a relative pronoun, the head of a
        # construct too (اتفاق وقف إطلاق النار الذي توصلت إليه)
        reach = 2
        definite = imposed and view.core[last] in RELATIVES
        if view.core[last] in RELATIVES:
            last -= 1
            reach = _ANTECEDENT_REACH
            while last > lo and last in view.inside:
                last -= 1  # الجندي جلعاد شاليط الذي
        # (or before a name in quotation marks after it: مناورات «زاباد 2025» التي)
        tops = dict.fromkeys((last, _before_quoted_name(view, last, lo) if reach > 2 else last))
        for obj in objects:
            for end in (end for top in tops for end in range(top, top - reach, -1)):
                k = end - len(obj) + 1
                if k < lo or any(view.is_boundary(j) for j in range(k, end + 1)):
                    continue
                # (a relative pronoun's antecedent is definite, a penalty's head told bare: الرسوم التي
                # فرضتها X، الغرامة التي فرضتها المحكمة; an act named, الحصار الذي تفرضه على الفاشر, codes
                # itself unless the clause names its doer)
                if all(
                    w in _bare_forms(view, k + j)
                    or (definite and (k not in view.acts or i + 1 in view.inside) and w == view.bare[k + j])
                    for j, w in enumerate(obj)
                ):
                    return k, end
        # (a force's name ending right before it, its first word the head: وكانت قوات الأمن المركزي قد
        # انتشرت، دخلت أرتال الجيش)
        named = view.mention_ending_at(last) if reach == 2 else None
        heads = _bare_forms(view, named.first) if named is not None else ()
        if named is not None and any(len(obj) == 1 and obj[0] in heads for obj in objects):
            return named.first, named.first
        return None

    # --- coding

    def _code(self, doc: Document, view: DocView, readings: list[Reading]) -> list[Event]:
        events: list[Event] = []
        grammar: list[tuple[tuple[str, ...], tuple[str, ...]]] = []  # (subject, object) of each event
        consumed: set[int] = set()
        # the hosts of talks a hosting verb tells, by the verb's token (استضاف X محادثات بين Y وZ: X)
        hosts: dict[int, list[str]] = {}
        last_source: tuple[int, list[str]] | None = None  # (sentence, source) of the last event
        main_source: tuple[int, list[str]] | None = None  # the same, of the last one in no complement
        # a speaker goes on as the subject of a verb right after the words reported
        # (وأضاف X أن "..." , واتهمه بالسعي)
        said = sorted((q.end, q.speaker) for q in doc.quotes if q.speaker and "claim" not in q.flags)
        speaker: tuple[int, list[str]] | None = None  # (token index, speaker) of a verb right after a quote
        said_last: tuple[int, list[str]] | None = None  # (sentence, speaker) of the last quote passed
        for i, token in enumerate(view.tokens):
            while said and said[0][0] <= token.start and not _BETWEEN_MARKS.fullmatch(token.text):
                end, who = said.pop(0)
                if _BETWEEN_MARKS.fullmatch(doc.text, end, token.start):
                    speaker = (i, [who])
                said_last = (view.tokens[i - 1].sentence if i else 0, [who])
            entries, t_start, t_end = readings[i]
            if not entries or i in consumed or i in view.name_parts or i < view.byline_end:
                continue  # (a headline before its dateline is told again in the text: ... * لندن ـ)
            lo, hi = view.bounds[token.sentence]
            quote = _quote_at(doc.quotes, t_start)
            if (
                any(e.pos == "noun" for e in entries)
                and any(e.pos == "verb" for e in entries)
                and (k := view.joined_act(i)) is not None
                and _APART_PREPOSITIONS.isdisjoint(view.tokens[k].proclitics)
                and view.core[k - 1] not in PREPOSITIONS
                and not (
                    i + 1 < hi and view.core[i + 1] == FROM and any(e.type == "REQUEST" for e in entries)
                )
                # (nor a perfect spelt with its final ى, no verbal noun's ي: اتهم X Y بسرقة المساعدات، ونفى)
                and not token.text.endswith(_ALIF_MAQSURA)
            ):
                # أعلنت الوزارة إغلاق الحدود ونشر دوريات: a verbal noun joined to the act before it, read
                # first (not to one a verb governs with a preposition: فندد المجلس بالعملية وفرض عقوبات; nor
                # a request right before من, whom it asks: أعلن X حالة الطوارئ، وطلب من Y المساعدة)
                entries = tuple(sorted(entries, key=lambda e: e.pos != "noun"))
            for entry in entries:
                if entry.type == "COOPERATE" and entry.lemma in _HANDOVERS and _gift_after(view, i, hi):
                    entry = replace(entry, type="AID")  # تسلمت X زوارق مقدمة من Y: a gift
                if (
                    entry.type == "ASSAULT"
                    and entry.pos == "noun"
                    and i + 2 < hi
                    and view.core[i + 1] in _AGAINST
                    and view.bare[i + 2] in _ABSTRACT_FOES
                ):
                    continue  # في حربه على الإرهاب: a campaign against a scourge, no attack
                if (
                    entry.type == "ACCUSE"
                    and entry.pos == "noun"
                    and view.core[i].startswith("ال")
                    and any(ev.type == "ACCUSE" for ev in events)
                ):
                    continue  # اتهمت دمشق أنقرة ... ورفضت أنقرة الاتهامات السورية: the accusation told again
                if entry.lemma == _STANDING_BY and _stem_before(
                    view.tokens, view.core, i, _PRAISING_OR_THANKING, _THANKS_REACH
                ):
                    continue  # أشاد X بوقوف الهند إلى جانب مصر، ثمن وقوف الجزائر: the praise tells it
                if entry.type == "ASSAULT" and _foiled(view, i, lo):
                    continue  # أحبطت البحرية هجوما لقراصنة، أعلنت إحباط محاولة لتفجير كنيسة: foiled, not done
                if entry.lemma == _RULING_OUT and any(
                    view.bare[k] in _FORECAST_OR_SQUAD for k in range(i + 1, min(i + _RULED_OUT_REACH, hi))
                ):
                    continue  # استبعد الوزير ارتفاع الأسعار، استبعده عن تشكيلة الفريق: a forecast or a squad
                if (
                    entry.type == "COERCE"
                    and entry.pos == "noun"
                    and entry.lemma in _STRIPPING_NOUNS
                    and any(
                        (ev.type, ev.mode) == _CONVICTION
                        and ev.trigger.start >= doc.sentences[token.sentence].start
                        for ev in events
                    )
                ):
                    continue  # قضت المحكمة بالسجن على متهمين وإسقاط جنسيتهم: part of the sentence passed
                if entry.lemma in _STRIPPING_NOUNS and entry.pos == "noun" and "ل" in token.proclitics:
                    continue  # رفعت الوزارة دعوى لسحب الجنسية من 12 مجنسا: a purpose, nothing withdrawn yet
                if entry.mode == _CONVICTION[1] and i > lo and view.bare[i - 1] in _SERVING:
                    continue  # كانا يقضيان حكما بالسجن: a sentence served, no ruling (nor حكما "they ruled")
                obj = None
                supportive = False  # ردد شعارات مؤيدة لجمال عبد الناصر: a demonstration for someone
                if entry.frame.objects:
                    # (an order names whom it is given to before what it orders: أمرت X جميع المنظمات غير
                    # الحكومية المحلية والأجنبية بمنع موظفاتها من العمل)
                    span = _ORDERED_SPAN if entry.lemma == _ORDER else _OBJECT_SPAN
                    obj = self._object(
                        view,
                        i,
                        hi,
                        entry.frame.objects,
                        past_acts=entry.frame.double,
                        span=span,
                        subject_dual=entry.lemma in _SHOOTING_DOWN,
                    )
                    if obj is None and (entry.lemma in _SUBJECT_HEADS or view.after_relative(i)):
                        obj = self._object_before(view, i, lo, entry.frame.objects, entry.type == "SANCTION")
                    if obj is None and entry.lemma in _SUBJECT_HEADS:
                        obj = _described_subject(view, i, lo, entry.frame.objects)
                    if obj is None and entry.lemma in _MOVES and entry.pos == "noun":
                        obj = _enacting_subject(view, i, lo, entry.frame.objects)
                    if (
                        obj is None
                        and entry.pos == "verb"
                        and has_suffix(token)
                        and not view.after_relative(i)
                    ):
                        # مظاهرات في غاروا، فرقتها قوات الأمن: the object pronoun resumes the head
                        # (ه too for a claim joined by و: ...، وتبنته جماعة الحوثي; not one on an
                        # indefinite noun, لهجوم تبنته X, the attack's relative; and for a deal signed,
                        # whose pronoun is never a person's: بموجب عقد أبرمته X مع Y، اتفاق وقعه البلدان)
                        claimed = entry.lemma == _ADOPT and "و" in token.proclitics
                        obj = _resumed_object(
                            view, i, lo, entry.frame.objects, claimed or entry.type == "AGREE"
                        )
                        if (
                            obj is None
                            and entry.lemma in _DISPERSING
                            and _crowd_dispersed(view, i, events) is not None
                        ):
                            obj = (i, i)  # تجمع المئات أمام السجن ...، قبل أن تفرقهم الشرطة: the crowd
                    if (
                        obj is None
                        and entry.lemma == _DEPORTING
                        and entry.pos == "verb"
                        and _DEPORTING_WRITTEN in token.text
                    ):
                        obj = (i, i)  # رحّلت السلطات مدير مكتب المنظمة: the shadda tells the deporting
                    if obj is None:
                        continue
                    if entry.lemma == _STRIP_OF and obj[0] == i + 1 and not has_suffix(token):
                        continue  # امرأة جردت من جنسيتها: the passive, stripped by no one named
                    if (
                        entry.lemma == _SEIZE
                        and entry.type == "ASSAULT"
                        and not _land_seized(view, obj[1] + 1)
                    ):
                        continue  # استولت الشبكة على ملايين الدولارات: no land seized, no conquest
                    if entry.mode == _SEVER and view.tokens[obj[0]].text.endswith("ة"):
                        continue  # استدعت مدريد سفيرة المغرب: "ambassador" (f.), not سفيره "its ambassador"
                    if (
                        entry.type == "COOPERATE"
                        and entry.lemma in _MISSION_OPENINGS
                        and (
                            suffix_form(view.tokens[obj[0]]) == _DUAL
                            or view.core[obj[0]].endswith(_DUAL_ENDINGS)
                        )
                    ):
                        break  # إعادة فتح سفارتيهما، السفارتين: each side's, part of the ties restored
                    if entry.type == "CONCEDE" and _regret_at_decision(view, obj[1] + 1, hi):
                        break  # أعربت الخارجية عن أسفها للقرار: regret at another's decision, no concession
                    if entry.type == "MOBILIZE" and obj[0] > lo and view.bare[obj[0] - 1] in _COUNT_OF:
                        break  # يصل عدد جنودها إلى 15 ألفا: a count reached, no one arriving
                    if entry.mode == _CONVICTION[1] and any(
                        view.bare[k] in _TERMS_SERVED for k in range(i + 1, obj[0])
                    ):
                        break  # كان يقضي فيه فترة عقوبته بالسجن: a sentence served, no ruling
                    if (entry.type, view.core[i]) == _INFORMATION_EXCHANGED and obj[0] == i + 1:
                        continue  # اتفقا على تعزيز التعاون وتبادل المعلومات: a verbal noun, what was agreed
                    if entry.type == "CONSULT" and obj[1] + 1 < hi and view.core[obj[1] + 1] in _PRESS:
                        # عقد X مؤتمرا صحفيا نفى فيه: a press conference, no meeting; X goes on speaking
                        held = self._arguments(view, i, entry, hi).source
                        if held:
                            last_source = main_source = (token.sentence, held)
                        break
                if entry.type == "PROTEST":
                    # ردد شعارات مؤيدة لجمال عبد الناصر، مظاهرة حاشدة تأييدا لـ: for someone, against no one
                    supportive = _supported_after(view, readings, obj[1] if obj is not None else i, hi)
                if (
                    # (on على read as "must" إن is "that", no "if": إن على طوكيو)
                    view.conditional(i, lo, entry.pos == "verb" and token.text != _ON_WRITTEN)
                    or (view.consequent(i, hi) and entry.lemma != _ULTIMATUM)
                    # (قد before the verb's own perfect asserts: وكان X قد توصل إلى اتفاق)
                    or view.unreal(i, lo, entry.pos == "verb" and view.core[i] == normalize(entry.lemma))
                ):
                    if obj is not None:  # nor is its object (إن فرضت العقوبات)
                        consumed.update(range(obj[0], obj[1] + 1))
                    break  # a hypothesis (إذا رفضت، إن فرض مجلس الأمن عقوبات): nothing happened
                if entry.pos == "verb" and (
                    (view.in_amount(i) and not (i > lo and view.craft_model(i - 1)))
                    or (i > lo and view.core[i - 1] in _ANY)
                    or _describes_any(view, i, lo)
                ):
                    # اعتقلت الشرطة عشرين طالبا، لن نقبل أي تدخل: what a number or "any" counts, a noun;
                    # سيرد على أي اعتداء يستهدف رعاياه: what describes "any" act, none done
                    break
                if entry.type == "ASSAULT" and (view.struck_by_nature(i) or view.holds_a_rank(i)):
                    break  # الكارثة التي ضربت إندونيسيا، ضرب زلزال، احتل المرتبة الأولى: no attack
                if entry.type == "SUPPORT" and entry.pos == "verb" and _armed_subject(view, i):
                    break  # هاجموا المدرسة تساندهم المروحيات: fire support in a battle, no endorsement
                if entry.type == "CONSULT" and entry.pos == "noun" and _struck(view, readings, i):
                    break  # ضربة استهدفت اجتماعا لتنظيم القاعدة: the meeting was struck, it is no event
                if entry.type == "CONSULT" and entry.lemma == _MEDIATION and _role_in(view, i):
                    break  # أشاد X بدور قطر في الوساطة: a part played, praised; no talks told
                if entry.type == "CONSULT" and entry.lemma == _HOSTING and _hosts_no_talks(view, i, lo, hi):
                    break  # بطولة كأس العالم التي تستضيفها روسيا، تستضيف البحرين مقر الأسطول: no one met
                if (
                    entry.mode == _VISIT
                    and entry.pos == "verb"
                    and (view.in_amount(i + 1) or view.counted_subject(i))
                ):
                    continue  # وصل نحو 2500 عسكري، استقبلت 500 ألف لاجئ: people counted arrive, no visit
                through = range(obj[0], obj[1] + 2) if obj is not None else range(0)
                args = self._arguments(view, i, entry, hi, through)
                if entry.type == "CONSULT" and entry.frame.swap:
                    # استقبل X الرئيس التنفيذي لشركة Y Z: the guest, the source of a hosting
                    args.source = _titled_guest(view, args.source, args, i, hi) or args.source
                elif entry.type == "CONSULT":
                    # التقى X المديرة التنفيذية لبرنامج الأمم المتحدة للبيئة Y: the title's holder met,
                    # not the body of the office her title names
                    args.target = _titled_guest(view, args.target, args, i, hi) or args.target
                if (
                    entry.type == "REQUEST"
                    and entry.pos == "noun"
                    and args.source
                    and events
                    and events[-1].type != "REQUEST"
                    and events[-1].trigger.start >= view.tokens[lo].start
                    and any(ev.type == "REQUEST" and set(args.source) <= set(ev.source) for ev in events)
                ):
                    # وطالبت النقابة الحكومة بـX ... ورفض الوزير مطلب النقابة: a demand told before, as
                    # what an act of the sentence answers, is that demand told again
                    continue
                if entry.type == "ASSAULT" and view.core[i] == _KNOWN_OPERATIONS and not args.source:
                    continue  # دعت إلى وقف العمليات العسكرية في الإقليم: operations known, no attack told
                if entry.lemma == _MEDIATE and entry.pos == "verb" and not args.paired:
                    # توسطت قطر بين حماس وإسرائيل، وقف إطلاق النار بين X وY الذي توسط فيه Z: the mediator
                    # (named after the relative's resumptive فيه as well) met the sides, whether named after
                    # the verb or with what the relative hangs on; mediators named with no side met
                    # together (الهدنة التي توسطت فيها قطر ومصر)
                    sides = _mediated_sides(view, i, hi)
                    mediator = [e for e in args.source or args.target if e not in sides]
                    args.source, args.target = (
                        (mediator, sides) if mediator and sides else (mediator[:1], mediator[1:])
                    )
                    args.paired = True
                if (
                    (entry.type in _GAME_TYPES or (entry.type, entry.mode) in _GAME_MODES)
                    and entry.mode != _BY_AIR_OR_ARTILLERY  # (no match is shelled: غارات، ضربات جوية)
                    and not (obj is not None and entry.type == "ASSAULT")  # (نفذت ضربات جوية على 85 هدفا)
                    # (people who meet or call hold talks: استقبل وزير الرياضة رئيس الاتحاد الآسيوي)
                    and not (
                        entry.type == "CONSULT"
                        # (a noun with both sides: not في لقاء مع مدير منتخبنا, an interview)
                        and (entry.pos == "verb" or (args.source and args.target))
                        and any(view.entities[e].type == "PER" for e in (*args.source, *args.target))
                    )
                    and view.sports(i)
                ):
                    break  # هاجم لاعبو برشلونة مرمى الريال، لقاؤه أمام الجزيرة: a match
                if args.paired and entry.type == "CONSULT" and view.relative_host(i) is not None:
                    consumed.add(i + 1)  # محادثات استضافتها بكين بين X وY: the hosting tells no visit
                if (
                    obj is not None
                    and entry.type in self.symmetric
                    and not (args.source or args.target)
                    and len(pair := view.between(obj[1], hi)) >= 2
                ):
                    # ووقعت في القاهرة اتفاقية للتعاون بين مصر والسودان: the parties after its object
                    args.source, args.target = pair[:1], pair[1:]
                elif obj is not None and entry.mode == _SEVER and len(pair := view.between(obj[1], hi)) == 2:
                    # أعلن وزير الخارجية الجزائري قطع العلاقات بين الجزائر والمغرب: the side of who
                    # announced it, else the first, cuts them with the other
                    home = {view.entities[e].country for e in args.source} - {None}
                    side = next(
                        (e for e in pair if e in args.source or view.entities[e].country in home), pair[0]
                    )
                    args.announcer = [e for e in args.source if e != side]
                    args.source, args.target = [side], [e for e in pair if e != side]
                force = view.at.get(obj[0]) if obj is not None and entry.lemma in _MOVES else None
                if (
                    force is not None
                    and not args.source
                    and (set(force.entities) <= set(args.target) or obj[0] < i)
                ):
                    # التي ينتشر فيها الجيش اللبناني: a move has no object, the force named is its subject
                    # (before it too: بأن قوات البيشمركة الكردية انتشرت)
                    args.source = list(force.entities)
                    args.target = [e for e in args.target if e not in args.source]
                    args.explicit_subject = True
                    args.after_verb = obj[0] > i
                if (
                    entry.type == "MOBILIZE"
                    and obj is not None
                    and obj[0] > i
                    and (deployed := view.at.get(obj[0])) is not None
                    and set(deployed.entities) & set(args.target)
                ):
                    # نشر قوات الأمن في ميدان التحرير: the forces sent, not where they are sent
                    args.target = [e for e in args.target if e not in deployed.entities]
                if (
                    entry.mode == _VISIT
                    and entry.pos == "verb"
                    and args.after_verb
                    and not args.target
                    and all(view.entities[e].type in PLACE_TYPES for e in args.source)
                ):
                    # من دون أن تزور لبنان: the place visited, the visitor unsaid
                    args.source, args.target = [], args.source
                    args.explicit_subject = args.after_verb = False
                if (
                    entry.frame.double
                    and args.after_verb
                    and not _held_named(view, args.target, i, obj)
                    and not _held_before(view, i, obj, args.source)
                ):
                    # حملت واشنطن المسؤولية: the one held to it, the subject left unsaid (or before the verb)
                    # (but حملت المعارضة النظام مسؤولية: one held, named or not, after the subject); who is
                    # named in what it is held to goes (حملت روسيا مسؤولية تسميم سكريبال)
                    args.source, args.target = [], args.source
                    args.explicit_subject = args.after_verb = False
                if entry.frame.double and obj is not None and (owners := _held_acts_owners(view, i, obj)):
                    # حمّل الوزير العقوبات الأميركية والأوروبية المسؤولية: the states whose act is held to it
                    args.target = owners
                if events and _conjoined_object(view, i, args, events[-1], grammar[-1]):
                    args.source = list(grammar[-1][0])
                elif (
                    main_source is not None
                    and main_source[0] == token.sentence
                    and _accused_after_conjoined_verb(view, i, entry, args, main_source[1])
                ):
                    # هددت جماعة الحوثي ...، واتهمت الشركة الأميركية بالتجسس: the one named before the
                    # charge is the accused, the subject of the main clause goes on
                    args.source, args.target = list(main_source[1]), args.source
                negated = view.negated(i, lo) or _denied(view, self.lexicon, i, lo)
                if (
                    negated
                    and entry.lemma == _ALLOWING
                    and entry.frame.refusal
                    and _threat_in_sentence(doc, events, token.sentence)
                ):
                    # حذر كاتس تركيا من أن إسرائيل «لن تسمح» بإقامة قواعد: what the warning says, one
                    # threat, no refusal of its own (a refusal told in it stays one: لن تقبل)
                    break
                negated = negated and not entry.frame.refusal  # لن نقبل: the refusal is what happened
                etype, mode = entry.type, entry.mode
                if entry.lemma in _CONDEMNING and (
                    (entry.pos == "verb" and _court_acts(view, i, args.source))
                    # بعد إدانة المحكمة الوطنية X: the court its genitive, whose act it is
                    or (i + 1 < hi and view.core[i + 1] in _COURTS and not view.tokens[i + 1].proclitics)
                ):
                    etype, mode = _CONVICTION  # أدانت محكمة روسية الصحفي X: a conviction
                elif entry.lemma == _UPHOLD and etype == "SUPPORT" and _court_acts(view, i, args.source):
                    # أيدت محكمة الاستئناف الأحكام الابتدائية، وأيدتها المحكمة العليا: a sentence passed
                    # again, no support; neither a court nor a place is the one sentenced
                    etype, mode = _CONVICTION
                    args.target = [
                        e
                        for e in args.target
                        if view.entities[e].type not in PLACE_TYPES and not _a_court(view.entities[e])
                    ]
                if entry.lemma in _DISPERSING and _deadly(view, i, hi):
                    # فضت قوات الدعم السريع الاعتصام، ما أسفر عن مقتل أكثر من 30 شخصا: a deadly attack
                    etype, mode = "ASSAULT", None
                if mode == _EASE and _FUTURE in token.proclitics:
                    etype, mode = "CONCEDE", None  # ستخفف إسرائيل القيود: a promise to ease, not easing
                if (etype, mode) == _DESTROY and entry.pos == "verb" and view.crowd_subject(i):
                    # أحرق المتظاهرون إطارات، متظاهرون قد حطموا مقر الحزب: a riot (an attack by
                    # protesters is one: هاجم المتظاهرون مركزا للشرطة)
                    etype, mode = "PROTEST", _RIOT
                attributed = quote.speaker if quote is not None else None
                if entry.frame.claim:
                    # the alleged actors: the act's subject (سورية وإيران تتدخل), else its object as
                    # the explicit subject goes (نسج مؤامرات ضد X), else whom the reported words name
                    agents = (
                        (args.source or args.target)
                        if args.explicit_subject
                        else _addressees(view, quote, i, attributed)
                    )
                    if negated:  # "nobody is plotting": a denial by whoever says it
                        source = [attributed] if attributed is not None else []
                        etype, mode, target, negated = "REJECT", _DENY, [], False
                    elif attributed is None and entry.pos == "verb":
                        break  # تدخلت قوات الأمن لتفريق المحتجين: told as done, by no one alleged
                    elif attributed is None:
                        source, target = [], agents
                    else:
                        source, target = [attributed], [a for a in agents if a != attributed]
                else:
                    before = last_source
                    if (
                        main_source is not None
                        and main_source[0] == token.sentence
                        and i > lo
                        and (
                            view.core[i - 1] == _AS_WELL
                            or (view.tokens[i - 1].text in ("،", ",") and view.conjoined(i))
                            # (وصل X إلى مرسين حيث تفقد سفينة أرسلتها مصر، ثم التقى Y: X's meeting)
                            or _after_then(view, i, entry)
                            # (قدم X اعتذارا عن الهجوم الذي شنه Y، وذلك خلال اتصال مع Z: X's call)
                            or view.norm[i - 1] == _THAT_BEING
                            or (i - 2 >= lo and view.norm[i - 2] == _THAT_BEING)
                            # (a verbal noun a verb joined past a comma governs: ... الهجوم الذي شنه Y،
                            # وقررت قطع العلاقات, X's decision)
                            or (
                                entry.pos == "noun"
                                and i - 2 >= lo
                                and view.tokens[i - 2].text in ("،", ",")
                                and view.conjoined(i - 1)
                                and not readings[i - 1][0]
                                and i - 1 not in view.inside
                                and not view.core[i - 1].startswith("ال")
                            )
                        )
                    ):
                        # نفى X أن تكون Y قصفت ... ، كما رفض؛ ندد X بالهجوم الذي شنه Y ، ودعا: X goes on,
                        # not the subject of the complement or relative clause between
                        before = main_source
                    elif entry.participle and main_source is not None and main_source[0] == token.sentence:
                        # رفضت X دعوة Y إلى العودة، متهمة المنظمة: the main clause's subject, not the
                        # agent of a noun in its object
                        before = main_source
                    elif (
                        entry.participle
                        and quote is None
                        and i > lo
                        and view.tokens[i - 1].text in _COMMAS
                        and (opening := view.opening_subject(i))
                    ):
                        # أبدى بوتين استعداد روسيا للحوار، محملا كييف: the subject of the verb opening
                        # the sentence, no act of its own, not the agent of a noun in its object
                        before = (token.sentence, opening)
                    elif speaker and speaker[0] == i:
                        before = (token.sentence, speaker[1])
                    elif (
                        entry.pos == "noun"
                        and quote is None
                        and (cued := _cued_speaker(view, doc.quotes, i, lo))
                    ):
                        # وقال خلال مؤتمر صحفي بعد لقائه الرئيس مبارك إن ...: between a speech verb and
                        # the words it reports, its speaker is the subject
                        before = (token.sentence, [cued])
                    elif (
                        entry.pos == "verb"
                        and quote is None
                        and i > lo
                        and view.tokens[i - 1].text in _COMMAS
                        and view.conjoined(i)
                        and (cut := _cut_report_speaker(view, doc.quotes, i, lo))
                    ):
                        # وقال X إن المروجين يستغلون المناطق المصنفة "ج"، واتهم Y: the report cut short at
                        # a word in quotation marks, the speaker goes on
                        before = (token.sentence, [cut])
                    elif said_last and said_last[0] == token.sentence - 1 and i == lo and quote is None:
                        # a sentence opening on a verb that names no subject, after a sentence of
                        # reported words: the speaker goes on (وقال X إن ... . وشجب مشروع ...)
                        before = said_last
                    source, target = _implicit_subject(view, i, entry, args, quote, before, obj)
                    if entry.type in self.symmetric and obj is not None and len(source) > 1:
                        # وقعت X وY اتفاقية لتطوير ميناء طرطوس: a place named bare after the deal is its
                        # matter, no party to it
                        matter = {
                            e
                            for m in args.mentions
                            if m.first > obj[1] and m.prep is None and m.etype in PLACE_TYPES
                            for e in m.entities
                        }
                        target = [t for t in target if t not in matter]
                    if (
                        not source
                        and entry.pos == "verb"
                        and before is not None
                        and before[0] == token.sentence
                        and grammar
                        and list(grammar[-1][0]) == before[1]
                        and _disagrees(view, i, entry, before[1])
                        and len(grammar[-1][1]) == 1
                        and view.entities[grammar[-1][1][0]].type == "PER"
                        and not _disagrees(view, i, entry, list(grammar[-1][1]))
                    ):
                        # استقبل تبون ميلوني في قصر المرادية، حيث أشادت: a verb the subject going on
                        # cannot agree with goes on with the person it acted on
                        source = [e for e in grammar[-1][1] if e not in target]
                    if (
                        not source
                        and target
                        and entry.pos == "noun"
                        and entry.type in self.symmetric
                        and before is not None
                        and before[0] == token.sentence
                        and i > lo
                        and view.core[i - 1] in ADVERBIAL_PREPS
                    ):
                        # أعرب X عن أسفه ، وذلك خلال اتصال هاتفي مع Y: the subject of the clause it dates
                        source = [e for e in before[1] if e not in target]
                    if (
                        not source
                        and target
                        and entry.pos == "noun"
                        and entry.type in self.symmetric
                        and i > lo
                        and view.core[i - 1] in ADVERBIAL_PREPS
                    ):
                        # أعلن X، عقب مباحثات مع Y، أن البلدين توصلا إلى تفاهم: a meeting that dates a
                        # clause no act coded opens is held by the subject of the verb opening it, or
                        # of the verb right after the comma that closes it where it opens the sentence
                        # (وبعد اجتماع مع ممثلي النقابة، تعهد الوزير X)
                        opened = i - 1 == max(lo, view.byline_end)
                        comma = next(
                            (c for c in range(i + 1, hi - 1) if view.tokens[c].text in _COMMAS), None
                        )
                        subject = (
                            view.subject_right_after(comma + 1, hi)
                            if opened and comma is not None
                            else view.opening_subject(i)
                        )
                        source = [e for e in subject if e not in target]
                    if (
                        entry.type in self.symmetric
                        and (
                            (
                                (len(source) + len(target) < 2 or _pair_before_meeting(view, i, args, events))
                                and (
                                    sides := ACTOR_TYPES
                                    if _dual_verb(view, i, entry)
                                    else _unresolved_sides(view, i)
                                )
                            )
                            # (or "the two sides" right after it, whatever pair the text named before:
                            # بحث X مع Y مشروع الربط بين الأردن والعراق. واتفق الجانبان)
                            or (sides := _sides_after(view, i))
                        )
                        and (met := _last_pair_met(view, events, token.sentence))
                        and all(view.entities[e].type in sides for e in (*met[0], *met[1]))
                    ):
                        # التقى X Y ... وقال إن الرئيسين اتفقا: the two who just met (a dual verb has two
                        # subjects, not the one a speech verb carries over; nor has "the two sides"
                        # that no pair named before stands for: التقى X Y. واتفق الجانبان), the host
                        # first (استقبل الملك X، حيث بحث الجانبان)
                        source, target = met
                        if grammar and {*grammar[-1][0], *grammar[-1][1]} == {*source, *target}:
                            source, target = list(grammar[-1][0]), list(grammar[-1][1])
                    # (the free pronoun is the object, whatever the content after it names: متهمة إياها
                    # بقصف غزة)
                    if entry.participle and i + 1 < hi and view.core[i + 1] in _FREE_OBJECT:
                        # طالب X الحكومة بوقف الصادرات إلى إسرائيل، متهما إياها: the one acted on in the
                        # clause it follows, by the same actor; else (قطعت X علاقاتها مع Y، متهمة إياها) the
                        # actor named last before, a preposition or not
                        # (a dual or plural pronoun resumes all it was done to, coordinated: أمر X بتعليق بث
                        # قناة فرانس 24 وإذاعة فرنسا الدولية، متهما إياهما; and so does the feminine one, a
                        # plural of things: ألغت X تراخيص ست شركات بينها A وB، متهمة إياها)
                        plural = view.core[i + 1] in _FREE_GROUP_OBJECT
                        prev = events[-1] if events else None
                        if (
                            prev is not None
                            and prev.sentence.start == doc.sentences[token.sentence].start
                            and (
                                len(prev.target) > 1
                                if plural
                                else len(prev.target) == 1
                                or (len(prev.target) > 1 and view.core[i + 1] == _FREE_FEMININE)
                            )
                            and source
                            and set(prev.source) == set(source)
                            # (not one of the other gender: طالب أردوغان الولايات المتحدة بتسليم الداعية
                            # فتح الله غولن، متهما إياه, the man named after it)
                            and not (
                                len(prev.target) == 1 and _pronoun_disagrees(view, i + 1, prev.target[0])
                            )
                        ):
                            target = list(prev.target)
                        else:
                            target = view.previous_actor(i, source, any_preposition=True, group=plural)
                    if (
                        not target
                        and source
                        and events
                        and not entry.participle
                        and has_suffix(token)
                        and view.conjoined(i)
                        and _object_resumed(events[-1], token, source)
                        # (a verb's form, whatever reading it got: not a verbal noun's possessor, وتمويله)
                        and self._verb_form(token)
                    ):
                        # أوقف الدبيبة الوزيرة نجلاء المنقوش عن العمل وأحالها إلى التحقيق، اعتقلت الشرطة
                        # الصحفي X واتهمته: the object pronoun of a verb going on with the subject of the
                        # one before is that verb's object
                        target = list(events[-1].target)
                    if not source and entry.pos == "verb" and not args.passive:
                        source = view.affiliated_subject_before(i, lo)  # أن طائرة تابعة لجيش الاحتلال أطلقت
                        target = [t for t in target if t not in source]
                    # (an adjective between: أن دفاعاتها الجوية أسقطت، أن طائراته المسيرة استهدفت)
                    owned = i - 1
                    while owned - 1 > lo and view.craft_model(owned):
                        owned -= 1  # (past the model: أن مقاتلاتها من طراز إف-16 أسقطت)
                    if (
                        owned - 1 > lo
                        and not view.owned_members(owned)
                        and (view.bare[owned].endswith(NISBA_ENDINGS) or view.bare[owned] in _DRONE_WORDS)
                    ):
                        owned -= 1
                    if entry.pos == "verb" and not args.passive and owned >= lo and view.owned_members(owned):
                        # أن طائراته قصفت غزة: a body's forces named by a pronoun before the verb are its
                        # subject, standing for the body; a name after the verb is then its object (after
                        # the verb such a noun is mostly the object: منع عناصره من التنقل)
                        if args.after_verb:
                            target = [*source, *(t for t in target if t not in source)]
                        source = view.members_owner(owned, target)
                if not target and source and (found := view.pronoun_object(i, hi)) is not None:
                    # قطعت العلاقات معها، فرضت حصارا عليها: whom the pronoun stands for, named before in
                    # its sentence (a person for ه, a state or body for ها), for an act done to or with
                    # someone
                    prep, pronoun = found
                    prev = events[-1] if events else None
                    if (
                        prep == WITH
                        and etype in self.symmetric
                        and prev is not None
                        and prev.type == etype
                        and prev.sentence.start == doc.sentences[token.sentence].start
                        and view.conjoined(i)
                        and pronoun == "ها"
                        and source
                        and set(source) <= {*prev.source, *prev.target}
                        and (met := [e for e in (*prev.source, *prev.target) if e not in source])
                        and all(view.entities[e].type == "PER" for e in met)
                    ):
                        # استقبل X المديرة العامة للمنظمة Y، وبحث معها: the woman just met, not the body
                        # her title names (ها stands for a state or body elsewhere)
                        target = met
                    elif etype in _PRONOUN_PREP_TYPES.get(prep, ()) or (
                        prep == WITH and etype in self.symmetric
                    ):
                        # (ه a person where one is named before it: ألقت الشرطة القبض عليه after
                        # المطلوب لدى القضاء المصري)
                        for types in (
                            (("PER",), _PRONOUN_TYPES[pronoun])
                            if pronoun == "ه"
                            else (_PRONOUN_TYPES[pronoun],)
                        ):
                            target = view.previous_actor(
                                i, source, towns=False, any_preposition=True, types=types
                            )
                            if target:
                                break
                if (
                    # (a conviction's own pronoun names whom it convicts, whatever its content names)
                    (not target or (etype == "SANCTION" and entry.pos == "noun" and has_suffix(token)))
                    # (and in a relative clause on a name whose doer is left unnamed, the pronoun takes
                    # the name back all the same: ساماك، الذي تتهمه المعارضة بالفساد)
                    and (source or etype == "SANCTION" or _unnamed_doer_relative(view, i))
                    and (etype in _PRONOUN_DONE_TO_TYPES or entry.lemma in _GREETING_PERSONS)
                    # (not the ه of "what": أقل مما طلبته بغداد)
                    and not (etype in _PRONOUN_ADDRESSED_TYPES and view.word_before_particles(i) in _WHAT)
                    and (pronoun := _object_pronoun(view, i, hi, entry, etype)) in _OBJECT_PRONOUN_TYPES
                ):
                    # قبل أن تحيله النيابة إلى المحاكمة، أدانته المحكمة، اعتقلتهم الشرطة: whom the object
                    # pronoun stands for, named before in its sentence; in a relative clause, what the
                    # clause is on (عسكرييه الذين خطفهم داعش: the army; الانتحاريين الذين اعتقلتهم: no one)
                    # (and him charges are laid on, إلى's pronoun after the verb, is a person: ووجهت إليه
                    # تهمة الرشوة, past the body he heads)
                    # (and him congratulated or thanked, a person named in the sentence before too: فاز X
                    # بالرئاسة. وهنأه الرئيس Y)
                    addressed = (
                        etype in _PRONOUN_ADDRESSED_TYPES
                        or (etype == "ACCUSE" and entry.pos == "verb" and not has_suffix(token))
                        or entry.lemma in _GREETING_PERSONS
                    )
                    target = (
                        view.relative_antecedent(i, source)
                        if view.after_relative(i) and not view.object_unlike_relative(i)
                        else view.previous_actor(
                            i,
                            source,
                            towns=False,
                            any_preposition=True,
                            # (a prison sentence is a person's: حكما غيابيا بسجنه; one person's named in
                            # its sentence or the one before, those of a plural named in its own)
                            # (and him a call is made to a person: وطالبته فلوري، past her body)
                            types=(
                                ("PER",)
                                if etype == "SANCTION" or (addressed and pronoun == "ه")
                                else _OBJECT_PRONOUN_TYPES[pronoun]
                            ),
                            # (whom a call or a threat is made to, named in the sentence before too:
                            # استقبل X المنسقة Y. وطالبته Y بضمان)
                            reach=int((etype == "SANCTION" and pronoun != _THEIR) or addressed),
                            group=etype == "SANCTION" and pronoun == _THEIR,
                        )
                    )
                if etype == "COERCE" and entry.pos == "verb" and has_suffix(token):
                    # احتجزتهم القوات الروسية في مضيق كيرتش: its object pronoun is whom it holds, never a
                    # country or a town named near it; nor whoever acted on a count of people named
                    # since, whom هم stands for (أفرجت السلطات عن 23 صيادا، وكانت قوات خفر السواحل قد
                    # احتجزتهم)
                    target = [t for t in target if view.entities[t].type not in PLACE_TYPES]
                    if suffix_form(token) == _THEIR and _people_counted_since(view, i, lo, source):
                        target = []
                    if freed := _freed_just_before(events, doc.sentences[token.sentence].start):
                        # أفرجت السلطات عن 46 جنديا من كوت ديفوار كانت قد اعتقلتهم، بعد أن احتجزه خفر
                        # السواحل: those the release just told frees are those the pronoun says it held
                        target = list(freed)
                    if obj == (i, i) and entry.lemma in _DISPERSING:
                        # تظاهر آلاف من أنصار التيار الصدري ... قبل أن تفرقهم الشرطة: the crowd, that is
                        # the body whose people protested, if named
                        target = [e for e in _crowd_dispersed(view, i, events) or () if e not in source]
                if supportive:
                    target = []  # against no one: whom it is for is the support coded at مؤيدة
                elif etype == "PROTEST":
                    if _celebrating(view, i, hi):
                        continue  # وخرجت جماهير غفيرة إلى الشوارع احتفالا بالقرار: rejoicing, no protest
                    # تظاهر الآلاف احتجاجا على X: one protest, the noun that names X not coded again, nor
                    # one naming no one (تظاهرة في هلمستاد احتجاجا على ما يتعرض له المسيحيون في الموصل),
                    # nor one after a protest whose target is named already (نظمت حماس مظاهرة ... احتجاجا)
                    caller = view.called_by(i, hi)
                    if caller and not (source and args.source):
                        # تظاهر الآلاف بدعوة من X، مواكب دعت إليها X: who called it organised it, no
                        # one it is against (that is what it protests: احتجاجا على تقاعس الحكومة);
                        # not whoever acted before (فيما خرج عشرات الآلاف في مظاهرات دعا إليها X)
                        # (nor the strikers' employer, what their strike is against unless another is
                        # named: نفذ عمال شركة X إضرابا بدعوة من الجامعة العامة للمناجم)
                        employer = _employer_before(view, lo, i)
                        source, target = caller, [t for t in target if t not in caller]
                        target = target or [e for e in employer if e not in caller]
                    if not source and entry.pos == "noun" and token.text.endswith("ا"):
                        # قطع أعضاء في اتحاد الفلاحين طريقا، احتجاجا على: the act's doer protests
                        doers = self._motive_doer(view, readings, events, i, lo, hi)
                        # (not a government's, whose protest is told by the act: استدعت الخارجية السفير
                        # احتجاجا على)
                        if not (
                            entry.lemma in _VERBAL_PROTESTS
                            and all(_official(view.entities[e]) for e in doers)
                        ):
                            source = doers
                    if (
                        entry.mode == _BOYCOTT
                        and obj is not None
                        and (owner := _goods_owner(view, obj[1], hi))
                    ):
                        # مقاطعة منتجات شركة X: the goods' maker is boycotted, and boycotts nothing
                        source, target = [e for e in source if e not in owner], owner
                    if (
                        entry.mode == _BOYCOTT
                        and entry.pos == "noun"
                        and obj is not None
                        and (boycotter := _genitive_boycotter(view, i, obj[0]))
                    ):
                        # أعلنت ساكي مقاطعة الولايات المتحدة دبلوماسيا دورة الألعاب: the genitive before
                        # what is boycotted is who boycotts it, not whom
                        source, target = boycotter, [t for t in target if t not in boycotter]
                    # (a town named only as where it is, أمام مجلس النواب في عمّان، إلى شوارع طرابلس, is no
                    # target that keeps what it protests from being looked for)
                    target = [t for t in target if not _only_where(view, t, lo, hi)]
                    if entry.mode == _OBSTRUCT:
                        # أغلق محتجون الطريق السريع «أيالون»: what they close, named with no preposition
                        # before the sentence ends, is no one they protest
                        end = next((k for k in range(i + 1, hi) if view.tokens[k].text in _CLAUSE_ENDS), hi)
                        closed = {
                            e
                            for k in range(i + 1, end)
                            if (m := view.at.get(k)) is not None and m.prep is None
                            for e in m.entities
                        }
                        target = [t for t in target if t not in closed]
                    protested = None
                    if (
                        target
                        and _only_picketed(view, target, i, hi)
                        and (stanced := view.protested(i, hi, source, attributed))
                        and view.stance(stanced[1])
                    ):
                        # تجمع متظاهرون أمام مقر رئيس الوزراء البريطاني غوردن براون للاحتجاج على انتهاكات
                        # الرئيس الباكستاني برويز مشرف: the seat they stood before yields to whom a stance
                        # word names
                        target, protested = [], stanced
                    elif not target:
                        protested = view.protested(i, hi, source, attributed)
                    if protested:
                        target, cue = protested
                    else:
                        cue = view.stance_word(i, hi)
                        if cue is not None and not target:
                            target = _verdict_court(view, cue, hi)  # احتجاجا على الحكم: the court's
                        if not target and (cue is not None or entry.pos == "verb" or entry.mode == _BOYCOTT):
                            # احتج X على المضايقات التي تمارسها الشرطة، تظاهروا ضد القانون الذي أقره
                            # الحزب الحاكم، قاطعت X الحوار الذي أطلقه Y: whoever does what it is against
                            # (a boycott told as a noun too: مقاطعة بطولة كأس العالم التي تستضيفها روسيا)
                            target = _relative_owner(view, i if cue is None else cue, hi, source)
                        if cue is not None and not target and cue + 1 < hi and view.core[cue + 1] == ON:
                            # احتجاجا على القرار: whoever took the decision told before
                            told = _told_agent(
                                doc,
                                view,
                                readings,
                                events,
                                cue,
                                hi,
                                self.symmetric,
                                source,
                                subject_last=cue + 1,
                            )
                            target = [e for e in told if e not in source]
                        if not target and cue is not None and entry.mode == _BOYCOTT:
                            # مقاطعة دورة الألعاب التي تستضيفها الصين، بسبب الإبادة: the reason names no
                            # one; who holds what is boycotted is boycotted
                            target = _relative_owner(view, i, hi, source)
                    if cue is not None and any(e.type == "PROTEST" for e in readings[cue][0]):
                        consumed.add(cue)
                    if source and _employees_of(view, lo, hi, source):
                        # نفذ أعوان شركة نقل تونس إضرابا: workers strike against their employer, unless
                        # against another named (ونظم المئات من موظفي شركة النفط اليمنية وقفة احتجاجية ضد
                        # التحالف: the coalition)
                        source, target = [], [t for t in target if t not in source] or source
                    if not source and caller:
                        # نفذ عمال شركة X إضرابا بدعوة من النقابة: the union, against their employer
                        source, target = caller, [t for t in target if t not in caller]
                if etype == "SANCTION" and obj is not None:
                    # استدعت X سفيرها لدى مالي: the country it is recalled from
                    if view.bare[obj[1]] not in _HOSTING_RIGHTS:
                        target = _host_countries_of(view, view.posted_at(obj[1], hi, source)) or target
                    else:
                        # the host it is withdrawn from, before the right (سحب الاتحاد من إندونيسيا حق تنظيم
                        # البطولة) or after it (سحب تنظيم البطولة من الكاميرون)
                        host = next(
                            (
                                a
                                for k in range(i + 1, obj[0])
                                if (a := view.actor(k)) is not None and a.prep == FROM
                            ),
                            None,
                        )
                        target = (
                            [e for e in host.entities if e not in source]
                            if host is not None
                            else view.posted_at(obj[1], hi, source, _HOSTING_REACH)
                        ) or target
                    if (etype, entry.mode) == _EXPULSION:
                        # طردت X السفير الإسرائيلي، موظفين في السفارة الفرنسية: the country they represent
                        target = _envoy_country(view, target, _MISSION) or target
                elif etype == "COOPERATE" and obj is not None and entry.lemma in _MISSION_OPENINGS:
                    # أعادت X فتح سفارتها في دمشق: the country it is opened in
                    target = _mission_host(view, obj[1], hi, source) or target
                elif (
                    etype == "ACCUSE"
                    and obj is not None
                    and obj[1] + 1 < hi
                    and (sender := view.actor(obj[1] + 1)) is not None
                    and sender.prep is None
                    and _own_state(view, sender.entities, source)
                    and (posts := view.posted_at(sender.last, hi, source))
                ):
                    # أعلنت الخارجية السودانية استدعاء سفير السودان في نيروبي: its own envoy, recalled from
                    # where he is posted
                    etype, mode, target = "SANCTION", _SEVER, _host_countries_of(view, posts)
                elif (
                    etype == "ACCUSE"
                    and obj is not None
                    and target
                    and obj[1] + 1 < hi
                    and view.bare[obj[1]] in _AMBASSADOR_WORDS
                    and (sender := view.actor(obj[1] + 1)) is not None
                    and sender.prep is None
                    and sender.etype == "GPE"
                    and sender.last + 1 < hi
                    and view.core[sender.last + 1] == AT_BODY
                    and all(view.entities[t].type == "PER" for t in target)
                    and not set(sender.entities) & set(source)
                ):
                    # استدعت الخارجية الإيرانية سفير روسيا لدى طهران أليكسي ديدوف: the country whose
                    # ambassador to the summoner he is, not the envoy named after his post, is protested to
                    # (not one named right after his country: سفيرة المغرب كريمة بنيعيش, سفير مالي في
                    # نواكشوط محمدو سيديبي)
                    target = list(sender.entities)
                elif etype == "ACCUSE" and obj is not None and not target and obj[1] + 1 < hi:
                    # استدعت X سفير الاتحاد الأوروبي: the envoy's sender is protested to
                    sender = view.actor(obj[1] + 1)
                    if sender is not None and sender.prep is None and not set(sender.entities) & set(source):
                        target = list(sender.entities)
                elif etype == "ACCUSE" and entry.mode == _DISAPPROVE and obj is not None:
                    # استدعت X السفير التركي: an ambassador named by his country alone stands for it,
                    # and so does a chargé d'affaires (القائم بالأعمال التركي), when the passage names it (not
                    # a named envoy)
                    target = _envoy_country(view, target) or target
                if (
                    etype == "REJECT"
                    and entry.mode == _DENY
                    and target
                    and not _denied_claim_of(view, i, hi, target)
                ):
                    # نفى بيسكوف أن تكون موسكو تخطط، وهو ما نفته لندن: a denial is of a claim, not of whom
                    # the claim names; only a claim's author is its target (نفى اتهامات واشنطن)
                    target = []
                if entry.type == "AID" and obj is not None and _own_staff(view, obj[0], hi):
                    continue  # نقلت الولايات المتحدة موظفي سفارتها من هايتي: its own staff moved, no aid
                if entry.frame.warn and _travel_advice(view, i, hi):
                    continue  # حذرت رعاياها من السفر إلى ليبيا: advice to its own people, no threat
                if entry.frame.warn and not target:
                    warned = view.warned_of(i, hi, source)
                    if warned is None:
                        continue  # حذر من كارثة: a warning of a state of things
                    etype, target = warned
                elif entry.frame.warn and _warned_of_conduct(view, i, hi):
                    etype, mode = "ACCUSE", _DISAPPROVE  # حذرت إيران واشنطن من أي مغامرة: its conduct
                if entry.frame.given:
                    helped = _helped(view, i, hi)
                    if helped is not None:
                        target = helped or target
                    elif obj is not None and has_suffix(view.tokens[obj[0]]):
                        continue  # its own forces (أرسلت قواتها إلى ...): a deployment
                    elif (
                        (entry.type, entry.mode) == _MILITARY_AID
                        and obj is not None
                        and obj[0] > lo
                        and view.core[obj[0] - 1] == FROM
                    ):
                        continue  # أرسلت فرنسا 40 عنصرا من قوات الدرك إلى باماكو: men drawn from a force
                    elif (
                        (entry.type, entry.mode) == _MILITARY_AID
                        and target
                        and not any(_recipient(view.entities[t]) for t in target)
                    ):
                        continue  # أرسلت ألف جندي إلى الشرق الأوسط: no one receives aid, a deployment
                if etype == "ASSAULT" and entry.pos == "noun" and (group := _armed_lam(view, i, hi)):
                    # هجوم لتنظيم داعش، لهجوم لحركة الشباب: an armed group after ل is the attack's agent
                    source = list(group)
                    target = [t for t in target if t not in group]
                if entry.frame.verbal and (
                    not (
                        _verbal(view, source, target)
                        or (_unarmed(view, source, target) and self._said_after(view, i, hi))
                    )
                    # (nor armed men, whoever leads them: هاجمت عصابات يقودها جيمي شيريزييه مركزا للشرطة)
                    or (i + 1 < hi and view.bare[i + 1] in _ARMED_MEN)
                ):
                    continue
                if entry.pos == "noun" and (pushed := _pushed_to(view, i, lo)):
                    if not source:
                        source = [e for e in pushed if e not in target]  # ما دفع الخارجية إلى استدعاء السفير
                    elif not target and not set(source) & set(pushed) and _genitive_group(view, i) == source:
                        # ما دفع أثينا إلى اتهام أنقرة بتهديد السلام: the one pushed is the agent, the
                        # noun's genitive its patient
                        source, target = pushed, source
                if not source and entry.pos == "noun" and events and _asked_to_stop(view, i, events[-1]):
                    # (not a body of nations, asked to make others stop: دعت الجامعة مجلس الأمن إلى وقف
                    # العدوان على غزة)
                    source = [
                        t for t in events[-1].target if t not in target and view.entities[t].sector != _IGO
                    ]
                # fired at something, a time between or not (أطلقت عشرات الصواريخ فجر أمس على البلدات)
                aimed = obj is not None and _aimed(view, obj[1] + 1, hi)
                if entry.frame.to and not target and etype in _PLACE_PATIENT_TYPES:
                    # أطلقت حماس قذيفة على بلدة خزاعة: the place struck is the recipient; fired at
                    # something unnamed (صاروخا على منزل في غزة), where it was hit
                    target = view.places_with(p, i, hi) if (p := view.place_object(i, hi, source)) else []
                    if not target and aimed and obj is not None:
                        # على مجموعة من عناصر «كتائب القسام»: the body whose members it was fired at
                        target = view.victim_body(obj[1] + 1, hi, source)
                    if not target and aimed:
                        target = [p] if (p := view.location(lo, hi, i, source, after_only=True)) else []
                if not target and etype == "SUPPORT":
                    # أشاد X بالتعاون مع Y؛ أعرب X عن تضامنه مع مالي إثر الهجوم الذي شنته Z: whom the ties
                    # or the solidarity are with, before the agent of a relative clause after them
                    target = _partner(view, i, hi, source)
                if not target and etype in _OWNED_STANCES and (entry.pos == "verb" or has_suffix(token)):
                    # أشاد X بالجهود التي تبذلها Y؛ أعرب X عن تقديره للجهد الذي تبذله Y؛ ردت المحكمة
                    # الدعوى التي أقامها Y: from the object on
                    target = _relative_owner(view, obj[1] - 1 if obj is not None else i, hi, source)
                if not target and etype in _STANCE_TYPES and (entry.pos == "verb" or has_suffix(token)):
                    # انتقد X قيود التصدير الهندية؛ رحب X بالقرار السعودي: the country of the object's
                    # nationality (not a denial's: رفضت X الاتهامات السورية)
                    target = self._object_owner_nationality(
                        view, obj[1] - 1 if obj is not None else i, hi, source
                    )
                if not target and etype == "AGREE" and obj is not None:
                    target = _seller(view, obj[1], hi, source)  # وقعت X صفقة لشراء الغاز من Y
                if not target and (etype == "SUPPORT" or (etype == "ACCUSE" and entry.pos == "verb")):
                    # أشاد X بـ«الدعم السخي» من المملكة، انتقدت X «التهديدات» من مدريد
                    target = _giver(view, i, hi, source, direct=etype == "ACCUSE")
                if etype == "SANCTION" and obj is not None and view.core[obj[0]].startswith(_MEMBERSHIP):
                    # تعليق عضوية دمشق في الجامعة العربية: the member suspended is the genitive, the body
                    # it belonged to suspends it
                    member = view.actor(obj[1] + 1)
                    if member is not None and member.prep in (None, GENITIVE_IN_PP):
                        target = list(member.entities)
                        source = [e for e in source if e not in target]
                        body = view.first_actor(member.last + 1, min(hi, member.last + 3))
                        if not source and body is not None and body.prep in (_IN_PREP, FROM):
                            source = list(body.entities)
                if etype == "MOBILIZE" and not source and obj is not None:
                    # ونشر نحو ألف جندي إضافي من قوات حلف شمال الأطلسي في قندهار: the force the troops
                    # are of deploys them (counted from a batch's من: وصلت دفعة جديدة من عناصر X), and so
                    # does the one they belong to (وصلت ثلاث سفن حربية تابعة لأسطول البحر الأسود)
                    # (past the troops a batch counts too: وصلت دفعة جديدة من 200 عنصر من الشرطة الكينية)
                    batch = view.batch_from(obj[1], hi)
                    drawn_reach = (obj[1] if batch is None else batch + _BATCH_COUNT_WORDS) + _FORCE_OF_REACH
                    force = next(
                        (
                            a
                            for a in args.mentions
                            if (a.prep == FROM or (a.prep == "ل" and view.owned_by(a)))
                            and a.etype == "ORG"
                            and obj[1] < a.first <= drawn_reach
                        ),
                        None,
                    )
                    if force is not None:
                        source = list(force.entities)
                        target = [t for t in target if t not in source]
                if (
                    (etype, mode) == _MILITARY_AID
                    and entry.pos == "verb"
                    and any(view.bare[k] in _SALES for k in range(i + 1, hi))
                ):
                    # سلمت روسيا إيران منظومات صواريخ بموجب صفقة: weapons sold, trade
                    etype, mode = "COOPERATE", None
                if etype == "AID" and entry.frame.swap and obj is not None and source and not target:
                    # تلقى الجيش اللبناني مساعدات عسكرية أمريكية: the subject receives, and the aid's
                    # nationality names who gives it, or the clause of giving on it (تسلم المغرب شحنة
                    # لقاحات قدمتها منظمة يونيسف)
                    target, source = (
                        source,
                        [
                            e
                            for e in self._aid_nationality(view, obj[1], hi) or _given_by(view, obj[1], hi)
                            if e not in source
                        ],
                    )
                if not target and etype == "AID" and entry.pos == "verb":
                    # قبلت المملكة المغربية عروض الدعم التي قدمتها إسبانيا: the aid offered went to
                    # whoever accepts or refuses it
                    target = [e for e in _offered_to(view, i, hi) if e not in source]
                if not target and etype == "AID" and entry.frame.objects:
                    # تخصيص 5 ملايين يورو للإغاثة في ليبيا: the country what is given is given in (not
                    # the help in doing something: للمساعدة في تمويل الإعمار في العراق); ستودع 200 مليون
                    # دولار في البنك المركزي اليمني: the bank a deposit is put in
                    target = _aided_in(view, i, hi, source, entry.lemma in _DEPOSITS)
                if not target and etype in ("COERCE", "PROTEST", "SANCTION") and entry.pos == "verb":
                    # اعتقلت الشرطة 22 موظفا في بلدية إسطنبول: the body whose people were taken; أضرب 20
                    # ألف عامل في شركة X: the company whose workers strike
                    target = view.victim_body(i + 1, hi, source)
                if etype == "REJECT" and (offered := self._act_nationality(view, i, hi, _REFUSED)):
                    # رفضت أديس أبابا المقترح السوداني بتشكيل وساطة تضم X: the country whose proposal it is,
                    # not who would be in it (and after the refusal told as a noun: بعد رفض الرياض طلبا
                    # من واشنطن)
                    target = [e for e in offered if e not in source] or target
                if (
                    not target
                    and etype in _STANCE_TYPES
                    and (entry.pos == "verb" or has_suffix(token) or bool(view.enacted_by(i, False)))
                ):
                    appealed = (
                        entry.lemma == _APPEAL
                        and obj is not None
                        and obj[1] > obj[0]
                        and obj[0] not in view.inside
                    )
                    # أدانت إيران العدوان الإسرائيلي على غزة: the country whose act is condemned; ودان X
                    # الغارة، ونددت Y بالتهديدات: the agent of the act told before (and a noun a verb
                    # of responding governs: وردت الخارجية الإيرانية بإدانة العقوبات)
                    target = (
                        [e for e in self._act_nationality(view, i, hi) if e not in source]
                        or (_accused_after(view, readings, i, hi, source) if etype == "ACCUSE" else [])
                        or [
                            e
                            # (past its object: أعرب غوتيريش عن ترحيبه بالاتفاق; but an appeal's object
                            # is the decision appealed, ستطعن في القرار: from its preposition)
                            for e in _told_agent(
                                doc,
                                view,
                                readings,
                                events,
                                i if obj is None else obj[0] if appealed else obj[1],
                                hi,
                                self.symmetric,
                                source,
                                # (past a subject with its title, named after the verb: ووصف المفوض السامي
                                # لحقوق الإنسان X العملية بأنها)
                                subject_last=None if obj is not None else _subject_last(args),
                                subject_before=appealed,
                                blamed=etype == "ACCUSE",
                                praised=etype == "SUPPORT",
                            )
                            if e not in source
                        ]
                    )
                if (
                    not target
                    and obj is not None
                    and view.core[obj[0]] in PREPOSITIONS
                    and (beside := view.at.get(obj[1] + 1)) is not None
                    and not set(beside.entities) & set(source)
                ):
                    target = list(beside.entities)  # تقف إلى جانب سوريا: the genitive of a prepositional head
                if (
                    not target
                    and etype == "SANCTION"
                    and obj is not None
                    and has_suffix(view.tokens[obj[0]])
                    and not self._object_keys(view, obj[0]).isdisjoint(_MEMBERSHIPS)
                ):
                    # وعلق الاتحاد عضويتها: the one whose membership is suspended, named before (in a
                    # prepositional phrase too: ندد بالانقلاب في النيجر وعلق عضويتها)
                    named = [
                        m
                        for m in view.at.values()
                        if m.last < i
                        and m.etype in ("GPE", "ORG")
                        and m.entities[0] not in source
                        and token.sentence - view.tokens[m.last].sentence <= 1
                    ]
                    target = list(max(named, key=lambda m: m.last).entities[:1]) if named else []
                if (
                    not target
                    and etype == "THREATEN"
                    and source
                    and (entry.lemma in _REPLY or entry.frame.future or _reply_in_kind(view, i, hi))
                ):
                    # اتهم X إسرائيل بالوقوف وراء الهجوم، مؤكدا أن إيران سترد بحزم: a reply, on whom was
                    # accused earlier in the sentence; so too any step said to come (انتقد بيسكوف قرار
                    # ليتوانيا، مؤكدا أن روسيا ستتخذ الإجراءات اللازمة)
                    target = _accused_before(doc, view, events, i, source, 0)
                if (
                    not target
                    and etype == "THREATEN"
                    and _retaliation_for_attacks(view, readings, i, hi, source)
                ):
                    # تعهدت الإمارات بالرد على «هذه الهجمات»: on those who made the attacks told before
                    attack = _last_told(doc, view, events, i, _is_assault, _KIND_TOLD_REACH)
                    target = [e for e in attack.source if e not in source] if attack is not None else []
                elif (
                    not target
                    and etype == "THREATEN"
                    and (entry.frame.future or entry.lemma in _KEEPING_RIGHT)
                    and (replied := _replied_on(view, i, hi, source))
                ):
                    # سترد بقوة على أي استفزاز من جانب سيول وواشنطن، تحتفظ بحق الرد على أي هجوم تشنه X:
                    # whoever the reply is on
                    target = replied
                elif not target and etype == "THREATEN" and source and _reply_in_kind(view, i, hi):
                    # فرض الاتحاد الأوروبي عقوبات ... وتوعدت الخارجية الروسية بالرد بإجراءات مماثلة: on
                    # whoever took the hostile step told just before
                    # (not by its own side: وانتقدت الخارجية الصينية القرار ... فيما لوحت بكين)
                    step = _last_by_others(doc, view, events, i, source, _HOSTILE_TYPES)
                    if step is not None:
                        target = list(step.source)
                    else:
                        # (where none is told, on whom was accused: اتهمت الوزارة إسرائيل بالوقوف وراء
                        # الهجوم ... فيما توعدت دمشق بالرد)
                        target = _accused_before(doc, view, events, i, source)
                elif (
                    not target
                    and etype == "THREATEN"
                    and source
                    and (entry.frame.future or entry.lemma in _KEEPING_RIGHT)
                    and (
                        attack := _last_by_others(
                            doc, view, events, i, source, _ASSAULT_ONLY, _KIND_TOLD_REACH
                        )
                    )
                    is not None
                ):
                    # تصدت الدفاعات لهجوم شنه الحرس الثوري ... وأكدت الدوحة أنها تحتفظ بحق الرد، قالت إنها
                    # سترد: on whoever made the attack told before
                    target = list(attack.source)
                elif not target and etype == "THREATEN" and source:
                    # هدد X بفسخ العقد مع شركة هيسباسات: whom the act threatened is done to
                    target = _threatened_by_act(view, i, hi, source)
                if (
                    etype in _OPINION_TYPES
                    and i + 1 < hi
                    and i > lo
                    and view.core[i - 1] in _STEPS
                    and (view.core[i + 1] in WITH_IT or has_suffix(token))
                ):
                    # في خطوة نددت بها X، في خطوة وصفتها X بأنها انقلاب: the pronoun is the step just told,
                    # its agent the target: the last act's, else the sentence's first actor (أعلن سعيد
                    # تجميد عمل البرلمان وإعفاء المشيشي، في خطوة وصفتها النهضة)
                    told = _last_told(
                        doc, view, events, i, lambda ev, own=frozenset(source): not own & set(ev.source)
                    )
                    first = view.first_actor(max(lo, view.byline_end), i)
                    opening = (
                        first is not None and first.prep is None and not set(first.entities) & set(source)
                    )
                    if (
                        told is not None
                        and opening
                        and told.sentence.start != doc.sentences[token.sentence].start
                    ):
                        # ألغت المحكمة العليا الحصص، في قرار رحبت به X: the step of the sentence's own
                        # subject when no act of the sentence is told, not an act of one before
                        told = None
                    if told is not None:
                        target = list(told.source)
                    elif opening:
                        target = list(first.entities)
                which_told = (
                    etype in _OPINION_TYPES
                    and entry.lemma not in DENIAL_LEMMAS  # (وهو ما نفته لندن: of a claim, see above)
                    and i - 2 >= lo
                    and i + 1 < hi
                    and view.core[i - 1] == _WHAT_ITSELF
                    and view.core[i - 2] in _IT_IS
                    and (view.core[i + 1] in WITH_IT or has_suffix(token))
                )
                if which_told:
                    # احتجاز جماعة الحوثي قافلة أدوية، وهو ما نددت به الحكومة اليمنية؛ تصويت مصر لصالح
                    # مشروع قرار روسي، وهو ما انتقده X؛ طالبت X بتعليق التعاون، وهو ما رفضته Y: "which" is
                    # the act told before in the sentence, its agent the target: the last act's, else the
                    # sentence's first actor
                    told = _last_told(
                        doc,
                        view,
                        events,
                        i,
                        lambda ev, own=frozenset(source), start=doc.sentences[token.sentence].start: (
                            not own & set(ev.source) and ev.sentence.start == start
                        ),
                    )
                    first = view.first_actor(max(lo, view.byline_end), i)
                    if told is not None:
                        # (an accusation refused is denied, aimed at no one: اتهمت X Y بدعم الإرهاب، وهو ما
                        # رفضته Y)
                        target = [] if etype == "REJECT" and told.type == "ACCUSE" else list(told.source)
                    elif first is not None and first.first < i - 2 and not set(first.entities) & set(source):
                        target = list(first.entities)
                if (
                    etype == "REJECT"
                    and entry.lemma in DENIAL_LEMMAS
                    and not args.after_verb
                    and i - 2 >= lo
                    and view.core[i - 1] == _WHAT_ITSELF
                    and view.core[i - 2] in _IT_IS
                    and (
                        charged := _last_told(
                            doc,
                            view,
                            events,
                            i,
                            lambda ev, start=doc.sentences[token.sentence].start: (
                                ev.type == "ACCUSE" and ev.sentence.start == start
                            ),
                            reach=0,
                        )
                    )
                    is not None
                    and charged.target
                    and set(charged.source) == set(source)
                ):
                    # وجهت واشنطن إلى مادورو تهما بالإرهاب، وهو ما ينفيه: the accused denies, no one named
                    # after the verb (not the accuser, the subject told before)
                    source, target = list(charged.target), []
                if (
                    not target
                    and etype in _STANCE_TYPES
                    and entry.pos == "verb"
                    and args.after_verb
                    and (at := _offered_between(view, _subject_end(args, i), hi)) is not None
                    and not _TWO_SIDES.search(view.tokens[at + 1].text)  # (بين الطرفين: see _two_sides)
                    and (pair := [e for e in view.between(at - 1, hi) if e not in source])
                ):
                    # رحبت السعودية بوقف إطلاق النار بين الهند وباكستان: the two whose deal or truce it is
                    target = pair
                if (
                    (not target or _only_towns(view, target))
                    and etype in _STANCE_TYPES
                    and entry.pos == "verb"
                ):
                    # وانتقدت منظمة العفو الدولية الحكم: the court that gave the verdict, named before
                    # (not the town it is spoken from: ورحب الحريري بالحكم من لاهاي)
                    target = [e for e in _verdict_court(view, i, hi) if e not in source] or target
                if (
                    not target
                    and not which_told
                    and etype == "REJECT"
                    and entry.pos == "verb"
                    and entry.lemma not in DENIAL_LEMMAS
                    # (a decision or an accord refused is aimed at no one: ورفضت حكومة جوبا القرار)
                    and not _refuses_a_ruling(view, args, i, hi)
                ):
                    # رفض سلام الاستقالة، رفضت الكتائب الدعوة: whose call, resignation or decision it is
                    told = _told_agent(
                        doc,
                        view,
                        readings,
                        events,
                        i,
                        hi,
                        self.symmetric,
                        source,
                        _REFUSED_KINDS,
                        _subject_last(args),
                        subject_before=bool(source) and not args.after_verb,
                    )
                    target = [e for e in told if e not in source]
                if (
                    etype == "REJECT"
                    and entry.pos == "verb"
                    and _refuses_own_plea(view, args, i, hi)
                    and (
                        caller := _last_told(
                            doc,
                            view,
                            events,
                            i,
                            lambda ev, own=frozenset(source): (
                                (ev.type == _ASKED or bool(own & set(ev.target))) and not own & set(ev.source)
                            ),
                        )
                    )
                    is not None
                ):
                    # ودعا الاتحاد الأوروبي وبريطانيا الحكومة إلى إطلاق سراحه، غير أن الرئيسة رفضت دعوتهما؛
                    # اتصل نتنياهو ببينيرا، إلا أن الأخير رفض طلبه: the call its pronoun takes back is the
                    # last one told, or the last act aimed at the refuser, by its maker
                    target = list(caller.source)
                if (
                    etype == "REJECT"
                    and entry.pos == "verb"
                    and (last := _subject_last(args)) is not None
                    and last + 1 < hi
                    and view.core[last + 1] in _VERDICT_WORDS
                    and (court := [e for e in _verdict_court(view, i, hi) if e not in source])
                ):
                    # ورفض فريق الدفاع عن حفتر الحكم: the verdict's court, whoever else is named after
                    target = court
                if not target and etype == "REJECT" and obj is not None:
                    # استخدمت روسيا حق النقض ضد مشروع قرار قدمته سويسرا والبرازيل: the draft's authors
                    target = [e for e in _draft_authors(view, obj[1], hi) if e not in source]
                if not target and etype == "REQUEST" and entry.pos == "verb":
                    # دعت روسيا إلى اجتماع طارئ لمجلس الأمن الدولي: the body whose session is called for
                    target = [e for e in _session_called_of(view, i, hi) if e not in source]
                if not target and not which_told and etype == "REJECT" and entry.pos == "verb":
                    # رفض مصدر سعودي ما ورد في تقرير المنظمة: whose report or words are refused
                    target = [e for e in _reported_by(view, i, hi) if e not in source]
                if (
                    not target
                    and etype == "REJECT"
                    and entry.pos == "verb"
                    and entry.lemma not in DENIAL_LEMMAS
                ):
                    # ورفضت حداد المثول أمام المكتب، رفض حفتر الجلوس إلى طاولة واحدة مع السراج: whom it
                    # refuses to face or sit with
                    target = [e for e in _refused_meeting_with(view, args, i, hi) if e not in source]
                if not target and etype in _ON_ACT_STANCES and entry.pos == "verb":
                    # ونددت الحكومة بما وصفته بـ"السرقة الفاضحة" من جانب واشنطن: the deed's agent, named in
                    # the clause or in a relative clause on the deed (بـ"المعاملة المهينة" التي تلقاها
                    # المهاجرون على أيدي عناصر حرس الحدود)
                    end = view.clause(i, lo, hi)[1]
                    if end + 1 < hi and view.core[end] in RELATIVES:
                        end = view.clause(end + 1, lo, hi)[1]
                    target = [e for e in view.agent(i + 1, end) if e not in source]
                if not target and etype in _ON_ACT_STANCES and entry.pos == "verb" and args.after_verb:
                    # وأدانت الخارجية الأمريكية «قمع السلطات الإيرانية للطلاب»: the quoted deed's agent
                    target = [
                        e for e in _quoted_deed_agent(view, _subject_end(args, i), hi) if e not in source
                    ]
                if not target and etype == "ACCUSE" and i + 1 < hi and view.owned_members(i + 1):
                    # فرضت X عقوبات على قائد قوات الدعم السريع محمد حمدان دقلو، متهمة قواته بارتكاب: the
                    # body whose forces the pronoun names, named before
                    target = view.members_owner(i + 1, source)
                if not target and etype == "ACCUSE" and entry.mode == _INVESTIGATE and obj is not None:
                    # فتحت النيابة تحقيقا مع سلامة وشقيقه: whom it questions
                    target = _questioned(view, obj[1], hi)
                if not target and etype == "ACCUSE" and entry.mode == _INVESTIGATE and obj is not None:
                    # طالبت المنظمة بفتح تحقيق مستقل في الهجوم: into the act told before, against its agent
                    into = next(
                        (
                            m
                            for m in range(obj[1] + 1, min(hi, obj[1] + _INQUIRY_REACH))
                            if view.core[m] == _IN_PREP
                        ),
                        None,
                    )
                    if into is not None:
                        told = _inquired_deed_agent(view, into, hi) or _told_agent(
                            doc, view, readings, events, into, hi, self.symmetric, source
                        )
                        target = [e for e in told if e not in source]
                # a war someone waged is coded though it names no victim (الحرب التي شنتها إسرائيل), and
                # rockets fired at what the text does not name: an attack all the same, no missile test
                waged = (
                    (
                        etype == "ASSAULT"
                        and bool(source)
                        and (aimed or (entry.pos == "noun" and args.explicit_subject))
                    )
                    or (
                        # and so is a blockade or sanctions someone imposes (الحصار الذي تفرضه X على البلدة)
                        etype == "SANCTION" and bool(source) and entry.pos == "noun" and args.explicit_subject
                    )
                    or (
                        # and deaths at the hands of a named agent (مقتل سبعة رعاة على يد الجيش المالي)
                        etype == "ASSAULT" and bare(entry.lemma) in _DEATHS and bool(_killed_by(view, i, hi))
                    )
                )
                if entry.frame.to and not target and obj is not None and obj[1] < i:
                    # بعث X رسالة إلى تبون ... سلمها Y: the object resumed names its recipient before
                    target = next(
                        (
                            [e for e in a.entities if e not in source]
                            for _, a in view.scan(obj[1] + 1, i, window=i - obj[1])
                            if a is not None and a.prep in (_TO, "ل")
                        ),
                        [],
                    )
                if (
                    not target
                    and (etype, mode) == _CONVICTION
                    and entry.pos == "verb"
                    and obj is not None
                    and obj[0] > i
                    and has_suffix(view.tokens[obj[0]])
                ):
                    # قضت المحكمة بسجنها سبع سنوات: the one sentenced, named before
                    target = view.previous_actor(obj[0], source, any_preposition=True, types=("PER",))
                if (
                    entry.lemma == _HOSTING
                    and entry.pos == "verb"
                    and (talks := _hosted_talks(view, readings, i, hi)) is not None
                    and len(pair := view.between(talks, hi)) >= 2
                ):
                    # استضافت الدوحة جولة من المفاوضات بين حماس وإسرائيل بمشاركة X: one CONSULT, the host
                    # and the talks' sponsors taking part with the two sides
                    hosts[i] = [e for e in (*target, *source) if e not in pair]
                    word, sponsors = view.sponsored(talks, hi)
                    # (a town hosting talks a mediator or sponsor is named for is only where they met:
                    # استضافت مسقط المحادثات بين إيران والولايات المتحدة بوساطة البوسعيدي; not those who
                    # merely take part: استضافت الدوحة المفاوضات بين حماس وإسرائيل بمشاركة بيرنز)
                    mediated = bool(sponsors) and word != PARTICIPATION
                    present = [e for e in hosts[i] if not (mediated and is_town(view.entities[e]))]
                    extra = [e for e in (*present, *sponsors) if e not in pair]
                    source, target, mode = pair[:1], [*pair[1:], *dict.fromkeys(extra)], None
                    # (the round and the talks it is of: جولة جديدة من المفاوضات بين)
                    sides = next(
                        k for k in range(talks, hi) if k in view.at and set(view.at[k].entities) & set(pair)
                    )
                    consumed.update(k for k in range(i + 1, sides) if k in view.acts)
                if (
                    entry.lemma == _HOSTING
                    and entry.pos == "verb"
                    and (talks := i - 2 if view.core[i - 1] in RELATIVES else i - 1) > lo
                    and _meeting(readings, talks)
                    and len(source) == 1
                    and (
                        guest := next(
                            (
                                a
                                for k in range(talks - 1, lo - 1, -1)
                                if (a := view.actor(k)) and a.entities == (source[0],)
                            ),
                            None,
                        )
                    )
                ):
                    # اتفق X وY على وقف إطلاق النار خلال اجتماع استضافه Z، في ختام المفاوضات التي تستضيفها Z:
                    # all those it told of met the host
                    source = [e for e in view.group_before(guest) if e not in target]
                if (
                    etype == "COOPERATE"
                    and entry.pos == "noun"
                    and entry.frame.to
                    and (
                        held := {
                            e
                            for k in range(i + 1, min(hi, i + _HANDED_REACH))
                            if (a := view.actor(k)) is not None and a.etype == "PER"
                            for e in a.entities
                        }
                    )
                    & set(source)
                ):
                    # أعلنت الوزارة تسليم رجل الأعمال X إلى السلطات الهندية: a person named after the noun is
                    # the one handed over, the giver the clause's subject
                    source = [e for e in view.clause_actors_before(i)[:1] if e not in held]
                if (
                    entry.lemma == _BUY
                    and entry.pos == "verb"
                    and has_suffix(token)
                    and view.actor(i + 1) is None
                    and (buyer := _receiver_before(view, i, lo))
                ):
                    # تسلمت نيجيريا مروحيات اشترتها من الولايات المتحدة: goods bought told as received, their
                    # buyer the one who received them
                    source = [e for e in buyer if e not in target]
                if entry.frame.to and entry.frame.swap and not target and source and entry.pos == "verb":
                    # تسلمت السعودية الدفعة الأولى من طائرات «أقنجي» المسيرة من شركة بايكار: the giver
                    # named past the goods received, out of the object's reach
                    givers = [
                        a
                        for _, a in view.scan(i + 1, hi, window=_GIVER_REACH)
                        if a is not None and a.prep_after(i) == FROM and a.entities[0] not in source
                    ]
                    if not givers:
                        continue
                    target, source = source, [e for e in view.group_after(givers[0])[0] if e not in source]
                if (
                    entry.frame.pair
                    and not args.paired
                    and not source
                    and not target
                    and (talks := _talks_resulting(doc, view, events, i, hosts))
                ):
                    # محادثات بين وفدي تايلاند وكمبوديا، أسفرت عن اتفاق: a deal of those who talked
                    source, target = talks[:1], talks[1:]
                    args.paired = True
                if etype == "CONSULT" and entry.pos == "noun" and (met := _brought_together(view, i, hi)):
                    source, target = met  # لقاء جمع X بـY: the two it brought together
                if (
                    entry.frame.pair
                    and not args.paired
                    and etype == "CONSULT"
                    and (mediated := _mediated_acts(doc, view, events, i, hi, entry, source))
                ):
                    # أفرجت جبهة النصرة عن ثلاثة عمال، إثر وساطة قادتها قطر؛ وقعت X وY اتفاقا بعد أسبوع من
                    # المحادثات برعاية Z: the mediator or sponsor met those whose act it brought about
                    source, target = mediated
                    args.paired = True
                if etype == "CONSULT" and entry.frame.to and not target and (called := _call_in(view, i, lo)):
                    # حذر تبون ماكرون في اتصال هاتفي، أكد بوتين للوكاشينكو في اتصال هاتفي: a call is
                    # where its verb's subject spoke to the one it addressed
                    source, target = called
                if (
                    source
                    and etype in _TOLD_TO_TYPES
                    and (letter := _letter_addressee(view, i, hi))
                    and (kept := [e for e in source if e not in letter])
                ):
                    # بعث أردوغان برسالة إلى نظيره بوتين، اعتذر فيها؛ تلقى بوتين رسالة من أردوغان، أعرب
                    # فيها عن أسفه لإسقاط سلاح الجو التركي الطائرة: to whom the letter it was told in went
                    # (not the deed's agent, nor the addressee read as a second subject)
                    source, target = kept, letter
                if not target and source and etype in _TOLD_TO_TYPES:
                    # في رسالة إلى الحكومة الهندية، في اتصال هاتفي مع نظيره X: the one it was told to
                    target = _addressed_in(view, i, hi, source)
                if not target and source and entry.participle and etype in _SAID_TYPES and etype != "REQUEST":
                    # أجرى X اتصالا هاتفيا بـY، معربا عن تعازيه؛ بعث X برقية إلى Y، معزيا: a participle
                    # circumstantial to a call or letter just told is said to its other party
                    target = _party_of_call(view, events, i, doc.sentences[token.sentence], source)
                if not target and etype == "SUPPORT" and _to_them_beside(view, i, lo, hi):
                    # التقى X Y وقدم له تعازيه؛ استقبل Y وفدا برئاسة X، نقل إليه تعازي Z: "to him" is the
                    # other party of the meeting just told (the one visited, when its sender is away)
                    target = _met_party(events, doc.sentences[token.sentence], source)
                if mode == _SUE and not target and source:
                    # أمرت المحكمة إسرائيل بـ...، في الدعوى التي رفعتها جنوب إفريقيا: against whom the court
                    # rules in its sentence
                    target = _ruled_against(view, events, token.sentence, source)
                if not target and etype == "AID" and source:
                    # تقديم منحة بقيمة عشرة ملايين دولار لدعم الجيش اللبناني: the one the aid is to help
                    target = _helped_by_aid(view, i, hi, source)
                if (
                    entry.frame.to
                    and not target
                    and etype == "AID"
                    and source
                    and (etype, mode) != _MILITARY_AID
                ):
                    # مولت الحكومة التركية ترميم عشرين مدرسة في سوريا: aid to the country it is spent in
                    spent = view.location(lo, hi, i, source, after_only=True)
                    if (
                        spent is not None
                        and view.entities[spent].type == "GPE"
                        and not is_town(view.entities[spent])
                    ):
                        target = [spent]
                if (
                    not target
                    and source
                    and etype == "COOPERATE"
                    and entry.pos == "verb"
                    and entry.lemma == _HANDED
                ):
                    # سلمت السلطات السعودية جثامين 104 حجاج إيرانيين من ضحايا حادث التدافع في منى إلى بعثة
                    # الهلال الأحمر: whom it hands over to, past a long object, in the clause
                    target = _handed_to(view, i, lo, hi, source)
                if not target and source and etype == "REQUEST":
                    # بعد يومين من مطالبة حركة التغيير بتنحي رئيس الإقليم مسعود بارزاني، طالب خلالها
                    # بإقالة محافظ حضرموت X: a demand with no addressee is against the one whose removal
                    # it names
                    target = view.removal_demanded(i, hi, source)
                # (an arrest of people counted and not named is coded all the same: قبضت المديرية على
                # ثلاثة مقيمين)
                counted = etype == "COERCE" and bool(source) and _on_counted(view, i, hi)
                if (
                    entry.frame.to
                    and not target
                    and not waged
                    and not counted
                    # (nor a response its speaker says it will make in kind or firmly, on whoever it is:
                    # قالت إنها سترد بالمثل، إن قواتها سترد بقوة)
                    and not (etype == "THREATEN" and entry.frame.future and _firm_reply(view, i, hi))
                    # (nor thanks given to many no name tells: شكر X الدول التي عرضت المساعدة)
                    and not (etype == "SUPPORT" and source and _unnamed_supported(view, i))
                ) or (entry.frame.pair and not args.paired):
                    continue
                if etype == "REQUEST" and entry.lemma == _ORDER and not _ordered_named(view, i, hi, target):
                    continue  # أمرت المحكمة بالإفراج عن X: an order to act, no demand made of X
                if etype == "REQUEST" and entry.lemma == _ORDER and _own_command(view, source, target):
                    continue  # أمر الرئيس X الجيش بالانتشار: a command inside his state, of no other actor
                if (
                    etype == "ACCUSE"
                    and entry.lemma == _REPLY_LEMMA
                    and not _answered_back(view, i, obj, source, target)
                ):
                    continue  # ورد X بأن بلاده ستبقى في الاتفاق: a reply that blames no one else
                if obj is not None:
                    # the object, and a trigger word qualifying it (اتفاقية تعاون); not what is to be
                    # stopped or lifted (دعا إسرائيل إلى رفع الحصار: a blockade by Israel)
                    # (nor a verb joined after it: فرقت الشرطة المتظاهرين واعتقلت 14 شخصا, another act)
                    after = obj[1] + 1
                    # (nor a verb of a clause resuming it, its own act: وقعا اتفاقا تقدم هولندا بموجبه)
                    joined = (
                        after < len(view.tokens)
                        and after in view.clause_verbs
                        and (view.conjoined(after) or view.clause_resumes(after, UNDER_IT))
                        # (a second act noun, not a verb: تجميد الأصول وحظر السفر)
                        and not any(e.pos == "noun" for e in readings[after][0])
                    )
                    # (a noun of another type after و is another act joined to it, no qualifier: إغلاق
                    # الحدود ونشر دوريات; but تجميد الأصول وحظر السفر: one sanction's measures)
                    coordinated = (
                        after < len(view.tokens)
                        and "و" in view.tokens[after].proclitics
                        and all(e.type != etype for e in readings[after][0])
                    )
                    qualifier = (
                        0 if view.core[obj[1]] in _CESSATION or supportive or joined or coordinated else 1
                    )
                    if not (
                        (etype == "RETREAT" and entry.mode is None and has_suffix(view.tokens[obj[0]]))
                        or _organised_dispersed(view, readings, entry, obj[1], hi)
                    ):
                        # (but their own strike suspended was under way: علقت النقابة إضرابها; and a
                        # gathering dispersed that its organiser held: فرقت الشرطة مظاهرة نظمها X)
                        consumed.update(range(obj[0], obj[1] + 1 + qualifier))
                    if etype == "AGREE" and entry.pos == "verb" and (k := _offered_between(view, obj[1], hi)):
                        # عرض فيدان استضافة جولة جديدة من المحادثات بين روسيا وأوكرانيا: the two it offers
                        # to bring together are parties to the offer; the talks offered are not held (but
                        # two who signed an accord between their states are its parties: وقع الوزير المصري
                        # والمفوضة الأوروبية اتفاقية بين مصر والاتحاد الأوروبي)
                        if len({*source, *target}) < 2:
                            pair = [e for e in view.between(k - 1, hi) if e not in source]
                            target = list(dict.fromkeys((*target, *pair)))
                        consumed.update(range(obj[1] + 1, k))
                    elif (
                        etype == "AGREE" and entry.pos == "noun" and (k := _offered_between(view, obj[1], hi))
                    ):
                        # أعرب أردوغان عن استعداد أنقرة للقيام بدور الوساطة بين طهران وواشنطن: the
                        # readiness is its genitive's, the two it would bring together the parties;
                        # شهدت موسكو توقيع اتفاقية بين روسيا وفنزويلا: the two signed it
                        owner = view.actor(i + 1)
                        pair = view.between(k - 1, hi)
                        if owner is not None and owner.prep in (None, GENITIVE_IN_PP):
                            source = list(owner.entities)
                            target = [e for e in pair if e not in source]
                        elif len(pair) >= 2:
                            source, target = pair[:1], pair[1:]
                        consumed.update(range(obj[1] + 1, k))
                    elif (
                        etype == "AGREE"
                        and not target
                        and (met := view.actor(obj[1] + 1)) is not None
                        and met.prep in (None, GENITIVE_IN_PP)
                        and not set(met.entities) & set(source)
                    ):
                        # أعرب بوتين عن استعداده للقاء زيلينسكي: whom it is ready to meet or talk to
                        target = view.group_after(met)[0]
                    elif (
                        etype == "AGREE"
                        and not target
                        and _READINESS in (view.core[i], view.core[obj[0]][: len(_READINESS)])
                        and (ready := _ready_with(view, obj[1], hi, source))
                    ):
                        # أبدى X استعداده لبحث تمديد الهدنة وتوسيعها مع Y؛ أبدت X استعدادها لعقد جلسة
                        # تفاوض مع Y: whom it is ready to talk or work with, past what it would do
                        target = ready
                if attributed in source:
                    attributed = None
                storming = etype == "ASSAULT" and entry.lemma in _STORMING
                crowd = (
                    view.bare[crowd_at]
                    if (storming or entry.lemma == _BESIEGE) and (crowd_at := view.past_count(i + 1)) < hi
                    else None
                )
                if storming and crowd not in _PROTESTERS and view.core[i].endswith(PLURAL_VERB):
                    crowd = _crowd_before(view, i, lo)  # وكان آلاف المحتجين قد اقتحموا: told first
                if crowd in _PROTESTERS:
                    # اقتحم محتجون مبنى المجلس، بعد اقتحام محتجين مقر السفارة، اقتحم آلاف المحتجين: a riot,
                    # no attack, against what was stormed
                    etype, mode = "PROTEST", _RIOT
                    if (
                        source
                        and _crowd_of_followers(view, crowd_at, hi)
                        and not view.supporters_of(source, lo, hi)
                    ):
                        # اقتحم محتجون من أنصار التيار الصدري مبنى السفارة: the body whose followers they are
                        # riots, against what they stormed
                        target = [t for t in target if t not in source]
                    else:
                        source, target = [], list(dict.fromkeys((*source, *target)))
                    if not target and (protested := view.protested(i, hi, source)):
                        # اقتحم محتجون مقر الحكومة، مطالبين باستقالة X: what they storm names no one, they
                        # are against whom they protest
                        target = protested[0]
                elif (
                    storming
                    and crowd in _FOLLOWERS
                    and not any(
                        view.bare[k] in EMBASSIES for k in range(crowd_at, min(hi, crowd_at + _MISSION_REACH))
                    )
                ):
                    # اقتحم آلاف من أنصار التيار الصدري مبنى البرلمان احتجاجا على ترشيح X: a riot of the
                    # body's followers (a person's are a crowd: أنصار الرئيس السابق), against what they
                    # protest, else the body stormed (not the town it is in); a foreign mission stormed is
                    # attacked (اقتحم أنصار التيار مقر السفارة السويدية)
                    etype, mode = "PROTEST", _RIOT
                    if view.supporters_of(source, lo, hi):
                        source = []
                    protested = view.protested(i, hi, source)
                    target = (
                        protested[0]
                        if protested
                        else [t for t in target if view.entities[t].type not in PLACE_TYPES]
                    )
                elif entry.lemma == _BESIEGE and _only_towns(view, source):
                    continue  # حاصرتهم النيران في ولايات بجاية: a town lays no siege, fire is no one
                if etype == "ASSAULT" and source and not target:
                    # أطلقت الشرطة الرصاص الحي على المتظاهرين في ساحة التحرير: the crowd fired on is no one
                    # named, the place it was in is the target
                    target = [e for e in _crowd_place(view, i, lo, hi) if e not in source]
                if etype == "PROTEST" and source and all(_official(view.entities[e]) for e in source):
                    if view.supporters_of(source, lo, hi):
                        source = []  # تظاهر أنصار الحريري: a crowd, whose leader does not protest
                    elif entry.lemma in _VERBAL_PROTESTS and not view.core[i].endswith("ات"):
                        # أبلغه احتجاج لبنان، مبديا احتجاجه: a government's protest is a verbal one (protests
                        # in the plural are a crowd's: قاد X احتجاجات حاشدة، الاحتجاجات التي عمت بغداد)
                        etype, mode = "ACCUSE", _DISAPPROVE
                        target = target or view.lodged_with(i, hi, source)  # احتجت طوكيو لدى بيونغ يانغ
                        if not target and entry.pos == "verb":
                            # واحتج السفير الروسي على الاتفاق: the parties of the deal told before
                            told = _told_agent(
                                doc,
                                view,
                                readings,
                                events,
                                i,
                                hi,
                                self.symmetric,
                                source,
                                subject_last=_subject_last(args),
                            )
                            target = [e for e in told if e not in source]
                if (
                    etype == "CONSULT"
                    and entry.frame.swap
                    and source
                    and not target
                    and _guest_after(view, i, hi, source)
                    and (
                        visit := _last_told(
                            doc,
                            view,
                            events,
                            i,
                            lambda ev, host=tuple(source): (
                                ev.type == "CONSULT" and not set(ev.source) & set(host)
                            ),
                        )
                    )
                    is not None
                ):
                    # زار ترامب الرياض ... واستقبل الملك سلمان ضيفه: the guest is the visitor just told
                    source, target = list(visit.source), source
                if (
                    etype == "CONSULT"
                    and mode == _VISIT
                    and entry.pos == "verb"
                    and i + 1 < hi
                    and view.bare[i + 1] in _ARRIVING_OTHERS
                ):
                    continue  # أفرجت X عن أسرى وصل معظمهم إلى رام الله، وصل المفرج عنهم: no visit
                if etype == "CONSULT" and mode != _VISIT and _only_towns(view, [*source, *target]):
                    continue  # اجتماع بيروت، عقدت قمة بيروت: where they met, not who
                if etype == "CONSULT" and target and all(view.entities[t].sector == MEDIA for t in target):
                    continue  # في لقاء مع موفد الجزيرة نت: an interview, no consultation
                if (
                    etype == "CONSULT"
                    and entry.pos == "noun"
                    and not target
                    and has_suffix(token)
                    and view.bare[i].startswith(_MEETING)
                    and not any(view.entities[e].sector == _IGO for e in source)
                ):
                    continue  # قررت لجنة السياسة النقدية في اجتماعها: a body's own sitting, no one met
                if (
                    etype == "CONSULT"
                    and entry.pos == "noun"
                    and target
                    and view.bare[i] in _SESSIONS_CALLED
                    and set(target) <= set(_session_called_of(view, i - 1, hi))
                ):
                    continue  # أثناء اجتماع لمجلس الوزراء، اجتماع للحزب: the body's own sitting, no one met
                if etype == "ASSAULT" and bare(entry.lemma) in _DEATHS:
                    # مقتل الصحفي X على يد Y: a named person killed, by whoever the passive's agent names
                    # (not who tells of it: أعلن الجيش مقتل X)
                    agent = _killed_by(view, i, hi)
                    target = [e for e in target if e not in agent] or [e for e in source if e not in agent]
                    if not agent and (not target or any(view.entities[t].type != "PER" for t in target)):
                        # مقتل 20 جنديا، مقتل اثنين من عناصر X: a toll, no attack told (but مقتل سبعة رعاة
                        # على يد عناصر من الجيش المالي: an attack its agent is named for)
                        continue
                    source = agent
                if (
                    entry.lemma == _MARTYRED
                    and not (target and all(view.entities[t].type == "PER" for t in target))
                    and any(
                        e.type == etype and e.pos == "noun"
                        for k in range(i + 1, min(hi, i + _DEATHS_AGENT_REACH))
                        for e in readings[k][0]
                    )
                ):
                    continue  # استشهد فلسطيني برصاص الجيش: no one named killed, the fire tells the attack
                sentence = doc.sentences[token.sentence]
                target = [t for t in target if t not in source]
                if etype == "CONSULT" and mode == _VISIT:
                    if _vehicle_arrived(view, i, lo, hi, source):
                        continue
                    target = _host_countries(view, source, target)  # وصل X إلى دمشق: a visit to Syria
                    if inviter := [e for e in view.called_by(i, hi) if e not in source]:
                        target = inviter  # يزور X الرياض تلبية لدعوة من ولي العهد: the host who invited him
                # a vessel acted on stands for the company named as its owner (احتجزت X ناقلة النفط «إيغل
                # إس» المملوكة لشركة «كارافيلا»: Caravella)
                owned = (o for t in target for o in (_vessel_owner(view, t, i, hi) or [t]))
                target = list(dict.fromkeys(owned))
                if not target and etype in _SEIZED_OWNER_TYPES and source:
                    # صادرت إسرائيل شحنة أجهزة تعود لشركة جوال؛ استولت الجماعة على السفينة المملوكة لشركة
                    # X: what is seized or frozen stands for its owner
                    target = _seized_owner(view, i, hi, source)
                exclude = [*source, *target]
                location = view.location(lo, hi, i, exclude)
                siege = etype == "SANCTION" and bool(source) and _siege(view, i, entry, obj)
                if etype in ("COERCE", "AID") or siege or (etype, mode) == _RELEASE:
                    # arrests, closures and curfews in a town do not make it their target (فرضت حظر
                    # التجول على مدينة الخليل، إغلاق معبر رفح): where they happened; nor do the towns
                    # the people released come from or reach (أفرجت الوزارة عن 430 موقوفا من ريف دمشق
                    # ودرعا، وصل إلى الدوحة خمسة أمريكيين أفرجت عنهم إيران); nor does a siege
                    # (الحصار الذي تفرضه الجماعة على مدينة تعز: a town's people are besieged, not a
                    # party, once its imposer is named), unless of a capital that stands for its
                    # government (حصار الدوحة); nor is a town aid is brought into its recipient
                    # (أدخلت مصر 200 شاحنة عبر معبر رفح)
                    towns = [
                        t
                        for t in target
                        if (
                            _small_place(view, t, lo, hi)
                            if etype == "AID"
                            # (a province as a town: عن 430 موقوفا من ريف دمشق)
                            else (_below_country if (etype, mode) == _RELEASE else is_town)(view.entities[t])
                        )
                        and not (siege and is_capital(view.entities[t].name))
                    ]  # (but a town named bare may stand for its government: أرسلت ألمانيا أسلحة إلى كييف)
                    target = [t for t in target if t not in towns]
                    location = towns[0] if towns else location
                if etype == "CONSULT" and obj is not None and (author := _message_author(view, obj[1], hi)):
                    # سلم عراقجي ولي العهد رسالة خطية من الرئيس بزشكيان: the message is its author's, to
                    # whom it was handed (its bearer is no party); with no one else after the verb, the
                    # one read as its subject received it (وسلّم الوزير السعودي رئيسي رسالة من الملك سلمان)
                    handed = [e for e in target if e not in author] or [e for e in source if e not in author]
                    source, target = author, handed
                if (etype, mode) == _RESIGNATION:
                    target = []  # قدم استقالته إلى رئيس الحكومة: whom it is handed to is no party to it
                if (
                    etype == "REJECT"
                    and entry.pos == "verb"
                    and entry.lemma not in DENIAL_LEMMAS  # (نفى اتهامات واشنطن: see _denied_claim_of)
                    and target
                    and _refuses_charges(view, args, i, hi)
                ):
                    target = []  # ورفضت وزارة الخارجية الأميركية اتهامات مادورو: charges refused are denied
                if (etype, mode) == _HANDED_BACK and (handed := _handed_to(view, i, lo, hi, source)):
                    # سلمت القوات الفرنسية قاعدة غاو، آخر قواعدها في البلاد، إلى الجيش المالي: a hand-over
                    # takes whom it is handed to, past what is handed and where it lies (not the base)
                    target = handed
                if (etype, mode) in _LEFT_PLACE_MODES:
                    # a withdrawal is from a place, not an actor (انسحب الجيش من لبنان): where it happened
                    left = [t for t in target if view.entities[t].type in PLACE_TYPES]
                    # (nor the forces withdrawn, the withdrawer's own, no party it acts on, nor what they
                    # leave after من: أعلن الرئيس سحب القوات الحكومية من المدينة، سحب تعزيزات الشرطة، سحب ألف
                    # جندي من قوات X)
                    withdrawn = _withdrawn_forces(view, obj, hi) if obj is not None else ()
                    target = [t for t in target if t not in left and t not in withdrawn]
                    location = left[0] if left else location
                if not target and etype == "ASSAULT" and (entry.pos == "noun" or args.passive):
                    # مقتل ضابط في الجيش العراقي في هجوم: the body whose members were hit (an active
                    # verb's members are its subject: عشرات من مؤيدي حزب الله رشقوا دوريات)
                    target = view.victim_body(lo, hi, source)
                if (
                    not target
                    and source
                    and etype == "ASSAULT"
                    and entry.pos == "verb"
                    and _attackers_after(view, i, hi)
                    and (raid := _last_told(doc, view, events, i, _is_assault, _KIND_TOLD_REACH))
                ):
                    # قتلت قوات الأمن المهاجمين الثمانية، ثلاثة من المهاجمين: those who carried out the attack
                    # told just before, by whoever is named to have killed them
                    target = [e for e in raid.source if e not in source]
                if not target and etype == "ASSAULT" and (mode in _WEAPON_MODES or entry.lemma in _ATTACKS):
                    # انفجرت عبوة قرب مقر الحزب الديمقراطي الكردستاني: the seat's owner was struck (not
                    # by what only occupies a place: تحتل اللسانيات الطابق ... مكتب X)
                    target = view.seat_struck(i, hi, source)
                if (
                    not target
                    and (etype in _PEOPLE_PATIENT_TYPES or (etype, mode) == _EXPULSION)
                    # (not a withdrawal's: the troops withdrawn are the withdrawer's own, and where they
                    # are withdrawn from no party, ستسحب الولايات المتحدة 12 ألف جندي من ألمانيا)
                    and (etype, mode) not in _LEFT_PLACE_MODES
                    and (etype, mode) != _RESIGNATION  # (a resignation is done to no one)
                    and (
                        entry.pos == "verb"
                        or etype == "RETREAT"
                        or (etype, mode) == _EXPULSION
                        # (a noun's people after its agent: توقيف فرنسا موظفا قنصليا جزائريا)
                        or (etype == "COERCE" and source)
                    )
                ):
                    # اعتقلت X ثلاثة ناشطين، بينهم Y: the one named among the people acted on; أفرجت باكو
                    # عن خمسة جنود أرمن، طرد X الدبلوماسيين الأميركيين: unnamed people of a country named
                    # (a release noun's too, past its agent: بعد إفراج حماس عن ثلاث رهائن إسرائيليات)
                    # (a noun's too, its agent named: أعلن X تعليق عمل عشر منظمات، بينها Y)
                    named = _named_among(view, i, hi, source) if entry.pos == "verb" or source else []
                    # (an expulsion's people after a count: طرد أكثر من مئة دبلوماسي روسي)
                    start = obj[1] - 1 if (etype, mode) == _EXPULSION and obj is not None else i
                    target = (
                        named
                        or [e for e in self._object_nationality(view, start, hi) if e not in source]
                        or _members_of_owner(view, i, hi, source)
                    )
                if (
                    etype == "ASSAULT"
                    and entry.lemma in _SHOOTING_DOWN
                    and obj is not None
                    and (not target or _only_towns(view, target))
                ):
                    # أسقطت إيران طائرة الركاب الأوكرانية قرب طهران: the aircraft's country, not the town
                    target = self._craft_nationality(view, obj, hi, source) or target
                if (
                    target
                    and etype in _NAMED_MEMBER_TYPES
                    and all(view.entities[e].type == "ORG" for e in target)
                    and (named := _named_among(view, i, hi, source, obj[1] if obj is not None else None))
                    and all(view.entities[e].type == "PER" for e in named)
                ):
                    # بسجن خمسة ناشطين من حركة X، بينهم مؤسسها Y: the members named, not their body; but a
                    # body acted on itself stays, with those named among the others (فرض الاتحاد عقوبات على
                    # مجموعة فاغنر وثمانية أفراد، بينهم القائد الميداني ديمتري أوتكين)
                    target = [*target, *named] if _acted_on_itself(view, i, hi, target[0]) else named
                if not source and (etype, mode) == _RESIGNATION and entry.pos == "noun" and has_suffix(token):
                    # أعلن ثلاثة وزراء استقالتهم، بينهم X: those named among the unnamed who resign
                    source = _named_among(view, i, hi, target)
                if not target and etype == "SANCTION":
                    # فرضت الصين عقوبات على سبع شركات أمريكية، من بينها شركة X: the one named among them
                    target = _named_among(view, i, hi, source, obj[1] if obj is not None else None)
                if target and (etype, mode) == _CONVICTION:
                    target = [*target, *_also_sentenced(view, i, hi, target)]  # و10 سنوات على Y
                if (
                    not target
                    and etype == "SANCTION"
                    and obj is not None
                    and (on := _on_after(view, obj[1], hi) or _on_within(view, obj))
                ):
                    # فرضت واشنطن عقوبات (جديدة) على مسؤولين روس: the country of the people sanctioned,
                    # named (also after an object that holds its على: قيودا على تأشيرات مسؤولين إثيوبيين)
                    target = [e for e in self._object_nationality(view, on - 1, hi) if e not in source]
                if not target and etype == "COERCE" and obj is not None:
                    # أغلقت موريتانيا معبر روصو الحدودي مع السنغال: the country across the border closed
                    target = _across_border(view, obj, hi, source)
                if (
                    mode == _SHUT
                    and obj is not None
                    and entry.lemma in _STRIPPING
                    and entry.pos == "verb"
                    and has_suffix(view.tokens[obj[1]])
                    and (held := view.antecedent(i))
                    and set(held) & set(source)
                    and (doer := view.first_actor(i + 1, obj[0])) is not None
                    and doer.prep is None
                ):
                    # الناشط X، الذي أسقطت عنه السلطات جنسيته: the subject after the verb took it from the
                    # one the clause hangs on, whose pronoun its object bears
                    source, target = list(doer.entities), held
                if not target and mode == _SHUT and obj is not None and entry.lemma in _STRIPPING:
                    # أسقطت الوزارة الجنسية عن رجل الدين X، سحب الجنسية من الناشط X: whom it is taken from
                    target = _stripped_holder(view, obj, hi, source)
                if not target and entry.mode == _EASE and obj is not None:
                    # رفعت إيكواس العقوبات التي فرضتها على النيجر: on whom what is lifted was imposed
                    target = [e for e in _imposed_on(view, obj[1], hi) if e not in source]
                if (
                    not target
                    and etype == "COERCE"
                    and obj is not None
                    and any(e.type == _PROTESTED for e in readings[obj[1]][0])
                ):
                    # فرقت الشرطة مسيرة نظمتها التنسيقية، فضت اعتصاما دعت إليه النقابة: the gathering's
                    # organiser, told right after it
                    target = [e for e in view.called_by(obj[1], hi) if e not in source]
                if (
                    etype == "COERCE"
                    and entry.lemma == _BARRING
                    and (moved := _goods_move(view, i, hi)) is not None
                    and (
                        country := _imports_from(view, moved, hi, source, _BANNED_GOODS)
                        or self._goods_nationality(view, moved, hi, source, _BANNED_GOODS)
                    )
                ):
                    # منعت السعودية دخول الخضار والفواكه اللبنانية، منعت بنين تحميل النفط النيجري: a ban
                    # on the goods of a country named is a sanction on it
                    etype, target = "SANCTION", country
                if not target and etype == "SANCTION" and obj is not None:
                    # رسوما على واردات الصلب من الصين: the country the goods are bought from
                    target = _imports_from(view, obj[0], hi, source)  # (the object itself: حظر استيراد)
                    # (or the goods' nationality: رسوما على واردات النبيذ الأسترالي، صادرات أسترالية)
                    target = target or self._goods_nationality(view, obj[0], hi, source)
                if (
                    not target
                    and etype == "SANCTION"
                    and obj is not None
                    and (front := _before_whom(view, obj, hi))
                ):
                    # أغلقت الدول الأربع أجواءها أمام الطائرات القطرية، أمام الطائرات القادمة من مالي: the
                    # country of the planes, named
                    target = [e for e in self._closed_to(view, front, hi) if e not in source]
                if (
                    etype in _RECEIVED_TYPES
                    and entry.pos == "noun"
                    and (receiver := view.enacted_by(i, False, verbs=RECEIVING))
                    and (sender := _sent_from(view, i, hi, receiver))
                ):
                    # تلقت المنظمة طلبا رسميا من الحكومة السودانية: the request is the sender's, to the
                    # one who received it
                    source, target = sender, receiver
                if (
                    etype == "ASSAULT"
                    and entry.pos == "noun"
                    and (repelled := view.enacted_by(i, False, verbs=REPELLING))
                ):
                    # صد الجيش هجوما شنته قوات الدعم السريع: the attack was on who repelled it (not
                    # when a clause tells what it was aimed at: تصدت الدفاعات الجوية لهجوم استهدف
                    # قاعدة العديد, struck there)
                    source = [e for e in source if e not in repelled]
                    if not _aimed_attack(view, i, hi):
                        target = [e for e in repelled if e not in source] or target
                if (
                    (etype, mode) == _DESTROY
                    and entry.pos == "verb"
                    and (launcher := _launched_by(view, i, hi))
                ):
                    # دمرت الدفاعات الجوية صاروخا أطلقته جماعة الحوثي باتجاه نجران: a projectile
                    # intercepted, the attack the launcher's
                    source = launcher
                    target = [e for e in target if e not in launcher]
                if (
                    etype == "ASSAULT"
                    and entry.lemma == _LAUNCH_LEMMA
                    and obj is not None
                    and obj[1] < i
                    and (launcher_at := view.actor(i + 1)) is not None
                    and launcher_at.prep is None
                ):
                    # قذيفة أطلقتها جماعة الحوثي باتجاه مدينة جازان: the projectile resumed, the name
                    # after the verb its subject, the place it was fired at struck
                    source = list(view.group_after(launcher_at)[0])
                    aimed = view.places_with(p, i, hi) if (p := view.place_object(i, hi, source)) else []
                    target = [e for e in target if e not in source]
                    named_after = {e for m in args.mentions for e in m.entities}
                    if aimed and not named_after.intersection(target):
                        # اعترضت الدفاعات الجوية صاروخا أطلقته X باتجاه جازان: the place it was fired at
                        # is struck, not whoever intercepted it, named before
                        target = aimed
                if etype == "MOBILIZE" and target and obj is not None:
                    # نشرت الوزارة آلاف العناصر من الشرطة الفيدرالية في بوينس آيرس: the force the troops
                    # are drawn from is moved, no recipient; where they go is
                    drawn = {
                        e
                        for m in args.mentions
                        if m.first == obj[1] + 2 and view.core[obj[1] + 1] == FROM
                        for e in m.entities
                    }
                    target = [e for e in target if e not in drawn]
                if etype == "MOBILIZE" and target:
                    # ستنشر إسبانيا زورقين تابعين للحرس المدني في ميناء نواذيبو: the body the units moved
                    # belong to is no recipient; where they go is
                    owners = {e for m in args.mentions if view.owned_by(m) for e in m.entities}
                    target = [e for e in target if e not in owners]
                if etype == "MOBILIZE" and target:
                    # نشرت روسيا صواريخ «إسكندر» في كالينينغراد: the arms or units moved are no
                    # recipient; where they go is
                    target = _past_deployed(view, i, lo, hi, source, args.mentions, target)
                if etype == "MOBILIZE" and target and (helped := _helped(view, i, hi)):
                    # نشرت الحكومة وحدات من الجيش في نيروبي لمساندة الشرطة: whom the troops back is no
                    # recipient of a deployment; where they go is
                    target = [e for e in target if e not in helped]
                if not target and etype in _PLACE_PATIENT_TYPES:
                    # an attack on no one named: the place attacked (هاجمت القوات كولكول، قصف في بغداد)
                    # (a place where a subjectless verb happens is only where: قاتلوا ... في روسيا)
                    # قصفت القوات كولكول، سقوط قذيفة على حي المعتصم; forces moved to a place (وصلت قوة إلى)
                    moved = view.destination(i, lo, hi, source, moving=True) if etype == "MOBILIZE" else None
                    place = moved or view.place_object(i, hi, source)
                    allied = any(  # قاتلوا مع قوات موسكو (not a border with: المحاذية للحدود مع مالي)
                        a.prep_after(i) == WITH and not _bordering(view, a) for a in args.mentions
                    )
                    # (a verb whose subject is named, if not as an actor, strikes there: قصفت الطائرات
                    # منزلا في خان يونس; a plural verb's unnamed subject only acts there: قاتلوا في روسيا)
                    subjected = (
                        source
                        or entry.pos == "noun"
                        or not view.plural_verb(token)
                        or view.unnamed_subject_before(i)  # أن مسلحين مجهولين اختطفوا X في البصرة
                    )
                    where = location if subjected and not allied else None
                    if entry.pos == "noun" and subjected and not allied:
                        # أنان الموجود في روما ... عن صدمته إزاء قصف الموقع: a place before a noun is
                        # someone's, the act's is after it (in a relative clause telling it: الحرب التي
                        # قادتها الولايات المتحدة في أفغانستان)
                        where = view.location(lo, hi, args.told_at or i, exclude, after_only=True)
                    if where is not None:
                        # a street or quarter in it named right after it is where, more precisely
                        # (انفجرت سيارة في بغداد في شارع السعدون)
                        where = view.street_in(where, i, hi) or where
                    where = place or where  # (and the places named with it: على قاعدتي عين الأسد وأربيل)
                    if where is not None and etype == "ASSAULT":
                        where = view.town_of(where, i, hi) or where  # فندق ماريوت بإسلام أباد: the town
                    target = view.places_with(where, i, hi) if where else []
                    if not target and entry.pos == "noun" and etype == "ASSAULT":
                        target = [p] if (p := view.scene(i, lo, exclude)) else []  # شهدت بغداد تفجيرات
                if not target and source and etype == "AID":
                    # aid sent to a place (قافلة مساعدات ... إلى سوريا) or given for help in one (تقديم 500
                    # مليون دولار لدعم جهود الإغاثة في سوريا وتركيا): the place helped
                    helped = view.destination(i, lo, hi, source)
                    target = [
                        t
                        for t in (
                            view.places_with(helped, i, hi)
                            if helped
                            else _aided_in(view, i, hi, source, False, reach=_AID_REACH)
                        )
                        # (not a town named as one, where the aid went: أدخلت اللجنة قافلة مساعدات إلى
                        # بلدة مضايا)
                        if not _small_place(view, t, lo, hi)
                    ]
                if not target and source and etype == "AID":
                    # تقديم مساعدات بقيمة 10 ملايين جنيه إسترليني لسكان ميانمار: who it is for, past the sum
                    given = _given_past_sum(view, i, hi, source)
                    target = [t for t in given if not _small_place(view, t, lo, hi)]
                if (
                    not target
                    and source
                    and etype == "AID"
                    and entry.pos == "verb"
                    and (has_suffix(token) or (i + 1 < hi and view.core[i + 1] in WITH_IT))
                ):
                    # تسلمت غزة 50 ألف جرعة تبرعت بها تركيا، تسلم الجيش شحنة أدوية أرسلتها الكويت: goods
                    # given in a relative clause on them went to who received them
                    target = [e for e in _received_by(view, i, lo) if e not in source]
                if location is None and token.sentence == 0 and view.dateline is not None:
                    location = view.dateline.entities[0]
                if obj is not None and (titled := _document_place(view, obj, hi)):
                    # وقعت X وY على إعلان جدة، رفضت حماس اتفاق أوسلو: where it was made, no party
                    target = [t for t in target if t not in titled]
                if (
                    etype == "SUPPORT"
                    and not target
                    and not has_suffix(token)
                    and ("ل" in token.proclitics or (i > lo and view.core[i - 1] == _IN_PREP))
                ):
                    continue  # لدعم الميزانية، في دعم القضية: what an act is for or a role is in, no stance
                if etype in _CLOSING_TYPES:
                    # أغلقت السلطات معبر كرم أبو سالم: a crossing closed or opened is where, no one acted on
                    # (or its name after the crossing's word and a word of it, معبر كرم أبو سالم، منفذ سلوى
                    # البري; and where the roads closed lead: أغلق الأمن الطرق المؤدية إلى مقر رئاسة الوزراء)
                    # (by a verb: a verbal noun's object is what a stance on the closure reads, انتقد X
                    # إغلاق السعودية منفذ سلوى البري)
                    target = [
                        t
                        for t in target
                        if not _crossing(view.entities[t])
                        and not (entry.pos == "verb" and _crossing_or_road_closed(view, t, i, hi))
                    ]
                if etype == "RETREAT" and entry.lemma == _OVERTURNING:
                    # ألغت محكمة الاستئناف حكما بالإعدام كانت محكمة جنايات كوستي قد أصدرته بحق امرأة: the
                    # court that passed the sentence overturned is no one it is taken back from
                    target = [t for t in target if not _a_court(view.entities[t])]
                if (
                    etype == "ASSAULT"
                    and (source or target)
                    and all(view.entities[t].type in PLACE_TYPES for t in target)
                    and (owner := _owner_struck(view, i, hi, source))
                ):
                    # هاجم مسلحون محطة تابعة لشركة أورانج في بلدة جيبو: the owner struck; so where the
                    # attack names its doer and nothing struck (إسقاط تركيا قاذفة تابعة لسلاح الجو الروسي),
                    # but an act naming neither keeps naming no one (عملية مشتركة مع فريق تابع لـX)
                    target = owner
                if (
                    etype == "COOPERATE"
                    and entry.pos == "verb"
                    and normalize(entry.lemma) == _HANDED
                    and not args.passive
                    and (state := _state_handed_to(view, args, target)) is not None
                ):
                    # سلمت السلطات الإسبانية الجزائر رجل الأعمال X: a state named bare right after the
                    # subject, before what was handed, is its recipient
                    target = [state]
                if (
                    etype == "COOPERATE"
                    and entry.lemma in _HANDOVERS
                    and any(_relief_body(view, e) for e in source)
                ):
                    # سلم مركز الملك سلمان للإغاثة الوزارة 12 مدرسة: a relief body hands over aid
                    etype = "AID"
                if etype == "AGREE" and len(source) > 1 and target:
                    # وقع X وY بروتوكولا لتدريب عناصر من الجيش الليبي، اتفقتا على فتح ممر لإجلاء المدنيين
                    # باتجاه زابوريجيا: the parties are the joint subject; one named in what the accord is
                    # for is no party (but one it is signed with is: وقعت X وY اتفاقا للتعاون مع Z)
                    target = [t for t in target if not _only_in_purpose(view, i, args.mentions, t)]
                if etype == "AID" and entry.lemma in _EVACUATING:
                    # أجلت الخارجية الإيطالية 62 مواطنا من طرابلس إلى تونس: the places people are moved from
                    # and to are no recipients, nor the evacuator's own (على متن طائرات تابعة لسلاح الجو
                    # الكيني; but نقلت الأمم المتحدة 50 جريحا من مقاتلي جماعة الحوثي); the
                    # states whose nationals are moved are, other than the evacuator's own (أجلت البحرية
                    # التركية ألفي مواطن تركي ورعايا من أذربيجان وجورجيا: Azerbaijan and Georgia)
                    target = [
                        t
                        for t in target
                        if view.entities[t].type not in PLACE_TYPES and not view.same_side(t, source)
                    ] or [e for e in _evacuees_states(view, i, hi) if not view.same_side(e, source)]
                final_source, final_target = tuple(source), tuple(target)
                # (a claim's own target is only where the group is: تبنى تنظيم X، فرع داعش في مصر، الهجوم)
                adopted = entry.lemma == _ADOPT and obj is not None and view.core[obj[0]].startswith("ال")
                # (and the weapon a relative clause tells the firing of, and names the doer of right after
                # its verb, in the sentence of the attack: قتل ثلاثة جنود جراء قذائف أطلقتها جماعة الحوثي)
                fired = (
                    etype == "ASSAULT"
                    and entry.pos == "verb"
                    and obj is not None
                    and obj[1] < i
                    and (doer := view.actor(i + 1)) is not None
                    and bool(set(doer.entities) & set(final_source))
                )
                if (
                    etype == "ASSAULT"
                    and final_source
                    and (
                        adopted or fired or (not final_target and entry.pos == "noun" and view.claimant_of(i))
                    )
                    and (
                        told := _claimed_attack(
                            doc, events, token.sentence, 0 if fired and not adopted else _CLAIM_SENTENCES
                        )
                    )
                    is not None
                ):
                    # قتل X في هجوم ... وتبنى تنظيم داعش الهجوم، أعلنت X مسؤوليتها عن إطلاق الصاروخ: the
                    # attack told before, its agent now named
                    struck = events[told].target
                    for j in range(told, -1, -1):  # and its tellings just before (قتل ثلاثة في هجوم)
                        ev = events[j]
                        if ev.type != "ASSAULT" or ev.source or ev.target != struck:
                            break
                        events[j] = replace(ev, source=final_source)
                    break
                if (
                    entry.lemma == _AIMING
                    and i > 0
                    and view.core[i - 1] in _STEPS
                    and events
                    and events[-1].sentence.start == doc.sentences[token.sentence].start
                ):
                    # فرضت الإدارة الأميركية رسوما جمركية، في خطوة استهدفت الصين: what the act just told
                    # was aimed at, no attack
                    prev = events[-1]
                    if not prev.target and (
                        aimed_at := tuple(t for t in final_target if t not in prev.source)
                    ):
                        events[-1] = replace(prev, target=aimed_at)
                    break
                if entry.frame.describe and any(
                    (
                        # (a stance of the same kind: not blame after praise, رحبت X بالقرار، ووصفت Y
                        # بأنها «معادية»)
                        ev.type == etype
                        # (and so the refusal of what the one described did: ورفضت الخارجية تصريحات X،
                        # معتبرة إياها تدخلا; not a denial of one's own deed: نفى X أي تورط، واصفا الخطوة)
                        or (ev.type == "REJECT" and (not final_target or set(ev.target) & set(final_target)))
                    )
                    and ev.sentence.start == doc.sentences[token.sentence].start
                    and set(ev.source) & set(final_source)
                    for ev in events
                ):
                    break  # ودانت واشنطن الهجوم، ووصفته بأنه «اعتداء سافر»: the condemnation, told again
                if (
                    entry.frame.describe
                    and i in view.participles
                    and i + 1 < hi
                    and view.norm[i + 1] in _FREE_OBJECT
                ):
                    # رفض X مطالب الفريق، واصفا إياها بأنها «تدخل سافر»; أعلن ترامب وقف المناورات، واصفا
                    # إياها بأنها «استفزازية»: how the clause's own object is called, the act told already
                    break
                prev = events[-1] if events else None
                if (
                    prev is not None
                    and entry.pos == "noun"
                    and prev.type == etype == "CONSULT"  # (not a war during which one attacked: أثناء الحرب)
                    and not prev.negated
                    and prev.sentence.start == doc.sentences[token.sentence].start
                    and i > 0
                    and view.core[i - 1] in _DURING
                    and any(w.form == "ال" for w in token.words)
                    and view.explains(i, prev.trigger.end)
                ):
                    break  # والتقى مودي خلال الزيارة X: the visit told before, when the meeting was held
                if (
                    prev is not None
                    and entry.pos == "noun"
                    and prev.type == etype
                    and etype in _PLACE_PATIENT_TYPES
                    and prev.sentence.start == doc.sentences[token.sentence].start
                    and not prev.negated
                    and view.explains(i, prev.trigger.end)
                ) or (
                    prev is not None
                    and entry.pos == "verb"
                    and prev.type == etype
                    and etype in _PLACE_PATIENT_TYPES
                    and not prev.negated
                    and (
                        view.describes(i, prev.trigger.start)
                        or _resulting(view, token, prev, doc.sentences[token.sentence].start, final_source)
                    )
                ):
                    # قتلوا خمسة من أفراد الشرطة في هجوم قرب بعقوبة: the attack is the killing, told
                    # again; one event (the verb's actors, the noun's place where the verb names none);
                    # so is a verb describing the attack just named (هجوم مسلح استهدف نقطة تفتيش)
                    verb_after_verb = (
                        entry.pos == "verb"
                        and args.after_verb
                        and not view.describes(i, prev.trigger.start, of_verb=False)
                    )
                    if entry.pos == "verb" and args.after_verb and not verb_after_verb:
                        # هجوم انتحاري استهدف الجيش العراقي: the attack is the verb's subject, the
                        # name after the verb its object
                        final_source, final_target = (), tuple(dict.fromkeys((*final_source, *final_target)))
                    places = [t for t in final_target if view.entities[t].type in PLACE_TYPES]
                    struck = [t for t in final_target if t not in places]
                    if not prev.source and final_source and (entry.pos == "noun" or verb_after_verb):
                        # قتل ثلاثة جنود في هجوم شنه حزب الله: the attack names who killed (and so
                        # does a verb telling how a killing happened: قتلوا عندما اقتحم مسلحون من X);
                        # the verb's target, when it was him, was a misreading
                        kept = tuple(t for t in prev.target if t not in final_source)
                        events[-1] = prev = replace(prev, source=final_source, target=kept)
                    struck_too = tuple(t for t in final_target if t not in prev.source)  # not the attacker
                    if not prev.target and struck_too:
                        events[-1] = prev = replace(prev, target=struck_too)
                    elif (
                        struck
                        and prev.target
                        and (entry.pos == "noun" or not has_suffix(token))
                        and all(view.entities[t].type in PLACE_TYPES for t in prev.target)
                    ):
                        # قتل عشرة في هجوم استهدف دورية للجيش العراقي في بغداد: whom it struck, not where
                        _retell(events, prev, struck)
                        prev = events[-1]
                    elif (
                        prev.target
                        and all(view.entities[t].type in PLACE_TYPES for t in prev.target)
                        and (aimed := view.place_object(i, hi, prev.source)) in places
                        and aimed not in prev.target
                        and (struck_at := view.first_named(aimed, i, hi)) is not None
                        and not any(
                            view.at[k].etype in PLACE_TYPES
                            for k in range(i + 1, struck_at.first)
                            if k in view.at
                        )
                    ):
                        # قتل سبعة في قصف استهدف بلدة عرسال في قضاء بعلبك، في قصف شنته X على مخيم زمزم: the
                        # place the attack struck, not the district or town the killing is placed in (nor a
                        # place named after where it struck: استهدف معملا في منطقة الليرمون شمال غربي حلب)
                        _retell(events, prev, view.places_with(aimed, i, hi))
                        prev = events[-1]
                    elif prev.location is None and places:
                        events[-1] = prev = replace(prev, location=places[0])
                    final_source, final_target = prev.source, prev.target
                if (
                    etype in self.symmetric
                    and not final_target
                    and i + 1 < hi
                    and DUAL_ANAPHORS.get(view.core[i + 1]) == ACTOR_TYPES
                    and (
                        met := _meeting_of(
                            events, final_source, doc.sentences[max(token.sentence - 1, 0)].start
                        )
                    )
                    is not None
                ):
                    # زيارة التقى خلالها X وY. واتفق الجانبان: the visitor is one side, those met the other
                    final_source, final_target = met.source, final_source
                elif (
                    etype in self.symmetric
                    and i + 1 < hi
                    and view.core[i + 1] in RESUMPTIVE
                    and (visit := _told_last(events, sentence, _named_visit)) is not None
                    and not set(visit.source) & {*final_source, *final_target}
                ):
                    # زيارة إلى طهران التقى فيها وزير الرياضة X: the visitor met whom the clause names
                    met = [
                        e for e in (*final_source, *final_target) if view.entities[e].type not in PLACE_TYPES
                    ]
                    if met:
                        final_source, final_target = visit.source, tuple(met)
                elif (
                    etype in _SAID_TYPES
                    and etype != "REQUEST"
                    and entry.pos == "verb"
                    and i + 1 < hi
                    and view.core[i + 1] in RESUMPTIVE
                    and (call := _told_last(events, sentence, _two_party_meeting)) is not None
                    and set(final_source) <= {*call.source, *call.target}
                    and (
                        t_end < token.end  # (its object a pronoun: هنأه)
                        or (set(final_source) <= set(call.target) and view.actor(i + 2) is None)
                    )
                ):
                    # تلقى X اتصالا من Y، هنأه خلاله: what is done to "him" during the call is done by the
                    # caller to the one called, whichever of them the clause's subject is; so is what is said
                    # in it, its subject unnamed (تلقى X اتصالا من Y، عبر فيه عن تعازيه), to whom it names
                    # if any other than the caller (أعرب خلاله عن تضامنه مع سلطنة عمان)
                    told_to = (
                        () if t_end < token.end else tuple(t for t in final_target if t not in call.source)
                    )
                    final_source, final_target = call.source, told_to or call.target
                elif (
                    etype in _SAID_TYPES
                    and etype != "REQUEST"  # (دعا خلاله إلى التهدئة: a call made at a meeting, to all)
                    and not final_target
                    and i + 1 < hi
                    and view.core[i + 1] in RESUMPTIVE
                    and (call := _told_last(events, sentence, _two_party_meeting)) is not None
                    and set(final_source) <= {*call.source, *call.target}
                ):
                    # أجرى X اتصالا هاتفيا بـY، أشاد خلاله بـ، هنأه خلاله: said to the other party of the
                    # call or meeting the clause is in
                    final_target = tuple(e for e in (*call.source, *call.target) if e not in final_source)
                if etype == "CONCEDE" and not final_target and final_source:
                    # التقى الوزير وفدا من الجمعية، وتعهد خلال اللقاء بإدراج الزيادة: a pledge made at a
                    # meeting just told is to the other party of it; else to whoever its condition is put to
                    # or the act it promises is done to (مستعدون لوقف إطلاق النار إذا أوقف المتمردون
                    # الخطف، تعهدت موسكو بعدم استهداف الموانئ الأوكرانية); a pledge in answer to a demand,
                    # to whose it is (تعهد الوزير بملاحقة المتورطين استجابة للمطالب السعودية)
                    final_target = (
                        _met_by(events, sentence, final_source) or _answered_demand(view, i, hi, final_source)
                    ) or tuple(
                        e
                        for e in view.condition_subject(i, hi)
                        or view.threat_content(i, hi, final_source, "بل")
                        if not view.same_side(e, final_source)
                    )
                if (
                    etype == "RETREAT"
                    and not final_target
                    and any(
                        view.core[k].startswith(SET_FREE) and has_suffix(view.tokens[k])
                        for k in range(i + 1, min(hi, i + 1 + _FREED_REACH))
                    )
                ):
                    # اعتقلت X عددا من قادة الحركة ... قبل أن تطلق سراحهم: the ones arrested just before
                    final_target = _arrested_before(events, doc.sentences[max(token.sentence - 1, 0)].start)
                if (
                    (etype, mode) == _RELEASE
                    and not final_target
                    and (entry.pos == "verb" or final_source)
                    and _released_told_before(view, i, hi)
                ):
                    # اعتقلت الشرطة 23 صيادا من كينيا ... ولاحقا، أفرجت السلطات عن الصيادين؛ وأفرجت
                    # الشرطة عنها بعد ساعات: those an arrest told just before held (not a release no one
                    # is told to make, asked or welcomed: دعت إلى الإفراج عن المحتجزين، رحب بالإفراج عنهم)
                    final_target = _arrested_before(
                        events, doc.sentences[max(token.sentence - _FREED_BACK, 0)].start
                    )
                if entry.lemma == _BRANDISH and entry.participle and not final_target and final_source:
                    # ودعا ترامب الحركة إلى تسليم الرفات، ملوحا بـ"عواقب": the pressure brandished is put on
                    # whom the main clause is addressed to (not a vow, متوعدا, of violence against anyone)
                    final_target = _brandished_at(events, sentence.start, final_source)
                if etype == "PROTEST" and final_target:
                    # اعتصاما أمام مجلس النواب في عمّان: where a protest is, no one protested (but احتجاجا على
                    # قرار واشنطن)
                    final_target = tuple(e for e in final_target if not _only_where(view, e, lo, hi))
                if etype in _STANCE_ON_OTHERS and final_target:
                    # هدد روحاني ... إذا لم تحصل إيران على ضمانات، ودعا أردوغان الأتراك إلى: a person's own
                    # country or its people is no one his call, stance or threat is aimed at
                    final_target = tuple(e for e in final_target if not _own_country(view, e, final_source))
                    if (
                        not final_target
                        and etype in _STANCE_TYPES
                        and (entry.pos == "verb" or has_suffix(token))
                    ):
                        # وأشاد الحسين (السوداني) بالموقف المصري الداعم لاستقرار السودان: his own country
                        # named in what qualifies the object is not whom he judges, the nationality of the
                        # object's head is (whose stance or act it is)
                        final_target = tuple(
                            self._object_owner_nationality(
                                view, obj[1] - 1 if obj is not None else i, hi, list(final_source)
                            )
                        )
                if etype == "REQUEST" and final_target:
                    # a call on the followers of one's own party has no target (ودعا أنصار الحزب: its
                    # leader's own)
                    final_target = tuple(
                        e for e in final_target if not any(view.heads(s, e) for s in final_source)
                    )
                    final_target = _not_done_to(view, i, hi, final_target)
                # the grammatical subject and object (a hosting verb's are its target and source; an
                # announcer's, where the act is his state's)
                grammar.append(
                    # (a host whose guest is not named is the event's source: استقبل مادورو الوزير الضيف)
                    (final_target or final_source, final_source)
                    if entry.frame.swap
                    else (tuple(args.announcer) or final_source, final_target)
                )
                events.append(
                    Event(
                        id="",
                        type=etype,
                        trigger=TextSpan(t_start, t_end, doc.text[t_start:t_end]),
                        sentence=Span(sentence.start, sentence.end),
                        mode=mode,
                        source=final_source,
                        target=final_target,
                        location=location,
                        date=_date(doc, view, i, lo, hi),
                        attributed_to=attributed,
                        negated=negated,
                    )
                )
                if etype == "AGREE" and obj is not None and (lent := _lent(view, obj[1] + 1, final_source)):
                    # وقعت الحكومة التشادية وصندوق قطر للتنمية اتفاقية منحة: the fund gives the grant too
                    loan = view.tokens[obj[1] + 1]
                    events.append(
                        replace(
                            events[-1],
                            type="AID",
                            trigger=TextSpan(loan.start, loan.end, loan.text),
                            mode=_ECONOMIC,
                            source=lent[:1],
                            target=lent[1:],
                        )
                    )
                if (
                    mode == _EASE
                    and obj is not None
                    and final_source
                    and (imposing := _imposing_verb(view, obj[1], hi)) is not None
                ):
                    # رفعت إيكواس العقوبات التي فرضتها على النيجر: the measure lifted, imposed before by the
                    # same agent (or by the one the clause names), is a sanction told too, on whom it was
                    # imposed (not one on no one named: رفعت الحكومة الحظر الذي فرضته على 26 منصة)
                    named = view.actor(imposing + 1)
                    imposer = (
                        final_source if named is None or named.prep is not None else tuple(named.entities)
                    )
                    if imposed_on := tuple(e for e in _imposed_on(view, obj[1], hi) if e not in imposer):
                        consumed.add(imposing)  # (told here, not again by its own verb)
                        verb = view.tokens[imposing]
                        events.append(
                            replace(
                                events[-1],
                                type="SANCTION",
                                mode=None,
                                trigger=TextSpan(verb.start, verb.end, verb.text),
                                source=imposer,
                                target=imposed_on,
                            )
                        )
                if grammar[-1][0] and (quote is None or quote.speaker is None):
                    # the grammatical subject goes on (استقبلت إيران X وهددت), in a quote too when no
                    # speaker is named (أكد بيان أن القوات قتلت اثنين واعتقلت 16)
                    last_source = (token.sentence, list(grammar[-1][0]))
                    start, _ = view.clause(i, lo, hi)
                    # (a verbal noun's agent is no main clause's subject, بالهجوم الذي شنه X, but the first
                    # deed of a sentence is its main verb's: أعلن مادورو قطع العلاقات، وطرد الدبلوماسيين)
                    if (
                        entry.pos == "verb"
                        or (
                            (main_source is None or main_source[0] != token.sentence)
                            and view.enacted_by(i, said=False, claimed=True)
                        )
                    ) and (start == lo or view.core[start - 1] not in COMPLEMENTIZERS | RELATIVES):
                        main_source = last_source
                elif entry.pos == "verb" and view.unnamed_subject(i):
                    last_source = None  # هاجم مسلحون قرية وقتلوا: the gunmen go on, not who came before
                if etype not in _FACT_CONTENT or mode == _ALLEGE:  # اتهمهما بتهديد: only alleged
                    consumed.update(
                        _complements(
                            view, readings, i, hi, rejected=etype == "REJECT", urged=etype == "REQUEST"
                        )
                    )
                break
        return events

    def _forces_before(self, view: DocView, i: int, forces: bool) -> list[str]:
        """The country of unnamed forces named right before verb ``i`` as its subject, with their
        nationality and what describes them (``إن طائرات أوكرانية بدون طيار هاجمت``، ``دبابات إسرائيلية
        توغلت``): where the text names that country (with ``forces``, an attack's, or its army)."""
        j, reach = i, _FORCES_BEFORE_REACH
        while (j := j - 1) >= 0 and reach > 0:
            if view.craft_model(j):
                continue  # (past their model: قاذفات أميركية من طراز بي-2 نفذت)
            if j in view.inside or view.is_boundary(j) or j in view.clause_verbs:
                return []
            if view.bare[j] in _FORCES and not view.tokens[j].proclitics:
                for k in range(j + 1, min(j + 3, i)):
                    if view.core[k] in self.demonyms:
                        return self._demonym_actor(view, k, forces=forces)
                return []
            reach -= 1
        return []

    def _forces_carrying(self, view: DocView, i: int, hi: int) -> list[str]:
        """The country of unnamed forces, with their nationality, that are the subject of the verb that
        carries out the act named by the noun at ``i``: the verb before it (``شنت طائرة مسيرة إسرائيلية
        غارة``) or the relative verb right after it and its adjective (``غارات جوية شنتها مقاتلات تركية``);
        where the text names that country."""
        verbs = [
            j for j in range(i - 1, max(i - 1 - _FORCES_BEFORE_REACH, -1), -1) if j in view.clause_verbs
        ][:1]
        verbs += [
            j for j in range(i + 1, min(i + 3, hi)) if j in view.clause_verbs and has_suffix(view.tokens[j])
        ][:1]
        for j in verbs:
            if j + 2 < hi and view.bare[j + 1] in _FORCES:
                for k in range(j + 2, min(j + 4, hi)):
                    if view.core[k] in self.demonyms:
                        return self._demonym_actor(view, k, forces=True)
        return []

    def _object_nationality(self, view: DocView, i: int, hi: int) -> list[str]:
        """The country named by the nationality of the unnamed people who are the object of verb ``i``,
        past its subject and the particle of a release (``أفرجت باكو عن خمسة جنود أرمن``): a count or a
        noun, then the nationality; or, released, the body or country they are of, after من (``عن 181
        أسيرا من القوات الحكومية``)."""
        k = i + 1
        while k < hi and (
            k in view.inside
            or view.core[k] in _RELEASE_PARTICLES
            or view.tokens[k].text in QUOTE_MARKS
            or (k + 2 < hi and view.tokens[k + 1].text in QUOTE_MARKS and k + 2 in view.inside)
            or (led_by(view.tokens[k].text) and k + 1 in view.inside)  # الجيش الليبي بقيادة حفتر
            # (a nationality after the subject's name: أسقط الحرس الثوري الإيراني، فجر الخميس، طائرة)
            or (k - 1 in view.inside and k > i + 1 and view.bare[k] in demonym_words())
            # (the forces word the subject's name leaves out: اعتقلت قوات حرس الحدود الروسية)
            or (k + 1 in view.inside and k == i + 1 and view.core[k] in _FORCES)
            # (the deal's pronoun before the subject: صفقة أفرجت بموجبها واشنطن عن خمسة إيرانيين)
            or (k == i + 1 and view.core[k] in RESUMPTIVE)
            # (a subject that names no one, before the particle of a release: أفرج مسلحون عن خمسة بحارة أرمن)
            or (
                k == i + 1
                and view.unnamed_subject(i)
                and any(view.core[m] in _RELEASE_PARTICLES for m in range(k + 1, min(k + 3, hi)))
            )
            # (a time or a place after the subject: رحلت السلطات خلال الأسبوع الماضي 300 لاجئ أفغاني، رحل
            # جهاز مكافحة الهجرة في بنغازي 1,300 مهاجر مصري)
            or (
                k > i + 1
                and (
                    view.in_time(k)
                    or (view.core[k] in ADVERBIAL_PREPS and (view.in_time(k + 1) or k + 1 in view.inside))
                    # (a place named with its kind: أفرجت السلطات الليبية في مدينة مصراتة عن 18 صيادا مصريا)
                    or (
                        k + 2 < hi
                        and view.core[k] in ADVERBIAL_PREPS
                        and view.core[k + 1] in LAND
                        and k + 2 in view.inside
                    )
                    or (
                        k + 1 < hi
                        and view.core[k - 1] in ADVERBIAL_PREPS
                        and view.core[k] in LAND
                        and k + 1 in view.inside
                    )
                )
            )
        ):  # (a name in quotes, its head before them: أفرجت حركة «حماس» عن)
            k += 1
            if k < hi and (close := view.time_between_commas(k)) is not None:
                k = close + 1  # أفرجت حماس، مساء الأحد، عن ثلاث محتجزات
            # (or a setting before the particle: أفرجت حماس في الدفعة الأولى عن 13 محتجزا إسرائيليا)
            ahead = next(
                (
                    m
                    for m in range(k, min(k + _RELEASE_SETTING_REACH, hi))
                    if view.core[m] in _RELEASE_PARTICLES
                ),
                None,
            )
            if ahead is not None and not any(
                view.is_boundary(m) or m in view.inside for m in range(k, ahead)
            ):
                k = ahead
        if k + 1 < hi and view.core[k] in _MORE_OR_LESS and view.core[k + 1] == FROM:
            k += 2  # ترحيل أكثر من 5 آلاف مهاجر أفغاني: the count after "more than"
        for j in range(k + 1, min(k + 1 + _PEOPLE_REACH, hi)):
            if (
                view.core[j] == FROM
                and any(view.core[m] in _RELEASE_PARTICLES for m in range(i + 1, j))
                and (body := _body_after_from(view, j, hi)) is not None
                and body.etype in ("ORG", "GPE")
                # (عن 430 موقوفا من ريف دمشق ودرعا: where from, a province as a town)
                and not all(_below_country(view.entities[e]) for e in body.entities)
            ):
                return list(body.entities)  # أفرجت الجماعة عن 181 أسيرا من القوات الحكومية: of that body
            if (
                view.core[j] == FROM
                and j - 1 not in view.inside
                and view.in_amount(k)  # (people counted: not سحب قواتهم من مالي)
                and (land := view.actor(j + 1)) is not None
                and land.etype == "GPE"
                and not _below_country(view.entities[land.entities[0]])
            ):
                # رحلت السلطات 120 لاجئا من سوريا: the country they are from, and the countries coordinated
                # with it (300 مهاجر من مالي والسنغال; not a province: 430 موقوفا من ريف دمشق)
                return [
                    e
                    for e in view.group_after(land)[0]
                    if view.entities[e].type == "GPE" and not _below_country(view.entities[e])
                ]
            if view.is_boundary(j) or j in view.inside or view.opens_pp(j):
                return []
            if view.core[j] in self.demonyms:
                return self._demonym_actor(view, j)
            if view.core[j].endswith("ا") and view.core[j][:-1] in self.demonyms:
                return self._demonym_actor(view, j, accusative=True)  # 32 جنديا أرمنيا
            if (singular := _plural_nationality(view.core[j])) in self.demonyms:
                return self._demonym_actor(view, j, form=singular)  # ثلاث محتجزات إسرائيليات
        return []

    def _goods_nationality(
        self, view: DocView, k: int, hi: int, source: list[str], goods: frozenset[str] | None = None
    ) -> list[str]:
        """The country a nationality adjective names among the few words after a word for traded
        ``goods`` (those of trade where none are given) within reach of token ``k`` in its clause (``رسوما
        على واردات النبيذ الأسترالي``، ``قيودا على صادرات أسترالية``): whose goods a tariff or a ban
        strikes, not the imposer's own."""
        goods = _GOODS if goods is None else goods
        for j in range(k, min(hi, k + _IMPORTS_REACH)):
            if view.is_boundary(j):
                return []
            if j not in view.inside and view.bare[j] in goods:
                for m in range(j + 1, min(hi, j + 1 + _GOODS_ADJECTIVES)):
                    if view.is_boundary(m) or m in view.inside or view.opens_pp(m):
                        return []
                    if view.core[m] in self.demonyms:
                        return [e for e in self._demonym_actor(view, m) if e not in source]
                return []
        return []

    def _craft_nationality(
        self, view: DocView, obj: tuple[int, int], hi: int, source: list[str]
    ) -> list[str]:
        """The country a nationality adjective names among the words of an aircraft shot down, ``obj``
        and a few words after it (``طائرة الركاب الأوكرانية``، ``طائرة مسيرة أمريكية``), not the
        shooter's own."""
        for j in range(obj[0], min(obj[1] + _CRAFT_REACH, hi)):
            if j in view.inside or view.is_boundary(j) or view.opens_pp(j):
                break
            if (j > obj[0] or view.core[j] in self.demonyms) and (
                country := self._nationality_named(view, j)
            ) is not None:
                return [e for e in country if e not in source]
        return []

    def _closed_to(self, view: DocView, front: int, hi: int) -> list[str]:
        """Who what is closed is closed to, after ``أمام`` at ``front``: an actor named (after من: the
        planes coming from it), or the country a nationality among the words after it names."""
        for j in range(front + 1, min(hi, front + 1 + _CLOSED_TO_REACH)):
            if view.is_boundary(j):
                return []
            a = view.actor(j)
            if a is not None and view.bare[j] in _AIR_AND_FORCES and a.last > j:
                # أمام الطيران المالي, read as the name of a body: the country of the planes
                return self._nationality_named(view, a.last) or []
            if a is not None:
                return list(view.group_after(a)[0]) if a.prep in (None, FROM) else []
            if j > front + 1 and (country := self._nationality_named(view, j)) is not None:
                return country
        return []

    def _nationality_named(self, view: DocView, j: int) -> list[str] | None:
        """The country named by the nationality at ``j`` after a craft or what is closed to it, also one
        that is a common word too (``الطيران المالي``: Malian, not "financial"); None if ``j`` is none."""
        if view.core[j] in self.demonyms:
            return self._demonym_actor(view, j)
        if view.core[j] in _CRAFT_HOMONYMS:
            return _country_actor(view, _CRAFT_HOMONYMS[view.core[j]])
        return None

    def _aid_nationality(self, view: DocView, end: int, hi: int) -> list[str]:
        """The country named by a nationality among the adjectives after aid ending at ``end``
        (``مساعدات عسكرية أمريكية``)."""
        for k in range(end + 1, min(hi, end + 1 + _AID_ADJECTIVES)):
            if k in view.inside or view.is_boundary(k):
                return []
            if view.core[k] in self.demonyms:
                return self._demonym_actor(view, k)
        return []

    def _act_nationality(
        self, view: DocView, i: int, hi: int, efforts: frozenset[str] = _EFFORTS
    ) -> list[str]:
        """The country named by the nationality right after the act that is the object of verb ``i``,
        past its subject (``أدانت إيران العدوان الإسرائيلي``، ``ندد بالقصف الأمريكي``، ``ما وصفته بالعدوان
        التركي``), or after its efforts
        or stance, or their side's (``ثمن ترامب الجهود الكويتية``، ``أشادت X بتعاون الجانب الليبي``), or
        after another of ``efforts``."""
        k = i + 1
        while k < hi and (k in view.inside or view.tokens[k].text in QUOTE_MARKS):
            k += 1  # the subject after the verb, and scare quotes (أدانت X "العدوان الإسرائيلي")
        k = _past_so_named(view, k, hi)  # أدانت الجامعة ما وصفته بالعدوان التركي: the act so named
        if efforts is _REFUSED:
            # رفضت برلين في وقت سابق طلبا مصريا، رفضت الحكومة يوم الثلاثاء عرضا من متحف X: past when
            # and where it was said
            k = past_said_in(view.core, past_later(view.core, k))
            while k < hi and view.in_time(k) and k not in view.inside:
                k += 1
        if k + 1 >= hi or k in view.inside:
            return []
        if k in view.acts and efforts is _EFFORTS:
            return self._demonym_actor(view, k + 1)
        if view.bare[k] in efforts:
            side = view.bare[k + 1] in _SIDES and k + 2 < hi
            at = k + 2 if side else k + 1
            if efforts is _REFUSED and view.core[at] == FROM and (a := view.actor(at + 1)) is not None:
                return list(a.entities)  # رفض الكرملين طلبا من الولايات المتحدة: whose request
            made = at + 1 if view.core[at] in RELATIVES else at
            if (
                efforts is _REFUSED
                and made + 1 < hi
                and has_suffix(view.tokens[made])
                and view.core[made].startswith(_MAKING_OFFERS)
                and (a := view.actor(made + 1)) is not None
                and a.prep is None
            ):
                return list(a.entities)  # رفض الراجحي مقترحا قدمته بوب، العرض الذي طرحه X: whose offer
            # (an indefinite one's adjective with its accusative ending: رفضت طلبا إسرائيليا)
            return self._demonym_actor(view, at) or self._demonym_actor(view, at, accusative=True)
        return []

    def _demonym_actor(
        self, view: DocView, k: int, accusative: bool = False, form: str = "", forces: bool = False
    ) -> list[str]:
        """The country an adjective like ``الإسرائيلي`` names, when the article names that country (or a
        city standing for it, ``metonym_of``): a city of the country is not the country. With
        ``accusative``, read without its accusative ending (``أرمنيا``); ``form``, the adjective's form
        to look up instead of the token's; with ``forces`` (an attack's, its craft's), where the article
        names not the country but its army, the army (``قال الجيش الإسرائيلي إن غارة إسرائيلية``)."""
        country = self.demonyms.get(form or (view.core[k][:-1] if accusative else view.core[k]))
        if country is None:
            return []
        return _country_actor(view, country) or (_country_forces(view, country, k) if forces else [])

    def _object_owner_nationality(self, view: DocView, i: int, hi: int, source: list[str]) -> list[str]:
        """The country a nationality adjective with the article names in the object of stance verb ``i``,
        its head and a genitive before it (``انتقد X قيود التصدير الهندية``، ``رحب X بالقرار السعودي``),
        and those joined to it by و: whose act or stance is judged; looked for after the verb's subject
        where it follows the verb."""
        k = _past_subject(view, i, hi, source) + 1
        if k < hi and view.tokens[k].text in ("،", ",") and (closing := view.setting_between_commas(k, hi)):
            k = closing + 1  # رحب X، في بيان، بالقرار السعودي
        # (in scare quotes, or what it called so: انتقد X "التدخل الياباني"، ما وصفه بـ"الاحتلال التركي")
        k = _past_so_named(view, k, hi)
        if k >= hi or k in view.inside or view.is_boundary(k) or self._people_noun(view, k):
            return []  # (a people, the subject, is no object's head: ويتهم الأوروبيون الصينيين)
        for j in range(k + 1, min(hi, k + _OWNED_PHRASE)):
            if view.is_boundary(j) or j in view.inside or view.tokens[j].proclitics:
                return []
            if view.core[j].startswith("ال") and view.core[j] in self.demonyms:
                # (and those joined to it: بالجهود المصرية والقطرية)
                owners = self._demonym_actor(view, j)
                while j + 1 < hi and view.conjoined(j + 1) and (more := self._demonym_actor(view, j + 1)):
                    owners += more
                    j += 1
                return [e for e in dict.fromkeys(owners) if e not in source]
        return []

    def _people_noun(self, view: DocView, k: int) -> bool:
        """Token ``k`` names a people or a group with the article in the nominative: a nationality
        (``الفلسطينيون``، ``الأتراك``; not the accusative ``الصينيين``, an object) or a sound plural
        (``الجمهوريون``)."""
        core = view.core[k]
        return nominative_plural(core) or (
            core.startswith("ال") and not core.endswith("ين") and core in self.demonyms
        )

    def _motive_doer(
        self, view: DocView, readings: list[Reading], events: list[Event], i: int, lo: int, hi: int
    ) -> list[str]:
        """Who protests by an act coded as no event, a protest in the accusative at ``i`` being its motive
        (``قطع أعضاء في اتحاد الفلاحين طريقا رئيسيا، احتجاجا على``، ``أغلق سكان القرى الطريق احتجاجا
        على``): the subject of the nearest verb before it in its clause, no place; none where a protest
        is told between them (whose motive it is)."""
        k = next(
            (k for k in range(i - 1, lo - 1, -1) if k in view.clause_verbs or view.core[k] in CLAUSE_WORDS),
            None,
        )
        if (
            k is None
            or k not in view.clause_verbs
            or any(
                ev.trigger.start == readings[k][1]
                or (ev.type == "PROTEST" and ev.trigger.start > readings[k][1])
                for ev in events
            )
        ):
            return []
        verb = next(e for e in readings[k][0] if e.pos == "verb")
        # (one of a body's people after a verb of force too: قطع أعضاء في اتحاد الفلاحين طريقا)
        body = view.member_subject(k, hi)
        doers = self._arguments(view, k, verb, hi).source or (view.group_after(body)[0] if body else [])
        return [e for e in doers if view.entities[e].type not in PLACE_TYPES]

    def _arguments(self, view: DocView, i: int, entry: Entry, hi: int, through: range = range(0)) -> Args:
        args = Args()
        symmetric = entry.type in self.symmetric
        token = view.tokens[i]
        passive = _passive(view, i, token, entry)
        scanned = view.scan(i + 1, hi, window=OBJECT_WINDOW, through=through)
        mentions = [a for _, a in scanned if a is not None]
        args.mentions = mentions
        rest = mentions
        first = mentions[0] if mentions else None
        possessed = False
        genitive = False  # the source is the noun's genitive
        titled = False  # ... named by a title before the name (اغتيال القيادي في الحركة X)
        after = None  # where the words between the verb and its recipient begin, past its setting
        if entry.participle:
            pass  # its subject is the clause's (_implicit_subject); the actor after it is its object
        elif entry.pos == "verb" and not has_suffix(token) and (went := _went_there(view, i)) is not None:
            # ثم توجه إلى رام الله حيث التقى الرئيس الفلسطيني محمود عباس: the one who went goes on
            # (named there, else _implicit_subject), the name after the verb is its object
            if went:
                args.source = went
                args.explicit_subject = True
        elif entry.pos == "verb" and entry.type == "ACCUSE" and (laying := _charge_layer(view, i, hi)):
            # ووجهت إليه النيابة العامة تهمة الرشوة: the subject after إلى's pronoun, whom it is laid on
            args.source, last = view.group_after(laying)
            args.explicit_subject = args.after_verb = True
            rest = [b for b in mentions if b.first > last]
        elif entry.pos == "verb":
            before = view.subject_before(i)
            if before is None and (owner := view.free_pronoun_subject(i)):
                # وهي تعارض مطالب واشنطن: the pronoun's antecedent acts
                args.source = owner
                args.explicit_subject = True
            elif before is None and view.after_pronoun(i) and (owner := view.pronoun_subject(i)):
                # أعلن أولمرت أنه رفض طلب أنان: the pronoun's antecedent acts, the actor after is acted on
                args.source = owner
                args.explicit_subject = True
            elif before is not None:
                args.source = view.group_before(before)
                args.explicit_subject = True
                passive = passive or _bare_passive(view, i, entry, before)
            elif (
                (counted := view.counted_members_before(i)) is not None
                and has_suffix(token)
                and (doer := view.actor(i + 1)) is not None
                and doer.prep is None
            ):
                # 13 من موظفي الأمم المتحدة احتجزتهم الجماعة: an indefinite antecedent, the people counted
                # taken back by the verb's object pronoun, its subject after it
                args.source, last = view.group_after(doer)
                args.target = [e for e in counted.entities if e not in args.source]
                args.explicit_subject = args.after_verb = True
                rest = [b for b in mentions if b.first > last]
            elif counted is not None:
                # اثنان من عناصر الشرطة قتلوا: the people counted are the subject; hit, with no object
                # after a verb of violence (the unvocalised passive), else standing for their body
                args.source = list(counted.entities)
                args.explicit_subject = True
                passive = passive or (entry.type in _PATIENT_TYPES and view.no_object_after(i))
            elif (
                said := view.interposed_subject(i, hi) or view.subject_past_setting(i, hi, not symmetric)
            ) is not None:
                # ودعت في بيان صدر في جنيف منظمة X إلى: the subject after where it was said
                args.source, last = view.group_after(said)
                after = last + 1
                args.explicit_subject = args.after_verb = True
                rest = [
                    b
                    for _, b in view.scan(last + 1, hi, window=OBJECT_WINDOW, through=through)
                    if b is not None
                ]
            elif (entry.type in _LISTED_SUBJECT_TYPES or (entry.type, entry.mode) == _RESIGNATION) and (
                listed := _subject_among(view, i, hi)
            ):
                # وطالبت دول عدة، بينها مصر والأردن، مجلس الأمن: those named among the unnamed subject
                # (a boycott or a protest's too: قاطعت 38 دولة، بينها الولايات المتحدة وبريطانيا، المؤتمر;
                # and a resignation: استقال أكثر من خمسين وزيرا، بينهم X وY)
                args.source = listed
                last = max(b.last for f, b in view.at.items() if i < f < hi and set(b.entities) & set(listed))
                # (past the comma that closes the list: أعربت 79 دولة، بينها فرنسا وألمانيا، عن دعمها للمحكمة)
                after = last + 2 if last + 1 < hi and view.tokens[last + 1].text in _COMMAS else last + 1
                args.explicit_subject = args.after_verb = True
                rest = [
                    b for _, b in view.scan(after, hi, window=OBJECT_WINDOW, through=through) if b is not None
                ]
            elif (owner := view.statement_subject(i, hi)) is not None:
                # اتهم تقرير لمنظمة العفو الدولية الجيش: the statement's owner, the actor after it its object
                args.source, last = view.group_after(owner)
                args.explicit_subject = args.after_verb = True
                rest = [b for b in mentions if b.first > last]
            elif (each := view.each_of_subject(i, hi)) is not None:
                # وأيدت كل من السعودية والإمارات الخطوة: the names "each of" stands for, the actor after
                # them the object
                args.source, last = view.group_after(each)
                args.explicit_subject = args.after_verb = True
                rest = [b for b in mentions if b.first > last]
            elif i + 1 < hi and i + 1 not in view.inside and self._people_noun(view, i + 1):
                # واتهم الفلسطينيون إسرائيل، وانتقد الجمهوريون الرئيس بوش: a people or a group is the
                # subject (a nationality stands for its country where the text names it), so the actor
                # after it is no subject
                args.source = self._demonym_actor(view, i + 1)
                args.explicit_subject = args.after_verb = bool(args.source)
                rest = [b for b in mentions if b.first > i + 1]
            elif i + 1 < hi and _nominative_members(view, i + 1) and (owner := view.followed_body(i)):
                # وهاجم مسلحوها القافلة: a body's members in the nominative (a sound plural written with و
                # before the pronoun) are the subject, standing for the body named before
                args.source = owner
                args.explicit_subject = args.after_verb = True
                rest = [b for b in mentions if b.first > i + 1]
            elif (
                not (entry.type in _PATIENT_TYPES and _lone_member_after(view, i, hi))
                and (
                    owner := view.affiliated_subject(
                        i,
                        hi,
                        entry.type not in _PATIENT_TYPES or entry.lemma in _STORMING | _ASSAILING,
                    )
                )
                is not None
            ):
                # اعتقلت قوات الأمن التابعة لحماس X: the forces are Hamas's; a number of a body's members
                # storm what they storm (اقتحم مئات من أنصار التيار الصدري مقر السفارة), where a number
                # after another attack's verb is whom it struck (قتل خمسة من أنصار الحزب)
                args.source, last = view.group_after(owner)
                args.explicit_subject = args.after_verb = True
                rest = [b for b in mentions if b.first > last]
            elif (holder := view.titled_person(i, hi)) is not None:
                # ودعا الأمين العام للأمم المتحدة بان كي مون إسرائيل: the title's holder, past its office;
                # what follows it, past where the scan from the verb stopped
                args.source, last = view.group_after(holder)
                args.explicit_subject = args.after_verb = True
                rest = [
                    b
                    for _, b in view.scan(last + 1, hi, window=OBJECT_WINDOW, through=through)
                    if b is not None
                ]
            elif (
                entry.type == "ASSAULT"
                and i + 1 < hi
                and view.bare[i + 1] in _PROJECTILES
                # (past the word for drones after aircraft: طائرات مسيرة)
                and (
                    launcher := view.relative_agent(
                        i + 2 if i + 2 < hi and view.bare[i + 2] in _PROJECTILES else i + 1, hi
                    )
                )
                is not None
            ):
                # استهدفت طائرات مسيرة أطلقتها قوات الدعم السريع مواقع: who launched them struck
                args.source, last = launcher
                args.explicit_subject = args.after_verb = True
                rest = [
                    b
                    for _, b in view.scan(last + 1, hi, window=OBJECT_WINDOW, through=through)
                    if b is not None
                ]
            elif (unit := view.unit_subject(i, hi)) is not None:
                # نشرت قيادة الشرطة الاتحادية قوات: the body whose unit it is acts (or who heads the
                # delegation, the rest read from after him: وصل وفد سعودي برئاسة X إلى صنعاء)
                args.source, last = view.group_after(unit)
                args.explicit_subject = args.after_verb = True
                rest = [
                    b
                    for _, b in view.scan(last + 1, hi, window=OBJECT_WINDOW, through=through)
                    if b is not None
                ]
            elif (entry.type not in _PATIENT_TYPES or entry.frame.passive) and (
                body := view.member_subject(i, hi)
            ) is not None:
                # أشاد مسؤول كبير في البنك الدولي، تعرض قيادي في حركة حماس للخطف: one of a body's
                # people stands for it (not after a verb of violence, whose member after it is mostly
                # its victim: قتل جندي من الجيش)
                args.source, last = view.group_after(body)
                args.explicit_subject = args.after_verb = True
                rest = [b for b in mentions if b.first > last]
            elif (
                not view.subject_elsewhere(i)
                and not view.subject_after_be(i)  # وكانت الجماعة قد طالبت تركيا: Turkey is asked
                and not (entry.type == "ASSAULT" and view.after_indefinite(i, perfect=True))
                and not view.plural_verb(token)
            ):
                # (nor a spokesman's باسمها before his name: ونفى المتحدث باسمها X)
                pp = next(
                    (
                        k
                        for k in range(i + 1, hi)
                        if view.opens_pp(k)
                        and not view.pronoun_pp(k)
                        and not view.in_whose_name(k)
                        and view.core[k] not in RESUMPTIVE  # (صفقة أطلقت بموجبها فرنسا: its subject after it)
                    ),
                    hi,
                )
                for a in mentions:
                    if (
                        a.first - i > SUBJECT_WINDOW
                        or a.first > pp
                        or (a.first > i + 1 and view.bare_body_head(i + 1))
                    ):
                        # (a body told again by its bare head right after the verb is its subject, the one
                        # named after it the object: وأدانت المحكمة X بالسجن، وانتقدت الحركة رئيس الوزراء X)
                        break
                    if not view.title_chain(i + 1, a.first, a.etype == "PER" or a.prep is not None) and not (
                        a.etype == "PER" and _descriptors(view, i + 1, a.first)
                    ):
                        break  # a subject follows its verb directly, titles (or descriptions) aside
                    if a.etype in PLACE_TYPES and _national_forces(view, i + 1, a.first):
                        break  # دخلت قوات إسرائيلية غزة: the forces of a nation act, on the place
                    if a.etype in PLACE_TYPES and view.place_anaphor(a):
                        break  # اقتحمت المخيم: a place told again by its noun is acted on
                    if a.prep_after(i) is None and (
                        (_feminine_body(view, a, i) and _feminine_verb(view, i, entry) is False)
                        or (
                            _masculine_body(view, a, i)
                            and view.core[i].endswith("ت")  # a perfect (تسلم may be form V's)
                            and _feminine_verb(view, i, entry) is True
                        )
                    ):
                        # واتهم الحكومة، وطالبت مجلس الأمن: a body whose head does not agree with the verb
                        # is its object
                        break
                    if a.prep_after(i) is None and not view.conjoined_to_pp(a.first):
                        a = _title_holder(view, a, mentions)
                        args.source, last = view.group_after(a)
                        args.source = _office_holders(view, i, args.source)
                        args.explicit_subject = args.after_verb = True
                        rest = [b for b in mentions if b.first > last]
                        if scanned and scanned[-1][0] < last < hi - 1 and last + 1 not in view.clause_at:
                            # a subject coordinated past where the scan stopped (وجه X ، وY رئيس
                            # مفوضية الاتحاد ، رسالة إلى Z): what follows it
                            further = view.scan(last + 1, hi, window=OBJECT_WINDOW, through=through)
                            rest = [b for _, b in further if b is not None]
                        if (kin := _kin_apposition_end(view, last, hi)) is not None:
                            # واتهمت X، زوجة Y، السلطات: past whose kin the subject is, its object
                            further = view.scan(kin + 1, hi, window=OBJECT_WINDOW, through=through)
                            rest = [b for _, b in further if b is not None]
                        break
        elif (
            entry.pos == "noun"
            and has_suffix(token)
            and _suffix_is_agent(entry)
            and (caller := _caller_declaring(view, i))
        ):
            # تلقى X اتصالا من Y، أكد فيه تضامنه مع Z: the pronoun is the caller's, who declares it
            possessed = True
            args.source = caller
            args.explicit_subject = True
        elif entry.pos == "noun" and (
            enactor := view.enacted_by(
                i, entry.type == "REQUEST" or _charged_genitive(view, i, hi, entry), _claimable(entry)
            )
        ):
            # ستواصل الولايات المتحدة دعم الحكومة: the carrying-out verb's subject acts, the genitive is
            # acted on (after a declaring verb the genitive is the agent: جدد ماكرون تمسك فرنسا; but a call
            # or a demand it declares is its subject's, made to the genitive: جدد شكري دعوة إسرائيل إلى)
            possessed = True
            args.source = enactor
            args.explicit_subject = True
        elif entry.pos == "noun" and (issuer := view.issued_by(i)):
            possessed = True  # صدر عن المحكمة حكم بإعدام X: the court rules, X is sentenced
            args.source = issuer
            args.explicit_subject = True
        elif entry.pos == "noun" and (doer := view.doer_of(i) or view.claimant_of(i)):
            # قيام إسرائيل باستهداف لبنان: the doer of قيام, the noun's genitive its patient
            possessed = True
            args.source = doer
            args.explicit_subject = True
        elif entry.pos == "noun" and (agent := view.relative_agent(i, hi)) is not None:
            # الحرب التي شنتها إسرائيل على لبنان، الاتفاق الذي وقعته الحكومة والحركة
            args.source, last = agent
            args.explicit_subject = True
            args.told_at = last
            rest = [a for _, a in view.scan(last + 1, hi, window=OBJECT_WINDOW) if a is not None]
            if symmetric and len(args.source) > 1:
                args.source, args.target = args.source[:1], args.source[1:]
                args.paired = True
                return args
            if entry.lemma == _MEDIATION and (sides := view.between(last, hi)):
                # وساطة قادتها قطر بين كيغالي وواشنطن: the mediator met the two sides
                args.target = [e for e in sides if e not in args.source]
                args.paired = True
                return args
            if entry.type == "REQUEST" and (holder := view.subject_before(i)) is not None:
                # تدرس قطر طلبا تقدمت به الحكومة: the one who has another's request before it is asked
                args.target = [e for e in holder.entities if e not in args.source]
        elif entry.pos == "noun" and entry.type == "PROTEST" and (joined := _took_part(view, i)):
            # شارك النائب X في وقفة احتجاجية؛ اعتقلت الشرطة Y بعد مشاركته في وقفة احتجاجية: the one who
            # took part in it protests
            possessed = True
            args.source = joined
            args.explicit_subject = True
        elif entry.pos == "noun" and (undergone := view.relative_patient(i, hi)):
            args.target = undergone  # الاعتداء الذي تعرضت له سفارة المملكة: struck, no agent named
            rest = []
        elif (
            entry.pos == "noun"
            and (entry.type in _DONE_TO_TYPES or symmetric)
            and (agent := view.unsaid_relative_agent(i, hi)) is not None
            # (not a verb of describing, whose subject is who calls the act something: ندد X بالهجوم الذي
            # وصفه بالجبان)
            and not any(e.frame.describe for e in self._lookup(view.tokens[agent[1]])[0])
            # (talks held with someone, no relative word: مباحثات أجرتها مع X; a deal made with someone, a
            # relative word too: الاتفاق الذي وقعته مع X، التي توصلت إليها مع X)
            and (
                entry.type in _DONE_TO_TYPES
                or (view.core[agent[1] + 1] == WITH and view.core[agent[1] - 1] not in RELATIVES)
                or (
                    entry.type == "AGREE"
                    and WITH in view.core[agent[1] + 1 : agent[1] + 3]
                    # (not one after a preposition: the clause's subject, left to the verb: وسلمت إيطاليا
                    # زوارق إلى خفر السواحل الليبي، في إطار مذكرة التفاهم التي وقعتها مع ليبيا)
                    and (named := _last_named_at(view, agent[0][0], i)) is not None
                    and view.at[named].prep is None
                )
            )
        ):
            # بالحصار الذي تفرضه على لبنان: the clause names no subject, the actor before the noun acts
            args.source, last = agent
            args.explicit_subject = True
            args.told_at = last
            rest = [a for _, a in view.scan(last + 1, hi, window=OBJECT_WINDOW) if a is not None]
        elif entry.pos == "noun" and has_suffix(token) and _suffix_is_agent(entry):
            possessed = True
            # the pronoun is the agent (جدد لحود انتقاده للرئيس شيراك، نقلت عن الحكومة نفيها): the
            # clause's subject, else the last actor named before it in its sentence; a dual one the
            # pair (أحرز العراق والأمم المتحدة تقدما خلال محادثاتهما)
            dual = suffix_form(token) == _DUAL
            if dual and (pair := view.previous_pair(i, []) or view.clause_actors_before(i)[:2]):
                if symmetric and len(pair) == 2:
                    args.source, args.target = pair[:1], pair[1:]
                    args.explicit_subject = args.paired = True
                    return args
                args.source = pair
            else:
                # (past an aside: وأعرب حمدوك، في اتصال هاتفي مع بومبيو، عن شكره)
                aside = view.before_aside(i)
                # (past a description of the subject between commas, right before it: أعلنت حركة مجتمع
                # السلم، أكبر أحزاب المعارضة، رفضها; أكدت واشنطن، الحليف الأقرب لإسرائيل، دعمها)
                described = view.aside_closing_before(i)
                before_described = view.clause_actors_before(described) if described is not None else []
                # (a plural pronoun all the clause's actors: أكد وزراء خارجية مصر والأردن رفضهم)
                owners = [e for e in view.clause_actors_before(i) if _may_own(view, e, suffix_form(token))]
                # (a verb joined with و right before it and no subject of its own goes on with the
                # sentence's: والتقى عمرو موسى البشير، وأكد تضامنه معه)
                conjoined = i > 0 and view.core[i - 1] in GOVERNING and "و" in view.tokens[i - 1].proclitics
                # (and so does a participle of declaring after a comma: أيدت X موقف Y، مجددة دعوتها Z)
                conjoined = conjoined or (
                    i > 1
                    and DECLARING_PARTICIPLES.get(view.core[i - 1]) == suffix_form(token)
                    and view.tokens[i - 2].text in _COMMAS
                )
                # (a feminine one a series of three states or bodies named together, as a plural of
                # things: وأعلنت أستراليا والبحرين وكندا وهولندا تأييدها)
                series = suffix_form(token) == _HERS and _series_of(view, i, owners)
                # (a reason with ل right after the object of a stance is the object's: انتقدت حماس مصر
                # لتوقيعها الاتفاق)
                faulted = view.mention_ending_at(i - 1) if "ل" in token.proclitics else None
                args.source = (
                    view.reported_speaker(i)  # نقلت الوكالة عن الأسد قوله خلال لقائه: the speaker's
                    or (
                        [faulted.entities[0]]
                        if faulted is not None and faulted.prep is None and faulted.entities[0] in owners[1:]
                        else []
                    )
                    or (view.opening_subject(i) if conjoined else [])
                    or [e for e in before_described if _may_own(view, e, suffix_form(token))][:1]
                    or owners[: None if suffix_form(token) == _THEIR or series else 1]
                    or (view.clause_actors_before(aside)[:1] if aside is not None else [])
                    or view.previous_actor(i, [], possessor=True)
                )
                if i + 1 < hi and (view.core[i + 1] in _WITH_HIM or view.core[i + 1] in _FOR_HIM):
                    # وأكد تضامنه معه: the one named before, with whom; a masculine one a person named
                    # in its sentence or the one before (اعتقلت الجماعة الصحفي X. وأعلنت النقابة
                    # تضامنها معه، أعلنت المنظمة مساندتها له)
                    args.target = (
                        view.core[i + 1] in _HIM_ONLY
                        and view.previous_actor(i, args.source, types=_PERSON_ONLY, reach=1)
                    ) or view.previous_actor(i, args.source)
            if not args.target and entry.type == "SUPPORT" and (sided := _with_after(view, i, hi)):
                # أعلنت المنظمة تضامنها مع مؤسسة الحق، وأكدتا تضامنهما الكامل مع الإمارات: with whom
                args.target = [e for e in sided if e not in args.source]
            args.explicit_subject = bool(args.source)
        elif (
            entry.pos == "noun"
            and (
                suffix_form(token) in _SINGULAR_SUFFIXES
                or (suffix_form(token) == _DUAL and (pair := view.previous_pair(i, [])))
            )
            and entry.type in _PATIENT_TYPES
            and not any(a.prep is None and a.etype not in PLACE_TYPES for a in rest)
        ):
            # بعد اعتقاله في فيصل آباد، على خطفها من منزلها: the pronoun names the one acted on, the last
            # person named before, else body (no one acting is named after it; a plural one stands for
            # people the text mostly leaves unnamed: احتجازهم); a dual one the last pair (أفرج عن X وY
            # بعد أسبوع من احتجازهما)
            # (not who orders it, right before: بعد إصدار القاضي X أمرا باعتقاله، وكان X قد أمر باعتقاله)
            issuer = _order_issuer(view, i)
            args.target = (
                pair
                if suffix_form(token) == _DUAL
                else view.previous_actor(i, issuer, any_preposition=True, types=("PER",))
                or view.previous_actor(i, issuer, any_preposition=True, types=("ORG",))
            )
            # (and who did it, after على يد or من قبل, past where it was: بعد اختطافه على يد البحرية
            # الإسرائيلية، بعد احتجازه داخل القصر الرئاسي في نيامي من قبل عناصر في الحرس الرئاسي)
            agent = view.agent(i + 1, hi)
            args.source = [e for e in agent or issuer if e not in args.target]
            return args
        elif (symmetric or entry.lemma in _CLASHES or (entry.type, entry.lemma) == _FIRE_EXCHANGED) and (
            pair := view.between(i, hi)
        ):
            # اتفاق بين X وY؛ المواجهات بين البشمركة والقوات العراقية: the first named is the source
            args.source, args.target = pair[:1], pair[1:]
            if entry.type == "CONSULT":
                # مفاوضات بين X وY برعاية Z: its sponsors, mediators and witnesses take part in the talks
                args.target += [e for e in view.sponsors(i, hi) if e not in pair]
            if entry.lemma == _MEDIATION:
                # نجحت الإمارات في وساطة جديدة بين روسيا وأوكرانيا: the clause's subject mediated; a
                # mediation no one is named as making is not coded (استعدادها للوساطة بين الطرفين)
                mediator = [e for e in view.clause_actors_before(i, heads_pp=True)[:1] if e not in pair]
                args.target += mediator
                args.paired = bool(mediator)
                args.explicit_subject = True
                return args
            args.explicit_subject = args.paired = True
            return args
        else:
            holder = view.titled_person(i, hi) if entry.pos == "noun" else None
            if holder is None and symmetric and entry.pos == "noun":
                # زيارة وفد تركي برئاسة وزير الخارجية X: the delegation's head is the genitive, who visits
                holder = view.visiting_delegation_head(i, hi)
            if holder is not None:
                # اغتيال الأمين العام السابق للحزب الشيوعي جورج حاوي: the title's holder is the genitive
                first = holder
            object_genitive = _object_genitive(view, i, first, through)
            judged_act = entry.type in _OWNED_STANCES and i + 1 in view.acts
            if (
                first is not None
                and (holder is not None or first.first - i <= _GENITIVE_GAP)  # a title holds a longer gap
                # (not past the noun's own prepositional object, whose genitive it is: الاعتراف بدولة
                # فلسطين; but سقوط صاروخين أطلقتهما سرايا القدس)
                and not object_genitive
                and (
                    holder is not None  # (its office may hold a preposition: القيادي في الحرس X)
                    or _members_genitive(view, i, first)  # (members after من: توغل عناصر من الجيش)
                    or (
                        _genitive_reachable(view, i + 1, first.first)
                        and (
                            first.prep_after(i) in (None, _BETWEEN)
                            or _lam_genitive(view, first, i, mentions, entry)
                        )
                    )
                )
                # (a content word's genitive is acted on, unless the word is the trigger: مطالب واشنطن)
                and (symmetric or not _owns_content(view, first) or view.only_titles(i + 1, first.first))
                # (a stance on an act: the name after the act is its genitive, إدانة هجوم حماس)
                and not judged_act
                # (talks' sponsor is no genitive of theirs: بعد محادثات برعاية الاتحاد الأفريقي)
                and not (symmetric and i + 1 < hi and view.sponsorship(i + 1))
                # (nor is a town the crossing opened is named after: فتح معبر رأس جدير)
                and not (
                    (entry.type, entry.mode) == _OPENING
                    and all(is_town(view.entities[e]) for e in first.entities)
                )
            ):
                args.source, last = view.group_after(first)
                args.explicit_subject = genitive = True
                titled = holder is not None
                rest = [b for b in mentions if b.first > last]
                # the genitive filled, an actor right after it is the object (اتهام الوكالة طهران بـ)
                nxt = next((b for b in rest if b.entities[0] not in args.source), None)
                # (past سراح: إطلاق الولايات المتحدة سراح المواطن X)
                freed = last + 2 if last + 1 < hi and view.core[last + 1] == SET_FREE else last + 1
                possessed = nxt is not None and (
                    view.only_titles(freed, nxt.first)
                    # (a person set free after words saying who he is: سراح تاجر الأسلحة الروسي فيكتور بوت)
                    or (
                        freed == last + 2 and nxt.etype == "PER" and _described_person(view, freed, nxt.first)
                    )
                    # or the owner of what is rejected or judged (بعد رفض البلدين طلب موسكو)
                    or (entry.type in _OWNED_STANCES and nxt.first - last <= 3 and _owns_content(view, nxt))
                )
                if last + 1 < hi and view.core[last + 1] in _TO_PRONOUNS:
                    # خلال استقبال تبون له: the one the pronoun refers to, named before (not the author of
                    # a message he bore: وسلم X رسالة من بوتين إلى ماكرون خلال استقبال ماكرون له)
                    authors = [
                        e
                        for k in range(view.bounds[token.sentence][0], i)
                        if view.bare[k] in _MESSAGES
                        for e in _message_author(view, k, hi)
                    ]
                    args.target = view.previous_actor(i, [*args.source, *authors])
                elif symmetric and any(view.core[k] in COUNTERPARTS for k in range(i + 1, first.first + 1)):
                    # بعد لقاء نظيره الفرنسي X: the one met, by the counterpart whose pronoun it is
                    args.target, args.source = args.source, view.previous_actor(i, args.source)
            elif object_genitive and first is not None:
                args.target = view.group_after(first)[0]  # الاعتراف بدولة فلسطين: what is recognised
            elif judged_act:
                possessed = True  # إدانة هجوم حماس: the stance is on the act's agent, named after it
        whoever = False
        if entry.type in _CONDITIONED_TYPES and not args.target:
            # the one the act a threat promises is done to (هدد بوقف التعاون مع الوكالة إذا فرض مجلس الأمن),
            # none where it is whoever does something (بفرض عقوبات على كل من يعرقل تسليم السلطة إلى X)
            args.target = view.threatened_act_target(i, hi, args.source)
            whoever = not args.target and view.threat_on_whoever(i, hi)
        if not args.target and not whoever:
            args.target = self._target(
                view, i, rest, entry, symmetric, args.source, possessed, through, after
            )
        if not args.target and entry.lemma == _SOLIDARITY and args.source:
            # تضامن ماكرون مع السعودية، تضامن الإمارات الكامل مع السعودية: with whom, past the subject or
            # the genitive named after it
            named = view.past_named(i, hi, args.source, i + 1)
            args.target = [e for e in _with_after(view, named - 1, hi) if e not in args.source]
        if entry.mode == _SUE and (
            (against := next((a for a in rest if a.prep == _AGAINST_WORD), None)) is not None
            or (against := _sued_past_forum(view, i, hi)) is not None
        ):
            # قدمت أستراليا شكوى أمام منظمة التجارة العالمية ضد الصين: whom it is against, not the forum
            # (the holder of a title whose genitive is named: ضد رئيس مجلس الوزراء مصطفى مدبولي)
            args.target = view.group_after(_title_holder(view, against, rest))[0]
        if entry.type in _CONDITIONED_TYPES:
            # no threat to its own side (هددت الصين باتخاذ إجراءات لحماية مصالح بكين), a body of its own
            # country aside (هددت نقابة المعلمين الأردنية الحكومة الأردنية بالإضراب), nor to the forum
            # it is to turn to (هددت أنقرة باللجوء إلى منظمة التجارة العالمية)
            forum = view.resorted_to(i, hi)
            args.target = [
                e
                for e in args.target
                if e not in args.source
                and e not in forum
                and not (view.entities[e].type in PLACE_TYPES and view.same_side(e, args.source))
            ]
        if (
            entry.pos == "verb"
            and entry.type in _PATIENT_TYPES
            and args.after_verb
            # (or only what is named past a preposition after it: قتل الصحفي X في غارة شنها Y على غزة)
            and (not args.target or view.no_object_after(_subject_last(args) or i))
            and not has_suffix(token)  # قتله X: X killed him
            and not entry.frame.objects  # فرض الرئيس X حظر التجول: the act's object is named, X imposes it
            and args.source
            and all(view.entities[e].type == "PER" for e in args.source)
            and entry.lemma not in _RAIDING_VERBS
            # (not one who leads the armed men after the verb: هاجمت عصابات يقودها X)
            and not (i + 1 < hi and view.bare[i + 1] in _ARMED_MEN)
        ):
            # قتل الإمام علي في ...، اعتقل أحمد علي: a person after a bare killing or arrest verb that
            # names no one else is its patient (the unvocalised passive); one the verb's gender
            # disagrees with is its object, the subject unsaid (واعتقلت الصحفي محمد علي)
            active = _disagrees(view, i, entry, args.source) or (
                view.conjoined(i) and i > view.bounds[token.sentence][0]
            )
            args.source, args.target = [], args.source
            args.explicit_subject = args.after_verb = False
            passive = not active
        if symmetric and entry.pos == "noun" and not args.source:
            # its participants as the clause's subjects (أعلنت X عن اتفاق مع Y، عقد X وY جلسة مباحثات)
            # (not after ب: تمسك فرنسا بالاتفاق، رحبت X بالاتفاق hold to or welcome a deal of others)
            # (nor after ل: الحفل الختامي لاجتماع الجمعية, a meeting the speaker only closed)
            # (nor the speaker of a speech verb: قال بوتين في لقاء مع صحفيين, an interview)
            said = entry.type == "CONSULT" and any(
                k in view.speech for k in range(max(0, i - _SPEECH_REACH), i)
            )
            before = (
                view.clause_actors_before(i) if not {"ب", "ل"} & set(token.proclitics) and not said else []
            )
            if not before and not said and (aside := view.aside_opened(i)) is not None:
                # وأعرب حمدوك، في اتصال هاتفي مع بومبيو، عن شكره: the aside is the subject's
                before = view.clause_actors_before(aside)
            # (joined with و, or the clause's subject and object when the noun is its occasion: أبلغ
            # أولمرت أنان في اتصال هاتفي; not حملت الحكومة جماعة الحوثي مسؤولية انهيار الهدنة)
            occasion = i > 0 and view.core[i - 1] in _OCCASIONS
            joined = before if occasion else [e for e in view.previous_pair(i, []) if e in before]
            # (not when its own companion is named: أشاد X بدعم الإمارات خلال اتصال هاتفي مع Y)
            # (its sponsors, mediators and witnesses take part: بعد عشرة أيام من المحادثات برعاية
            # الاتحاد الأفريقي)
            sponsors = [e for e in view.sponsors(i, hi) if e not in joined] if entry.type == "CONSULT" else []
            # (nor a town named before it, where they met: استقبل X، في الرياض، نظيره Y، في زيارة; not
            # where it went: خلال زيارة إلى طهران)
            if len(joined) >= 2 and all(
                e in sponsors
                or (
                    is_town(view.entities[e])
                    and not any(i < k < hi and e in m.entities for k, m in view.at.items())
                )
                for e in args.target
            ):
                args.source, args.target = joined[:1], [*joined[1:], *sponsors]
                args.paired = True
                return args
            args.source = [e for e in before[:1] if e not in args.target]
            if args.source and not args.target:
                # استضاف X قمة بمشاركة Y وZ: those taking part met the subject
                args.target = [e for e in sponsors if e not in args.source]
        if symmetric and entry.pos == "noun" and len(args.source) > 1 and not args.target:
            # subjects joined with و (بدأ ممثلون عن الجيش وقوات الدعم السريع محادثات): its participants
            args.source, args.target = args.source[:1], args.source[1:]
            args.paired = True
        elif (
            symmetric
            and entry.pos == "noun"
            and args.source
            and not args.target
            and i > 0
            and (partner := view.mention_ending_at(i - 1)) is not None
            and partner.prep == WITH
            and not set(partner.entities) & set(args.source)
        ):
            # نفذ الجيش الهندي مع الجيش النيبالي عمليات مشتركة: the partner right before the noun
            args.target = view.group_after(partner)[0]
            args.paired = True
        elif symmetric:
            # a subject and مع Y; or مع a party the text does not name (وقعته الحكومة مع أبرز حركات التمرد)
            args.paired = bool(args.source) and (
                any(a.prep_after(i) == WITH and a.entities[0] in args.target for a in rest)
                or (not args.target and view.unnamed_with(args.told_at or i, hi))
            )
        # (an attack told by its nationality alone is its forces' where the text names no country)
        forces = entry.type == "ASSAULT"
        if entry.pos == "noun" and not args.source and i + 1 < hi:
            args.source = self._demonym_actor(view, i + 1, forces=forces)  # الهجوم الإسرائيلي على لبنان
            if not args.source and i + 2 < hi and _means_adjective(view, i + 1):
                # قصف صاروخي روسي، الغارة الجوية الإسرائيلية
                args.source = self._demonym_actor(view, i + 2, forces=forces)
            if not args.source and entry.type == "ASSAULT":
                # شنت طائرة مسيرة إسرائيلية غارة، غارات شنتها مقاتلات مصرية: unnamed forces of a country
                # the text names carried it out
                args.source = self._forces_carrying(view, i, hi)
            if not args.source and entry.type == "ASSAULT" and i + 2 < hi and view.bare[i + 1] in _FORCES:
                # إسقاط مقاتلات تركية طائرة روسية: unnamed forces in the genitive, the agent
                args.source = self._demonym_actor(view, i + 2, forces=True)
        if (
            entry.pos == "verb"
            and not args.source
            and not passive
            and i + 2 < hi
            and view.bare[i + 1] in _SUBJECT_FORCES
            # (not the frame's object right after a verb its subject came before: أن دفاعات الجيش
            # الجوية أسقطت طائرة مسيرة تركية)
            and not (through.start == i + 1 and _subject_before_verb(view, i))
        ):
            # شنت طائرات إسرائيلية غارات: unnamed forces of a country the text names, an adjective
            # between or not (طائرات حربية إسرائيلية)
            args.source = self._demonym_actor(view, i + 2, forces=forces) or (
                self._demonym_actor(view, i + 3, forces=forces) if i + 3 < hi else []
            )
            args.explicit_subject = args.after_verb = bool(args.source)
        if (
            entry.pos == "verb"
            and forces
            and not args.source
            and i + 1 < hi
            and view.bare[i] in _FORCES
            and not view.core[i + 1].startswith("ال")
        ):
            # وكان قصف إسرائيلي قد استهدف مركزا: a verb's form with an indefinite nationality after it is
            # the strike's noun told by its nationality (no verb's subject is an indefinite adjective)
            args.source = self._demonym_actor(view, i + 1, forces=True)
        if entry.pos == "verb" and not args.source and not passive and not view.conjoined(i):
            # إن طائرات أوكرانية بدون طيار هاجمت: the same forces named before the verb
            args.source = self._forces_before(view, i, forces)
            args.explicit_subject = args.explicit_subject or bool(args.source)
        if (
            entry.pos == "noun"
            and args.target
            and genitive
            and first is not None
            and first.etype == "PER"
            and (entry.type, entry.mode) in _PERSON_PATIENT_MODES
            and (
                titled
                or (
                    view.tokens[first.last + 1 : first.last + 2]
                    and view.tokens[first.last + 1].text in _COMMAS
                )
            )
        ):
            # اغتيال جاسم الذهبي، عميد كلية ... بجامعة بغداد: the person is the one killed, whatever the
            # apposition after the comma names; and so is one a title names (اغتيال القيادي العسكري في
            # الحركة أبو أشرف العرموشي إلى القضاء: not the one the phrase after is aimed at)
            args.source, args.target = [], args.source
        if (
            entry.pos == "noun"
            and args.target
            and genitive
            and first is not None
            and (entry.type == "COERCE" or (entry.type, entry.mode) in _PERSON_PATIENT_MODES)
            and (agent := view.agent(first.last + 1, hi))
            and set(args.target) <= set(agent)
        ):
            # اعتقال رئيس الوزراء السابق عمران خان على يد عناصر من مكتب المحاسبة الوطني: the genitive is
            # the one acted on, the passive's agent after it the one who acts
            args.source, args.target = [e for e in agent if e not in args.source], args.source
        if entry.pos == "noun" and not args.target and genitive and first is not None:
            # the genitive is the patient (قصف غزة), not the agent
            place = first.etype in PLACE_TYPES and entry.type in _PLACE_PATIENT_TYPES
            patient = next(
                (m for m in args.mentions if m.first > first.last and m.prep_after(i) == "ل"), None
            )
            _, end = view.group_after(first)
            marked = end + 1 < hi and "ل" in view.tokens[end + 1].proclitics
            if patient is not None and view.loose_words(first.last + 1, patient.first) == 0:
                args.target = [e for e in patient.entities if e not in args.source]  # اعتقال الشرطة للصحفيين
            elif marked:
                # ل right after the genitive marks the patient, on a title, a region or a number before
                # its name (اغتيال إسرائيل للشيخ أحمد ياسين، قصف إسرائيل لجنوب لبنان): the genitive acts
                near = next((m for m in args.mentions if end < m.first <= end + _LAM_PATIENT_REACH), None)
                if near is None and entry.type in _PLACE_PATIENT_TYPES:
                    # a region is struck where it lies (لجنوب لبنان), though it is no actor of its own
                    near = next(
                        (
                            m
                            for k in range(end + 1, min(end + 1 + _LAM_PATIENT_REACH, hi))
                            if (m := view.at.get(k)) is not None and m.etype in PLACE_TYPES
                        ),
                        None,
                    )
                args.target = [e for e in near.entities if e not in args.source] if near is not None else []
            elif (
                entry.type == "COERCE"
                or (entry.type, entry.mode) in _PERSON_PATIENT_MODES
                or place
                or entry.lemma == _SUMMONING  # استدعاء السفير الإسباني: the envoy summoned
                or entry.lemma in _PROSECUTING  # إحالة رئيس مجلس إدارتها X إلى النيابة: the one referred
                or (entry.type == "SANCTION" and entry.lemma in _SUSPENDING)
            ) and not (first.etype in _AGENT_TYPES and _object_after(view, end + 1, hi)):
                # (but a body's or state's genitive with an object after it acts: ترحيل السلطات
                # التونسية مهاجرين، اعتقال الشرطة التركية 20 ناشطا)
                args.source, args.target = [], args.source
        if entry.pos == "noun" and not args.source:
            said = entry.type in _SPEECH_ACTS
            args.source = [e for e in view.enacted_by(i, said) if e not in args.target]  # أمرت X بالإفراج
        if (
            entry.pos == "noun"
            and entry.frame.swap
            and all(view.entities[t].type in PLACE_TYPES for t in args.target)
            and i > 0
            and view.core[i - 1] == _IN_PREP
            and (host := [e for e in view.clause_actors_before(i, heads_pp=True)[:1] if e not in args.source])
        ):
            # وكان محمد بن سلمان في استقبال أمير قطر لدى وصوله إلى العلا: the subject of the clause hosts
            # (rather than where the guest arrived)
            args.target = host
        if (
            entry.pos == "noun"
            and entry.lemma in _CLASHES
            and not args.source
            and args.target
            and i > 0
            and view.core[i - 1] == _IN_PREP
            and any(_fought_with(view, a, i) and a.entities[0] in args.target for a in args.mentions)
            and (hit := view.victim_body(view.bounds[token.sentence][0], i, args.target))
        ):
            # قتل ثلاثة جنود من الجيش اللبناني في اشتباك مع تنظيم داعش: the other side struck the body
            # whose members were hit in the clash
            args.source, args.target = args.target, hit
        if (
            entry.pos == "noun"
            and entry.type == "ASSAULT"
            and not args.source
            and args.target
            and any(_fought_with(view, a, i) and a.entities[0] in args.target for a in args.mentions)
        ):
            # أعلن الجيش السوداني استعادة المدينة بعد معارك عنيفة مع قوات الدعم السريع: fighting with
            # someone is the fight of the clause's subject
            doers = (
                view.clause_actors_before(i, heads_pp=True)
                or _last_verb_subject(view, i)
                or view.opening_subject(i)
            )
            args.source = [e for e in doers[:1] if e not in args.target]
        if (
            entry.pos == "noun"
            and not args.source
            and not possessed
            and not symmetric
            and ("ل" in token.proclitics or _accusative(view, i, entry))
            and not _object_of_an_act(view, i)
            # (not a noun with a relational adjective of its own, an object: رفضت الحكومة طلبا أمميا)
            and not _nisba_after(view, i)
        ):
            # a purpose (استخدمت الشرطة الغاز لتفريق المتظاهرين، نظمت الحكومة مظاهرة تأييدا لـ): the
            # clause's subject does it (a meeting has participants of its own: الحفل الختامي لاجتماع الجمعية)
            doers = view.clause_actors_before(i, heads_pp=True)
            if not doers and i > 0 and view.tokens[i - 1].text in _COMMAS and "ل" in token.proclitics:
                # استخدم الجيش قنابل مسيلة للدموع، لتفريق الف متظاهر: the purpose of the clause before
                doers = view.clause_actors_before(i - 1, heads_pp=True)
            args.source = [e for e in doers[:1] if e not in args.target]
        if (
            not passive
            and entry.pos == "verb"
            and args.after_verb
            # (not with an object of its own: شن الجيش هجوما بأمر من X, the army acts on X's order)
            and (not through or through.start in view.inside)
            and args.source
            and all(view.entities[e].type == "PER" for e in args.source)
            and (decreed := view.decree_agent(i + 1, hi))
            and not set(decreed) & set(args.source)
        ):
            # وطرد السفير الإسرائيلي بقرار من الرئيس تشافيز: a passive marked only by who decided it
            args.source, args.target = decreed, [e for e in args.source if e not in decreed]
        elif entry.pos == "noun" and not args.source and (decreed := view.decree_agent(i + 1, hi)):
            # الإفراج عنه بقرار من محكمة التعقيب: the act noun's agent is who decided it
            args.source, args.target = decreed, [e for e in args.target if e not in decreed]
        elif passive:
            subject = args.source
            args.source = view.agent(i + 1, hi)
            if not args.source and through and (claimed := view.relative_agent(through.stop - 2, hi)):
                # تعرضت أربيل لهجوم بـ12 صاروخا تبناه الحرس الثوري: the agent of a clause on the act
                args.source = claimed[0]
            if not args.source and through and (group := _armed_lam(view, through.stop - 2, hi)):
                args.source = list(group)  # تعرضت القاعدة لهجوم لحركة الشباب
            if not args.source and through and through.stop - 1 < hi:
                # تعرضت المناطق للقصف الإسرائيلي: the nationality after the act names its agent
                args.source = self._demonym_actor(view, through.stop - 1)
            args.target = [t for t in (subject or args.target) if t not in args.source]
            k = i + 1 + (i + 2 < hi and view.core[i + 1] in _ONE_OF_THEM)
            if entry.type == "ASSAULT" and k < hi and (owner := view.members_owner(k, args.source)):
                # تعرضت إحدى دورياته لإطلاق نار، بعد تعرض إحدى طائراته لإطلاق نار: the body whose forces
                # or craft the pronoun names underwent it (rather than where)
                args.target = owner
        elif (
            (entry.type == "ASSAULT" or (entry.type, entry.mode) == ("COERCE", _ARREST))
            and not args.source
            and (agent := view.agent(i + 1, _reach_past_counts(view, i + 1, hi, _AGENT_REACH)))
        ):
            # قتل ثلاثة مدنيين برصاص الجيش، على يد مسلحين: the agent right after the act and its victims
            args.source = agent
            args.target = [t for t in args.target if t not in agent]
        # (a participle's final نا or ها is its own, no object pronoun: مثمنا، منوها)
        if entry.pos == "verb" and not passive and has_suffix(token) and not entry.participle:
            if not args.source and view.object_unlike_relative(i):
                # الحكومة التي اتهمته: the antecedent acts, on someone named before it
                args.source = view.named_antecedent(i)
            if (
                view.after_relative(i) and not view.object_unlike_relative(i)
            ) or view.relative_before_subject(i) is not None:
                if not args.target and not (through and through.start < i):
                    # الذين اعتقلتهم X (not an object head as the antecedent: القنابل التي أسقطتها X)
                    args.target = [e for e in view.antecedent(i) if e not in args.source]
            elif (
                (not args.target or _bare(rest, args.target[0], i))
                and not (through and through.start < i)
                # (nor people counted right before it: عودة 137 تلميذا اختطفهم مسلحون)
                and not view.resumes_counted_noun(i)
            ):
                # the object pronoun (واتهمها "بتدمير" لبنان): the last actor named before the verb,
                # or the last pair for a dual one (انتقد سوريا وإيران وطالبهما); not where it resumes an
                # object head before the verb, right before it too (30 طنا من المساعدات قدمتها الصين)
                dual = view.previous_pair(i, args.source) if suffix_form(token) == _DUAL else []
                # (a masculine or plural pronoun is no town, which is feminine, but for an attack: توعده;
                # اعتقلت X موظفين في صنعاء والحديدة، واتهمتهم: the people)
                towns = suffix_form(token) not in (_HIS, _THEIR) or entry.type in _PLACE_PATIENT_TYPES
                plural = suffix_form(token) == _THEIR
                # (him arrested or struck is a person where one is named before: X، المطلوب للقضاء
                # البلجيكي، بعد أن أوقفته الشرطة)
                # (not who says it, named right before إن: وقال X إن البحرية صادرت المركب واقتادته)
                person = (
                    view.previous_actor(i, args.source, types=("PER",))
                    if suffix_form(token) == _HIS and entry.type in _PATIENT_TYPES
                    else []
                )
                if (
                    not person
                    and suffix_form(token) == _HIS
                    and entry.type in _PATIENT_TYPES
                    and not view.previous_actor(i, args.source, towns=towns)
                ):
                    # وكان جهاز أمن الدولة قد اعتقله: none named before it in its sentence, the person
                    # named in the one before
                    person = view.previous_actor(i, args.source, types=("PER",), reach=1)
                if person and _said_by(view, person[0], i):
                    person = []
                args.target = (
                    dual
                    or person
                    or view.previous_actor(i, args.source, towns=towns, group=plural)
                    or args.target
                )
            elif not (through and through.start < i) and (
                nationals := view.resumed_nationals(i, args.source)
            ):
                # ثلاثة بحارة مصريين اختطفهم مسلحون قبالة ليمبي: the unnamed people taken back are of the
                # country their nationality names, where the text names it (not where it was done)
                args.target = nationals
        if (
            entry.pos == "verb"
            and (entry.type, entry.mode) == _RELEASE
            and i + 2 < hi
            and view.core[i + 1] in _ABOUT_PRONOUNS
            and (after := view.at.get(i + 2)) is not None
            and after.prep is None
            and set(args.target) <= set(after.entities)
            and not args.source
        ):
            # قبل أن تفرج عنه السلطات الأردنية بكفالة: the subject after the pronoun, the one released named
            # before
            args.source = list(after.entities)
            args.target = _released_before(view, i, args.source)
            args.explicit_subject = args.after_verb = True
        if (
            entry.pos == "verb"
            and not args.target
            and i + 1 < hi
            and (
                (FROM in _VERB_TYPE_PREPS.get(entry.type, ()) and view.core[i + 1] in _FROM_PRONOUNS)
                or ((entry.type, entry.mode) == _RELEASE and view.core[i + 1] in _ABOUT_PRONOUNS)
                or (
                    (entry.type, entry.mode) == _RECOGNITION
                    and view.core[i + 1] in WITH_IT
                    and not view.after_relative(i)  # (التي لا تعترف بها إسرائيل: the antecedent's)
                )
            )
        ):
            # وطلب منه وقف الغارات، قبل أن تفرج عنهم، اعترفت به: the one asked, released or recognised is the
            # last actor named before; for عنه a person where one is (أثناء توجهه إلى لندن، قبل أن تفرج عنه)
            args.target = _released_before(view, i, args.source)
        if entry.type in _CONDITIONED_TYPES and not args.target and not passive:
            # a threat is made to whoever the condition is put to (هدد X بالانفصال ما لم تسحب الحكومة),
            # or to whom the act it promises will be done (هدد الجيش بأنه سيقصف مواقع حزب الله)
            args.target = [e for e in view.condition_subject(i, hi) if e not in args.source] or (
                view.threat_content(i, hi, args.source)
            )
        elif (
            entry.type in _CONDITIONED_TYPES
            and not passive
            and args.target
            and all(is_town(view.entities[e]) for e in args.target)
            and (put_to := [e for e in view.condition_subject(i, hi) if e not in args.source])
            and not any(is_town(view.entities[e]) for e in put_to)
            # (a capital stands for its state, the forces on whom a condition is put no more than it: هدد X
            # بضرب كييف إذا لم تنسحب القوات الأوكرانية، بتجميد مساعداته لكييف إذا لم تسرع الحكومة; but not
            # one named as the city, its government put the condition: لوحت النقابة بمحاصرة العاصمة باريس
            # إذا لم تستجب الحكومة الفرنسية)
            and (
                not any(is_capital(view.entities[e].name) for e in args.target)
                or (
                    all(normalize(view.entities[e].name).startswith(GOVERNMENT_HEADS) for e in put_to)
                    and all(_named_as_the_capital(view, e, i, hi) for e in args.target)
                )
            )
        ):
            # هدد X بضرب مدينة خاركيف إذا لم توقف أوكرانيا هجماتها: made to whom the condition is put to,
            # not the town the act threatened strikes
            args.target = put_to
        if (
            entry.pos == "noun"
            and args.told_at is None
            and i + 2 < hi
            and view.core[i + 1] in RELATIVES
            and i + 2 in view.clause_verbs
        ):
            # الهجوم الذي شنه مسلحون مجهولون على مركز في تلعفر: told by a relative clause naming no one
            args.told_at = i + 2
        args.passive = passive
        if entry.frame.swap and args.target:
            args.source, args.target = args.target, args.source
        return args

    @staticmethod
    def _target(
        view: DocView,
        i: int,
        mentions: list[ActorMention],
        entry: Entry,
        symmetric: bool,
        source: list[str],
        possessed: bool = False,
        through: range = range(0),
        after: int | None = None,
    ) -> list[str]:
        """The recipient among ``mentions``; a noun's bare genitive is none unless a pronoun suffix
        already fills the noun's genitive (``باتهامه فرنسا``). ``through``: the trigger's own object
        (شن هجوما على), not an act of its own. ``after``: where the words that count as standing
        between the verb and its recipient begin, when what comes first is its setting and subject
        (``وأفرجت أمس عند معبر رفح السلطات عن X``)."""
        start = i + 1 if after is None else after
        # a verb whose object pronoun names whom it is done to has no bare object after it (اعتقله
        # الجهاز بعد إيقافه بقرار من الرئيس X: the one arrested is named before)
        suffixed = (
            entry.pos == "verb"
            and entry.type in _PRONOUN_DONE_TO_TYPES
            and suffix_form(view.tokens[i]) in _OBJECT_PRONOUN_TYPES
        )
        # (not for a hand-over received, whose recipient is its subject: تسلمت X من Y ... للدفاع)
        if entry.type in _RECIPIENT_FIRST and not entry.frame.swap:  # سلمت الشرطة X إلى العراق: the recipient
            for a in mentions:
                at = a.first if a.prep_at is None else a.prep_at
                if (at > 0 and view.core[at - 1] in _ACCORDING) or _belonging(view, a):
                    continue  # وفقا للقوات المسلحة: who tells it, no recipient (nor ينتمون إلى X)
                if a.prep_after(i) in (_TO, "ل") and a.entities[0] not in source:
                    return [e for e in view.group_after(a)[0] if e not in source]
        if symmetric and entry.pos == "verb" and start < len(view.tokens) and view.with_pronoun(start):
            # استقبل X سفيرة فرنسا، وبحث معها ملف مرفأ بيروت: the pronoun names whom he talked with, the
            # names after it what they talked about
            return []
        if symmetric:  # a companion (مع X) first, or the title holder it names (مع أمين عام الأمم المتحدة X)
            for a in mentions:
                if a.prep_after(i) == WITH and a.entities[0] not in source:
                    a = _title_holder(view, a, mentions)
                    return [e for e in view.group_after(a)[0] if e not in source]
        # (forces are moved before an act told after "after" or "before" with its own actors: نشر الجيش
        # وحداته بعد اقتحام محتجين مقر إقامة حسينة)
        # (nor are people released by the actors of an act told after them: أفرجت X عن الصيادين بعد اتصال
        # هاتفي بين Y وZ، عن 900 محتجز في عملية تبادل أشرفت عليها Y)
        later = len(view.tokens)
        release = (entry.type, entry.mode) == _RELEASE
        if (entry.type == "MOBILIZE" or release) and mentions:
            later = next(
                (
                    k
                    for k in range(start, mentions[-1].first)
                    if (view.core[k] in _TIME_LINKS and k + 1 in view.acts and k not in view.inside)
                    # (the trigger's own object is no verb of its own: أصدر X، بمناسبة عيد العرش، عفوا عن Y)
                    or (release and k in view.clause_verbs and k not in through)
                    # (nor by whoever a relative clause on them opened by كان names: عن 23 صيادا مصريا
                    # كانت قوات خفر السواحل الليبية قد احتجزتهم, their captors)
                    or (release and k > start and view.core[k] in _WAS and k not in view.inside)
                ),
                later,
            )
        officer_body: ActorMention | None = None
        for a in mentions:
            if a.first > later:
                break
            if entry.type in _RECIPIENT_FIRST and _belonging(view, a):
                continue  # تسلمت X 50 متهما بالانتماء إلى داعش من Y: whom those handed over belong to
            # (the words of names between aside: وطالبت جامعة الدول العربية مجلس الأمن)
            between = [view.core[k] for k in range(start, a.first) if k not in view.inside]
            if (
                entry.type == "REQUEST"
                and any(
                    view.core[k] in _GENERIC_ADDRESSEES and view.bare[k - 1] not in _WORLD_EVENTS
                    for k in range(start, a.first)
                    if k not in view.inside
                )
                and EMPHASIS.isdisjoint(between)  # (ناشد الدول الغربية وخاصة الولايات المتحدة)
            ):
                return []  # ناشد عون المجتمع الدولي الضغط على إسرائيل: addressed to no one named
            if a.entities[0] in source or view.conjoined(a.first) or view.tokens[a.first - 1].text == "(":
                continue  # coordinated with an earlier word, or a bracketed abbreviation (ICSS)
            if _led(view, a):
                # تحالف دعم الشرعية بقيادة السعودية: who leads the actor before, no recipient (past his
                # titles too: وفد برئاسة الرئيس النيجيري الأسبق عبد السلام أبو بكر); but the head of a
                # delegation of no body named is the party a verb's subject meets (استقبل X وفدا روسيا
                # برئاسة Y; after a noun the delegation is its genitive, who visits: زيارة وفد تركي برئاسة Y)
                if symmetric and entry.pos == "verb" and view.heads_unnamed_delegation(a, start):
                    return [e for e in view.group_after(a)[0] if e not in source]
                continue
            prep = a.prep_after(i)
            if prep is None and suffixed:
                continue
            if (
                entry.lemma == _ACCUSING
                and entry.pos == "verb"
                and _alleged_before(view, mentions, source, a, start)
            ):
                continue  # اتهم أردوغان الجامعات المغلقة بالارتباط بحركة غولن: Gulen is in what is alleged
            if (
                prep is None
                and a.first - 1 > i
                and has_suffix(view.tokens[a.first - 1])
                and a.first - 1 in view.clause_verbs
            ):
                continue  # في هجوم شنه حزب الله: the subject of the verb before it, with its object pronoun
            if prep is None and a.etype in PLACE_TYPES and view.placed_by(a.first):
                continue  # خزاعة جنوب قطاع غزة: where the place struck lies
            if prep is None and view.flag_of(a):
                continue  # سفينة ترفع علم ليبيريا: the flag a ship flies, not who is struck
            if (
                prep is None
                and entry.type in _ACT_STANCE_TYPES
                and any(view.bare[k] in _DEATHS for k in range(start, a.first) if k not in view.inside)
            ):
                continue  # أدانت فرنسا مقتل الصحفي X: the one killed, not whom the stance is against
            if (
                prep is None
                and (entry.type in _ACT_STANCE_TYPES or entry.type == "REJECT")
                and a.etype == "PER"
                and view.done_to(start, a.first)
            ):
                continue  # ندد الحزب باعتقال راشد الغنوشي: the one arrested; the stance is on his jailer
            if (
                prep is None
                and entry.type in _ACT_STANCE_TYPES
                and a.etype != "PER"
                and a.first - 1 >= start
                and view.bare[a.first - 1] in _STORMED
                and not (a.last + 1 < len(view.tokens) and "ل" in view.tokens[a.last + 1].proclitics)
            ):
                # ودانت الخارجية السويدية اقتحام السفارة: the place stormed or struck, not whom the stance
                # is against (but its agent where a ل names what it struck: استهداف إسرائيل لمواقع)
                continue
            if entry.type in _STANCE_TYPES and view.released(a):
                continue  # رحبت X بالإفراج عن غيرشكوفيتش: the one set free; the stance is on who did it
            if prep is None and a.etype in PLACE_TYPES and (entry.type, entry.mode) == _OPENING:
                continue  # فتحت مصر معبر رفح: the crossing's name, not whom it is opened to
            if (
                prep == WITH
                and (entry.type, entry.mode) == _OPENING
                and any(view.bare[k] in _OPENED_CROSSINGS for k in range(i + 1, a.first))
            ):
                # أعادت رواندا فتح معبر غاتونا الحدودي مع أوغندا: the state across tells where the crossing
                # lies, no party it is opened to (but فتح حدودها مع قطر: its borders with Qatar are)
                continue
            if prep is None and a.etype in PLACE_TYPES and _person_named_after(view, a, mentions):
                continue  # اغتالوا معاون سجن أحداث الموصل المقدم X: the place is in the victim's post
            # (the trigger read as a verb is no title: ، داعية واشنطن إلى, not "Washington's preacher")
            # (nor is the trigger's own object: تجميد عمل مجلس نواب الشعب, "work", not the labour minister)
            title = (
                view.title_genitive(a)
                and not (entry.pos == "verb" and a.first - 1 == i)
                and a.first - 1 not in through
            )
            genitive = (entry.pos == "noun" and not possessed) or title
            if prep is None and genitive and not view.emphasised(a.first) and not _owns_content(view, a):
                if title and entry.type in _OFFICER_TYPES and a.etype == "ORG" and officer_body is None:
                    # (but the body whose officer is coerced is, where no one is named after: اعتقلت الشرطة
                    # مدير المؤسسة الوطنية للسلع التموينية، أمر النائب العام بحبس مدير المؤسسة X)
                    officer_body = a
                continue  # an apposition's genitive (سلطانوف نائب وزير خارجية روسيا), not a recipient
            if entry.frame.warn and (prep not in (None, "ل", _TO) or FROM_WHAT in view.core[start : a.first]):
                # حذر من محاولات الإطاحة بالحكومة: a warning goes to its object (تحذيرا لإيران); حذر مما
                # وصفه بتدخل إيران: Iran is in what is warned of
                continue
            if prep == "ل" and view.core[(a.first if a.prep_at is None else a.prep_at) - 1] in _INTERVIEWS:
                continue  # حث X في تصريحات للجزيرة السلطات: the medium spoken to, not whom he urges
            tongue = view.norm[max(a.first - _TONGUE_REACH, start) : a.first]
            if TONGUE in tongue and _COMMAS.isdisjoint(tongue[tongue.index(TONGUE) :]):
                # انتقد الاتحاد القرار على لسان الممثلة العليا كايا كالاس: who speaks for it (not past the
                # comma that closes it: وتوعدت الخارجية، على لسان المتحدثة باسمها X، الاتحاد الأوروبي)
                continue
            if (
                prep is None
                and symmetric
                and (view.core[a.first - 1] in SPONSORING or (entry.type != "CONSULT" and view.attending(a)))
            ):
                # وقعتا اتفاقية سلام برعاية الولايات المتحدة: the sponsor, no party (nor, past his titles,
                # a witness to a deal: وقعتا الاتفاق بحضور وزير الخارجية الأمريكي X; who attends a meeting
                # takes part in it)
                continue
            if view.loyal_to(a) or view.overlooked(a):
                # حركة «الحرس الفتي» الموالية للكرملين: whom the group is loyal to; مدينة توابسي المطلة
                # على البحر الأسود: what the place before it overlooks
                continue
            if prep == "ل" and entry.type == "PROTEST" and a.etype in PLACE_TYPES:
                continue  # تظاهروا في الضاحية الجنوبية لبيروت: the place it belongs to, where
            if view.serves_at(a, source):
                continue  # رفض السفير الأميركي بمجلس الأمن اقتراح أنان: where the subject serves
            if view.title_lam(a) or view.envoy_to(a):
                continue  # X المستشار السياسي للجبهة، موفد الأمم المتحدة إلى الشرق الأوسط: the title's
            if prep is None and possessed and view.loose_words(start, a.first) > _POSSESSED_REACH:
                continue  # نفيها استخدام المساعدات لشراء أصوات أعضاء مجلس الأمن: a genitive further on
            if prep is None and possessed and a.first == i + 1 and view.core[a.first] in LAND_ANAPHORS:
                continue  # جدد الوزير دعوة بلاده إسرائيل إلى: his land's call, made to the one after it
            if prep == GENITIVE_IN_PP and _owns_content(view, a):
                prep = None  # رفض السودان لقرار مجلس الأمن: the council's resolution
            if (
                prep == GENITIVE_IN_PP
                and entry.type in _STANCE_TYPES
                and a.prep_at is not None
                and view.core[a.prep_at] == ON
                and a.first == a.prep_at + 2
                and view.loose_words(start, a.prep_at) == 0
            ):
                prep = None  # أثنى X على تعاون Y: whose deed is praised right after the verb, as بتعاون Y
            if (
                prep in (FROM, normalize("في"), GENITIVE_IN_PP)
                and view.members_of(a)
                # (not where the subject is, after its name: اعتقلت قوات المجلس العسكري في ميانمار)
                and not _right_after(view, source, a.first if a.prep_at is None else a.prep_at)
            ):
                prep = None  # اعتقلت الشرطة ثمانية من أعضاء المنظمة: the organisation is acted on
            if prep == "ل" and view.owned_by(a):
                prep = None  # طائرتين تابعتين لشركة الخطوط الإيرانية: the owner of what is acted on
            if entry.type in _OPINION_TYPES and view.submitted_by(a):
                prep = None  # رفضت المحكمة الطعن المقدم من حزب الوفد: the one who put it forward
            asylum = (
                entry.type == "REQUEST"
                and prep == normalize("في")
                and _ASYLUM in between
                and not is_town(view.entities[a.entities[0]])
            )
            if prep == "ب" and a.etype in PLACE_TYPES and _seated_at(view, source, a):
                continue  # ودانت السلطة المحلية بمحافظة شبوة الهجوم: where the subject sits, no target
            if prep is None and entry.frame.swap and a.etype == "VEH":
                continue  # تسلمت البحرية الفرقاطة «الجلالة» من إيطاليا: the vessel received, no giver
            if prep is None or prep in TARGET_PREPS:
                if (
                    prep in ("ب", normalize("في"))
                    and a.etype in PLACE_TYPES
                    # (but a stance's object after ب, right after the verb and its subject: أشاد
                    # بوتين بإسرائيل، ندد الوزير بإسرائيل)
                    and not (
                        prep == "ب"
                        and entry.type in _STANCE_TYPES
                        and (view.loose_words(start, a.first) == 0 or _right_after(view, source, a.first))
                        # (a place right after the subject with the object still to come is where the
                        # subject is: فتحت النيابة العامة بالرباط تحقيقا، أشادت السفارة بالرباط بجهود X)
                        and not (
                            _right_after(view, source, a.first) and _object_still_after(view, a, through)
                        )
                    )
                    and not asylum  # (the country asylum is asked in: طلبت X اللجوء في ألمانيا)
                ):
                    continue
                if prep in _TOPIC_PREPS.get(entry.type, ()):
                    continue  # اتفقت X وY على عقوبات على إيران: what they agree on, not a party
                if prep in _AGAINST | {_TO} and entry.lemma in _REFERRING:
                    continue  # أحال X المتهمين إلى محكمة الجنايات: where the case goes, not whom
                if prep == _TO and entry.type == "COERCE" and a.etype in PLACE_TYPES:
                    continue  # رحلت X معارضين إلى غواتيمالا: where they were sent, no one coerced
                if (
                    prep is not None
                    and (entry.type in _ACT_STANCE_TYPES or symmetric)
                    and view.act_between(i, a.first, through)
                ):
                    # أدانت X الهجوم الإسرائيلي على لبنان، تظاهروا احتجاجا على العدوان على لبنان:
                    # Lebanon is the attack's, not condemned nor protested against; nor a party to a deal
                    # signed after it (جاء توقيع الصفقة غداة غارات على مواقع لتنظيم الدولة)
                    continue
                if prep is not None and entry.type == "REQUEST" and _asked_act_before(view, start, a.first):
                    continue  # دعا الإدارة الأمريكية إلى الضغط على إسرائيل: Israel is in what is asked
                if (
                    prep == "ل"
                    and entry.type == "REQUEST"
                    and entry.pos == "noun"
                    and view.loose_words(start, a.first)
                ):
                    continue  # مطلب ترامب السماح للقوات الأمريكية: ل is in what is asked, no addressee
                if (
                    prep == "ل"
                    and view.loose_words(_past_object(view, through, start, a.first), a.first) > _LAM_REACH
                    and not view.dwelling_of(a)
                    # (but for whom what is given is meant: المساعدات الاقتصادية الطارئة المخصصة للسودان)
                    and view.bare[a.first - 1] not in _MEANT_FOR
                ):
                    continue  # the genitive ل of a noun chain (عملية اختيار الأمين العام للأمم المتحدة)
                a = _title_holder(view, a, mentions)  # على رئيس تيمور الشرقية خوسيه راموس هورتا
                if entry.type in _DESCRIBED_PATIENT_TYPES and a.etype != "PER":
                    # مؤسس موقع ويكيليكس جوليان أسانج; sentenced or sanctioned too (قضت المحكمة بالسجن على
                    # صانعة المحتوى على تطبيق "تيك توك" ريم الشاذلي)
                    a = _victim_named_after(view, a)
                return [e for e in view.group_after(a)[0] if e not in source]
            # (the trigger's object and its qualifier do not count: قطعت علاقاتها الدبلوماسية مع X)
            past = through.stop if through and start <= through.start and through.stop <= a.first else start
            while past < a.first and through and past not in view.inside and _definite_adjective(view, past):
                past += 1  # and its other adjectives (كل التعاملات التجارية والاستثمارية الجديدة مع كندا)
            own_preps = _TYPE_PREPS.get(entry.type, frozenset())
            ent = view.entities[a.entities[0]]
            if ent.type not in PLACE_TYPES or ent.metonym_of or (ent.kb_id or "").count(":") == 1:
                # (a state or a body, not a town or a region: فتح المعابر مع غزة names where they lead)
                own_preps |= _MODE_PREPS.get((entry.type, entry.mode), frozenset())
            # (a person's description after the preposition does not count: أفرجت السلطات عن الناشط
            # المناهض للعبودية X)
            gap_end = a.prep_at if a.prep_at is not None and a.etype == "PER" else a.first
            if prep in own_preps and _loose_words_past_setting(view, past, gap_end) > _LAM_REACH:
                continue  # X عضو مجلس النواب عن القائمة: the apposition's, not the verb's (دافع X عن Y)
            if (
                prep in own_preps
                or (
                    (entry.pos == "verb" or (possessed and has_suffix(view.tokens[i])))
                    and prep in _VERB_TYPE_PREPS.get(entry.type, ())
                    # right after the verb and its subject, or the noun and its pronoun (ردا على طلبه من
                    # منظمة الصحة العالمية: whom he asked; طلب من X, no pronoun, is X's request), or past
                    # the verb's bare object (طلبت الحكومة قرضا طارئا من الاتحاد الأوروبي)
                    and (
                        _loose_words_past_setting(view, start, a.first) == 0
                        or (entry.pos == "verb" and _bare_object_between(view, start, a))
                    )
                )
                or ((symmetric or entry.lemma in _CLASHES) and prep == WITH)
                or (prep == FROM and ((entry.type, entry.mode) in _CALLER_MODES or entry.frame.swap))
                or asylum
            ):
                a = _title_holder(view, a, mentions)  # أفرج عن مراسل هيئة الإذاعة البريطانية X
                return [e for e in view.group_after(a)[0] if e not in source]
        if (
            officer_body is not None
            and source
            # (the trigger's own object, no act or officer joined to it before: واعتقال مدير المستشفى ومدير
            # الدفاع المدني، توقيف 18 سعوديا وإعفاء نائب رئيس الاستخبارات العامة)
            and not any(view.conjoined(k) for k in range(start, officer_body.first))
        ):
            return [e for e in view.group_after(officer_body)[0] if e not in source]
        return []


def _as_verbal_noun(reading: Reading, core: str, after_subject: bool) -> Reading:
    """A verb spelt as its perfect where a noun must stand (the object of a stance: أدانت X هدم القوات
    منزلا، أدان X فض الاعتصام) is its verbal noun spelt the same (هدْم، فضّ); where none of its entries is,
    the reading stays, but for an imperfect's spelling right ``after_subject`` of the stance verb, where no
    verb stands: a verbal noun of another verb, no act (نفت الشركة تحمل أي مسؤولية: تحمُّل, bearing it, no
    تُحمِّل, blaming)."""
    entries, start, end = reading
    nouns = tuple(replace(e, pos="noun") for e in entries if normalize(e.lemma) == core and not e.participle)
    if nouns:
        return (nouns, start, end)
    return ((), 0, 0) if after_subject and core[:1] in IMPERFECT_PREFIXES else reading


def _loose_words_past_setting(view: DocView, start: int, end: int) -> int:
    """:meth:`DocView.loose_words` in ``[start, end)`` but for a phrase of when or where set off between
    commas (``أفرجت السلطات البحرينية، بمناسبة عيد الفطر، عن الناشط X``): an aside, not the words of an
    apposition that would take the preposition from the verb."""
    for k in range(start, end):
        if view.tokens[k].text in ("،", ",") and (closing := view.setting_between_commas(k, end)) is not None:
            return view.loose_words(start, k) + view.loose_words(closing + 1, end)
    return view.loose_words(start, end)


def _bare_object_between(view: DocView, start: int, a: ActorMention) -> bool:
    """A verb's bare object and its adjectives, a few plain words, stand right between its subject (or
    the verb, from ``start``) and the preposition before ``a`` (``طلبت الحكومة قرضا طارئا من``): no
    name, preposition, clitic one or free, verb or comma among them."""
    k = (a.first if a.prep_at is None else a.prep_at) - 1
    words = 0
    while k >= start and k not in view.inside:
        if (
            view.core[k] in PREPOSITIONS
            or not {"ب", "ل"}.isdisjoint(view.tokens[k].proclitics)
            or k in view.verbs
            or view.tokens[k].text in _COMMAS
        ):
            return False
        words += 1
        k -= 1
    return 0 < words <= _LAM_REACH


def _definite_adjective(view: DocView, k: int) -> bool:
    """Token ``k`` is a definite word with no proclitic but و, as an adjective after a noun is
    (``التجارية``، ``والاستثمارية``)."""
    token = view.tokens[k]
    return view.core[k].startswith("ال") and set(token.proclitics) <= {"و"} and token.text.isalpha()


#: words for goods bought from abroad or their buying, bare (واردات الصلب من الصين، السيارات المستوردة من
#: الصين، حظر استيراد المأكولات البحرية من اليابان)
_IMPORTS = frozenset(
    bare(normalize(w)) for w in ("واردات", "المستوردة", "المستورد", "مستوردة", "المستوردات", "استيراد")
)
#: how far after a sanction's object the goods it strikes may be named, and their origin after them
_IMPORTS_REACH = 12
#: words for traded goods, whose nationality after them names the country a tariff strikes (واردات النبيذ
#: الأسترالي، صادرات أسترالية، سلع صينية), bare; and how many words after them it may come
_GOODS = _IMPORTS | frozenset(bare(normalize(w)) for w in ("صادرات", "منتجات", "سلع", "بضائع"))
_GOODS_ADJECTIVES = 4
#: barring (منعت السلطات دخول ...), the lemma
_BARRING = "منع"
#: a ban's object that moves goods across a border (منع دخول الخضار، منعت تحميل النفط), bare: with the
#: country of the goods named, the ban is a sanction on it
_GOODS_MOVES = frozenset(
    bare(normalize(w)) for w in ("دخول", "إدخال", "تحميل", "عبور", "استيراد", "تصدير", "شحن")
)
#: how far after a ban its object may come, past its subject and the time (منعت السلطات البنينية الأحد تحميل)
_GOODS_MOVE_REACH = 8
#: ... and the goods such a ban names, besides those of trade (الخضار والفواكه اللبنانية، النفط النيجري)
_BANNED_GOODS = _GOODS | frozenset(
    bare(normalize(w)) for w in ("الخضار", "الخضروات", "الفواكه", "النفط", "المنتجات", "المواد", "الحبوب")
)


def _members_subject(view: DocView, i: int) -> bool:
    """Verb ``i`` is followed by a plural in the construct, the nominative ending و, as its subject
    (``وهاجم لاعبو حماس``، ``واقتحم مقاتلو الحركة``)."""
    k = i + 1
    return (
        k < len(view.tokens) and k not in view.inside and view.core[k].endswith("و") and len(view.core[k]) > 4
    )


def _across_border(view: DocView, obj: tuple[int, int], hi: int, source: list[str]) -> list[str]:
    """The state named after مع a few words past a border or crossing that is the object ``obj`` closed
    (``معبر روصو الحدودي مع السنغال``، ``حدودها مع السودان``), not the source's own."""
    if view.bare[obj[0]] not in _BORDER_HEADS:
        return []
    for k in range(obj[1] + 1, min(hi, obj[1] + 1 + _BORDER_REACH)):
        if view.is_boundary(k) or k in view.verbs:
            return []
        a = view.actor(k)
        if a is not None:
            across = a.prep == WITH and a.etype == "GPE" and not set(a.entities) & set(source)
            return list(a.entities) if across else []
    return []


def _stripped_holder(view: DocView, obj: tuple[int, int], hi: int, source: list[str]) -> list[str]:
    """The one named after عن or من a few words past the nationality or papers ``obj`` withdrawn, past
    his titles (``أسقطت الوزارة الجنسية البحرينية عن رجل الدين الشيخ عيسى قاسم``، ``سحب الجنسية من
    الناشط X``): the holder stripped of them, no place (``من أبناء الضفة الغربية``)."""
    for k in range(obj[1] + 1, min(hi, obj[1] + 1 + _STRIPPED_REACH)):
        if view.is_boundary(k) or k in view.verbs:
            return []
        if view.core[k] not in _STRIPPED_FROM:
            continue
        a = view.titled_person(k, hi) or view.first_actor(k + 1, min(hi, k + 1 + _AMONG_REACH))
        # (past titles, or a described title the name is read as the object of عن or من with: عن المرجع
        # الشيعي الشيخ X)
        if a is None or a.etype in PLACE_TYPES or not (view.only_titles(k + 1, a.first) or a.prep_at == k):
            return []
        return [e for e in view.group_after(a)[0] if e not in source]
    return []


def _goods_move(view: DocView, i: int, hi: int) -> int | None:
    """The token of the moving of goods that ban ``i`` stops, in its clause (``منعت بنين تحميل النفط``)."""
    for k in range(i + 1, min(hi, i + 1 + _GOODS_MOVE_REACH)):
        if view.is_boundary(k):
            return None
        if k not in view.inside and view.bare[k] in _GOODS_MOVES:
            return k
    return None


def _imports_from(
    view: DocView, k: int, hi: int, source: list[str], goods: frozenset[str] = _GOODS
) -> list[str]:
    """The country named after ``من`` past a word for imports or ``goods`` within reach of token ``k`` in
    its clause (``فرضت المفوضية رسوما على السيارات الكهربائية المستوردة من الصين``): whom a tariff strikes."""
    for j in range(k, min(hi, k + _IMPORTS_REACH)):
        if view.is_boundary(j):  # (a verb may say how high: رسوما تصل إلى 35 بالمئة على السيارات)
            return []
        # (goods of any word: حظر على دخول المنتجات الزراعية من لبنان، سلع قادمة من الصين)
        if j not in view.inside and view.bare[j] in goods:
            for m in range(j + 1, min(hi, j + 1 + _IMPORTS_REACH)):
                if view.is_boundary(m) or m in view.clause_verbs:
                    return []
                a = view.actor(m)
                if a is not None and a.prep == FROM and a.entities[0] not in source:
                    return view.group_after(a)[0]
            return []
    return []


#: function words that open no object (خطف الجنود الإسرائيليين فإن الإفراج ...)
_NO_OBJECTS = frozenset(normalize(w) for w in ("فإن", "فان", "إذ", "اذ", "ما", "لا", "لم", "لن", "قد", "أو"))
#: the entity types that may act on an object after them as a verbal noun's genitive
_AGENT_TYPES = frozenset({"ORG", "GPE"})


def _order_issuer(view: DocView, i: int) -> list[str]:
    """Who orders the act of the verbal noun at ``i`` after ب: the subject of an ordering verb right
    before it (``وكان X قد أمر باعتقاله``), or the actor named right before an order or warrant noun
    before it (``إصدار القاضي X أمرا باعتقاله``); none."""
    if "ب" not in view.tokens[i].proclitics or i < 2:
        return []
    if view.bare[i - 1] not in ORDER_NOUNS:
        return view.enacted_by(i, False) if view.core[i - 1] in ENACTING else []
    a = view.mention_ending_at(i - 2)
    return list(a.entities) if a is not None and a.prep in (None, GENITIVE_IN_PP) else []


def _object_after(view: DocView, k: int, hi: int) -> bool:
    """Token ``k`` opens an object: a count or an indefinite word with no proclitic that is no
    preposition, particle, time, verb or name (``ترحيل السلطات مهاجرين``، ``اعتقال الشرطة 20 ناشطا``), or
    a definite plural of people, which agrees with no body before it (``ترحيل السلطات اللاجئين``)."""
    if k >= hi or k in view.inside or view.is_boundary(k) or k in view.clause_verbs or view.in_time(k):
        return False
    token, core = view.tokens[k], view.core[k]
    if token.text.isdigit() or view.in_amount(k):
        return True
    return (
        token.text.isalpha()
        and not token.proclitics
        and (not core.startswith("ال") or (core.endswith(_PEOPLE_PLURAL) and len(core) > _PEOPLE_PLURAL_MIN))
        and core not in PREPOSITIONS
        and core not in PARTICLES
        and core not in CLAUSE_WORDS
        and core not in _NO_OBJECTS
        and k not in view.acts
    )


#: the endings of a plural of people (اللاجئين، المعتقلين، الناشطون), normalised, and the shortest such
#: definite word (not الذين)
_PEOPLE_PLURAL = ("ين", "ون")
_PEOPLE_PLURAL_MIN = 6


#: what may be received from someone: a request, an invitation, a threat, a complaint
_RECEIVED_TYPES = frozenset({"REQUEST", "THREATEN", "ACCUSE"})
#: how far after the noun received its sender may be named after من
_SENDER_REACH = 6


def _sent_from(view: DocView, i: int, hi: int, exclude: list[str]) -> list[str]:
    """The actor named after من shortly after the noun at ``i`` (``طلبا رسميا من الحكومة السودانية``)."""
    for _, a in view.scan(i + 1, hi, window=_SENDER_REACH):
        if a is not None and a.prep == FROM and a.entities[0] not in exclude:
            return view.group_after(a)[0]
    return []


#: the nouns of a demand (مطالب، طلب) and the words of answering or ignoring one (تلبية، استجابة), bare
_DEMAND_NOUNS = frozenset({"مطالب", "طلب"})
_ANSWERS = frozenset(
    bare(normalize(w)) for w in ("تلبية", "استجابة", "الاستجابة", "تجاهل", "تجاوب", "البت", "قائمة")
)
#: how far before a demand the word answering it may stand (رفض رئيس مجلس النواب عقيلة صالح مطالب)
_ANSWER_REACH = 6


def _answered(view: DocView, readings: list[Reading], i: int, lo: int) -> bool:
    """The demand noun at ``i`` is the object of a refusal or an answer before it (``رفضت الشركة مطالب
    النقابة``، ``احتجاجا على تجاهل الشركة مطالبهم``، ``استجابة لمطالب الاتحاد``): a demand told as
    answered, not one made here."""
    for k in range(i - 1, max(lo, i - _ANSWER_REACH) - 1, -1):
        if view.tokens[k].text in _COMMAS or view.is_boundary(k):
            return False
        if view.bare[k] in _ANSWERS:
            # (but an act done in answer to a named one's demands tells that demand made: قررت الوزارة
            # الإلغاء، استجابة لمطالب الاتحاد)
            return _answered_asker(view, i, view.bounds[view.tokens[i].sentence][1]) is None
        if readings[k][0] and k not in view.inside:
            # (but a request a relative clause tells its maker of was made: رفضت المحكمة طلبا تقدمت به أنقرة)
            return (
                any(e.type == "REJECT" for e in readings[k][0])
                and view.relative_agent(i, view.bounds[view.tokens[i].sentence][1]) is None
            )
    return False


def _bare_forms(view: DocView, k: int) -> tuple[str, ...]:
    """Token ``k`` normalised, without its proclitics, and without its pronoun suffix (``قواته``: قوات)."""
    stem = view.tokens[k].stem
    if stem is None or not has_suffix(view.tokens[k]):
        return view.norm[k], view.core[k]
    return view.norm[k], view.core[k], normalize(stem.text)


def _past_object(view: DocView, through: range, start: int, end: int) -> int:
    """Where the words that count between a trigger and an actor at ``end`` begin: ``start``, or past
    the trigger's own object and its adjectives (``تقديم مساعدات غذائية وطبية بقيمة 50 مليون دولار
    لسوريا``)."""
    if not through or not start <= through.start or through.start >= end:
        return start
    k = min(through.stop, end)  # (the actor may stand right after the object: عن شكره لمصر)
    while k < end and k not in view.inside and view.bare[k].endswith(NISBA_ENDINGS):
        k += 1
    return k


#: the lemma of buying (اشترى): goods bought told by a pronoun are those just named as received
_BUY = "اشترى"


def _receiver_before(view: DocView, i: int, lo: int) -> list[str]:
    """The subject of the last verb before ``i`` in its sentence (``تسلمت نيجيريا مروحيات اشترتها``): the
    actor right after it, or a bare one right before it (``كانت إيران قد تسلمت``); else none."""
    k = next((k for k in range(i - 1, lo - 1, -1) if k in view.clause_verbs), None)
    if k is None:
        return []
    if (after := view.actor(k + 1)) is not None and after.prep is None:
        return list(after.entities)
    before = view.subject_before(k)
    return list(before.entities) if before is not None else []


def _pair_before_meeting(view: DocView, i: int, args: Args, events: list[Event]) -> bool:
    """Verb ``i`` names no subject and the last pair named before it (:meth:`DocView.previous_pair`, a
    dual's subject) comes before the last event told, in its sentence (``اشترت X من شركات بينها Y وZ. وكان
    A قد التقى B، وبحثا``): the two who met are the dual's subject, not that pair."""
    if (
        args.source
        or not events
        or events[-1].sentence.start != view.doc.sentences[view.tokens[i].sentence].start
    ):
        return False
    last = next((end for end, _, _, _ in reversed(view.pairs) if end < i), None)
    return last is not None and view.tokens[last].end <= events[-1].trigger.start


def _last_pair_met(view: DocView, events: list[Event], sentence: int) -> tuple[list[str], list[str]] | None:
    """The two parties of the last meeting or agreement coded in sentence ``sentence`` or the
    :data:`_PAIR_SENTENCES` before it, if it has two and only they or their states acted since (التقى X
    نظيره Y. وأكد Y أن بلاده لن تنسى، معربا عن شكره لمصر. واتفق الوزيران): the subject of a dual verb with
    none named (الرئيسان اتفقا); not where others acted in between (وأفرجت السلطات عن ناشطين. ثم اتفق
    الطرفان)."""
    first = view.doc.sentences[max(sentence - _PAIR_SENTENCES, 0)].start
    last = next(
        (e for e in reversed(events) if e.sentence.start < first or e.type in _PAIR_TYPES),
        None,
    )
    if last is None or last.sentence.start < first or len(last.source) + len(last.target) != 2:
        return None
    parties = (*last.source, *last.target)
    names = [view.entities[p].name for p in parties]
    for e in events[events.index(last) + 1 :]:
        # (one of the two, told again by a shorter name: جاووش أوغلو of مولود جاووش أوغلو)
        if not e.source or not all(
            view.same_side(s, parties) or any(view.entities[s].name in n for n in names) for s in e.source
        ):
            return None
    return list(last.source), list(last.target)


#: how many sentences before a dual verb :func:`_last_pair_met` looks for the meeting of its two subjects
_PAIR_SENTENCES = 2


#: words for a statement, bare: with the article, what a stance is taken on that was told just before, said
#: by its speaker (رفضت Z التقرير، رحبت X بالتصريحات)
_SAID_DEEDS = frozenset(
    bare(normalize(w))
    for w in (
        "التصريحات",
        "البيان",
        "التقرير",
        "الإعلان",
        "المبادرة",
        "الاقتراح",
        "المقترح",
        "الموقف",
        "العرض",
    )
)
#: "in response to", "in protest at" before على and the deed an act answers (ردا على، احتجاجا على), normalised
_REPLYING = frozenset(normalize(w) for w in ("ردا", "احتجاجا"))


def _replied_to(view: DocView, ev: Event) -> bool:
    """Event ``ev`` is told as the deed another act answers (``ردا على إطلاقها صاروخا``)."""
    at = view.token_at(ev.trigger.start)
    return at > 1 and view.core[at - 1] == ON and view.norm[at - 2] in _REPLYING


#: words of agreeing together (اتفقت X وY، أعلنتا اتفاقهما), bare: a deal both parties made
_MUTUAL_DEALS = frozenset(
    bare(normalize(w)) for w in ("اتفق", "اتفقت", "اتفقا", "اتفقتا", "اتفقوا", "اتفاق", "اتفاقهما", "اتفاقهم")
)
#: two deeds (ورحب X بالخطوتين): the last two told, by others
_DUAL_DEED_WORDS = ("الخطوتين", "الخطوتان", "القرارين", "القراران")
_DUAL_DEEDS = frozenset(bare(normalize(w)) for w in _DUAL_DEED_WORDS)
#: "operation" before the definite act it names (عملية الإخلاء، عمليات الترحيل), bare
_OPERATION_WORDS = frozenset(bare(normalize(w)) for w in ("عملية", "عمليات"))
#: and words for a deed or a statement of any kind (ورحب X بالخطوة، انتقدت Y الحكم)
_DEEDS = _SAID_DEEDS | frozenset(
    bare(normalize(w))
    for w in (
        *("الخطوة", "القرار", "الإجراء", "الإجراءات", "الحكم", "التحرك", "الحملة", "العملية"),
        *("الخطوات", "القرارات", "الضربة", "الضربات", "التعهدات"),  # أشاد غوتيريش بالتعهدات: the pledges
        *("الإطلاق", "التجربة"),  # أطلقت كوريا الشمالية صاروخا ... ونددت اليابان بالإطلاق: the launch
        # أطلق الجيش الصيني مناورات ... ونددت تايوان بالاستفزازات: the act called so
        *("الاستفزازات", "الاستفزاز", "التصعيد", "الانتهاكات", "الانتهاك"),
        *("الممارسات", "الممارسة"),  # ودانت كالاس هذه الممارسات: the practice told before
        *_DUAL_DEED_WORDS,
    )
)
#: a step, bare: what is welcomed as one is no killing (وأشاد تبون بالخطوة)
_PRAISED_STEPS = frozenset(bare(normalize(w)) for w in ("الخطوة", "الخطوات"))
#: the shortest noun looked for earlier by :func:`_named_before`, and how far after a verb its subject
_REFERRED_LETTERS = 3
#: how many sentences back :func:`_named_before` looks for the word (أصدر عباس قرارا بالعفو ... وقال X ...
#: ورحبت Y بالقرار)
_REFERRED_SENTENCES = 2
_REFERRED_SUBJECT_REACH = 6


#: the most words of a description of a subject between commas (، المتحدث باسم جماعة الحوثي ،)
_APPOSITION_REACH = 8


def _on_counted(view: DocView, i: int, hi: int) -> bool:
    """A على after trigger ``i`` in its clause opens a count of people (``على ثلاثة مقيمين``، ``على 11
    فرداً``)."""
    for k in range(i + 1, min(hi - 1, i + 1 + OBJECT_WINDOW)):
        if view.is_boundary(k) or (k in view.clause_verbs and k > i + 1):
            return False
        if view.core[k] == ON:
            return view.in_amount(k + 1) or view.core[k + 1] in number_words()
    return False


def _object_still_after(view: DocView, place: ActorMention, through: range) -> bool:
    """After ``place`` come the trigger's own object (``through``) or another phrase with ``ب``."""
    k = place.last + 1
    return k < len(view.tokens) and (k in through or "ب" in view.tokens[k].proclitics)


#: the heads of a town or a province a body sits in (السلطة المحلية بمحافظة شبوة), normalised
_SEAT_HEADS = frozenset(
    normalize(w) for w in ("محافظة", "ولاية", "مدينة", "إقليم", "منطقة", "بلدة", "قرية", "مخيم")
)


def _seated_at(view: DocView, source: Sequence[str], a: ActorMention) -> bool:
    """Place ``a`` is the genitive of a town's or a province's head with ب right after a name of
    ``source``: where the subject sits (``ودانت السلطة المحلية بمحافظة شبوة``)."""
    head = a.prep_at
    return head is not None and view.core[head] in _SEAT_HEADS and _right_after(view, source, head)


def _right_after(view: DocView, source: Sequence[str], k: int) -> bool:
    """Token ``k`` comes right after a name of ``source`` (``أشاد الرئيس المالي إبراهيم بوبكر كيتا
    بالجزائر``: whatever titles stand before the name)."""
    named = view.mention_ending_at(k - 1)
    return named is not None and bool(set(named.entities) & set(source))


#: elatives and ordinals that open a description of a subject between commas (، أكبر أحزاب المعارضة ،،
#: ، أحد أبرز قادة الحركة ،), bare
_DESCRIBING_ELATIVES = frozenset(
    bare(normalize(w)) for w in ("أكبر", "أبرز", "أقدم", "أقوى", "أحد", "إحدى", "ثاني", "ثالث", "كبرى")
)


def _description_closing(
    tokens: Sequence[Token], cores: Sequence[str], readings: list[Reading], named: set[int], k: int
) -> int | None:
    """The comma closing a description of a subject that opens after the comma at ``k`` with a definite
    noun, a title word or an elative and holds no trigger out of a name (``، أكبر أحزاب المعارضة في
    المجلس الشعبي الوطني ،``), a word after it; else None."""
    if k + 2 >= len(cores) or k + 1 in named:
        return None
    opener = bare(cores[k + 1])
    if not (cores[k + 1].startswith("ال") or opener in title_words() or opener in _DESCRIBING_ELATIVES):
        return None
    for c in range(k + 1, min(len(cores) - 1, k + 1 + _APPOSITION_REACH)):
        if tokens[c].text in _COMMAS:
            return c
        if (readings[c][0] and c not in named) or tokens[c].sentence != tokens[k].sentence:
            return None
    return None


def _apposition(view: DocView, readings: list[Reading], k: int, hi: int) -> int | None:
    """The comma closing a description of the subject that opens after the comma at ``k``: a title word
    or a definite noun, then words of no verb and no act (``، المتحدث باسم جماعة الحوثي ،``), or a
    setting (``، في بيان ،``); else None."""
    if (closing := view.setting_between_commas(k, hi)) is not None:
        return closing
    opener = view.bare[k + 1]
    if k + 1 in view.inside or not (
        view.core[k + 1].startswith("ال") or opener in title_words() or opener in _DESCRIBING_ELATIVES
    ):
        return None
    for c in range(k + 1, min(hi, k + 1 + _APPOSITION_REACH)):
        if view.tokens[c].text in _COMMAS:
            return c
        if c in view.clause_verbs or (readings[c][0] and c not in view.inside) or view.is_boundary(c):
            return None
    return None


def _reported_by(view: DocView, i: int, hi: int) -> list[str]:
    """Who wrote or said what a denial or refusal at ``i`` refuses as ``ما ورد في تقرير X`` or ``ما جاء
    في بيان X`` (within a few words after the verb): X."""
    for k in range(i + 1, min(hi - 4, i + 1 + _REPORTED_REACH)):
        if (
            view.core[k] == _THAT_WHICH
            and view.core[k + 1] in _CAME_IN
            and view.core[k + 2] == _IN_PREP
            and view.bare[k + 3] in _REPORTS
            and (author := view.actor(k + 4)) is not None
            and author.prep in (None, GENITIVE_IN_PP)
        ):
            return list(author.entities)
    return []


#: ما ورد في التقرير: "what", "came" (was stated) and the reports and words it came in, normalised
_THAT_WHICH = normalize("ما")
_CAME_IN = frozenset(normalize(w) for w in ("ورد", "جاء", "تضمنه", "نشر"))
_REPORTS = frozenset(bare(normalize(w)) for w in ("تقرير", "بيان", "تصريحات", "رسالة", "اتهامات", "مزاعم"))
#: how far after the verb (past its subject) such a phrase may begin
_REPORTED_REACH = 8


def _with_after(view: DocView, i: int, hi: int) -> list[str]:
    """The ones named after مع right after noun ``i``, past an adjective or two of it (``تضامنهما
    الكامل مع الإمارات``)."""
    k = i + 1
    while k < hi and k - i <= 2 and k not in view.inside and view.core[k].startswith("ال"):
        k += 1
    if k + 1 < hi and view.core[k] == WITH and (a := view.actor(k + 1)) is not None:
        return view.group_after(a)[0]
    return []


#: readiness (استعداده للحوار، استعداد الحكومة لـ), normalised
_READINESS = normalize("استعداد")
#: how many words of what it is ready to do may stand between a readiness and مع (لمناقشة «جدول زمني
#: أكثر مرونة» مع الصندوق)
_READY_WITH_REACH = 8


def _ready_with(view: DocView, end: int, hi: int, source: list[str]) -> list[str]:
    """The ones named after مع in the words, ending at ``end``, of what one is ready to do, within its
    clause and with no one named before مع (``أبدى X استعداده لبحث تمديد الهدنة وتوسيعها مع Y``): whom the
    readiness is towards."""
    for k in range(end + 1, min(hi - 1, end + 1 + _READY_WITH_REACH)):
        if view.tokens[k].text in QUOTE_MARKS:
            continue
        if view.tokens[k].text in _COMMAS or view.is_boundary(k) or view.core[k] in _TIME_LINKS:
            return []  # (nor past a time: توصل إلى الاتفاق بعد جلسات تفاوض مع X)
        if view.core[k] == WITH:
            # (past the title of a person named: مع رئيس المجلس السياسي مهدي المشاط)
            if (a := view.actor(k + 1) or view.titled_person(k, hi)) is None:
                return []
            return [e for e in view.group_after(a)[0] if e not in source]
        if k in view.at:
            return []
    return []


def _blamed_unowned(view: DocView, readings: list[Reading], i: int, k: int, hi: int, named_so: bool) -> bool:
    """A condemnation at ``i`` is of what it named so at ``k`` (``ندد X بما وصفه بـ«الانقلاب السياسي»``)
    with no one named in the rest of its clause (not ``بـ«السرقة الفاضحة» من جانب واشنطن``): a deed of any
    kind, by whoever acted last."""
    if not named_so or not any(e.type == "ACCUSE" for e in readings[i][0]):
        return False
    for c in range(k, hi):
        if view.tokens[c].text in QUOTE_MARKS:
            continue
        if view.tokens[c].text in _COMMAS or view.is_boundary(c):
            return True
        if c in view.at:
            return False
    return True


def _wraps_name(view: DocView, k: int, hi: int) -> bool:
    """Token ``k`` is a quotation mark around a name, or the kind of body before a quoted name (``منظمة
    «طبيعة العراق»``): a word of the subject's name (not a quoted object after a name: ودانت الهيئة في
    ليبيا "الاعتداء الآثم")."""
    if view.tokens[k].text not in QUOTE_MARKS:
        return view.core[k] in NAME_KINDS and k + 1 < hi and _wraps_name(view, k + 1, hi)
    opened = view.mention_covering(k + 1) if k + 1 < hi else None
    if opened is not None and opened.first == k + 1:
        return opened.last + 1 < hi and view.tokens[opened.last + 1].text in QUOTE_MARKS
    closed = view.mention_covering(k - 1) if k > 0 else None
    return closed is not None and closed.last == k - 1 and view.tokens[closed.first - 1].text in QUOTE_MARKS


def _told_agent(
    doc: Document,
    view: DocView,
    readings: list[Reading],
    events: list[Event],
    i: int,
    hi: int,
    symmetric: frozenset[str],
    exclude: Sequence[str] = (),
    kinds_refused: frozenset[str] | None = None,
    subject_last: int | None = None,
    subject_before: bool = False,
    blamed: bool = False,
    praised: bool = False,
) -> list[str]:
    """The agent of the act a definite verbal noun right after verb ``i`` (past its subject, which ends at
    ``subject_last`` where the caller knows it) refers back
    to (``ودان X الغارة``، ``ونددت Y بالتهديدات``): the last event of its type coded in the sentence of
    ``i`` or the one before, that names its agent; both parties of a meeting or a deal (``التقى بوتين
    كيم. وانتقد ترامب الاجتماع``). A word for a deed of any kind (``بالخطوة``، ``القرار``) refers back to
    the last event there whose agent is not among ``exclude`` (the stance's own subject). For a refusal,
    ``kinds_refused``: the only types of verbal noun whose agent the refusal is aimed at (a call or a
    resignation refused, ``رفضت الكتائب الدعوة``; not threats, ``رفضت قسد التهديدات``). With
    ``subject_before`` (the verb's subject is told before it) a definite noun right after the verb is its
    object. With ``blamed`` (a condemnation), a word for a deed of any kind is no aid given (رحّلتهم X ...
    وقال Y إن واشنطن ستقدم لهم مساعدات. ونددت Z بالخطوة: X's step); with ``praised`` (a welcome or
    praise), a step is no killing (تسلمت الجزائر من فرنسا رفات قادة قتلتهم القوات الفرنسية ... وأشاد تبون
    بالخطوة: France's hand-over)."""
    # (past the subject's short form in brackets, ورحبت رابطة دول جنوب شرق آسيا (آسيان) بالخطوة; a
    # quoted word there is the object, ودانت الهيئة «الاعتداء»)
    k = i + 1 if subject_last is None else _past_short_form(view.tokens, subject_last + 1, _BRACKETS)
    if k < hi and view.tokens[k].text == _BRACKETS["("]:
        k += 1  # (the bracket closing a short form named as the subject: (آسيان) بالخطوة)
    while k < hi:
        # its subject, and where it is (انتقدت السفارة الأميركية في الخرطوم إغلاق الجسور), and the
        # title words before a name (ورحبت الرئيسة الجورجية السابقة سالومي زورابيشفيلي بالقرار)
        m = k + 1 if view.core[k] == _IN_PREP else k
        while (
            m < hi
            and m not in view.inside
            # (not "before" spelt as a title: أمام, not إمام)
            and (
                view.core[m].startswith("ال")
                or (view.bare[m] in title_words() and view.core[m] not in BEFORE_SITE)
            )
            and not readings[m][0]
        ):
            m += 1  # (وندد زعيم حزب الشعب الجمهوري أوزغور أوزال بالحملة: a title with no article too)
        if (
            k not in view.inside
            and not _wraps_name(view, k, hi)
            and (m == k or m >= hi or m not in view.inside)
        ):
            break
        k = m + 1 if m == k else m
    if (
        k + 2 < hi
        and (body := view.mention_ending_at(k - 1)) is not None
        and body.etype == "ORG"
        and view.tokens[k].text.startswith(_FOR_THE)
        and not readings[k][0]
    ):
        k += 1  # وندد الاتحاد الدولي للصحفيين بالقرار: the rest of a body's name that its mention leaves out
    while (
        k + 1 < hi
        and k - 1 in view.inside
        and (
            view.bare[k] in _BODY_ADJECTIVES
            # (the opposition's adjective too, where ب and a definite noun, the object, follow it:
            # ورحبت هيئة التفاوض السورية المعارضة بالخطوة; not المعارضة as the object: وانتقد الحزب
            # الحاكم المعارضة بشدة)
            or (
                view.bare[k] == _OPPOSING
                and "ب" in view.tokens[k + 1].proclitics
                and view.core[k + 1].startswith("ال")
            )
        )
    ):
        k += 1  # واعتبرت الحكومة الأوكرانية المؤقتة الخطوة: an adjective of the subject the name leaves out
    quoted = k + 2 < hi and view.tokens[k].text in QUOTE_MARKS and view.tokens[k + 2].text in QUOTE_MARKS
    if quoted and past_later(view.core, k + 1) == k + 2:
        k += 3  # ودان غوتيريش «بشدة» اعتقال القادة: how, in quotation marks
    if k + 1 < hi and view.tokens[k].text in _COMMAS and view.core[k + 1] in RELATIVES:
        # ودان الرئيس X، الذي تتولى بلاده الرئاسة الدورية للمجموعة، الهجوم: past the clause on the subject
        close = next((c for c in range(k + 2, hi) if view.tokens[c].text in _COMMAS), None)
        if close is not None:
            k = close + 1
    elif k + 1 < hi and view.tokens[k].text in _COMMAS and (close := _apposition(view, readings, k, hi)):
        k = close + 1  # وندد X، المتحدث باسم جماعة الحوثي، بالقرار: past what the subject is
    k = past_later(view.core, k)  # وأدان مجلس الأمن بالإجماع الهجوم: how, then what
    k = past_said_in(view.core, k)  # ورفضت حكومة الإقليم في بيان هذه المطالب: where, then what
    if k + 2 < hi and view.core[k] == ON and k + 1 not in view.inside:
        k += 1  # واحتج السفير الروسي على الاتفاق، احتجاجا على منع X: the deed after على
    if k + 2 < hi and view.norm[k] in _BY_ALONE:
        # ونددت تايوان بـ«الاستفزازات»: ب written apart, then the quoted deed (not one whose owner a ل
        # after it names: بـ«الخطوة الشجاعة» للطرفين)
        deed = k + 1
        while deed + 1 < hi and view.tokens[deed].text in QUOTE_MARKS:
            deed += 1
        close = next((c for c in range(deed + 1, hi) if view.tokens[c].text in QUOTE_MARKS), hi)
        if not (close + 1 < hi and "ل" in view.tokens[close + 1].proclitics):
            k = deed
        elif (owner := view.at.get(close + 1)) is not None and owner.prep == "ل":
            # أشاد X بـ"الموقف الأخوي الثابت" للقاهرة: the owner named after ل is whose deed or stance it is
            return [e for e in view.group_after(owner)[0] if e not in exclude]
    # (the outcome of talks is what they agreed: رفض الدبيبة مخرجات الاجتماع)
    # (a head of a construct has no article: رحب X بالنتيجة، فيما قال Y is the vote's result, told before)
    construct = not view.core[k].startswith("ال")
    outcome = k + 2 < hi and view.bare[k] in _OUTCOMES and construct and k + 1 not in view.inside
    if (
        k + 2 < hi
        and construct
        and (view.bare[k] in _OUTSET_WORDS or view.bare[k] in _CAMPAIGNS)
        and k + 1 not in view.inside
    ):
        k += 1  # ورحبت الجامعة بانطلاق المحادثات، رحبت الصين بنتائج القمة، ندد X بحملة الاعتقالات
    elif k + 2 < hi and view.core[k] in DEMONSTRATIVES and k + 1 not in view.inside:
        k += 1  # رفضت الحكومة هذا المطلب: the demand told before
    named_so = k + 3 < hi and view.norm[k] == _BY_WHAT and view.norm[k + 1].startswith(NAMING_STEMS)
    if named_so:
        # رحب X بما وصفه بـ«القرار التاريخي»: what he named so, the name after
        k += 2
        while k + 1 < hi and (view.tokens[k].text in QUOTE_MARKS or view.norm[k] in _BY_ALONE):
            k += 1
    if (
        k + 2 < hi
        and view.bare[k] in _OPERATION_WORDS
        and view.core[k + 1].startswith("ال")
        and readings[k + 1][0]
        and (
            done := _told_agent(
                doc, view, readings, events, i, hi, symmetric, exclude, kinds_refused, k, subject_before
            )
        )
    ):
        return done  # وانتقد الوزير عملية الإخلاء، نددت X بعملية الترحيل: the act told before, by its agent
    # a decision of a definite act (قرار المنع): the act decided where it is a trigger, else a deed
    decided = (
        k + 2 < hi
        and view.bare[k] in _DECISIONS
        and not view.core[k].startswith("ال")
        and view.core[k + 1].startswith("ال")
    )
    if decided and readings[k + 1][0]:
        k += 1  # وانتقدت الرابطة قرار الحظر: the ban told before
    if k + 1 >= hi or k in view.inside:
        return []
    # (an incident, the stance's own object: ودانت المنظمة الحادث; no act of force a sanction, nor one
    # the incident is looked into, فتح تحقيق في الحادث)
    # (or a deed called a terrorist or cowardly one: ونددت الحكومة بـ«العمل الإرهابي»)
    incident = (
        (
            view.bare[k] in _INCIDENTS
            or (view.bare[k] in _DEED_NOUNS and k + 1 < len(view.bare) and view.bare[k + 1] in _VIOLENT_DEEDS)
        )
        and view.core[k].startswith("ال")
        and view.core[k - 1] != _IN_PREP
    )
    if incident or (
        view.norm[k] in _WHAT
        and view.bare[k + 1] in _HAPPENED
        # (not what a verb of describing calls it: ووصف ما حدث بأنه خيانة, a riot of no one named)
        and not any(e.frame.describe for e in readings[i][0])
    ):
        # اقتحمت قوات الاحتلال الجامعة ... ودانت الوزارة ما جرى: the agent of the last act of force told
        acts = _STANCE_ACTS - {"SANCTION"} if incident else _STANCE_ACTS
        done = _last_told(
            doc,
            view,
            events,
            i,
            lambda e: e.type in acts and not set(e.source) & set(exclude),
            _DEED_TOLD_REACH,
        )
        return list(done.source) if done is not None else []
    owner = _nationality_after(view, k, hi)
    if owner is not None:
        return [] if owner in exclude else [owner]  # أشاد الدبيبة بالدعم الإيطالي: Italy's
    definite = any(w.form == "ال" for w in view.tokens[k].words)
    if not readings[k][0]:
        # (a definite noun right after the verb with no ب is mostly its subject: وادعت الصحيفة أن)
        # (or after a stance noun, ل: أعربت الجامعة عن إدانتها للخطوة)
        objective = (
            k > i + 1
            or subject_before  # غير أن قوى الحرية والتغيير رفضت العرض: the subject told before the verb
            or "ب" in view.tokens[k].proclitics
            or "ل" in view.tokens[k].proclitics
            # (a verbal noun's genitive is what it is done to: سارع حزب الله إلى انتقاد الخطوة; not one
            # with a pronoun, no construct's head: أعرب عن تضامنه مع الصحفيين)
            or (
                bool(readings[i][0])
                and all(e.pos == "noun" for e in readings[i][0])
                and not has_suffix(view.tokens[i])
            )
        )
        if (
            not (definite or decided)
            and objective
            and k + 2 < hi
            and view.core[k + 1].startswith("ال")
            and k + 1 not in view.inside
            and not readings[k + 1][0]
        ):
            # رحبت تركيا بإجراء الانتخابات، أشاد التحالف بانعقاد الجلسة: the act on what is named again,
            # by who did something to it before (أجرت السلطات انتخابات، عقد المجلس جلسة)
            return [e for e in _named_before(view, k + 1) if e not in exclude]
        if not ((definite or decided) and objective):
            return []
        told = [e for e in _named_before(view, k) if not _own_state(view, [e], exclude)]
        if told or (view.bare[k] not in _DEEDS and not _blamed_unowned(view, readings, i, k, hi, named_so)):
            return told
        # ورحب X بالخطوة، رفض Y القرار: the step or decision is the last one told, by someone else; a
        # stance told on it before names its maker (رفض مجلس السلم إعلان الدعم السريع ... كما أعربت
        # الجامعة عن إدانتها للخطوة), and words with no one addressed are no step, but for a pledge
        # (تعهدت الحكومة بإبقاء المعبر مفتوحا ... رحب X بالقرار)
        said = view.bare[k] in _SAID_DEEDS  # (رحبت X بالتصريحات: the words themselves)

        def fits(ev: Event) -> bool:
            return (
                bool(ev.source)  # (a deed told with no agent names no maker: محكوما في أحداث شغب)
                and not set(ev.source) & set(exclude)
                and not _own_state(view, ev.source, exclude)
                and (said or bool(ev.target) or ev.type not in _WORDS_TYPES or ev.type == _PLEDGE)
                and ev.mode != _SUE  # (a lawsuit is no step decided: الدعوى التي رفعتها X ... رحبت Y بالقرار)
                and not (blamed and ev.type in _HELPING_TYPES)  # (no aid is condemned as a step)
                # (nor a killing welcomed as a step)
                and not (praised and ev.type == "ASSAULT" and view.bare[k] in _PRAISED_STEPS)
                # (nor an earlier deed told as background: وكانت البحرية قد أجرت مناورات ... ورحبت X بالخطوة)
                and not _told_before_then(view, ev, i)
                # (nor a deed named only as the time of another: اتفقت البحرين وقطر ... عقب اجتماع عقده
                # وفدا البلدين. وأشاد X بالخطوة, the deal, not the meeting after which it came)
                and not _time_framed(view, ev)
                # (nor the deed a step answered: فرض مجلس الأمن عقوبات على X ردا على إطلاقها صاروخا)
                and not _replied_to(view, ev)
                # (nor the reason its agent gave for an act just told: فرضت X عقوبات على Y، تتهمها بتهريب)
                and not (
                    ev.type in _OPINION_TYPES
                    and any(
                        o.sentence == ev.sentence
                        and o.trigger.start < ev.trigger.start
                        and o.source == ev.source
                        and o.type not in _OPINION_TYPES
                        for o in events
                    )
                )
            )

        ev = _last_told(doc, view, events, i, fits)
        if ev is not None and view.bare[k] in _DUAL_DEEDS:
            # أعلن البنتاغون حزمة مساعدات ... كما تعهدت ألمانيا ... ورحب عمروف بالخطوتين: both agents
            first = _last_told(
                doc,
                view,
                events[: events.index(ev)],
                i,
                lambda e: fits(e) and e.source != ev.source,
                _DEED_TOLD_REACH,
            )
            return [*(first.source if first is not None else ()), *(s for s in ev.source if s not in exclude)]
        if ev is None and not said:
            # أعلن عباس تأجيل الانتخابات ... ورفضت حماس القرار: a step no act coded tells is the one
            # announced or decided last, else an act told a sentence further back (أفرج جيش التحرير
            # الوطني عن ستة جنود ... وقالت الجماعة إن الإفراج "بادرة حسن نية" ... ورحب بيترو بالخطوة)
            announced = _announced_by(view, i, exclude)
            if announced:
                return announced
            ev = _last_told(doc, view, events, i, fits, _DEED_TOLD_REACH)
        if ev is not None and not said and ev.type in _OPINION_TYPES and not _a_ruling(doc, ev):
            # (not the judges' own state: متهما الرباط ... وانتقدت الخارجية المغربية القرار, its maker)
            aimed = [t for t in ev.target if t not in exclude and not _own_state(view, [t], exclude)]
            return aimed or ([] if ev.target == aimed else [s for s in ev.source if s not in exclude])
        if ev is not None and view.bare[view.token_at(ev.trigger.start)] in _MUTUAL_DEALS:
            # اتفقت البحرين وقطر ... وأشاد X بالخطوة: the step is the deal both parties came to (not one
            # signed or accepted, وقعت X اتفاقا مع Y، وافقت X على: the step of the one who took it)
            return [e for e in (*ev.source, *ev.target) if e not in exclude]
        return list(ev.source) if ev is not None else []
    # the one the act was done to, named as its genitive (وانتقدت الخارجية البريطانية اعتقال لاي)
    done_to = view.actor(k + 1)
    patient = done_to.entities[0] if done_to is not None and done_to.prep is None else None
    if (
        not definite
        and not view.core[k + 1].startswith("ال")
        and view.core[k + 1] != SET_FREE
        and not patient
    ):
        return []  # definite itself (الغارة) or by its genitive (إغلاق الجسور، إطلاق سراح X، اعتقال لاي)
    kinds = {e.type for e in readings[k][0]} | ({_AGREEMENT} if outcome else set())
    if kinds_refused is not None:
        kinds &= kinds_refused
    # the act told before with the same word, however far back (شنت إسرائيل موجة من الغارات ... أدان
    # سلام الغارات), else the last of its kind nearby
    ev = next(
        (
            e
            for e in reversed(events)
            if e.type in kinds
            and e.source
            and not e.negated
            and _told_with_word(view, e, view.bare[k])
            # (not one its own state took: ردت موسكو بعقوبات مضادة ... ووصفت زاخاروفا العقوبات; a body
            # of the same country may judge another's: حزب معارض on the police's arrests)
            and not any(view.entities[s].type == "GPE" and view.same_side(s, exclude) for s in e.source)
        ),
        None,
    ) or (_first_told if kinds == _ATTACK_KINDS and not patient else _last_told)(
        doc,
        view,
        events,
        i,
        lambda ev: (
            ev.type in kinds and not set(ev.source) & set(exclude) and (not patient or patient in ev.target)
        ),
        _KIND_TOLD_REACH,
    )
    if (
        ev is None
        and kinds_refused is not None
        and _ASKED in kinds
        and patient is None
        and view.bare[k] in _DEMANDS
    ):
        # بدأت الجمعية الطبية إضرابا للمطالبة بزيادة الأجور ... ورفض الوزير مطلب النقابة: a demand no
        # request coded tells is that of those who protested last
        ev = _last_told(
            doc,
            view,
            events,
            i,
            lambda ev: ev.type == _PROTESTED and not set(ev.source) & set(exclude),
            _KIND_TOLD_REACH,
        )
    if ev is None and kinds & symmetric:
        # اتفقت تايلاند وكمبوديا ... وأشاد ترامب بالاتفاق: the last deal or meeting of two, however far
        # back
        ev = next(
            (
                e
                for e in reversed(events)
                if e.type in kinds & symmetric and not e.negated and len({*e.source, *e.target}) > 1
            ),
            None,
        )
    if ev is None and definite and view.bare[k] in _DEEDS:
        # أطلقت كوريا الشمالية صاروخا ... فندد مجلس الأمن بالعملية: the operation is the act told before
        ev = _last_told(doc, view, events, i, lambda ev: not set(ev.source) & set(exclude))
    if ev is None and definite:
        # أصدرت المحكمة حكما لصالح الفلبين ... ورفضت الصين الحكم: no act coded tells it, but the word
        # does, with the body that made it (a person after the word is who it was done to: صدر عن
        # المحكمة حكم بإعدام أربعة صحفيين هم X)
        return [
            e
            for e in _named_before(view, k)
            if e not in exclude and view.entities[e].type != "PER" and not _own_state(view, [e], exclude)
        ]
    if ev is None:
        return []
    if ev.type in symmetric:
        # (a party's own words on its deal or meeting are aimed at no one: وقعت X ونظيرها Y الاتفاق
        # ... وأشادت X بالاتفاق)
        parties = [*ev.source, *ev.target]
        return [] if set(parties) & set(exclude) else parties
    if (ev.type, ev.mode) == _RELEASE and any(e.lemma == _EXCHANGE_LEMMA for e in readings[k][0]):
        # أفرجت أذربيجان عن 32 عسكريا، مقابل إطلاق يريفان سراح جنديين ... ورحب الاتحاد الأوروبي بعملية
        # التبادل: an exchange has two sides, the one that freed captives before the last one too
        other = _last_told(
            doc,
            view,
            events[: events.index(ev)],
            i,
            lambda e: (e.type, e.mode) == _RELEASE and not set(e.source) & {*ev.source, *exclude},
            _KIND_TOLD_REACH,
        )
        return [*(other.source if other is not None else ()), *ev.source]
    return list(ev.source)


#: the lemma of an exchange of captives (تبادل الأسرى)
_EXCHANGE_LEMMA = "تبادل"


def _held_acts_owners(view: DocView, i: int, obj: tuple[int, int]) -> list[str]:
    """The states named by the nationalities after an act that is the first object of verb ``i``, before
    its second, ``obj`` (``حمّل X العقوبات الأميركية والأوروبية المسؤولية``), one after another joined by
    و; [] when none."""
    act = next((k for k in range(i + 1, obj[0]) if k in view.acts and k not in view.inside), None)
    owners: list[str] = []
    k = act
    while k is not None and (owner := _nationality_after(view, k, obj[0])) is not None:
        owners.append(owner)
        k += 1
        if k + 1 < obj[0] and not view.conjoined(k + 1):
            break
    return list(dict.fromkeys(owners))


def _nationality_after(view: DocView, k: int, hi: int) -> str | None:
    """The country a nationality right after the definite noun at ``k`` names as the noun's owner
    (``بالدعم الإيطالي``، ``الموقف الروسي``), when the text names the country."""
    if k + 1 >= hi or k + 1 in view.inside or not view.core[k + 1].startswith("ال"):
        return None
    if not any(w.form == "ال" for w in view.tokens[k].words) or view.core[k].endswith(_PEOPLE_ENDINGS):
        return None  # (ويتهم الأوروبيون الصينيين: a people, then another)
    word = view.bare[k + 1]
    if word in _BLOC_ADJECTIVES:  # بالقرار الأوروبي: the European Union's
        return next((e.id for e in view.entities.values() if e.kb_id == _BLOC_ADJECTIVES[word]), None)
    return view.nationality_country(k + 1)


#: the endings of a plural nisba, a people (الأوروبيون، الصينيين), normalised
_PEOPLE_ENDINGS = tuple(normalize(w) for w in ("يون", "يين"))
#: adjectives of a bloc or body, bare, → its knowledge-base id (القرار الأوروبي، الجهود الأممية)
_BLOC_ADJECTIVES = {
    **dict.fromkeys((bare(normalize(w)) for w in ("الأوروبي", "الأوروبية")), "org:european_union"),
    **dict.fromkeys((bare(w) for w in _UN_ADJECTIVES), _UN_ID),
}


def _only_where(view: DocView, entity: str, lo: int, hi: int) -> bool:
    """``entity`` is a town named in tokens ``[lo, hi)`` only as where something is, after في or ب or
    as the genitive of a street or a square."""
    if not is_town(view.entities[entity]):
        return False
    start = max(lo, view.dateline.last + 1) if view.dateline is not None else lo  # (not the dateline)
    named = [m for k in range(start, hi) if (m := view.at.get(k)) is not None and entity in m.entities]
    # (or as the genitive of its streets or squares, with the towns joined to it: خرج المئات إلى شوارع
    # طرابلس والزاوية، إلى ميدان التحرير)
    streets = {
        e
        for k in range(start + 1, hi)
        if (m := view.at.get(k)) is not None and view.bare[k - 1] in _TOWN_GROUNDS
        for e in view.group_after(m)[0]
    }
    return bool(named) and (entity in streets or all(m.prep in (_IN_PREP, "ب") for m in named))


#: how many words a seat's description may take between the seat word and its owner's name (أمام المقر
#: الرئيسي لوكالة X)
_SEAT_OWNER_GAP = 2


def _only_picketed(view: DocView, target: Sequence[str], i: int, hi: int) -> bool:
    """Every one of ``target`` is first named after protest ``i`` in tokens ``[i, hi)`` as the owner of a seat
    the crowd stood before (``أمام مقر X``، ``أمام المقر الرئيسي لوكالة X``), its titles aside (``أمام مقر
    رئيس الوزراء البريطاني غوردن براون``)."""
    for e in target:
        named = (a for k in range(i + 1, hi) if (a := view.at.get(k)) is not None and e in a.entities)
        first = next(named, None)
        if first is None or not any(
            view.bare[j] in SEATS
            and view.core[j - 1] in BEFORE_SITE
            and (first.first - j <= _SEAT_OWNER_GAP + 1 or view.only_titles(j + 1, first.first))
            for j in range(i + 2, first.first)
        ):
            return False
    return True


#: a town's streets and squares, whose genitive names where a crowd is, bare
_TOWN_GROUNDS = frozenset(bare(normalize(w)) for w in ("شوارع", "شارع", "ساحات", "ساحة", "ميدان", "ميادين"))
#: a crowd's rejoicing (احتفالا بالقرار، ابتهاجا بالفوز), bare
_CELEBRATIONS = frozenset(bare(normalize(w)) for w in ("احتفالا", "ابتهاجا", "احتفاء"))


def _celebrating(view: DocView, i: int, hi: int) -> bool:
    """The crowd the gathering at ``i`` tells of rejoices, by a word of celebration in its clause and no
    word of what it is against before it (``خرجوا إلى الشوارع احتفالا بالتوقيع``)."""
    for k in range(i + 1, hi):
        if view.is_hard(k) or view.stance(k):
            return False
        if view.bare[k] in _CELEBRATIONS:
            return True
    return False


#: nouns naming a place as a small one or a crossing (بلدة مضايا، معبر رفح), not as a city, which may stand
#: for its people (مستشفى ميداني إلى مدينة جنين)
_SMALL_PLACES = frozenset(normalize(w) for w in ("بلدة", "قرية", "مخيم", "حي", "معبر", "منفذ"))


#: prepositions naming whom an inquiry questions (تحقيقا مع سلامة، تحقيقا بحق الوزير)
_QUESTIONED = frozenset(normalize(w) for w in ("مع", "بحق", "ضد"))


#: a loan, grant or financing an agreement is of (اتفاقية قرض، اتفاق منحة), bare
_LOANS = frozenset(bare(normalize(w)) for w in ("قرض", "قروض", "منحة", "منح", "تمويل"))
#: the heads of a lender's name (صندوق قطر للتنمية، البنك الدولي، بنك التصدير والاستيراد الصيني), bare
_LENDER_HEADS = frozenset(bare(normalize(w)) for w in ("صندوق", "بنك", "مصرف"))
#: lenders by KB id, whose names tell no lending
_LENDER_IDS = frozenset({"org:european_union"})
_ECONOMIC = "economic"


def _lent(view: DocView, k: int, parties: Sequence[str]) -> tuple[str, ...]:
    """The lender, then the borrowers, of the loan or grant word at ``k`` after an agreement its
    ``parties`` signed (``وقعت الحكومة الموريتانية والبنك الدولي اتفاقية تمويل``): one party a fund, a bank
    or the European Union, the others not, and no person; empty otherwise."""
    if k >= len(view.tokens) or view.bare[k] not in _LOANS:
        return ()

    def lender(e: str) -> bool:
        ent = view.entities[e]
        return bare(normalize(ent.name.split()[0])) in _LENDER_HEADS or ent.kb_id in _LENDER_IDS

    lenders = [e for e in parties if lender(e)]
    borrowers = [e for e in parties if not lender(e)]
    # (a minister who signed borrows nothing himself: وقع الوزير X وممثل الصندوق اتفاقية قرض)
    if len(lenders) != 1 or not borrowers or any(view.entities[e].type == "PER" for e in borrowers):
        return ()
    return (lenders[0], *borrowers)


#: "brought together", after a meeting noun (لقاء جمع X بـY), normalised; with "them two" (لقاء جمعهما)
#: and with "him" or "her" (لقاء جمعه بـY)
_BROUGHT_TOGETHER = frozenset(normalize(w) for w in ("جمع", "جمعت"))
_BROUGHT_THEM_TWO = frozenset(normalize(w) for w in ("جمعهما", "جمعتهما"))
_BROUGHT_ONE = frozenset(normalize(w) for w in ("جمعه", "جمعها", "جمعته", "جمعتها"))
#: how many words may describe the one met between ب and the name (بممثلي الاتحاد)
_MET_DESCRIPTION = 3


def _brought_together(view: DocView, i: int, hi: int) -> tuple[list[str], list[str]] | None:
    """The two a meeting noun at ``i`` brought together, named after ``جمع`` and after ``ب`` (``بعد أيام
    من لقاء جمع رئيس الهيئة مازن الكهموس بوزير الشؤون البلدية ماجد الحقيل``); the pair named before it
    for ``جمعهما`` (``اتفق عقيلة صالح وخالد المشري، في ختام لقاء جمعهما``); the one named before it and
    the one after ``ب`` for ``جمعه`` (``بعد لقاء جمعه بممثلي الاتحاد، تعهد الوزير X``: the clause's
    subject, named after); or None."""
    if i + 2 >= hi:
        return None
    word = view.core[i + 1]
    if word in _BROUGHT_THEM_TWO:
        pair = view.previous_pair(i, [])
        return (pair[:1], pair[1:]) if len(pair) >= 2 else None
    if word not in _BROUGHT_TOGETHER and word not in _BROUGHT_ONE:
        return None
    if word in _BROUGHT_ONE:
        # (ب on the name or on the words before it: بممثلي الاتحاد العام للغرف التجارية)
        second = view.first_actor(i + 2, min(hi, i + 2 + _MET_DESCRIPTION))
        if "ب" not in view.tokens[i + 2].proclitics or second is None:
            return None
        target = list(view.group_after(second)[0])
        source = view.previous_actor(i, target) or view.clause_actors_before(i)[:1]
        return (list(source[:1]), target) if source else None
    first = view.first_actor(i + 2, min(hi, i + 2 + OBJECT_WINDOW))
    if first is None or first.prep not in (None, GENITIVE_IN_PP):
        return None
    source, last = view.group_after(first)
    # (ب on the second's name or on the title before it: بوزير الشؤون البلدية ماجد الحقيل)
    if last + 1 >= hi or "ب" not in view.tokens[last + 1].proclitics:
        return None
    second = view.first_actor(last + 1, min(hi, last + 1 + OBJECT_WINDOW))
    if second is None:
        return None
    target = [e for e in view.group_after(second)[0] if e not in source]
    return (source, target) if target else None


#: how many words of a body's kind and quotation marks may stand between مع and the name questioned
_QUESTIONED_KIND_REACH = 3


#: how many words may describe a person between سراح and the name
_FREED_DESCRIPTION = 4


def _described_person(view: DocView, start: int, end: int) -> bool:
    """Tokens ``[start, end)`` are a few words describing the person named at ``end``, no boundary,
    preposition, verb or name among them."""
    return end - start <= _FREED_DESCRIPTION and not any(
        view.is_boundary(k) or view.core[k] in PREPOSITIONS or k in view.clause_verbs or k in view.inside
        for k in range(start, end)
    )


def _released_before(view: DocView, i: int, source: list[str]) -> list[str]:
    """Who the pronoun after verb ``i`` names, released, asked or recognised (``أفرجت عنه``، ``طلب منه``):
    the last actor named before it, for عنه a person where one is, for عنهما the pair named last
    (``مكسيم شوغالي ومترجمه سامر سويفان ... بعد أن أفرجت عنهما حكومة الوفاق``); a number of a body's
    members right before it (an indefinite antecedent: ``48 أسيرا من القوات الحكومية أفرجت عنهم``), that
    body; people named by their nationality right before it, their country."""
    if view.core[i + 1] == _ABOUT_THEM_TWO and (pair := view.previous_pair(i, source)):
        return pair
    members = view.mention_ending_at(i - 1)
    if members is not None and members.prep == FROM and not set(members.entities) & set(source):
        return list(members.entities)
    if (country := view.nationality_country(i - 1)) is not None and country not in source:
        return [country]  # خمسة مواطنين أميركيين أفرجت عنهم إيران: their country, where the text names it
    him = view.core[i + 1] == _ABOUT_HIM and view.previous_actor(i, source, types=("PER",))
    return him or view.previous_actor(i, source)


def _questioned(view: DocView, end: int, hi: int) -> list[str]:
    """The actors an inquiry ending at token ``end`` is opened with (فتحت النيابة تحقيقا قضائيا مع سلامة
    وشقيقه رجا), or those named among the unnamed people or bodies it is opened with (``مع عدد من وكلاء
    السيارات، بينهم شركة غبور أوتو``); or none."""
    for m in range(end + 1, min(hi - 1, end + _INQUIRY_REACH)):
        if view.core[m] in _QUESTIONED:
            j = m + 1
            while (
                j < min(hi - 1, m + 1 + _QUESTIONED_KIND_REACH)
                and j not in view.at
                and (view.tokens[j].text in QUOTE_MARKS or view.core[j] in NAME_KINDS)
            ):
                j += 1  # مع شركة «آسو» للإنشاءات: the kind of body and the quotation marks before its name
            if (a := view.at.get(j)) is not None:
                return view.group_after(a)[0]
            if named := _named_among(view, m, hi, []):
                return named
        if view.is_hard(m) or m in view.inside:
            break
    return []


#: the verb of holding a meeting (عقد مجلس الأمن اجتماعا), its perfect and imperfect stems
_HOLDING = ("عقد", "يعقد", "تعقد")


_SOURCE, _TARGET = "source", "target"


def _missing_side(ev: Event, symmetric: frozenset[str]) -> str:
    """``source`` or ``target`` where the event names no one on that side (a protest by an unnamed crowd
    names no one on either: ``source``), else empty; none for a symmetric event whose subject names two or
    more (``سيرت القوات الروسية والقوات التركية دورية مشتركة``: both sides in it)."""
    if ev.type in symmetric and len(ev.source) >= 2:
        return ""
    return _SOURCE if not ev.source else _TARGET if not ev.target else ""


#: verbs of killing, executing and kidnapping (normalised stems), whose victims may be told as a count of
#: people no name gives, and how many words after the verb that count may stand
_COUNTED_VICTIMS = tuple(normalize(w) for w in ("قتل", "أعدم", "خطف", "اختطف"))
_COUNTED_VICTIMS_REACH = 8
#: the attackers a count of the dead may be of (قتلت ثلاثة من المهاجمين), normalised
_ATTACKERS = frozenset(normalize(w) for w in ("المهاجمين", "المسلحين", "المتشددين", "الإرهابيين", "الخاطفين"))


#: how many words after a stance of support the crowd it is with may stand (تضامنه مع مطالب المحتجين)
_CROWD_SUPPORTED_REACH = 10
#: the many states, parties or people no name tells that are thanked, praised or congratulated (شكر X
#: الدول المانحة، الوسطاء؛ هنأ Y الفائزين), bare
_UNNAMED_PARTIES = frozenset(
    bare(normalize(w))
    for w in (
        *("الدول", "المانحين", "المانحة", "الوسطاء", "الحلفاء", "الشركاء"),
        *("الأشقاء", "الأصدقاء", "المتطوعين", "الفائزين"),
    )
)
#: people no name tells whom solidarity is shown with or whose families are consoled, for what they
#: suffer or demand (تضامنه مع الصحفيين المستهدفين، تضامنها مع الأسرى، التعازي لأسر الضحايا), bare
_SUFFERING_PEOPLE = frozenset(
    bare(normalize(w))
    for w in (
        *("الأسرى", "المعتقلين", "المعتقلون", "المحتجزين", "الصحفيين", "الصحافيين", "المضربين", "المضربون"),
        *("السكان", "الأهالي", "المتضررين", "الضحايا", "الشهداء", "المدنيين", "اللاجئين", "النازحين"),
        *("المعلمين", "العمال", "الطلاب", "أسر", "عائلات", "ذوي"),
    )
)


def _killed_by(view: DocView, i: int, hi: int) -> list[str]:
    """The agent named after a noun of deaths at ``i`` (``مقتل سبعة رعاة داخل الأراضي المالية على يد دورية
    من الجيش المالي``): the dead and where they fell may stand before it."""
    return view.agent(i + 1, _reach_past_counts(view, i + 1, hi, _DEATHS_AGENT_REACH))


def _brandished_at(events: Sequence[Event], start: int, source: Sequence[str]) -> tuple[str, ...]:
    """The target of the last call, accusation or refusal by ``source`` in the sentence at ``start``, told
    before a threatening participle (``طالب X Y بالإفراج عن المعتقلين، ملوحا بفرض عقوبات``)."""
    for ev in reversed(events):
        if ev.sentence.start != start:
            break
        if ev.type in _BRANDISHED_AT_TYPES and set(ev.source) == set(source):
            return ev.target
    return ()


def _after_apart_bi(view: DocView, k: int, i: int) -> bool:
    """Token ``k``, after trigger ``i``, follows ب written apart (``بـ«عواقب»``, ``وبـ"رد"``), past an
    opening quote mark."""
    j = k - 1
    if j > i and view.tokens[j].text in QUOTE_MARKS:
        j -= 1
    return j > i and view.norm[j] in _APART_BI and view.tokens[j].text.endswith("ـ")


def _reach_past_counts(view: DocView, start: int, hi: int, reach: int) -> int:
    """The end of a window of ``reach`` tokens from the trigger right before ``start`` (``hi`` at most),
    the words of a count not counting (``قتل ما لا يقل عن 66 شخصا برصاص قوات الأمن``: the dead, however
    many words tell their number)."""
    k = start
    while k < hi and reach > 1:
        if not view.in_amount(k):
            reach -= 1
        k += 1
    return k


def _crowd_supported(view: DocView, ev: Event) -> bool:
    """Support of a named actor for a crowd no name tells is kept with no target (``أعرب X عن تضامنه مع
    المتظاهرين``، ``أيد X مطالب المحتجين``), and so are thanks or praise for many states or parties not
    named (``شكر X الدول التي عرضت المساعدة``، ``شكر Y الوسطاء على جهودهم``، ``أشاد Z بالدول المانحة``)."""
    if ev.type != "SUPPORT" or ev.target or not ev.source:
        return False
    return _unnamed_supported(view, view.token_at(ev.trigger.start))


def _unnamed_supported(view: DocView, i: int) -> bool:
    """The clause of the stance at ``i`` names, shortly after it, a crowd or many states or parties no name
    tells as what it is for (see :func:`_crowd_supported`)."""
    hi = min(view.bounds[view.tokens[i].sentence][1], i + 1 + _CROWD_SUPPORTED_REACH)
    for k in range(i + 1, hi):
        if view.is_boundary(k) or view.tokens[k].text in _COMMAS:
            return False
        if view.bare[k] in CROWDS or (
            k not in view.inside and (view.bare[k] in _UNNAMED_PARTIES or view.bare[k] in _SUFFERING_PEOPLE)
        ):
            return True
    return False


#: deeds welcomed or praised with no doer named, told again by their definite noun after ب (رحب X
#: بالاتفاق، أشاد Y بالإفراج; not a decision, ruling or step, told as its maker's: رحب Z بالقرار), normalised
_WELCOMED_DEEDS = frozenset(
    normalize(w) for w in ("الاتفاق", "الاتفاقية", "الانسحاب", "التوقيع", "الهدنة", "الإفراج", "الصفقة")
)


def _deed_welcomed(view: DocView, ev: Event) -> bool:
    """Support of a named actor for a deed told by its bare definite noun after ب, with no doer named
    with it, is kept with no target (``رحب X بالاتفاق``، ``أشاد Y بالإفراج عن المعتقلين``)."""
    if ev.type != "SUPPORT" or ev.target or not ev.source:
        return False
    found = _welcomed_object(view, view.token_at(ev.trigger.start))
    if found is None:
        return False
    k, hi = found
    return view.core[k] in _WELCOMED_DEEDS and (k + 1 >= hi or k + 1 not in view.inside)


def _welcomed_object(view: DocView, i: int) -> tuple[int, int] | None:
    """The first word with ب after the stance at ``i`` that no name holds, in its clause and shortly after it
    (``رحب X بالاتفاق``), and the end of the stretch searched; none where the clause ends first."""
    hi = min(view.bounds[view.tokens[i].sentence][1], i + 1 + _CROWD_SUPPORTED_REACH)
    for k in range(i + 1, hi):
        if view.is_boundary(k) or view.tokens[k].text in _COMMAS:
            return None
        if "ب" in view.tokens[k].proclitics and k not in view.inside:
            return k, hi
    return None


#: how many sentences before a praise or welcome its act may be told (وقضت المحكمة ... وأشاد X بالحكم)
_PRAISED_ACT_SENTENCES = 1


def _praised_act_doer(view: DocView, ev: Event, events: Sequence[Event], symmetric: frozenset[str]) -> Event:
    """Praise or welcome by a named actor that names no one it is for, of a deed told again by a bare
    definite noun after ب that ends its clause (``وأشاد بن دغر بالوديعة``، ``ورحبت النقابة بالوعود،``; not a
    deed of :data:`_WELCOMED_DEEDS` nor a crowd, kept as they are), is for the doer of the act told last
    before it, in its sentence or the one before (``أودعت السعودية ملياري دولار ... وأشاد بن دغر بالوديعة``:
    Saudi Arabia): a stance is on a deed, and the one it is for is who did it, of a meeting or an accord its
    other parties; not the act of the praising one, nor another stance."""
    if (
        ev.type != "SUPPORT"
        or ev.target
        or not ev.source
        or ev.negated
        or _deed_welcomed(view, ev)
        or _crowd_supported(view, ev)
    ):
        return ev
    i = view.token_at(ev.trigger.start)
    found = _welcomed_object(view, i)
    if found is None:
        return ev
    k, hi = found
    if not view.core[k].startswith(_THE) or not (
        k + 1 >= hi or view.is_boundary(k + 1) or view.tokens[k + 1].text in _COMMAS
    ):
        return ev  # (a deed told again by its bare definite noun alone: بالحكم، بالخطوة)
    target = _last_act_doers(view, ev, events, symmetric)
    return replace(ev, target=target) if target else ev


def _last_act_doers(
    view: DocView, ev: Event, events: Sequence[Event], symmetric: frozenset[str], sole: bool = False
) -> tuple[str, ...]:
    """The doers of the act told last before stance ``ev``, in its sentence or the one before, that are not
    its own subject (of a meeting or an accord all its parties); none where no such act is told (not an act
    of the stance's subject, nor another stance). With ``sole``, the doers of every act told anywhere before
    it, where they are the same ones; none where an act names no doer (an attack by gunmen) or another."""
    sentence = view.tokens[view.token_at(ev.trigger.start)].sentence
    acts = [
        a
        for a in events
        if a.trigger.start < ev.trigger.start
        and a.type not in _STANCE_ON_OTHERS
        and (a.source or sole)
        and not a.negated
        and not set(a.source) & set(ev.source)
        and (
            sole or sentence - view.tokens[view.token_at(a.trigger.start)].sentence <= _PRAISED_ACT_SENTENCES
        )
    ]
    if not acts:
        return ()
    doers = {
        tuple(e for e in ((*a.source, *a.target) if a.type in symmetric else a.source) if e not in ev.source)
        for a in (acts if sole else [max(acts, key=lambda a: a.trigger.start)])
    }
    return doers.pop() if len(doers) == 1 and () not in doers else ()


#: the stems of condemning and criticising, whose object may tell a deed again (ودانت X الهجوم)
_CONDEMN_STEMS = tuple(normalize(w) for w in ("دان", "أدان", "ندد", "انتقد", "استنكر", "شجب"))


def _deed_stance_doer(view: DocView, ev: Event, events: Sequence[Event], symmetric: frozenset[str]) -> Event:
    """A condemnation or criticism by a named actor that names no one it is against, whose object right
    after its subject tells a deed again by a definite noun, alone or with its complement, or by what the
    subject called it (``ودانت هيئة العمل الفلسطيني المشترك الهجوم``، ``وانتقدت المبادرة القرار``، ``ودان
    مجلس التعاون ما وصفه بـ"الانقلاب"``، ``ونددت المنظمة بالترحيل``), is against the doer of the act
    told before it, where every act told before it is theirs (``وأغلقت السلطات السعودية المنفذ ... وندد
    الوزير بما وصفه بالحصار``: the Saudi authorities); not where an act names no doer (an attack by
    gunmen) or another (the police who arrested the suspects after it)."""
    if ev.type != "ACCUSE" or ev.target or not ev.source or ev.negated:
        return ev
    i = view.token_at(ev.trigger.start)
    if not view.core[i].startswith(_CONDEMN_STEMS):
        return ev
    hi = min(view.bounds[view.tokens[i].sentence][1], i + 1 + _STANCE_SUBJECT_REACH)
    # (past the subject's last mention there: a title and the name after it, وزير الخارجية القطري محمد ...)
    k = max(
        (
            view.at[m].last + 1
            for m in range(i + 1, hi)
            if m in view.at and set(view.at[m].entities) & set(ev.source)
        ),
        default=None,
    )
    if k is None or k >= len(view.tokens) or view.is_boundary(k) or k in view.inside:
        return ev
    if _past_named_so(view.tokens, k) == k and not (
        view.core[k].startswith(_THE)
        or (
            k + 1 < len(view.tokens)
            and view.core[k + 1].startswith(_THE)
            and k + 1 not in view.inside
            and not view.is_boundary(k + 1)
        )
    ):
        return ev  # (a deed told by a definite noun, or a noun and its definite complement)
    target = _last_act_doers(view, ev, events, symmetric, sole=True)
    return replace(ev, target=target) if target else ev


def _crowd_before(view: DocView, i: int, lo: int) -> str | None:
    """The word right before verb ``i``, or before the ``قد`` of a pluperfect, bare: the crowd told as its
    subject before it (``المحتجون اقتحموا``، ``وكان آلاف المحتجين قد اقتحموا``)."""
    k = i - 2 if i - 1 > lo and view.core[i - 1] == MAY else i - 1
    return view.bare[k] if k >= lo else None


def _subject_just_before(view: DocView, i: int, source: Sequence[str]) -> bool:
    """A source named right before the verb at ``i``, or before the ``قد`` of a pluperfect: its subject,
    the verb active (وكان نظام صدام حسين قد قتل نحو 180 ألف كردي، إن الجيش قتل 500 شخص)."""
    k = i - 1
    if k > 0 and view.core[k] == MAY:
        k -= 1
    if k < 0 or view.tokens[k].sentence != view.tokens[i].sentence:
        return False
    end = view.tokens[k].end
    return any(m.end == end for e in view.doc.entities if e.id in source for m in e.mentions)


#: nouns of an offensive that may name its agent by their possessive pronoun alone (هجومها، عدوانها), bare
_OFFENSIVES = frozenset(bare(normalize(w)) for w in ("هجوم", "هجمات", "عدوان", "اعتداءات", "غارات"))


def _own_offensive(view: DocView, ev: Event) -> bool:
    """An attack told by its noun with the agent's pronoun on it (``كي تنهي إسرائيل هجومها``، ``تعطي
    إسرائيل فرصة لمتابعة عدوانها``) is kept with no target: a campaign of the named agent under way."""
    if ev.type != "ASSAULT" or ev.target or not ev.source:
        return False
    token = view.tokens[view.token_at(ev.trigger.start)]
    return has_suffix(token) and token.stem is not None and bare(normalize(token.stem.text)) in _OFFENSIVES


def _counted_victims(view: DocView, ev: Event) -> bool:
    """An attack of a named agent on people only counted is kept with no target: a killing, execution or
    kidnapping verb with a number of victims after it (قتلت قوات الأمن أكثر من 300 شخص، أعدم التنظيم 40
    مدنيا، خطفت حركة طالبان 23 من الكوريين، ثم قتلت اثنين منهم), or a noun of deaths with its agent named
    after the dead (مقتل سبعة رعاة على يد عناصر من الجيش المالي)."""
    if ev.type != "ASSAULT" or ev.target or not ev.source:
        return False
    i = view.token_at(ev.trigger.start)
    core = view.core[i]
    if bare(core) in _DEATHS:
        # مقتل سبعة رعاة على يد عناصر من الجيش المالي: the dead counted, their killer named after them
        return bool(_killed_by(view, i, view.bounds[view.tokens[i].sentence][1]))
    if not core.startswith(_COUNTED_VICTIMS) or has_suffix(view.tokens[i]):
        return False  # (اللواتي اختطفتهن: the victims named before)
    if (
        core in _COUNTED_VICTIMS
        and not any(
            m.start == view.tokens[i + 1].start
            for e in view.doc.entities
            if e.id in ev.source
            for m in e.mentions
            if i + 1 < len(view.tokens)
        )
        and not _subject_just_before(view, i, ev.source)
    ):
        return False  # the bare verb with no subject after it is a passive (وقتل فيها 26 شخصا)
    hi = min(view.bounds[view.tokens[i].sentence][1], i + 1 + _COUNTED_VICTIMS_REACH)
    for k in range(i + 1, hi):
        if view.tokens[k].text in _COMMAS or view.tokens[k].text in _CLAUSE_ENDS:
            return False
        if view.core[k].isdigit() or view.core[k] in number_words():
            # (not where the bare verb is a passive told of the count, قتل 92 جنديا, nor where the count
            # is of attackers named elsewhere, قتلت ثلاثة من المهاجمين)
            return not (core in _COUNTED_VICTIMS and k == i + 1) and not (
                k + 2 < hi and view.core[k + 2] in _ATTACKERS
            )
    return False


#: vessels, bare: an attack on one not named is news with no target (شنت القوات ضربة على قارب); one
#: vessel, not many (هجمات على السفن في البحر الأحمر: on the sea lane)
_VESSEL = frozenset(
    bare(normalize(w)) for w in ("سفينة", "ناقلة", "قارب", "قاربا", "زورق", "زورقا", "مدمرة", "بارجة")
)
_VESSELS = _VESSEL | frozenset(
    bare(normalize(w)) for w in ("سفينتين", "سفن", "سفنا", "ناقلات", "قوارب", "زوارق")
)
#: how many words after an attack the vessel it struck may stand (هجوم صاروخي على سفينة)
_VESSEL_REACH = 4
#: words before a vessel that make it no target: on board, a crew (على متن سفينة، طاقم الناقلة)
_NO_VESSEL_TARGET = frozenset(normalize(w) for w in ("متن", "طاقم"))


def _vessel_struck_at(view: DocView, i: int) -> str | None:
    """The vessel attack ``i`` struck, as a bare word, where one named by no one's name follows it shortly
    in its clause (``شنت القوات الأمريكية ضربة على قارب``، ``استهدفت قوات الجماعة سفينة شحن``); not a
    vessel it attacked with (``هجوم بزورق مسير``) nor one something happened on board (``على متن سفينة``)."""
    reach = _VESSEL_REACH  # (the agent's name after a verb does not count)
    for k in range(i + 1, view.bounds[view.tokens[i].sentence][1]):
        reach -= k not in view.inside
        if reach < 0 or view.is_boundary(k) or view.tokens[k].text in _COMMAS or k in view.clause_verbs:
            return None
        if (vessel := view.bare[k]) in _VESSELS:
            if "ب" in view.tokens[k].proclitics or view.core[k - 1] in _NO_VESSEL_TARGET:
                return None
            return vessel
    return None


def _vessel_struck(view: DocView, ev: Event) -> bool:
    """An attack of a named agent on a vessel named by no one's name is kept with no target
    (:func:`_vessel_struck_at`; ``دمرت إحدى مدمراتها قاربا``)."""
    if ev.type != "ASSAULT" or ev.target or not ev.source:
        return False
    return _vessel_struck_at(view, view.token_at(ev.trigger.start)) is not None


#: armed men no name tells, the other side of a clash after مع (مع مجموعات مسلحة، مع المهربين), bare
_UNNAMED_FOES = frozenset(
    bare(normalize(w))
    for w in ("مجموعة", "مجموعات", "مسلحين", "مهربين", "خاطفين", "عصابة", "عصابات", "متسللين", "مهاجمين")
)
#: how many words after a clash its مع may stand (اشتبكت فجرا مع)
_CLASH_WITH_REACH = 3


def _clash_with_unnamed(view: DocView, ev: Event) -> bool:
    """A clash of a named force with armed men no name tells is kept with no target (``اشتبكت قوات حرس
    الحدود فجر الخميس مع مجموعات مسلحة``، ``واشتبكت مع مجموعة من المهربين``، ``بعد اشتباك مع
    الخاطفين``): the fight is news, its other side is no one named."""
    if ev.type != "ASSAULT" or ev.target or not ev.source:
        return False
    i = view.token_at(ev.trigger.start)
    if not view.core[i].startswith(_CLASH_STARTS):
        return False
    hi = min(view.bounds[view.tokens[i].sentence][1], i + 1 + _CLASH_WITH_REACH + 1)
    for k in range(i + 1, hi - 1):
        if view.is_boundary(k) or view.tokens[k].text in _COMMAS:
            return False
        if view.core[k] == WITH:
            return view.bare[k + 1] in _UNNAMED_FOES and k + 1 not in view.inside
    return False


#: how far after an arrest or a release the من before the body of those held may come (عن عشرة من موظفي)
_MEMBERS_HELD_REACH = 5


def _person_arrested(doc: Document, view: DocView, ev: Event, events: Sequence[Event]) -> bool:
    """An arrest or a release of named persons by no one named is kept with no source: the arrest of a
    person is news whoever made it (``وكان الصحفي X قد اعتقل في مارس``، ``بعد توقيفه في أثينا``), and so
    is his release (``أفرجت مجموعة مسلحة عن الصحفي X``), unless told again of a release whose maker is
    named (``أفرجت روسيا عن X ... ورحب بالإفراج عن X``)."""
    if (ev.type, ev.mode) not in (("COERCE", _ARREST), _RELEASE) or ev.source or not ev.target:
        return False
    if (ev.type, ev.mode) == _RELEASE and any(
        (other.type, other.mode) == _RELEASE and other.source and set(other.target) & set(ev.target)
        for other in events
    ):
        return False
    # (and so are members of a body counted, who stand for it: اعتقال 25 ناشطا من حركة كفاية، أفرجت جماعة
    # مسلحة عن عشرة من موظفي القنصلية التونسية)
    held = [e.type for e in doc.entities if e.id in ev.target]
    return all(t == "PER" for t in held) or (
        all(t in ("PER", "ORG") for t in held) and _members_held(view, ev)
    )


#: how many words after a release the nationality of the people it frees may stand (أفرجوا عن أربعة بحارة
#: أردنيين)
_RELEASED_NATIONALS_REACH = _PEOPLE_REACH + 2


def _nationals_released(view: DocView, ev: Event) -> bool:
    """A release verb with no one named as its doer, of unnamed people told by their nationality or by
    their country after من (``أن قراصنة صوماليين أفرجوا عن أربعة بحارة أردنيين``، ``أفرجوا عن ثلاثة
    بحارة من كوريا الجنوبية``), is kept with no source: their country, named, is the one whose people are
    let go, whoever held them (not a noun's, which may only name the deal or its other side: إطلاق
    الولايات المتحدة سراح X مقابل الإفراج عن مواطنين أميركيين)."""
    if (ev.type, ev.mode) != _RELEASE or ev.source or not ev.target:
        return False
    i = view.token_at(ev.trigger.start)
    if i not in view.verbs:
        return False
    hi = min(view.bounds[view.tokens[i].sentence][1], i + 1 + _RELEASED_NATIONALS_REACH)
    for k in range(i + 1, hi):
        if k in view.inside:
            continue
        if view.nationality_country(k) in ev.target:
            return True
        if view.core[k] == FROM and (land := view.at.get(k + 1)) is not None:
            return land.etype == "GPE" and bool(set(land.entities) & set(ev.target))
    return False


def _members_held(view: DocView, ev: Event) -> bool:
    """The body that is the target of an arrest or a release is named after people counted right after
    its trigger and من, a word for them between or not (``اعتقال 25 ناشطا من حركة كفاية``، ``عن عشرة من
    موظفي القنصلية``): its members are those held."""
    i = view.token_at(ev.trigger.start)
    if view.core[i] in _AGENTLESS:
        return False  # (an exchange's people are both sides': تبادل 200 أسير من الجانبين)
    if (ev.type, ev.mode) == _RELEASE:
        # (counted after the particle, past the setting of the release: أفرجت جماعة مسلحة في طرابلس يوم
        # الجمعة عن عشرة من موظفي القنصلية)
        i = next(
            (
                k
                for k in range(i + 1, min(i + 1 + _MEMBERS_HELD_REACH * 2, len(view.core)))
                if view.core[k] in _RELEASE_PARTICLES
            ),
            i,
        )
    for k in range(i + 1, min(i + 1 + _MEMBERS_HELD_REACH, len(view.core) - 1)):
        if view.is_boundary(k) or k in view.inside:
            return False
        if view.core[k] == FROM:
            if not any(view.in_amount(j) for j in range(i + 1, k)):
                return False
            body = view.actor(k + 1) or (view.actor(k + 2) if k + 2 < len(view.core) else None)
            return body is not None and bool(set(body.entities) & set(ev.target))
    return False


def _imposing_verb(view: DocView, end: int, hi: int) -> int | None:
    """The verb of imposing of a relative clause right after what is lifted, its words ending at ``end``,
    or its adjectives (``رفع العقوبات الاقتصادية التي فرضتها``), else None."""
    k = end + 1
    while k < min(hi - 1, end + 1 + _IMPOSED_REACH) and view.core[k] not in RELATIVES:
        if k in view.inside or view.is_boundary(k):
            return None
        k += 1
    if k >= hi - 1 or view.core[k] not in RELATIVES:
        return None
    verb = view.norm[k + 1]  # (its ف no proclitic: فرضها)
    if not (verb.startswith(_IMPOSE) or (verb[:1] in IMPERFECT_PREFIXES and verb[1:].startswith(_IMPOSE))):
        return None
    return k + 1


def _imposed_on(view: DocView, end: int, hi: int) -> list[str]:
    """Whom what is lifted, its words ending at ``end``, was imposed on: the actor after على in the relative
    clause of imposing right after it or its adjectives (``رفع العقوبات الاقتصادية التي فرضتها على النيجر``،
    ``الحصار الذي تفرضه إسرائيل على غزة``), else []."""
    k = _imposing_verb(view, end, hi)
    if k is None:
        return []
    for m in range(k + 1, min(hi - 1, k + 1 + _IMPOSED_ON_REACH)):
        if view.is_boundary(m):
            return []
        if view.core[m] == ON and (a := view.actor(m + 1)) is not None:
            return list(view.group_after(a)[0])
    return []


def _standing_sanction(view: DocView, ev: Event) -> bool:
    """A sanction in force on those named after ``المفروضة على``, by no one named, is kept with no source:
    it is told as standing whoever imposed it (``العقوبات الغربية المفروضة على سوريا``، ``الحصار المفروض
    على غزة``)."""
    if ev.type != "SANCTION" or ev.source or not ev.target:
        return False
    i = view.token_at(ev.trigger.start)
    return any(
        view.bare[k] in _IMPOSED and view.core[k + 1] == ON
        for k in range(i + 1, min(i + 1 + _IMPOSED_REACH, len(view.core) - 1))
    )


def _person_convicted(doc: Document, view: DocView, readings: list[Reading], ev: Event) -> bool:
    """A conviction of named persons told by the passive is kept with no source: no court is named, the
    one convicted is the news (``الشاب X الذي أدين بتهمة الحرابة``، ``اللذين أدينا في قضية إرهاب``)."""
    if (ev.type, ev.mode) != _CONVICTION or ev.source or not ev.target:
        return False
    entries = readings[view.token_at(ev.trigger.start)][0]
    return any(e.frame.passive and (e.type, e.mode) == _CONVICTION for e in entries) and all(
        e.type == "PER" for e in doc.entities if e.id in ev.target
    )


#: how many words before a verdict noun the court no name gives may stand, past the verb that issues it
#: (أصدرت محكمة في إسطنبول حكما بسجن X)
_UNNAMED_COURT_REACH = 3
#: a court with no article, named by no name (قضت محكمة روسية، أصدرت محكمة في إسطنبول), normalised
_A_COURT = normalize("محكمة")


def _unnamed_court_at(view: DocView, ev: Event) -> int | None:
    """Where the court no name gives that passes the sentence ``ev`` codes stands, the event naming no
    source and someone sentenced: the word right after the verb (``قضت محكمة روسية بسجن المعارض X``) or
    before the verdict noun (``أصدرت محكمة في إسطنبول حكما بسجن X``), with no article and heading no
    construct (not a court the entity layer missed: لدى محكمة الاستئناف بالدار البيضاء); else None."""
    if (ev.type, ev.mode) != _CONVICTION or ev.source or not ev.target:
        return None
    i = view.token_at(ev.trigger.start)
    sentence = view.tokens[i].sentence
    return next(
        (
            k
            for k in range(max(0, i - _UNNAMED_COURT_REACH), min(i + 2, len(view.core) - 1))
            if view.core[k] == _A_COURT
            and not view.tokens[k].proclitics
            and view.tokens[k].sentence == sentence
            and not view.core[k + 1].startswith("ال")
        ),
        None,
    )


def _court_country(view: DocView, ev: Event) -> Event:
    """A sentence passed by a court no name gives, told by its nationality, is the country's where the
    text names it (``وكانت محكمة إيرانية قد حكمت على X بالسجن``: Iran's); else ``ev``."""
    k = _unnamed_court_at(view, ev)
    if k is None or (country := view.nationality_country(k + 1)) is None or country in ev.target:
        return ev
    return replace(ev, source=(country,))


#: the ending of a plural circumstantial participle (متهمين، منددين), normalised
_PLURAL_PARTICIPLE = normalize("ين")


def _unnamed_accuser(view: DocView, ev: Event) -> bool:
    """An accusation by people or bodies no name gives is kept with no source where its words tell them
    (``وانتقد نواب أوروبيون المفوضية``، ``واتهمت منظمات غير حكومية الشرطة بالعنف``، ``وتجمع المحتجون أمام
    البلدية، واتهموا الحكومة``), or a plural participle after a comma, whose subject is the crowd of its
    clause (``واعتصم عشرات العمال أمام المصنع، متهمين الإدارة``): who is blamed is the news."""
    if ev.type != "ACCUSE" or ev.source or not ev.target:
        return False
    i = view.token_at(ev.trigger.start)
    return (
        view.indefinite_unnamed_subject(i)
        or (view.plural_verb(view.tokens[i]) and view.unnamed_plural_before(i))
        or (i > 0 and view.tokens[i - 1].text in _COMMAS and view.core[i].endswith(_PLURAL_PARTICIPLE))
        # (a relative clause on the one blamed: ساماك، الذي يتهمونه بالفساد)
        or (has_suffix(view.tokens[i]) and _unnamed_doer_relative(view, i))
    )


#: verbs of facing or undergoing criticism, normalised beginnings (واجه بلير انتقادات، تعرضت الحكومة
#: لانتقادات): their subject is the one criticised
_CRITICISM_UNDERGONE = tuple(normalize(w) for w in ("واجه", "تواجه", "يواجه", "تعرض", "يتعرض", "تتعرض"))
#: accusations and criticism named as plural nouns with whom they are against (الانتقادات ضد كلينتون، اتهامات
#: إسرائيلية للوكالة), bare: the one blamed is the news even where no accuser is named
_CHARGES_FACED = frozenset(bare(normalize(w)) for w in ("انتقادات", "اتهامات"))


def _criticism_faced(view: DocView, ev: Event) -> bool:
    """Criticism or charges an actor faces or undergoes (``ويواجه بلير انتقادات في وسائل الإعلام``،
    ``تعرضت الحكومة لانتقادات حادة``), or named as plural nouns against it (``هذه الانتقادات الجديدة ضد
    كلينتون``), are kept with no source where no critic is named: who is blamed is the news."""
    if ev.type != "ACCUSE" or ev.source or not ev.target:
        return False
    core = view.core[view.token_at(ev.trigger.start)]
    return core.startswith(_CRITICISM_UNDERGONE) or bare(core) in _CHARGES_FACED


def _one_sided_types(entries: Sequence[str]) -> frozenset[tuple[str, str]]:
    """The (type, missing side) pairs of ``TYPE:source`` / ``TYPE:target`` entries (the config's
    ``event_one_sided_dropped``)."""
    out = set()
    for entry in entries:
        etype, _, side = entry.partition(":")
        if etype not in PLOVER_TYPES or side not in (_SOURCE, _TARGET):
            raise ConfigError(f"event_one_sided_dropped: {entry!r} is not TYPE:source or TYPE:target")
        out.add((etype, side))
    return frozenset(out)


def _one_sided_meetings(view: DocView, events: list[Event]) -> list[Event]:
    """Meetings, visits and calls are between two sides: one that names a single actor, the other left
    unnamed, was most often misread (اجتماعها الوزاري: a body's own session; استقبل X وفدا: a delegation
    that stands for no one; a visit to a town), and is not kept, but for a meeting a body holds (عقد
    مجلس الأمن اجتماعا طارئا): a multilateral session; nor for a visit to a prison (``زار وزير الداخلية X
    السجن``): an inspection of those held, which has no host."""
    return [
        ev
        for ev in events
        if ev.type != "CONSULT"
        or len({*ev.source, *ev.target}) > 1
        or normalize(ev.trigger.text).startswith(_HOLDING)
        or _prison_visit(view, ev)
    ]


def _prison_visit(view: DocView, ev: Event) -> bool:
    """Event ``ev`` is a visit by its source alone, told by the verb, with a prison named a few words on in
    its clause, the place visited (``زار وزير الداخلية اللبناني بسام المولوي السجن``)."""
    if ev.target or not bare(normalize(ev.trigger.text)).startswith(_VISITED):
        return False  # (the verb: a visit's noun is mostly the talks held on it, or one allowed)
    i = view.token_at(ev.trigger.start)
    for k in range(i + 1, min(len(view.bare), i + 1 + _PRISON_VISIT_REACH)):
        if view.is_boundary(k):
            return False
        if view.bare[k] in _PRISONS_VISITED:
            return True
    return False


#: the verb of visiting (زار، زارت), normalised; a prison visited (زار السجن، زار معتقل X), bare; how far
#: after the verb it is named (past the visitor: زار وزير الداخلية اللبناني بسام المولوي السجن)
_VISITED = normalize("زار")
_PRISONS_VISITED = frozenset(bare(normalize(w)) for w in ("سجن", "السجن", "معتقل", "سجون", "زنزانة"))
_PRISON_VISIT_REACH = 8


#: a draft resolution (مشروع قرار), the verbs its authors put it forward with (قدمته، تقدمت به), and how
#: far after a veto it may be named
_DRAFT = normalize("مشروع")
_RESOLUTION = normalize("قرار")
_PUT_FORWARD = frozenset(
    normalize(w)
    for w in (
        *("قدم", "قدمت", "قدمتا", "تقدم", "تقدمت", "صاغ", "صاغت", "أعد", "أعدت", "وزع", "وزعت"),
        *("اقترح", "اقترحت", "اقترحتا"),
    )
)
_DRAFT_REACH = 14
#: how many words after the draft the verb its authors put it forward with may come
_DRAFT_VERB_REACH = 8


def _draft_authors(view: DocView, end: int, hi: int) -> list[str]:
    """The actors who put forward the draft resolution named after a veto ending at token ``end``
    (حق النقض ضد مشروع قرار قدمته سويسرا والبرازيل، تقدمت به الكويت), or the draft that ends there
    (أسقطت روسيا مشروع قرار قدمته سويسرا), else none."""
    for k in range(end - 1, min(end + _DRAFT_REACH, hi - 2)):
        if view.is_hard(k):
            return []
        if view.core[k] != _DRAFT or view.bare[k + 1] != _RESOLUTION:
            continue
        v = k + 2
        if view.core[v] == _IN_PREP and (council := view.at.get(v + 1)) is not None and council.last + 1 < hi:
            v = council.last + 1  # مشروع قرار في مجلس الأمن قدمته X: past where it was put
        # the verb, past a relative or a few words of what the draft is for (مشروع القرار الذي تقدمت
        # به مصر، مشروع قرار لوقف إطلاق النار في غزة تقدمت به الإمارات)
        for put in range(v, min(v + _DRAFT_VERB_REACH, hi)):
            if view.is_boundary(put) or ((m := view.at.get(put)) is not None and m.etype not in PLACE_TYPES):
                return []
            verb = view.tokens[put]
            form = verb.stem.text if verb.stem is not None and has_suffix(verb) else view.core[put]
            if normalize(form) in _PUT_FORWARD:
                break
        else:
            return []
        j = put + 1
        if j < hi and view.pronoun_pp(j):
            j += 1  # تقدمت به الكويت
        a = view.actor(j) if j < hi else None
        return view.group_after(a)[0] if a is not None else []
    return []


def _session_called_of(view: DocView, i: int, hi: int) -> list[str]:
    """The body whose meeting or session the call at token ``i`` asks for: the actor with ل right after a
    noun of meeting, or after it and one adjective, a few words after the call (``دعت روسيا إلى اجتماع
    طارئ لمجلس الأمن الدولي``، ``طالبت الوزيرة X بعقد اجتماع طارئ لمنظمة الدول الأميركية``); else none."""
    for k in range(i + 1, min(hi, i + _SESSION_REACH)):
        if view.is_hard(k):
            return []
        if view.bare[k] in _SESSIONS_CALLED:
            for j in range(k + 1, min(hi, k + 3)):
                if (m := view.actor(j)) is not None:
                    return list(m.entities) if m.prep == "ل" else []
            return []
    return []


#: how many tokens after a call the meeting it asks for may be named (past its subject and عقد)
_SESSION_REACH = 10
#: nouns of a meeting or session a call may ask a body to hold, bare
_SESSIONS_CALLED = frozenset(
    bare(normalize(w)) for w in ("اجتماع", "اجتماعا", "جلسة", "قمة", "دورة", "اجتماعات", "جلسات")
)


#: how many tokens after a vessel's name its owner may be named, past quotation marks (المملوكة لشركة «X»)
_VESSEL_OWNER_REACH = 6


def _vessel_owner(view: DocView, entity: str, i: int, hi: int) -> list[str]:
    """The owner named right after vessel ``entity`` where it is named after token ``i`` (ناقلة النفط
    «هانكوك تشيمي» المملوكة لشركة «دي إم شيبينغ»), else none."""
    if view.entities[entity].type != "VEH":
        return []
    for k in range(i + 1, hi):
        m = view.at.get(k)
        if m is None or entity not in m.entities:
            continue
        for j in range(m.last + 1, min(m.last + 1 + _VESSEL_OWNER_REACH, hi)):
            owner = view.at.get(j)
            if owner is not None and view.owned_by(owner) and owner.etype not in PLACE_TYPES:
                return list(owner.entities)
        return []
    return []


#: the event types whose unnamed object stands for the owner named after it (COERCE: seizures, bans)
_SEIZED_OWNER_TYPES = frozenset({"COERCE", "SANCTION"})
#: "belonging to", before ل and the owner (أجهزة تعود لشركة جوال), bare
_BELONGING_TO_OWNER = frozenset(bare(normalize(w)) for w in ("تعود", "يعود", "العائدة", "العائد"))
#: verbs of owning or running what is seized, in a relative clause on it (التي تديرها شركة X), their stems
_OWNING = tuple(normalize(w) for w in ("تدير", "يدير", "تملك", "يملك", "تشغل", "يشغل"))
#: how many tokens after the act its object's owner may be named (past its subject, a time and the object)
_SEIZED_OWNER_REACH = 16


def _seized_owner(view: DocView, i: int, hi: int, source: Sequence[str]) -> list[str]:
    """The owner named after ل in the object of act ``i`` in its sentence (``المملوكة لشركة X``، ``التابع
    لشركة X``، ``تعود لشركة X``), or as the subject of a relative clause of owning or running on it (``التي
    تديرها شركة X``), no place nor one of ``source``: whom seizing it is done to."""
    for k in range(i + 1, min(hi, i + 1 + _SEIZED_OWNER_REACH)):
        if view.core[k] in RELATIVES and any(
            view.core[j].startswith(_OWNING) for j in range(k + 1, min(hi, k + 3))
        ):
            # محطة الحاويات التي تديرها شركة X، المصانع التي يملكها بنك X: who runs or owns it
            found = view.relative_agent(k - 1, hi)
            return [e for e in found[0] if e not in source] if found is not None else []
        if view.is_hard(k) or (k in view.clause_verbs and view.bare[k] not in _BELONGING_TO_OWNER):
            break  # (nor past another verb: اعتقل ثلاثة أشخاص قالت إنهم تلقوا تدريبا في معسكرات تابعة لX)
        a = view.actor(k)
        if a is None or a.first != k or a.prep != "ل" or a.etype in PLACE_TYPES:
            continue
        at = a.prep_at if a.prep_at is not None else a.first
        if not (view.owned_by(a) or (at > 0 and view.bare[at - 1] in _BELONGING_TO_OWNER)):
            continue
        before = view.mention_ending_at(at - 2) if at >= 2 else None
        if before is not None and any(e in source for e in before.entities):
            break  # القوة التنفيذية التابعة لحماس: the actor's own affiliation
        return [e for e in a.entities if e not in source]
    return []


def _small_place(view: DocView, entity: str, lo: int, hi: int) -> bool:
    """``entity`` is a town named in tokens ``[lo, hi)`` after a noun of a small place (بلدة مضايا، معبر
    رفح): a place, not the government or people a town may stand for (إلى كييف، إلى مدينة جنين)."""
    if not is_town(view.entities[entity]):
        return False
    return any(
        (m := view.at.get(k)) is not None
        and entity in m.entities
        and k > lo
        and view.bare[k - 1] in _SMALL_PLACES
        for k in range(lo, hi)
    )


def _below_country(entity: Entity) -> bool:
    """``entity`` is a town, or a province or region of a country (``ريف دمشق``), by its knowledge-base
    id: where people come from, not a party."""
    return is_town(entity) or (entity.kb_id or "").startswith(_REGION_ID_PREFIX)


def _own_country(view: DocView, entity: str, source: Sequence[str]) -> bool:
    """``entity`` is a country or city of the one person ``source`` names."""
    return (
        len(source) == 1
        and view.entities[source[0]].type == "PER"
        and view.entities[entity].type == "GPE"
        and _own_state(view, [entity], source)
    )


def _own_state(view: DocView, agents: Sequence[str], judges: Sequence[str]) -> bool:
    """Each of ``agents`` is the judges' own state: a country or city of theirs (``وانتقدت الخارجية المغربية
    القرار`` after ``الرباط``), or anyone of the same country where a judge is a country (``وانتقدت الجزائر
    القرار`` after its president); a body may judge its own state's other bodies (an opposition party)."""
    if not agents or not judges:
        return False
    states = all(view.entities[j].type == "GPE" for j in judges)
    return all(view.same_side(a, judges) and (states or view.entities[a].type == "GPE") for a in agents)


def _crowd_place(view: DocView, i: int, lo: int, hi: int) -> list[str]:
    """The place a crowd an act at ``i`` is aimed at (``على المتظاهرين``، ``على الحشود``) was in: named
    right after the crowd (``في ساحة التحرير``), else last named before the act in its sentence; [] where
    the act is aimed at no crowd."""
    crowd = next(
        (
            k + 1
            for k in range(i + 1, min(hi - 1, i + 1 + _CROWD_FIRED_REACH))
            if view.core[k] == ON and view.bare[k + 1] in _FIRED_ON_CROWDS
        ),
        None,
    )
    if crowd is None:
        return []
    for j in range(crowd + 1, min(hi, crowd + 1 + _CROWD_PLACE_REACH)):
        if view.is_boundary(j):
            break
        if (m := view.at.get(j)) is not None:
            return list(m.entities) if m.etype in PLACE_TYPES else []
    for j in range(i - 1, lo - 1, -1):
        if (m := view.at.get(j)) is not None and m.etype in PLACE_TYPES:
            return list(m.entities)
    return []


#: crowds an act of violence is aimed at, bare (أطلقت الشرطة النار على المحتجين، على الحشود، على مصلين), how
#: far after the act they may stand, and how far after them the place they were in
_FIRED_ON_CROWDS = frozenset(
    bare(normalize(w))
    for w in ("المتظاهرين", "متظاهرين", "المحتجين", "محتجين", "الحشود", "الحشد", "المصلين", "مصلين")
)
_CROWD_FIRED_REACH = 6
_CROWD_PLACE_REACH = 4


#: the type of a pledge or promise: a step taken, whoever it is made to
_PLEDGE = "CONCEDE"
#: words for the start or the outcome of an act before its noun (بانطلاق المحادثات، بنتائج القمة), bare
_OUTCOMES = frozenset(bare(normalize(w)) for w in ("نتائج", "نتيجة", "مخرجات"))
_OUTSET_WORDS = ONSETS | _OUTCOMES | frozenset({bare(normalize("صدور"))})
#: a campaign or a wave of acts, before the acts' definite noun (ندد X بحملة الاعتقالات), bare
_CAMPAIGNS = frozenset(bare(normalize(w)) for w in ("حملة", "حملات", "موجة"))
#: the type of a deal: what talks' outcome is
_AGREEMENT = "AGREE"
#: how many sentences back a definite verbal noun after a stance verb may refer to an act of its own kind
#: (اقتحمت قوات الاحتلال المسجد ... وأمهلت الفصائل إسرائيل ... وأدان الأزهر الاعتداءات; تعرضت أربيل
#: لهجوم تبناه الحرس الثوري ... واستدعت ... وأكد ... ودانت واشنطن الهجوم)
_KIND_TOLD_REACH = 3
_DEED_TOLD_REACH = 2


def _object_genitive(view: DocView, i: int, first: ActorMention | None, through: range) -> bool:
    """The actor ``first`` after the noun at ``i`` stands past the noun's own object, a prepositional
    one (``الاعتراف بدولة فلسطين``): the object's genitive, no agent of the noun."""
    return (
        first is not None
        and bool(through)
        and i < through.start < first.first
        and bool(set(view.tokens[through.start].proclitics) & PREP_CLITICS)
    )


def _alleged_before(
    view: DocView, mentions: list[ActorMention], source: Sequence[str], a: ActorMention, start: int
) -> bool:
    """Between the subject of a verb of accusing and actor ``a`` stand its object, words naming no actor,
    and then what it alleges after ب (``اتهم أردوغان الجامعات المغلقة بالارتباط بحركة غولن``، ``اتهم
    السراج دولا إقليمية بتزويد قوات حفتر``): ``a`` is in what is alleged, not the accused."""
    begin = max((m.last + 1 for m in mentions if m.entities[0] in source and m.last < a.first), default=start)
    words = [k for k in range(begin, a.first) if k not in view.inside]
    return (
        bool(words)
        and "ب" not in view.tokens[words[0]].proclitics
        and any("ب" in view.tokens[k].proclitics for k in words[1:])
    )


def _accused_after(
    view: DocView, readings: list[Reading], i: int, hi: int, source: Sequence[str]
) -> list[str]:
    """Whom the condemnation of a deed at ``i`` is aimed at where its subject goes on to accuse them in a
    circumstantial participle after a comma, before any other verb of the sentence (``انتقدت X الاتفاق،
    متهمة واشنطن بابتزاز كييف``): the one named right after it, one accusation told twice (not one asked
    in a participle of demand: ``أدانت X الحادث، مطالبة الحكومة بـ``)."""
    for k in range(i + 1, hi - 1):
        if k in view.participles and view.tokens[k - 1].text in _COMMAS:
            if not any(e.lemma == _ACCUSING for e in readings[k][0]):
                return []
            a = view.at.get(k + 1)
            return [e for e in view.group_after(a)[0] if e not in source] if a and a.prep is None else []
        if k in view.clause_verbs:
            return []
    return []


def _retaliation_for_attacks(
    view: DocView, readings: list[Reading], i: int, hi: int, source: Sequence[str] = ()
) -> bool:
    """A reply on attacks referred back to follows the threat at ``i`` in its clause (``بالرد على «هذه
    الهجمات الإرهابية»``، ``بالرد على الهجوم``), or the attacks' perpetrators are threatened (``توعد X
    منفذي الهجوم بالملاحقة``، ``بملاحقة منفذي الهجوم``): the attacks' noun definite or after a
    demonstrative. Counted past the threat's ``source`` named after it and quotation marks (``وتوعد وزير
    الداخلية سليمان صويلو بملاحقة منفذي الهجوم``، ``بـ"انتقام قاس" من منفذي الهجوم``)."""
    start = view.past_named(i, min(hi, i + _THREAT_SUBJECT_REACH), source, i)
    words = 0
    for k in range(i, hi - 2):
        if k > i and view.is_boundary(k) and view.tokens[k].text not in QUOTE_MARKS:
            return False
        if k >= start and view.tokens[k].text not in QUOTE_MARKS:
            words += 1
            if words > _RETALIATION_REACH:
                return False
        if view.bare[k] in _PERPETRATORS:
            m = k + 1
        elif view.core[k] in _REPLY and view.core[k + 1] == ON:
            m = k + 2
        else:
            continue
        while m < hi - 1 and (view.tokens[m].text in QUOTE_MARKS or view.core[m] in DEMONSTRATIVES):
            m += 1
        deed = m < hi and any(e.type == "ASSAULT" for e in readings[m][0])
        return deed and (view.core[m].startswith("ال") or view.core[m - 1] in DEMONSTRATIVES)
    return False


def _reply_in_kind(view: DocView, i: int, hi: int) -> bool:
    """The threat at ``i`` is of a reply on no one named (``بالرد``، ``بإجراءات مماثلة``، ``بالمثل``)."""
    for k in range(i + 1, min(hi, i + _RETALIATION_REACH)):
        if view.is_boundary(k):
            return False
        if view.core[k] in _REPLY:
            on = k + 1
            if on < hi and view.tokens[on].text in QUOTE_MARKS:
                # بالرد «بشكل فوري وحازم» على أي اعتداء: how it replies quoted, what it replies on after
                on = next((j + 1 for j in range(on + 1, hi) if view.tokens[j].text in QUOTE_MARKS), on)
            if not (on < hi and view.core[on] == ON):
                return True
        if view.core[k] == _LIKEWISE or (
            view.bare[k] in _MEASURES and k + 1 < hi and view.core[k + 1] in _SIMILAR
        ):
            return True
    return False


def _firm_reply(view: DocView, i: int, hi: int) -> bool:
    """The response at ``i`` is one in kind (``بالمثل``، ``بإجراءات مماثلة``) or a firm one right after
    it (``بقوة``، ``بحزم``)."""
    return _reply_in_kind(view, i, hi) or (i + 1 < hi and normalize(view.tokens[i + 1].text) in _FIRMLY)


def _replied_on(view: DocView, i: int, hi: int, source: Sequence[str]) -> list[str]:
    """The actors named after the على of the response at ``i`` in its clause, quotes passed over
    (``سترد بقوة «على أي اعتداء تشنه حماس»``، ``على أي استفزاز من جانب سيول وواشنطن``)."""
    on = next((k for k in range(i + 1, min(hi, i + _RETALIATION_REACH)) if view.core[k] == ON), None)
    if on is None:
        return []
    for k in range(on + 1, min(hi, i + 2 * _RETALIATION_REACH)):
        if view.is_boundary(k) and view.tokens[k].text not in QUOTE_MARKS:
            return []
        if (a := view.actor(k)) is not None:
            return [e for e in view.group_after(a)[0] if e not in source]
    return []


#: keeping the right to respond (احتفظ بحق الرد، احتفاظ), normalised lemmas
_KEEPING_RIGHT = frozenset(normalize(w) for w in ("احتفظ", "احتفاظ"))
#: the firmness a response is made with (سترد بقوة، بحزم), normalised
_FIRMLY = frozenset(normalize(w) for w in ("بقوة", "بحزم", "بحسم", "بصرامة", "بشدة", "بقسوة"))


def _threatened_by_act(view: DocView, i: int, hi: int, source: Sequence[str]) -> list[str]:
    """The one a threat at ``i`` names as the object of the act threatened, a ب noun right after the
    verb (``هدد X بفسخ العقد مع شركة هيسباسات``، ``باستهداف قناة طلوع``، ``بنقل المباريات من مدينة
    بوسطن``), or the country of a nationality there that is not the threatener's own (``بفرض رسوم على
    السيارات اليابانية``، ``بإسقاط أي مسيرة إسرائيلية``), up to the condition, a comma or a verb; not
    where that object is (``في باريس``)."""
    # past the subject after the verb, titles and all (هدد القائد العام للقوات المسلحة الفريق أول X بضرب)
    start = view.past_named(i, i + _THREAT_SUBJECT_REACH, source, i + 1)
    k = next(
        (
            k
            for k in range(start, min(hi, start + _THREAT_ACT_REACH))
            # (or a response, برد read as one word: توعد برد قاس على أي اعتداء)
            if "ب" in view.tokens[k].proclitics or view.norm[k] == _BY_RESPONSE
        ),
        None,
    )
    if k is None or k in view.inside or any(view.is_boundary(c) for c in range(i + 1, k)):
        return []
    for m in range(k + 1, min(hi, k + 1 + _THREAT_OBJECT_REACH)):
        token = view.tokens[m]
        if m in view.clause_verbs and _hostile_act_by(view, m, hi):
            # برد قاس على أي اعتداء تشنه إسرائيل: the one whose attack the response would answer
            doer = view.group_after(view.at[m + 1])[0]
            return [e for e in doer if e not in source and not _own_state(view, [e], source)]
        if (
            token.text in _COMMAS
            or view.is_boundary(m)
            or view.core[m] in CONDITIONALS
            or m in view.clause_verbs
            or view.whoever(m, hi)  # (بفرض عقوبات على كل من يعرقل تشكيل الحكومة: no one named)
        ):
            return []
        a = view.at.get(m)
        if a is None:
            owner = view.nationality_country(m) if m not in view.inside else None
            if owner is not None and owner not in source and not _own_state(view, [owner], source):
                return [owner]
            continue
        if a.prep in (_IN_PREP, "ب") and a.etype in PLACE_TYPES:
            return []
        named = [e for e in view.group_after(a)[0] if e not in source and not _own_state(view, [e], source)]
        return named if a.prep in _THREAT_OBJECT_PREPS else []
    return []


#: hostile acts a response is threatened against, told by a noun with a relative clause naming their doer
#: (برد قاس على أي اعتداء تشنه إسرائيل، على أي هجوم يشنه), bare
_ANSWERABLE_ACTS = frozenset(
    bare(normalize(w))
    for w in ("اعتداء", "هجوم", "عدوان", "ضربة", "غزو", "تدخل", "هجمات", "اعتداءات", "غارة")
)


#: "with a response" as the tokenizer may leave it, one word (برد "cold"), normalised
_BY_RESPONSE = normalize("برد")


def _hostile_act_by(view: DocView, m: int, hi: int) -> bool:
    """Verb ``m`` opens a relative clause on a hostile act's noun right before it, its pronoun resuming that
    noun, and a named actor its subject right after it (``على أي اعتداء تشنه إسرائيل``)."""
    return (
        view.bare[m - 1] in _ANSWERABLE_ACTS
        and has_suffix(view.tokens[m])
        and m + 1 < hi
        and (doer := view.at.get(m + 1)) is not None
        and doer.prep is None
    )


#: how far after a threat its subject may open, how far after the verb or subject its ب act may stand,
#: and how far after that act its object
_THREAT_SUBJECT_REACH = 10
_THREAT_ACT_REACH = 6
_THREAT_OBJECT_REACH = 8
#: the prepositions before the object of an act threatened (none, a genitive, على، ضد، عن، مع، من)
_THREAT_OBJECT_PREPS = frozenset(
    {None, GENITIVE_IN_PP, ON, WITH, FROM, *(normalize(w) for w in ("ضد", "عن"))}
)


#: "in kind" (بالمثل), measures "of the same kind" (بإجراءات مماثلة), normalised
_LIKEWISE = normalize("المثل")
_MEASURES = frozenset(bare(normalize(w)) for w in ("إجراءات", "خطوات", "تدابير"))
_SIMILAR = frozenset(normalize(w) for w in ("مماثلة", "مماثل", "مشابهة"))


def _country_actor(view: DocView, country: str) -> list[str]:
    """The entity of the country of code ``country`` (or the UN), when the text names it (or a city
    standing for it, ``metonym_of``): a city of the country is not the country."""
    ents = view.doc.entities
    if country == _UN:
        return [e.id for e in ents if e.kb_id == _UN_ID][:1]
    # (a second country entry of one code is told apart by a suffix: geo:PSE:palestine)
    places = [e.id for e in ents if e.kb_id and e.kb_id.split(":")[:2] == ["geo", country]]
    return (places or [e.id for e in ents if e.metonym_of == country and e.type == "GPE"])[:1]


def _country_forces(view: DocView, country: str, k: int) -> list[str]:
    """The entity of the army of the country of code ``country`` the text names, the first named: an
    attack told at token ``k`` by its nationality alone is its army's (``غارة إسرائيلية``، and then ``وقال
    الجيش الإسرائيلي إنه استهدف``); not an army named before it in its sentence and not read as its
    agent, which tells of it (``أعلن الجيش الأميركي أن 13 مسلحا قتلوا في ضربة جوية أميركية``)."""
    sentence = view.tokens[k].sentence
    told = {
        e for j, a in view.at.items() if j < k and view.tokens[j].sentence == sentence for e in a.entities
    }
    armies = (
        e.id
        for e in view.doc.entities
        if e.type == "ORG"
        and e.sector == _FORCE
        and e.country == country
        and normalize(e.name.split()[0]) in _ARMY
    )
    return [e for e in armies if e not in told][:1]


def _is_assault(ev: Event) -> bool:
    return ev.type == "ASSAULT"


#: "reply" (بالرد على), without its proclitics, and how far after a threat it may stand
_REPLY = frozenset(normalize(w) for w in ("رد", "الرد"))
#: the perpetrators of a deed, in the construct state (منفذي الهجوم), bare
_PERPETRATORS = frozenset(bare(normalize(w)) for w in ("منفذي", "منفذو", "مرتكبي", "مرتكبو"))
_RETALIATION_REACH = 6


def _a_ruling(doc: Document, ev: Event) -> bool:
    """``ev`` is told by a ruling, warrant or decree (أصدرت المحكمة مذكرة توقيف بحق X), or is a court's
    (ردت المحكمة طعن الوزارة): a deed of its source, whoever it is aimed at."""
    form = bare(normalize(doc.text[ev.trigger.start : ev.trigger.end]))
    if form in _RULINGS or form[1:] in _RULINGS or form.startswith(_WARRANT):  # (مذكرتي توقيف)
        return True
    return any(e.id in ev.source and normalize(e.name.split()[0]) in _COURTS for e in doc.entities)


#: rulings, warrants and decrees (bare): what a stance on "the decision" after one refers to
_RULINGS = frozenset(
    bare(normalize(w))
    for w in ("مذكرة", "قرار", "قرارا", "حكم", "حكما", "أحكام", "أحكاما", "مرسوم", "مرسوما")
)
#: the stem of a warrant, bare: its dual and plural too (مذكرتي توقيف، مذكرات اعتقال)
_WARRANT = bare(normalize("مذكر"))


def _announced_by(view: DocView, i: int, exclude: Sequence[str]) -> list[str]:
    """Who announced, decided or issued something last before token ``i``, in its sentence or the one
    before, and is not among ``exclude``: the subject before the verb (``الحكومة أعلنت``) or after it,
    past titles, times and commas (``أعلن الرئيس الفلسطيني محمود عباس، ليل الخميس، تأجيل``)."""
    sentence = view.tokens[i].sentence
    lo = view.bounds[max(sentence - 1, 0)][0]
    for k in range(i - 1, lo - 1, -1):
        if k in view.inside or view.core[k] not in _ANNOUNCING:
            continue
        before = view.subject_before(k)
        if before is not None:
            subject = view.group_before(before)
        else:
            hi = view.bounds[view.tokens[k].sentence][1]
            j = k + 1
            while (
                j < hi
                and j not in view.at
                and (view.in_time(j) or view.tokens[j].text in _COMMAS or view.only_titles(j, j + 1))
            ):
                j += 1
            a = view.actor(j) if j < hi else None
            subject = view.group_after(a)[0] if a is not None and a.prep is None else []
        if subject and not set(subject) & set(exclude):
            return subject
    return []


#: verbs that announce, decide, order, issue, pass or vote a step (أعلن، قرر، أمر، أصدر، أقر، صوت), in the
#: perfect, normalised (not the dual صوتا, written as the noun "votes" in the accusative: بأغلبية 531 صوتا)
_ANNOUNCING = (
    frozenset(
        normalize(stem + ending)
        for stem in ("أعلن", "قرر", "أصدر", "صوت", "أقر", "أمر")
        for ending in ("", "ت", "وا", "ا", "تا")
    )
    # (and adopted: تبنى مجلس الأمن قرارا; extended or renewed: مدد مجلس الأمن ولاية البعثة)
    | frozenset(normalize(w) for w in ("تبنى", "تبنت", "تبنوا", "تبنيا", "تبنتا"))
    | frozenset(
        normalize(stem + ending) for stem in ("مدد", "جدد", "اعتمد") for ending in ("", "ت", "وا", "ا", "تا")
    )
) - {normalize("صوتا")}


def _sued_past_forum(view: DocView, i: int, hi: int) -> ActorMention | None:
    """The actor after ``ضد`` in the clause of lawsuit ``i`` past what the object window reaches: the
    charge and the court it is filed at between (``رفعت المملكة المغربية دعوى قضائية بتهمة التشهير أمام
    محكمة في باريس ضد منظمة العفو الدولية``); None."""
    for k in range(i + 1, min(hi - 1, i + 1 + _SUIT_REACH)):
        if view.is_boundary(k) or (k in view.clause_verbs and k > i):
            return None
        if view.core[k] == _AGAINST_WORD:
            a = view.actor(k + 1)
            return a if a is not None and a.prep == _AGAINST_WORD else None
    return None


#: how far after a lawsuit's trigger the ضد of whom it is against may stand, its subject, charge and
#: court between
_SUIT_REACH = 16


def _attackers_after(view: DocView, i: int, hi: int) -> bool:
    """The object of verb ``i``, past its subject and a count, is the attackers of an attack told before
    (``قتلت قوات الأمن المهاجمين الثمانية``، ``قتلت ثلاثة من المهاجمين``)."""
    for k in range(i + 1, min(hi, i + 1 + _TOLD_OBJECT_REACH)):
        if view.core[k] in _ATTACKERS:
            return k not in view.inside
        if view.is_boundary(k) or k in view.clause_verbs:
            return False
    return False


def _last_told(
    doc: Document, view: DocView, events: list[Event], i: int, fits: Callable[[Event], bool], reach: int = 1
) -> Event | None:
    """The last event coded in the sentence of token ``i`` or the ``reach`` before it that names its agent,
    is not negated and ``fits``."""
    first = doc.sentences[max(view.tokens[i].sentence - reach, 0)].start
    for ev in reversed(events):
        if ev.sentence.start < first:
            break
        if ev.source and not ev.negated and fits(ev):
            return ev
    return None


#: the verb of replying, its lemma: with بأن and another actor right after, a counter-accusation (وردت وارسو
#: بأن مينسك تستخدم المهاجرين سلاحا سياسيا)
_REPLY_LEMMA = "رد"
#: how far after بأن the one blamed may be named (بأن تصريحات بومبيو، بأن "إيران)
_BLAMED_AFTER_THAT = 2


def _answered_back(
    view: DocView, i: int, obj: tuple[int, int] | None, source: Sequence[str], target: Sequence[str]
) -> bool:
    """A reply at ``i`` with its ``بأن`` at ``obj`` names whom it blames right after ``بأن``: one of
    ``target``, not on the side of ``source`` and not the body the speaker is named for before it
    (``ورد المتحدث باسم التحالف X بأن قوات التحالف``)."""
    if obj is None:
        return False
    blamed = view.first_actor(obj[1] + 1, min(obj[1] + 1 + _BLAMED_AFTER_THAT, len(view.tokens)))
    if blamed is None or blamed.first > obj[1] + _BLAMED_AFTER_THAT or not set(blamed.entities) & set(target):
        return False
    speaker = {e for k in range(i + 1, obj[0]) if (m := view.at.get(k)) is not None for e in m.entities}
    return not any(e in speaker or view.same_side(e, source) for e in blamed.entities)


#: the kinds of a word for an attack (ودان X الهجوم، الاعتداء): the attack a stance on it is aimed at is
#: the first told nearby, not the strikes that answered it after (أطلقت الميليشيا مسيرات ... وشن التحالف
#: ردا على ذلك غارات ... ودانت الجامعة الاعتداء: the militia's)
_ATTACK_KINDS = frozenset({"ASSAULT"})


def _first_told(
    doc: Document, view: DocView, events: list[Event], i: int, fits: Callable[[Event], bool], reach: int = 1
) -> Event | None:
    """The first of the events :func:`_last_told` may find for token ``i``."""
    first = None
    told = _last_told(doc, view, events, i, fits, reach)
    while told is not None:
        first = told
        told = _last_told(doc, view, events[: events.index(told)], i, fits, reach)
    return first


def _accused_before(
    doc: Document, view: DocView, events: list[Event], i: int, source: Sequence[str], reach: int = 1
) -> list[str]:
    """Whom the last accusation told as :func:`_last_told` finds it accuses, when none of them is on
    ``source``'s side and ``source`` is not: the one a reply ``source`` threatens at ``i`` is on."""
    accused = _last_told(
        doc,
        view,
        events,
        i,
        lambda ev: (
            ev.type == "ACCUSE"
            and bool(ev.target)
            and not any(view.same_side(e, source) for e in ev.target)
            and not any(view.same_side(e, ev.target) for e in source)
        ),
        reach,
    )
    return list(accused.target) if accused is not None else []


def _last_by_others(
    doc: Document,
    view: DocView,
    events: list[Event],
    i: int,
    source: Sequence[str],
    types: frozenset[str],
    reach: int = 1,
) -> Event | None:
    """The last event of one of ``types`` told as :func:`_last_told` finds it whose agents are none of
    ``source``'s side: the act of another that a reply or a threat of ``source`` answers."""
    return _last_told(
        doc,
        view,
        events,
        i,
        lambda ev: ev.type in types and not any(view.same_side(e, source) for e in ev.source),
        reach,
    )


#: the attack type, as a set of types
_ASSAULT_ONLY = frozenset({"ASSAULT"})


def _told_before_then(view: DocView, ev: Event, i: int) -> bool:
    """Event ``ev`` is told in the pluperfect, كان then قد right before its verb (``وكانت البحرية الروسية
    قد أجرت مناورات``), in a sentence before token ``i``: a deed of before the news, told as background
    (not in the sentence of ``i``: وكانت الحكومة قد تراجعت عن الزيادة، فيما أشادت النقابة بالخطوة); or
    joined by و to a verb so told, in its clause (``وكان X قد التقى ممثلين عن المزارعين ووعدهم``)."""
    at = view.token_at(ev.trigger.start)
    if view.tokens[at].sentence == view.tokens[i].sentence:
        return False
    if at > 0 and view.core[at - 1] != MAY and "و" in view.tokens[at].proclitics:
        at = next(
            (
                k
                for k in range(at - 1, max(at - 1 - _BACKGROUND_REACH, -1), -1)
                if k in view.clause_verbs or view.is_boundary(k)
            ),
            at,
        )
    if at < 2 or view.core[at - 1] != MAY:
        return False
    for k in range(at - 2, max(at - 2 - _BACKGROUND_REACH, -1), -1):
        if view.is_boundary(k):
            return False
        if view.core[k] in BE_VERBS:
            return True
    return False


#: how many words (the subject) may stand between كان and the قد of a deed told as background
_BACKGROUND_REACH = 8


def _time_framed(view: DocView, ev: Event) -> bool:
    """Event ``ev``'s trigger is the noun right after a word of time (``عقب اجتماع``، ``بعد محادثات``), or
    after one and a span (``بعد أيام من احتجازه``): a deed named as the time of another told in its
    sentence, not a step of its own."""
    at = view.token_at(ev.trigger.start)
    if (
        at > 2
        and view.core[at - 1] == FROM
        and view.bare[at - 2] in _SPANS
        and view.core[at - 3] in _TIME_LINKS
    ):
        return True  # بعد أيام من احتجازه، قبل ساعات من الهجوم: a span of time from the deed
    return at > 0 and view.core[at - 1] in _TIME_LINKS and not view.tokens[at].proclitics


def _told_with_word(view: DocView, ev: Event, word: str) -> bool:
    """Event ``ev`` is told by ``word`` (bare): its trigger, or its verb's object a few words on in its
    clause (``شنت إسرائيل يوم السبت موجة من الغارات``)."""
    at = view.token_at(ev.trigger.start)
    for j in range(at, min(at + 1 + _TOLD_OBJECT_REACH, len(view.tokens))):
        if j > at and (view.is_boundary(j) or j in view.clause_verbs):
            return False
        if view.bare[j] == word:
            return True
    return False


#: how far after a verb its object noun may stand (past its subject, a time and a measure word)
_TOLD_OBJECT_REACH = 8


def _a_court(entity: Entity) -> bool:
    """The entity is named as a court or the judiciary (``محكمة جنايات القاهرة``، ``القضاء المصري``)."""
    return any(w in _COURTS for w in map(normalize, entity.name.split()))


def _court_acts(view: DocView, i: int, source: list[str]) -> bool:
    """A court is the subject of verb ``i``: named (``محكمة جنايات القاهرة``) or not (``محكمة روسية``,
    the word right after the verb)."""
    return (i + 1 < len(view.tokens) and view.core[i + 1] in _COURTS) or any(
        _a_court(view.entities[e]) for e in source
    )


def _ruled_against(view: DocView, events: list[Event], sentence: int, exclude: list[str]) -> list[str]:
    """Whom the last act of a court coded in ``sentence`` is done to (an order, a verdict, a ban), those
    in ``exclude`` aside: the defendant of the lawsuit it rules in."""
    for ev in reversed(events):
        if view.tokens[view.token_at(ev.trigger.start)].sentence != sentence:
            continue
        if any(_a_court(view.entities[e]) for e in ev.source) and (
            against := [e for e in ev.target if e not in exclude]
        ):
            return against
    return []


def _verdict_court(view: DocView, i: int, hi: int) -> list[str]:
    """The court last named before verb ``i`` when a verdict or trial with the article is its object
    (``ندد X بالحكم``، ``انتقدت Y الأحكام``): who gave it. (The window counts no word of a name: the
    subject between may be long, ``وندد الأمين العام لمنظمة مراسلون بلا حدود كريستوف ديلوار بالحكم``.)"""
    free = [k for k in range(i + 1, hi) if k not in view.inside][:OBJECT_WINDOW]
    if not any(view.core[k] in _VERDICTS for k in free):
        return []
    start = view.tokens[i].start
    courts = [
        (m.start, e.id)
        for e in view.entities.values()
        if e.type == "ORG" and _a_court(e)
        for m in e.mentions
        if m.start < start
    ]
    return [max(courts)[1]] if courts else []


def _named_before(view: DocView, k: int) -> list[str]:
    """Who made what the definite noun at ``k`` refers back to, told with the same word in its sentence
    or the two before (``تبنى البرلمان قرارا ... ورحبت X بالقرار``، ``عرض فيدان استضافة المحادثات ...
    ورحب Y بالعرض``): the actor right after that word, its genitive; else the subject of that word's
    clause, before it or, for a verb opening it, after. A resolution or a vote is the assembly's that
    voted it (:func:`_voting_chamber`)."""
    noun = view.bare[k]
    if len(noun) < _REFERRED_LETTERS:
        return []
    if noun in _VOTED and (chamber := _voting_chamber(view, k)):
        return chamber
    # (or by the verb whose verbal noun it is, an alif before its last letter: اقتحم الجيش المستشفى ...
    # ونددت الوزارة بالاقتحام)
    # (not a hollow verb's, whose verbal noun has ي there: اغتيال, اغتال)
    verb = (
        noun[:-2] + noun[-1]
        if len(noun) > _REFERRED_LETTERS and noun[-2] == "ا" and noun[-3] != "ي"
        else None
    )
    sentence = view.tokens[k].sentence
    for j in range(k - 1, -1, -1):
        if view.tokens[j].sentence < sentence - _REFERRED_SENTENCES:
            break
        told = view.core[j] in (noun, noun + "ا")  # قرارا: the indefinite accusative
        # (a verb that decides or announces, whatever its clause: قررت الخارجية طرد X ... وانتقدت Y القرار)
        if (
            verb is not None
            and (j in view.clause_verbs or view.core[j] in _ANNOUNCING)
            and view.bare[j] in (verb, verb + "ت")
        ):
            told = True
        if j in view.inside or not told:
            continue
        owner = view.actor(j + 1)
        if owner is not None and owner.prep is None and not view.core[j].startswith("ال"):
            # دانت X قرار الحكومة الإسرائيلية ... انتقد Y القرار: its genitive made it
            return view.group_after(owner)[0]
        if (
            j > 0
            and view.core[j - 1] == _IN_PREP
            and noun not in _SAID_DEEDS
            and (opening := view.opening_subject(j))
        ):
            # طالب مجلس الأمن بوقف القتال، في قرار صدر بتأييد 13 عضوا: the act it is the setting of, by
            # the subject of the verb opening the sentence (not words in a report, told by others: قالت
            # الوكالة، في تقرير اطلعت عليه رويترز)
            return opening
        before = view.clause_actors_before(j)
        if before:
            return before
        after = view.first_actor(j + 1, min(j + 1 + _REFERRED_SUBJECT_REACH, len(view.tokens)))
        return list(after.entities) if after is not None and after.prep is None else []
    return []


#: what an assembly's vote makes, referred back to (رحب X بالقرار، بالتصويت، بالنتيجة), bare
_VOTED = frozenset(bare(normalize(w)) for w in ("القرار", "التصويت", "النتيجة"))
#: the first word of an assembly that votes resolutions (مجلس الأمن، الجمعية العامة), bare
_CHAMBER_HEADS = frozenset(bare(normalize(w)) for w in ("مجلس", "الجمعية", "البرلمان", "الكونغرس", "الكنيست"))
#: words that tell a vote (امتنعت عن التصويت، بأغلبية 14 صوتا، حق النقض), bare
_VOTE_WORDS = frozenset(
    bare(normalize(w))
    for w in (
        *("التصويت", "تصويت", "صوت", "صوتت", "صوتا", "أصوات", "الأصوات", "بأغلبية", "أغلبية"),
        *("النقض", "الفيتو"),
    )
)


def _voting_chamber(view: DocView, k: int) -> list[str]:
    """The assembly named last before the sentence of token ``k``, in the two before, where those
    sentences tell a vote (``امتنعت الولايات المتحدة عن التصويت ... ما سمح لمجلس الأمن بتبنيه بأغلبية 14
    صوتا. وندد Y بالقرار``), else none: a resolution is the assembly's that voted it, not its drafter's
    nor an abstainer's."""
    sentence = view.tokens[k].sentence
    first = view.bounds[max(sentence - _REFERRED_SENTENCES, 0)][0]
    start = view.bounds[sentence][0]
    if not any(view.bare[t] in _VOTE_WORDS for t in range(first, start)):
        return []
    for j in range(start - 1, first - 1, -1):
        m = view.at.get(j)
        if m is None or m.etype != "ORG" or len(m.entities) != 1:
            continue
        head = view.entities[m.entities[0]].name.split()[:1]
        if head and bare(normalize(head[0])) in _CHAMBER_HEADS:
            return [m.entities[0]]
    return []


#: how many sentences before a claim of responsibility the attack it claims may be told
_CLAIM_SENTENCES = 2


def _claimed_attack(
    doc: Document, events: list[Event], sentence: int, before: int = _CLAIM_SENTENCES
) -> int | None:
    """The index of the last attack coded in sentence ``sentence`` or the ``before`` before it that names
    whom it struck and not who struck: what a claim of responsibility there claims."""
    first = doc.sentences[max(sentence - before, 0)].start
    for j in range(len(events) - 1, -1, -1):
        ev = events[j]
        if ev.sentence.start < first:
            return None
        if ev.type == "ASSAULT" and ev.target and not ev.source and not ev.negated:
            return j
    return None


def _asked_act_before(view: DocView, start: int, end: int) -> bool:
    """``إلى`` and a word of no name, or a word of no name after ``ب`` (``طالب X بالضغط على``), between
    tokens ``start`` and ``end``: what is asked begins there; not the titles of the addressee named at
    ``end`` (``مناشدات وجهتها X إلى حاكم الولاية غريغ أبوت``)."""
    return any(
        (
            view.core[k] == _TO
            and k + 1 < end
            and k + 1 not in view.inside
            and not (view.bare[k + 1] in title_heads() and view.only_titles(k + 1, end))
        )
        or (k not in view.inside and "ب" in view.tokens[k].proclitics)
        for k in range(start, end - 1)
    )


def _retell(events: list[Event], told: Event, struck: list[str]) -> None:
    """``struck`` for the place ``told`` had for target, on it and on the tellings of the same act just
    before it in its sentence (a killing, then the attack it happened in): the place is where."""
    for j in range(len(events) - 1, -1, -1):
        ev = events[j]
        if (ev.type, ev.source, ev.target, ev.sentence) != (
            told.type,
            told.source,
            told.target,
            told.sentence,
        ):
            break
        events[j] = replace(ev, target=tuple(struck), location=ev.location or told.target[0])


#: how far before a verb the object head its pronoun suffix resumes may stand
_RESUMED_REACH = 14
#: the ending of a feminine singular or a plural of things (normalised); a dual's is _DUAL_ENDINGS
_FEMININE_ENDINGS = ("ه", "ات")


#: how many words the head of a relative clause's antecedent may stand before its pronoun: a construct of
#: up to three more (اتفاق وقف إطلاق النار الذي)
_ANTECEDENT_REACH = 4
#: how many tokens a name in quotation marks after an antecedent may have (تمرين «الأسد الإفريقي 2023»)
_QUOTED_NAME_REACH = 6
#: the quotation marks a name is written in (مناورات «زاباد 2025»)
_OPENING_GUILLEMET = "«"
_CLOSING_GUILLEMET = "»"


def _before_quoted_name(view: DocView, k: int, lo: int) -> int:
    """The token before a name in quotation marks that ends at token ``k``, a comma after it aside
    (``تمرين «فلينتلوك 2020»، الذي``): the noun it names; else ``k``."""
    close = k - 1 if k > lo and view.tokens[k].text in _COMMAS else k
    if view.tokens[close].text != _CLOSING_GUILLEMET:
        return k
    opening = next(
        (
            j
            for j in range(close - 1, max(lo, close - _QUOTED_NAME_REACH) - 1, -1)
            if view.tokens[j].text == _OPENING_GUILLEMET
        ),
        None,
    )
    return opening - 1 if opening is not None and opening > lo else k


#: the ending of an adverb made of a relative adjective (دبلوماسيا، رسميا، رياضيا), normalised
_ADVERB_ENDING = normalize("يا")


def _genitive_boycotter(view: DocView, i: int, obj: int) -> list[str]:
    """The actor in the genitive right after boycott noun ``i`` and before the object boycotted at ``obj``,
    an adverb at most between (``مقاطعة الولايات المتحدة دبلوماسيا دورة الألعاب``): the one boycotting;
    else ``[]``."""
    a = view.at.get(i + 1)
    if a is None or a.prep is not None or a.etype not in ACTOR_TYPES or a.last >= obj:
        return []
    between = range(a.last + 1, obj)
    if len(between) > 1 or any(not view.core[k].endswith(_ADVERB_ENDING) for k in between):
        return []
    return list(a.entities)


def _hosts_no_talks(view: DocView, i: int, lo: int, hi: int) -> bool:
    """Hosting verb ``i`` hosts a contest, a show or a seat, no meeting: the antecedent of the relative
    clause it opens or the noun its pronoun resumes (``بطولة كأس العالم التي تستضيفها روسيا``), else its
    object after its subject (``تستضيف البحرين مقر الأسطول الخامس``), within reach in its clause."""
    if has_suffix(view.tokens[i]):
        span = range(i - 1, max(lo, i - 1 - _HOSTED_THING_REACH) - 1, -1)
    else:
        span = range(i + 1, min(hi, i + 1 + _HOSTED_THING_REACH))
    for k in span:
        if view.is_boundary(k):
            return False
        if view.bare[k] in _HOSTED_NO_TALKS:
            return True
    return False


def _resumed_object(
    view: DocView, i: int, lo: int, objects: tuple[tuple[str, ...], ...], masculine: bool = False
) -> tuple[int, int] | None:
    """The object head that the pronoun suffix of verb ``i`` resumes: the nearest one before it in its
    sentence, agreeing with the suffix (``ها``: a feminine or a plural of things; ``هما``: a dual), no
    hard boundary between and no person's title (``مظاهرات في غاروا ودوالا، فرقتها قوات الأمن``، ``بعث X
    رسالة إلى تبون ...، سلمها Y``); with ``masculine``, ``ه`` too, for verbs whose pronoun is rarely a
    person's (``هجوم استهدف قافلة ...، وتبنته جماعة الحوثي``); a projectile, whatever its form, by
    either (``قذائف هاون أطلقتها X``، ``بصاروخ أطلقه X``). After a relative pronoun
    :meth:`EventCoder._object_before` looks."""
    form = suffix_form(view.tokens[i])
    endings = _DUAL_ENDINGS if form == _DUAL else _FEMININE_ENDINGS if form == _HERS else None
    if (masculine and form == _HIS) or (form == _THEIR and "و" not in view.tokens[i].proclitics):
        # (any word ends so; هم of a clause describing an indefinite noun resumes it: 1900 شخص
        # رحلتهم الجزائر; joined by و it goes on with the act before, coded with it: اعترض X قاربا
        # يقل 90 مهاجرا وأعادهم)
        endings = ("",)
    if endings is None and form != _HIS:
        return None
    for k in range(i - 1, max(lo, i - 1 - _RESUMED_REACH), -1):
        if view.is_hard(k):
            return None
        # (a projectile, of whatever form, is resumed by ه or ها: قذائف هاون أطلقتها X، بصاروخ أطلقه X)
        agrees = view.bare[k] in _PROJECTILES or (endings is not None and view.core[k].endswith(endings))
        if k in view.inside or view.bare[k] in title_words():
            continue  # (a person is resumed as an actor: سفيرة المغرب ... قبل أن تستدعيها الرباط)
        for obj in objects:
            if len(obj) == 1 and agrees and obj[0] in _bare_forms(view, k):
                return k, k
            # (ها resumes a phrase of things whatever its head's form, a broken plural too: فرق إنقاذ
            # أرسلتها اليونان)
            if (
                len(obj) > 1
                and form == _HERS
                and k - len(obj) + 1 > lo
                and all(w in _bare_forms(view, k - len(obj) + 1 + j) for j, w in enumerate(obj))
            ):
                return k - len(obj) + 1, k
    return None


def _crowd_of_followers(view: DocView, k: int, hi: int) -> bool:
    """The crowd word at ``k`` is told as followers of someone (``محتجون من أنصار التيار الصدري``)."""
    return k + 2 < hi and view.core[k + 1] == FROM and view.bare[k + 2] in SUPPORTERS


def _crowd_dispersed(view: DocView, i: int, events: Sequence[Event]) -> tuple[str, ...] | None:
    """The pronoun ``هم`` of dispersing verb ``i`` resumes a crowd told before it in its sentence, however
    far: protesters named (``ورفع المحتجون المصاحف ...، قبل أن تفرقهم قوات مكافحة الشغب``) or a protest
    coded (``وتظاهر المئات أمام السجن للمطالبة بإطلاق سراحهم، قبل أن تفرقهم الشرطة``); the body whose
    people made the last protest told that names one, in its sentence or else the one before, is whom it
    disperses (``تظاهر آلاف من أنصار التيار الصدري``: the movement), else no one; ``None``: no crowd."""
    if suffix_form(view.tokens[i]) != _THEIR:
        return None
    sentence = view.tokens[i].sentence
    start = view.tokens[i].start
    told = [
        (sentence - view.tokens[view.token_at(ev.trigger.start)].sentence, ev)
        for ev in events[-_PROTESTS_BACK:]
        if ev.type == "PROTEST" and ev.trigger.start < start
    ]
    protests = [ev for back, ev in told if back == 0] or [ev for back, ev in told if back == 1]
    crowd = any(back == 0 for back, _ in told)
    k = i
    while not crowd and (k := k - 1) >= 0 and view.tokens[k].sentence == sentence:
        crowd = view.bare[k] in CROWDS
    if not crowd:
        return None
    return next((ev.source for ev in reversed(protests) if ev.source), ())


def _described_subject(
    view: DocView, i: int, lo: int, objects: tuple[tuple[str, ...], ...]
) -> tuple[int, int] | None:
    """The subject head opening the complement clause that verb ``i`` closes, described at length
    before it (``أن «سيارة مفخخة مركونة في شارع النضال (وسط بغداد) انفجرت``): no boundary but a
    bracket, and no other trigger, between them."""
    for k in range(max(lo, i - _DESCRIBED_REACH), i - 1):
        before = k - 1 if k > lo and view.tokens[k - 1].text in QUOTE_MARKS else k
        if before <= lo or view.core[before - 1] not in COMPLEMENTIZERS:
            continue
        for obj in objects:
            end = k + len(obj) - 1
            if end < i and all(w in (view.norm[k + j], view.core[k + j]) for j, w in enumerate(obj)):
                between = range(end + 1, i)
                if any(
                    (view.is_boundary(j) and view.tokens[j].text not in "()") or j in view.acts
                    for j in between
                ):
                    return None
                return k, end
    return None


def _resulting(view: DocView, token: Token, prev: Event, sentence: int, source: tuple[str, ...]) -> bool:
    """The verb ``token`` tells with ``ف`` what the attack just told did, in its sentence and by no other
    actor (``اطلقت القوات صاروخا على المدرسة فقتلت المدرس X``): the same happening, its victim named."""
    return (
        "ف" in token.proclitics
        and prev.sentence.start == sentence
        and prev.trigger.end <= token.start
        and (not source or set(source) == set(prev.source))
    )


def _accusative(view: DocView, i: int, entry: Entry) -> bool:
    """The noun at ``i`` is indefinite and accusative (``تأييدا``، ``دعماً``): what the clause's subject does
    it for (not ``احتجاجا``: a protest as another act's motive, طرد السفير احتجاجا على، is no event of its
    own); not a word whose alif is its own (a lemma ending in alif or hamza on alif: بدأ)."""
    text = view.norm[i]
    return (
        entry.pos == "noun"
        and entry.type != "PROTEST"
        and text.endswith("ا")
        and not text.startswith("ال")
        and not view.tokens[i].proclitics
        and not normalize(entry.lemma).endswith("ا")
    )


def _supported_after(view: DocView, readings: list[Reading], k: int, hi: int) -> bool:
    """A word of support follows token ``k`` in its clause, before any other trigger (``مظاهرة حاشدة في غزة
    تأييدا``، ``شعارات مؤيدة``)."""
    for j in range(k + 1, min(k + 1 + _SUPPORT_REACH, hi)):
        if view.is_boundary(j) or view.stance(j):
            return False  # تظاهر الآلاف ضد إسرائيل تأييدا لحماس: against someone first
        if readings[j][0]:
            return any(e.type == "SUPPORT" for e in readings[j][0])
    return False


#: the verb of taking part in what follows في (شارك X في وقفة احتجاجية), its forms, normalised, and how many
#: words may stand between it and في (its subject), and the bare verbal noun (بعد مشاركته في مظاهرة)
_TAKING_PART_VERBS = frozenset(
    normalize(w)
    for w in ("شارك", "شاركت", "شاركوا", "شاركا", "شاركتا", "يشارك", "تشارك", "يشاركون", "يشاركان")
)
_TAKING_PART_REACH = 6
_TAKING_PART_NOUN = bare(normalize("مشاركت"))  # (the stem before its pronoun keeps its ت)


def _took_part(view: DocView, i: int) -> list[str]:
    """Who took part in the act the noun at ``i`` names after في: the subject of a verb of taking part
    (``شارك النائب X في وقفة احتجاجية``) or whom the pronoun on its verbal noun stands for (``اعتقلت
    الشرطة Y بعد مشاركته في وقفة احتجاجية``); else nothing."""
    if i < 2 or view.core[i - 1] != _IN_PREP:
        return []
    token = view.tokens[i - 2]
    if has_suffix(token) and token.stem is not None and bare(normalize(token.stem.text)) == _TAKING_PART_NOUN:
        owner = view.previous_actor(i - 2, [], possessor=True, group=suffix_form(token) == _THEIR)
        # (not the subject of the verb before it, who acts on them: اعتقلت سلطات طالبان ثلاث ناشطات بسبب
        # مشاركتهن في احتجاج)
        lo = view.bounds[token.sentence][0]
        acting = bool(owner) and any(
            owner[0] in a.entities
            for v in range(lo, i - 2)
            if v in view.clause_verbs
            for a in (view.subject_before(v), view.at.get(v + 1))
            if a is not None
        )
        return [] if not owner or acting else owner
    for v in range(i - 2, max(i - 2 - _TAKING_PART_REACH, -1), -1):
        if view.is_hard(v):
            return []
        if view.core[v] in _TAKING_PART_VERBS:
            a = view.first_actor(v + 1, i - 1) or view.subject_before(v)
            return view.group_before(a) if a is not None and a.prep is None else []
    return []


def _suffix_is_agent(entry: Entry) -> bool:
    """A verbal noun's pronoun suffix names its agent (``هجومها``, ``عدوانها``, ``انتقاده``), except
    for arrests, convictions and acts on a person, where it names the one acted on (``اعتقاله``,
    ``إدانته``, ``اغتياله``)."""
    if (entry.type, entry.mode) == _CONVICTION:
        return False
    return entry.type not in _PATIENT_TYPES or (
        entry.type == "ASSAULT" and (entry.type, entry.mode) not in _PERSON_PATIENT_MODES
    )


def _official(entity: Entity) -> bool:
    """A government actor: a person, a country, or a body of the government sector."""
    return entity.type in ("PER", "GPE") or (entity.type == "ORG" and entity.sector == "GOV")


def _armed_subject(view: DocView, i: int) -> bool:
    """The word after verb ``i`` is arms or forces (``تساندهم رشاشات المروحيات``)."""
    return i + 1 < len(view.tokens) and view.bare[i + 1] in _ARMS


def _aimed(view: DocView, k: int, hi: int) -> bool:
    """``على`` opens the words from token ``k`` on, past time words, the kind of missile, its model
    written in Latin letters or digits and more projectiles joined to it (``على بلدة``، ``فجر أمس على``،
    ``صاروخ ارض ـ ارض على``، ``صواريخ BM-21 على``، ``18 طائرة مسيرة وثلاثة صواريخ على``): what was fired
    was fired at something."""
    while k < hi and (
        view.in_time(k)
        or view.core[k] in _MISSILE_KINDS
        or view.norm[k] in _MISSILE_KINDS
        or _LATIN_MODEL.fullmatch(view.tokens[k].text) is not None
        or view.bare[k] in _PROJECTILES
        or normalize(view.core[k]) in number_words()
    ):
        k += 1
    return k < hi and view.core[k] == ON


def _struck(view: DocView, readings: list[Reading], i: int) -> bool:
    """The noun at ``i`` is the object of an attack verb, its subject between or not (``استهدفت
    اجتماعا``، ``قصفت الطائرات اجتماعا``); not an indefinite one past a word that makes it a time
    (``إثر اجتماع``)."""
    for k in range(i - 1, max(i - 1 - _STRUCK_REACH, -1), -1):
        if view.is_boundary(k) or (view.core[k] in _WHEN_AROUND and not view.core[i].startswith("ال")):
            # (a new meeting as the time of the act: فتحت السلطات المعبر إثر اجتماع عقده X مع Y)
            return False
        if readings[k][0]:
            return any(e.type == "ASSAULT" and e.pos == "verb" for e in readings[k][0])
    return False


def _siege(view: DocView, i: int, entry: Entry, obj: tuple[int, int] | None) -> bool:
    """The act at ``i`` is a siege: its verb lays one (``تحاصر``), or its trigger or its object head
    is one (``الحصار الذي تفرضه``، ``فرضت حصارا على``)."""
    return entry.lemma == _BESIEGE or any(view.bare[k] in _SIEGES for k in (i, *(obj or ())))


def _unnamed_doer_relative(view: DocView, i: int) -> bool:
    """The verb at ``i`` opens a relative clause on a name right before it (``ساماك، الذي تتهمه المعارضة``):
    its object pronoun takes that name back though the clause names no doer the coder knows."""
    return (
        view.after_relative(i)
        and not view.object_unlike_relative(i)
        and bool(view.relative_antecedent(i, ()))
    )


def _people_counted_since(view: DocView, i: int, lo: int, source: Sequence[str]) -> bool:
    """A count of people stands between verb ``i`` and the last actor named before it in its sentence,
    its own subject aside (``عن 23 صيادا``، ``14 عضوا``): what a plural pronoun on the verb stands for."""
    for k in range(i - 1, lo - 1, -1):
        if k in view.inside and not (
            (m := view.mention_covering(k)) is not None and set(m.entities) <= set(source)
        ):
            return False
        if view.in_amount(k) and not view.in_measure(k):
            return True
    return False


def _only_towns(view: DocView, ids: list[str]) -> bool:
    """All of ``ids`` are known places below a country: KB cities, districts the KB does not know (a
    country may stand for its government; a town does not)."""
    return bool(ids) and all(is_town(view.entities[e]) for e in ids)


def _guest_after(view: DocView, i: int, hi: int, host: list[str]) -> bool:
    """A word for the guest is the object of the hosting verb at ``i``, right past its subject ``host``
    (``واستقبل الملك سلمان ضيفه``، ``واستقبل رئيس المجلس السياسي الأعلى مهدي المشاط الوفد``)."""
    k = _past_subject(view, i, hi, host) + 1
    while k < hi and view.in_time(k):
        k += 1
    if k + 1 < hi and view.bare[k] not in _GUESTS and view.bare[k] in title_words() and k not in view.inside:
        k += 1  # واستقبل مادورو الوزير الضيف: the guest's title before the word
    return k < hi and view.bare[k] in _GUESTS


#: words for a guest, bare (ضيفه، الضيف، ضيوفها)
_GUESTS = frozenset(
    bare(normalize(w))
    for w in (
        *("ضيف", "ضيفه", "ضيفها", "الضيف", "ضيوف", "ضيوفه", "ضيوفها", "الضيوف", "ضيفيه"),
        *("الوفد", "الوفدين", "الوفود"),  # the delegation told before (استقبل المشاط الوفدين)
    )
)


def _message_author(view: DocView, k: int, hi: int) -> list[str]:
    """Who a message whose head ends at token ``k`` is from, named after من past its kind (``رسالة خطية من
    الرئيس الإيراني مسعود بزشكيان``): the name after its titles; else nothing."""
    if view.bare[k] not in _MESSAGES:
        return []
    j = k + 1
    while j < hi and view.bare[j] in _MESSAGE_KINDS:
        j += 1
    if j + 1 >= hi or view.core[j] != FROM:
        return []
    a = view.titled_person(j, hi) or view.first_actor(j + 1, min(hi, j + 1 + _MESSAGE_TITLE_REACH))
    if a is None or not view.only_titles(j + 1, a.first):
        return []
    return list(view.group_after(a)[0])


#: messages (bare) and the words of their kind after them (رسالة خطية، رسالة شفهية)
_MESSAGES = frozenset(bare(normalize(w)) for w in ("رسالة", "رسالتين", "برقية", "رسائل"))
_MESSAGE_KINDS = frozenset(bare(normalize(w)) for w in ("خطية", "شفهية", "شفوية", "مكتوبة", "رسمية"))
#: how many title words may stand between من and the author's name
_MESSAGE_TITLE_REACH = 5


def _host_countries(view: DocView, source: list[str], target: list[str]) -> list[str]:
    """The towns a visit goes to stand for their countries where the text names them as such (the
    host country), unless a visitor is of that country (a trip at home: زار الرئيس السوري حلب)."""
    home = {view.entities[e].country for e in source}
    out: list[str] = []
    for t in target:
        town = view.entities[t]
        country = town.country if is_town(town) and town.country not in home else None
        host = next((e.id for e in view.doc.entities if country and e.kb_id == f"geo:{country}"), t)
        if host not in out and host not in source:
            out.append(host)
    return out


def _person_named_after(view: DocView, a: ActorMention, mentions: list[ActorMention]) -> bool:
    """Whether the place ``a`` ends a description whose holder is named right after it: a person with
    only titles between (``سجن أحداث الموصل المقدم عبد الله الهلالي``)."""
    after = next((m for m in mentions if m.first > a.last), None)
    return (
        after is not None
        and after.etype == "PER"
        and after.prep is None
        and view.loose_words(a.last + 1, after.first) == 0
        and not any(view.is_boundary(k) for k in range(a.last + 1, after.first))
    )


def _past_so_named(view: DocView, k: int, hi: int) -> int:
    """Token ``k`` on the object of a stance verb, past scare quotes (``أدانت X "العدوان الإسرائيلي"``)
    and past "what it called" (``ما وصفته بالعدوان التركي``، ``بـ"العدوان"``): where the act so named
    begins."""
    while k < hi and view.tokens[k].text in QUOTE_MARKS:
        k += 1
    if k + 2 < hi and view.norm[k] in _WHAT and view.norm[k + 1].startswith(NAMING_STEMS):
        k += 2
        while k < hi and (view.tokens[k].text in QUOTE_MARKS or view.norm[k] in _BY_ALONE):
            k += 1
    return k


def _past_subject(view: DocView, i: int, hi: int, source: list[str]) -> int:
    """The last token of the verb's subject where it follows the verb at ``i`` (a mention of ``source``),
    else ``i``: where the verb's object begins to be looked for."""
    return max(
        (a.last for a in view.at.values() if i < a.first < hi and set(a.entities) & set(source)), default=i
    )


def _relative_owner(view: DocView, i: int, hi: int, source: list[str]) -> list[str]:
    """The agent of a relative clause on the object of stance verb ``i``: whose deeds are praised,
    blamed or rejected (``أشاد X بالجهود التي تبذلها مصر``: Egypt's efforts), looked for after the
    verb's subject where it follows the verb (``وأثنى المدير العام للوكالة X على الشفافية التي أبدتها
    ليبيا``)."""
    i = _past_subject(view, i, hi, source)
    k = i + 1
    while k < min(hi, i + 1 + OBJECT_WINDOW):
        if view.tokens[k].text in ("،", ",") and (closing := view.setting_between_commas(k, hi)):
            k = closing + 1  # دان X، في بيان أصدره الأربعاء، العملية التي شنها Y
            continue
        if view.tokens[k].text in QUOTE_MARKS:
            k += 1  # أشاد X بـ"الموقف الأخوي" الذي اتخذته Y: the object quoted
            continue
        if view.is_boundary(k):
            break
        k += 1
        after = k  # (past the quotation marks closing a name: بحملة «الترحيل القسري الجماعي» التي تنفذها X)
        while after < hi and view.tokens[after].text in QUOTE_MARKS:
            after += 1
        if k - 1 in view.inside and not (after < hi and view.core[after] in RELATIVES):
            continue  # (a place in the object's phrase before the relative: لخطة الانسحاب من غزة التي طرحها)
        found = view.relative_agent(k - 1, hi)
        if found is not None:
            return [e for e in found[0] if e not in source]
    return []


#: words of ties with a partner, bare (التعاون مع، العلاقات مع، الشراكة مع)
_TIES = frozenset(
    bare(normalize(w))
    for w in (
        *("تعاون", "التعاون", "علاقات", "العلاقات", "شراكة", "الشراكة", "تنسيق", "التنسيق"),
        *("صداقة", "الصداقة"),  # (أشاد X بـ«الصداقة الصادقة» مع الصين)
        *("تضامن", "التضامن", "تضامنه", "تضامنها", "تضامنهم", "وقوف", "وقوفه", "وقوفها"),  # تضامنها مع مصر
    )
)
#: how many words may stand between a word of ties and مع (التعاون العسكري المتنامي مع)
_TIES_REACH = 3
#: quotation marks around the ties' words, not counted in that reach
_QUOTE_ALLOWANCE = 2


#: military aid, and the words of a sale that make weapons handed over trade (بموجب صفقة), bare
_MILITARY_AID = ("AID", "military")
_SALES = frozenset(bare(normalize(w)) for w in ("صفقة", "صفقات", "بيع", "شراء", "اشترتها", "اشتراها"))


def _series_of(view: DocView, i: int, owners: list[str]) -> bool:
    """``owners`` open with a series of three or more states or bodies named together before token ``i``
    in its sentence."""
    sentence = view.tokens[i].sentence
    return any(
        last < i
        and view.tokens[last].sentence == sentence
        and tuple(owners[: len(ids)]) == ids
        and "PER" not in types
        for last, ids, types in view.series
    )


def _in_actor_name(view: DocView, k: int) -> bool:
    """Token ``k`` is a word of the name of an organisation or a person, past its first."""
    return any(a.first < k <= a.last and a.etype in _NAMED_ACTORS for a in view.at.values())


#: the entity types whose names hold no object head of a trigger
_NAMED_ACTORS = frozenset({"ORG", "PER"})


def _on_after(view: DocView, end: int, hi: int) -> int:
    """``على`` right after the object ending at ``end``, or past its adjectives (``عقوبات جديدة على``) and
    its rate (``رسوما جمركية بنسبة 25 في المئة على``), or past the measures joined to it or told as what it
    includes (``حظر سفر وتجميد أصول على``، ``عقوبات تشمل تجميد الأصول وحظر السفر على``): its index, else 0."""
    m, words, listing = end + 1, 0, False
    while m < hi and words <= _OBJECT_ADJECTIVES:
        if view.core[m] == ON:
            return m
        if m == end + 1 and view.norm[m] in _INCLUDING:
            m, listing = m + 1, True
            continue
        if m in view.acts and (listing or view.conjoined(m)):
            m += 1
            continue
        if view.core[m] == _AT_RATE or view.in_amount(m):
            m += 1
            continue
        if m + 1 < hi and view.core[m] in _UP_TO_VERBS and view.core[m + 1] == _TO:
            m += 2  # its ceiling (رسوما تصل إلى 218 في المئة على)
            continue
        if view.is_boundary(m) or m in view.inside or m in view.verbs or m in view.acts or view.opens_pp(m):
            return 0
        m, words = m + 1, words + 1
    return 0


#: the rate before an amount (بنسبة 25 في المئة), normalised without its ب
_AT_RATE = normalize("نسبة")
#: verbs that give the ceiling of a rate or an amount before إلى (تصل إلى 218 في المئة)
_UP_TO_VERBS = frozenset(normalize(w) for w in ("تصل", "يصل", "تبلغ", "يبلغ"))


def _before_whom(view: DocView, obj: tuple[int, int], hi: int) -> int:
    """The index of ``أمام`` ("before", closed to) right after the object ``obj`` or past one more object
    joined to it or its genitive (``أجواءها وموانئها أمام``، ``أجواء التكتل أمام``), else 0."""
    for m in range(obj[1] + 1, min(hi, obj[1] + 3)):
        if view.core[m] == _IN_FRONT:
            return m
        if m in view.inside or view.is_boundary(m) or m > obj[1] + 1:
            return 0
        if not (view.conjoined(m) or view.core[m].startswith("ال")):
            return 0
    return 0


#: أمام: "before", what is closed to whom, and how far after it the one it is closed to may be named
_IN_FRONT = normalize("أمام")
_CLOSED_TO_REACH = 7


def _on_within(view: DocView, obj: tuple[int, int]) -> int:
    """The index of ``على`` inside the object phrase ``obj`` (``قيودا على تأشيرات``), else 0."""
    return next((m for m in range(obj[0] + 1, obj[1]) if view.core[m] == ON), 0)


#: adjectives that may stand between an object and the preposition after it
_OBJECT_ADJECTIVES = 2


def _one_state(view: DocView, actors: Sequence[str]) -> bool:
    """``actors`` are one country or government (grammatically singular: a plural verb does not fit)."""
    return len(actors) == 1 and view.entities[actors[0]].type != "PER" and _official(view.entities[actors[0]])


def _goods_owner(view: DocView, last: int, hi: int) -> list[str]:
    """Whose the thing boycotted that ends at ``last`` is, named right after it, past the kind of body: the
    maker of goods (``مقاطعة منتجات شركة X``، ``مقاطعة بضائع X``), the holder of sessions (``مقاطعة جلسات
    البرلمان``)."""
    k = last + 1
    if k + 1 < hi and view.core[k] in NAME_KINDS and view.actor(k) is None:
        k += 1
    a = view.actor(k) if k < hi else None
    return list(view.group_after(a)[0]) if a is not None and a.prep is None else []


def _employees_of(view: DocView, lo: int, hi: int, source: Sequence[str]) -> bool:
    """The ``source`` of an act is named in its sentence (tokens ``lo`` to ``hi``) after a word for its
    employees (``عمال``، ``موظفو``، ``أعوان``), its kind between or not (``طيارو شركة إيروليناس``)."""
    return any(
        lo < k < hi and m.entities == tuple(source) and _after_employees(view, lo, k)
        for k, m in view.at.items()
    )


def _after_employees(view: DocView, lo: int, k: int) -> bool:
    """Token ``k`` follows a word for employees, the untagged kind of a body between or not (``عمال شركة
    X``، ``طيارو شركة X``)."""
    j = k - 1 if k - 1 > lo and view.core[k - 1] in NAME_KINDS else k
    return view.bare[j - 1] in _EMPLOYEES


def _employer_before(view: DocView, lo: int, i: int) -> list[str]:
    """The body named after a word for its employees before token ``i`` of its sentence (``نفذ عمال شركة
    فسفاط قفصة إضرابا``): the strikers' employer."""
    return next(
        (
            list(m.entities)
            for k in range(lo + 1, i)
            if (m := view.at.get(k)) and _after_employees(view, lo, k)
        ),
        [],
    )


def _envoy_country(view: DocView, target: Sequence[str], kinds: frozenset[str] = _AMBASSADOR) -> list[str]:
    """The country an unnamed ambassador who is the lone ``target`` is of (``السفير التركي``: an
    entity of role ``AMB``, or ``CDA`` for a chargé d'affaires), or an embassy, among ``kinds``
    (``role:AMB``، ``agent:embassy``), when the passage names it; else nothing."""
    if len(target) != 1:
        return []
    kb_id = view.entities[target[0]].kb_id or ""
    parts = kb_id.split(":")
    if len(parts) != 3 or f"{parts[0]}:{parts[2]}" not in kinds:
        return []
    country = view.country_entity(parts[1])
    return [country] if country is not None else []


def _host_countries_of(view: DocView, posts: Sequence[str]) -> list[str]:
    """The places where envoys are posted, each city among ``posts`` (a capital: ``سفيرها في نيروبي``،
    ``سفيره في تل أبيب``) standing for its country when the passage names that country."""
    hosts: list[str] = []
    for e in posts:
        ent = view.entities[e]
        country = (
            view.country_entity(ent.country)
            if ent.country and (ent.kb_id or "").startswith(CITY_ID_PREFIX)
            else None
        )
        hosts.append(country or e)
    return list(dict.fromkeys(hosts))


def _mission_host(view: DocView, k: int, hi: int, source: Sequence[str]) -> list[str]:
    """The country a diplomatic mission ending at token ``k`` is opened in: the first state or city named
    a few words after it (``سفارتها في دمشق``، ``قنصلية عامة لها بمدينة العيون``), a city standing for its
    country when the passage names it; [] for none."""
    for j in range(k + 1, min(hi, k + 1 + _MISSION_HOST_REACH)):
        if view.is_boundary(j) or j in view.acts:
            break
        a = view.actor(j)
        if a is not None and a.etype == "GPE" and not set(a.entities) & set(source):
            return _host_countries_of(view, a.entities)
    return []


def _forces_of_no_one(view: DocView, entity: Entity) -> bool:
    """``entity`` is security forces named by their kind alone (``قوات الأمن``), of no country, and
    nowhere named with a country after في (``قوات الأمن في السلفادور``, named so)."""
    if entity.country is not None or bare(normalize(entity.name)) not in _FORCES_OF_NO_ONE:
        return False
    for m in entity.mentions:
        k = view.token_at(m.end - 1) + 1
        if (
            k + 1 < len(view.core)
            and view.core[k] == _IN_PREP
            and (a := view.at.get(k + 1)) is not None
            and a.etype == "GPE"
        ):
            return False
    return True


def _plural_nationality(core: str) -> str:
    """The masculine singular of a plural or dual nationality (``إسرائيليات``، ``إسرائيليين``، ``أمريكيون``،
    ``هنديتين``، ``هنديتان`` → ``إسرائيلي``، ``هندي``), or ``""``."""
    for ending in ("يات", "يين", "يون", "يتين", "يتان"):
        if core.endswith(ending) and len(core) > len(ending) + 2:
            return core[: -len(ending)] + "ي"
    return ""


def _deadly(view: DocView, i: int, hi: int) -> bool:
    """A death told in the clause after trigger ``i`` (``ما أسفر عن مقتل``، ``سقوط قتلى``)."""
    return _word_in_clause_after(view, i, hi, _DEATHS, _DEADLY_REACH)


def _went_there(view: DocView, i: int) -> list[str] | None:
    """Verb ``i`` follows ``حيث`` after a verb of going or a visit (``ثم توجه إلى رام الله حيث التقى``،
    ``زيارة عمران خان إلى الرياض، حيث التقى``): the one who went is its subject. Who went, when named right
    after the verb or the visit (titles between); ``[]`` when he is not named there; None when the verb
    follows no such word."""
    if i < 2 or view.core[i - 1] != _WHERE:
        return None
    budget = _WENT_REACH  # (names do not count: وفد من المجموعة الاقتصادية لدول غرب أفريقيا)
    for k in range(i - 2, -1, -1):
        budget -= k not in view.inside
        if budget < 0:
            return None
        if view.core[k] in MADE_IT | DID and k > 0 and view.bare[k - 1] in _VISIT_NOUNS:
            continue  # (زيارة أجراها X، زيارة قام بها X: the visit, before)
        going = normalize(view.tokens[k].text).removeprefix("ثم") in _GOING or view.core[k] in _GOING
        if going or view.bare[k] in _VISIT_NOUNS:
            made = 1 if k + 1 < i and view.core[k + 1] in MADE_IT else 0
            if k + 2 < i and view.core[k + 1] in DID and view.norm[k + 2] in WITH_IT:
                made = 2  # زيارة قام بها قائد القوات البرية الأوغندية الجنرال X إلى كيغالي، حيث التقى
            if made:
                # زيارة أجراها مفوض إدارة الأزمات في الاتحاد الأوروبي X إلى مخيم أدري، حيث التقى: who
                # made it, named after his title and its office
                holder = view.titled_person(k + made, i)
                if holder is not None:
                    return view.group_after(holder)[0]
                k += made
            if going and (body := view.member_subject(k, i) or view.unit_subject(k, i)) is not None:
                return view.group_after(body)[0]  # وصل وفد من إيكواس إلى نيامي، حيث التقى: the body's
            if not made and (holder := view.titled_person(k, i)) is not None:
                # زيارة المديرة العامة للمنظمة X إلى أبوظبي، حيث التقت: who went, named after his title
                # and its office (not the office itself: زار مدير الوكالة الدولية للطاقة الذرية X موقع
                # المحطة، حيث التقى)
                return view.group_after(holder)[0]
            a = view.first_actor(k + 1, min(k + 2 + _TITLE_WORDS, i))
            if a is not None and a.prep in (None, GENITIVE_IN_PP) and view.only_titles(k + 1, a.first):
                return view.group_after(a)[0]
            if not going and not made and k > 0 and view.core[k - 1] == _IN_PREP:
                # وصل X إلى دمشق في زيارة هي الأولى من نوعها، حيث التقى: the visit of the going before it
                budget = _WENT_REACH
                continue
            return []
        if view.is_hard(k) or k in view.clause_verbs:
            return None
    return None


def _enacting_subject(
    view: DocView, i: int, lo: int, objects: tuple[tuple[str, ...], ...]
) -> tuple[int, int] | None:
    """The object head opening the subject of a verb of beginning or carrying out right before the noun
    at ``i``, a time between or not (``بدأ الجيش اللبناني، الأربعاء، الانتشار``): the force that moves."""
    k = view.time_before(i) - 1
    m = view.mention_ending_at(k) if k >= lo else None
    if m is None or m.prep is not None or m.first - 1 < lo or view.core[m.first - 1] not in ENACTING:
        return None
    for obj in objects:
        if all(w in _bare_forms(view, m.first + j) for j, w in enumerate(obj)):
            return m.first, m.first + len(obj) - 1
    return None


def _fought_with(view: DocView, a: ActorMention, i: int) -> bool:
    """``a``, named after act noun ``i``, is the side it was fought with: after مع, or after مع and some
    of its people (``عقب اشتباكات مع عناصر من ألوية الحماية الرئاسية``)."""
    if a.prep_after(i) == WITH:
        return True
    k = a.first - 1
    return a.prep == FROM and k - 2 > i and view.core[k - 2] == WITH and view.core[k - 1] in MEMBERS


def _last_verb_subject(view: DocView, i: int) -> list[str]:
    """The subject named before the last verb before token ``i`` in its sentence (``قال المتحدث إن
    القوات العراقية استعادت الحي، بعد معارك مع X``: the forces), or []."""
    sentence = view.tokens[i].sentence
    for k in range(i - 1, -1, -1):
        if view.tokens[k].sentence != sentence:
            return []
        if k in view.clause_verbs:
            before = view.subject_before(k)
            return view.group_before(before) if before is not None else []
    return []


def _subject_last(args: Args) -> int | None:
    """The last token of the subject named after the verb (its last mention of the subject's actors, past
    a title told as one), else None."""
    if not args.after_verb:
        return None
    lasts = [m.last for m in args.mentions if set(m.entities) & set(args.source)]
    return max(lasts, default=None)


#: what a refusal may be of and aim at no one: an accord or a memorandum (ورفضت مصر واليونان المذكرة), bare
_REFUSED_ACCORDS = frozenset(bare(normalize(w)) for w in ("الاتفاق", "الاتفاقية", "المذكرة"))
#: and a decision, where it follows the subject's first name (ورفض نتنياهو القرار), bare
_REFUSED_UNAIMED = _REFUSED_ACCORDS | {bare(normalize("القرار"))}
#: "the report" as a refusal's object, and the stem of a report named before it, normalised
_THE_REPORT = normalize("التقرير")
_REPORT_STEM = normalize("تقرير")
#: the memorandum, and what makes one told before an accord, no warrant (مذكرة تفاهم, not مذكرة توقيف), bare
_MEMORANDUM = bare(normalize("المذكرة"))
_UNDERSTANDING = frozenset(bare(normalize(w)) for w in ("تفاهم", "التفاهم"))


def _refuses_a_ruling(view: DocView, args: Args, i: int, hi: int) -> bool:
    """The object right after the subject of refusal ``i`` (past how and where it was said) is a decision
    or an accord referred back to (``ورفضت حكومة جوبا القرار``): refused, not aimed at its maker. An accord
    is so past the whole subject too (``ورفضت مصر واليونان المذكرة``، ``ورفض الرئيس X المذكرة``), and right
    after the verb where its subject is told before it (``غير أن الجامعة رفضت الاتفاق``); a memorandum only
    where the one told before is an understanding (not the warrant of ``أصدرت المحكمة مذكرة توقيف ... رفضت
    زاخاروفا المذكرة``, aimed at the court)."""

    if _object_word(view, _subject_end(args, i), hi) in _REFUSED_UNAIMED or _refuses_a_report_told(
        view, args, i, hi
    ):
        return True
    last = _subject_last(args)
    word = _object_word(view, i if last is None else last, hi)
    return word in _REFUSED_ACCORDS and (
        word != _MEMORANDUM
        or any(view.bare[j].startswith(_WARRANT) and view.bare[j + 1] in _UNDERSTANDING for j in range(i - 1))
    )


def _refuses_a_report_told(view: DocView, args: Args, i: int, hi: int) -> bool:
    """The object right after the subject of refusal ``i`` is "the report", one named before it as a
    document (``قال فريق التحقيق في تقرير نشره ... بينما رفضت روسيا التقرير``، ``قدم الفريق تقريره ...
    ورفضت الحكومة اليمنية التقرير``): its findings are denied, aimed at no one (not an accusation told with
    no report named, whose maker it answers)."""
    k = past_said_in(view.core, past_later(view.core, _subject_end(args, i) + 1))
    return (
        k < hi
        and k not in view.inside
        and view.core[k] == _THE_REPORT
        and any(view.bare[j].startswith(_REPORT_STEM) for j in range(k))
    )


def _refuses_own_plea(view: DocView, args: Args, i: int, hi: int) -> bool:
    """The object of refusal ``i``, right after the verb or past its subject (and how and where it was
    said), is a call or plea with its maker's pronoun (``رفضت دعوتهما``، ``رفض الرئيس عبد الحميد
    التماسه``)."""
    last = _subject_last(args)
    return any(_object_word(view, end, hi) in _OWN_PLEAS for end in ((i,) if last is None else (i, last)))


def _object_word(view: DocView, end: int, hi: int) -> str | None:
    """The bare word right after token ``end`` (a verb's subject's last), past how and where it was said
    (``ورفض المجلس في بيان القرار``): the verb's object, unless a name covers it."""
    k = past_said_in(view.core, past_later(view.core, end + 1))
    return view.bare[k] if k < hi and k not in view.inside else None


#: charges and criticism a refusal may be of, plural (رفض X اتهامات Y، الانتقادات الفرنسية), bare: denied,
#: aimed at no one (not a single charge a court rules on, ورفضت المحكمة اتهام أبيدجان, nor a claim to a
#: right, رافضة ادعاءات إيران بأن لها حصة في الحقل: aimed at the claimant)
_REFUSED_CHARGES = frozenset(bare(normalize(w)) for w in ("الاتهامات", "اتهامات", "الانتقادات", "انتقادات"))


def _refuses_charges(view: DocView, args: Args, i: int, hi: int) -> bool:
    """The object right after the subject of refusal ``i`` (past how and where it was said) is charges or
    criticism (``رفض بالادينو اتهامات ظريف``، ``ورفض بقائي الانتقادات الفرنسية``): a denial, aimed at no
    one, neither the charges' author nor the country of their adjective; past a title told with the
    subject too (``رفض المتحدث باسم الخارجية الأميركية روبرت بالادينو اتهامات ظريف``)."""
    last = _subject_last(args)
    return any(
        _object_word(view, end, hi) in _REFUSED_CHARGES
        for end in (_subject_end(args, i), i if last is None else last)
    )


#: what a refusal may be of that faces or sits with someone (رفض المثول أمام المحكمة، الجلوس مع X، أي تفاوض مع
#: X), bare
_MEETINGS_REFUSED = frozenset(
    bare(normalize(w)) for w in ("المثول", "الجلوس", "التفاوض", "الحوار", "التحاور", "الاجتماع", "اللقاء")
)
#: the prepositions of whom one faces or sits with, normalised
_FACED = frozenset(normalize(w) for w in ("مع", "أمام"))
#: how far after such a word the one faced may be named (الجلوس إلى طاولة واحدة مع السراج)
_FACED_REACH = 6


def _refused_meeting_with(view: DocView, args: Args, i: int, hi: int) -> list[str]:
    """Whom the refusal ``i`` is to face or sit with: the actor after مع or أمام a few words after a word
    of appearing, sitting or talking right after the verb or the subject named after it (``ورفضت حداد
    المثول أمام المكتب``، ``رفضت الحكومة أي تفاوض مع المنظمة``، ``غير أن الوزير رفض الجلوس مع X``); else
    ``[]``."""
    last = _subject_last(args)
    k = past_said_in(view.core, past_later(view.core, (i if last is None else last) + 1))
    if k < hi and view.bare[k] in _ANY:
        k += 1
    if k >= hi or k in view.inside or view.bare[k] not in _MEETINGS_REFUSED:
        return []
    for j in range(k + 1, min(hi, k + 1 + _FACED_REACH)):
        if view.is_boundary(j):
            return []
        if (m := view.at.get(j)) is not None:
            return list(m.entities) if m.prep in _FACED and m.etype in ACTOR_TYPES else []
    return []


#: a delegation or a mission a hand-over is made to, bare (إلى وفد من وزارة الخارجية، إلى بعثة من اللجنة)
_RECEIVING_MISSIONS = frozenset(bare(normalize(w)) for w in ("وفد", "بعثة"))


def _handed_to(view: DocView, i: int, lo: int, hi: int, exclude: Sequence[str]) -> list[str]:
    """The actor, not a place, named after إلى in the clause of hand-over ``i`` (``سلمت حركة إم 23
    مواقعها في بلدة كيبومبا إلى قوة شرق أفريقيا``): whom it is handed to; else ``[]``."""
    _, end = view.clause(i, lo, hi)
    if end + 1 < hi and view.tokens[end].text in _COMMAS and view.norm[end + 1] in _AMONG:
        # past who is among those handed over, between commas (سلمت السلطات 26 صيادا، بينهم أفراد من
        # الأسرة الحاكمة، إلى وفد من وزارة الخارجية)
        shut = next(
            (k for k in range(end + 2, min(hi, end + _AMONG_WINDOW)) if view.tokens[k].text in _COMMAS), None
        )
        if shut is not None:
            end = view.clause(shut + 1, lo, hi)[1]
    for k in range(i + 1, end):
        m = view.at.get(k)
        if m is None or m.etype in PLACE_TYPES:
            continue
        if m.prep == _TO or (
            # (or to a delegation of the body: إلى وفد من وزارة الخارجية القطرية)
            m.prep == FROM and k >= 3 and view.bare[k - 2] in _RECEIVING_MISSIONS and view.core[k - 3] == _TO
        ):
            return [e for e in m.entities if e not in exclude]
    return []


def _only_in_purpose(view: DocView, i: int, mentions: Sequence[ActorMention], actor: str) -> bool:
    """Whether every mention of ``actor`` after trigger ``i`` has no مع before it and comes past a word
    with ل (``لتدريب عناصر من الجيش الليبي``، ``لإجلاء المدنيين باتجاه زابوريجيا``): named in what an
    act is for, no party to it; False where none mentions it."""
    named = [m for m in mentions if actor in m.entities and m.first > i]
    return bool(named) and all(
        m.prep != WITH and any("ل" in view.tokens[k].proclitics for k in range(i + 1, m.first)) for m in named
    )


def _state_handed_to(view: DocView, args: Args, target: Sequence[str]) -> str | None:
    """The state named bare right after a hand-over's subject when someone else is named after it
    (``سلمت السلطات الإسبانية الجزائر رجل الأعمال X``): the first object, the recipient; else None."""
    last = _subject_last(args)
    a = view.at.get(last + 1) if last is not None else None
    if a is None or a.prep is not None or a.etype != "GPE" or len(a.entities) != 1:
        return None
    state = a.entities[0]
    return state if any(t != state for t in target) else None


def _subject_end(args: Args, i: int) -> int:
    """The last token of the subject found after verb ``i``: its first actor named, or the people noun
    right after the verb when that actor is none of the subject (ورحب الفلسطينيون بالاتفاق بين فتح وحماس)."""
    first = args.mentions[0] if args.mentions else None
    return first.last if first is not None and set(first.entities) & set(args.source) else i + 1


def _past_members(view: DocView, k: int, hi: int) -> int:
    """The first token from ``k`` past the words for an actor's members or forces before its name (``تورط
    عناصر مجموعة X``، ``من قوات الحرس الجمهوري``): where the body they stand for is named."""
    while k + 1 < hi and k not in view.at and view.core[k] in MEMBERS:
        k += 1
    return k


def _withdrawn_forces(view: DocView, obj: tuple[int, int], hi: int) -> tuple[str, ...]:
    """The actors a withdrawal's object of forces spanning ``obj`` names: at its head or right after it
    (``سحب القوات الأميركية``، ``سحب تعزيزات الشرطة``), or after من (``سحب ألف جندي من قوات X``، or the
    site they leave: ``سحب 80 من موظفيها من مركز X``)."""
    first, last = obj
    k = _past_members(view, last + 2 if last + 2 < hi and view.core[last + 1] == FROM else last + 1, hi)
    heads = (first, k) if k < hi else (first,)
    return tuple(e for m in heads if (a := view.actor(m)) is not None for e in a.entities)


def _inquired_deed_agent(view: DocView, into: int, hi: int) -> list[str]:
    """The agent of the deed named right after the في (at ``into``) of an inquiry asked for or opened
    (``بفتح تحقيق في غارات تحالف دول الساحل``), or of a wrongdoing or part in one (``في تورط عناصر
    مجموعة X``): the deed's genitive; or the body whose conduct, dealings or papers are looked into, the
    genitive of a bare noun there (``فتحت الهيئة تحقيقا في عقود الشركة العامة لتسويق الأدوية``); else
    ``[]``."""
    k = into + 1
    if k < hi and view.tokens[k].text in QUOTE_MARKS:
        k += 1  # بفتح تحقيق في "جرائم الجيش"
    if k + 1 >= hi or k in view.inside:
        return []
    conduct = k not in view.acts and view.bare[k] not in _MISDEEDS
    if conduct and view.core[k].startswith("ال"):
        return []
    if (a := view.actor(_past_members(view, k + 1, hi))) is None:
        return []
    if conduct and (a.first != k + 1 or any(view.entities[e].type != "ORG" for e in a.entities)):
        return []  # (not a person's: في وفاة X، في اختفاء X, whom it befell)
    return list(view.group_after(a)[0]) if a.prep in (None, GENITIVE_IN_PP) else []


def _quoted_deed_agent(view: DocView, end: int, hi: int) -> list[str]:
    """The actor named bare right after a verbal noun that opens a quotation right after a stance's
    subject ending at ``end`` (``أدانت X «قمع السلطات الإيرانية للطلاب»``): the deed's genitive, its
    agent; else ``[]``."""
    k = end + 1
    if k + 2 >= hi or view.tokens[k].text not in QUOTE_MARKS or k + 1 not in view.acts:
        return []
    a = view.actor(k + 2)
    return list(view.group_after(a)[0]) if a is not None and a.prep is None else []


def _offered_between(view: DocView, end: int, hi: int) -> int | None:
    """The token of ``بين`` shortly after an offer's object ending at ``end`` (``استضافة جولة جديدة من
    المحادثات المباشرة بين``), no boundary between; None when there is none."""
    for k in range(end + 1, min(hi, end + 1 + _OFFER_REACH)):
        # (the word right after the object qualifies it, whatever it may read as: اتفاقية تعاون)
        if view.is_boundary(k) or (k in view.verbs and k != end + 1):
            return None
        if view.core[k] == _BETWEEN:
            return k
    return None


#: words for a term of years or months (١٠ سنوات، 15 عاما), normalised
_TERMS = frozenset(
    normalize(w) for w in ("سنوات", "سنة", "سنين", "عاما", "أعوام", "عامين", "سنتين", "شهرا", "أشهر", "شهور")
)
#: how far after على the person given another term may be named, titles between
_SENTENCED_REACH = 10


#: "his (her) predecessor, successor" before a name, normalised (و12 عاما على سلفه X)
_PREDECESSORS = frozenset(normalize(w) for w in ("سلفه", "سلفها", "خلفه", "خلفها"))
#: "his (her) wife, husband, brother, son, daughter" before a name, normalised without و (بسجن X 14 عاما
#: وزوجته Y سبع سنوات): the kin sentenced with the person
_KIN_OF_SENTENCED = frozenset(
    normalize(w)
    for w in (
        *("زوجته", "زوجها", "شقيقه", "شقيقها", "شقيقته", "شقيقتها", "نجله", "نجلها", "ابنه", "ابنها"),
        *("ابنته", "ابنتها", "نجلته", "نجلتها", "والده", "والدها", "والدته", "والدتها"),
    )
)


def _also_sentenced(view: DocView, i: int, hi: int, target: Sequence[str]) -> list[str]:
    """The people a sentence at ``i`` gives another term after its target (``بالسجن 15 عاما على X، و10
    سنوات على Y``): each term after ``، و``, then على and the person, titles between."""
    # (the name's last mention: a title told as the person's before it, رئيس الوزراء الأسبق أحمد أويحيى)
    last = max(
        (a.last for k in range(i + 1, hi) if (a := view.actor(k)) is not None and target[-1] in a.entities),
        default=None,
    )
    out: list[str] = []
    while last is not None and last + 4 < hi:
        if _term_at(view, last + 1, hi) and "و" in view.tokens[last + 3].proclitics:
            # بسجن X 15 عاما وY 12 عاما: the term after the name, then the next one sentenced
            a = _sentenced_person(view, last + 3, last + 2, hi)
        else:
            k = last + 2 if view.tokens[last + 1].text in _COMMAS else last + 1  # (a comma before و or not)
            if view.tokens[k].text == "و":
                k += 1  # (و cut off a number written in digits: و ١٠)
            elif "و" not in view.tokens[k].proclitics:
                break
            if not _term_at(view, k, hi):
                break
            k += 2  # و10 سنوات
            if view.core[k] != ON:
                break
            a = _sentenced_person(view, k + 1, k + 1, hi)
        if a is None:
            break
        out.extend(e for e in a.entities if e not in target and e not in out)
        last = a.last
    return out


def _term_at(view: DocView, k: int, hi: int) -> bool:
    """A term of years or months starts at ``k`` (``10 سنوات``، ``عشرين عاما``), before ``hi``."""
    number = view.core[k].isdigit() or view.core[k] in number_words() or view.in_amount(k)
    return k + 2 < hi and number and view.norm[k + 1] in _TERMS


def _sentenced_person(view: DocView, start: int, before: int, hi: int) -> ActorMention | None:
    """The person named from ``start`` on, within reach of ``before``, with only titles (and the body of
    one, a predecessor's word) from ``start`` up to the name: one more sentenced."""
    reach = range(start, min(hi, before + _SENTENCED_REACH))
    a = next((a for j in reach if (a := view.actor(j)) is not None and a.etype == "PER"), None)
    if a is None or not all(
        j in view.inside
        or view.tokens[j].text in QUOTE_MARKS
        or view.only_titles(j, j + 1)
        or view.norm[j] in _PREDECESSORS
        or view.core[j] in _KIN_OF_SENTENCED
        for j in range(start, a.first)
    ):
        return None  # (titles between, and the body of one: نائب رئيس حزب «مصر القوية» X; سلفه X; وزوجته X)
    return a


#: how far after من a body's name may start, past its kind and quotation marks (من حركة «أوقفوا إيكوب»)
_BODY_AFTER_FROM_REACH = 3


def _body_after_from(view: DocView, j: int, hi: int) -> ActorMention | None:
    """The body named right after ``من`` at ``j``, or past the kind of body and the quotation marks its
    name stands in (``عن 11 طالبا من حركة «أوقفوا إيكوب»``)."""
    body = view.actor(j + 1)
    if body is None:
        body = view.first_actor(j + 2, min(hi, j + 1 + _BODY_AFTER_FROM_REACH))
        if body is None or body.prep_at != j or not view.members_of(body):
            return None
    return body


def _subject_among(view: DocView, i: int, hi: int) -> list[str]:
    """The actors named after ``بينها`` right after the unnamed subject of verb ``i``, a comma before it
    (``وطالبت دول عدة، بينها مصر والأردن، مجلس الأمن``، ``وانتقدت منظمات حقوقية، بينها X، القرار``) or
    none (``تسع دول بينها X وY``); a definite object that names no one may come first (``وعارضت القرار تسع
    دول بينها الولايات المتحدة وإسرائيل``: the subject after it is indefinite)."""
    start = i + 1
    if start + 1 < hi and view.bare[start] in _FRONTED_OBJECTS and not view.tokens[start].proclitics:
        if start in view.at or start in view.inside or view.core[start + 1].startswith("ال"):
            return []
        start += 1  # (the object before the subject)
    if start >= hi or view.core[start].startswith("ال") or view.tokens[start].proclitics:
        return []
    for k in range(start, min(hi - 1, start + _LISTED_SUBJECT_REACH)):
        if k in view.inside or view.is_hard(k):
            return []
        if view.tokens[k].text in _COMMAS:
            return _named_among(view, k, hi, []) if view.norm[k + 1] in _AMONG else []
        if k > start and view.norm[k] in _AMONG_UNMARKED:
            return _named_among(view, k - 1, hi, [])
    return []


def _acted_on_itself(view: DocView, i: int, hi: int, body: str) -> bool:
    """The first mention of ``body`` after act ``i`` is what the act is done to, right after على or bare,
    not the body of the people acted on (``ستة ناشطين من حركة X``، ``تسعة ضباط في الجيش``)."""
    a = next((view.at[k] for k in range(i + 1, hi) if k in view.at and view.at[k].entities[0] == body), None)
    return a is not None and a.prep in (None, ON) and not view.members_of(a)


def _named_among(view: DocView, i: int, hi: int, source: list[str], after: int | None = None) -> list[str]:
    """The people named after ``بينهم`` (or ``من بينهم``) in the clause of verb ``i``, past its object
    (``اعتقلت الشرطة ثلاثة ناشطين، بينهم الناشط X``): named among those acted on. ``after``: where the
    object ends, when known; the window is counted from there (past the subject and the time before it:
    فرضت وزارة الخزانة الأمريكية، الأربعاء، عقوبات جديدة على 39 شخصا وكيانا بموجب قانون قيصر، بينهم)."""
    unnamed = False  # an among-word before named no one
    for k in range(i + 1, min(hi, (i if after is None else after) + 1 + _AMONG_WINDOW)):
        if view.is_hard(k) or (
            k in view.clause_verbs and k != i and (view.conjoined(k) or k in view.clause_at)
        ):
            return []  # (a relative clause on the people may stand between: 700 شخص شاركوا في الاحتجاجات)
        if k in view.acts and view.conjoined(k):
            return []  # فرض حظر التجول وتعليق أنشطة سبعة أحزاب، بينها X: named among the next act's
        if view.norm[k] not in _AMONG or (unnamed and view.norm[k] not in _MOST_PROMINENT):
            continue
        if (holder := view.titled_person(k, hi)) is not None:
            # بينهم المرشد العام لجماعة الإخوان المسلمين محمد بديع: the title's holder, past its office
            return [e for e in view.group_after(holder)[0] if e not in source]
        a = view.first_actor(k + 1, min(hi, k + 1 + _AMONG_REACH))
        if a is not None and a.prep_at == k + 2 and view.members_of(a):
            return [
                e for e in view.group_after(a)[0] if e not in source
            ]  # بينهم مسؤولون في روسيا: its people
        if a is None:
            # بينهم ستة من معتقلي الحراك أبرزهم الناشط X: no one named among them yet, maybe among the
            # most prominent of those (not among another word's: بينهم أطفال، في مدن بينها X)
            unnamed = True
            continue
        # (من بينهم: the name is read as a genitive in a prepositional phrase)
        if a.prep not in (None, GENITIVE_IN_PP):
            return []
        if not (view.only_titles(k + 1, a.first) or (a.first == k + 2 and view.core[k + 1].startswith("ال"))):
            return []  # (or one plural noun of what they are: بينهم المعارضون X وY، بينهم الصحفيان)
        if a.etype != "PER":
            a = _victim_named_after(view, a)  # بينهم مراسل "رويترز" كومبيرو أبيرا: the reporter
        return [e for e in view.group_after(a)[0] if e not in source]
    return []


#: a budget or fund something is given into (في ميزانية الوكالة), bare
_BUDGETS = frozenset(bare(normalize(w)) for w in ("ميزانية", "موازنة", "خزينة", "صندوق"))


def _aided_in(
    view: DocView, i: int, hi: int, source: list[str], deposit: bool, reach: int = OBJECT_WINDOW
) -> list[str]:
    """The country named after ``في`` within ``reach`` words in the clause of aid ``i`` (what is given there
    is given to it), with the countries coordinated with it (``في سوريا وتركيا``), or with ``deposit`` the
    body or country the money is put in."""
    for k in range(i + 1, min(hi, i + 1 + reach)):
        if view.is_hard(k) or (k in view.clause_verbs and k != i):
            return []
        a = view.actor(k)
        if (
            a is not None
            and a.prep == GENITIVE_IN_PP
            and a.entities[0] not in source
            and k >= 2
            and view.bare[k - 1] in _BUDGETS
            and view.core[k - 2] == _IN_PREP
        ):
            return [a.entities[0]]  # مساهماتهما في ميزانية الوكالة: the body whose budget it is
        if a is None or a.prep != _IN_PREP or a.entities[0] in source:
            continue
        entity = view.entities[a.entities[0]]
        if deposit or view.bare[k] in _BUDGETS:
            return [a.entities[0]]  # (a fund named as such: مساهمة بقيمة مليوني دولار في صندوق الأمم المتحدة)
        if entity.type == "GPE" and not is_town(entity):
            return [
                e
                for e in view.places_with(a.entities[0], i, hi)
                if view.entities[e].type == "GPE" and not is_town(view.entities[e])
            ]
    return []


#: the capital, bare: a capital named after it is named as the city (العاصمة باريس)
_THE_CAPITAL = bare(normalize("العاصمة"))


def _named_as_the_capital(view: DocView, entity: str, i: int, hi: int) -> bool:
    """``entity`` is named right after ``العاصمة`` in tokens ``(i, hi)`` (``بمحاصرة العاصمة باريس``): the
    city itself, not the state a capital may stand for."""
    return any(
        (m := view.at.get(k)) is not None and entity in m.entities and view.bare[k - 1] == _THE_CAPITAL
        for k in range(i + 2, hi)
    )


#: people aid is given to, their country named after them (لسكان ميانمار، منح لطلاب من موريتانيا), bare
_AIDED_PEOPLE = frozenset(
    bare(normalize(w))
    for w in ("سكان", "أهالي", "شعب", "نازحي", "لاجئي", "مواطني", "طلاب", "أبناء", "أطفال", "فقراء")
)


def _given_past_sum(view: DocView, i: int, hi: int, source: Sequence[str]) -> list[str]:
    """The actor aid at ``i`` is given to on ``ل`` (or the country of people it is given to: ``لسكان
    ميانمار``، ``لطلاب من موريتانيا``) past a sum or count that takes the clause's object window (``تقديم
    مساعدات إنسانية بقيمة 10 ملايين جنيه إسترليني لسكان ميانمار``): the words of the sum not counting."""
    end = _reach_past_counts(view, i + 1, hi, OBJECT_WINDOW)
    if end <= i + 1 + OBJECT_WINDOW:
        return []  # no sum passed: the window of the clause's own reading
    for k in range(i + 1, end):
        if view.is_hard(k) or (k in view.clause_verbs and k != i):
            return []
        a = view.actor(k)
        if a is None or a.entities[0] in source:
            continue
        people = k - 2 if k >= 2 and view.core[k - 1] == FROM else k - 1
        if a.prep == "ل" or (
            people > i and view.bare[people] in _AIDED_PEOPLE and "ل" in view.tokens[people].proclitics
        ):
            return [e for e in a.entities if e not in source]
    return []


#: perfect verbs of giving, normalised, whose object pronoun takes back the aid received (شحنة قدمتها X)
_GIVING_VERBS = frozenset(
    normalize(w) for w in ("قدم", "قدمت", "منح", "منحت", "أرسل", "أرسلت", "تبرع", "تبرعت")
)
#: how many tokens after the aid received its clause of giving may stand (شحنة أدوية وأغذية قدمتها X)
_GIVEN_BY_REACH = 3


def _given_by(view: DocView, end: int, hi: int) -> list[str]:
    """The actor named right after a verb of giving with an object pronoun, on it or on ب, shortly after
    the aid received ending at ``end`` (``تسلم المغرب شحنة لقاحات قدمتها منظمة يونيسف``، ``جرعة من لقاح
    تبرعت بها تركيا``): who gave it."""
    for k in range(end + 1, min(hi - 1, end + 1 + _GIVEN_BY_REACH)):
        if view.is_boundary(k) or k in view.inside:
            return []
        stem = view.tokens[k].stem
        if stem is None or normalize(stem.text) not in _GIVING_VERBS:
            continue
        if has_suffix(view.tokens[k]):
            giver = k + 1
        elif k + 2 < hi and view.norm[k + 1] in WITH_IT:
            giver = k + 2  # جرعة من لقاح تبرعت بها تركيا
        else:
            continue
        a = view.actor(giver)
        return list(a.entities) if a is not None else []
    return []


#: accepting or turning down what is offered, verbs and verbal nouns, bare (قبلت X عروض الدعم، قبول
#: المساعدات، رفضت المساعدة): whoever does it is whom the offer was made to
_TAKING_OR_REFUSING = frozenset(
    bare(normalize(w))
    for w in (
        *("قبل", "قبلت", "قبول", "تقبل", "يقبل", "رفض", "رفضت", "ترفض", "يرفض"),
        *("وافق", "وافقت", "موافقة"),
    )
)
#: how many words the offer may take between such a word and the relative word (عروض المساعدة العاجلة
#: التي قدمتها X), على after agreeing counted
_OFFER_WORDS = 4


def _offered_to(view: DocView, i: int, hi: int) -> list[str]:
    """Whom the aid told by a verb in a relative clause at ``i`` was offered to: the actor who accepts or
    turns down what the relative word takes back (``قبلت المملكة المغربية عروض الدعم التي قدمتها X``،
    ``أعلن المغرب قبول عروض المساعدة التي قدمتها X``): named before that word with no preposition, or
    right after it where it is a verb."""
    if i < 2 or view.core[i - 1] not in RELATIVES:
        return []
    k, words = i - 2, 0
    while k > 0 and words <= _OFFER_WORDS:
        k -= 1
        if view.is_boundary(k) or view.core[k] in RELATIVES:
            return []
        if k in view.inside:
            continue  # (the subject after the verb: رفضت الحكومة السودانية المساعدات التي)
        words += 1
        if view.bare[k] not in _TAKING_OR_REFUSING:
            continue
        before = view.mention_ending_at(k - 1) if k > 0 else None
        if before is not None and before.prep is None and not view.conjoined(k):
            return view.group_before(before)
        after = view.actor(k + 1) if k + 1 < hi and k in view.clause_verbs else None
        return list(after.entities) if after is not None and after.prep is None else []
    return []


#: the nouns of helping that tell, after ل, whom aid is for (لدعم الجيش، لمساعدة الحكومة), bare
_HELPING = frozenset(bare(normalize(w)) for w in ("دعم", "مساعدة", "تعزيز", "تجهيز"))
#: what of a body aid may help, named between the noun of helping and the body (لدعم قدرات الجيش), bare
_HELPED_PARTS = frozenset(bare(normalize(w)) for w in ("قدرات", "جهود", "ميزانية", "موازنة", "برامج"))
#: how many definite words after the noun of helping may name what is helped, its nationality last
_HELPED_PHRASE = 3


#: how many construct nouns may stand between a noun of helping and the body helped (لدعم رواتب موظفي السلطة)
_HELPED_CHAIN = 2


def _past_construct_nouns(view: DocView, j: int, hi: int) -> int | None:
    """The token after one or two bare construct nouns from ``j`` on (``تحقيقات``، ``رواتب موظفي``): words
    with no article and no proclitic, of no name, no verb and no preposition, where the chain's last
    noun, a name, follows them; None where ``j`` starts no such chain."""
    k = j
    while k < min(hi - 1, j + _HELPED_CHAIN):
        if (
            k in view.inside
            or view.is_boundary(k)
            or k in view.clause_verbs
            or view.tokens[k].proclitics
            or view.core[k].startswith("ال")
            or view.opens_pp(k)
            or view.core[k].isdigit()
            or view.in_amount(k)
        ):
            break
        k += 1
    return k if k > j and k in view.at else None


def _helped_by_aid(view: DocView, i: int, hi: int, source: list[str]) -> list[str]:
    """The actor named right after a noun of helping with ``ل`` in the clause of aid ``i`` (``تقديم منحة
    بقيمة مليون دولار لدعم الجيش اللبناني``، ``لدعم قدرات حرس الحدود``), or the country of the nationality
    after what it helps (``لدعم الاقتصاد التركي``، ``القطاع الصحي الأردني``): the one the aid goes to."""
    for k in range(i + 1, min(hi, i + 1 + _AID_REACH)):
        if view.is_hard(k) or (k in view.clause_verbs and k != i):
            return []
        if "ل" not in view.tokens[k].proclitics or view.bare[k] not in _HELPING:
            continue
        if k + 2 < hi and view.bare[k + 1] in _HELPED_PARTS:
            k += 1
        a = view.actor(k + 1) if k + 1 < hi else None
        if a is None and (named := _past_construct_nouns(view, k + 1, hi)) is not None:
            # لدعم تحقيقات المحكمة، لدعم رواتب موظفي السلطة الفلسطينية: the body whose work, staff or
            # means the aid helps, named at the end of their construct chain
            a = view.actor(named)
        if a is not None:
            return [e for e in a.entities if e not in source]
        j = k + 1
        while j + 1 < min(hi, k + 1 + _HELPED_PHRASE) and view.core[j].startswith("ال"):
            # لدعم الاقتصاد التركي، لدعم القطاع الصحي الأردني: the country of the nationality after what
            # the aid is to help
            j += 1
            if (country := view.nationality_country(j)) is not None:
                return [country] if country not in source else []
        return []
    return []


#: the marks that end what a verb of describing says (full stop, question and exclamation marks, semicolon)
_CLAUSE_ENDS = frozenset({".", "؟", "!", "؛"})


def _stance_of(cores: list[str], tokens: list[Token], i: int, deemed: bool) -> str | None:
    """ACCUSE or SUPPORT by the words of blame or praise in what the verb of describing at ``i`` calls
    its object, up to the end of its clause (a blame word wins: خطأ تاريخي); None with neither. A verb of
    deeming (``deemed``) takes an object and what it is deemed, not a clause (اعتبر أن لبنان يعاني: a
    view, no stance on anyone)."""
    found: set[str] = set()
    for k in range(i + 1, min(i + 1 + _DESCRIPTION_REACH, len(tokens))):
        if tokens[k].text in _CLAUSE_ENDS or (tokens[k].text in _COMMAS and found):
            break
        if deemed and not found and tokens[k].norm in _THAT:
            return None
        # (the word as written where the clitic split cut a letter of it: فاسدة, no ف "and")
        polarity = stance_words().get(_stance_key(cores[k])) or stance_words().get(
            _stance_key(tokens[k].norm)
        )
        if polarity is not None and k > 0 and cores[k - 1] == _NOT_NOUN:
            polarity = _BLAME  # «غير بناء»، «غير مقبول»: praise denied is blame
        if polarity is not None:
            found.add(polarity)
    if _BLAME in found:
        return "ACCUSE"
    return "SUPPORT" if found else None


def _accusations_described(doc: Document, cores: list[str], readings: list[Reading], i: int) -> bool:
    """The verb of describing at ``i`` calls accusations something (``ووصف X الاتهامات بأنها``): a word
    for accusations with the article within a few words after it, no denial read before it in its
    sentence."""
    sentence = doc.tokens[i].sentence
    for j in range(i - 1, -1, -1):
        if doc.tokens[j].sentence != sentence:
            break  # (the tokens of a sentence run together)
        if any(e.type == "REJECT" for e in readings[j][0]):
            return False
    for k in range(i + 1, min(i + 1 + _ACCUSATIONS_REACH, len(cores))):
        if doc.tokens[k].text in _CLAUSE_ENDS or normalize(doc.tokens[k].text) in _THAT:
            return False
        if cores[k].startswith("ال") and bare(cores[k]) in _ACCUSATIONS and not doc.tokens[k].proclitics:
            return True
    return False


#: words for accusations, bare, and how far after a verb of describing they may be its object (past the
#: subject: ووصف متحدث باسم الخارجية الصينية الاتهامات)
_ACCUSATIONS = frozenset(bare(normalize(w)) for w in ("الاتهامات", "الاتهام", "المزاعم", "الادعاءات"))
_ACCUSATIONS_REACH = 8


def _stance_key(core: str) -> str:
    """A word without its article and a feminine, accusative or plural ending (جيدة، جيدا → جيد)."""
    word = bare(core)
    for ending in ("ات", "ين", "ون", "ه", "ا"):
        if word.endswith(ending) and len(word) - len(ending) >= 3 and word[: -len(ending)] in stance_words():
            return word[: -len(ending)]
    return word


def _characterised(cores: list[str], tokens: list[Token], i: int) -> bool:
    """Token ``i`` opens what something is called after a verb of describing or deeming and ``بأنه`` or
    ``أنه`` (``وصفته بأنه «اعتداء سافر»``، ``معتبرا أنها «اعتداء سافر»``), or after a verb of deeming and its
    object pronoun (``معتبرة إياها «تدخلا سافرا»``، ``اعتبرتها تدخلا``), quotation marks between or not."""
    k = i - 1
    while k >= 0 and tokens[k].text in QUOTE_MARKS:
        k -= 1
    if k >= 0 and tokens[k].norm in _DEEMED_OBJECTS:
        k -= 1  # معتبرة إياها «تدخلا سافرا»، معتبرا ذلك "تدخلا": what its object is deemed
        return k >= 0 and cores[k].startswith(_DEEMING)
    if k >= 0 and cores[k].startswith(_DEEMING) and has_suffix(tokens[k]):
        return True  # تصريحات اعتبرتها تدخلا في الشؤون الداخلية
    if k < 1 or tokens[k].norm not in _THAT_IT:
        return False
    return any(
        cores[j].startswith(_DESCRIBING) or tokens[j].norm.startswith(_DESCRIBING)
        for j in range(max(k - _DESCRIBED_GAP, 0), k)
    )


def _partner(view: DocView, i: int, hi: int, source: list[str]) -> list[str]:
    """The partner named after ``مع`` of ties praised at ``i`` (``أشاد X بمستوى التعاون العسكري مع
    أنقرة``، ``رحب بالشراكة مع الاتحاد الأوروبي``): whom the praise is for."""
    i = _past_subject(view, i, hi, source)
    if i + 1 < hi and view.tokens[i + 1].text in _COMMAS and (closing := view.aside_naming(i + 1, hi)):
        i = closing  # أعرب X، في اتصال هاتفي مع Y، عن تضامنه مع لبنان: past the occasion and whom it names
    for k in range(i + 1, min(hi, i + 1 + OBJECT_WINDOW)):
        if view.tokens[k].text in QUOTE_MARKS:
            continue  # (أشادت X بـ«الشراكة المتميزة» مع البنك الدولي)
        tie = k not in view.inside and view.bare[k] in _TIES  # (تضامن may read as a verb too)
        if view.is_boundary(k) or (k in view.verbs and not tie):
            return []
        if not tie:
            continue
        for j in range(k + 1, min(hi, k + 2 + _TIES_REACH + _QUOTE_ALLOWANCE)):
            if view.tokens[j].text in QUOTE_MARKS:
                continue
            a = view.actor(j)
            if a is not None and a.prep != WITH and j == k + 1:
                continue  # تضامن بلاده مع مصر: whose the ties are, the genitive
            if a is not None:
                return [e for e in a.entities if e not in source] if a.prep == WITH else []
            if view.is_boundary(j):
                return []
        return []
    return []


#: a purchase a deal is signed or made for (صفقة لشراء، عقدا لاستيراد), normalised; how many words may
#: stand between the deal and it (عقدا تجاريا لشراء), and how far after it the seller may be named
_PURCHASES = frozenset(normalize(w) for w in ("لشراء", "لاستيراد"))
_PURCHASE_GAP = 2
_SELLER_REACH = 12


def _seller(view: DocView, k: int, hi: int, source: list[str]) -> list[str]:
    """The seller named after ``من`` in the purchase that the deal at object head ``k`` is for (``وقعت
    الصين صفقة لشراء الغاز من تركمانستان``، ``عقدا لشراء مليون طن من الأرز من فيتنام وتايلاند``): the
    other party to it."""
    buy = next((j for j in range(k + 1, min(hi, k + 2 + _PURCHASE_GAP)) if view.norm[j] in _PURCHASES), None)
    if buy is None:
        return []
    for j in range(buy + 1, min(hi, buy + 1 + _SELLER_REACH)):
        if view.is_boundary(j) or j in view.clause_verbs:
            return []
        a = view.actor(j)
        if a is not None and a.prep == FROM:
            return [e for e in view.group_after(a)[0] if e not in source]
    return []


def _giver(view: DocView, i: int, hi: int, source: list[str], direct: bool = False) -> list[str]:
    """Who gave what is praised at ``i``, named after ``من`` (or ``من قبل``) a few words past the praised
    noun after ب (``أشاد X بـ«الدعم السخي» من المملكة``، ``بالجهود المبذولة من قبل Y``): whom the praise
    is for. With ``direct`` (a condemnation), the verb's direct object too, and the name after what it is
    called (``انتقدت X «التهديدات» من مدريد``، ``ندد X بما وصفه بـ«الاستفزازات» من بكين``): whom it blames."""
    i = _past_subject(view, i, hi, source)
    praised = next(
        (
            k
            for k in range(i + 1, min(hi, i + 1 + _QUOTE_ALLOWANCE + 1))
            if "ب" in view.tokens[k].proclitics
            or view.core[k] == "ب"  # (بـ«الدعم»: ب written apart)
            or (direct and view.tokens[k].text not in QUOTE_MARKS)
        ),
        None,
    )
    if (
        direct
        and praised is not None
        and (owner := view.actor(praised + 1)) is not None
        and owner.prep == "ل"
    ):
        # ودانت المفوضية التابعة للأمم المتحدة «الاستخدام المفرط للقوة»: the subject's affiliation, the
        # object after its body
        praised = next(
            (
                k
                for k in range(owner.last + 1, min(hi, owner.last + 2 + _QUOTE_ALLOWANCE))
                if view.tokens[k].text not in QUOTE_MARKS
            ),
            None,
        )
    if praised is not None and direct and praised + 1 < hi and view.norm[praised] in _WHAT:
        # بما وصفته بـ«الاستفزازات»: the name given, after the verb of naming
        praised = praised + 1 if view.norm[praised + 1].startswith(NAMING_STEMS) else None
    if praised is None or praised in view.inside:
        return []
    for k in range(praised + 1, min(hi - 1, praised + 1 + _PRAISED_GIVER_REACH + _QUOTE_ALLOWANCE)):
        if view.tokens[k].text in QUOTE_MARKS:
            continue
        owner = view.actor(k)
        if owner is not None and owner.prep == "ل" and _owned_by(view, praised, k):
            # أشاد X بنجاعة السياسات الفلاحية للمغرب: the owner after ل of a praised quality, no act done to
            # it (not بالدعم المقدم للشعب: whom it was given to)
            return [e for e in owner.entities if e not in source]
        if view.is_boundary(k) or k in view.verbs or k in view.inside:
            return []
        if view.core[k] == FROM:
            j = k + 2 if k + 2 < hi and view.core[k + 1] == BEFORE else k + 1
            a = view.actor(j)
            return [e for e in a.entities if e not in source] if a is not None else []
    return []


#: how many words after the praised noun its giver may be named
_PRAISED_GIVER_REACH = 4


def _owned_by(view: DocView, praised: int, k: int) -> bool:
    """The praised noun at ``praised`` and the definite words after it up to ``k`` name a quality or a
    policy, no act (``بنجاعة السياسات الفلاحية``): what an owner named after ل at ``k`` has."""
    return all(
        j not in view.acts and j not in view.participles and (j == praised or view.core[j].startswith("ال"))
        for j in range(praised, k)
    )


def _claimable(entry: Entry) -> bool:
    """The verbal noun names a deed whose doer may announce it (أعلن الجيش اعتقال، أعلن البنك منح):
    not a clash with no one behind it, an explosion or a fall of shells."""
    return entry.type in _CLAIMED_TYPES and not (entry.type == "ASSAULT" and entry.lemma in _AGENTLESS)


def _after_conjoined_enacting(view: DocView, i: int, entry: Entry) -> bool:
    """The noun at ``i`` is right after a verb of deciding, announcing (or, for a speech act, declaring)
    that carries و and so names no subject before it (``وأعلنت إرسال``، ``وقررت فرض``)."""
    k = i - 1
    while k > 0 and view.tokens[k].text in QUOTE_MARKS:
        k -= 1
    verbs = GOVERNING if entry.type in _SPEECH_ACTS else ENACTING | CLAIMING
    return k >= 0 and view.core[k] in verbs and "و" in view.tokens[k].proclitics


#: "in" or "during" a call (في اتصال هاتفي، خلال اتصال), and the prepositions of whom a speaker addresses
_IN_A_CALL = frozenset(normalize(w) for w in ("في", "خلال", "أثناء"))
_ADDRESSED_PREPS = frozenset({None, "ل", WITH})


#: a call or a message (اتصال هاتفي، رسالة) in which something was said to someone, bare
_EXCHANGES = _MESSAGES | frozenset(bare(normalize(w)) for w in ("اتصال", "اتصالا", "مكالمة", "اتصالات"))
#: the types of what is told to someone in a call or a message: a pledge, an apology, readiness (not
#: praise, mostly of a third party: أشاد X، في اتصال هاتفي مع Y، بالمبادرة الملكية)
_TOLD_TO_TYPES = frozenset({"CONCEDE"})
#: "to him (her, them)": a preposition of giving with a pronoun beside a word of support (وقدم له
#: تعازيه، نقل إليه تعازي X), normalised
_TO_THEM = frozenset(normalize(w) for w in ("له", "لها", "لهم", "لهما", "إليه", "إليها", "إليهم", "إليهما"))
#: how far from the trigger such a phrase may stand, and how many words (هاتفي) between its noun and إلى/مع
_EXCHANGE_REACH = 12
_EXCHANGE_WORDS = 2


def _addressed_in(view: DocView, i: int, hi: int, source: Sequence[str]) -> list[str]:
    """Whom the act at ``i`` was told to in a call or a message named in its sentence, after في or خلال
    and before إلى or مع (``أعلنت تيك توك في رسالة إلى الحكومة الهندية استعدادها``، ``وفي اتصال هاتفي مع
    نظيره الفرنسي X، تعهد عراقجي``), none of ``source``."""
    lo_k = max(view.bounds[view.tokens[i].sentence][0], i - _EXCHANGE_REACH)
    for k in range(lo_k, min(hi, i + _EXCHANGE_REACH)):
        if k in view.inside or view.bare[k] not in _EXCHANGES:
            continue
        if not (k > 0 and view.core[k - 1] in _IN_A_CALL) and "ب" not in view.tokens[k].proclitics:
            continue  # (في رسالة، خلال اتصال، برسالة)
        for m in range(k + 1, min(hi, k + 2 + _EXCHANGE_WORDS)):
            a = (
                view.first_actor(m + 1, min(hi, m + 1 + _EXCHANGE_REACH))
                if view.core[m] in (_TO, WITH)
                else None
            )
            if a is not None and (
                a.first == m + 1 or a.prep in (_TO, WITH) or view.only_titles(m + 1, a.first)
            ):
                return [e for e in view.group_after(a)[0] if e not in source]
    return []


def _letter_addressee(view: DocView, i: int, hi: int) -> list[str]:
    """Whom the letter that the act at ``i`` was told in (``فيها`` right after it) went to: named after
    إلى right after the letter, past the verb of sending it (``رسالة وجهها إلى الرئيس X أبدى فيها أسفه``،
    ``بعث برسالة إلى نظيره X، اعتذر فيها``), or the subject of the verb of receiving it, named before the
    letter or right before its verb (``تلقى الرئيس X رسالة من Y، أعرب فيها عن أسفه``); [] for none."""
    if i + 1 >= hi or view.core[i + 1] not in RESUMPTIVE:
        return []
    lo_k = max(view.bounds[view.tokens[i].sentence][0], i - _EXCHANGE_REACH)
    k = next(
        (k for k in range(i - 1, lo_k - 1, -1) if view.bare[k] in _MESSAGES and k not in view.inside), None
    )
    if k is None:
        return []
    got = next((j for j in range(k - 1, lo_k - 1, -1) if view.core[j] in RECEIVING), None)
    if got is not None:
        a = view.first_actor(got + 1, k) or view.subject_before(got)  # (أن الرئيس X تلقى رسالة)
        return list(a.entities) if a is not None and a.prep is None else []
    for m in range(k + 1, min(i, k + 2 + _EXCHANGE_WORDS)):
        if view.core[m] == _TO and (a := view.first_actor(m + 1, i)) is not None:
            named = a.first == m + 1 or view.only_titles(m + 1, a.first)
            return list(view.group_after(a)[0]) if named else []
    return []


def _call_in(view: DocView, i: int, lo: int) -> tuple[list[str], list[str]] | None:
    """The caller and the one called for the call noun at ``i`` after في or خلال that names no partner, by
    the verb of its clause before it: its subject and the one it addresses named between them (``حذر تبون
    ماكرون في اتصال هاتفي``، ``أكد بوتين للوكاشينكو، في اتصال هاتفي``، ``إنه أثار القضية مع نظيره Y في
    اتصال``); None where either is missing."""
    k = i - 1
    while k > lo and view.tokens[k].text in _COMMAS:
        k -= 1
    if k <= lo or view.core[k] not in _IN_A_CALL:
        return None
    verb = next(
        (
            v
            for v in range(k - 1, lo - 1, -1)
            if v in view.verbs or v in view.clause_verbs or v in view.speech
        ),
        None,
    )
    if verb is None:
        return None
    actors = [view.at[m] for m in range(verb + 1, k) if m in view.at and view.actor(m) is not None]
    before = view.subject_before(verb)  # (وكان الرئيس X قد حذر Y: the subject before its verb)
    subject = None if before is not None else next((a for a in actors if a.prep is None), None)
    if before is not None:
        caller = list(before.entities)
    elif subject is not None:
        caller = list(subject.entities)
    else:
        caller = view.pronoun_subject(verb)
    called = [
        e for a in actors if a is not subject and a.prep_after(verb) in _ADDRESSED_PREPS for e in a.entities
    ][:1]
    called = [e for e in called if e not in caller]
    return (caller, called) if caller and called else None


def _office_object(view: DocView, i: int, obj: tuple[int, int] | None) -> bool:
    """The verb at ``i`` takes the office-holder's title right after it as its object (``وطردت المفوض
    السامي الهندي``): he is acted on, not the verb's unnamed subject."""
    return obj is not None and obj[0] == i + 1 and view.bare[i + 1] in title_heads()


def _unnamed_subject(view: DocView, i: int, entry: Entry, obj: tuple[int, int] | None) -> bool:
    """A noun that names no one stands right after verb ``i`` as its subject (``DocView.unnamed_subject``),
    unless it is the verb's object: an office-holder's title or an indefinite head its frame takes, a
    man's title after a feminine verb (``واعتقلت المدير``), a feminine body after a masculine verb (``ودعا
    الحكومة إلى``، ``وطالب السلطات بـ``) or, after a verb joined by و, a definite plural in the accusative
    (``ودعا المعتصمين إلى``)."""
    if not view.unnamed_subject(i) or _office_object(view, i, obj) or _unnamed_object(view, i, obj):
        return False
    if entry.pos != "verb" or i + 1 >= len(view.tokens) or not view.core[i + 1].startswith("ال"):
        return True
    after = view.core[i + 1]
    if _feminine_verb(view, i, entry) is False and _body_gender(view.tokens[i + 1].text) == "F":
        return False
    if _feminine_verb(view, i, entry) and not after.endswith("ه") and bare(after) in title_heads():
        return False  # واعتقلت المدير السابق للشركة: a man's title after a feminine verb is its object
    return not (view.conjoined(i) and after.endswith("ين") and not view.plural_verb(view.tokens[i]))


def _unnamed_object(view: DocView, i: int, obj: tuple[int, int] | None) -> bool:
    """The word right after verb ``i`` that could be an unnamed subject is the indefinite head of the
    object its frame takes (``ونشرت قوات إضافية``، ``وأرسلت قوات إلى كشمير``): the subject is unsaid and
    goes on; not a construct with a definite genitive (``ونشرت قوات الأمن حواجز``: the forces deploy)."""
    if obj is None or obj[0] != i + 1 or view.core[i + 1].startswith("ال"):
        return False
    after = obj[1] + 1
    return after >= len(view.tokens) or not view.core[after].startswith("ال")


#: how far before a verb joined by و the verb it goes on from may stand, past that verb's object and
#: setting (إن قواتها نفذت العملية بالتنسيق مع قيادة التحالف، واعتقلت ثلاثة عناصر)
_OWNED_CONJUNCT_REACH = 14


def _owned_forces_go_on(view: DocView, i: int) -> list[str]:
    """The body whose forces, named by a pronoun suffix, are the subject of the verb that verb ``i``,
    joined to it by و with no subject of its own, goes on from (``قالت هيئة أركان الجيش المالي إن قواتها
    قضت على المهاجمين واعتقلت 20 مشتبها بهم``): the forces act again, standing for their body, not the
    object of the verb before nor one named in its setting; else []."""
    if not view.conjoined(i):
        return []
    sentence = view.tokens[i].sentence
    for k in range(i - 1, max(i - 1 - _OWNED_CONJUNCT_REACH, 0), -1):
        if view.tokens[k].sentence != sentence or view.is_hard(k):
            return []
        if k in view.verbs:
            return view.members_owner(k - 1, []) if k - 1 not in view.inside else []
        if view.core[k - 1] in COMPLEMENTIZERS and view.owned_members(k):
            return view.members_owner(k, [])  # (a verb not in the lexicon before: إن قواتها نفذت العملية)
    return []


def _implicit_subject(
    view: DocView,
    i: int,
    entry: Entry,
    args: Args,
    quote: Quote | None,
    last_source: tuple[int, list[str]] | None,
    obj: tuple[int, int] | None,
) -> tuple[list[str], list[str]]:
    """Source and target once unexpressed subjects are filled in.

    A circumstantial participle (``منتقدا``) has the subject of its clause: the speaker of the quote it
    follows, else the source of the event before it in its sentence. In a quote a first-person verb,
    or one right after a pronoun complementiser (``أعلنت X أنها سترسل``), has the speaker as subject,
    another verb the people the quote names; outside quotes a verb continues the subject of the event
    before it (same or previous sentence), and a verb conjoined with و to an earlier event of its
    sentence keeps that event's subject, its bare noun being its object
    (``دانت الصين الهجوم وطالبت إسرائيل بالاعتذار``).
    """
    source, target = args.source, args.target
    if not source and _signers_after(i, entry, args):
        # ووقعت الاتفاق في أوتاوا وزيرة الخارجية الكندية X ونظيرها الدنماركي Y: the two named bare after
        # the deal signed it, no subject before goes on
        return source, target
    token = view.tokens[i]
    if not source and entry.pos == "verb" and (body := view.delegation_anaphor(i)):
        return body, [t for t in target if t not in body]  # استقبل X بعثة من Y. وحثت البعثة Z: Y asks
    if not source and entry.pos == "verb" and not args.passive and (owner := _owned_forces_go_on(view, i)):
        # إن قواتها نفذت العملية، واعتقلت ثلاثة عناصر: the forces' body goes on
        return owner, [t for t in target if t not in owner]
    speaker = quote.speaker if quote is not None else None
    if _thanks_going_on(view, i, entry, args):
        # وأعربت الحكومة الكندية عن ارتياحها، وشكرت القاهرة على استجابتها: the one named right before
        # what thanks are for is the one thanked, the clause's subject goes on
        subject = list(last_source[1]) if last_source and last_source[0] == token.sentence else []
        subject = [e for e in subject or view.opening_subject(i) if e not in source]
        if subject:
            return subject, source
    # a plural verb after a plural noun that names no one (المتظاهرون): that noun is its subject
    unnamed_plural = entry.pos == "verb" and view.plural_verb(token) and view.unnamed_plural_before(i)
    if (
        not source
        and entry.pos == "verb"
        and view.after_relative(i)
        # (a passive takes no object pronoun: أدينا is no أدى with نا)
        and (not has_suffix(token) or entry.frame.passive)
        and _agrees_with_relative(view, i, entry)
    ):
        antecedent = [e for e in view.named_antecedent(i) if e not in target]  # ميركل التي رفضت التعليق
        if not target and (entry.frame.passive or (entry.type in _PATIENT_TYPES and view.no_object_after(i))):
            # الجنود الذين قتلوا بمواجهات: the soldiers were killed; a passive's antecedent undergoes it
            # (الشاب X الذي أدين بتهمة الحرابة: he was convicted)
            target = antecedent
        else:
            source = antecedent
    if (
        not source
        and entry.pos == "verb"
        and view.after_relative(i)
        and has_suffix(token)
        and not entry.frame.passive
        and not (i + 1 < len(view.tokens) and view.core[i + 1] in DUAL_ANAPHORS)
        and not view.unnamed_subject(i)
    ):
        # تسلمت الفلبين الصواريخ التي اشترتها من الهند: a relative clause on the object, its subject
        # unnamed, goes on with the sentence's subject (not a subject that names no one, nor "the two"
        # left unresolved: التي وقعها البلدان)
        same = last_source is not None and last_source[0] == token.sentence
        subject = list(last_source[1]) if same and last_source else view.opening_subject(i)
        if subject and not _disagrees(view, i, entry, subject):
            source = [e for e in subject if e not in target]
    if not source and entry.pos == "verb" and not args.passive and _dual_verb(view, i, entry):
        # برودي وشيراك « اتفقا »، وقعت الحكومة ومتمردو الشرق اتفاقا واتفقا على: the pair named last
        pair = view.previous_pair(i, target)
        if len(pair) == 2:
            return pair, target
    if entry.participle:
        if (
            (before := view.subject_before(i)) is not None
            and before.first > 0
            and view.core[before.first - 1] in COMPLEMENTIZERS
        ):
            source = view.group_before(before)  # إن طهران مستعدة لاستئناف الحوار: a predicate's subject
        elif _after_unnamed_crowd(view, i):
            source = []  # على طلاب تظاهروا قرب مقر إقامة الرئيس مطالبين باستقالته: theirs, unnamed
        elif speaker is not None:
            source = [speaker]
        elif last_source is not None and last_source[0] == token.sentence:
            source = _speaker_past_report(view, i) or list(last_source[1])
        else:
            source = view.opening_subject(i)  # ورد أوربان بمهاجمة X، متهما إياها: no act told before
        return source, [t for t in target if t not in source]
    own_act = False  # a verb going on with the act of a network named as its actor (not relaying)
    # a noun whose pronoun suffix names its agent goes on like a verb (وكررت دعوتها إلى وقف إطلاق النار)
    owned = entry.pos == "noun" and has_suffix(token) and _suffix_is_agent(entry)
    issuer = view.statement_issuer(i) if entry.pos == "verb" else []  # أصدرت X بيانا دعت فيه
    if issuer and args.after_verb and source:
        # ألقى X كلمة انتقد فيها Y: the one after the verb is its object (and one named after that, in
        # what is asked of it: طالبت فيها الرئيس X بإقالة الوزير Y, no party)
        source, target = issuer, [e for e in source if e not in issuer]
    elif issuer and not source:
        source = [e for e in issuer if e not in target]
    if not source and args.passive and entry.lemma in _MUSTS and speaker is not None:
        return [speaker], [t for t in target if t != speaker]  # قالت بكين إن على طوكيو: Beijing asks it
    if (
        source
        and entry.pos == "verb"
        and not args.passive
        and not any(e in source for m in args.mentions for e in m.entities)  # (none named after the verb)
        and (antecedent := view.conjoined_relative_antecedent(i))
        and not set(source) & set(antecedent)
        and not _disagrees(view, i, entry, antecedent)
    ):
        # السيسي الذي رحب بالاتفاق ودعا إسرائيل: the relative clause's subject goes on, not one named
        # before its antecedent
        source = antecedent
        target = [t for t in target if t not in antecedent]
    if not source and entry.pos == "verb" and view.in_relative(i):
        # الذي يحكم الهدنة ويدعو لنشر قوات: the antecedent's, named or not (منظمة X، التي نددت بالاعتقال
        # وطالبت المجلس الرئاسي: X asks)
        antecedent = [e for e in view.conjoined_relative_antecedent(i) if e not in target]
        if antecedent and _disagrees(view, i, entry, antecedent):
            antecedent = []
        return antecedent, target
    if not source and entry.pos == "verb" and view.noun_subject_before(i):
        return [], target  # الوضع ينذر بعواقب: its subject is that noun, no one named
    if not source and (entry.pos == "verb" or owned) and not args.passive:
        if entry.pos == "verb" and entry.type in _UNNAMED_TYPES and view.counted_subject(i):
            # بينما تظاهر آلاف في وسط العاصمة، وتظاهر عشرات من أهالي الضحايا: people counted are the
            # protest's own subject, no one named; no subject told before goes on
            return [], target
        if (
            entry.pos == "verb"
            and (when := _when_clause_subject(view, i, entry))
            and not _disagrees(view, i, entry, when)  # (بعد أن رفضت المحكمة X واتهم حزبه: his party's)
        ):
            # اقتحم مسلحون الاستوديو قبل أن تتدخل الشرطة وتعتقل 13 منهم: a verb joined by و to the one
            # that opens a clause of time goes on with that verb's own subject, not the sentence's
            return when, [t for t in target if t not in when]
        if speaker is not None and (
            entry.first_person
            or view.after_pronoun(i)
            or entry.lemma in _MUSTS
            or (quote is not None and "و" in token.proclitics and _phrase_content(view, quote, i))
        ):
            # (يتعين على X، يجب على X: no subject of its own, the speaker says so; ندد الاتحاد بالانقلاب
            # وعلق عضويتها: a verb joined to what a cue's phrase says goes on with its speaker)
            source = [speaker]
        elif speaker is not None:
            source = [a for a in _addressees(view, quote, i, speaker) if a not in target]
            if len(source) > _MAX_ADDRESSEES:
                source = [speaker]  # a quote naming many: its verb with no subject is the speaker's
            elif (
                (
                    not source
                    or (
                        _disagrees(view, i, entry, source)
                        and not _disagrees(view, i, entry, [speaker])
                        # (not forces, named after the word for their units: إن قوات حرس الحدود أطلقت
                        # النار، واعتقلت اثنين)
                        and view.entities[source[0]].sector != _FORCE
                    )
                )
                and i > 0
                and view.tokens[i - 1].text in _COMMAS
                and _after_wa(view, i, entry)
            ):
                # وقال X إنه يعتذر ، وحث الطلاب: the speaker's next act, past a comma (and where the one the
                # quote names is of a gender the verb does not share: وقال X إن محكمة عوفر مددت اعتقاله،
                # وحمّل الحكومة المسؤولية)
                source = [speaker]
                own_act = _goes_on_with(view, i, source)  # (a network's too, named before)
        elif (
            last_source is not None
            # in a quote with no speaker named, only within the sentence (أكد بيان أن X قتلت اثنين واعتقلت)
            and (quote is None or (entry.pos == "verb" and token.sentence == last_source[0]))
            and token.sentence - last_source[0] <= 1
            and not view.after_relative(i)
            and not view.after_indefinite(i)
            # رفات 55 جنديا أميركيا قتلوا خلال الحرب: people who were hit, by no one the text went on with
            and not (entry.type in _PATIENT_TYPES and view.after_indefinite(i, perfect=True))
            # (an office-holder right after the verb is no subject where the verb takes his office as
            # its object: وطردت المفوض السامي الهندي)
            and not _unnamed_subject(view, i, entry, obj)
            # (nor one right before it: وكانت الشرطة قد أطلقت الغاز)
            and not (entry.pos == "verb" and view.core[i - 1] == MAY and view.unnamed_subject_before(i))
            and not (entry.type not in _PATIENT_TYPES and view.counted_subject(i))
            and not view.said_by_document(i)
            and not view.unknown_subject(i)
            and not view.titled_subject(i)
            and not unnamed_plural
            and not (entry.pos == "verb" and _disagrees(view, i, entry, last_source[1]))
            # (a plural verb after a relative's pronoun, one state or government going on: اجتماعا
            # لقوات الدعم السريع وحلفائها وقعوا خلاله ميثاقا)
            and not (entry.pos == "verb" and view.plural_verb(token) and _one_state(view, last_source[1]))
            # (nor one of the sentence before where this one opens with a verb naming its own subject
            # that codes no act: تسلم X الرهينة من الخاطفين، ثم سلمه إلى Y: X goes on)
            and not (
                quote is None
                and entry.pos == "verb"
                and last_source[0] != token.sentence
                and (view.conjoined(i) or (i > 0 and view.core[i - 1] == _THEN))
                and (own := view.opening_subject(i))
                and not set(own) & set(last_source[1])
            )
        ):
            # (not news media, which relay what others do: وقالت مراسلة الجزيرة إن ... يطلب منه; but a
            # network's own act goes on with و: اتهمت شبكة بي إن سبورتس X بالوقوف وراء Y، وطالبت Z)
            own_act = quote is None and entry.pos == "verb" and _goes_on_with(view, i, last_source[1])
            source = [e for e in last_source[1] if own_act or view.entities[e].sector != MEDIA]
        elif (
            entry.pos == "verb"
            and quote is None
            and (last_source is None or last_source[0] != token.sentence)
            and i > 0
            and (view.conjoined(i) or view.core[i - 1] == _THEN)
            and not _unnamed_subject(view, i, entry, obj)
            # (nor one with a subject of members of its own: وهاجم لاعبو حماس مرمى مصر)
            and not _members_subject(view, i)
            # (not a plural or dual verb: قانونين يحظران ...، ويمنعان: the laws')
            and not view.plural_verb(token)
            and not (view.core[i][:1] in "يت" and view.core[i].endswith("ان"))
            # (nor one in what its subject said: حذر X من أن إسرائيل ستفرق التظاهرات، وستطلق النار)
            # (but one of the speaker himself, with a pronoun: وقال غوتيريش إنه صدم بالقرار، وطالب أديس
            # أبابا بالسماح)
            and not any(
                view.core[k] in COMPLEMENTIZERS and view.norm[k] not in PRONOUN_COMPLEMENTIZERS
                for k in range(view.bounds[token.sentence][0], i)
            )
            and (opening := view.opening_subject(i))
            and not _disagrees(view, i, entry, opening)
        ):
            # أجبرت السلطات البيلاروسية طائرة على الهبوط، واعتقلت الصحفي: a verb joined by و, no act told
            # before it in its sentence, goes on with the subject of the verb opening it (أعلنت X أول
            # تفش للوباء وفرضت إغلاقا شاملا)
            source = [e for e in opening if e not in target]
    if (
        not source
        and entry.pos == "noun"
        and last_source is not None
        and last_source[0] == token.sentence
        and _after_conjoined_enacting(view, i, entry)
    ):
        # ونددت X بالاحتجاز، وأعلنت إرسال المدمرة: the noun after a conjoined verb of deciding or
        # announcing with no subject of its own is done by the subject going on
        source = [e for e in last_source[1] if e not in target]
    # the subject going on: the one of a clause after فيما or بينما the verb is joined to, if any, else the
    # last act's (وانتقدت X التقرير، فيما أعرب Y عن قلقه، وحث Z: Y asks)
    carried = (args.after_verb and entry.pos == "verb" and _when_clause_subject(view, i, entry)) or (
        last_source[1] if last_source is not None else []
    )
    if (
        args.after_verb
        and (not target or (entry.type == "REQUEST" and _named_in_request(view, i, source, target)))
        and (
            view.conjoined(i)
            or _uncut_wa(view, i, entry)
            or _after_then(view, i, entry)
            # (after بعد أن only a verb of an object and what it is accused of or asked: اتهمت X بالتقصير)
            or (
                _after_when_that(view, i, entry)
                and entry.type in _OBJECT_THEN_CONTENT
                and view.content_after(source, i)
            )
        )
        and last_source is not None
        and last_source[0] == token.sentence
        and not set(source) & set(carried)
        and not _subject_then_object(view, i, entry)
        and not _feminine_titled_subject(view, i, entry, source)
        # (a verb whose object takes a preposition has none bare: وأشاد الأخير بالدور المصري, its subject)
        and not (entry.pos == "verb" and entry.lemma in _PREPOSITIONAL_VERBS)
        # ("the latter" right after a verb turns to the one named last: بحث X مع Y ... وتعهد الأخير, Y)
        and not (entry.pos == "verb" and i + 1 < len(view.core) and view.core[i + 1] in LATEST_ANAPHORS)
        and not (entry.type == "SANCTION" and _court_acts(view, i, source))  # وقضت محكمة الثورة بسجنه
    ):
        # (but ورفع المتظاهرون لافتات ... وطالبوا الحكومة: the protesters, no one named, ask it; nor a
        # person the verb's gender does not fit: لافتات تندد بزيارة بوش، وتطالب الحكومة)
        unfit = unnamed_plural or (entry.pos == "verb" and _disagrees(view, i, entry, carried))
        if unfit and all(view.entities[e].type == "ORG" for e in carried):
            pass  # ووقعت الحكومة اتفاقا، وتعهد وزير التربية X: a body the verb does not fit; X is the subject
        elif not (entry.type in _PATIENT_TYPES and all(view.entities[e].sector == _FORCE for e in source)):
            # (but وفرقت الشرطة الاحتجاجات، واعتقلت الأجهزة الأمنية العشرات: a force after a verb of arrest
            # or violence is its subject)
            source, target = ([] if unfit else list(carried)), source
            own_act = entry.pos == "verb" and _goes_on_with(view, i, source)
    elif (
        args.after_verb
        and not target
        and view.conjoined(i)
        and speaker is not None
        and speaker not in source
        and entry.type in _OBJECT_THEN_CONTENT
        and view.content_after(source, i)
    ):
        # وقال مودي إن ... ، واتهم الحكومة الانتقالية بالخضوع: the speaker accuses, the name is accused
        source, target = [speaker], source
    elif (
        args.after_verb
        and not target
        and view.conjoined(i)
        and speaker is None
        and (last_source is None or last_source[0] != token.sentence)
        and entry.type in _OBJECT_THEN_CONTENT
        and view.content_after(source, i)
        and (opening := [e for e in view.opening_subject(i) if e not in source])
    ):
        # وكان المجلس الأعلى للأمن قد قرر ...، واتهم حركة الماك وحركة رشاد بالمسؤولية: the subject of
        # the sentence's opening verb, which told no act, accuses; the names with the content are accused
        source, target = opening, source
    if speaker is not None and view.entities[speaker].sector == MEDIA and source == [speaker] and not own_act:
        source = []  # وقالت مراسلة الجزيرة إن ... يطلب: news media relay what others do, they do not do it
    return source, target


def _named_in_request(view: DocView, i: int, source: Sequence[str], target: Sequence[str]) -> bool:
    """The ``target`` of request verb ``i`` is named only in what is asked, past the bare phrase ``source``
    right after the verb and the ب، على or إلى opening the request (``وحثت X على وقف صادراتها إلى مصر``،
    ``وطالبت X بإدراج الشركة``): no one asked, the phrase may be the one asked (not after an object pronoun:
    وطالبه الأخير بتسليم المتورطين, the phrase is the subject)."""
    if has_suffix(view.tokens[i]):
        return False
    last = max((m.last for k, m in view.at.items() if k > i and m.entities[0] in source), default=None)
    if last is None or last + 1 >= len(view.tokens):
        return False
    opening = last + 1
    if not ("ب" in view.tokens[opening].proclitics or view.core[opening] in (ON, _TO)):
        return False
    return all(k > opening for k, m in view.at.items() if k > i and set(m.entities) & set(target))


def _nisba_after(view: DocView, i: int) -> bool:
    """An indefinite relational adjective in the accusative follows the noun at ``i`` (``طلبا أمميا``،
    ``احتجاجا رسميا``)."""
    k = i + 1
    return (
        k < len(view.tokens)
        and view.tokens[k].sentence == view.tokens[i].sentence
        and not view.tokens[k].proclitics
        and view.core[k].endswith("يا")
        and len(view.core[k]) > _SHORTEST_NISBA_ACCUSATIVE
    )


def _vehicle_arrived(view: DocView, i: int, lo: int, hi: int, source: Sequence[str]) -> bool:
    """What arrives at verb ``i`` carries goods and is no visitor (``وصلت إلى مطار الخرطوم طائرتان
    محملتان``): a vehicle in the clause when the sentence does not name the visitor, the actor of the
    sentence before (``ووصلت إلى ميناء أم قصر أمس شحنة من المحولات``), or one right after the verb and
    its destination, whoever the sentence named before (``أقامت القوات جسرا جويا ... ووصلت إلى مطار
    الخرطوم خمس طائرات``)."""
    if not any(set(a.entities) & set(source) for k, a in view.at.items() if lo <= k < hi):
        return any(view.bare[k] in _VEHICLES for k in range(i + 1, hi))
    for k in range(i + 1, min(hi, i + 1 + OBJECT_WINDOW)):
        if view.is_boundary(k) or (k in view.at and set(view.at[k].entities) & set(source)):
            return False
        if view.bare[k] in _VEHICLES:
            return True
    return False


def _goes_on_with(view: DocView, i: int, subject: Sequence[str]) -> bool:
    """Verb ``i`` is joined by و to what ``subject``, named before it in its sentence, did (``اتهمت
    شبكة بي إن سبورتس X بالوقوف وراء Y، وطالبت Z``): its own act, not one it relays (``بحسب وكالة
    الأنباء``, named after)."""
    if not subject or not view.conjoined(i):
        return False
    lo = view.bounds[view.tokens[i].sentence][0]
    return any(
        (m := view.at.get(k)) is not None and not set(m.entities).isdisjoint(subject) for k in range(lo, i)
    )


def _speaker_past_report(view: DocView, i: int) -> list[str]:
    """The subject of a speech verb of the sentence of the participle at ``i``, after a comma, when the
    words it reports (after إن or أن) run on before the comma: the participle is the speaker's, not that
    of whoever acts in the report (``وقال وزير الخارجية ماركو روبيو إن الولايات المتحدة ستواصل استهداف
    العصابات، محذرا مادورو`` → روبيو). The speech verb opens the sentence, else it is the last one before
    the participle (``رحبت X بالقرار، بينما قال Y إن ...، رافضا`` → Y); else ``[]``."""
    if i < 1 or view.tokens[i - 1].text not in _COMMAS:
        return []
    lo = view.bounds[view.tokens[i].sentence][0]

    def first_named(start: int, subject: list[str]) -> ActorMention | None:
        return next(
            (
                m
                for k in range(start, i)
                if (m := view.at.get(k)) is not None and not set(m.entities).isdisjoint(subject)
            ),
            None,
        )

    subject = view.opening_subject(i)
    named = first_named(lo, subject) if subject else None
    if named is not None and not any(k in view.speech for k in range(lo, named.first)):
        named = None
    verb = max((k for k in range(lo, i) if k in view.speech and k not in view.inside), default=None)
    if verb is not None and (named is None or verb > named.last):
        # a later speech verb with its own subject (not one going on with the first: وأضاف أن)
        later = view.subject_right_after(verb, i)
        if later:
            subject, named = later, first_named(verb, later)
    if named is None:
        return []
    reported = any(
        view.core[k] in COMPLEMENTIZERS and k not in view.inside for k in range(named.last + 1, i - 1)
    )
    return subject if reported else []


def _after_unnamed_crowd(view: DocView, i: int) -> bool:
    """The plural participle at ``i`` (``مطالبين``) goes with the plural verb before it in its sentence
    (``تظاهروا``), whose subject is named nowhere before it: the participle's subject is that crowd."""
    if not view.core[i].endswith("ين"):
        return False
    sentence = view.tokens[i].sentence
    for k in range(i - 1, -1, -1):
        if view.tokens[k].sentence != sentence:
            return False
        if k in view.clause_verbs:
            return view.plural_verb(view.tokens[k]) and view.subject_before(k) is None
    return False


def _owner_struck(view: DocView, i: int, hi: int, source: Sequence[str]) -> list[str]:
    """The body owning what the attack at ``i`` struck, named after تابع ل in its clause (``محطة ترحيل
    تابعة لشركة أورانج بوركينا``، ``سفينة مستأجرة من برنامج الأغذية العالمي``، after على with the article
    too: ``هجوما على المحطة الأرضية التابعة لشركة X``); [] when none."""
    for k in range(i + 1, min(hi - 1, i + 1 + _OWNER_REACH)):
        if view.is_hard(k) or (k in view.acts and "و" in view.tokens[k].proclitics):
            return []  # (nor past another act joined to it: واعتقال أربعة من خلية تابعة لتنظيم)
        # (an indefinite thing struck, or places, not a name's affiliation: قوات الكوماندوز التابعة
        # للجيش، تنظيم X التابع لداعش)
        named = view.mention_ending_at(k - 1, places=True) if k - 1 in view.inside else None
        word = view.bare[k]
        belonging = next((preps for stem, preps in _OWNED_BY.items() if word.startswith(stem)), None)
        if (
            belonging is not None
            # (a definite one only after على, past the attack: شنت طائرات هجوما على المحطة الأرضية
            # التابعة لشركة X, not after its subject: اقتحمت قوات الكوماندوز التابعة للجيش)
            and (not view.core[k].startswith("ال") or any(view.core[j] == ON for j in range(i + 1, k)))
            and (named is None or named.etype in PLACE_TYPES)
        ):
            # (past the owner's kind, the name after it: تابعة لشركة أورانج)
            owner = view.at.get(k + 1) or view.at.get(k + 2)
            if (
                owner is not None
                and owner.prep in belonging
                and owner.etype not in PLACE_TYPES
                and not set(owner.entities) & set(source)
            ):
                return list(owner.entities[:1])
            return []
        if (
            word in _HELD_POSTS
            and not view.core[k].startswith("ال")
            and (named is None or named.etype in PLACE_TYPES)
        ):
            # هاجم مسلحون محطة إرسال لشركة إيرتل النيجر، غارات على معسكرات ومخازن أسلحة لتنظيم داعش،
            # دورية من الجيش التشادي: an indefinite post or column of the body named after it
            owner = next((view.at[j] for j in range(k + 1, k + 1 + _HELD_REACH) if j in view.at), None)
            if (
                owner is not None
                and owner.prep in ("ل", FROM)
                and (owner.prep == "ل" or word in _COLUMNS)
                and owner.etype not in PLACE_TYPES
                and not set(owner.entities) & set(source)
                and not any(view.is_boundary(j) for j in range(k + 1, owner.first))
                # (in the attack's own words, not what another clause says of it: غارات على قضاء العمادية،
                # قالت أنقرة إنها استهدفت مواقع لحزب العمال; غارة على ما قالت إنه معسكر لجماعة X)
                and not any(
                    view.tokens[j].text in ("،", ",") or view.core[j] in COMPLEMENTIZERS
                    for j in range(i + 1, k)
                )
                and not any(
                    j in view.clause_verbs and not has_suffix(view.tokens[j]) for j in range(i + 1, k)
                )
            ):
                return list(owner.entities[:1])
    return []


#: posts, sites and columns an attack strikes (bare), owned by the body named after them with ل (قاعدة
#: لبعثة الأمم المتحدة), a column also with من (دورية من الجيش التشادي); how far after them it may be
_HELD_POSTS = frozenset(
    bare(normalize(w))
    for w in (
        "قاعدة", "قواعد", "معسكر", "معسكرات", "موقع", "مواقع", "مقر", "مقرات", "مقار", "محطة", "مخزن",
        "مخازن", "مستودع", "مستودعات", "ثكنة", "حاجز", "نقطة", "مركز", "مراكز", "منشأة", "منشآت",
        "دورية", "دوريات", "قافلة", "موكب", "رتل", "مكتب",
    )
)  # fmt: skip
_COLUMNS = frozenset(bare(normalize(w)) for w in ("دورية", "دوريات", "قافلة", "موكب", "رتل"))
_HELD_REACH = 4


#: "belonging to", "owned by" or "chartered by"" (تابعة ل، مملوكة ل، مستأجرة من), bare, with the
#: prepositions naming the owner, and how far after an attack they may stand
_OWNED_BY = {
    bare(normalize("تابع")): ("ل", GENITIVE_IN_PP),
    bare(normalize("مملوك")): ("ل", GENITIVE_IN_PP),
    bare(normalize("مستأجر")): (FROM, GENITIVE_IN_PP),
}
_OWNER_REACH = 16


def _relief_body(view: DocView, entity: str) -> bool:
    """The entity is a relief or development body by its name (``_RELIEF_WORDS``)."""
    return any(bare(normalize(w)) in _RELIEF_WORDS for w in view.entities[entity].name.split())


def _gift_after(view: DocView, i: int, hi: int) -> bool:
    """The clause after the handing over at ``i`` tells it is given (``تسلمت X زوارق مقدمة من المملكة
    المتحدة``، ``هدية من``، ``منحة``): aid, no deal."""
    return _word_in_clause_after(view, i, hi, _GIFT_WORDS, _GIFT_REACH) or _aid_programme(view, i, hi)


def _aid_programme(view: DocView, i: int, hi: int) -> bool:
    """The sentence after the handing over at ``i`` tells it is done under a programme of aid or support
    (``تسلمت تونس من الولايات المتحدة أربع طائرات ...، في إطار برنامج المساعدات العسكرية الأمريكية``):
    aid, no deal."""
    for k in range(i + 1, hi):
        if view.bare[k] in _PROGRAMMES:
            words = range(k + 1, min(hi, k + 1 + _AID_PROGRAMME_REACH))
            if any(view.bare[j] in _AID_PROGRAMME_WORDS for j in words):
                return True
    return False


def _word_in_clause_after(view: DocView, i: int, hi: int, words: frozenset[str], reach: int) -> bool:
    """One of ``words`` (bare) stands within ``reach`` tokens after ``i``, before a hard boundary."""
    for k in range(i + 1, min(hi, i + 1 + reach)):
        if view.is_hard(k):
            return False
        if view.bare[k] in words:
            return True
    return False


def _answered_demand(view: DocView, i: int, hi: int, source: Sequence[str]) -> tuple[str, ...]:
    """Whose demand the concession at ``i`` answers, named after "in answer to" and the demand in its
    sentence (``استجابة لمطالب اتحاد الصحفيين``، ``تلبية لطلب من X``), or by the demands' nationality
    (``استجابة للمطالب السعودية``)."""
    for k in range(i + 1, min(hi, i + _ANSWERED_REACH)):
        if view.is_hard(k):
            return ()
        if (asker := _answered_asker(view, k, hi)) is not None:
            return tuple(e for e in view.group_after(asker)[0] if e not in source)
        if (
            k + 1 < hi
            and view.core[k - 1] in _ANSWERING
            and view.bare[k] in _DEMANDS
            and (country := view.nationality_country(k + 1)) is not None
        ):
            return () if country in source else (country,)
    return ()


#: how far after a concession "in answer to" may stand
_ANSWERED_REACH = 24


def _when_clause_subject(view: DocView, i: int, entry: Entry) -> list[str]:
    """The subject named right after the verb opening a clause of time after بعد أن or قبل أن, when the
    verb at ``i`` is joined to it by و (``قبل أن تتدخل الشرطة الإكوادورية وتعتقل 13 منهم``), or opening
    another actor's clause after فيما or بينما (``فيما أكدت وزيرة الخارجية الفرنسية X رفضها أي مساس
    بحرية الصحافة، ودعت طهران``); [] when that verb names none or another verb stands nearer."""
    if not (view.conjoined(i) or _uncut_wa(view, i, entry)):
        return []
    lo = view.bounds[view.tokens[i].sentence][0]
    for k in range(i - 1, max(lo, i - _WHILE_CLAUSE_REACH) - 1, -1):
        if view.is_hard(k):
            return []
        if k in view.clause_verbs:
            opens = (i - k <= _WHEN_CLAUSE_REACH and _opens_when_clause(view, k)) or (
                k > 0 and view.core[k - 1] in WHILE_WORDS
            )
            return view.subject_right_after(k, i) if opens else []
    return []


#: how far before a verb joined by و the verb opening its clause of time may stand
_WHEN_CLAUSE_REACH = 10
#: how far before it the verb opening a clause after فيما or بينما may stand
_WHILE_CLAUSE_REACH = 16


def _opens_when_clause(view: DocView, i: int) -> bool:
    """Token ``i`` stands right after بعد أن or قبل أن, opening a clause of time."""
    return i > 1 and view.core[i - 1] in COMPLEMENTIZERS and view.core[i - 2] in AFTER_OR_BEFORE


def _after_when_that(view: DocView, i: int, entry: Entry) -> bool:
    """The verb at ``i`` opens a clause of time after بعد أن or قبل أن (``فرضت الولايات المتحدة حظرا ...،
    بعد أن اتهمت الحكومة المكسيكية بالتقصير``): like a verb joined by و, it goes on with the subject."""
    return entry.pos == "verb" and _opens_when_clause(view, i)


def _mediated_sides(view: DocView, i: int, hi: int) -> list[str]:
    """The sides a mediating verb at ``i`` brought together: named after ``بين`` after it (``توسطت قطر بين
    حماس وإسرائيل``), else after ``بين`` in what the relative clause it opens hangs on (``وقف إطلاق النار بين
    تايلاند وكمبوديا، الذي توسط فيه``)."""
    if sides := view.between(i, hi):
        return sides
    k = i - 1
    if k < 1 or view.core[k] not in RELATIVES:
        return []
    for j in range(k - 1, max(k - 1 - _MEDIATED_REACH, -1), -1):
        if view.is_hard(j):
            return []
        if view.core[j] == _BETWEEN:
            return view.between(j - 1, k)
    return []


def _role_in(view: DocView, i: int) -> bool:
    """The noun at ``i`` follows في after a role and its genitive (``بدور قطر في الوساطة``): the part one
    played in it."""
    if i < 2 or view.core[i - 1] != _IN_PREP:
        return False
    return any(view.bare[k] in _ROLES for k in range(max(0, i - 1 - _ROLE_REACH), i - 1))


def _signers_after(i: int, entry: Entry, args: Args) -> bool:
    """A verb of agreeing at ``i`` whose recipients are two or more actors named bare after it (``ووقع
    الاتفاق X وY``، ``أعلن المبعوث موافقة X وY على الهدنة``): they are its subject, told after its object;
    no subject told before, nor the mediator announcing it, is a party."""
    if entry.type != "AGREE" or entry.pos != "verb" or len(args.target) < 2:
        return False
    named = [a for a in args.mentions if a.first > i and set(a.entities) & set(args.target)]
    if not named or any(a.prep is not None for a in named):
        return False
    # (a participle's only right after it, read as the verbal noun: أعلن المبعوث موافقة الحكومة والحوثيين
    # على الهدنة; not the genitive of its object: مبديا استعداده للقاء X وY)
    return not entry.participle or named[0].first == i + 1


def _uncut_wa(view: DocView, i: int, entry: Entry) -> bool:
    """The verb at ``i`` opens with a و the tokenizer left on it, no letter of its lemma (``وحث``)."""
    return entry.pos == "verb" and view.core[i][:1] == "و" and normalize(entry.lemma)[:1] != "و"


def _after_then(view: DocView, i: int, entry: Entry) -> bool:
    """The verb of meeting or agreeing at ``i`` follows ``ثم`` (``وصل X إلى أنقرة ثم التقى نظيره Y``): like
    one joined by و, it goes on with the subject of the act before it (not a verb of another act, whose
    subject comes after it: ثم أفرجت النيابة العامة عن 12 منهم)."""
    return entry.pos == "verb" and entry.type in _SHARED_TYPES and i > 0 and view.core[i - 1] == _THEN


def _agrees_with_relative(view: DocView, i: int, entry: Entry) -> bool:
    """The verb at ``i`` agrees in gender with the relative pronoun before it, so its subject may be
    the antecedent: not a masculine singular after ``التي`` (الصين التي قتل أحد مراقبيها: whose
    observer was killed) nor a feminine one after ``الذي``."""
    relative = view.word_before_particles(i)
    if relative not in (_WHICH_MASCULINE, _WHICH_FEMININE):
        return True
    feminine = _feminine_verb(view, i, entry)
    return feminine is None or feminine == (relative == _WHICH_FEMININE)


def _denied_claim_of(view: DocView, i: int, hi: int, target: list[str]) -> bool:
    """The target of the denial at ``i`` is named right after a word for a claim it denies
    (``نفى اتهامات واشنطن``، ``نفت مزاعم إسرائيل``)."""
    for k in range(i + 1, hi):
        a = view.at.get(k)
        if a is not None and a.entities[0] in target:
            return k > 0 and view.bare[k - 1] in _CLAIM_WORDS
    return False


#: the prepositions a stance or a protest takes what it is about with (احتجاجا على، ردا على، أعرب عن)
_STANCE_COMPLEMENTS = frozenset({ON, ABOUT, normalize("علي")})


def _named_at(doc: Document, token: Token) -> bool:
    """A name the entity layer found opens at ``token`` (after any clitic)."""
    return any(token.start <= m.start < token.end for e in doc.entities for m in e.mentions)


def _charged_one(doc: Document, after: Token, core: str) -> bool:
    """``after``, the token right after a participle of accusing, shows it the passive one (مُتَّهَم): the
    charge after ب with no name in it (``متهما بالتحريض``, not ``متهما بكين بـ``), or an ordinal
    (``متهما ثانيا``)."""
    if bare(core) in _ORDINALS:
        return True
    return "ب" in after.proclitics and not _named_at(doc, after)


def _evacuees_states(view: DocView, i: int, hi: int) -> list[str]:
    """The states named after a word for their nationals in the sentence of evacuating verb ``i``, within
    :data:`_EVACUEE_REACH` words of it (``وأجلتا نحو ألفي مواطن تركي إضافة إلى رعايا من أذربيجان
    وجورجيا``، ``بينهم رعايا من الولايات المتحدة وروسيا``); ``[]``."""
    for k in range(i + 1, min(i + 1 + 2 * _EVACUEE_REACH, hi - 1)):
        if k in view.inside or view.bare[k] not in _NATIONALS_OF:
            continue
        m = view.actor(k + 2 if view.core[k + 1] == FROM and k + 2 < hi else k + 1)
        if m is not None and m.etype == "GPE":
            return view.group_after(m)[0]
    return []


def _led_away_after_seizure(
    tokens: Sequence[Token], cores: Sequence[str], readings: Sequence[Reading], i: int
) -> bool:
    """Token ``i`` is ``واقتاد`` with no subject of its own (a pronoun object, a plural ending or إلى right
    after it) and an attack or seizure is read earlier in its sentence (``اختطفوا السنيدار واقتادوه``)."""
    token = tokens[i]
    if not (cores[i].startswith(_LEADING_AWAY) and "و" in token.proclitics):
        return False
    if not (cores[i].endswith(_LED_AWAY_ENDINGS) or cores[i + 1] in (_TO, "الي")):
        return False
    k = i - 1
    while k >= 0 and tokens[k].sentence == token.sentence:
        if any(e.type in ("ASSAULT", "COERCE") for e in readings[k][0]):
            return True
        k -= 1
    return False


def _shut_own_doors(tokens: Sequence[Token], cores: Sequence[str], i: int) -> bool:
    """Token ``i`` is followed in its sentence, within a few words, by shops or schools and then their
    own doors (``أغلقت المحال التجارية والمدارس أبوابها``، ``أغلقت أكثر من ألف مدرسة أبوابها``)."""
    shops = False
    for k in range(i + 1, min(len(tokens), i + 1 + _DOORS_REACH)):
        if tokens[k].sentence != tokens[i].sentence:
            return False
        if shops and cores[k].startswith(_DOORS):
            return True
        shops = shops or bare(cores[k]) in _SHUT_OWN_DOORS
    return False


def _keep(reading: Reading, kept: tuple[Entry, ...]) -> Reading:
    """``reading`` with only the entries ``kept``; no reading when none is."""
    _, start, end = reading
    return (kept, start, end) if kept else ((), 0, 0)


def _past_time(tokens: Sequence[Token], k: int, timed: set[int]) -> int:
    """Token ``k``, or the token after a time expression that opens there, between commas (``، الجمعة،``)
    or not (``أعلنت الصين يوم الجمعة فرض عقوبات``، ``أعلنت باكستان بعد يومين خفض``), or after a phrase
    of setting between commas."""
    closing = time_between_commas(tokens, k, timed.__contains__)
    if closing is not None:
        return closing + 1
    if tokens[k].text in _COMMAS and k + 1 < len(tokens) and tokens[k + 1].norm in ADVERBIAL_PREPS:
        # or a phrase of when or where between commas (أعلنت الرياض، خلال القمة، فتح أجوائها)
        for j in range(k + 2, min(k + 2 + COMMA_SETTING_REACH, len(tokens))):
            if tokens[j].text in _COMMAS:
                return j + 1
            if not tokens[j].text.isalpha():
                break
    end = k + 1 if tokens[k].norm in AFTER_OR_BEFORE and k + 1 in timed else k  # بعد يومين
    while end in timed and end < len(tokens) - 1:
        end += 1
    if end + 2 < len(tokens) and tokens[end].norm == _IN_PREP and tokens[end + 1].norm in _INTERVIEWS:
        # أكدت روسيا والصين في بيان مشترك رفضهما: where it was said, an adjective after it or not
        end += 2
        if end + 1 < len(tokens) and tokens[end].norm in _STATEMENT_ADJECTIVES:
            end += 1
    return end


#: adjectives of a statement (في بيان مشترك), normalised
_STATEMENT_ADJECTIVES = frozenset(normalize(w) for w in ("مشترك", "رسمي", "صحفي", "مقتضب"))


def _after_wa(view: DocView, i: int, entry: Entry) -> bool:
    """The trigger at ``i`` opens with the conjunction و, cut off or read with the word (وحث)."""
    return view.conjoined(i) or (
        view.tokens[i].text.startswith("و") and not normalize(entry.lemma).startswith("و")
    )


def _feminine_verb(view: DocView, i: int, entry: Entry) -> bool | None:
    """Whether the singular verb at ``i`` is feminine (``رفضت``، ``تعارض``) or masculine (``قتل``،
    ``يهاجم``); ``None`` for a form not told apart."""
    lemma, core = normalize(entry.lemma), view.core[i]
    whole = normalize(view.tokens[i].text)
    if whole.startswith(lemma) and not core.startswith(lemma):
        core = whole  # سيطرت: its سي is the verb's own, not the future's س cut off
    if core[:1] in _UNCUT_CONJUNCTIONS and core[1:].startswith(lemma):
        core = core[1:]  # وحث: a conjunction the tokenizer left on a short verb
    suffix = normalize(suffix_form(view.tokens[i]))
    if suffix and core.endswith(suffix):
        core = core[: -len(suffix)]  # توعده: the verb without its object
    if core == lemma or core[:1] == "ي":
        return False
    # (a verb whose perfect opens with ت, توعد، تعهد: its feminine imperfect opens with تت)
    if core == lemma + "ت" or core[:2] == "تت" or (core[:1] == "ت" and lemma[:1] != "ت"):
        return True
    return None


#: بما, "of what" after a stance (رحب بما وصفه بـ), and ب written alone before a quoted name (بـ«القرار»)
_BY_WHAT = normalize("بما")
_BY_ALONE = frozenset(normalize(w) for w in ("ب", "بـ"))
#: the lemma of a threat told as what the subject will do if another does or fails to do something
#: (سنلجأ إلى التحكيم الدولي إذا لم توقف دمشق الضخ), a verb no trigger reads
_ULTIMATUM = "إنذار"


def _ultimatum(view: DocView, i: int) -> Entry | None:
    """The reading of future verb ``i`` as a threat: a condition follows it in its clause whose subject
    is an actor, or its object is anyone at all (``سيفرض عقوبات على أي شركة تخرق الحظر``، ``ستلاحق كل من
    يساعد المتمردين``), and the verb is first person in reported words with a speaker (``سنلجأ``) or
    has an actor as its subject before it (``إن إيران ستتخذ خطوات إذا فرض مجلس الأمن عقوبات``)."""
    core = view.core[i]
    if len(core) < 3 or (core[:1] not in IMPERFECT_PREFIXES and core[:1] not in _FIRST_PERSON_PREFIXES):
        return None
    hi = view.bounds[view.tokens[i].sentence][1]
    if not (view.consequent(i, hi) and view.condition_subject(i, hi)) and not _anyone_after(view, i, hi):
        return None
    first = core[:1] in _FIRST_PERSON_PREFIXES
    if first and not any(q.speaker and q.start <= view.tokens[i].start < q.end for q in view.doc.quotes):
        return None
    if not first and view.subject_before(i) is None:
        return None
    return Entry(_ULTIMATUM, "THREATEN", None, "verb", Frame(), first_person=first)


def _unmet_objects_on_condition(coder: EventCoder, view: DocView, entries: tuple[Entry, ...], i: int) -> bool:
    """Future verb ``i`` is followed by a condition put to a named actor, and each of its readings that is
    neither a future response nor hostile needs an object it lacks (``سترد بقوة إذا هاجمت إسرائيل``: no
    refusal of a lawsuit, ``رد الدعوى``)."""
    hi = view.bounds[view.tokens[i].sentence][1]
    return (
        view.consequent(i, hi)
        and bool(view.condition_subject(i, hi))
        and all(
            e.frame.future
            or e.type in _HOSTILE_TYPES
            or (bool(e.frame.objects) and coder._object(view, i, hi, e.frame.objects) is None)
            for e in entries
        )
    )


#: "every" before whom a future act is aimed at (كل من; "any" is _ANY), normalised, and how far after the
#: verb they may stand
_EVERY = normalize("كل")
_ANYONE_REACH = 4


def _anyone_after(view: DocView, i: int, hi: int) -> bool:
    """Verb ``i`` is aimed at anyone at all: ``أي`` or ``كل من`` follows it in its clause, a few words on
    (``سيفرض عقوبات على أي شركة``، ``ستلاحق كل من يساعد``; not ``كل الأطراف``)."""
    for k in range(i + 1, min(hi - 1, i + 1 + _ANYONE_REACH)):
        if view.is_boundary(k) or k in view.clause_verbs or k in view.inside:
            return False
        if view.bare[k] in _ANY or (view.core[k] == _EVERY and view.core[k + 1] == FROM):
            return True
    return False


def _suit_filed(view: DocView, readings: list[Reading], i: int) -> Entry | None:
    """The reading of verb ``i`` as suing: a verb of filing whose object pronoun stands for the lawsuit
    named right before it, a relative or an adjective between (``دعوى رفعتها وزارة الداخلية``، ``القضية
    التي رفعتها ضد الصين``، ``دعوى مدنية أقامها ضده X``); its subject sues, whom the suit is against
    after ضد is sued."""
    filing = next((e.lemma for e in readings[i][0] if e.pos == "verb" and e.lemma in _FILING), None)
    if filing is None or suffix_form(view.tokens[i]) not in _SUIT_PRONOUNS:
        return None
    k = i - 1
    if k > 0 and view.core[k] in RELATIVES:
        k -= 1
    if k > 0 and view.bare[k] not in _SUITS and k not in view.inside:
        k -= 1  # an adjective of the suit (دعوى مدنية، دعوى قضائية)
    if k < 0 or k in view.inside or view.bare[k] not in _SUITS:
        return None
    # (its subject named right after it, or after ضد and the pronoun of whom it is against: no subject
    # left unsaid, which the clause of the ruling on it would fill: قضت المحكمة في القضية التي رفعتها)
    after = i + 2 if i + 1 < len(view.core) and view.core[i + 1].startswith(_AGAINST_WORD) else i + 1
    subject = next(
        (
            a
            for j in range(after, min(len(view.core), after + _FILER_REACH))
            if (a := view.actor(j)) is not None and view.only_titles(after, j)
        ),
        None,
    )
    if subject is None or subject.prep is not None:
        return None
    return Entry(filing, "ACCUSE", _SUE, "verb", Frame())


def _endangering(view: DocView, readings: list[Reading], i: int) -> bool:
    """The imperfect of "threaten" at ``i`` right after a word no actor's name is part of, its subject
    (``محذرا من «كارثة» تهدد ملايين الأشخاص``، ``ناقلات متهالكة تهدد البحر الأسود``): a danger to
    something, no threat anyone makes (not after a relative, whose antecedent may be an actor's)."""
    if view.tokens[i].proclitics or view.core[i][:1] not in IMPERFECT_PREFIXES:
        return False
    if not any(e.lemma == _THREATENING and e.pos == "verb" for e in readings[i][0]):
        return False
    k = i - 1
    while k >= 0 and view.tokens[k].text in QUOTE_MARKS:
        k -= 1
    return (
        k >= 0
        and k not in view.inside
        and not view.is_boundary(k)
        and view.core[k] not in CLAUSE_WORDS
        and k not in view.clause_verbs
        and view.tokens[k].sentence == view.tokens[i].sentence
    )


#: verbs of filing a lawsuit (رفع دعوى، أقام دعوى), lemmas; the lawsuit nouns, bare; and the pronouns
#: that stand for one (دعوى رفعها، قضية رفعتها)
_FILING = frozenset({"رفع", "أقام"})
_SUITS = frozenset(bare(normalize(w)) for w in ("دعوى", "قضية", "شكوى"))
_SUIT_PRONOUNS = frozenset({"ه", "ها"})
#: how many words after the verb of filing, titles all, its subject's name may start (رئيس نادي الطلبة X)
_FILER_REACH = 5


#: the first-person prefixes of an imperfect verb, normalised (نلجأ، أرد)
_FIRST_PERSON_PREFIXES = (normalize("ن"), normalize("أ"))
#: conjunctions the tokenizer may leave on a short word (وحث)
_UNCUT_CONJUNCTIONS = ("و", "ف")
#: how an indefinite nationality adjective after forces ends (إسرائيلية، أتراك، أمريكيون)
_NATION_ADJECTIVE_ENDS = (*NISBA_ENDINGS, "ون", "ين", "اك")


def _national_forces(view: DocView, start: int, end: int) -> bool:
    """Tokens ``[start, end)`` hold a word for forces or members and an indefinite nationality adjective
    after it (``قوات إسرائيلية``، ``جنود أتراك``): a subject of its own, naming no actor."""
    return any(
        view.core[k] in MEMBERS
        and not view.core[k + 1].startswith("ال")
        and view.bare[k + 1].endswith(_NATION_ADJECTIVE_ENDS)
        for k in range(start, end - 1)
    )


def _feminine_body(view: DocView, a: ActorMention, i: int) -> bool:
    """``a``, right after the verb at ``i``, names an organisation by a feminine head, singular or a plural
    of things (``الحكومة``، ``حركة``، ``السلطات``، ``القوات``), or a city (``أنقرة``): a verb it is the
    subject of agrees in the feminine."""
    head = view.tokens[a.first].text
    if a.first == i + 1 and a.etype == "GPE":
        # a city is feminine (وطالب أنقرة بزيادة الإطلاقات: Ankara is asked)
        return (view.entities[a.entities[0]].kb_id or "").startswith(CITY_ID_PREFIX)
    return a.first == i + 1 and a.etype == "ORG" and (head.endswith("ة") or head.endswith("ات"))


def _masculine_body(view: DocView, a: ActorMention, i: int) -> bool:
    """``a``, right after the verb at ``i``, names an organisation by a masculine head (``مجلس الأمن``،
    ``حزب الله``، ``الجيش``): a verb it is the subject of agrees in the masculine."""
    return a.first == i + 1 and a.etype == "ORG" and view.bare[a.first] in _MASCULINE_HEADS


def _body_gender(name: str) -> str | None:
    """The gender of an organisation's name by its head: ``F`` for a feminine singular or a plural of
    things (``الحكومة``، ``السلطات``), ``M`` for a masculine head (``مجلس``، ``الجيش``), else None."""
    head = normalize(name.split()[0]) if name else ""
    if head.endswith(("ه", "ات")):
        return "F"
    return "M" if bare(head) in _MASCULINE_HEADS else None


def _pronoun_disagrees(view: DocView, k: int, eid: str) -> bool:
    """The singular free pronoun at ``k`` (``إياه``، ``إياها``) cannot stand for entity ``eid``: a body or
    country of a feminine head (``الولايات المتحدة``، ``الحكومة``) or a woman for ``إياه``, a man for
    ``إياها`` (a feminine pronoun stands for plural things and feminine bodies too)."""
    ent = view.entities[eid]
    gender = view.person_gender(eid) if ent.type == "PER" else _body_gender(ent.name)
    if view.core[k] == _FREE_MASCULINE:
        return gender == "F"
    return view.core[k] == _FREE_FEMININE and ent.type == "PER" and gender == "M"


def _disagrees(view: DocView, i: int, entry: Entry, subject: Sequence[str]) -> bool:
    """The verb at ``i`` cannot go on with ``subject``, one person whose given name says a gender the
    verb's does not share (``رفع المتظاهرون لافتات تندد بزيارة جورج بوش، وتطالب الحكومة``: the banners
    ask, not Bush), or, for a verb with و, one organisation whose head does (``وقعت الحكومة المغربية
    اتفاقا، وتعهد وزير التربية X``)."""
    if len(subject) != 1:
        return False
    ent = view.entities[subject[0]]
    if (
        entry.pos == "verb"
        and view.plural_verb(view.tokens[i])
        and (ent.type in ("PER", "GPE") or (ent.type == "ORG" and _body_gender(ent.name) == "F"))
        and not _named_as_a_part(view, subject[0], i)
    ):
        # (nor a plural verb one person, a country or a body of a feminine head: أطلقت الشرطة الرصاص لتفريق
        # مئات من السكان أغلقوا الطرق. واتهموا البلدية: the residents)
        return True
    if ent.type == "ORG" and view.conjoined(i):  # (a bare form may be a verbal noun: وأعلنت سحب قواتها)
        if _named_as_a_unit(view, subject[0], i):
            return False  # اقتحمت قوة من الجيش ... واعتقلت: the unit's gender, not the body's
        gender = _body_gender(ent.name)
    elif ent.type == "PER":
        gender = view.person_gender(subject[0])
    else:
        return False
    feminine = _feminine_verb(view, i, entry)
    return gender is not None and feminine is not None and feminine != (gender == "F")


def _named_as_a_unit(view: DocView, entity: str, i: int) -> bool:
    """The body ``entity`` was last named before token ``i`` in its sentence after من, as the body a unit
    is of (``اقتحمت قوة من جيش الاحتلال``، ``عناصر من الشرطة``): the unit acted, its gender unknown."""
    k = _last_named_at(view, entity, i)
    return k is not None and k >= 2 and view.core[k - 1] == FROM


def _last_named_at(view: DocView, entity: str, i: int) -> int | None:
    """Where ``entity`` was last named before token ``i`` in its sentence (the token its mention opens on)."""
    lo = view.bounds[view.tokens[i].sentence][0]
    return next((k for k in range(i - 1, lo - 1, -1) if (m := view.at.get(k)) and entity in m.entities), None)


def _said_by(view: DocView, entity: str, i: int) -> bool:
    """``entity``, last named before token ``i`` in its sentence, says what follows: ``إن`` or ``أن`` comes
    right after its name (``وأضاف X أن``)."""
    k = _last_named_at(view, entity, i)
    if k is None:
        return False
    last = view.at[k].last
    return last + 1 < i and view.core[last + 1] in COMPLEMENTIZERS


def _named_as_a_part(view: DocView, entity: str, i: int) -> bool:
    """The body ``entity`` was last named before token ``i`` in its sentence as the body of a unit (after
    من) or as the genitive of a noun (``نفذ طلاب الجامعة اللبنانية اعتصاما``): what acted was of it, its
    number unknown."""
    k = _last_named_at(view, entity, i)
    if k is None or k < 1:
        return False
    head = view.core[k - 1]
    return head == FROM or (
        k - 1 not in view.inside
        and k - 1 not in view.clause_verbs
        and head.isalpha()
        and len(head) >= 3
        and not head.startswith("ال")
        and head not in PREPOSITIONS
    )


#: feminine titles (no article), bare: after a feminine verb, the woman they name is its subject
_FEMININE_TITLES = frozenset(
    bare(normalize(w)) for w in ("وزيرة", "رئيسة", "مديرة", "سفيرة", "نائبة", "مستشارة", "ممثلة", "مبعوثة")
)


def _feminine_titled_subject(view: DocView, i: int, entry: Entry, source: list[str]) -> bool:
    """A feminine title right after feminine verb ``i`` opens the person named after it (``واستدعت
    كولومبيا سفيرها، وطالبت وزيرة الخارجية ماريا أنخيلا أولغين بعقد اجتماع``): she is its subject, not
    an object of the actor going on."""
    k = i + 1
    return (
        entry.pos == "verb"
        and k < len(view.tokens)
        and not view.tokens[k].proclitics
        and view.bare[k] in _FEMININE_TITLES
        and bool(source)
        and all(view.entities[e].type == "PER" for e in source)
        and _feminine_verb(view, i, entry) is True
    )


def _subject_then_object(view: DocView, i: int, entry: Entry) -> bool:
    """The verb of one object at ``i``, an opinion, has a second bare phrase after the actor that follows
    it, a definite noun or another actor (``واعتقلت الشرطة X، وانتقدت منظمة العفو الدولية الاعتقال``):
    the actor is its subject, the phrase its object, as a verb of one object cannot take both."""
    if entry.pos != "verb" or entry.frame.double or entry.type not in _OPINION_TYPES:
        return False
    tokens = view.tokens
    first = next((k for k in range(i + 1, min(i + 1 + SUBJECT_WINDOW, len(tokens))) if k in view.at), None)
    if first is None or view.at[first].prep is not None:
        return False
    k = view.group_after(view.at[first])[1] + 1
    if k >= len(tokens) or tokens[k].sentence != tokens[i].sentence:
        return False
    if k in view.at:
        return view.at[k].prep is None
    core = view.core[k]
    # (or a verbal noun with its genitive: ورفضت وزارة الخارجية الصينية تقديم أي تنازلات)
    construct = (
        k + 1 < len(tokens)
        and k not in view.verbs
        and (view.core[k + 1].startswith("ال") or view.bare[k + 1] in _ANY)
        and k in view.acts
    )
    return (
        k not in view.inside
        and not tokens[k].proclitics
        and (core.startswith("ال") or construct)
        and core not in PREPOSITIONS
        and core not in RELATIVES
        and not view.in_time(k)
    )


def _purpose_noun(core: str, entry: Entry) -> bool:
    """``core`` is the accusative verbal noun of a verb of the sixth form, spelt as the verb's dual perfect
    (``تضامنا``، ``تعاونا``: تفاعل, whose verbal noun is spelt as its perfect)."""
    lemma = normalize(entry.lemma)
    return (
        entry.pos == "verb"
        and core == lemma + "ا"
        and len(lemma) == 5
        and lemma[0] == "ت"
        and lemma[2] == "ا"
    )


def _dual_verb(view: DocView, i: int, entry: Entry) -> bool:
    """The verb at ``i`` is a perfect in the dual (اتفقا، التقيا، وقعتا): two subjects."""
    lemma = normalize(entry.lemma)
    return view.core[i] in (lemma + "ا", lemma + "تا", lemma[:-1] + "يا")


def _owns_content(view: DocView, a: ActorMention) -> bool:
    """``a`` is the genitive of a word for what someone said or decided (``تأييد تصريحات طالباني``):
    whoever supports, rejects or criticises that acts on ``a``."""
    k = a.first - 1
    while k >= 0 and k not in view.inside and view.only_titles(k, k + 1):
        k -= 1  # تصريحات الرئيس العراقي جلال طالباني
    return k >= 0 and view.bare[k] in _CONTENT_NOUNS


def _descriptors(view: DocView, start: int, end: int) -> bool:
    """A few definite nouns, the first of them maybe a title, describing a person between a verb and
    the name (``وأيد المفكر والباحث X``، ``واتهم رئيس الحكومة الانتقالية X``)."""
    if end - start > _DESCRIPTORS:
        return False
    return all(
        k not in view.inside
        and not view.is_boundary(k)
        and (view.core[k].startswith("ال") or (k == start and view.bare[k] in title_words()))
        and view.core[k] not in PREPOSITIONS
        for k in range(start, end)
    )


def _object_resumed(prev: Event, token: Token, source: Sequence[str]) -> bool:
    """The event before, in the sentence of ``token``, is by ``source`` and done to one actor, or to more
    for a plural or dual object pronoun on ``token``: what that pronoun stands for."""
    plural = suffix_form(token) in (_THEIR, _DUAL)
    return (
        prev.sentence.start <= token.start < prev.sentence.end
        and not prev.negated
        and set(prev.source) == set(source)
        and (len(prev.target) > 1 if plural else len(prev.target) == 1)
    )


def _conjoined_object(
    view: DocView, i: int, args: Args, previous: Event, grammar: tuple[tuple[str, ...], tuple[str, ...]]
) -> bool:
    """``إيران تستقبل أنان وتهدد``: the name before a verb with و is the grammatical object of the verb
    before it (``grammar``: that verb's subject and object), so the verb continues that verb's subject."""
    token = view.tokens[i]
    subject, obj = grammar
    return (
        args.explicit_subject
        and not args.after_verb
        and view.conjoined(i)
        and bool(subject)
        and previous.sentence.start <= token.start < previous.sentence.end
        and bool(args.source)
        and set(args.source) <= set(obj)
    )


def _accused_after_conjoined_verb(
    view: DocView, i: int, entry: Entry, args: Args, subject: Sequence[str]
) -> bool:
    """Verb ``i`` of accusing or asking (:data:`_ONE_OBJECT_THEN_PREP`), joined with و to a main clause of
    its sentence whose subject is ``subject``, names one actor right after it and then the charge or the
    ask with its preposition (``واتهمت الشركة الأميركية بالتجسس``، ``ودعا المتحف البريطاني إلى إعادة``،
    ``وطالبت الوزيرة بمنح مهلة``): that actor is its object, as the verb takes one, and the main clause's
    subject goes on."""
    prep = _ONE_OBJECT_THEN_PREP.get(entry.lemma)
    if (
        prep is None
        or entry.pos != "verb"
        or has_suffix(view.tokens[i])
        or not args.after_verb
        or not args.mentions
        or not view.conjoined(i)
        or not subject
        or set(args.source) & set(subject)
    ):
        return False
    first = args.mentions[0]
    if first.prep is not None or first.first != i + 1:
        return False
    _, last = view.group_after(first)
    return last + 1 < len(view.tokens) and (
        prep in view.tokens[last + 1].proclitics if prep == "ب" else view.core[last + 1] == prep
    )


def _title_holder(view: DocView, a: ActorMention, mentions: list[ActorMention]) -> ActorMention:
    """The person holding a title whose genitive is ``a`` (رئيس مجلس النواب اللبناني نبيه بري → بري),
    or the body it serves at (وزيرة الدولة بوزارة الطاقة السودانية، انجلينا مانج، → مانج), set off by
    commas or not."""
    if a.etype == "PER" or not (view.title_genitive(a) or view.title_seat(a)):
        return a
    # the title's phrase may go on with a place or body it serves at (مندوب فرنسا لدى الأمم المتحدة X)
    end = a.last
    for b in mentions:
        if b.first > end:
            between = [
                k
                for k in range(end + 1, b.first)
                if view.tokens[k].text not in ("،", ",", *QUOTE_MARKS)
                and view.bare[k] not in demonym_countries()  # قائد ميليشيا "النمر" الليبية سالم الورفلي
                and not _body_adjective(view, k)  # رئيس مجلس الأمن السيبراني X: the body's adjective
            ]
            if b.etype == "PER" and b.prep is None and all(view.only_titles(k, k + 1) for k in between):
                return b
            if b.etype != "PER" and b.prep in _POST_PREPS and b.first - end <= 2:
                end = b.last
                continue
            break
    return a


def _office_holders(view: DocView, i: int, source: list[str]) -> list[str]:
    """The persons a plural or dual title after verb ``i`` names in apposition to its states, as many as
    they (``وقع وزيرا خارجية مصر والسودان، سامح شكري وعلي الصادق``): they are the subject; else
    ``source``."""
    if i + 1 >= len(view.tokens) or not view.plural_title(i + 1):
        return source
    persons = [e for e in source if view.entities[e].type == "PER"]
    return persons if persons and len(persons) * 2 == len(source) else source


def _body_adjective(view: DocView, k: int) -> bool:
    """Token ``k`` is a relative adjective with the article right after a body's name, left out of it
    (``مجلس الأمن السيبراني``، ``هيئة الاتصالات الرقمية``)."""
    word = view.core[k]
    return (
        k - 1 in view.inside
        and k not in view.inside
        and word.startswith("ال")
        and len(word) > _SHORTEST_ADJECTIVE
        and word.endswith(NISBA_ENDINGS)
    )


def _victim_named_after(view: DocView, a: ActorMention) -> ActorMention:
    """The person an arrest or attack is on, named right after the body or place ``a`` of his
    description and the others of his post after it (``اعتقلت الشرطة مؤسس موقع ويكيليكس جوليان
    أسانج``، ``اختطف مسلحون أستاذ القانون بجامعة طرابلس محمد الفرجاني``، ``قتل مرشح حزب مورينا لرئاسة
    بلدية توكسبان في ولاية فيراكروز، خافيير مونتيس``); else ``a``."""
    end = a.last
    for k in range(a.last + 1, min(len(view.tokens), a.last + 1 + _VICTIM_REACH)):
        if k <= end:
            continue
        if view.is_hard(k):
            break
        b = view.at.get(k)
        if b is None:
            continue
        between = [j for j in range(end + 1, b.first) if view.tokens[j].text not in ("،", ",", *QUOTE_MARKS)]
        if b.etype == "PER":
            # (not one joined to it: بينها «شرطة الأخلاق» وقائدها محمد رستمي)
            joined = any("و" in view.tokens[j].proclitics for j in (*between, b.first))
            return (
                b if b.prep is None and not joined and all(view.only_titles(j, j + 1) for j in between) else a
            )
        # (past a kind of place after the preposition: في ولاية فيراكروز)
        opening = b.first if b.prep_at is None else b.prep_at
        if b.prep not in _VICTIM_POST_PREPS or b.first - opening > 2 or any(j < opening for j in between):
            break
        end = b.last  # (the post's body and place: لرئاسة بلدية توكسبان في ولاية فيراكروز)
    return a


#: prepositions that go on with the body or place of a victim's post (مدير إدارة في مصرف X، لرئاسة بلدية X)
_VICTIM_POST_PREPS = frozenset(normalize(w) for w in ("في", "ب", "ل"))
_VICTIM_REACH = 16


def _bare_passive(view: DocView, i: int, entry: Entry, subject: ActorMention) -> bool:
    """``وكان الدويك قد اعتقل في ...``: a person, then a perfect verb of arrest or violence, no object."""
    if entry.type not in _PATIENT_TYPES or entry.frame.objects or subject.etype != "PER":
        return False
    stem = view.tokens[i].stem
    if stem is None or stem.text[:1] in "يتن" or has_suffix(view.tokens[i]):
        return False
    return view.no_object_after(i)


def _bare(mentions: list[ActorMention], entity: str, i: int) -> bool:
    """The recipient ``entity`` was found with no preposition after trigger ``i`` (or not at all)."""
    a = next((m for m in mentions if entity in m.entities), None)
    return a is None or a.prep_after(i) is None


def _past_deployed(
    view: DocView,
    i: int,
    lo: int,
    hi: int,
    source: list[str],
    mentions: Sequence[ActorMention],
    target: list[str],
) -> list[str]:
    """The target of the deployment at ``i`` less what it moves: the units or arms named as its object
    or in it, before the place they are sent to (``أرسلت الوزارة سفينة «أوروتش رئيس» إلى جزيرة X``، ``نشر
    آلاف من عناصر الميليشيا على سواحل ولاية X``)."""
    moved = view.destination(i, lo, hi, source, moving=True)
    if moved is None or moved in target:
        return target
    to = min((m.first for m in mentions if moved in m.entities and m.first > i), default=hi)
    sent = {
        e
        for m in mentions
        if i < m.first < to and m.etype not in PLACE_TYPES and m.prep in (None, GENITIVE_IN_PP, FROM)
        for e in m.entities
    }
    return [e for e in target if e not in sent]


def _helped(view: DocView, i: int, hi: int) -> list[str] | None:
    """A purpose of help after the trigger (لدعم X، لمساعدتها): the actors helped, ``None`` when no help."""
    for k in range(i + 1, min(hi, i + 1 + _HELP_SPAN * 2)):
        if view.is_hard(k):
            return None
        if k not in view.inside and _HELP.match(view.norm[k]):
            for j in range(k + 1, min(hi, k + 1 + _HELP_SPAN)):
                if view.is_hard(j):
                    break
                a = view.actor(j)
                if a is not None:
                    return view.group_after(a)[0]
            return []
    return None


def _verbal(view: DocView, source: list[str], target: list[str]) -> bool:
    """A person's attack on a person or an organisation, or on no one named: words, not weapons
    (نصر الله يهاجم قوى 14 آذار)."""
    types = view.entities
    return (
        bool(source)
        and all(types[e].type in _VERBAL_SOURCES for e in source if e in types)
        and all(types[e].type in _VERBAL_TARGETS for e in target if e in types)
    )


def _unarmed(view: DocView, source: list[str], target: list[str]) -> bool:
    """Actors who may attack in words whatever they are: a source of no armed forces or group, and a
    target that is no town (``هاجم الحزب المحكمة``، ``هاجم مادورو الولايات المتحدة``; not ``هاجمت القوات
    الإسرائيلية جنين``)."""
    return (
        bool(source)
        and all(view.entities[e].sector not in _ARMED_SECTORS for e in source)
        and not any(is_town(view.entities[e]) for e in target)
    )


#: armed men and gangs no one names, a verb's subject right after it: their attack is made with arms, bare
_ARMED_MEN = frozenset(
    bare(normalize(w))
    for w in (
        *("مسلحون", "مسلحين", "عصابات", "عصابة", "ميليشيا", "ميليشيات", "مليشيات", "مقاتلون", "مقاتلين"),
        *("مهاجمون", "مهاجمين", "انتحاري", "انتحاريون"),
    )
)
#: the sectors of armed forces and groups, whose attacks are made with arms
_ARMED_SECTORS = frozenset({"MIL", _REBELS})


def _armed_lam(view: DocView, i: int, hi: int) -> tuple[str, ...]:
    """The armed group named with ل right after the attack noun at ``i``, an adjective between or not
    (``هجوم لتنظيم داعش``، ``هجوم انتحاري لحركة الشباب``): its agent, not its target."""
    for k in (i + 1, i + 2):
        if k >= hi:
            return ()
        a = view.actor(k)
        if a is not None:
            rebel = a.prep == "ل" and all(view.entities[e].sector == _REBELS for e in a.entities)
            return a.entities if rebel else ()
        if k in view.inside or view.core[k].startswith("ال") or view.is_boundary(k):
            return ()  # (an adjective of the noun is indefinite too: هجوم انتحاري)
    return ()


def _object_of_an_act(view: DocView, i: int) -> bool:
    """The verbal noun at ``i``, after ل, is what the act named right before it is about, adjectives
    between (``أعربت عن إدانتها واستنكارها الشديدين لاقتحام المسجد``): no purpose of the clause's
    subject."""
    if "ل" not in view.tokens[i].proclitics:
        return False
    k = i - 1
    while k > 0 and i - k <= _ADJECTIVES_BEFORE and k not in view.acts and view.core[k].startswith("ال"):
        k -= 1  # الشديدين، الكامل
    return k >= 0 and k in view.acts


#: how many adjectives may stand between an act and the verbal noun after ل it is about
_ADJECTIVES_BEFORE = 2


def _may_own(view: DocView, entity: str, suffix: str) -> bool:
    """A person may be what a pronoun suffix refers to only if its gender agrees (``أعرب عباس عن شكره
    للسعودية على دعمها``: دعمها is Saudi Arabia's, not Abbas's)."""
    if view.entities[entity].type != "PER":
        return True
    gender = view.person_gender(entity)
    return not ((suffix == _HERS and gender == "M") or (suffix == _HIS and gender == "F"))


def _members_genitive(view: DocView, i: int, first: ActorMention) -> bool:
    """The noun at ``i`` has for genitive members of the actor ``first`` (``توغل عناصر من الجيش المالي``،
    ``هجوم مسلحين من حركة الشباب``): they stand for it."""
    return (
        first.first == i + 3
        and first.prep == FROM
        and i + 1 not in view.inside
        and (view.core[i + 1] in MEMBER_WORDS or view.bare[i + 1] in _ARMED_PEOPLE)
    )


def _document_place(view: DocView, obj: tuple[int, int], hi: int) -> list[str]:
    """The place a document object is named after, its genitive right after it (``إعلان جدة``، ``اتفاق
    الرياض``، ``«إعلان العلا»``): where it was made, no party to it; [] for none."""
    if view.bare[obj[1]] not in _DOCUMENTS:
        return []
    k = obj[1] + 1
    while k < hi and view.tokens[k].text in QUOTE_MARKS:
        k += 1
    m = view.at.get(k)
    genitive = m is not None and m.prep in (None, GENITIVE_IN_PP)
    return list(m.entities) if m is not None and genitive and m.etype in PLACE_TYPES else []


def _means_adjective(view: DocView, k: int) -> bool:
    """Token ``k`` is a relational adjective of how an act is done, between it and a nationality
    (``قصف صاروخي روسي``، ``الغارة الجوية الإسرائيلية``): a bare word ending in ي or ية, no name."""
    token = view.tokens[k]
    return (
        k not in view.inside
        and not token.proclitics
        and not has_suffix(token)
        and view.bare[k].endswith(NISBA_ENDINGS)
        and view.bare[k] not in title_words()
    )


def _pushed_to(view: DocView, i: int, lo: int) -> list[str]:
    """The actor a verb of pushing or forcing moved to the verbal noun at ``i``, named right after that
    verb and right before ``إلى`` (``ما دفع الخارجية الإيطالية إلى استدعاء السفير``، ``أجبرت الضغوط
    الحكومة إلى التراجع``): its agent; [] for none."""
    if i - 1 <= lo or view.core[i - 1] != _TO:
        return []
    for j in range(i - 2, max(lo - 1, i - 2 - _PUSHED_REACH), -1):
        if view.is_boundary(j):
            return []
        if view.core[j] in _PUSHING and j not in view.inside:
            a = view.actor(j + 1)
            if a is None or a.prep is not None:
                return []
            group, last = view.group_after(a)
            return list(group) if last == i - 2 else []
    return []


def _genitive_group(view: DocView, i: int) -> list[str]:
    """The actors named right after the verbal noun at ``i``, with no preposition (``اتهام أنقرة``، ``مطالبة
    X وY``, inside a phrase after إلى too): its genitive; [] for none."""
    a = view.actor(i + 1) if i + 1 < len(view.tokens) else None
    return view.group_after(a)[0] if a is not None and a.prep in (None, GENITIVE_IN_PP) else []


def _asked_to_stop(view: DocView, i: int, request: Event) -> bool:
    """The verbal noun at ``i`` follows ``رفع``/``وقف`` ... within a request of the same sentence."""
    if request.type != "REQUEST" or not request.target or request.trigger.start >= view.tokens[i].start:
        return False
    if not request.sentence.start <= view.tokens[i].start < request.sentence.end:
        return False
    k = i - 1
    while k > 0 and view.tokens[k].text in QUOTE_MARKS:
        k -= 1
    return k >= 0 and view.core[k] in _CESSATION


#: the verbal nouns of signing or concluding a deal (توقيع، إبرام)
_SIGNING = frozenset({"توقيع", "إبرام"})


def _complements(
    view: DocView, readings: list[Reading], i: int, hi: int, rejected: bool = False, urged: bool = False
) -> list[int]:
    """Triggers after ``ب``/``ل``/``إلى`` that are the content of the trigger at ``i``.

    ``هدد بفرض عقوبات``, ``طالب بالإفراج``, ``التقى ... لإجراء محادثات``, and the trigger right after
    such a complement (``هدد بمراجعة تعاونها``، ``بفرض عقوبات``): not coded again. With ``rejected``
    (a refusal or denial), its bare verbal-noun object too, past its subject (``رفضت روسيا فرض عقوبات``):
    what is rejected did not happen. With ``urged`` (a request), after ``على`` too (``حث الطلاب على إنهاء
    اعتصاماتهم``: what is urged).
    """
    out = []
    asked = -1  # a request noun in the trigger's object (رفض طلب أنان رفع الحصار): what it asks is content
    addressed = -1  # the last word of an addressee passed (a name, or a word for many: الدول المانحة)
    for k in range(i + 1, hi):
        clitics = view.tokens[k].proclitics
        governed = bool(clitics) and any(p in "بل" for p in clitics)  # a verbal noun after ب/ل
        # (a governing verb opens a clause of its own; its verbal noun does not: توعد بشن عملية)
        if view.is_hard(k) or k in view.clause_at or (view.governs(k) and not governed):
            break
        if rejected and view.core[k] in _TIME_LINKS and k not in view.inside:
            break  # وجاء الرفض عقب محادثات أجراها X: when it came, the talks no object of the refusal
        if (
            k - 1 > i
            and k - 1 not in out
            and not view.tokens[k - 1].proclitics
            and view.tokens[k - 1].text.endswith("ا")
            and readings[k - 1][0]
            and any(e.pos == "noun" and e.type in _PURPOSE_STANCES for e in readings[k - 1][0])
        ):
            # تظاهر الآلاف تنديدا باستخدام X حق النقض، رفضا لـ: a stance in the accusative before it, the
            # stance the act was done in, governs what follows, no content of the trigger at i
            break
        if (
            out
            and view.tokens[k].text in ("،", ",")
            and k + 1 < hi
            and "و" not in view.tokens[k + 1].proclitics
        ):
            break  # تحويل الأموال لتمويل الرواتب، تنفيذا لاتفاق: past the content, an aside of its own
        before = k - 1
        while before > i and view.tokens[before].text in QUOTE_MARKS:
            before -= 1  # تطالب بـ«استقالة X»: ب written apart, the slogan quoted
        introduced = (
            governed
            or view.core[k - 1] == _TO
            or (urged and view.core[k - 1] == ON)
            or (before > i and view.core[before] in _APART_PREPOSITIONS)
        )
        first = k == i + 1 or (k - 1 in view.inside and not out and asked < 0)  # past the subject
        if first and any(e.type == "REQUEST" and e.pos == "noun" for e in readings[k][0]):
            asked = k
        elif asked >= 0 and readings[k][0] and view.loose_words(asked + 1, k) == 0:
            out.append(k)
            asked = -1
        coordinated = out and "و" in view.tokens[k].proclitics  # إلى إطلاق الجنديين ، وانسحاب الحزب
        if coordinated and readings[k][0] and all(e.pos == "verb" for e in readings[k][0]):
            break  # دعا X إلى إلقاء السلاح ، وهدد بشن حملة: the subject's next act, no content
        # (a demand or a deal rejected was still made: تعارض مطالب واشنطن)
        direct = (
            rejected
            and not out
            and k not in view.inside
            and k not in view.verbs
            # (but one's own act refused an end goes on: رفض الأخير إنهاء إضرابه، رفضوا فك اعتصامهم)
            and not (k - 1 > i and view.core[k - 1] in _CESSATION and has_suffix(view.tokens[k]))
            # (but signing refused is no signing: رفض ماكرون التوقيع على الاتفاق)
            and not any(e.type in _SAID_TYPES and e.lemma not in _SIGNING for e in readings[k][0])
        )
        # ناشدت الأمم المتحدة الدول المانحة تقديم مساعدات: what is urged, a bare verbal noun after the
        # addressee
        direct = direct or (
            urged
            and addressed == k - 1
            and not out
            and k not in view.inside
            and not view.tokens[k].proclitics
            and any(e.pos == "noun" for e in readings[k][0])
        )
        if (
            k in view.inside
            or view.core[k] in _GENERIC_ADDRESSEES
            or (addressed == k - 1 and view.bare[k].endswith(_ADDRESSEE_ADJECTIVE_ENDS))
        ):
            addressed = k  # the addressee's last word (الدول المانحة، المجتمع الدولي)
        # (a verb joined after it is the subject's next act, no object of it: فرقت الشرطة المسيرة بالقوة
        # واعتقلت 14 شخصا)
        joined_verb = (
            k + 1 < hi
            and "و" in view.tokens[k + 1].proclitics
            and bool(readings[k + 1][0])
            and all(e.pos == "verb" for e in readings[k + 1][0])
        )
        if (introduced or coordinated or direct) and any(
            e.pos == "noun" or introduced or (coordinated and _noun_spelling(view, k)) for e in readings[k][0]
        ):
            if not _done_by_relative(view, readings, k, hi):
                out.append(k)
            if (
                k + 1 < hi
                and readings[k + 1][0]
                and not view.is_boundary(k + 1)
                and view.core[k] not in _CESSATION
                and not joined_verb
                and not _done_by_relative(view, readings, k + 1, hi)
                and not _deal_made_after(view, readings, k + 1)
            ):
                out.append(k + 1)  # its own object (بفرض عقوبات; not what is to be lifted: برفع الحصار)
            elif (
                k + 2 < hi
                and view.core[k + 1] == ON
                and any(e.lemma in _SIGNING for e in readings[k][0])
                and readings[k + 2][0]
            ):
                out.append(k + 2)  # رفض التوقيع على الاتفاق: the deal to be signed
        elif (
            introduced
            and k not in view.inside  # (a name governs nothing: زيارة إلى دمشق التقى خلالها)
            and k + 1 < hi
            and readings[k + 1][0]
            and not view.is_boundary(k + 1)
            and view.core[k] not in _COUNTERING
            and not joined_verb
            and not _done_by_relative(view, readings, k + 1, hi)
        ):
            out.append(k + 1)  # the trigger a complement governs (هدد بمراجعة تعاونها مع الوكالة)
        elif (
            introduced
            and view.bare[k] in _TAKING_PART
            and k + 2 < hi
            and view.core[k + 1] == _IN_PREP
            and readings[k + 2][0]
            # (not an act a relative clause tells as done by its agent: اتهمت X Y بالمشاركة في الهجوم
            # الذي شنته قوات الدعم السريع على الدلنج)
            and not _done_by_relative(view, readings, k + 2, hi)
        ):
            out.append(k + 2)  # what it is to take part in (طالب الشركة بالدخول في مفاوضات)
        elif k in view.verbs:  # another clause
            break
    return out


def _done_by_relative(view: DocView, readings: list[Reading], k: int, hi: int) -> bool:
    """The act the noun at ``k`` names is told as done by the agent a relative clause right after it
    names (``تنفيذا للاتفاق الذي توصلت إليه دمشق مع قسد``، ``بخرق الاتفاق الذي وقعته روسيا وأوكرانيا``):
    an act that happened, no content of the trigger before it (but one aimed at after ل, left out at
    the end, is told by the clause's own verb: تنفيذا للعقوبات التي فرضتها X)."""
    if "ل" in view.tokens[k].proclitics and all(e.type in _AIMED_TYPES for e in readings[k][0]):
        return False
    near = view.core[k + 1 : k + 1 + _RELATIVE_AFTER_ACT]
    return not RELATIVES.isdisjoint(near) and view.relative_agent(k, hi) is not None


#: how far after an act noun the relative word on it may stand (الاتفاق الأمني الذي)
_RELATIVE_AFTER_ACT = 3


def _deal_made_after(view: DocView, readings: list[Reading], k: int) -> bool:
    """The verb at ``k`` signs or concludes a deal and resumes it by its pronoun: a relative clause on the
    deal just before it (``تنفيذا لاتفاق أبرمته X مع Y``، ``لصفقة وقعتها X``), which tells that the deal
    was made, no content of the trigger that governs the deal."""
    return has_suffix(view.tokens[k]) and any(e.pos == "verb" and e.type == "AGREE" for e in readings[k][0])


#: a body's membership or part in something, suspended (علق عضويتها، مشاركتها), normalised
_MEMBERSHIPS = frozenset(normalize(w) for w in ("عضوية", "مشاركة"))
#: verbal nouns of giving an object head may stand after (تعهد بتقديم 50 مليون يورو), bare
_GIVING = frozenset(bare(normalize(w)) for w in ("تقديم", "منح", "تخصيص", "تسليم"))
#: how the adjectives after a word for many addressees end (الدول المانحة، المجتمع الدولي)
_ADDRESSEE_ADJECTIVE_ENDS = (*NISBA_ENDINGS, "ه")


def _noun_spelling(view: DocView, k: int) -> bool:
    """Token ``k`` may be a verbal noun spelt as its perfect verb (``وسحب`` after ``إلى إنهاء الحرب``):
    no imperfect prefix, no plural or feminine verb ending, no pronoun suffix."""
    text = view.core[k]
    return (
        text[:1] not in IMPERFECT_PREFIXES
        and not text.endswith(("وا", "ت"))
        and not has_suffix(view.tokens[k])
    )


def _lam_genitive(
    view: DocView, first: ActorMention, i: int, mentions: list[ActorMention], entry: Entry
) -> bool:
    """``زيارة للزعيم إلى البلاد``: ل right after a verbal noun marks its agent when a recipient follows
    (named, or not: ``إلى البلاد``); after a protest, a body or person (``وقفة احتجاجية لجمعية
    المعطلين``: the association's), not a place."""
    if first.prep != "ل" or first.first - i > 2:
        return False
    if entry.type == "PROTEST" and first.etype not in PLACE_TYPES:
        # (but a stance before it is against or for the one after ل: مظاهرة مناهضة للرئيس)
        return not any(view.stance(k) for k in range(i + 1, first.first))
    if any(a.prep_after(i) in _RECIPIENT_PREPS for a in mentions if a.first > first.last):
        return True
    after = first.last + 1
    return after < len(view.tokens) and view.core[after] in _RECIPIENT_PREPS


def _genitive_reachable(view: DocView, start: int, end: int) -> bool:
    """No boundary, clause word or preposition between a verbal noun and its genitive."""
    return all(not view.is_boundary(k) and view.core[k] not in _GENITIVE_BREAKS for k in range(start, end))


#: prepositions no genitive lies past, normalised
_GENITIVE_BREAKS = frozenset(normalize(w) for w in ("في", "من", "إلى"))


#: one or two of a body's people, bare (عنصر، جنديان): after a verb of violence, read unvocalised, they
#: are whom it struck, the passive's subject (قتل عنصر في الشرطة برصاص مسلحين), not the body's attackers
_LONE_MEMBERS = frozenset(
    bare(normalize(w))
    for w in (
        *("عنصر", "جندي", "ضابط", "شرطي", "عضو", "فرد", "قيادي", "مسؤول"),
        *("عنصران", "جنديان", "ضابطان", "شرطيان", "عضوان", "قياديان", "مسؤولان"),
    )
)


#: the most words of such an apposition between its commas
_KIN_APPOSITION_REACH = 6


def _kin_apposition_end(view: DocView, last: int, hi: int) -> int | None:
    """The comma closing an apposition of kinship right after the subject ending at ``last``
    (``واتهمت سفيتلانا تيخانوفسكايا، زوجة تيخانوفسكي، السلطات``): the kin named in it is no object;
    else None."""
    k = last + 1
    if k + 2 >= hi or view.tokens[k].text not in _COMMAS or view.bare[k + 1] not in KIN_NOUNS:
        return None
    for c in range(k + 2, min(hi, k + 2 + _KIN_APPOSITION_REACH)):
        if view.tokens[c].text in _COMMAS:
            return c
        if view.is_boundary(c) or c in view.clause_verbs:
            return None
    return None


#: the households a person is named after (لعائلة الخفاجي، لأسرة الفتى X، لذوي الضحية), bare; and the words
#: that may stand between such a noun and the name (الفتى، الشاب)
_HOUSEHOLDS = frozenset(bare(normalize(w)) for w in ("عائلة", "أسرة", "عائلات", "أسر", "ذوي", "ذوو", "أهالي"))
_HOUSEHOLD_MEMBER_WORDS = frozenset(
    bare(normalize(w)) for w in ("الفتى", "الشاب", "الطفل", "الطفلة", "الفتاة", "الضحية", "الراحل", "الناشط")
)


def _households_are_no_recipients(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """An apology or a pledge made to a person's family (``واعتذر المحافظ لعائلة الخفاجي عن التقصير``،
    ``قدم الوزير اعتذاره لعائلة الفتى X``) is made to no one the text names: the person named only after
    a word for his household in the concession's sentence, mostly the victim, is no target of it."""
    out = []
    for ev in events:
        if ev.type == "CONCEDE" and ev.target:
            lo, hi = view.bounds[doc.tokens[view.token_at(ev.trigger.start)].sentence]
            kept = []
            for t in ev.target:
                firsts = [k for k in range(lo, hi) if (a := view.at.get(k)) is not None and t in a.entities]
                household = bool(firsts) and all(
                    k > 0
                    and (
                        view.bare[k - 1] in _HOUSEHOLDS
                        or (
                            k > 1
                            and view.bare[k - 1] in _HOUSEHOLD_MEMBER_WORDS
                            and view.bare[k - 2] in _HOUSEHOLDS
                        )
                    )
                    for k in firsts
                )
                if not household:
                    kept.append(t)
            if len(kept) < len(ev.target):
                ev = replace(ev, target=tuple(kept))
        out.append(ev)
    return out


def _lone_member_after(view: DocView, i: int, hi: int) -> bool:
    """One or two of a body's people stand right after verb ``i`` (:data:`_LONE_MEMBERS`)."""
    return i + 1 < hi and i + 1 not in view.inside and view.bare[i + 1] in _LONE_MEMBERS


def _passive(view: DocView, i: int, token: Token, entry: Entry) -> bool:
    if entry.frame.passive:
        return True
    if entry.pos == "noun":
        return i > 0 and view.core[i - 1] in PASSIVE_AUX
    stem = token.stem
    return stem is not None and _is_passive_verb(stem.text)


def _denied(view: DocView, lexicon: TriggerLexicon, i: int, lo: int) -> bool:
    """``نفى أن ...``: a denial verb followed by a complementiser earlier in the sentence (not for a word
    opening a clause after a comma: نفت X أن تكون طائراتها قصفت المنطقة، متهمة Y بفبركة الصور)."""
    if i > lo and view.tokens[i - 1].text in _COMMAS:
        return False
    for k in range(i - 1, max(lo, i - 1 - 3 * NEGATION_WINDOW) - 1, -1):
        if view.is_hard(k) or (k in view.clause_at and view.core[k] not in COMPLEMENTIZERS):
            return False  # نفى أن ... ، كما رفض: a clause of its own
        if view.core[k] in COMPLEMENTIZERS:
            loose = 0  # (names and titles between do not count: ونفى المتحدث باسم الرئاسة النيجيرية X أن)
            for j in range(k - 1, lo - 1, -1):
                if view.is_boundary(j):
                    break
                for key, _, _, _ in trigger_keys(view.tokens[j]):
                    if any(e.lemma in DENIAL_LEMMAS for e in lexicon.get(key)):
                        return True
                loose += j not in view.inside and not view.only_titles(j, j + 1)
                if loose > NEGATION_WINDOW:
                    break
    return False


def _cued_speaker(view: DocView, quotes: list[Quote], i: int, lo: int) -> str | None:
    """The speaker of a speech verb whose reported words begin after the verbal noun at ``i``, with no
    other verb between the two (``وقال خلال مؤتمر صحفي بعد لقائه الرئيس مبارك إن``)."""
    for k in range(i - 1, lo - 1, -1):
        if k in view.speech:
            break
        if k in view.clause_verbs:
            return None
    else:
        return None
    cue_end = view.tokens[k].end
    first = min((q for q in quotes if q.start >= cue_end), key=lambda q: q.start, default=None)
    if first is None or first.start < view.tokens[i].end or first.speaker is None:
        return None
    return first.speaker


def _cut_report_speaker(view: DocView, quotes: list[Quote], i: int, lo: int) -> str | None:
    """The speaker of reported words that a speech verb before verb ``i`` in its sentence opens and a
    word in quotation marks cuts short before ``i`` (``وقال X إن المروجين يستغلون المناطق المصنفة "ج"
    الخاضعة ...، واتهم``)."""
    cue = next((k for k in range(i - 1, lo - 1, -1) if k in view.speech), None)
    if cue is None:
        return None
    start, end = view.tokens[cue].end, view.tokens[i].start
    reported = [q for q in quotes if start <= q.start < end and q.speaker is not None and not q.direct]
    if not reported:
        return None
    cut = reported[0].end
    marks = [k for k in range(cue + 1, i) if view.tokens[k].text in QUOTE_MARKS]
    if not marks or view.tokens[marks[0]].start < cut:
        return None
    return reported[0].speaker


def _phrase_content(view: DocView, quote: Quote, i: int) -> bool:
    """The reported content of ``quote``, which holds token ``i``, is a prepositional phrase of its cue
    (``ندد بالانقلاب``، ``طالب بالإفراج``), no clause after إن/أن: its first word carries ب."""
    k = i
    while k > 0 and view.tokens[k - 1].start >= quote.start:
        k -= 1
    return not quote.direct and "ب" in view.tokens[k].proclitics


def _nominative_members(view: DocView, k: int) -> bool:
    """Token ``k`` names a body's members by a pronoun suffix in the nominative of a sound plural
    (``مسلحوها``، ``مقاتلوه``، ``مؤيدوه``), so it is a subject, never an object."""
    stem = view.tokens[k].stem
    return stem is not None and stem.text.endswith("و") and view.owned_members(k)


def _subject_before_verb(view: DocView, i: int) -> bool:
    """Verb ``i`` follows a word of its own clause, its subject told first (``أن دفاعات الجيش الجوية
    أسقطت``), not a boundary, a comma, a complementizer or another verb."""
    k = i - 1
    return (
        k >= 0
        and not view.is_boundary(k)
        and view.tokens[k].text not in _COMMAS
        and view.core[k] not in COMPLEMENTIZERS
        and k not in view.clause_verbs
        and not view.tokens[i].proclitics
    )


#: the ending of a feminine dual in the nominative (مقاتلتان، طائرتان), normalised: a subject, no object
_NOMINATIVE_DUAL = normalize("تان")
#: how long a word must be to be read as such a dual (مقاتلتان; not بيتان)
_DUAL_MIN = 5


@cache
def _object_heads(objects: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    """The first words of a frame's objects, found once per frame (the rules ask it of every word after
    its trigger)."""
    return frozenset(obj[0] for obj in objects)


def _quote_at(quotes: list[Quote], pos: int) -> Quote | None:
    inside = [q for q in quotes if q.start <= pos < q.end]
    return min(inside, key=lambda q: q.end - q.start) if inside else None


def _addressees(view: DocView, quote: Quote | None, i: int, speaker: str | None) -> list[str]:
    """People a quote names before token ``i``, not its speaker, and those named after a preposition
    before the speech verb in its clause (``في إشارة إلى شي ، كتب ترامب "..."``; not a caption's subject,
    ``بان كي مون يبتسم ... كشفت صحيفة عن أن كوريا الجنوبية وعدت``, nor the speaker's office, ``وقال
    اللواء X، مدير مركز القيادة الوطنية في وزارة الداخلية: «...»``)."""
    if quote is None:
        return []
    sentence = view.tokens[i].sentence
    lo = view.bounds[sentence][0]
    # (the first token that ends past the quote's start: the tokens end in order)
    q_first = bisect_right(view.tokens, quote.start, key=lambda t: t.end)
    if q_first == len(view.tokens):
        q_first = i
    lo = min(lo, view.bounds[view.tokens[q_first].sentence][0])
    cue = max((k for k in view.speech if lo <= k < q_first), default=q_first)
    opening = view.clause(cue, lo, q_first)[0]
    out: list[str] = []
    for k in range(lo, i):
        a = view.actor(k)
        if a is None or speaker in a.entities:
            continue
        if k < q_first and (a.prep is None or not opening <= k < cue):
            continue
        if a.prep in _AGAINST or (a.etype in PLACE_TYPES and a.prep in (normalize("في"), "ب", _TO)):
            continue  # (nor where someone went: إن الثلاثة وصلوا إلى براغ)
        if (
            a.first > 0
            and view.core[a.first - 1] in LAND
            and all(is_town(view.entities[e]) for e in a.entities)
        ):
            continue  # (nor a town after its place noun, where it happened: قبالة شاطئ بلدة بيت لاهيا)
        out.extend(e for e in a.entities if e not in out)
    return out


#: how many tokens after a verb a time between commas may open and date it (past a long subject: استقبل وزير
#: الداخلية الفريق أول الشيخ راشد بن عبد الله آل خليفة، يوم الأحد، X)
_DATED_REACH = 12


def _date(doc: Document, view: DocView, i: int, lo: int, hi: int) -> str | None:
    """The date of the time in the trigger's phrase, else of one between commas right after the verb
    and its subject, else of one opening its sentence, else the article's.

    A phrase ends at punctuation and clause words, so ``دعا بوتين كيم لزيارة روسيا ، متابعا من آخر زيارة
    ... في عام 2023`` is not dated 2023.
    """
    a, b = view.phrase(i, lo, hi)
    start, end = view.tokens[a].start, view.tokens[b - 1].end
    opening = view.tokens[lo].start
    trigger = view.tokens[i].start
    dated = view.dated_times
    for t in dated:
        if start <= t.start < end:
            return t.value
    # a time between commas after the verb and its subject dates it (استقبل السيسي، أمس الأحد، الجبير)
    for k in range(i + 1, min(hi, i + 1 + _DATED_REACH)):
        if view.is_hard(k) or k in view.clause_verbs:
            break
        if (close := view.time_between_commas(k)) is not None:
            lo_, hi_ = view.tokens[k].end, view.tokens[close].start
            found = next((t.value for t in dated if lo_ <= t.start < hi_), None)
            if found is not None:
                return found
            break
    for t in dated:
        if opening <= t.start < trigger:
            return t.value
    return doc.date


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


#: how many words may stand between a noun and the verb of a relative clause on it (اتفاقية التعاون
#: الفضائي التي وقعتها)
_RELATIVE_ON_NOUN_WORDS = 6


def _relative_on_noun(text: str, noun: Event, ev: Event) -> bool:
    """``ev`` is told by the verb of a relative clause on the noun that tells ``noun``, a few words on in
    its sentence (``اتفاقية التعاون الفضائي التي وقعتها سوريا وروسيا عام 2018``): the clause dates the
    act the noun names, which the article's date does not."""
    if ev.sentence != noun.sentence or ev.trigger.start <= noun.trigger.end:
        return False
    between = text[noun.trigger.end : ev.trigger.start].split()
    return (
        len(between) <= _RELATIVE_ON_NOUN_WORDS
        and any(normalize(w) in RELATIVES for w in between)
        and not any(c in "،,.؛" for w in between for c in w)
    )


def _visit_referred_back(doc: Document, told: Event, ev: Event) -> bool:
    """``ev`` is the definite visit noun told after the visit ``told`` with no date of its own (the
    article's): the same visit, whatever day ``told`` names."""
    start = ev.trigger.start
    return (
        ev.type == told.type == "CONSULT"
        and ev.date == doc.date
        and start > told.trigger.start
        and bare(normalize(ev.trigger.text)) in _VISIT_NOUNS
        and doc.text[max(0, start - 2) : start] == "ال"  # (its trigger span leaves the article out)
    )


def _visit_hosts(text: str, events: list[Event], entities: dict[str, Entity]) -> dict[int, int]:
    """CONSULT events of a sentence that only name a place or no one besides their source, mapped to the
    meeting of that sentence, or of the next, with a named person or body and the same source (زار
    أردوغان موسكو حيث التقى بوتين; حظيت زيارة مودي لأبوظبي باهتمام ... والتقى مودي خلال الزيارة محمد بن
    زايد: one CONSULT, the visitor and the host), or to the host's reception of the source told in the
    same sentence (وصل X إلى القاهرة حيث استقبله Y); without one, a visit naming no place joins the one
    naming it."""
    out: dict[int, int] = {}

    def told_with(ev: Event, other: Event) -> bool:
        """``other`` is told in the sentence of ``ev`` or in the next one."""
        if other.sentence == ev.sentence:
            return True
        return (
            ev.sentence.end <= other.sentence.start
            and not text[ev.sentence.end : other.sentence.start].strip()
        )

    def others(ev: Event) -> list[str]:
        return [e for e in (*ev.source, *ev.target) if e not in ev.source[:1]]

    def meets_someone(ids: list[str]) -> bool:
        # (a seat told for its government is where the visit went: زيارة X إلى البيت الأبيض، حيث التقى)
        return any(
            entities[e].type not in PLACE_TYPES and entities[e].metonym_of is None
            for e in ids
            if e in entities
        )

    consults = [i for i, ev in enumerate(events) if ev.type == "CONSULT" and not ev.negated and ev.source]
    for i in consults:
        ev = events[i]
        rest = others(ev)
        if meets_someone(rest):
            continue
        for j in consults:
            other = events[j]
            if j == i:
                continue
            if (
                other.sentence == ev.sentence
                and _RECEIVING_STEM not in normalize(ev.trigger.text)
                and ev.source[0] in other.target
                and meets_someone([e for e in other.source if e not in ev.source])
            ):
                out[i] = j  # وصل X إلى القاهرة وكان في استقباله Y: the host who met him
                break
            if other.source[:1] != ev.source[:1]:
                continue
            theirs = others(other)
            if not told_with(ev, other):
                # (further on, a meeting with a host of the country visited: وتعد هذه رابع زيارة يقوم بها
                # ماكرون إلى مصر, after استقبل السيسي ماكرون)
                if rest and meets_someone(theirs) and _in_place(rest, theirs, entities):
                    out[i] = j
                    break
                continue
            if (
                meets_someone(theirs)
                and (other.sentence == ev.sentence or not rest or _in_place(rest, theirs, entities))
            ) or (not rest and theirs and other.sentence == ev.sentence):
                out[i] = j
                break
    return out


def _recipient(entity: Entity) -> bool:
    """The entity may receive aid: not a region, a continent, a town or a local place (its
    knowledge-base id says which)."""
    return not is_town(entity) and not (entity.kb_id or "").startswith(_AREA_ID_PREFIXES)


def _belonging(view: DocView, a: ActorMention) -> bool:
    """The actor ``a`` follows "belonging to" (``بالانتماء إلى داعش``، ``ينتمون إلى``): the body people
    named before it belong to."""
    return (
        a.prep == _TO
        and a.prep_at is not None
        and a.prep_at > 0
        and view.bare[a.prep_at - 1] in _BELONGING_TO
    )


def _led(view: DocView, a: ActorMention) -> bool:
    """The name ``a`` follows "led by" (``بقيادة``، ``برئاسة``), his titles between or not (mentions of
    him too: برئاسة الرئيس النيجيري الأسبق عبد السلام أبو بكر)."""
    k = a.first - 1
    while k > 0 and not led_by(view.tokens[k].text) and view.only_titles(k, k + 1):
        if (
            k in view.inside
            and (covering := view.mention_covering(k)) is not None
            and covering.entities != a.entities
        ):
            return False  # (another's name: بزعامة بيدرو سانشيز وحزب X)
        k -= 1
    return k >= 0 and led_by(view.tokens[k].text)


def _hosted_talks(view: DocView, readings: list[Reading], i: int, hi: int) -> int | None:
    """The talks hosting verb ``i`` hosts: the first act after it in its clause, past its subject, a time
    between commas and a round's words (``استضافت الدوحة، الأحد، جولة جديدة من المفاوضات``), when it
    can be read as meeting; else ``None``."""
    k, budget = i + 1, _HOSTED_REACH  # (an aside does not count)
    while k < hi and budget > 0:
        if view.tokens[k].text in _COMMAS:
            # an aside between commas, of time or place (، الثلاثاء في قصر دولمة بهتشه بإسطنبول ،)
            close = next(
                (j for j in range(k + 1, min(hi, k + _HOSTED_REACH)) if view.tokens[j].text in _COMMAS), None
            )
            if close is None or any(j in view.clause_verbs for j in range(k + 1, close)):
                return None
            k = close + 1
            continue
        if view.is_boundary(k) or k in view.clause_verbs:
            return None
        if k in view.acts and k not in view.inside:
            return _talks_noun(view, readings, k) if _meeting(readings, k) else None
        k, budget = k + 1, budget - 1
    return None


def _meeting(readings: list[Reading], k: int) -> bool:
    """Token ``k`` can be read as a meeting or talks (a CONSULT noun)."""
    return any(e.type == "CONSULT" and e.pos == "noun" for e in readings[k][0])


def _talks_noun(view: DocView, readings: list[Reading], k: int) -> int:
    """The talks the round at ``k`` is of (``جولة جديدة من المفاوضات``: المفاوضات), else ``k``."""
    for j in range(k + 1, min(len(view.tokens), k + 1 + _ROUND_WORDS)):
        if view.is_boundary(j) or j in view.inside or j in view.clause_verbs:
            break
        if j in view.acts:
            return j if _meeting(readings, j) and view.core[j - 1] == FROM else k
    return k


#: "led it", after a mediation (وساطة قادتها قطر، وساطة قادها الرئيس التوغولي), normalised
_LED_IT = frozenset(normalize(f"{v}{p}") for v in ("قاد", "قادت") for p in ("ه", "ها"))


def _mediated_acts(
    doc: Document,
    view: DocView,
    events: Sequence[Event],
    i: int,
    hi: int,
    entry: Entry,
    source: Sequence[str],
) -> tuple[list[str], list[str]] | None:
    """A mediation or talks at ``i`` naming no sides, told after the act they brought about in their
    sentence: the mediator (who led it, ``وساطة قادتها قطر``; or after من, ``بوساطة من سلطنة عمان``) or
    the talks' sponsors (``المحادثات برعاية الاتحاد الأفريقي``), and the doers of the acts told before it
    in the sentence (``أفرجت جبهة النصرة عن ثلاثة عمال``، ``مقابل إطلاق بلجيكا سراح``); else None."""
    if entry.lemma == _MEDIATION:
        nxt = i + 1 if i + 1 < hi else i
        if view.core[nxt] in _LED_IT:
            mediator = list(source)  # وساطة قادتها قطر: the relative's subject
        elif view.core[nxt] == FROM and (a := view.actor(nxt + 1)) is not None:
            mediator = list(view.group_after(a)[0])  # وساطة من سلطنة عمان
        elif (
            nxt + 2 < hi
            and view.core[nxt] in DID
            and view.norm[nxt + 1] in WITH_IT
            and (a := view.actor(nxt + 2)) is not None
        ):
            mediator = list(view.group_after(a)[0])  # وساطة قامت بها دولة قطر: the one who made it
        else:
            country = view.nationality_country(nxt) if nxt > i else None  # وساطة قطرية
            mediator = [country] if country is not None else []
    else:
        word, mediator = view.sponsored(i, hi)
        if word == PARTICIPATION:
            return None  # (بمشاركة X: one more taking part, no sponsor of the talks)
    if not mediator:
        return None
    start, at = doc.sentences[view.tokens[i].sentence].start, view.tokens[i].start
    sides = [
        e
        for ev in events
        if not ev.negated and start <= ev.trigger.start < at
        for e in ev.source
        if e not in mediator
    ]
    return (mediator, list(dict.fromkeys(sides))) if sides else None


def _talks_resulting(
    doc: Document, view: DocView, events: Sequence[Event], i: int, hosts: Mapping[int, list[str]]
) -> list[str]:
    """The participants of the last meeting of two or more told in the sentence before trigger ``i``,
    when ``i`` is what it resulted in (``محادثات بين X وY أسفرت عن اتفاق``), not its ``hosts`` (by the
    hosting verb's token) nor its sponsors; else nothing."""
    if i < 2 or view.core[i - 1] != ABOUT or view.core[i - 2] not in _RESULTED:
        return []
    start, at = doc.sentences[view.tokens[i].sentence].start, view.tokens[i].start
    for ev in reversed(events):
        if ev.type != "CONSULT" or ev.negated or not start <= ev.trigger.start < at:
            continue
        # (not who only hosted or sponsored the talks: محادثات بين X وY برعاية Z أسفرت عن اتفاق)
        k = view.token_at(ev.trigger.start)
        third = {*view.sponsors(k, len(view.tokens)), *hosts.get(k, ())}
        parties = [e for e in (*ev.source, *ev.target) if e not in third]
        if len(parties) >= 2:
            return parties
    return []


def _visit_partners(
    events: list[Event], entities: dict[str, Entity], symmetric: frozenset[str]
) -> list[Event]:
    """A visit that names only where it went, and a deal or a cooperation told in its sentence between
    the visitor and one person of the country visited (``وقع ميتسوتاكيس وأردوغان إعلانا ... خلال أول زيارة
    لأردوغان إلى اليونان``): the visitor met that person, the visit's target."""
    out = list(events)
    for n, ev in enumerate(events):
        if ev.type != "CONSULT" or ev.negated or len(ev.source) != 1 or not ev.target:
            continue
        if not all(t in entities and entities[t].type in PLACE_TYPES for t in ev.target):
            continue
        countries = {entities[t].country for t in ev.target} - {None}
        for other in events:
            parties = (*other.source, *other.target)
            if (
                other.type == "CONSULT"
                or other.type not in symmetric
                or other.sentence != ev.sentence
                or ev.source[0] not in parties
            ):
                continue
            hosts = [
                e
                for e in parties
                if e != ev.source[0]
                and e in entities
                and entities[e].type == "PER"
                and entities[e].country in countries
            ]
            if len(hosts) == 1:
                out[n] = replace(ev, target=tuple(hosts))
                break
    return out


def _in_place(places: list[str], hosts: list[str], entities: dict[str, Entity]) -> bool:
    """A host of the meeting belongs to the country of a place visited (مودي لأبوظبي ... محمد بن زايد)."""
    countries = {entities[p].country for p in places if p in entities} - {None}
    return any(entities[h].country in countries for h in hosts if h in entities)


def _two_sides(doc: Document, events: list[Event], symmetric: frozenset[str]) -> list[Event]:
    """An act aimed at "the two sides" that names no one (``دعوة X الطرفين إلى وقف إطلاق النار``، ``حث
    كيري البلدين على``) is aimed at the two parties of the last meeting, deal or clash told in its
    sentence or the two before (``أبدت الحكومة استعدادها للحوار مع الجبهة``) when no pair of names
    stands for them. A symmetric act whose subject is "the two sides" and that names one of them only
    (``استقبل X الرئيس Y ... ووقع الجانبان مذكرة تفاهم``) is the two's of the last meeting told there."""
    out: list[Event] = []
    people = {e.id: e.type for e in doc.entities}
    for ev in events:
        if not ev.target and ev.source and ev.type not in symmetric:
            words = doc.text[ev.trigger.end : ev.trigger.end + _TWO_SIDES_REACH]
            parts = _CLAUSE_END.split(words, maxsplit=2)
            if len(parts) == 3 and len(parts[1].split()) <= _SETTING_WORDS:
                parts[0] += parts[2]  # دعت X، في بيان مشترك، الطرفين: past a setting between commas
            words = parts[0]
            found = _TWO_SIDES.search(words)
            if found and normalize(words[: found.start()]).split()[-1:] == [_BETWEEN]:
                found = None  # دعت X إلى حوار بين الطرفين: what is called for, no one it is addressed to
            if found:
                first = _sentences_before(doc, ev)
                near = [p for p in out if p.sentence.start >= first and len({*p.source, *p.target}) == 2]
                # "the two countries": two states one acted against (قطعت بوليفيا علاقاتها مع البيرو ...
                # ودعت المنظمة البلدين إلى الحوار)
                states = _COUNTRIES_WORDS.search(found.group()) is not None and {
                    e.id
                    for e in doc.entities
                    if (e.type == "GPE" and (e.kb_id or "").count(":") == 1)
                    or (e.type == "ORG" and e.sector == "GOV" and e.country)  # حكومة بوليفيا
                }
                # a meeting, deal or clash of two; or two who acted on each other (اتهم الجيش قوات الدعم
                # السريع ... فيما اتهمت الأخيرة الجيش); or "the two sides" of an attack of one force or
                # body on another (قصف الجيش السوداني مواقع لقوات الدعم السريع ... ودعا X الطرفين)
                pair = next(
                    (
                        (*p.source, *p.target)
                        for p in reversed(near)
                        if p.type in symmetric
                        or (p.target and any(q.source == p.target and q.target == p.source for q in near))
                        or (states and p.type in _HOSTILE_TYPES and {*p.source, *p.target} <= states)
                        or (not states and p.type == "ASSAULT" and _two_bodies(doc, p))
                        # (or one's words or measures against the other: اتهمت الجبهة الرباط بخرق الهدنة
                        # ... فيما دعا X الطرفين)
                        or (not states and p.type in _HOSTILE_TYPES and p.type != "ASSAULT")
                    ),
                    (),
                )
                if not pair and states:
                    pair = _two_states_named(doc, ev, states, first)
                if pair and not set(pair) & set(ev.source):
                    ev = replace(ev, target=tuple(pair))
        elif (
            ev.type in symmetric
            and len(parties := {*ev.source, *ev.target}) <= 2
            and (
                subject := _TWO_SIDES_SUBJECT.match(
                    doc.text[ev.trigger.end : ev.trigger.end + _TWO_SIDES_REACH]
                )
            )
        ):
            # استقبل X الرئيس Y ... ووقع الجانبان مذكرة تفاهم: the two of the meeting just told; also
            # where one of the two was taken for a place or a body named near (بحث X مع Y، خلال زيارة
            # الأخير للقاهرة ... واتفق الجانبان: not X and القاهرة)
            first = _sentences_before(doc, ev)
            met = next(
                (
                    p
                    for p in reversed(out)
                    if p.sentence.start >= first
                    and (p.type in symmetric if len(parties) == 1 else p.type in _PAIR_TYPES)
                    # (one side may be a body and the head of its delegation: التقى X وفدا من حلف قبائل
                    # حضرموت برئاسة Y. واتفق الجانبان)
                    and (
                        len(pair := {*p.source, *p.target}) == 2
                        or (
                            len(pair) == 3
                            and (_body_and_head(p.source, people) or _body_and_head(p.target, people))
                        )
                    )
                    and (len(parties) == 2 or parties <= pair)
                    # (the two ministers or leaders are two persons, not two states: استقبلت مصر وفدا من
                    # السودان. ووقع الوزيران)
                    and (subject.group(1) is None or all(people.get(e) == "PER" for e in pair))
                ),
                None,
            )
            # (none named: the last two met, واتفق الجانبان after the meeting told)
            if met is None or not (
                len(parties) <= 1
                or len(parties & (those := {*met.source, *met.target})) == 1
                or parties < those  # (a side of a body and its delegation's head: one of the two only)
            ):
                met = _persons_met(out, ev, parties, first, people, subject.group(1) is not None, symmetric)
            if met is not None:
                if ev.type == met.type == "CONSULT":
                    continue  # استقبل X Y، حيث ناقش الزعيمان: the talks of that meeting
                ev = replace(ev, source=met.source, target=met.target)
        elif ev.type in symmetric and (met := _participants_met(doc, ev, out, symmetric)) is not None:
            # استضاف X اجتماعا ضم Y وZ ... واتفق الوزراء الثلاثة: the three who met
            ev = replace(ev, source=met.source, target=met.target)
        out.append(ev)
    return out


def _participants_met(
    doc: Document, ev: Event, events: list[Event], symmetric: frozenset[str]
) -> Event | None:
    """The last meeting or deal of three parties or more told in the sentence of ``ev`` or the two before,
    when the subject right after its trigger is "the participants", "the ministers" or "the leaders"
    (``واتفق المشاركون``، ``واتفق الوزراء الثلاثة``) and it names no one outside that meeting; else None."""
    if not _PARTICIPANTS_SUBJECT.match(doc.text[ev.trigger.end : ev.trigger.end + _TWO_SIDES_REACH]):
        return None
    first = _sentences_before(doc, ev)
    parties = {*ev.source, *ev.target}
    return next(
        (
            p
            for p in reversed(events)
            if p.sentence.start >= first
            and p.type in symmetric
            and len(met := {*p.source, *p.target}) >= _MANY_PARTIES
            and parties <= met
        ),
        None,
    )


#: how many words before the body a meeting's object names the title that opens it may stand (المديرة
#: التنفيذية لبرنامج الأمم المتحدة)
_GUEST_TITLE_WORDS = 4


def _titled_guest(view: DocView, met: list[str], args: Args, i: int, hi: int) -> list[str]:
    """The person named past the title and office of the one body or place ``met``, whom a meeting at
    ``i`` was read to be with (``التقى X المديرة التنفيذية لبرنامج الأمم المتحدة للبيئة Y``، ``أجرى
    مباحثات مع رئيس المجلس السياسي الأعلى التابع لجماعة أنصار الله Y``، ``استقبل X الرئيس التنفيذي لشركة
    البحر الأبيض المتوسط للشحن Y``): the title's holder, whom it met; else none."""
    if len(met) != 1 or view.entities[met[0]].type == "PER":
        return []
    body = next((a for a in args.mentions if met[0] in a.entities), None)
    if body is None:
        return []
    for k in range(body.first - 1, max(i, body.first - 1 - _GUEST_TITLE_WORDS), -1):
        if view.is_boundary(k) or k in view.inside:
            return []
        if view.bare[k] in title_heads():
            holder = view.titled_person(k - 1, hi)
            if holder is None or holder.etype != "PER" or holder.first <= body.last:
                return []
            return [e for e in holder.entities if e not in args.source and e not in args.target]
    return []


def _body_and_head(side: tuple[str, ...], people: dict[str, str]) -> bool:
    """One side of a meeting is a body and a person, the head of its delegation (``التقى X وفدا من حلف
    قبائل حضرموت برئاسة Y``)."""
    return len(side) == 2 and sorted(people.get(e, "") for e in side) == ["ORG", "PER"]


def _two_sides_unnamed(doc: Document, ev: Event, symmetric: frozenset[str]) -> bool:
    """A symmetric act naming no one whose subject is "the two sides" right after it (``واتفق الجانبان على
    تشكيل لجنة مشتركة``، ``واتفق الوزيران``): kept until the two of the meeting told before are found for it
    (:func:`_two_sides`), left out where none are."""
    if ev.type not in symmetric or ev.named:
        return False
    after = doc.text[ev.trigger.end : ev.trigger.end + _TWO_SIDES_REACH]
    if _PARTICIPANTS_SUBJECT.match(after):
        return True  # واتفق المشاركون: kept until the parties of the meeting are found for it
    subject = _TWO_SIDES_SUBJECT.match(after)
    # (not "the two countries" after two persons met: ووقع البلدان, the states, not the two leaders)
    return subject is not None and _STATES_DUAL not in subject.group()


def _persons_met(
    events: list[Event],
    ev: Event,
    parties: set[str],
    first: int,
    people: dict[str, str],
    persons: bool,
    symmetric: frozenset[str],
) -> Event | None:
    """The last meeting of two persons told from offset ``first`` on, when "the two" subject of ``ev``
    was taken for states or bodies none of whom met: "the two ministers" or "leaders" (``persons``) are
    those two (``التقى الوزير X نظيره Y ... واتفق الوزيران``), and so are "the two sides" taken for the
    two of an act told between (``استقبل X الوزير Y ... وأعلن X أن مصر ستقدم للسودان ... ووقع الجانبان``),
    or taken for one state or body alone, which no dual stands for (``استقبل X الوزير Y ... منذ استدعاء
    الجزائر سفيرها ... واتفق الجانبان``); else None."""
    if any(people.get(e) == "PER" for e in parties):
        return None
    for n in range(len(events) - 1, -1, -1):
        p = events[n]
        if p.sentence.start < first:
            return None
        pair = {*p.source, *p.target}
        if p.type == "CONSULT" and len(pair) == 2 and all(people.get(e) == "PER" for e in pair):
            told = any(q.type not in symmetric and {*q.source, *q.target} == parties for q in events[n + 1 :])
            alone = len(parties) == 1
            return (
                p
                if (persons or told or alone) and not p.negated and ev.trigger.start > p.trigger.start
                else None
            )
    return None


def _two_states_named(doc: Document, ev: Event, states: set[str], first: int) -> tuple[str, ...]:
    """The two states, and only two, named besides the source of ``ev`` from ``first`` up to its trigger
    (``قصفت القوات الهندية مواقع في باكستان ... فيما حث X البلدين``): "the two countries" it is aimed at;
    none where fewer or more are named."""
    named = sorted(
        (m.start, e.id)
        for e in doc.entities
        if e.id in states and e.id not in ev.source
        for m in e.mentions
        if first <= m.start < ev.trigger.start
    )
    two = tuple(dict.fromkeys(e for _, e in named))
    return two if len(two) == 2 else ()


def _two_bodies(doc: Document, ev: Event) -> bool:
    """``ev`` is of one organisation on another (forces, groups, bodies; not a place struck)."""
    return (
        len(ev.source) == 1
        and len(ev.target) == 1
        and all(e.type == "ORG" for e in doc.entities if e.id in (*ev.source, *ev.target))
    )


def _sentences_before(doc: Document, ev: Event, back: int = 2) -> int:
    """Where the sentence ``back`` before that of ``ev`` starts (its own, or a nearer one, near the top)."""
    sentence = next(k for k, s in enumerate(doc.sentences) if s.start == ev.sentence.start)
    return doc.sentences[max(sentence - back, 0)].start


def _replies_answer(doc: Document, events: list[Event]) -> list[Event]:
    """A penalty with no target told in a sentence opened by a verb of replying (``وردت وزارة الخارجية
    الروسية بإدراج عدد من المسؤولين الأوروبيين``، ``وردت الحكومة الانتقالية في مالي باستدعاء
    سفرائها``) is a retaliation aimed at whom the reply answers: the source of the last demand, threat
    or penalty aimed at someone told in the sentence before, when another's (not a call to one's own
    people: ودعا أردوغان الأتراك إلى ...). Not past a clause of another speaker
    (``فيما فرضت كندا رسوما``)."""
    out: list[Event] = []
    for ev in events:
        if (
            ev.type == "SANCTION"
            and ev.source
            and not ev.target
            and _REPLY_OPENING.match(doc.text, ev.sentence.start, ev.trigger.start)
            and not _OTHER_SPEAKER.search(doc.text, ev.sentence.start, ev.trigger.start)
        ):
            before = _sentences_before(doc, ev, 1)
            answered = next(
                (
                    p
                    for p in reversed(out)
                    if before <= p.trigger.start < ev.sentence.start
                    and p.source
                    and p.target
                    and p.type in _ANSWERABLE
                ),
                None,
            )
            if answered is not None and not set(answered.source) & set(ev.source):
                ev = replace(ev, target=answered.source)
        out.append(ev)
    return out


def _replies_telling_own_refusals(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """A reply that opens its sentence and tells a refusal by the one it names (``ورد وزير المالية X بأن
    الحكومة الكويتية «لن تقبل» مطالب النواب``، ``ورد الوزير التركي X بأن أنقرة "لن تقبل دروسا"``) accuses
    no one: the refuser is the speaker's own side, and the refusal told is the act coded."""
    refusals = [ev for ev in events if ev.type == "REJECT" and ev.source and not ev.negated]
    if not refusals:
        return events
    out = []
    for ev in events:
        if (
            ev.type == "ACCUSE"
            and ev.target
            and (reply := _REPLY_OPENING.match(doc.text, ev.sentence.start, ev.trigger.end + 1)) is not None
            and reply.end() > ev.trigger.start
            and any(
                r.sentence == ev.sentence
                and r.trigger.start > ev.trigger.end
                and set(r.source) == set(ev.target)
                for r in refusals
            )
        ):
            continue
        out.append(ev)
    return out


#: the acts a retaliation answers by aiming at their doer: demands, threats and penalties (not a charge
#: or a deed)
_ANSWERABLE = frozenset({"REQUEST", "THREATEN", "SANCTION"})
#: a sentence opened by a verb of replying, its subject after it (ورد X بأن، وردت Y)
_REPLY_OPENING = re.compile(r"\s*و?(?:رد|ردت|ردوا)\s")
#: a clause of another speaker joined to the reply (فيما قال Y، بينما، في حين)
_OTHER_SPEAKER = re.compile(r"(?:^|\s)(?:فيما|بينما|في\s+حين|كما)\s")


def _dual_subjects(doc: Document, events: list[Event], symmetric: frozenset[str]) -> list[Event]:
    """An act that names no one, "the two leaders" or "the two sides" its subject right before it in
    its clause (``وشهد الزعيمان توقيع 21 اتفاقية``), is the act of the two parties of the last meeting,
    deal or clash told in its sentence or the two before: they are its source and target."""
    out: list[Event] = []
    for ev in events:
        if not ev.named:
            clause = _CLAUSE_END.split(
                doc.text[max(ev.sentence.start, ev.trigger.start - 40) : ev.trigger.start]
            )
            words = {normalize(w).removeprefix("و") for w in clause[-1].split()[-_DUAL_SUBJECT_REACH:]}
            if words & DUAL_ANAPHORS.keys():
                first = _sentences_before(doc, ev)
                pair = next(
                    (
                        p
                        for p in reversed(out)
                        if p.sentence.start >= first
                        and p.type in symmetric
                        and len(p.source) == 1
                        and len(p.target) == 1
                        and p.source != p.target
                    ),
                    None,
                )
                if pair is not None:
                    ev = replace(ev, source=pair.source, target=pair.target)
        out.append(ev)
    return out


#: the pronouns of an owner (ه، ها، هم) that make a word one's own (موظفيها، سفارته)
_OWNER_SUFFIXES = ("ه", "ها", "هم")


def _owned(stems: tuple[str, ...], suffixes: tuple[str, ...] = _OWNER_SUFFIXES) -> frozenset[str]:
    """The ``stems`` with each of the owner's pronoun ``suffixes`` on them, bare (``موظفيها``)."""
    return frozenset(bare(normalize(stem + suffix)) for stem in stems for suffix in suffixes)


#: staff words (موظفي، دبلوماسيي، طاقم): with an owner's pronoun a body's own staff (موظفيها، طاقمها),
#: bare; and, with members, before the mission they serve (موظفي سفارتها، دبلوماسيي بعثته), bare
_STAFF_STEMS = ("موظفي", "دبلوماسيي", "طاقم")
_OWN_STAFF = _owned(_STAFF_STEMS)
_STAFF_OF = frozenset(bare(normalize(w)) for w in (*_STAFF_STEMS, "أعضاء"))
#: a state's or body's own mission (سفارتها، بعثته، قنصليتها), bare, pronoun suffix and all
_OWN_MISSION = _owned(("سفارت", "بعثت", "قنصليت"))
#: a call, demand, plea, appeal or offer with its maker's pronoun (طلبه، دعوتهما، التماسه، مطالبهم), bare:
#: refused, it is aimed at the one who made it, told before
_OWN_PLEAS = _owned(
    (
        *("طلب", "طلبات", "دعوت", "دعوات", "مطالب", "مطالبت", "مطلب", "نداء", "مناشدت"),
        *("التماس", "طعن", "عرض", "مقترح", "اقتراح", "مبادرت"),
    ),
    ("ه", "ها", "هم", "هما"),
)


def _own_staff(view: DocView, k: int, hi: int) -> bool:
    """The word at ``k`` is the agent's own staff (``موظفيها``، ``موظفي سفارتها``): whom a state or body
    evacuates or moves of its own is no aid to anyone (its nationals are: ``أجلت 62 مواطنا إيطاليا``)."""
    return view.bare[k] in _OWN_STAFF or (
        view.bare[k] in _STAFF_OF and k + 1 < hi and view.bare[k + 1] in _OWN_MISSION
    )


#: the speaker's own people (رعاياها، مواطنيه), bare, pronoun suffix and all: whom it warns
_OWN_PEOPLE = _owned(("رعايا", "مواطني", "مواطنات"), (*_OWNER_SUFFIXES, "نا"))
#: going abroad, bare: what a state advises its own people against
_GOING_ABROAD = frozenset(bare(normalize(w)) for w in ("السفر", "التوجه", "الذهاب"))
#: words between a warning verb and the people it warns (its subject): at most these many
_TRAVEL_ADVICE_REACH = 6


def _travel_advice(view: DocView, i: int, hi: int) -> bool:
    """The warning at ``i`` is to the speaker's own people against going somewhere (``حذرت رعاياها من
    السفر إلى ليبيا``، ``وحذرت وزارة الخارجية الأمريكية مواطنيها من التوجه إلى``): travel advice,
    neither a threat nor an accusation of the place."""
    for k in range(i + 1, min(hi - 2, i + 1 + _TRAVEL_ADVICE_REACH)):
        if view.is_boundary(k):
            return False
        if view.bare[k] in _OWN_PEOPLE:
            return view.core[k + 1] == FROM and view.bare[k + 2] in _GOING_ABROAD
    return False


def _warned_of_conduct(view: DocView, i: int, hi: int) -> bool:
    """The warning at ``i`` to someone named is of the warned one's conduct, after من (``حذرت إيران
    واشنطن من أي مغامرة عسكرية``): an accusation, not a threat of the speaker's own (``من عواقب``)."""
    for k in range(i + 1, min(hi - 1, i + 1 + _WARNED_CONDUCT_REACH)):
        if view.core[k] == FROM:
            m = k + 1
            while m + 1 < hi and (view.tokens[m].text in QUOTE_MARKS or view.bare[m] in _ANY):
                m += 1  # من «أي مغامرة»
            return view.bare[m] in _CONDUCT
        if view.is_boundary(k):
            return False
    return False


def _trade_ban(doc: Document, ev: Event) -> bool:
    """A ban or suspension of exports or imports aimed at no named country (``قررت الحكومة الهندية حظر
    تصدير الأرز``، ``قررت وزارة الزراعة حظر استيراد 19 منتجا``): trade policy, no sanction on anyone but a
    ban its own traders must obey, coded COERCE (``حظر استيراد القات من كينيا`` keeps its target and
    stays a sanction)."""
    if ev.type != "SANCTION" or ev.target:
        return False
    found = _NEXT_WORD.match(doc.text, ev.trigger.end)
    return found is not None and bare(normalize(found.group(1))) in _TRADE_FLOWS


#: duties and taxes (رسوم، ضرائب), bare: what a state may levy on anyone, its own people too
_DUTIES = frozenset(bare(normalize(w)) for w in ("رسوم", "الرسوم", "ضرائب", "الضرائب", "ضريبة", "الضريبة"))
#: words that make duties a reply to another state (ردت الصين بفرض رسوم مماثلة، رسوم مضادة), bare
_RETALIATING = frozenset(
    bare(normalize(w)) for w in ("رد", "ردت", "ردا", "مماثلة", "المماثلة", "مضادة", "المضادة", "انتقامية")
)


def _domestic_duties(doc: Document, ev: Event) -> bool:
    """Duties or taxes levied on no one named, and with no nationality or name in the rest of their
    sentence (``احتجاجا على قرار الحكومة اللبنانية فرض رسوم جديدة على المحروقات``، ``رفع الرسوم الجمركية
    على قطع الغيار المستوردة``): fiscal policy at home, no sanction (``فرض رسوم على الواردات
    الكولومبية`` stays one, and so do duties in reply: ``وردت الصين بفرض رسوم مماثلة``)."""
    if ev.type != "SANCTION" or ev.target:
        return False
    found = _NEXT_WORD.match(doc.text, ev.trigger.end)
    if found is None or bare(normalize(found.group(1))) not in _DUTIES:
        return False
    end = ev.sentence.end
    if any(ev.trigger.end <= m.start < end for e in doc.entities for m in e.mentions):
        return False
    before = doc.text[ev.sentence.start : ev.trigger.start].split()[-1:]
    if any(bare(normalize(w.strip(_WORD_EDGES)).removeprefix("و")) in _RETALIATING for w in before):
        return False
    after = {bare(normalize(w.strip(_WORD_EDGES))) for w in doc.text[ev.trigger.end : end].split()}
    return after.isdisjoint(demonym_words()) and after.isdisjoint(_RETALIATING)


#: the mode of a restriction an airspace shut at home is coded with
_SHUT = "restrict"
#: the stem of a closing trigger (أغلق، وأغلقت، إغلاق), and the airspace it closes, up to the end of its
#: clause
_SHUTTING = "غلق"
_SKY_SHUT = re.compile(r"[^،,.]*?(?:مجال(?:ها|ه|هما)? الجوي|أجواء)")


#: the head words of a state's own bodies, whose closures are restrictions even in protest
_RULING_BODIES = frozenset(
    ("السلطات", "الحكومة", "حكومة", "وزارة", "الوزارة", "الشرطة", "شرطة", "الجيش", "جيش", "قوات", "القوات")
)
#: what a closing follows with in its sentence when it is done in protest (أغلقت لجنة تنسيق المزارعين طريق
#: شريان الشمال، الاثنين، احتجاجا على تصدير الأعلاف): احتجاجا a few words on, no full stop between
_CLOSED_IN_PROTEST = re.compile(r"[^.؛:]{0,160}?(?<!\S)و?احتجاجا(?!\S)")


def _closed_in_protest(doc: Document, view: DocView, ev: Event, bodies: dict[str, Entity]) -> Event:
    """A closure of a road, crossing or site by a body, in protest (``أغلقت لجنة تنسيق مزارعي الشمالية
    طريق شريان الشمال احتجاجا على تصدير الأعلاف``، ``وأغلق آلاف من أنصار حركة X الطرق احتجاجا على``): a
    protest that obstructs, by the body (whose people closed it, if so told), no restriction imposed; one
    by a state or a person stays one (``أغلقت مصر المعبر احتجاجا على``), and so does one by the
    authorities or a ministry (``أغلقت السلطات المصرية المعبر``)."""
    if (
        ev.type != "COERCE"
        or ev.mode != _SHUT
        or _SHUTTING not in ev.trigger.text
        or _CLOSED_IN_PROTEST.match(doc.text, ev.trigger.end, ev.sentence.end) is None
    ):
        return ev
    k = view.token_at(ev.trigger.start)
    members = view.member_subject(k, view.bounds[doc.tokens[k].sentence][1])
    source = (
        tuple(view.group_after(members)[0]) if members is not None and members.etype == "ORG" else ev.source
    )
    if not source or any(
        (body := bodies.get(s)) is None or body.type != "ORG" or body.name.split()[0] in _RULING_BODIES
        for s in source
    ):
        return ev
    return replace(ev, type="PROTEST", mode=_OBSTRUCT, source=source, target=())


#: the countries whose towns stand for their people: the Palestinian territories, whose towns aid is
#: sent to with no state to receive it (أرسلت الهيئة قافلة مساعدات إلى غزة، مستشفى ميداني إلى مدينة جنين)
_STATELESS_TOWNS = frozenset({"PSE"})
#: national capitals left out of ``capitals.tsv`` for their other readings (a common word, a namesake), bare:
#: sent aid, each stands for its government as the listed ones do (سيقدم البنك الدولي إلى القاهرة مليار
#: دولار، أرسلت واشنطن خبراء إلى تيرانا)
_AIDED_CAPITALS = frozenset(bare(normalize(w)) for w in ("القاهرة", "تيرانا", "الرباط", "مسقط"))


def _aid_to_country(doc: Document, ev: Event) -> Event:
    """Aid goes to a state, a body or a people, and a place is no recipient: a town other than a capital
    it is sent to (``أرسلت الجزائر فريق إنقاذ إلى مدينة جبلة السورية``، ``وصل إلى مراكش فريق إسباني``)
    stands for its country where the text names that country, else is where the aid went. A capital may
    stand for its government (``أرسلت ألمانيا أسلحة إلى كييف``), and a Palestinian town for its people."""
    towns = [
        e
        for e in doc.entities
        if e.id in ev.target
        and is_town(e)
        and not is_capital(e.name)
        and bare(normalize(e.name)) not in _AIDED_CAPITALS
        and e.country not in _STATELESS_TOWNS
    ]
    if not towns:
        return ev
    town_ids = {e.id for e in towns}
    target = [t for t in ev.target if t not in town_ids]
    for town in towns:
        country = next(
            (e.id for e in doc.entities if town.country and e.kb_id == f"geo:{town.country}"), None
        )
        if country is not None and country not in target and country not in ev.source:
            target.append(country)
    location = ev.location if ev.location is not None else towns[0].id
    return replace(ev, target=tuple(target), location=location)


def _own_sky_shut(doc: Document, ev: Event) -> bool:
    """A closure of airspace aimed at no named country (``أغلقت السلطات التركية المجال الجوي فوق قاعدة
    إنجرليك``، ``أغلق المجلس العسكري المجال الجوي للبلاد``): a restriction at home, coded COERCE; one shut
    to a country (``أغلقت الجزائر مجالها الجوي أمام الطيران المالي``) keeps its target and stays a
    sanction."""
    if ev.type != "SANCTION" or ev.target or _SHUTTING not in ev.trigger.text:
        return False
    return _SKY_SHUT.match(doc.text, ev.trigger.end, ev.sentence.end) is not None


#: a raising or lifting trigger (رفع، برفع), and what follows it in its clause up to the first word that tells
#: which: عن or a relative clause of imposing for a lifting (رفع الرسوم عن واردات الشعير، رفع الرسوم التي
#: فرضتها), على or إلى for a raising (رفع الرسوم الجمركية على السلع الصينية إلى 145%); a decimal point is no
#: end of the clause (البالغة 80.5 في المئة)
_LIFTING = "رفع"
_DUTIES_OFF = re.compile(
    r"(?:[^،,.؛]|(?<=\d)[.,](?=\d))*?\s(?:(على|إلى|الى)\s|عن\s|(?:التي|الذي)\s+(?:كانت?\s+)?(?:قد\s+)?(فرض|تفرض|يفرض))"
)


def _duties_lifted(doc: Document, ev: Event) -> re.Match[str] | None:
    """Duties "raised" that are lifted: عن after them or a relative clause of imposing on them (``أعلنت وزارة
    التجارة الصينية رفع الرسوم المضادة للإغراق عن واردات الشعير من أستراليا``، ``رفع الرسوم التي فرضتها على
    واردات النبيذ``) tell them taken off, a RETREAT; على or إلى first tells them raised (``رفع الرسوم
    الجمركية على السلع الصينية إلى 145 في المئة``). The words that tell it, the verb of imposing group 2."""
    if ev.type != "SANCTION" or _LIFTING not in ev.trigger.text:
        return None
    found = _DUTIES_OFF.match(doc.text, ev.trigger.end, ev.sentence.end)
    return found if found is not None and found.group(1) is None else None


def _duties_lifted_told(doc: Document, view: DocView, ev: Event, imposed: frozenset[int]) -> list[Event]:
    """Event ``ev`` as it is told: duties lifted a RETREAT (see :func:`_duties_lifted`), and those a relative
    clause tells imposed before (``رفع الرسوم الإضافية التي فرضتها على واردات الشعير من أستراليا``) a
    sanction that happened too, by the same agent on the same target, named, its verb of imposing the
    trigger (unless a sanction is coded there already, its token in ``imposed``)."""
    found = _duties_lifted(doc, ev)
    if found is None:
        return [ev]
    lifted = replace(ev, type="RETREAT", mode=_EASE)
    if found.group(2) is None or not ev.target or (k := view.token_at(found.start(2))) in imposed:
        return [lifted]  # (nor one on no one named)
    verb = view.tokens[k]
    return [lifted, replace(ev, trigger=TextSpan(verb.start, verb.end, verb.text))]


def _membership_left(view: DocView, ev: Event) -> bool:
    """A withdrawal of states from an international body, the body its target (``أعلنت مالي وبوركينا فاسو
    والنيجر انسحابها من المجموعة الاقتصادية لدول غرب أفريقيا``، ``أعلنت الولايات المتحدة انسحابها من
    اليونسكو``): the membership left, ties cut, a SANCTION; forces withdrawn from a place take no target."""
    return (
        (ev.type, ev.mode) in _LEFT_PLACE_MODES
        and bool(ev.source)
        and bool(ev.target)
        and all(view.entities[e].type == "GPE" for e in ev.source)
        and all(view.entities[e].sector == _IGO for e in ev.target)
    )


#: an approval's trigger, verb or noun (وافق، ووافقت، بموافقتها), bare
_APPROVAL = re.compile("وافق|موافق")

#: what a state approves at home: its forces sent, an officer's resignation or appointment, a draft law or a
#: budget (وافق مجلس النواب على إرسال القوات، وافق الملك على استقالة الوزير), bare
_HOME_MEASURES = frozenset(
    bare(normalize(w)) for w in ("إرسال", "استقالة", "تعيين", "ترشيح", "مسودة", "ميزانية")
)

#: how far after an approval the على of what it approves may stand (past the approver and a time)
_APPROVED_REACH = 8


def _domestic_approval(view: DocView, ev: Event) -> bool:
    """An approval of a measure taken at home (``وافق مجلس النواب بالإجماع على إرسال عناصر من القوات
    المسلحة``، ``وافق العاهل الأردني على استقالة وزير الشؤون السياسية``): a decision, no agreement between
    two actors."""
    if ev.type != "AGREE" or _APPROVAL.search(bare(normalize(ev.trigger.text))) is None:
        return False
    i = view.token_at(ev.trigger.start)
    for k in range(i + 1, min(len(view.tokens) - 1, i + 1 + _APPROVED_REACH)):
        if view.is_boundary(k):
            return False
        if view.core[k] == ON:
            return view.bare[k + 1] in _HOME_MEASURES
    return False


#: a gathering's purpose that makes it a celebration (تجمع الآلاف للاحتفال، احتشدوا ابتهاجا), normalised
_CELEBRATING = frozenset(normalize(w) for w in ("للاحتفال", "احتفالا", "ابتهاجا", "للاحتفاء", "احتفاء"))

#: how many words after a gathering its purpose may stand (past the crowd and where it gathered)
_CELEBRATION_REACH = 16


def _celebration(doc: Document, ev: Event) -> bool:
    """A gathering told as a celebration (``وتجمع آلاف من أنصاره أمام منزله للاحتفال بالإفراج عنه``،
    ``احتشد المشجعون في الساحة ابتهاجا بالفوز``): no protest."""
    if ev.type != "PROTEST":
        return False
    for k, found in enumerate(
        _WORD_AHEAD.finditer(doc.text, ev.trigger.end, min(len(doc.text), ev.trigger.end + 120))
    ):
        word = found.group()
        if k >= _CELEBRATION_REACH or word in _STOPPAGE_ENDS:
            return False
        if normalize(word) in _CELEBRATING:
            return True
    return False


#: the United Nations and its Security Council, knowledge-base ids: a letter to them is a submission put on
#: record (a complaint, a call), no consultation between leaders
_UN_ADDRESSEES = frozenset({_UN_ID, "org:un_security_council"})
#: how many tokens before a meeting's trigger (في رسالة وجهها) and after it, past the sender's name (ووجهت
#: اللجنة الوطنية لحقوق الإنسان رسالة), its message word may be
_LETTER_BEFORE = 3
_LETTER_AFTER = 8


def _letter_to_un(doc: Document, view: DocView, ev: Event) -> bool:
    """A meeting read from a letter addressed to the United Nations or its Security Council only
    (``وجهتا رسالة مشتركة إلى مجلس الأمن الدولي تطالبان فيها``، ``ووجهت اللجنة رسالة إلى المقرر الخاص للأمم
    المتحدة``): a submission, coded by what it says (a call, an accusation), no consultation."""
    if ev.type != "CONSULT" or not ev.target:
        return False
    if not all(e.kb_id in _UN_ADDRESSEES for e in doc.entities if e.id in ev.target):
        return False
    k = view.token_at(ev.trigger.start)
    sentence = doc.tokens[k].sentence
    return any(
        view.bare[j] in _MESSAGES and doc.tokens[j].sentence == sentence
        for j in range(max(k - _LETTER_BEFORE, 0), min(k + _LETTER_AFTER + 1, len(doc.tokens)))
    )


def _own_stoppage(doc: Document, ev: Event) -> bool:
    """A body's halt of its own activity, aimed at no one (``أوقفت شركة فسفاط قفصة إنتاجها``، ``أوقفت شركة
    ريبسول أعمال الحفر``، ``أعلن برنامج الأغذية العالمي تعليق رحلات الإنزال الجوي``): no coercion of anyone;
    a halt imposed on a named actor keeps its target (``علقت الحكومة نشاط الحزب``)."""
    if ev.type != "COERCE" or ev.target or not bare(normalize(ev.trigger.text)).startswith(_STOPPAGES):
        return False
    if any(e.type == "GPE" for e in doc.entities if e.id in ev.source):
        return False  # أعلنت روسيا تعليق الرحلات إلى شرم الشيخ: a state's halt restricts others
    for k, found in enumerate(
        _WORD_AHEAD.finditer(doc.text, ev.trigger.end, min(len(doc.text), ev.trigger.end + 90))
    ):
        word = found.group()
        if (
            k >= _STOPPAGE_REACH
            or word in _STOPPAGE_ENDS
            or word[0].isdigit()
            or normalize(word) in number_words()
        ):
            # أوقفت الشرطة 34 مشتبها بهم في عمليات، خمسة إرهابيين: people counted are whom it halted
            return False
        if bare(normalize(word)) in _OWN_ACTIVITIES:
            return True
    return False


def _answered_call(doc: Document, ev: Event) -> bool:
    """A request told by the call an act answers (``استجابة لدعوة X``، ``تلبية لدعوة X``): no act done
    there, whose motive a protest after it could be."""
    if ev.type != "REQUEST":
        return False
    before = doc.text[max(0, ev.trigger.start - _ANSWERING_SPAN) : ev.trigger.start].split()
    return bool(before) and normalize(before[-1]) in _ANSWERING


#: how many characters before a call's word the word answering it is looked for in (استجابة، تلبية)
_ANSWERING_SPAN = 12


def _protest_purposes(doc: Document, events: list[Event]) -> list[Event]:
    """A stance in the accusative told as the purpose of a protest by no one named before it in its
    sentence (``تظاهر مئات الآلاف رفضا لترشح بوتفليقة``، ``تنديدا بـ``): what the protest is against, no
    stance of its own; a protest in support of someone (``تأييدا لـ``) is against no one. A protest in
    the accusative by no one named, told as the motive of a named actor's act before it in its clause
    (``استدعت موريتانيا سفيرها لدى مالي للتشاور، احتجاجا على``), is no event of its own, nor is support
    in the accusative told as the purpose of aid (``ستودع 200 مليون دولار في البنك المركزي دعما للعملة``).
    """
    out: list[Event] = []
    for ev in events:
        if (
            (
                (ev.type == "PROTEST" and not ev.source)
                or ev.type == "SUPPORT"  # ستودع الكويت 200 مليون دولار ... دعما للعملة: the aid's purpose
            )
            and ev.trigger.text.endswith("ا")
            and (act := next((p for p in reversed(out) if p.sentence == ev.sentence), None)) is not None
            and (act.type == "AID" if ev.type == "SUPPORT" else act.type != "PROTEST")
            and act.source
            and not _answered_call(doc, act)
            and act.trigger.end <= ev.trigger.start
            and _MOTIVE_GAP.fullmatch(doc.text[act.trigger.end : ev.trigger.start]) is not None
        ):
            continue
        protest = next((p for p in reversed(out) if p.type == "PROTEST" and p.sentence == ev.sentence), None)
        # (a source named only after the stance word is what it is about: رفضا لترشيح X; a refusal or
        # condemnation by the protesters is theirs: اعتصم أنصار X رفضا لـ; support for someone is an act of
        # its own: نظمت حماس مظاهرة تأييدا لـ)
        misread = bool(ev.source) and not _named_before_trigger(doc, ev)
        named = (*ev.source, *ev.target) if misread else ev.target
        protesters = protest is not None and ev.type != "SUPPORT" and set(ev.source) == set(protest.source)
        if (
            protest is not None
            and ev.type in _PURPOSE_STANCES
            # (the protesters accusing someone named of a deed is an act of its own: أعلن إضرابا، متهما X)
            and not (protesters and ev.mode == _ALLEGE and ev.target)
            and (not ev.source or misread or protesters)
            # (or the protest already against them, by the stance word: تظاهر الآلاف تنديدا بالحكومة; or
            # the stance names no one: نظمت X وقفات احتجاجية ضد الشرطة، تنديدا بتصاعد الجرائم)
            and (not protest.target or not named or set(protest.target) == set(named))
            # in the accusative, after ل (تنديدا بـ، للتنديد بـ), or a participle of the protesters (نظمت X
            # وقفة احتجاجية، منددين بـ، منددة بـ)
            and (
                ev.trigger.text.endswith("ا")
                or doc.text[max(0, ev.trigger.start - 2) : ev.trigger.start] == "لل"
                or (
                    # (not one of support: هتافات مؤيدة لحزب الله are support of their own)
                    ev.type != "SUPPORT"
                    and ev.trigger.text.startswith(_PARTICIPLE_PREFIX)
                    and ev.trigger.text.endswith(_PROTESTERS_PARTICIPLE_ENDINGS)
                )
            )
            and protest.trigger.start < ev.trigger.start
        ):
            if ev.type != "SUPPORT":
                out[out.index(protest)] = replace(protest, target=named or protest.target)
            continue
        out.append(ev)
    return out


#: the head words of a state's police, army, prosecution, ministries and government, and the security forces
#: (قوات الأمن): the ones protesters face, never protesting themselves
_PROTESTS_FACED = frozenset(
    ("السلطات", "الشرطة", "شرطة", "الجيش", "جيش", "النيابة", "وزارة", "الوزارة", "الحكومة", "حكومة")
)
_SECURITY_FORCES = "قوات الأمن"


def _towns_are_no_protesters(doc: Document, events: list[Event]) -> list[Event]:
    """A protest's source is who protests: a town, district or region is where it was (``نفذ أهالي
    مدينة جنين إضرابا``، ``إضراب يعم مدن الضفة الغربية``), no protester; a country stands for its
    people (``خرج متظاهرون أفغان``), and so does a place read as its government. Nor does a state's police,
    army, prosecution or ministry, named near a crowd it faces, demonstrate (``فتحت قوات الأمن الإيرانية
    النار على مصلين تظاهروا``، ``اعتقلت الشرطة الأوغندية 11 طالبا خلال مسيرة نظموها``)."""
    if all(ev.type != "PROTEST" for ev in events):
        return events  # (no protest told: no places to find)
    towns = {
        e.id
        for e in doc.entities
        if e.type in PLACE_TYPES and not e.metonym_of and (e.kb_id or "").count(":") != 1
    }
    # (the state's forces may strike, not demonstrate: أضربت الشرطة عن العمل)
    faced = {
        e.id
        for e in doc.entities
        if e.type == "ORG" and (e.name.split()[0] in _PROTESTS_FACED or e.name.startswith(_SECURITY_FORCES))
    }
    out: list[Event] = []
    for ev in events:
        no_protesters = towns | faced if ev.mode == _DEMONSTRATION else towns
        if ev.type == "PROTEST" and not no_protesters.isdisjoint(ev.source):
            ev = replace(ev, source=tuple(s for s in ev.source if s not in no_protesters))
        out.append(ev)
    return out


def _towns_are_not_held(doc: Document, events: list[Event]) -> list[Event]:
    """An arrest's target is who is held: a town, district or region is where (``اعتقلت الشرطة مئات من
    أبناء تيغراي``، ``اعتقلت القوات عشرات من سكان جنين``), no captive; a country may stand for its
    nationals, and a capital or a place read as its government stays."""
    if all(ev.type != "COERCE" or ev.mode != _ARREST for ev in events):
        return events  # (no arrest told: no places to find)
    towns = {
        e.id
        for e in doc.entities
        if not e.metonym_of
        and (is_town(e) or (e.kb_id or "").startswith(_REGION_ID_PREFIX))
        and not is_capital(e.name)
        and bare(normalize(e.name)) not in _AIDED_CAPITALS
    }
    return [
        replace(ev, target=tuple(t for t in ev.target if t not in towns))
        if ev.type == "COERCE" and ev.mode == _ARREST and not towns.isdisjoint(ev.target)
        else ev
        for ev in events
    ]


def _named_before_trigger(doc: Document, ev: Event) -> bool:
    """Some source of ``ev`` is mentioned in its sentence before its trigger (a subject may be)."""
    return any(
        ev.sentence.start <= m.start < ev.trigger.start
        for e in doc.entities
        if e.id in ev.source
        for m in e.mentions
    )


def _addressed_as_the_act_before(text: str, events: list[Event]) -> list[Event]:
    """Events naming no target that take one from the act told right before them in their sentence
    (:func:`_threat_addressee`, :func:`_call_refuser`)."""
    out: list[Event] = []
    for ev in events:
        prev = out[-1] if out else None
        if _made_request_refused(text, prev, ev):
            # رفضت المحكمة طلبا تقدمت به أنقرة: the request its maker put forward, addressed to no one named
            ev = replace(ev, target=())
        elif (
            ev.source
            and not ev.target
            and not ev.negated
            and prev is not None
            and prev.sentence == ev.sentence
            and not prev.negated
            and prev.source
            and (target := _threat_addressee(text, prev, ev) or _call_refuser(prev, ev))
        ):
            ev = replace(ev, target=target)
        out.append(ev)
    return out


def _hand_over_answers(doc: Document, events: list[Event]) -> list[Event]:
    """Approving or refusing someone's hand-over or deportation to a named one (``وافقت المحكمة على
    تسليم X إلى الولايات المتحدة``، ``رفضت المحكمة تسليم X إلى إسبانيا``), or a sale to one (``وافقت
    الخارجية على صفقة لبيع طائرات إلى المغرب``), is an answer to whoever would receive it, who asked for
    it: the target, not the person to be handed over."""
    entities = {e.id: e for e in doc.entities}
    starts = {m.start: e.id for e in doc.entities for m in e.mentions}
    out: list[Event] = []
    for ev in events:
        if (
            ev.type in _HANDING_ANSWERS
            and all(entities[t].type == "PER" for t in ev.target if t in entities)
            and (m := _HANDED_TO.match(doc.text, ev.trigger.end, ev.sentence.end)) is not None
            and (to := starts.get(m.end())) is not None
            and to not in ev.source
        ):
            ev = replace(ev, target=(to,))
        out.append(ev)
    return out


#: the answers to a request for someone's hand-over
_HANDING_ANSWERS = frozenset({"AGREE", "REJECT"})
#: the rest of an answer's word and its subject, a verbal noun of handing someone over, deporting him or
#: selling (على تسليم، ترحيل، لبيع) and, a few words on in its clause, إلى before whom it would go to
_HANDED_TO = re.compile(
    r"\S*(?:\s+[^\s،,.]+){0,8}?\s+(?:على\s+)?[لب]?(?:تسليم|ترحيل|إبعاد|استرداد|بيع)(?:\s+[^\s،,.]+){1,8}?\s+إلى\s+"
)


def _made_request_refused(text: str, prev: Event | None, ev: Event) -> bool:
    """A request whose maker a relative clause names (``طلبا تقدمت به ألمانيا``), told as refused right
    before it in its sentence by whom it would otherwise be addressed to (``رفض القاضي طلبا تقدمت به
    ألمانيا``): the refuser is not named as asked."""
    return (
        ev.type == "REQUEST"
        and prev is not None
        and prev.type == "REJECT"
        and prev.sentence == ev.sentence
        and set(prev.target) == set(ev.source)
        and set(ev.target) <= set(prev.source)
        and _MADE_BY_CLAUSE.match(text, ev.trigger.end, ev.sentence.end) is not None
    )


#: the rest of a request noun and the relative clause naming who made it, an adjective allowed between
#: (طلبا جديدا تقدمت به الهند، طلب تقدمت بها روسيا)
_MADE_BY_CLAUSE = re.compile(r"\S*\s+(?:[^\s،,]+\s+)?(?:تقدم|تقدمت|تقدموا|تقدمتا)\s+بها?\s")


def _threat_addressee(text: str, prev: Event, ev: Event) -> tuple[str, ...]:
    """A threat right after a demand, accusation or penalty by the same actor (``دعت إيكواس المجلس
    العسكري إلى ...، ملوحة بفرض عقوبات``، ``متهمة واشنطن بـ ...، ومهددة باتخاذ إجراءات``) is made to whom
    that act was aimed at; not, after an accusation, a threat of a protest or of an act on "any" of a
    kind (``اتهم X الاتحاد بـ ...، وهدد باستهداف أي سفينة``، ``انتقدت النقابة الوزارة، وهددت بتنظيم
    إضراب``): made to no one the accusation names."""
    if ev.type != "THREATEN" or prev.type not in _ADDRESSED_TYPES or set(prev.source) != set(ev.source):
        return ()
    if prev.type == "ACCUSE" and _THREAT_ON_ANY.match(text, ev.trigger.end, ev.sentence.end):
        return ()
    return prev.target


#: acts aimed at someone a threat that follows them is made to
_ADDRESSED_TYPES = frozenset({"REQUEST", "ACCUSE", "SANCTION", "COERCE"})
#: what a threat promises, right after it: a protest organised (بتنظيم إضراب), or an act on "any" of a
#: kind a few words on in its clause (باستهداف أي سفينة، بفرض عقوبات على أي شركة، برد "حازم" على أي اعتداء)
_THREAT_ON_ANY = re.compile(r"\s+(?:بتنظيم\s|ب[^\s،,]*(?:\s+[^\s،,]+){0,3}?\s+(?:على\s+|ضد\s+)?[أا]ي\s)")


def _call_refuser(prev: Event, ev: Event) -> tuple[str, ...]:
    """A call or request that another refuses right before it (``رفضت مالي دعوة إيكواس إلى العودة``،
    ``رفضت حكومة الإقليم دعوة بغداد``، ``رفض الاتحاد الأفريقي طلب الاتحاد الليبي``) is addressed to whoever
    refuses it."""
    if (
        ev.type == "REQUEST"
        and prev.type == "REJECT"
        and set(prev.target) == set(ev.source)
        and 0 <= ev.trigger.start - prev.trigger.end <= _REFUSED_DEMAND_GAP
        and bare(normalize(ev.trigger.text)).startswith(_CALL_STEMS)
    ):
        return prev.source
    return ()


#: how many characters a refusal's subject may take before the call it refuses (رفضت X دعوة Y)
_REFUSED_DEMAND_GAP = 60
#: the stems of a call or a request (دعوة، دعوات، طلب), bare: addressed to whoever refuses it (not a
#: demand or a resolution, which may be put to others: تعارض فرنسا مطالب واشنطن بفرض مناطق محظورة)
_CALL_STEMS = tuple(bare(normalize(w)) for w in ("دعو", "طلب"))


#: the acts done to a crowd of protesters (لتفريق المحتجين، أطلقت الرصاص على المتظاهرين), the sentences
#: back their protest may be told, and how many tokens after the act's trigger, in its clause, the crowd
#: may be named
_DISPERSALS = frozenset({"COERCE", "ASSAULT"})
_PROTEST_TOLD_REACH = 2
_CROWD_WINDOW = 12


def _unaimed(ev: Event) -> bool:
    """An act told of a named doer, aimed at no one named and not denied: what the passes over the coded
    events give a target from what is told around it."""
    return bool(ev.source) and not ev.target and not ev.negated


#: a state's diplomatic missions as written before a pronoun suffix (سفارتها، قنصليته), normalised
_SUFFIXED_MISSIONS = frozenset(normalize(w) for w in ("سفارت", "قنصليت"))
#: how many tokens after a protest's trigger the mission it storms may stand (اقتحام آلاف المحتجين سفارتها)
_STORMED_MISSION_REACH = 4
#: a person's or a body's home or seat as written before a pronoun suffix (منزله، مقره، مكتبها، قصره), and
#: the residence a seat word may be followed by (مقر إقامته), normalised
_SUFFIXED_HOMES = frozenset(normalize(w) for w in ("منزل", "بيت", "مقر", "مكتب", "قصر", "مقرات", "مكاتب"))
_RESIDENCE = frozenset(normalize(w) for w in ("إقامت", "اقامت"))


def _missions_of_their_state(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """A protest aimed at no one named whose object, a few words after its trigger in its clause, is a
    diplomatic mission named by a pronoun suffix (``قطعت الرياض علاقاتها مع طهران إثر اقتحام محتجين
    سفارتها``): aimed at the mission's state, the actor the suffix refers back to; a riot at a home or seat
    named so (``اقتحم آلاف المحتجين مقر إقامته``) at its owner's."""
    out: list[Event] = []
    for ev in events:
        if ev.type == "PROTEST" and not ev.target and not ev.negated:
            i = view.token_at(ev.trigger.start)
            hi = view.bounds[doc.tokens[i].sentence][1]
            for k in range(i + 1, min(i + 1 + _STORMED_MISSION_REACH, hi)):
                if view.is_boundary(k):
                    break
                stem = doc.tokens[k].stem
                if stem is None or not has_suffix(doc.tokens[k]):
                    continue
                if normalize(stem.text) in _SUFFIXED_MISSIONS:
                    owner = view.previous_actor(k, ev.source, possessor=True)
                    ev = replace(ev, target=tuple(owner)) if owner else ev
                    break
                if ev.mode == _RIOT and (
                    normalize(stem.text) in _SUFFIXED_HOMES
                    or (normalize(stem.text) in _RESIDENCE and view.bare[k - 1] in SEATS)
                ):
                    # اقتحم آلاف المحتجين مقر إقامته، أحرق محتجون منزله: a riot at the home or seat of
                    # whom the suffix refers back to, named as a subject in its sentence or the one before
                    owner = view.previous_actor(k, ev.source, possessor=True, reach=1, subjects=True)
                    ev = replace(ev, target=tuple(owner)) if owner else ev
                    break
        out.append(ev)
    return out


def _protesters_struck(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """An attack aimed at no one named but at the protesters (``وأطلقت قوات الأمن الرصاص الحي على
    المحتجين``), or coercion of some of them (``اعتقلت الشرطة 20 شخصا من المحتجين``), is aimed at whoever
    organised the protest told before, in its sentence or the two before: the named source of the last such
    protest. Coercion of the crowd as a whole (``وأطلقت الشرطة الغاز لتفريق المحتجين``، ``اعتقلت الشرطة 12
    شخصا بعد أن أغلق محتجون الطريق``) is told of no one named."""
    protests = [ev for ev in events if ev.type == "PROTEST" and ev.source and not ev.negated]
    if not protests:
        return events
    out = []
    for ev in events:
        if ev.type in _DISPERSALS and _unaimed(ev):
            i = view.token_at(ev.trigger.start)
            sentence = doc.tokens[i].sentence
            crowd = False
            for k in range(i + 1, min(i + 1 + _CROWD_WINDOW, len(doc.tokens))):
                if doc.tokens[k].sentence != sentence or view.is_boundary(k):
                    break
                if view.bare[k] in CROWDS:
                    crowd = ev.type != "COERCE" or view.core[k - 1] == FROM
                    break
            first = doc.sentences[max(sentence - _PROTEST_TOLD_REACH, 0)].start
            told = [
                p
                for p in protests
                if first <= p.trigger.start < ev.trigger.start and not set(p.source) & set(ev.source)
            ]
            if crowd and told:
                ev = replace(ev, target=told[-1].source)
        out.append(ev)
    return out


#: what an attack strikes that stands for the body it belongs to (داهم مقرا لكتائب حزب الله، قصف مقار حزب
#: كومله، هجوما على معسكرات القوات الخاصة), normalised
_HELD_SITES = frozenset(
    normalize(w)
    for s in ("مقر", "مقار", "مقرات", "قاعدة", "قواعد", "معسكر", "معسكرات", "ثكنة", "ثكنات", "مخبأ", "مخابئ")
    for w in (s, "ال" + s, s + "ا")
)
#: "held", "used" by whom (قاعدة يسيطر عليها المجلس العسكري، قاعدة يتمركز فيها الجيش التركي، التابعة لـ),
#: normalised
_HELD_BY = frozenset(
    normalize(w)
    for w in (
        *("يسيطر", "تسيطر", "يتمركز", "تتمركز", "يستخدمها", "تستخدمها"),
        *("تابع", "تابعة", "التابع", "التابعة"),
    )
)
#: how many tokens after an attack the site it struck may stand (قصف مرارا خلال الأشهر الماضية مقار X)
_SITE_WINDOW = 7
#: how many tokens after "held by" its holder may stand (يسيطر عليها المجلس)
_HOLDER_REACH = 3


def _seats_struck(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """An attack naming no body struck, only a place or no one, that struck a body's seat, base or camp
    (``داهم جهاز مكافحة الإرهاب مقرا لكتائب حزب الله في منطقة البوعيثة``، ``شن جيش أراكان هجوما على
    قاعدة يسيطر عليها المجلس العسكري في بلدة كياوكفيو``) is aimed at that body, not at the town; an
    aircraft or a vessel shot down, at whose it was (``أسقطت الدفاعات الجوية طائرة مسيرة مالية قرب بلدة
    تين زاوتين``، ``طائرة يستخدمها الجيش المالي``). So is a riot told by a verb that burns a body's seat
    (``أضرم محتجون النار في مقر حزب المؤتمر الوطني``; not a noun: وحدات مكافحة الشغب): against that body."""
    if all(ev.type != "ASSAULT" and (ev.type, ev.mode) != _A_RIOT for ev in events):
        return events  # (no attack nor riot told)
    out = []
    for ev in events:
        i = view.token_at(ev.trigger.start)
        attack = ev.type == "ASSAULT"
        if (
            (attack or ((ev.type, ev.mode) == _A_RIOT and i in view.clause_verbs))
            and not ev.negated
            and all(view.entities[e].type in PLACE_TYPES for e in ev.target)
            and (holder := _site_holder(view, i, attack and view.bare[i] in _SHOT_DOWN))
            and not set(holder) & set(ev.source)
        ):
            ev = replace(ev, target=tuple(holder))
        out.append(ev)
    return out


#: shooting down (أسقطت الدفاعات طائرة، إسقاط مسيرة), bare: what it struck is a craft, whose owner it hit
_SHOT_DOWN = frozenset(
    bare(normalize(w)) for w in ("أسقط", "أسقطت", "أسقطوا", "أسقطا", "أسقطتا", "إسقاط", "يسقط", "تسقط")
)
#: aircraft and vessels, normalised: a craft shot down stands for whose it was
_CRAFTS = frozenset(
    normalize(w)
    for w in (
        *("طائرة", "طائرات", "مسيرة", "مسيرات", "مقاتلة", "مقاتلتين", "مروحية", "مروحيتين", "طائرتين"),
        *("مقاتلات", "مروحيات", "قاذفة", "قاذفات", "منطاد", "مناطيد"),  # (أسقطت مقاتلتان قاذفة روسية)
        *("سفينة", "زورق", "قارب", "ناقلة", "صاروخ", "صواريخ"),
    )
)
#: how many words may describe a craft before the nationality of whose it is (طائرة مسيرة مسلحة مالية)
_CRAFT_WORDS = 3


def _site_holder(view: DocView, i: int, crafts: bool = False) -> list[str]:
    """The body whose seat, base or camp is named shortly after attack ``i`` (:func:`_seats_struck`),
    right after it (``مقار حزب كومله``، ``مقرا لكتائب حزب الله``) or after a word of holding (``قاعدة
    يسيطر عليها المجلس العسكري``); with ``crafts``, whose an aircraft or vessel is, named so or by its
    nationality (``طائرة مسيرة مسلحة مالية``); else nothing."""
    sentence = view.tokens[i].sentence
    for k in range(i + 1, min(i + 1 + _SITE_WINDOW, len(view.tokens) - 1)):
        if view.tokens[k].sentence != sentence or view.is_boundary(k) or k in view.clause_verbs:
            return []
        craft = crafts and view.core[k] in _CRAFTS
        if view.core[k] not in _HELD_SITES and not craft:
            continue
        if view.core[k - 1] in BEFORE_SITE:
            return []  # أضرموا النار أمام مقر الوزارة: where it was done, nothing struck
        start = k + 1
        if craft:
            # (past the words describing it: طائرة مسيرة مسلحة مالية، طائرة مسيرة يستخدمها الجيش المالي)
            for j in range(k + 1, min(k + 1 + _CRAFT_WORDS, len(view.tokens))):
                if view.is_boundary(j) or j in view.at or view.core[j] in _HELD_BY:
                    start = j
                    break
                if (country := view.nationality_country(j)) is not None:
                    return [country]
        if view.core[start] in _HELD_BY:
            reach = range(start + 1, min(start + 1 + _HOLDER_REACH, len(view.tokens)))
            start = next((j for j in reach if j in view.at), start)
        a = view.actor(start)
        if a is None or a.etype in PLACE_TYPES:
            return []
        return view.group_after(a)[0]
    return []


#: verbal nouns that name an act only with their object right after them, also words of names
#: (تنظيم مسيرة "organising a march"; تنظيم القاعدة "the organisation of al-Qaeda"), or common words
#: (إنهاء التزامها بالاتفاق "ending its commitment", a refusal; إنهاء الإضراب: no act), lemmas as the
#: lexicon writes them
_OBJECT_NEXT = frozenset({"تنظيم", "إنهاء"})
#: "cooperation", "coordination", "taking part" after ب and before مع (بالتعاون مع، بتنسيق مع، بالاشتراك مع)
_JOINT_NOUNS = frozenset(normalize(w) for n in ("تعاون", "تنسيق", "اشتراك", "مشاركة") for w in (n, "ال" + n))
#: "backing", "support" after ب and before من (بإسناد من طيران التحالف، بدعم من قوات X): a partner too
_BACKING_NOUNS = frozenset(normalize(w) for n in ("إسناد", "دعم", "مساندة") for w in (n, "ال" + n))
#: aircraft or forces a partner's name may follow (بإسناد من طيران التحالف), bare
_AIR_AND_FORCES = frozenset(
    bare(normalize(w)) for w in ("طيران", "طائرات", "مقاتلات", "مروحيات", "قوات", "مدفعية")
)
#: the acts a partner so named shares, and how many tokens may stand between the phrase and the act's trigger
_JOINT_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
_JOINT_REACH = 10


def _joint_acts(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """An attack, an arrest or a deployment done "in cooperation, coordination or jointly with" a named
    partner (``نفذ الجيش، بالاشتراك مع قوات البعثة، عملية عسكرية``، ``مداهمة نفذها X بالتعاون مع Y``): the
    partner is an agent of the act too, and the act's agent cooperated with it (COOPERATE, at the phrase).
    The act is the nearest of those kinds in the phrase's sentence; with none near, the phrase tells the
    cooperation alone (:func:`_joined_without_act`)."""
    out = list(events)
    for k in _ba_phrases(view, ((_JOINT_NOUNS, WITH), (_BACKING_NOUNS, FROM))):
        token = doc.tokens[k]
        partner = view.actor(k + 2)
        if partner is None and k + 3 < len(doc.tokens) and view.bare[k + 2] in _AIR_AND_FORCES:
            partner = view.actor(k + 3)  # بإسناد من طيران التحالف الدولي: the coalition's aircraft
        if partner is None or _charged(doc, view, out, k) or _praised_for(doc.tokens, view.core, k):
            continue  # (أشاد X بالتعاون مع موسكو: the co-operation praised, told by the praise)
        # (after the phrase, counted from the partner's name's end: بالاشتراك مع قوات بعثة الاتحاد
        # الأفريقي للدعم والاستقرار في الصومال، عملية)
        near = [
            (distance, n)
            for n, ev in enumerate(out)
            if ev.type in _JOINT_TYPES
            and not ev.negated
            and doc.tokens[j := view.token_at(ev.trigger.start)].sentence == token.sentence
            and (distance := k - j if j < k else max(j - partner.last, 0)) <= _JOINT_REACH
        ]
        if not near:
            # ونظم الأمن العام القافلة بالتنسيق مع السلطات السورية: no act of those kinds, the clause's
            # subject worked with the partner
            if (joined := _joined_without_act(doc, view, out, k, partner)) is not None:
                out.insert(bisect_right([ev.trigger.start for ev in out], token.start), joined)
            continue
        n = min(near)[1]
        act = out[n]
        if not act.source:
            # مداهمة نفذها X بالتعاون مع Y، نفذ X، بالاشتراك مع Y، عملية: the actor right before the phrase
            agent = view.previous_actor(k, partner.entities, towns=False)
            if not agent:
                continue
            act = replace(act, source=tuple(agent), target=tuple(t for t in act.target if t not in agent))
        partners = tuple(e for e in partner.entities if e not in act.source and e not in act.target)
        if not partners:
            continue
        for m, ev in enumerate(out):
            # (and the same act told again in its sentence: قتل عشرة في عملية نفذها X بإسناد من Y)
            if (
                m == n
                or (
                    ev.type in _JOINT_TYPES
                    and ev.sentence == act.sentence
                    and set(ev.source) == set(act.source)
                    and set(ev.target) == set(act.target)
                )
            ) and not _later_conjoined_verb(view, view.token_at(ev.trigger.start), partner.last):
                out[m] = replace(out[m] if m != n else act, source=(*act.source, *partners))
        out.insert(n + 1, _told_at(act, token, "COOPERATE", act.source, partners))
    return out


def _caller_declaring(view: DocView, i: int) -> list[str]:
    """The caller whose call or message the verb of declaring right before the noun at ``i`` takes back
    (``تلقى X اتصالا من Y، أكد فيه تضامنه``، ``أكد خلاله الأخير تضامنه``): the one whose pronoun it is."""
    v = i - 1
    if v > 0 and v in view.inside and view.core[v] in LATEST_ANAPHORS:
        v -= 1  # (the caller told again: أكد خلاله الأخير تضامنه)
    if v > 0 and view.core[v] in RESUMPTIVE:
        v -= 1
    return view.caller_before(v) if v < i - 1 and view.core[v] in GOVERNING else []


def _later_conjoined_verb(view: DocView, j: int, after: int) -> bool:
    """Token ``j`` is a verb joined by و in a clause of its own after token ``after`` (``فككت الشرطة،
    بالتعاون مع Y، شبكة للتهريب، واعتقلت 14 شخصا``): the partner phrase before it tells how the first
    clause's act was done, not the later act."""
    return (
        j > after
        and j in view.verbs
        and view.conjoined(j)
        and any(view.is_boundary(k) for k in range(after + 1, j))
    )


def _joint_operations_with(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """An act done "in a joint operation with" a named partner (``ألقت الشرطة القبض عليهم في عملية مشتركة
    مع الجمارك``): the act's doer cooperated with the partner (COOPERATE, at "joint"), unless that is told
    already in the sentence. The act is left as told: the operation is the doer's, its partner sharing
    it only after ``بالتعاون مع`` (:func:`_joint_acts`)."""
    if _JOINT.isdisjoint(view.bare):
        return events  # (no joint operation told: most articles)
    out = list(events)
    for k in range(1, len(view.tokens) - 2):
        if not (view.bare[k] in _JOINT and view.bare[k - 1] in _OPERATIONS and view.core[k + 1] == WITH):
            continue
        partner = view.actor(k + 2)
        token = doc.tokens[k]
        if (
            partner is None
            or _charged(doc, view, out, k)
            or any(
                ev.type == "COOPERATE"
                and doc.tokens[view.token_at(ev.trigger.start)].sentence == token.sentence
                and set(ev.target) & set(partner.entities)
                for ev in out
            )
        ):
            continue
        if (joined := _joined_without_act(doc, view, out, k, partner)) is not None:
            out.insert(bisect_right([ev.trigger.start for ev in out], token.start), joined)
    return out


#: "the fruit" or "the result" of a joint work told as the outcome of an act (جاءت العملية ثمرة تنسيق بين X
#: وY), bare
_FRUITS_OF = frozenset(bare(normalize(w)) for w in ("ثمرة", "نتيجة", "حصيلة"))


#: the acts whose trigger, shortly before such a phrase, takes it as what is said, asked or agreed on
#: (رحب بالتعاون بين البلدين، طالب بالتنسيق بين الأجهزة، اتفقا على العمل بالتنسيق بين): no work done
_WORDS_ON_TIES = frozenset({"SUPPORT", "REQUEST", "ACCUSE", "AGREE", "CONSULT", "REJECT", "THREATEN"})


def _coordinated_between(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """An act told as done "in coordination" or "in cooperation between" two named actors (``وجرت العملية
    بالتنسيق بين الأردن ومنظمة الصحة العالمية``، ``ثمرة تنسيق ميداني بين X وY``): the first cooperated
    with the others (COOPERATE, at the noun), unless that is told already in the sentence. Not the ties
    talked of or named with no act (``بحث الجانبان التعاون بين البلدين``: no ب, no fruit), nor those
    praised, asked for or agreed on (``أشاد بالتعاون بين البلدين``)."""
    if _JOINT_NOUNS.isdisjoint(view.core):
        return events  # (no joint work told: most articles)
    out = list(events)
    for k in range(1, len(view.tokens) - 2):
        if view.core[k] not in _JOINT_NOUNS or not (
            "ب" in view.tokens[k].proclitics or view.bare[k - 1] in _FRUITS_OF
        ):
            continue
        token = doc.tokens[k]
        parties = view.between(k, view.bounds[token.sentence][1])
        if (
            not parties
            or _charged(doc, view, out, k)
            or any(
                ev.type in _WORDS_ON_TIES and k - _PRAISE_REACH <= view.token_at(ev.trigger.start) < k
                for ev in out
            )
            or any(
                ev.type == "COOPERATE"
                and doc.tokens[view.token_at(ev.trigger.start)].sentence == token.sentence
                and set(parties) <= {*ev.source, *ev.target}
                for ev in out
            )
        ):
            continue
        joined = _told_by_token(doc, view, k, "COOPERATE", parties[:1], parties[1:])
        out.insert(bisect_right([ev.trigger.start for ev in out], token.start), joined)
    return out


#: words for a charge or a pledge: what follows them is what one is accused of or promises, no deed done
#: (متهما إياها بالتعاون مع الجماعات، بتهمة التخطيط ... بالتعاون مع، بتعهد الحكومة بالتعاون مع المحكمة), bare
_CHARGES_AND_PLEDGES = frozenset(
    bare(normalize(w)) for w in ("تهمة", "تهم", "اتهام", "اتهامات", "تعهد", "تعهدت", "متهما", "متهمة")
)


#: "will", before a verb in the imperfect
_WILL = "سوف"


def _charged(doc: Document, view: DocView, events: list[Event], k: int) -> bool:
    """The phrase at ``k`` is part of a charge, an accusation or a pledge told before it in its sentence
    (``بتهمة التخطيط لاغتيال الرئيس بالتعاون مع``): what one is accused of or promises, no deed done."""
    token = doc.tokens[k]
    lo, _ = view.bounds[token.sentence]
    start = doc.sentences[token.sentence].start
    return any(view.bare[j] in _CHARGES_AND_PLEDGES for j in range(lo, k)) or any(
        ev.type == "ACCUSE" and start <= ev.trigger.start < token.start for ev in events
    )


def _joined_without_act(
    doc: Document, view: DocView, events: list[Event], k: int, partner: ActorMention
) -> Event | None:
    """The cooperation a phrase at ``k`` tells (``بالتنسيق مع``) with ``partner`` where no act of the
    kinds it shares is near: between the subject of its clause (the first actor after the last "that"
    before it, ``إن العملية نفذت``, else the subject of the verb opening its sentence, else the actor
    named last before it) and the partner; None where no agent is named, or the clause tells what will
    be done (``ستقدم بالتعاون مع الصين مشروع قرار``)."""
    lo = view.bounds[doc.tokens[k].sentence][0]
    if any(_FUTURE in t.proclitics or t.text == _WILL for t in doc.tokens[lo:k]):
        return None
    that = next((j for j in range(k - 1, lo - 1, -1) if view.core[j] in COMPLEMENTIZERS), None)
    said = view.first_actor(that + 1, k) if that is not None else None
    agent = (
        list(view.group_after(said)[0])
        if said is not None and said.prep is None
        else view.opening_subject(k) or view.previous_actor(k, partner.entities, towns=False)
    )
    # (and those joined to it: بالتنسيق مع قوة الأمم المتحدة ... ولجنة الإشراف على وقف إطلاق النار)
    partners = tuple(e for e in view.group_after(partner)[0] if e not in agent)
    if not agent or not partners:
        return None
    return _told_by_token(doc, view, k, "COOPERATE", agent, partners)


def _told_by_token(
    doc: Document, view: DocView, k: int, etype: str, source: Sequence[str], target: Sequence[str]
) -> Event:
    """An event a pass across events finds told by token ``k`` alone: its trigger, sentence and date are
    the token's."""
    token = view.tokens[k]
    lo, hi = view.bounds[token.sentence]
    sentence = doc.sentences[token.sentence]
    return Event(
        id="",
        type=etype,
        trigger=TextSpan(token.start, token.end, token.text),
        sentence=Span(sentence.start, sentence.end),
        source=tuple(source),
        target=tuple(target),
        date=_date(doc, view, k, lo, hi),
    )


#: the forms of the verb of claiming an attack (تبنى، تبنت), bare
_ADOPTING = frozenset(bare(normalize(w)) for w in ("تبنى", "تبنت", "يتبنى", "تتبنى"))


#: the types of talks and deals a delegation holds for its body
_DELEGATED_TYPES = frozenset({"CONSULT", "AGREE"})


def _party_mentions(view: DocView, ev: Event, lo: int, hi: int) -> Iterator[ActorMention]:
    """The mentions of one actor between tokens ``lo`` and ``hi``, in order, that name a party of ``ev``
    (none for an event naming no party)."""
    parties = {*ev.source, *ev.target}
    if not parties:
        return
    for first in range(lo, hi):
        a = view.at.get(first)
        if a is not None and len(a.entities) == 1 and a.entities[0] in parties:
            yield a


def _delegations_by_their_heads(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """Talks or a deal with a body's delegation that names who heads it (``استقبل وزير النقل X وفدا من
    الهيئة العامة للطيران المدني السعودية برئاسة عبد العزيز الدعيلج``): the head is the party, not
    the body; a body its members make up is a party beside him (``استقبل X وفدا من الاتحاد العمالي
    العام برئاسة بشارة الأسمر``)."""
    if not view.delegations_named:
        return events  # (no delegation nor mission named: most articles)
    out = []
    for ev in events:
        if ev.type in _DELEGATED_TYPES and not ev.negated:
            lo, hi = view.bounds[doc.tokens[view.token_at(ev.trigger.start)].sentence]
            heads: dict[str, tuple[str, ...]] = {}
            for a in _party_mentions(view, ev, lo, hi):
                head = view.delegation_led(a, hi)
                if head is not None and head.entities[0] not in (*ev.source, *ev.target):
                    body = a.entities[0]
                    heads[body] = (body, head.entities[0]) if view.members_body(a) else (head.entities[0],)
            if heads:
                ev = replace(
                    ev,
                    source=tuple(x for e in ev.source for x in heads.get(e, (e,))),
                    target=tuple(x for e in ev.target for x in heads.get(e, (e,))),
                )
        out.append(ev)
    return out


def _states_listed_after(view: DocView, a: ActorMention, hi: int) -> tuple[str, ...]:
    """The states an apposition between commas right after the mention ``a`` lists, two or more joined
    by و (``دول تحالف الساحل، مالي والنيجر وبوركينا فاسو،``); empty for none."""
    k = a.last + 1
    if k + 1 >= hi or view.tokens[k].text not in _COMMAS or (first := view.at.get(k + 1)) is None:
        return ()
    ids, last = view.group_after(first)
    if (
        len(ids) < 2
        or last + 1 >= hi
        or view.tokens[last + 1].text not in _COMMAS
        or any(view.entities[e].type != "GPE" for e in ids)
        or set(ids) & set(a.entities)
    ):
        return ()
    return tuple(ids)


def _members_named_aside(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """A group of states whose apposition lists them (``وردت دول تحالف الساحل، مالي والنيجر وبوركينا
    فاسو، باستدعاء سفرائها``): the states listed are the parties, not the group."""
    if not any(
        _states_listed_after(view, a, view.bounds[view.tokens[k].sentence][1]) for k, a in view.at.items()
    ):
        return events  # (no states listed after any actor: most articles)
    out = []
    for ev in events:
        lo, hi = view.bounds[doc.tokens[view.token_at(ev.trigger.start)].sentence]
        members: dict[str, tuple[str, ...]] = {}
        for a in _party_mentions(view, ev, lo, hi):
            if listed := _states_listed_after(view, a, hi):
                members[a.entities[0]] = listed
        if members:
            ev = replace(
                ev,
                source=tuple(dict.fromkeys(m for e in ev.source for m in members.get(e, (e,)))),
                target=tuple(dict.fromkeys(m for e in ev.target for m in members.get(e, (e,)))),
            )
        out.append(ev)
    return out


#: "accompanied by" (برفقة، رفقة، بصحبة), normalised: who goes with a visitor
_ACCOMPANIED = frozenset(normalize(w) for w in ("برفقة", "رفقة", "بصحبة"))


def _companions_of_visitors(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """A meeting or visit of persons whose sentence names a person after "accompanied by" right after
    one of them (``زارت رئيسة المفوضية X لامبيدوزا برفقة رئيسة الوزراء Y``، ``توجه X إلى بنغازي برفقة Y
    حيث التقيا Z``): the companion is on the visitor's side, not the one visited."""
    if _ACCOMPANIED.isdisjoint(view.norm):
        return events  # (no one accompanied: most articles)
    out = []
    for ev in events:
        if ev.type == "CONSULT" and not ev.negated and ev.source:
            lo, hi = view.bounds[doc.tokens[view.token_at(ev.trigger.start)].sentence]
            seen, companions = False, []
            for k in range(lo, hi - 1):
                a = view.at.get(k)
                if a is not None and a.etype == "PER" and a.entities[0] in ev.source:
                    seen = True
                if not seen or k in view.inside or view.norm[k] not in _ACCOMPANIED:
                    continue
                b = view.first_actor(k + 1, min(hi, k + 2 + _TITLE_WORDS))
                if b is not None and b.etype == "PER" and view.only_titles(k + 1, b.first):
                    companions += [e for e in view.group_after(b)[0] if e not in ev.source]
            if companions:
                ev = replace(
                    ev,
                    source=(*ev.source, *companions),
                    target=tuple(e for e in ev.target if e not in companions),
                )
        out.append(ev)
    return out


#: talks, bare: named by no party after a word of time in the sentence of a deal (see :func:`_talks_of_deals`)
_TALKS = frozenset(bare(normalize(w)) for w in ("مفاوضات", "محادثات", "مباحثات", "مشاورات"))
#: and a meeting told for the first time, with no article (اتفقت X وY، في ختام اجتماع عقد في القاهرة، على;
#: not the one told before, ووقع الجانبان في ختام اللقاء), normalised
_NEW_MEETINGS = frozenset(normalize(w) for w in ("اجتماع", "اجتماعات", "لقاء", "لقاءات"))
#: how many words before the talks the word of time may stand (في ختام جولة مفاوضات), and after them
#: the other party they are held with (عقب محادثات أجراها في طهران مع X) or a verb of hosting them
_TALKS_TIME_REACH = 2
_TALKS_WITH_REACH = 5


def _talks_of_deals(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """Talks that name no party, told after a word of time in the sentence of a deal of two or more
    (``توصلت إيران ومجموعة 5+1 إلى اتفاق بعد مفاوضات ماراثونية``، ``اتفقت روسيا وأوكرانيا في ختام جولة
    مفاوضات على تبادل الأسرى``): the talks are held by the deal's parties; not talks with another
    (``عقب مباحثات مع نظيره``) nor those a verb after them tells (``مفاوضات استضافتها قطر``)."""
    if all(ev.type != "AGREE" for ev in events):
        return events  # (no deal told: no talks held by its parties)
    out: list[Event] = []
    # (a meeting coded with no one named is not yet told: في ختام اجتماع في القاهرة)
    coded = {view.token_at(ev.trigger.start) for ev in events if ev.source or ev.target}
    for ev in events:
        out.append(ev)
        if ev.type != "AGREE" or ev.negated or len({*ev.source, *ev.target}) < 2:
            continue
        lo, hi = view.bounds[doc.tokens[view.token_at(ev.trigger.start)].sentence]
        for k in range(lo + 1, hi):
            after = range(k + 1, min(hi, k + 1 + _TALKS_WITH_REACH))
            if (
                k not in coded
                and (
                    view.bare[k] in _TALKS
                    # (not one the words after it name its parties in: لقاء جمع X وY)
                    or (
                        view.core[k] in _NEW_MEETINGS
                        and k + 1 < hi
                        and view.core[k + 1] not in _BROUGHT_TOGETHER
                    )
                )
                and any(view.core[j] in _WHEN_AROUND for j in range(max(lo, k - _TALKS_TIME_REACH), k))
                and not any(view.core[j] == WITH for j in after)
                and coded.isdisjoint(after[:_TALKS_TIME_REACH])
            ):
                coded.add(k)
                talks = view.tokens[k]
                out.append(
                    replace(
                        ev, type="CONSULT", mode=None, trigger=TextSpan(talks.start, talks.end, talks.text)
                    )
                )
    return out


def _sponsors_of_talks(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """Talks or a meeting whose clause names, after it, who hosted, sponsored, mediated or attended them
    (``أجرت الولايات المتحدة وإيران جولة من المحادثات في مسقط، بوساطة وزير الخارجية العماني X``، ``بدأت
    باكستان والهند جولة جديدة من المحادثات في الدوحة، بحضور وزير الخارجية القطري Y``): they take part
    in them too."""
    out = []
    for ev in events:
        if ev.type == "CONSULT" and not ev.negated and ev.source:
            i = view.token_at(ev.trigger.start)
            sponsors = [
                e
                for e in view.sponsors(i, view.bounds[doc.tokens[i].sentence][1])
                # (not where they met: بوساطة تركية في إسطنبول)
                if e not in ev.source and e not in ev.target and not is_town(view.entities[e])
            ]
            if sponsors:
                ev = replace(ev, target=(*ev.target, *sponsors))
        out.append(ev)
    return out


#: the types of calls that may be made to "the two sides" (دعا X الطرفين إلى ضبط النفس)
_CALLS_TO_SIDES = frozenset({"REQUEST"})
#: how many tokens after a call's trigger "the two sides" may stand (ودعا الأمين العام للأمم المتحدة X
#: الطرفين)
_SIDES_REACH = 12


def _calls_to_the_two_sides(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """A call to "the two sides" or "the two countries" that the text names as no pair of its own (``اتهمت
    جبهة البوليساريو الرباط بخرق وقف إطلاق النار، فيما دعا غوتيريش الطرفين إلى ضبط النفس``): the two
    parties of the last act told before it between two actors."""
    out: list[Event] = []
    for ev in events:
        if ev.type in _CALLS_TO_SIDES and not ev.target and not ev.negated:
            i = view.token_at(ev.trigger.start)
            _, hi = view.bounds[doc.tokens[i].sentence]
            sides = next(
                (
                    k
                    for k in range(i + 1, min(hi, i + _SIDES_REACH))
                    if view.norm[k] in DUAL_ANAPHORS
                    and k not in view.inside
                    and not view.tokens[k].proclitics
                ),
                None,
            )
            # (the sides the call is made to, before what it is for: not دعا X إلى حوار بين الطرفين)
            if sides is not None and not any(
                view.is_boundary(k) or view.core[k] in _TO_WHAT for k in range(i + 1, sides)
            ):
                kinds = DUAL_ANAPHORS[view.norm[sides]]
                pair = next(
                    (
                        (*prev.source, *prev.target)
                        for prev in reversed(out)
                        if len(set((*prev.source, *prev.target))) == 2
                        and not set((*prev.source, *prev.target)) & set(ev.source)
                        and all(_side(view.entities[e], kinds) for e in (*prev.source, *prev.target))
                        # (not a place struck: قصف الجيش مواقع في غزة)
                        and not (
                            prev.type in _PLACE_PATIENT_TYPES
                            and any(view.entities[t].type in PLACE_TYPES for t in prev.target)
                        )
                    ),
                    (),
                )
                if pair:
                    ev = replace(ev, target=pair)
        out.append(ev)
    return out


#: words of a response in a threat (توعد برد مناسب، سترد بالمثل، لن تمر دون رد), normalised stems
_RESPONSE_STEMS = tuple(
    normalize(w) for w in ("رد", "الرد", "برد", "سترد", "سنرد", "بالرد", "بالمثل", "انتقام")
)
#: the stem of vowing (توعد، متوعدا), normalised: a threat of response (not هدد، تعهد, mostly of a step named)
_VOWING = normalize("توعد")
#: the acts a threat of response answers
_ANSWERED_TYPES = frozenset({"ASSAULT", "SANCTION", "COERCE", "ACCUSE", "MOBILIZE", "THREATEN", "REJECT"})


def _threats_of_response(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """A vow of a response that names no one (``متوعدا برد مناسب``، ``توعدت الجماعة بأن الضربات لن تمر
    دون رد``): at the agents of the last act told against the vower or his state."""
    out: list[Event] = []
    for ev in events:
        if ev.type == "THREATEN" and _unaimed(ev) and _VOWING in normalize(ev.trigger.text):
            i = view.token_at(ev.trigger.start)
            _, hi = view.bounds[doc.tokens[i].sentence]
            if any(view.norm[k].startswith(_RESPONSE_STEMS) for k in range(i, hi)):
                answered = next(
                    (
                        prev
                        for prev in reversed(out)
                        if prev.type in _ANSWERED_TYPES
                        and prev.source
                        and not prev.negated
                        and any(view.same_side(t, ev.source) for t in prev.target)
                        and not any(view.same_side(e, ev.source) for e in prev.source)
                    ),
                    None,
                )
                if answered is not None:
                    ev = replace(ev, target=answered.source)
        out.append(ev)
    return out


#: acts a call asks be done to a third party (طالب X بمحاكمة Y، بإطلاق سراح Y، بتسليم Y إلى Z), bare: whom
#: they are done to is no one the call is addressed to (but his resignation or departure is his own)
_DONE_TO_THIRD = frozenset(
    bare(normalize(w))
    for w in ("إطلاق", "الإفراج", "تعيين", "تسليم", "محاكمة", "محاسبة", "اعتقال", "ملاحقة", "معاقبة", "إقالة")
)


def _not_done_to(view: DocView, i: int, hi: int, target: tuple[str, ...]) -> tuple[str, ...]:
    """The ``target`` of call ``i`` less those named only after an act it asks be done to a third party
    (``طالبت اللجنة بإطلاق سراح الصحافي X``: X is released, not asked)."""
    act = next(
        (
            k
            for k in range(i + 1, min(hi, i + 1 + OBJECT_WINDOW))
            if "ب" in view.tokens[k].proclitics and view.bare[k] in _DONE_TO_THIRD
        ),
        None,
    )
    if act is None:
        return target
    before = {e for k in range(i + 1, act) if (m := view.at.get(k)) is not None for e in m.entities}
    after = {e for k in range(act + 1, hi) if (m := view.at.get(k)) is not None for e in m.entities}
    return tuple(e for e in target if e in before or e not in after)


def _no_act_done(view: DocView, i: int) -> bool:
    """Noun ``i`` is what an accord or order provides (``ينص الاتفاق على انسحاب``، ``أمرا يقضي بانسحاب``),
    names a place by what is done there (``مراكز الاحتجاز``) or an act its doers only intended
    (``اعتصام كانوا ينوون تنظيمه``، ``تجمعا كانت النقابة تعتزم تنظيمه``)."""
    tokens = view.doc.tokens
    after = tokens[i + 1 : i + 2 + _INTENT_WORDS]
    if (
        after
        and view.norm[i + 1] in _WAS
        and any(
            (stem := t.stem) is not None and stem.form in _INTENDING
            for t in itertools.takewhile(lambda t: t.sentence == tokens[i].sentence, after[1:])
        )
    ):
        return True
    if not tokens[i].text.endswith(_INDEFINITE_ALIF):
        # تعتزم الهيئة الحكومية للتنمية (إيغاد) عقد مؤتمر، تدرس الحكومة فرض قيود: the act intended or
        # considered, its verbal noun the object (not a thing considered: تدرس قطر طلبا مماثلا)
        for k in range(i - 1, max(-1, i - 1 - _PLANNED_REACH), -1):
            if tokens[k].sentence != tokens[i].sentence or k in view.acts:
                break
            if (stem := tokens[k].stem) is not None and stem.form in _PLANNING:
                return True
    before = [
        stem.form
        for t in tokens[max(0, i - _PROVISION_WORDS) : i]
        if t.sentence == tokens[i].sentence and (stem := t.stem) is not None
    ]
    if before and before[-1] in _FACILITIES:
        return True
    if before and before[-1] == ON:
        return any(w in _PROVIDES_ON for w in before[:-1])
    return "ب" in tokens[i].proclitics and any(w in _PROVIDES_BY for w in before)


#: "provides for" (ينص على), "provides" (يقضي ب, present only: قضت المحكمة بسجنه is a ruling),
#: places named by what is done there (مراكز الاحتجاز، مركز الترحيل), as stems, normalised, and how many
#: words before the noun the verb may stand (ينص الاتفاق الموقع على)
_PROVIDES_ON = frozenset(normalize(w) for w in ("ينص", "تنص", "نص", "نصت"))
_PROVIDES_BY = frozenset(normalize(w) for w in ("يقضي", "تقضي"))
_FACILITIES = frozenset(normalize(w) for w in ("مركز", "مراكز", "مرفق", "مرافق"))
_PROVISION_WORDS = 4
#: "was" (كان، كانت، كانوا) opening a relative clause on an indefinite act, "intends" (ينوي، تعتزم، ينوون),
#: normalised, and how many words after كان the verb may stand (كانت تنسيقية المجتمع المدني بزاكورة تعتزم)
_WAS = frozenset(normalize(w) for w in ("كان", "كانت", "كانوا", "كانا", "كانتا"))
_INTENT_WORDS = 6
_INTENDING = frozenset(
    normalize(w)
    for w in ("ينوي", "تنوي", "ينويان", "تنويان", "ينوون", "يعتزم", "تعتزم", "يعتزمان", "تعتزمان", "يعتزمون")
)
#: intending or considering an act (يعتزم، تدرس) before its verbal noun, normalised, and how many words
#: back, past the subject, it may stand (تعتزم الهيئة الحكومية للتنمية (إيغاد) عقد); the ending of an
#: indefinite accusative (طلبا), a thing considered
_PLANNING = _INTENDING | frozenset(normalize(w) for w in ("يدرس", "تدرس", "يدرسان", "تدرسان", "يدرسون"))
_PLANNED_REACH = 7
_INDEFINITE_ALIF = "ا"


#: types of an act whose verbal noun after ل is only its aim (لتسليم السلطة، للإفراج عنهم، لمساعدة المهاجرين)
_AIMED_TYPES = frozenset({"RETREAT", "AID", "SANCTION", "MOBILIZE", "SUPPORT"})
#: plotting, before the act plotted with ل (بالتخطيط لتفجير، خطط لاغتيال), bare
_PLOTTING = frozenset(
    bare(normalize(w)) for w in ("التخطيط", "بالتخطيط", "تخطيط", "خطط", "يخطط", "تخطط", "خططوا", "يخططون")
)
#: reports and rumours whose content a verbal noun after عن tells (نفت تقارير عن منع رعايا أجانب، السفينة
#: التي ترددت أنباء عن اختطافها), or after a verb of telling and ب (تقارير تفيد بمنع): a happening only
#: reported, not asserted (EVENTS_GUIDE.md: what is only alleged), bare
_HEARSAY = frozenset(
    bare(normalize(w))
    for w in ("تقارير", "التقارير", "أنباء", "الأنباء", "شائعات", "الشائعات", "مزاعم", "المزاعم", "ادعاءات")
)
#: the verbs by which a report tells its content with ب (تقارير تفيد بمنع), normalised
_HEARSAY_TELLING = frozenset(normalize(w) for w in ("تفيد", "يفيد", "تتحدث", "تحدثت"))
#: a part in a deed one is charged with or suspected of, before في and the deed (بتهمة التورط في اغتيال
#: ناشطين، متهمة إياه بالضلوع في اغتيال الوالي، للاشتباه في تورطه في خطف المعارض): the content of an
#: accusation, no act asserted, bare
_INVOLVEMENT = frozenset(
    bare(normalize(w))
    for w in (
        *("تورط", "التورط", "تورطه", "تورطها", "تورطهم", "تورطهما"),
        *("ضلوع", "الضلوع", "ضلوعه", "ضلوعها", "ضلوعهم", "ضلوعهما"),
    )
)


def _hearsay(cores: list[str], tokens: list[Token], i: int) -> bool:
    """The verbal noun at ``i`` is the content of a report or rumour (``تقارير عن منع``، ``أنباء عن
    اختطافها``، ``تقارير تفيد بمنع``، ``تقارير عن عمليات قتل``) or of a charge of taking part in it (``بتهمة
    التورط في اغتيال``، ``بالضلوع في هجمات``): told as claimed, not as real."""
    k = i - 1
    if k > 0 and bare(cores[k]) in _OPERATION_WORDS and not tokens[k].proclitics:
        k -= 1  # تقارير عن عمليات قتل
    if k < 1:
        return False
    if cores[k] == _IN_PREP:
        return bare(cores[k - 1]) in _INVOLVEMENT
    if cores[k] == ABOUT:
        return bare(cores[k - 1]) in _HEARSAY
    told = k == i - 1 and "ب" in tokens[i].proclitics and cores[k] in _HEARSAY_TELLING
    return told and bare(cores[k - 1]) in _HEARSAY


#: authorising, before a deployment it allows (أجاز مجلس الأمن الشهر الماضي نشر 4 آلاف جندي، اتفاقية تتيح
#: نشر قوات تركية): a deployment allowed, none made, bare
_AUTHORISING = frozenset(
    bare(normalize(w)) for w in ("أجاز", "أجازت", "يجيز", "تجيز", "أتاح", "أتاحت", "يتيح", "تتيح")
)


def _deployment_allowed(cores: list[str], tokens: list[Token], i: int) -> bool:
    """The deployment noun at ``i`` is what an approval (after its على: ``وافق مجلس النواب بالإجماع على
    إرسال عناصر من القوات المسلحة``) or an authorisation (``أجاز مجلس الأمن نشر``، ``اتفاقية تتيح نشر``)
    before it in its sentence allows: a decision at home, no forces moved (EVENTS_GUIDE.md)."""
    on = i > 0 and cores[i - 1] == ON
    return any(
        tokens[k].sentence == tokens[i].sentence
        and (bare(cores[k]) in _AUTHORISING or (on and _APPROVAL.search(bare(cores[k])) is not None))
        for k in range(max(i - _APPROVED_REACH, 0), i)
    )


#: foiling, before the attack foiled (أحبطت الشرطة هجوما، إحباط محاولة لاغتياله، أفشل الجيش هجوما), bare
_FOILING = frozenset(
    bare(normalize(w))
    for w in (
        *("أحبط", "أحبطت", "أحبطوا", "يحبط", "تحبط", "إحباط", "أفشل", "أفشلت", "إفشال"),
        *("أجهض", "أجهضت", "يجهض", "تجهض", "إجهاض"),
    )
)
#: how far before the act (or its attempt) the foiling verb may stand, past its subject
_FOILING_REACH = 6


def _foiled(view: DocView, i: int, lo: int) -> bool:
    """The act at ``i`` is the object of a verb or verbal noun of foiling, past the verb's subject and an
    attempt or not (``أحبطت الشرطة هجوما``، ``إحباط محاولة لتفجير``), or the verb after كان that tells what
    such an act was to do (``إحباط هجوم كان يستهدف كنيسة``): it did not happen."""
    if i - 2 >= lo and view.core[i - 1] in BE_VERBS and i - 2 in view.acts:
        i -= 2
    k = i - 1 if i - 1 > lo and view.bare[i - 1] in _ATTEMPTS else i
    for j in range(k - 1, max(k - 1 - _FOILING_REACH, lo - 1), -1):
        if view.bare[j] in _FOILING:
            return True
        if view.is_boundary(j) or j in view.clause_verbs or j in view.acts:
            return False
    return False


#: "to" before what a call is for (دعا X إلى ضبط النفس), normalised
_TO_WHAT = frozenset(normalize(w) for w in ("إلى", "الى", "على"))


def _side(entity: Entity, kinds: frozenset[str]) -> bool:
    """The entity may be one of "the two sides" a dual word of ``kinds`` names: an actor of those
    kinds, no town or region."""
    return entity.type in kinds and entity.type in ("PER", "ORG", "GPE") and not is_town(entity)


#: "including" between sanctions and the measures they are made of (عقوبات تشمل تجميد أصول), normalised
_INCLUDING = frozenset(normalize(w) for w in ("تشمل", "تتضمن", "شملت", "تضمنت", "منها", "بينها"))
#: how many tokens may stand between the sanctions' trigger and "including"
_INCLUDING_REACH = 4
#: "include" opening a sentence that lists the measures of sanctions or a decision told before
#: (وتشمل العقوبات تجميد أصول، ويشمل القرار منعهما من السفر), normalised
_INCLUDING_VERBS = frozenset(normalize(w) for w in ("تشمل", "يشمل", "تتضمن", "يتضمن"))
#: the types of the measures sanctions are made of
_MEASURE_TYPES = frozenset({"SANCTION", "COERCE"})


#: how far after a sanction's trigger (and its subject) على may stand, and how far after it the country
#: those it names are in
_SANCTIONED_REACH = 6


def _sanctioned_in_a_country(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """Sanctions on people, bodies or a sector the text does not name, named by the country they are in
    (``فرضت وزارة الخزانة الأمريكية يوم الجمعة عقوبات على ثمانية كيانات في إيران``، ``عقوبات على قطاع
    الطاقة في فنزويلا``): aimed at that country."""
    out = []
    for ev in events:
        if ev.type == "SANCTION" and _unaimed(ev):
            i = view.token_at(ev.trigger.start)
            hi = view.bounds[doc.tokens[i].sentence][1]
            start = view.past_named(i, hi, ev.source, i + 1)  # (past its subject after the verb)
            on = next(
                (k for k in range(start, min(hi, start + _SANCTIONED_REACH)) if view.core[k] == ON), None
            )
            if on is not None:
                country = _country_of_unnamed(view, on + 1, min(hi, on + 1 + _SANCTIONED_REACH))
                if country is not None and country not in ev.source:
                    ev = replace(ev, target=(country,))
        out.append(ev)
    return out


def _country_of_unnamed(view: DocView, k: int, end: int) -> str | None:
    """The country that the words from token ``k`` (people or bodies named by no name) are in, after في
    (``كيانات في إيران``); None where another name or a boundary comes first."""
    for j in range(k, end):
        if view.is_boundary(j) or j in view.clause_verbs:
            return None
        m = view.at.get(j)
        if m is not None:
            ent = view.entities[m.entities[0]]
            country = ent.type == "GPE" and (ent.kb_id or "").count(":") == 1
            # (not one of a list of places: شركات في الإمارات وهونغ كونغ, no one country)
            listed = m.last + 1 < end and m.last + 1 in view.at and "و" in view.tokens[m.last + 1].proclitics
            return m.entities[0] if country and view.core[j - 1] == _IN_PREP and not listed else None
    return None


def _measures_of_sanctions(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """Measures told as what sanctions include (``فرض عقوبات تشمل تجميد أصول وحظر سفر على X``): one
    sanction, by whoever imposed it, on whom the measures are. Measures a sentence lists as what sanctions
    or a decision told before include are no acts of their own (``وتشمل العقوبات تجميد أصول الشركات ومنع
    مديريها من دخول البلاد``)."""
    if all(ev.type not in _MEASURE_TYPES for ev in events):
        return events  # (no sanction or coercion told)
    out: list[Event] = []
    for ev in events:
        at = view.token_at(ev.trigger.start)
        lo = view.bounds[view.tokens[at].sentence][0]
        if ev.type in _MEASURE_TYPES and lo < at and view.core[lo] in _INCLUDING_VERBS:
            continue
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.type == ev.type == "SANCTION"
            and prev.source
            and not ev.source
            and prev.sentence == ev.sentence
            and not prev.negated
            and not ev.negated
        ):
            i = view.token_at(prev.trigger.start)
            j = view.token_at(ev.trigger.start)
            if any(view.norm[k] in _INCLUDING for k in range(i + 1, min(j, i + 1 + _INCLUDING_REACH))):
                out[-1] = replace(prev, target=prev.target or ev.target)
                continue
        out.append(ev)
    return out


def _claims_of_attacks_after(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """A claim of an attack that the next event of its sentence tells with whom it struck and no agent
    (``تبنى تنظيم الدولة الإسلامية التفجير الانتحاري الذي استهدف سوقا ... في بغداد``): one attack, the
    claimant its agent."""
    out: list[Event] = []
    for ev in events:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.type == ev.type == "ASSAULT"
            and prev.source
            and not ev.source
            and ev.target
            and not prev.negated
            and not ev.negated
            and prev.sentence == ev.sentence
            and view.bare[view.token_at(prev.trigger.start)] in _ADOPTING
        ):
            out[-1] = replace(ev, source=prev.source)
            continue
        out.append(ev)
    return out


def _claims_of_attacks_before(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """A claim of an attack told before it in its sentence or the two before, naming whom it struck and no
    agent once what it struck is known (``استهدفت طائرة مسيرة قاعدة يستخدمها التحالف الدولي، وتبنت جماعة
    X الهجوم في بيان على تطبيق تلغرام``): one attack, the claimant its agent; the claim, no act of its own,
    aimed at nothing the clause names after it."""
    out: list[Event] = []
    for ev in events:
        if (
            ev.type == "ASSAULT"
            and ev.source
            and not ev.negated
            and view.bare[i := view.token_at(ev.trigger.start)] in _ADOPTING
            and (told := _claimed_attack(doc, out, view.tokens[i].sentence)) is not None
            and out[told].trigger.end <= ev.trigger.start
            and not set(out[told].target) & set(ev.source)
        ):
            out[told] = replace(out[told], source=ev.source)
            continue
        out.append(ev)
    return out


#: "the operation", a claim's word for the attack it claims (أعلن X مسؤوليته عن العملية), bare
_CLAIMED_OPERATIONS = frozenset(
    bare(normalize(w))
    for w in ("العملية", "العمليات", "الضربة", "الضربات")  # (a strike: مسؤوليتها عن الضربة)
)


def _claims_of_operations(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """A claim of responsibility for "the operation" (``قتل أربعة عمال في هجوم استهدف حافلة لشركة X،
    وأعلن تنظيم ولاية سيناء مسؤوليته عن العملية``), a word that is no attack of its own: the attack told
    before it in its sentence or the two before, naming whom it struck and no agent, and its tellings just
    before it, take the claimant for agent."""
    if _CLAIMED_OPERATIONS.isdisjoint(view.bare):
        return events  # (no operation claimed: most articles)
    out = list(events)
    for k in range(2, len(view.tokens)):
        if view.bare[k] not in _CLAIMED_OPERATIONS or not (claimant := view.claimant_of(k)):
            continue
        # (the events told before the claim, in the order they are coded)
        before = [j for j, ev in enumerate(out) if ev.trigger.start < view.tokens[k].start]
        told = _claimed_attack(doc, [out[j] for j in before], view.tokens[k].sentence)
        if told is None or set(out[before[told]].target) & set(claimant):
            continue
        struck = out[before[told]].target
        for j in reversed(before[: told + 1]):  # (قتل أربعة في هجوم استهدف: one attack told twice)
            ev = out[j]
            if ev.type != "ASSAULT" or ev.source or ev.target != struck:
                break
            out[j] = replace(ev, source=tuple(claimant))
    return out


#: the words of a killing whose victims may be counted by their nationality after it (مقتل سبعة رعاة
#: موريتانيين), normalised without clitics
_COUNTED_KILLINGS = frozenset(normalize(w) for w in ("مقتل", "قتل"))
#: how many words after a killing the nationality of those killed may stand (مقتل سبعة رعاة موريتانيين)
_KILLED_NATIONALS_REACH = 4


def _killed_nationals(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """A killing that names whom it struck by no name, its victims counted by their nationality (``احتجاج
    موريتانيا على مقتل سبعة رعاة موريتانيين على يد عناصر من الجيش المالي``): their country, where the text
    names it, is struck."""
    out = list(events)
    for j, ev in enumerate(out):
        if ev.type != "ASSAULT" or ev.target or ev.negated:
            continue
        i = view.token_at(ev.trigger.start)
        if view.core[i] not in _COUNTED_KILLINGS:
            continue
        for k in range(i + 1, min(len(view.tokens), i + 1 + _KILLED_NATIONALS_REACH)):
            if k in view.inside or view.is_boundary(k) or view.tokens[k].proclitics:
                break  # (a name, a clause or a phrase after it: no victims of its own counted)
            country = demonym_countries().get(view.core[k])
            if country is not None and not view.core[k].startswith("ال"):
                # (indefinite, an adjective of the people counted: not الجيش المالي's)
                struck = [e for e in _country_actor(view, country) if e not in ev.source]
                if struck:
                    out[j] = replace(ev, target=tuple(struck))
                break
    return out


#: "led to", before إلى (ما أدى إلى مقتل): with _RESULTED before عن, what an attack's deaths are told after
_LED = frozenset(normalize(w) for w in ("أدى", "أدت", "ادى", "ادت"))


def _deaths_resulting(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """The death of named people that the attack told just before it in its sentence "resulted in" or
    "led to" (``قصف الحرس الثوري منزلا في مدينة أربيل، ما أسفر عن مقتل رجل الأعمال X``، ``هاجم عون من
    الحرس مدخل الكنيس، ما أسفر عن مقتل الزائرين X وY``): one attack, that struck them, not where it
    fell."""
    if all(ev.type != "ASSAULT" for ev in events):
        return events  # (no attack told)
    out: list[Event] = []
    for ev in events:
        prev = out[-1] if out else None
        i = view.token_at(ev.trigger.start)
        if (
            prev is not None
            and prev.type == ev.type == "ASSAULT"
            and not ev.source
            and ev.target
            and not prev.negated
            and not ev.negated
            and prev.sentence == ev.sentence
            and prev.trigger.end <= ev.trigger.start
            and view.bare[i] in _DEATHS
            and i > 1
            and (
                (view.core[i - 1] == ABOUT and view.core[i - 2] in _RESULTED)
                or (view.core[i - 1] == _TO and view.core[i - 2] in _LED)
            )
            and all(view.entities[t].type not in PLACE_TYPES for t in ev.target)
            and not set(ev.target) & set(prev.source)
        ):
            places = [t for t in prev.target if view.entities[t].type in PLACE_TYPES]
            kept = tuple(t for t in prev.target if t not in places)
            out[-1] = replace(
                prev,
                target=tuple(dict.fromkeys((*kept, *ev.target))),
                location=prev.location or next(iter(places), None),
                mentions=(*prev.mentions, ev.trigger, *ev.mentions),
            )
            continue
        out.append(ev)
    return out


def _strikes_on_the_struck(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """A strike "aimed at" what belongs to the one an attack told before it in its sentence struck, its
    object's pronoun his (``اغتالت القوات X بغارة جوية استهدفت سيارته في مدينة غزة``، ``قتل X بضربة
    طائرة مسيرة استهدفت سيارته في حي المشتل``، ``اغتيل X بانفجار سيارة مفخخة استهدف موكبه``): how that
    attack was made, where it fell, no attack of its own on the place."""
    if all(ev.type != "ASSAULT" for ev in events):
        return events  # (no attack told)
    out: list[Event] = []
    for ev in events:
        i = view.token_at(ev.trigger.start)
        aimed = (
            ev.type == "ASSAULT"
            and not ev.negated
            and view.core[i].startswith(_AIMING)
            and i + 1 < len(view.tokens)
            and has_suffix(view.tokens[i + 1])
            and all(view.entities[t].type in PLACE_TYPES for t in ev.target)
        )
        struck = (
            next(
                (
                    n
                    for n in range(len(out) - 1, -1, -1)
                    if out[n].type == "ASSAULT"
                    and out[n].sentence == ev.sentence
                    and out[n].trigger.end <= ev.trigger.start
                    and not out[n].negated
                    and any(view.entities[t].type not in PLACE_TYPES for t in out[n].target)
                ),
                None,
            )
            if aimed
            else None
        )
        if struck is not None and set(ev.source) <= {*out[struck].source, *out[struck].target}:
            told = out[struck]
            out[struck] = replace(
                told,
                location=told.location or next(iter(ev.target), None),
                mentions=(*told.mentions, ev.trigger, *ev.mentions),
            )
            continue
        out.append(ev)
    return out


#: taking control (سيطر، سيطرت، يسيطر), normalised stem
_TAKING_CONTROL = normalize("سيطر")


def _takeovers_after_battles(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """A town taken after battles with a named force, told in the takeover's sentence (``سيطرت حركة إم 23
    على مدينة غوما بعد معارك عنيفة مع الجيش الكونغولي``): the fighting is the attack, on that force; the
    town is where it was."""
    if all(ev.type != "ASSAULT" for ev in events):
        return events  # (no attack told)
    out: list[Event] = []
    for ev in events:
        i = view.token_at(ev.trigger.start)
        if ev.type == "ASSAULT" and ev.source and not ev.negated and view.core[i].startswith(_TAKING_CONTROL):
            hi = view.bounds[view.tokens[i].sentence][1]
            for k in range(i + 1, hi - 2):
                if k in view.inside or not view.core[k].startswith(_CLASH_STEMS):
                    continue
                with_at = next(
                    (j for j in range(k + 1, min(hi - 1, k + 2 + _CLASH_WITH_REACH)) if view.core[j] == WITH),
                    None,
                )
                side = view.actor(with_at + 1) if with_at is not None else None
                if (
                    side is not None
                    and side.etype not in PLACE_TYPES
                    and not set(side.entities) & set(ev.source)
                ):
                    places = [t for t in ev.target if view.entities[t].type in PLACE_TYPES]
                    ev = replace(
                        ev,
                        target=tuple(view.group_after(side)[0]),
                        location=ev.location or next(iter(places), None),
                    )
                break
        out.append(ev)
    return out


#: military exercises (مناورات، تدريبات، تمرين), bare
_EXERCISES = frozenset(
    bare(normalize(w))
    for w in (
        "مناورات",
        "مناورة",
        "المناورات",
        "تدريبات",
        "التدريبات",
        "تدريب",
        "التدريب",
        "تمرين",
        "تمرينا",
        "تمرينات",
    )
)
#: how far after an exercise's trigger the word for the exercises may stand (أجرت X وY، الاثنين، مناورات)
_EXERCISE_REACH = 8


def _joint_exercises(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """Military exercises of two parties or more (``أجرت الولايات المتحدة وكوريا الجنوبية مناورات
    مشتركة``، ``مناورات بحرية مشتركة بين البحرية الأمريكية والقوات البحرية الملكية السعودية``، ``مناورات
    مشتركة مع القوات الأمريكية``) are their cooperation, not a show of force: COOPERATE of the first with
    the others."""
    out = []
    for ev in events:
        if ev.type == "MOBILIZE" and not ev.negated:
            i = view.token_at(ev.trigger.start)
            lo, hi = view.bounds[doc.tokens[i].sentence]
            # (past its subject after the verb: أجرت القوات البحرية الجزائرية وأسطول البحر الأسود الروسي)
            start = view.past_named(i, hi, ev.source, i)
            start = start if start - i <= _EXERCISE_REACH else i
            x = _exercise_word(view, i, lo, hi, start)
            if x is not None:
                # (from past its doer named after the verb: نفذ الجيش التركي مع القوات العراقية مناورات،
                # التدريبات المشتركة التي أجرتها X مع Y)
                first = start if start > i else x + 1
                partner = next(
                    (a for k in range(first, min(hi, first + _EXERCISE_REACH)) if (a := view.actor(k))), None
                )
                partners = (
                    view.between(x, hi)
                    or (view.group_after(partner)[0] if partner is not None and partner.prep == WITH else [])
                    or _nationalities_after(view, x, hi)  # التدريب المصري السوداني المشترك
                )
                parties = list(dict.fromkeys((*ev.source, *partners)))
                if len(parties) > 1:
                    ev = replace(
                        ev, type="COOPERATE", mode=None, source=(parties[0],), target=tuple(parties[1:])
                    )
        out.append(ev)
    return out


def _exercise_word(view: DocView, i: int, lo: int, hi: int, start: int) -> int | None:
    """The word for exercises a MOBILIZE at token ``i`` tells of: the trigger itself (``التدريبات المشتركة
    التي أجرتها X مع Y``), the antecedent of the relative clause it opens, past a name in quotation marks
    (``مناورات «زاباد 2025» التي تجريها روسيا وبيلاروس``), or one from ``start`` (past the verb's subject)
    on; else None."""
    if view.bare[i] in _EXERCISES:
        return i
    if i > lo and view.core[i - 1] in RELATIVES:
        before = _before_quoted_name(view, i - 2, lo)
        span = range(before, max(lo, before - _EXERCISE_REACH) - 1, -1)
    else:
        span = range(start, min(hi, start + _EXERCISE_REACH))
    return next((k for k in span if view.bare[k] in _EXERCISES), None)


def _joint_attacks_of_pairs(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """A joint operation against someone by two or more named together (``نفذت القوات الأمريكية والجيش
    العراقي عملية مشتركة ضد تنظيم القاعدة``، ``القوات الصومالية وقوات الاتحاد الأفريقي تنفذان عملية
    مشتركة ضد حركة الشباب``) is an attack and their cooperation (COOPERATE of the first with the
    others, at the same word), as a joint operation of two against no one named is."""
    out = []
    for ev in events:
        out.append(ev)
        if ev.type != "ASSAULT" or ev.negated or len(ev.source) < 2:
            continue
        i = view.token_at(ev.trigger.start)
        if i + 1 < len(view.tokens) and view.bare[i] in _OPERATIONS and view.bare[i + 1] in _JOINT:
            out.append(_told_at(ev, doc.tokens[i], "COOPERATE", ev.source[:1], ev.source[1:]))
    return out


#: an operation (عملية، عمليات) and "joint" after it, bare
_OPERATIONS = frozenset(bare(normalize(w)) for w in ("عملية", "عمليات"))
_JOINT = frozenset(bare(normalize(w)) for w in ("مشتركة", "المشتركة"))

#: "security" after an operation or a campaign (عملية أمنية، حملة أمنية), bare: a police sweep
_SECURITY_SWEEP = frozenset(bare(normalize(w)) for w in ("أمنية", "الأمنية"))
_SWEEP_WORDS = _OPERATIONS | frozenset(bare(normalize(w)) for w in ("حملة", "حملات"))


def _security_sweeps_are_no_attacks(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """A security operation or campaign (``نفذت الشرطة عملية أمنية في ولاية بارانا ضد شبكة لتهريب
    السجائر، أسفرت عن اعتقال 23 شخصا``، ``عملية أمنية مشتركة نفذتها أجهزة الشرطة``) is a police sweep, no
    attack: what it yields (arrests, seizures) is coded by its own words."""
    out = []
    for ev in events:
        if ev.type == "ASSAULT":
            i = view.token_at(ev.trigger.start)
            if (
                i + 1 < len(view.tokens)
                and view.bare[i] in _SWEEP_WORDS
                and view.bare[i + 1] in _SECURITY_SWEEP
            ):
                continue
        out.append(ev)
    return out


#: the modes of weapons fired (أطلق صواريخ، أطلق النار), which an exercise may fire at dummy targets
_FIRE_MODES = frozenset({"heavy-weapons", "firearms"})


def _fire_in_exercises_is_no_attack(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """Weapons fired in military exercises (``مناورات «الرسول الأعظم 18» التي أطلق الحرس خلالها صواريخ
    على أهداف افتراضية``، ``أطلق الحرس خلال المناورات صواريخ على أهداف``) strike no one: no attack. The
    verb opens a relative clause on the exercises, or ``خلال`` and the exercises follow it before its
    object."""
    out = []
    for ev in events:
        if ev.type == "ASSAULT" and ev.mode in _FIRE_MODES and not ev.negated:
            i = view.token_at(ev.trigger.start)
            lo, hi = view.bounds[doc.tokens[i].sentence]
            on_exercises = (
                i - 2 >= lo
                and view.core[i - 1] in RELATIVES
                and view.bare[_before_quoted_name(view, i - 2, lo)] in _EXERCISES
            )
            during = next(
                (k for k in range(i + 1, min(hi - 1, i + _EXERCISE_REACH)) if view.core[k] in _DURING), None
            )
            if on_exercises or (
                during is not None
                and view.bare[during + 1] in _EXERCISES
                and ON not in view.core[i + 1 : during]
            ):
                continue
        out.append(ev)
    return out


def _nationalities_after(view: DocView, k: int, hi: int) -> list[str]:
    """The countries the nationalities right after token ``k``, one after another, name (``التدريب المصري
    السوداني``), where the text names them."""
    out: list[str] = []
    while (k := k + 1) < hi and (country := view.nationality_country(k)) is not None:
        out.append(country)
    return out


def _ba_phrases(view: DocView, phrases: Sequence[tuple[frozenset[str], str]]) -> Iterator[int]:
    """The tokens that are one of a pair's nouns after ب, the pair's preposition right after them
    (``بالتعاون مع``، ``بطلب من``): phrases naming another actor in an act; or after ل and a word of
    answering (``استجابة لطلب من``، ``تلبية لطلب من``، ``تنفيذا لطلب من``)."""
    for k in range(len(view.tokens) - 2):
        proclitics = view.tokens[k].proclitics
        if ("ب" in proclitics or ("ل" in proclitics and k > 0 and view.core[k - 1] in _ANSWERING)) and any(
            view.core[k] in nouns and view.core[k + 1] == prep for nouns, prep in phrases
        ):
            yield k


#: "in answer to" or "in execution of", before ل and a request (استجابة لطلب من X، تنفيذا لطلب من X),
#: normalised
_ANSWERING = frozenset(normalize(w) for w in ("استجابة", "تلبية", "تنفيذا"))


def _told_at(act: Event, token: Token, etype: str, source: tuple[str, ...], target: tuple[str, ...]) -> Event:
    """An event of type ``etype`` that the phrase at ``token`` tells beside ``act`` (its sentence, date and
    place), between ``source`` and ``target``."""
    return replace(
        act,
        type=etype,
        mode=None,
        trigger=TextSpan(token.start, token.end, token.text),
        source=source,
        target=target,
        mentions=(),
    )


#: "at the request of" (بطلب من X)
_REQUEST_NOUNS = frozenset({normalize("طلب")})
#: the nouns of a call or demand an act answers (استجابة لدعوة X، تلبية لمطالب X، بناء على طلب X), normalised
_ANSWERED_CALLS = frozenset(
    normalize(w) for w in ("طلب", "طلبات", "دعوة", "دعوات", "مطالب", "مطلب", "مطالبة", "مناشدة", "نداء")
)
#: "on the basis of" before a request (بناء على طلب من X), normalised
_ON_BASIS = frozenset(normalize(w) for w in ("بناء", "بناءً"))
#: the verb of a relative clause that names who made a request (لطلب تقدمت به واشنطن، لدعوة أطلقها X),
#: normalised (``WITH_IT`` the pronoun after it: به، بها)
_MADE_BY = frozenset(
    normalize(w)
    for w in (
        *("تقدم", "تقدمت", "أطلق", "أطلقت", "أطلقه", "أطلقها", "وجهه", "وجهها", "قدمه", "قدمها"),
        # (made by a woman or a body, its object pronoun after: لطلب قدمته الهند، لنداء وجهته السلطة)
        *("قدمته", "قدمتها", "وجهته", "وجهتها", "أطلقته", "أطلقتها"),
    )
)
#: the pronoun after that verb: "with it" (لطلب تقدمت به واشنطن) or "to him", the act's agent (لمناشدة وجهها
#: إليه المجلس), normalised
_MADE_WITH_OR_TO = WITH_IT | CALLED_FOR
#: an invitation (تلبية لدعوة من X): a visit or meeting that answers one is no request's answer
_INVITATIONS = frozenset(normalize(w) for w in ("دعوة", "دعوات"))


def _answered_asker(view: DocView, k: int, hi: int) -> ActorMention | None:
    """Who made the request that the noun at ``k`` names as answered by an act (``استجابة لدعوة زعيمه
    عبد الله أوجلان``، ``تلبية لطلب تقدمت به واشنطن``، ``بناء على طلب من الحكومة الفيتنامية``): the
    actor after it, its genitive, after من or after the verb that made it; else None."""
    if view.core[k] not in _ANSWERED_CALLS or k + 2 >= hi:
        return None
    answering = (
        "ل" in view.tokens[k].proclitics
        and k > 0
        and view.core[k - 1] in _ANSWERING
        and not set(view.tokens[k - 1].proclitics) - {"و"}
    )
    based = (
        not view.tokens[k].proclitics and k > 1 and view.core[k - 1] == ON and view.norm[k - 2] in _ON_BASIS
    )
    if not (answering or based):
        return None
    j = k + 1
    if (
        j + 1 < hi
        and j not in view.inside
        and not view.core[j].startswith("ال")
        and (view.core[j + 1] == FROM or view.norm[j + 1] in _MADE_BY)
    ):
        j += 1  # لطلب رسمي من X، بناء على طلب مشترك من X، لطلب رسمي قدمته الهند
    if view.core[j] == FROM or view.norm[j] in _MADE_BY:
        j += 2 if j + 1 < hi and view.norm[j + 1] in _MADE_WITH_OR_TO else 1
        return view.actor(j) or view.titled_person(j - 1, hi)
    a = view.actor(j)
    return a if a is not None and a.prep is None else view.titled_person(k, hi)


def _deals_acted_under(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """An act done under a deal with someone (``أفرجت الحكومة الفنزويلية عن 10 سجناء أميركيين، في إطار
    اتفاق مع إدارة الرئيس دونالد ترامب``، ``انسحب مسلحو تنظيم داعش بموجب اتفاق مع حزب الله``) tells
    that deal: its agent agreed with that one (AGREE, at the deal's word). The act is the last one told
    before the word in its sentence by someone else, by its verb."""
    if _DEALS_UNDER.isdisjoint(view.bare):
        return events  # (no deal word in the document: most name none)
    out = list(events)
    for k in range(2, len(view.core) - 2):
        if view.bare[k] not in _DEALS_UNDER or view.core[k + 1] != WITH or not _under_frame(view, k):
            continue
        # (past a title or the word of an administration: في إطار اتفاق مع إدارة الرئيس دونالد ترامب)
        party = view.first_actor(k + 2, min(len(view.core), k + 2 + _TITLE_WORDS))
        token = doc.tokens[k]
        if party is None or any(view.token_at(e.trigger.start) == k for e in out):
            continue  # (the deal's word coded already: its own parties)
        parties = tuple(view.group_after(party)[0])
        act = _last_act_before(doc, view, out, token, parties)
        # (an act told by its verb: one announced by its noun names no deal made, نشر جنود بموجب اتفاق مع مصر)
        if act is not None and view.token_at(out[act].trigger.start) in view.clause_verbs:
            out.insert(act + 1, _told_at(out[act], token, _AGREEMENT, out[act].source, parties))
    return out


def _last_act_before(
    doc: Document, view: DocView, events: list[Event], token: Token, others: Sequence[str]
) -> int | None:
    """The index in ``events`` of the last act told before ``token`` in its sentence, not negated, whose
    agent is named and none of ``others`` (the act a request or a deal told after it is about)."""
    return next(
        (
            n
            for n in range(len(events) - 1, -1, -1)
            if events[n].source
            and not events[n].negated
            and events[n].trigger.start < token.start
            and doc.tokens[view.token_at(events[n].trigger.start)].sentence == token.sentence
            and not set(events[n].source) & set(others)
        ),
        None,
    )


def _under_frame(view: DocView, k: int) -> bool:
    """The noun at ``k`` is what an act is done under: after بموجب or ضمن, or في إطار (``في إطار اتفاق``)."""
    return view.norm[k - 1] in _UNDER or (view.bare[k - 1] == _FRAME and view.core[k - 2] == _IN_PREP)


#: a deal an act is done under (بموجب اتفاق مع X), bare; the words before it: "under", "within" (بموجب،
#: ضمن) and the frame of في إطار, normalised
_DEALS_UNDER = frozenset(bare(normalize(w)) for w in ("اتفاق", "اتفاقية", "تفاهم", "صفقة"))
_UNDER = frozenset(normalize(w) for w in ("بموجب", "ضمن"))
_FRAME = bare(normalize("إطار"))


def _at_request(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """An act done at someone's request (``أرسلت أوغندا قوات إلى جوبا بطلب من كير``، ``عقد مجلس الأمن
    جلسة طارئة بطلب من الولايات المتحدة وبريطانيا``، ``أعلن الحزب وقف إطلاق النار استجابة لدعوة زعيمه
    X``): that one asked its agent for it (REQUEST, at the request's word, or the call's own event given
    its target). The act is the last one told before the word in its sentence by someone else."""
    if not events:
        return events
    out = list(events)
    asked = {k: view.actor(k + 2) for k in _ba_phrases(view, ((_REQUEST_NOUNS, FROM),))}
    answering = {
        k: a
        for k, core in enumerate(view.core)
        # (a word for a call first: most are none)
        if core in _ANSWERED_CALLS
        and k not in asked
        and (a := _answered_asker(view, k, view.bounds[doc.tokens[k].sentence][1])) is not None
    }
    asked.update(answering)
    for k, asker in sorted(asked.items()):
        token = doc.tokens[k]
        if asker is None:
            continue
        ids, last = view.group_after(asker)
        askers = tuple(ids)
        # (a request made to one named after it is made to that one: لطلب تقدمت به واشنطن إلى موسكو; to
        # others not named, to none of the act's agents: لنداء وجهته السلطة إلى الدول العربية)
        addressed = last + 2 < len(doc.tokens) and view.core[last + 1] == _TO
        to = view.actor(last + 2) if addressed else None
        act = _last_act_before(doc, view, out, token, askers)
        # (the request noun's own event, when it names no one asked)
        own = next(
            (
                n
                for n, e in enumerate(out)
                if e.type == "REQUEST" and not e.target and view.token_at(e.trigger.start) == k
            ),
            None,
        )
        if act is None and own is None and k in answering:
            # وجاء العفو استجابة لطلب من X: the act a noun told again came as, told in the sentence before
            act = _act_came_before(doc, view, out, k, askers)
        if act is None and (own is not None or k not in answering):
            # (no act coded: the sentence's first actor named bare, its subject: أعلن الحزب وقفا لإطلاق
            # النار مع تركيا، استجابة لدعوة زعيمه؛ تسلمت البرازيل، بطلب من الأرجنتين، إدارة السفارة)
            subject = next(
                (
                    a
                    for j in range(view.bounds[token.sentence][0], k)
                    if (a := view.actor(j)) is not None
                    and a.prep is None
                    and not set(a.entities) & set(askers)
                ),
                None,
            )
            if subject is not None:
                asked_of = tuple(view.group_after(subject)[0])
                if own is not None:
                    out[own] = replace(out[own], source=out[own].source or askers, target=asked_of)
                else:
                    at = next((n for n, e in enumerate(out) if e.trigger.start > token.start), len(out))
                    out.insert(at, _told_by_token(doc, view, k, "REQUEST", askers, asked_of))
            continue
        if act is None and own is None:
            # تظاهر المئات استجابة لدعوة X، عم الإضراب تلبية لدعوة القوى الوطنية: a call answered by those
            # the text does not name is still the caller's, made to none named (or to the one after إلى)
            asked_of = tuple(view.group_after(to)[0]) if to is not None else ()
            at = next((n for n, e in enumerate(out) if e.trigger.start > token.start), len(out))
            out.insert(at, _told_by_token(doc, view, k, "REQUEST", askers, asked_of))
            continue
        if act is None or (
            k in answering
            # (a protest answers a call to protest, addressed to no one; a visit answers an invitation)
            and (out[act].type == "PROTEST" or (out[act].type == "CONSULT" and view.core[k] in _INVITATIONS))
        ):
            continue
        asked_of = out[act].source
        if to is not None:
            asked_of = tuple(view.group_after(to)[0])
        elif addressed:
            asked_of = ()
        if own is None:
            out.insert(act + 1, _told_at(out[act], token, "REQUEST", askers, asked_of))
        else:  # (told as the act is: negated or not)
            out[own] = replace(
                out[own], source=out[own].source or askers, target=asked_of, negated=out[act].negated
            )
    return out


#: "came" or "comes" (وجاء العفو استجابة لطلب، المنحة تأتي استجابة لنداء), normalised
_CAME_AS = frozenset(normalize(w) for w in ("جاء", "جاءت", "يأتي", "تأتي"))


def _act_came_before(
    doc: Document, view: DocView, events: list[Event], k: int, askers: tuple[str, ...]
) -> int | None:
    """The act that the sentence of the answering word at ``k`` tells again as coming in answer to a call
    (``وجاء العفو استجابة لطلب رسمي من X``، ``المنحة تأتي استجابة لنداء``): the last event told in the
    sentence before by someone not among ``askers``, where a verb of coming stands before ``k`` in its
    sentence; else None."""
    sentence = doc.tokens[k].sentence
    if not any(view.core[j] in _CAME_AS for j in range(view.bounds[sentence][0], k)):
        return None
    return next(
        (
            n
            for n in range(len(events) - 1, -1, -1)
            if events[n].source
            and not events[n].negated
            and doc.tokens[view.token_at(events[n].trigger.start)].sentence == sentence - 1
            and not set(events[n].source) & set(askers)
        ),
        None,
    )


#: enemies, rivals and critics of someone (أعداء إيران، خصوم الحزب): unnamed people, not him; bare
_ADVERSARIES = frozenset(
    bare(normalize(w)) for w in ("أعداء", "أعدائ", "خصوم", "خصومه", "منتقدي", "منتقدو", "مناهضي", "مناهضو")
)


def _adversaries_are_no_targets(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """A target named in its event's sentence only as the genitive of a word for enemies, rivals or critics
    (``متهما «أعداء إيران» بالوقوف وراء الاضطرابات``، ``اتهم رعد خصوم الحزب``) is not acted on: those
    unnamed people are."""
    if _ADVERSARIES.isdisjoint(view.bare):
        return events  # (no word for enemies: most articles)
    out = []
    for ev in events:
        kept = []
        for t in ev.target:
            entity = view.entities.get(t)
            inside = [
                m
                for m in (entity.mentions if entity else [])
                if ev.sentence.start <= m.start < ev.sentence.end
            ]
            firsts = [view.token_at(m.start) for m in inside]
            if firsts and all(
                k > 0
                and (
                    view.bare[k - 1] in _ADVERSARIES
                    or (k > 1 and view.tokens[k - 1].text in QUOTE_MARKS and view.bare[k - 2] in _ADVERSARIES)
                )
                for k in firsts
            ):
                continue
            kept.append(t)
        out.append(ev if len(kept) == len(ev.target) else replace(ev, target=tuple(kept)))
    return out


def _no_refused_reporters(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """A refusal or denial of what a news medium reported (``ورفض بقائي التقرير``، ``نفت الوزارة ما
    نشرته صحيفة X``) takes no target: a report is no proposal or demand, and media relay."""
    return [
        replace(ev, target=tuple(t for t in ev.target if view.entities[t].sector != MEDIA))
        if ev.type == "REJECT" and any(view.entities[t].sector == MEDIA for t in ev.target)
        else ev
        for ev in events
    ]


#: "in exchange for" (مقابل رفع العقوبات), as written, normalised (not المقابل: "on the other hand")
_IN_EXCHANGE = frozenset(normalize(w) for w in ("مقابل", "ومقابل", "بمقابل", "فمقابل"))
#: the members, forces or factions of a doer, its name after them (مقابل إفراج فصائل الجيش الوطني عن),
#: normalised
_DOER_GROUPS = (
    MEMBER_WORDS | _FORCES | frozenset(normalize(w) for w in ("فصائل", "فصيل", "كتائب", "ميليشيات"))
)


def _prices_named_by_no_doer(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """An act's noun after "in exchange for" with no doer named right after it (``وافقت إيران على تقليص
    أنشطتها مقابل رفع العقوبات عنها``) is the price one side is to get, no act done: not coded. With its
    doer named it is the other side of a swap (``مقابل إطلاق ألمانيا سراح X``)."""
    if _IN_EXCHANGE.isdisjoint(view.norm):
        return events  # (nothing in exchange: most articles)
    out = []
    for ev in events:
        i = view.token_at(ev.trigger.start)
        if (
            0 < i < len(view.tokens) - 1
            and normalize(view.tokens[i - 1].text) in _IN_EXCHANGE
            and view.tokens[i].end == ev.trigger.end
            and view.actor(i + 1) is None
            and not (
                i + 2 < len(view.tokens)
                and view.core[i + 1] in _DOER_GROUPS
                and view.actor(i + 2) is not None
            )
        ):
            continue
        out.append(ev)
    return out


#: "for the sake of" (من أجل الإفراج عن), its second word as a core, and the word written whole with ل
_FOR_SAKE = normalize("أجل")
_FOR_SAKE_WHOLE = normalize("لأجل")


def _goals_pressed_for(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """An act's noun right after "for the sake of" (``طالبت الجبهة الاتحاد الأفريقي بالضغط من أجل انسحاب
    القوات الإريترية``) is the goal pressed for, no act done: not coded (its doer is still the one a
    pronoun after it may stand for: ``متهمة إياها``, so it is dropped only here)."""
    if _FOR_SAKE not in view.core:
        return events  # (nothing pressed for: most articles)
    out = []
    for ev in events:
        i = view.token_at(ev.trigger.start)
        if (
            i > 1
            and view.core[i - 1] == _FOR_SAKE
            and (view.core[i - 2] == FROM or normalize(view.tokens[i - 1].text) == _FOR_SAKE_WHOLE)
        ):
            continue
        out.append(ev)
    return out


#: acts by whoever holds someone in custody (released, deported, sentenced, charged)
_CUSTODIAL_TYPES = frozenset({"RETREAT", "COERCE", "SANCTION"})
#: an abduction, whose captive only its captor sets free
_ABDUCTION = ("ASSAULT", "abduct")


def _doer_told(view: DocView, i: int) -> bool:
    """An agent phrase follows the act at ``i`` in its clause, naming its doer or not (``بعد اختطافه على
    يد مسلحين مجهولين``)."""
    for k in range(i + 1, min(len(view.core), i + 1 + _AGENT_REACH)):
        if view.is_hard(k):
            return False
        if view.core[k] == HAND or (view.core[k] == BEFORE and view.core[k - 1] == FROM):
            return True
    return False


def _custody_of_those_let_go(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """A detention named by its noun with a pronoun for the detained and no agent (``أفرجت السلطات
    التركية عن X بعد عام من احتجازه``، ``رحلت السلطات المصرية X بعد احتجازها``) is by whoever acts on
    the same person in its sentence, releasing, deporting or trying them: they held them; an abduction
    so named (``أفرجت الجماعة عن X بعد شهرين من اختطافه``) is by whoever releases them."""
    if all(ev.type != "COERCE" and (ev.type, ev.mode) != _ABDUCTION for ev in events):
        return events  # (no arrest or abduction told)
    out = []
    for ev in events:
        i = view.token_at(ev.trigger.start)
        abduction = (ev.type, ev.mode) == _ABDUCTION
        if (
            ((ev.type == "COERCE" and ev.mode == _ARREST) or (abduction and not _doer_told(view, i)))
            and not ev.source
            and ev.target
            and not ev.negated
            and has_suffix(doc.tokens[i])
            and i not in view.verbs
        ):
            holder = next(
                (
                    other
                    for other in events
                    if other is not ev
                    and (
                        (other.type, other.mode) == _RELEASE if abduction else other.type in _CUSTODIAL_TYPES
                    )
                    and other.source
                    and not other.negated
                    and (
                        set(ev.target) <= set(other.target)
                        # (its singular pronoun stands for the one person released before it, whoever
                        # else is named between: عن X، والد اللاعب Y، بعد 12 يوما من اختطافه)
                        or (
                            abduction
                            and len(other.target) == 1
                            and other.trigger.start < ev.trigger.start
                            and suffix_form(doc.tokens[i]) in _SINGULAR_SUFFIXES
                        )
                    )
                    and doc.tokens[view.token_at(other.trigger.start)].sentence == doc.tokens[i].sentence
                ),
                None,
            )
            if holder is not None:
                ev = replace(
                    ev,
                    source=holder.source,
                    target=ev.target if set(ev.target) <= set(holder.target) else holder.target,
                )
        out.append(ev)
    return out


def _fasters_let_go(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """A hunger strike told with no striker as the time of what befell someone (``توفيت X بعد 244 يوما من
    الإضراب عن الطعام``، ``أفرجت السلطات عن X بعد أسبوع من الإضراب عن الطعام``، ``نقلت X إلى مستشفى بعد
    أيام من إعلانه إضرابا عن الطعام``) is the fast of the last person named before it in its sentence:
    the one who died, was freed or moved after fasting."""
    out = []
    for ev in events:
        if ev.type == "PROTEST" and not ev.source and not ev.negated:
            i = view.token_at(ev.trigger.start)
            if _fast_as_time(view, i) and (
                striker := view.previous_actor(i, [], any_preposition=True, types=("PER",))
            ):
                ev = replace(ev, source=tuple(striker), target=())
        out.append(ev)
    return out


def _fast_as_time(view: DocView, i: int) -> bool:
    """The noun at ``i`` names a hunger strike (``إضراب عن الطعام``) after a word of time, a span and من
    between or not, and its striker's starting it or not (``بعد إضراب``، ``بعد 86 يوما من الإضراب``،
    ``بعد يومين من إعلانه الإضراب``)."""
    if i + 2 >= len(view.core) or view.core[i + 1] != ABOUT or view.bare[i + 2] not in _FOOD:
        return False
    k = i - 1
    if k > 0 and view.core[k] in _FAST_STARTED:
        k -= 1  # (his starting it: بعد أيام من إعلانه الإضراب)
    if k > 1 and view.core[k] == FROM and view.bare[k - 1] in _SPANS:
        k -= 2  # (a span of time from it: بعد أسبوع من الإضراب، بعد 86 يوما من)
        if view.core[k].isdigit() or view.core[k] in number_words():
            k -= 1
    return k >= 0 and view.core[k] in _TIME_LINKS


#: the food a hunger strike is waged about (إضراب عن الطعام), bare
_FOOD = frozenset(bare(normalize(w)) for w in ("الطعام", "الأكل"))
#: a striker's starting a hunger strike, with his pronoun (بعد أيام من إعلانه الإضراب), normalised
_FAST_STARTED = frozenset(
    normalize(stem + suffix) for stem in ("إعلان", "دخول", "خوض", "بدء") for suffix in ("ه", "ها")
)


def _hand_overs_of_those_let_go(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """A hand-over of "them" right after their release in its sentence (``أفرجت حركة حماس عن عشرة رهائن
    وسلمتهم إلى اللجنة الدولية للصليب الأحمر``) is the release told on, no act of its own: the release
    goes to the recipient where it names no one, and the hand-over is not coded again."""
    if all(ev.type != "COOPERATE" for ev in events):
        return events  # (no hand-over told)
    out: list[Event] = []
    for ev in events:
        i = view.token_at(ev.trigger.start)
        released = (
            next(
                (
                    k
                    for k in range(len(out) - 1, -1, -1)
                    if out[k].type == "RETREAT"
                    and not out[k].negated
                    and out[k].trigger.start < ev.trigger.start
                    and doc.tokens[view.token_at(out[k].trigger.start)].sentence == doc.tokens[i].sentence
                    and (not ev.source or set(ev.source) & set(out[k].source))
                ),
                None,
            )
            if ev.type == "COOPERATE"
            and not ev.negated
            and has_suffix(doc.tokens[i])
            and view.core[i].startswith(_HANDED)
            else None
        )
        if released is None:
            out.append(ev)
        elif not out[released].target:
            out[released] = replace(out[released], target=ev.target)
    return out


#: the stem of handing over (سلمتهم), normalised
_HANDED = normalize("سلم")


def _aid_thanked_for(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """Aid told as what the thanks shortly before it are given for (``شكر وزير الخارجية التركي جاويش أوغلو
    أثينا على إرسالها فرق إنقاذ``) is given by the one thanked (not the thanking subject its pronoun was
    taken for: ``شكرت الحكومة اللبنانية الأردن على إرسالها مساعدات``) to the thanking side where it names
    no recipient: a state or body that thanks, or the country of a person who does."""
    if all(ev.type != "AID" for ev in events):
        return events  # (no aid told: none thanked for)
    out: list[Event] = []
    for ev in events:
        i = view.token_at(ev.trigger.start)
        on = _after_on(doc.tokens, view.core, i) if ev.type == "AID" and ev.source and not ev.negated else 0
        thanks = (
            next(
                (
                    t
                    for t in events
                    if t.type == "SUPPORT"
                    and t.sentence == ev.sentence
                    and t.trigger.end <= doc.tokens[on].start
                    and t.target
                    and (
                        (set(ev.source) <= set(t.target) and not ev.target)
                        or (set(ev.source) == set(t.source) and has_suffix(doc.tokens[i]))
                    )
                ),
                None,
            )
            if on and _thanked_for(doc.tokens, view.core, on)
            else None
        )
        if thanks is not None:
            side = [
                e
                for s in thanks.source
                if (e := _thanking_side(view, s)) is not None and not view.same_side(e, thanks.target)
            ]
            mistaken = set(ev.source) == set(thanks.source)
            named = tuple(t for t in ev.target if t not in thanks.target)  # (أرسلتها إلى غزة: where it went)
            ev = replace(
                ev,
                source=thanks.target if mistaken else ev.source,
                target=named or tuple(dict.fromkeys(side)),
            )
        out.append(ev)
    return out


def _thanking_side(view: DocView, thanker: str) -> str | None:
    """The side a thanker speaks for: a state or body itself, a person's country where the text names it."""
    entity = view.entities[thanker]
    if entity.type != "PER":
        return thanker
    return view.country_entity(entity.country) if entity.country is not None else None


#: flights, travel and overflight, bare: what a ban or a suspension may be on (تعليق الرحلات إلى مصر)
_FLIGHTS = frozenset(
    bare(normalize(w))
    for w in (
        *("الرحلات", "رحلات", "رحلاتها", "الرحلة", "السفر", "سفر", "الطيران", "التحليق", "الطائرات"),
        *("طائرات", "الملاحة", "المجال"),
    )
)
#: how many tokens after a ban's trigger its flights may be named, and the country after them
_FLIGHTS_REACH = 5
_FLIGHT_TYPES = frozenset({"COERCE", "SANCTION", "RETREAT"})


def _flights_to_a_country(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """A ban or a suspension of flights or travel to or from a country (``تعليق جميع الرحلات الجوية من
    روسيا إلى مصر``، ``فرضت بريطانيا حظرا على الرحلات القادمة من جنوب أفريقيا``، ``يرفع الحظر عن الرحلات
    السياحية إلى تركيا``) is on that country, the first named after the flights that is not the
    banning one's: a sanction of it, or the lifting of one."""
    entities = {e.id: e for e in doc.entities}
    out = []
    for ev in events:
        if ev.type in _FLIGHT_TYPES and _unaimed(ev):
            own = {entities[e].country for e in ev.source if e in entities} - {None}
            i = view.token_at(ev.trigger.start)
            end = min(len(doc.tokens), i + 1 + _FLIGHTS_REACH)
            flights = next(
                (
                    k
                    for k in range(i + 1, end)
                    if view.bare[k] in _FLIGHTS and doc.tokens[k].sentence == doc.tokens[i].sentence
                ),
                None,
            )
            country = None
            if flights is not None:
                for k in range(flights + 1, min(len(doc.tokens), flights + 1 + _FLIGHTS_REACH)):
                    a = view.at.get(k)
                    if view.is_boundary(k) or doc.tokens[k].sentence != doc.tokens[i].sentence:
                        break
                    if (
                        a is not None
                        and a.etype == "GPE"
                        and a.prep in (_TO, FROM)
                        and (e := entities.get(a.entities[0])) is not None
                        and (e.kb_id or "").count(":") == 1  # a country, not a town
                        and e.country not in own
                    ):
                        country = a.entities[0]
                        break
            if country is not None and ev.type == "COERCE":
                # (a coercion's mode is no sanction's: a sanction of no mode)
                ev = replace(ev, type="SANCTION", mode=None, target=(country,))
            elif country is not None:
                ev = replace(ev, target=(country,))
        out.append(ev)
    return out


#: treaties and accords (bare), and how far after a sanction's word one may stand and its party after مع
_TREATIES = frozenset(
    bare(normalize(w))
    for w in (
        *("معاهدة", "المعاهدة", "اتفاقية", "الاتفاقية", "اتفاق", "الاتفاق"),
        *("بمعاهدة", "باتفاقية", "باتفاق"),
    )
)
_TREATY_REACH = 4
_TREATY_PARTY_REACH = 12


def _treaties_with_a_party(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """A treaty or accord suspended or ended by its one party (``علقت الجزائر معاهدة الصداقة ... مع
    إسبانيا``، ``تعليق العمل بمعاهدة مياه نهر السند مع باكستان``) is a sanction of the party named after
    ``مع`` in its clause."""
    out = []
    for ev in events:
        if ev.type == "SANCTION" and _unaimed(ev):
            i = view.token_at(ev.trigger.start)
            hi = view.bounds[doc.tokens[i].sentence][1]
            treaty = next(
                (
                    k
                    for k in range(i + 1, min(hi, i + 1 + _TREATY_REACH))
                    if view.bare[k] in _TREATIES and not view.is_boundary(k)
                ),
                hi,  # (no treaty named: no party sought)
            )
            for k in range(treaty + 1, min(hi, i + 1 + _TREATY_PARTY_REACH)):
                if view.is_boundary(k):
                    break
                a = view.actor(k)
                if a is not None and a.prep == WITH and not set(a.entities) & set(ev.source):
                    ev = replace(ev, target=tuple(a.entities))
                    break
        out.append(ev)
    return out


#: a complaint's noun (شكوى، بشكوى، شكاوى), as written
_COMPLAINT = re.compile("شكو|شكاو")


def _claims_of_lawsuits(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """A demand in the accusative after a lawsuit its actor filed in the sentence, aimed at no one
    (``رفع البنك دعوى أمام محكمة ضد الشركة، مطالبا بتعويضات``، ``مطالبة``): what the lawsuit claims, no
    request of its own (but a complaint lodged with a body asks that body to act: تقدم الوزير بشكوى إلى
    اليونسكو، مطالبا بـ)."""
    out: list[Event] = []
    for ev in events:
        if (
            ev.type == _ASKED
            and ev.source
            and not ev.target
            and ev.trigger.text.endswith(("ا", "ة"))
            and any(
                p.type == "ACCUSE"
                and p.mode == _SUE
                and _COMPLAINT.search(p.trigger.text) is None
                and p.sentence == ev.sentence
                and set(p.source) == set(ev.source)
                and p.trigger.end <= ev.trigger.start
                for p in out
            )
        ):
            continue
        out.append(ev)
    return out


#: the verb of accusing, its perfect and imperfect stems (اتهمته، وتتهمها), normalised
_ACCUSING_STEMS = tuple(normalize(w) for w in ("اتهم", "تتهم", "يتهم"))


def _accused_after_an_act(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """An accusation whose verb carries its object pronoun and is joined to an act of the same actor told
    just before in its sentence (``فرضت الخزانة عقوبات على شبكة يديرها X، تتهمها بتهريب النفط إلى Y``،
    ``اعتقلت الجماعة موظفين لدى الأمم المتحدة واتهمتهم بالتجسس``) accuses the one that act was done to:
    the pronoun takes that object back, and no one named in the charge is the accused (unless the act's
    object is read as fewer of them than the accusation already names)."""
    if all(ev.type != "ACCUSE" for ev in events):
        return events  # (no accusation told)
    out: list[Event] = []
    for ev in events:
        i = view.token_at(ev.trigger.start)
        token = view.tokens[i]
        if (
            ev.type == "ACCUSE"
            and ev.source
            and has_suffix(token)
            and view.core[i].startswith(_ACCUSING_STEMS)
            and ("و" in token.proclitics or (i > 0 and view.tokens[i - 1].text in _COMMAS))
        ):
            act = next(
                (
                    p
                    for p in reversed(out)
                    if p.sentence == ev.sentence and p.trigger.end <= ev.trigger.start and not p.negated
                ),
                None,
            )
            if (
                act is not None
                and act.type != "ACCUSE"
                and act.target
                and set(act.source) == set(ev.source)
                # (not where the pronoun was read as more of them: هدد X بسجن Y وZ، واتهمهما)
                and not set(act.target) < set(ev.target)
            ):
                ev = replace(ev, target=act.target)
        out.append(ev)
    return out


#: acts of force or coercion a condemnation may be of, and how many sentences before its own one counts
_FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
_FORCE_TOLD_REACH = 1


#: what a call asks its addressee to undo or answer for (مطالبة واشنطن بالإفراج عنها، طالب الجماعة
#: بالانسحاب، داعيا بنوم بنه إلى توضيح، دعا أنقرة إلى التراجع), bare, and how far after the call's verb
_UNDOING = frozenset(
    bare(normalize(a + w))
    for a in ("", "ال")
    for w in ("إفراج", "انسحاب", "تراجع", "إلغاء", "إعادة", "توضيح", "تصحيح", "وفاء", "كف")
)
_UNDOING_REACH = 8


def _undoing_asked(view: DocView, call: Event) -> bool:
    """Call ``call`` asks its addressee to undo a deed or answer for it, within a few words of its verb
    in its clause (``مطالبة واشنطن بالإفراج الفوري عنها``), not to act on a deed of others (``حثت الحكومة
    على تقديم الجناة إلى العدالة``)."""
    i = view.token_at(call.trigger.start)
    for k in range(i + 1, min(len(view.tokens), i + 1 + _UNDOING_REACH)):
        if view.is_boundary(k) or view.tokens[k].text in _COMMAS:
            return False
        if view.bare[k] in _UNDOING:
            return True
    return False


def _condemned_then_asked(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """A condemnation or criticism that names no one it is aimed at, followed in its sentence by a call of
    the same actor on someone named (``ونددت حكومة طالبان بما وصفته بـ"الاستيلاء" على أموال الشعب،
    مطالبة واشنطن بالإفراج عنها``، ``ودان المجلس ما وصفه بـ"الانقلاب"، وطالب الجماعة بالانسحاب``) is
    aimed at the one called on: the actor asked to undo the deed is the one who did it. Not where an act of
    force or coercion is told in its sentence or the one before (``قتل مسلحون مجهولون الصحفي ... ودانت
    اليونسكو مقتله، وحثت السلطات على تقديم الجناة إلى العدالة``): the authorities called on to protect or to
    prosecute did not do the deed."""
    if all(ev.type != "ACCUSE" or ev.target for ev in events):
        return events  # (no stance aimed at no one)
    # (the sentences where an act of force or coercion with an actor is told)
    forced = {
        view.tokens[view.token_at(a.trigger.start)].sentence
        for a in events
        if a.type in _FORCE_TYPES and (a.source or a.target)
    }
    out: list[Event] = []
    for n, ev in enumerate(events):
        i = view.token_at(ev.trigger.start)
        if (
            ev.type == "ACCUSE"
            and ev.mode == _DISAPPROVE
            and ev.source
            and not ev.target
            # (not an envoy summoned: the stance is aimed at his state)
            and not view.core[i].startswith(_SUMMONED)
            and not ev.negated
            and not any(0 <= view.tokens[i].sentence - s <= _FORCE_TOLD_REACH for s in forced)
        ):
            call = next(
                (
                    r
                    for r in events[n + 1 :]
                    if r.sentence == ev.sentence
                    and r.trigger.start > ev.trigger.end
                    and r.type == _ASKED
                    and set(r.source) == set(ev.source)
                    and not r.negated
                ),
                None,
            )
            if call is not None and call.target and _undoing_asked(view, call):
                ev = replace(ev, target=tuple(t for t in call.target if t not in ev.source))
        out.append(ev)
    return out


def _warrants_asked_for(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """A warrant whose issuing is asked for (``طلب المدعي العام كريم خان إصدار مذكرات اعتقال بحق X``)
    accuses whom it names by the one who asks: the request, to a court, names none of them."""
    asker: dict[int, Event] = {}  # id of the warrant → the request asking for it
    for ev in events:
        i = view.token_at(ev.trigger.start)
        if ev.type != "ACCUSE" or ev.source or not _a_ruling(doc, ev) or i < 2:
            continue
        if view.bare[i - 1] != _ISSUING_NOUN:
            continue
        sentence = view.tokens[i].sentence
        requests = [
            (k, r)
            for r in events
            if r.type == "REQUEST"
            and r.source
            and i - _ASKED_WARRANT_REACH <= (k := view.token_at(r.trigger.start)) < i
            and view.tokens[k].sentence == sentence
        ]
        if requests:
            asker[id(ev)] = max(requests, key=lambda kr: kr[0])[1]
    asking = {id(r) for r in asker.values()}
    return [
        replace(ev, source=asker[id(ev)].source) if id(ev) in asker else ev
        for ev in events
        if id(ev) not in asking
    ]


#: how far back from an act's noun "resulted in" (_RESULTED) may stand (past the first result: أسفرت عن
#: ضبط معمل لتصنيع الحبوب في ريف درعا واعتقال أربعة)
_RESULT_REACH = 12


def _results_of_operations(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """A seizure or an arrest with no agent of its own that an operation or a campaign "resulted in"
    (``عملية مشتركة نفذتها X مع Y أسفرت عن ضبط معمل واعتقال أربعة``، ``نفذت X، بالتعاون مع Y، حملة تفتيش
    أسفرت عن ضبط 340 عاملا``) is by the bodies named before in its sentence, after no preposition but
    مع, no town or site: those who carried it out."""
    out = []
    for ev in events:
        if ev.type != "COERCE" or ev.source:
            out.append(ev)
            continue
        i = view.token_at(ev.trigger.start)
        lo = view.bounds[view.tokens[i].sentence][0]
        about = next(
            (
                k
                for k in range(i - 1, max(lo, i - _RESULT_REACH), -1)
                if view.core[k] == ABOUT and view.core[k - 1] in _RESULTED
            ),
            None,
        )
        if about is not None:
            doers: list[str] = []
            for k in range(lo, about - 1):
                a = view.actor(k)
                if (
                    a is not None
                    and a.first == k
                    and a.prep in (None, WITH)
                    and a.etype not in ("LOC", "FAC")
                    and not is_town(view.entities[a.entities[0]])
                ):
                    doers.extend(e for e in a.entities if e not in doers and e not in ev.target)
            if doers:
                ev = replace(ev, source=tuple(doers))
        out.append(ev)
    return out


#: "investigation" and the verbs of one carried out by whom is named after them (في إطار تحقيق تجريه
#: النيابة، بناء على تحقيق أجراه الادعاء), normalised; how far after an arrest the investigation may be told
_INVESTIGATION = normalize("تحقيق")
_INVESTIGATING = frozenset(
    normalize(w)
    for w in ("تجريه", "يجريه", "أجراه", "أجرته", "أطلقته", "أطلقه", "تقوده", "يقوده", "فتحته", "فتحه")
)
_INVESTIGATION_REACH = 12


def _investigations_behind_arrests(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """An arrest told with the investigation it was made in and who conducts it (``اعتقلت الشرطة التركية
    أكرم إمام أوغلو في إطار تحقيق تجريه النيابة العامة في إسطنبول``) tells that the investigator accuses
    the one arrested: an ACCUSE of its own, after the arrest."""
    out = []
    for ev in events:
        out.append(ev)
        if ev.type != "COERCE" or not ev.target or ev.negated:
            continue
        i = view.token_at(ev.trigger.start)
        hi = view.bounds[view.tokens[i].sentence][1]
        k = next(
            (
                k
                for k in range(i + 1, min(hi - 2, i + _INVESTIGATION_REACH))
                if normalize(view.tokens[k].text) == _INVESTIGATION
                and not any(view.is_hard(j) for j in range(i + 1, k))
            ),
            None,
        )
        if k is None or normalize(view.tokens[k + 1].text) not in _INVESTIGATING:
            continue
        a = view.actor(k + 2)
        investigators = tuple(e for e in a.entities if e not in ev.target) if a is not None else ()
        if investigators:
            token = view.tokens[k]
            out.append(
                Event(
                    id="",
                    type="ACCUSE",
                    trigger=TextSpan(token.start, token.end, token.text),
                    sentence=ev.sentence,
                    mode=_INVESTIGATE,
                    source=investigators,
                    target=ev.target,
                    date=ev.date,
                )
            )
    return out


#: "given" after goods, with their giver after من (أدوية مقدمة من مصر، المنحة المقدمة من السعودية), normalised
_GIVEN_BY = frozenset(normalize(w) for w in ("مقدمة", "المقدمة", "مقدمتين", "مقدم", "المقدم", "مقدمين"))
#: goods and money a giver named after :data:`_GIVEN_BY` gives, bare
_GIVEN_GOODS = frozenset(
    bare(normalize(w))
    for w in (
        *("أدوية", "مستلزمات", "مساعدات", "منحة", "هبة", "شحنة", "شحنات", "طن", "طنا", "أطنان", "قمح"),
        *("زوارق", "زورق", "طائرات", "طائرتين", "مسيرتين", "معدات", "محطات", "جرعة", "جرعات", "لقاح"),
        *("لقاحات", "دعم", "تمويل", "وقود", "مشتقات", "أغذية", "مواد", "آليات", "أجهزة", "سيارات", "قرض"),
    )
)
#: how many words before "given" its goods may be named (شحنة من 3 آلاف طن من القمح مقدمة من دولة قطر)
_GOODS_REACH = 6


def _received_by(view: DocView, k: int, lo: int) -> list[str]:
    """Who received, named right after the last verb of receiving before ``k`` in its sentence (``تسلمت
    وزارة المواصلات شحنة ...``); none where no such verb is."""
    got = next((j for j in range(k - 1, lo - 1, -1) if view.core[j] in RECEIVING), None)
    after = view.actor(got + 1) if got is not None and got + 1 < k else None
    return view.group_after(after)[0] if after is not None and after.prep is None else []


def _goods_given_by(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """Goods or money told as given by someone named after من (``طائرتان تحملان 20 طنا من الأدوية مقدمة
    من مصر إلى السودان``، ``منحة المشتقات النفطية المقدمة من البرنامج السعودي``): aid from the giver, to
    whom إلى or ل names after it, else to who received them (``تسلمت وزارة المواصلات شحنة معدات مقدمة
    من الحكومة الإيطالية``); not where the article tells aid by that giver already (``تسلم الحرس البحري
    التونسي ستة زوارق مقدمة من إيطاليا``)."""
    if _GIVEN_BY.isdisjoint(view.norm):
        return events  # (no goods told as given by someone: most articles)
    out = list(events)
    for k in range(1, len(view.tokens) - 2):
        if view.norm[k] not in _GIVEN_BY or view.tokens[k].proclitics or view.core[k + 1] != FROM:
            continue
        giver = view.actor(k + 2)
        lo, hi = view.bounds[view.tokens[k].sentence]
        if giver is None or not any(
            view.bare[j] in _GIVEN_GOODS for j in range(max(lo, k - _GOODS_REACH), k)
        ):
            continue
        source, last = view.group_after(giver)
        if any(ev.type == "AID" and set(ev.source) & set(source) for ev in events):
            continue  # (the giving told in the article already: تقدمها الدول الثلاث ... الدعم المقدم منها)
        after = view.actor(last + 2) if last + 2 < hi and view.core[last + 1] == _TO else None
        if after is None and last + 1 < hi:
            after = view.actor(last + 1)
            after = after if after is not None and after.prep == "ل" else None
        # (else who received them: تسلمت وزارة المواصلات شحنة معدات مقدمة من الحكومة الإيطالية)
        target = view.group_after(after)[0] if after else _received_by(view, k, lo)
        out.append(_told_by_token(doc, view, k, "AID", source, [e for e in target if e not in source]))
    return out


#: the stem of planting explosives (زرعها، زرعتها), bare
_PLANTING = bare(normalize("زرع"))


def _explosives_planted_by(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """An explosion told with who planted the device, in a relative clause on it (``قتل أربعة جنود بانفجار
    عبوة ناسفة زرعتها حركة الشباب``، ``في انفجار عبوة ناسفة زرعها عناصر حزب العمال الكردستاني``): the
    planter, or the body of its members, is the attacker; the planting is no attack of its own."""
    if all(ev.type != "ASSAULT" for ev in events):
        return events  # (no attack told: no explosion to give its planter)
    drop: set[int] = set()
    out = list(events)
    for k in range(1, len(view.tokens) - 1):
        if not view.bare[k].startswith(_PLANTING) or not has_suffix(view.tokens[k]):
            continue
        a = view.actor(k + 1)
        if a is None and k + 2 < len(view.tokens) and view.bare[k + 1] in MEMBER_WORDS:
            a = view.actor(k + 2)  # زرعها عناصر حزب العمال: its members
        if a is None or a.prep not in (None, GENITIVE_IN_PP):
            continue
        planter = view.group_after(a)[0]
        lo, _ = view.bounds[view.tokens[k].sentence]
        start, end = view.tokens[lo].start, view.tokens[k].start
        blasts = [
            n
            for n, ev in enumerate(out)
            if ev.type == "ASSAULT" and not ev.source and start <= ev.trigger.start < end
        ]
        if not blasts:
            continue
        n = blasts[-1]
        out[n] = replace(
            out[n], source=tuple(planter), target=tuple(t for t in out[n].target if t not in planter)
        )
        drop |= {id(ev) for ev in out if ev.type == "ASSAULT" and ev.trigger.start == view.tokens[k].start}
    return [ev for ev in out if id(ev) not in drop]


#: how far after a refusal the request it refuses may be told (رفضت محكمة الاستئناف الفرنسية طلب الجزائر)
_REFUSED_REQUEST_REACH = 8
#: a request, condition or proposal told again by its definite noun, bare
_REQUESTS_TOLD_AGAIN = frozenset(
    bare(normalize(w))
    for w in ("الطلب", "المطلب", "المطالب", "الشرط", "الشروط", "المقترح", "الاقتراح", "الدعوة", "الدعوات")
)
#: "refuse": a refusal's stem (not a denial: نفت، نافية)
_REFUSAL_STEM = normalize("رفض")
#: the stems of answers to a request that name whom it was made to: refused or accepted (رفضت، وافقت)
_ANSWER_STEMS = (_REFUSAL_STEM, normalize("وافق"))


def _refused_requests(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """A refusal with no target, of a request told right after it in its clause by its asker (``رفضت
    المحكمة الفرنسية طلب الجزائر تسليم X``): the asker is refused. A request so told right after a
    refusal or an acceptance, made to no one named, was made to the one who answers it (``رفضت أوكرانيا
    مطلب الكرملين``، ``وافقت الحكومة الإسبانية على طلب الولايات المتحدة``، ``رفضت دفع التعويضات التي
    طالبت بها الدول الأربع``)."""
    out = []
    addressed: dict[int, tuple[str, ...]] = {}

    for ev in events:
        i = view.token_at(ev.trigger.start)
        if (
            ev.type in ("REJECT", "AGREE")
            and ev.source
            and not ev.negated
            and any(stem in normalize(ev.trigger.text) for stem in _ANSWER_STEMS)
        ):
            for r in events:
                k = view.token_at(r.trigger.start)
                if (
                    r.type == "REQUEST"
                    and r.source
                    and not r.target
                    and not set(r.source) & set(ev.source)
                    and _told_right_after(view, i, k)
                    # (a verb only in a relative clause on what is refused: التعويضات التي طالبت بها X;
                    # not رفض السودان قرار مجلس الأمن الذي يدعو, which asks others; a noun only for a call
                    # or a request, not a demand, which may be put to others: رفضت المكسيك مطلب ترامب)
                    and (
                        k + 1 < len(view.core) and view.core[k + 1] in WITH_IT
                        if k in view.verbs
                        else bare(normalize(r.trigger.text)).startswith(_CALL_STEMS)
                    )
                ):
                    addressed.setdefault(id(r), ev.source)
        if (
            ev.type == "REJECT"
            and not ev.target
            and not ev.negated
            and ev.source
            and _REFUSAL_STEM in normalize(ev.trigger.text)
        ):
            asked = [
                r
                for r in events
                if r.type == "REQUEST"
                and r.source
                and not set(r.source) & set(ev.source)
                and _told_right_after(view, i, view.token_at(r.trigger.start))
            ]
            if not asked and _request_told_again(view, i) is not None:
                # رفض المتحف البريطاني الطلب مجددا: the request told before, in its sentence or the one
                # before, by its latest asker
                sentence = view.tokens[i].sentence
                asked = [
                    r
                    for r in events
                    if r.type == "REQUEST"
                    and r.source
                    and not set(r.source) & set(ev.source)
                    and r.trigger.end <= ev.trigger.start
                    and sentence - 1 <= view.tokens[view.token_at(r.trigger.start)].sentence <= sentence
                ][-1:]
            if asked:
                ev = replace(ev, target=asked[0].source)
        out.append(ev)
    return [replace(ev, target=addressed[id(ev)]) if id(ev) in addressed else ev for ev in out]


def _told_right_after(view: DocView, i: int, k: int) -> bool:
    """Token ``k`` comes a few words after the refusal at ``i``, in its clause, no verb between
    (``رفضت المحكمة طلب الجزائر``، ``رفض السودان تلويح رايس``)."""
    return i < k <= i + _REFUSED_REQUEST_REACH and not any(
        view.is_boundary(j) or j in view.clause_verbs for j in range(i + 1, k)
    )


def _refused_threats(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """A threat with no target told, by its maker as its genitive, right after a refusal aimed at that
    maker (``رفض المجلس العسكري تهديد المجموعة بالتدخل``، ``رفض السودان تلويح رايس بالمواجهة``): it was
    made to the one who refuses it."""
    out = []
    for ev in events:
        if ev.type == "THREATEN" and _unaimed(ev):
            k = view.token_at(ev.trigger.start)
            refusal = next(
                (
                    r
                    for r in events
                    if r.type == "REJECT"
                    and r.source
                    and not r.negated
                    and set(ev.source) <= set(r.target)
                    and not set(r.source) & set(ev.source)
                    and _REFUSAL_STEM in normalize(r.trigger.text)
                    and _told_right_after(view, view.token_at(r.trigger.start), k)
                ),
                None,
            )
            if refusal is not None:
                ev = replace(ev, target=refusal.source)
        out.append(ev)
    return out


#: the stems of asking and demanding (طلب، طالب، تطالب): a call for something (دعا إلى) made at a meeting is
#: not thereby made to the one met, normalised
_DEMAND_STEMS = tuple(normalize(w) for w in ("طلب", "طالب"))
#: what stands between any request and the meeting it was made at, told between commas after its subject
#: (دعا المستشار الألماني X، خلال لقائه Y، إلى الإفراج): the subject's words, a comma, خلال or في
_MEETING_BETWEEN_COMMAS = re.compile(r"[^،,.]{1,80}[،,]\s*(?:خلال|في)\s+")


def _calls_made_at_meetings(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """A demand or an ask that names no one it is made to, in the sentence of a meeting or call its asker
    had with someone not a place (``طالب المستشار الألماني X، خلال لقائه الرئيس المصري Y، بالإفراج عن``،
    ``أجرى X اتصالا هاتفيا بنظيره Y، طلب خلاله``، ``واجتمع Y بـX، وطالبه الأخير``), or any call told with
    that meeting between commas right after its subject (``دعا X، خلال لقائه Y، إلى الإفراج``): it is made
    to the other side of the meeting."""
    out = []
    for ev in events:
        if (
            ev.type == "REQUEST"
            and _unaimed(ev)
            # (not the one met's demand told in a relative clause: أجرى X اتصالا مع Y، الذي طالب بـ)
            and not view.after_relative(view.token_at(ev.trigger.start))
        ):
            asker = set(ev.source)
            demand = any(stem in normalize(ev.trigger.text) for stem in _DEMAND_STEMS)
            met = next(
                (
                    other
                    for m in events
                    if m.type == "CONSULT"
                    and m.sentence.start == ev.sentence.start
                    and not m.negated
                    and (
                        demand or _MEETING_BETWEEN_COMMAS.fullmatch(doc.text, ev.trigger.end, m.trigger.start)
                    )
                    for side, other in ((m.source, m.target), (m.target, m.source))
                    if asker <= set(side)
                    and other
                    and not asker & set(other)
                    and not any(view.entities[e].type in PLACE_TYPES for e in other)
                ),
                None,
            )
            if met is not None:
                ev = replace(ev, target=met)
        out.append(ev)
    return out


def _request_told_again(view: DocView, i: int) -> int | None:
    """The token of a definite noun of a request, condition or proposal after the refusal at ``i`` in its
    clause, no genitive after it (``ورفضت أبيدجان الشرط``، ``رفض المتحف البريطاني الطلب مجددا``): a
    request told before; None where there is none."""
    for k in range(i + 1, min(i + 1 + _REFUSED_REQUEST_REACH, len(view.tokens))):
        if view.is_boundary(k) or k in view.clause_verbs:
            return None
        if view.bare[k] in _REQUESTS_TOLD_AGAIN and not view.tokens[k].proclitics:
            after = k + 1
            if after < len(view.tokens) and (after in view.at or view.core[after].startswith("ال")):
                return None  # (طلب الجزائر، الشرط الذي: its asker or what it is, told after it)
            return k
    return None


def _ordered_named(view: DocView, i: int, hi: int, target: list[str]) -> bool:
    """The order at ``i`` is given to someone named right after its verb and subject, with no preposition,
    the content after ب following the name (``أمرت محكمة العدل الدولية إسرائيل باتخاذ``): not an order to
    do something (``أمرت المحكمة بالإفراج عن X``), nor the noun (``أمر مروع``)."""
    ordered = next(
        (
            a
            for _, a in view.scan(i + 1, hi, window=_ORDER_REACH)
            if a is not None and a.entities[0] in target
        ),
        None,
    )
    return (
        ordered is not None
        and ordered.prep is None
        and ordered.last + 1 < hi
        and "ب" in view.tokens[ordered.last + 1].proclitics
    )


#: the verb "to order", a lemma, and how far after it the one ordered may be
_ORDER = "أمر"
_ORDER_REACH = 12


def _own_command(view: DocView, source: Sequence[str], target: Sequence[str]) -> bool:
    """An order that people give bodies of their own country, or bodies the knowledge base does not know
    and places nowhere (``أمر الرئيس عبد المجيد تبون شركة سوناطراك بوقف``، ``أمر وزير الداخلية X شرطة باريس
    بتسخير``، ``أمر X القوات المسلحة بتحييد``): a command to their own state's forces, services or
    companies, no demand made of another actor (not ``أمر ترامب شركة بايت دانس``, a company it knows)."""
    if not source or not target:
        return False
    people = [view.entities[e] for e in source]
    if any(p.type != "PER" for p in people):
        return False
    countries = {p.country for p in people} - {None}
    bodies = [view.entities[e] for e in target]
    return all(
        b.type == "ORG"
        and (b.country in countries if b.country is not None else (b.kb_id or "").startswith(LOCAL_ID_PREFIX))
        for b in bodies
    )


#: issuing, the verbal noun before a warrant asked for (طلب إصدار مذكرة توقيف), bare; how many tokens
#: before the warrant the request may stand, its subject between
_ISSUING_NOUN = bare(normalize("إصدار"))
_ASKED_WARRANT_REACH = 16


#: the verbs of what happened after "what" (ما جرى، بما حدث، ما وقع), bare
_HAPPENED = frozenset(bare(normalize(w)) for w in ("جرى", "حدث", "وقع", "يجري", "يحدث"))
#: adjectives of a body named before them that its name may leave out (الحكومة المؤقتة، المجلس الانتقالي),
#: bare
_BODY_ADJECTIVES = frozenset(
    bare(normalize(w))
    for w in (
        *("المؤقتة", "المؤقت", "الانتقالية", "الانتقالي", "الجديدة", "الجديد", "الحالية", "الحالي"),
        *("السابقة", "السابق", "المستقيلة", "المنتخبة", "المنتخب", "المقالة", "الحاكم", "الحاكمة"),
        "المعارض",  # (not المعارضة: وانتقد الحزب الحاكم المعارضة, the opposition)
        # a body dissolved or banned (ورحبت جمعية الوفاق المنحلة بالقرار)
        *("المنحلة", "المنحل", "المحظورة", "المحظور"),
    )
)
#: "the opposing" (feminine), bare: an adjective of a body named before it, or the opposition itself
_OPPOSING = bare(normalize("المعارضة"))
#: the nouns of an incident (ودانت المنظمة الحادث), bare: like what happened, the last act of force told
_INCIDENTS = frozenset(bare(normalize(w)) for w in ("الحادث", "الحادثة", "الواقعة"))
#: "the deed(s)" with an adjective calling it violence (العمل الإرهابي، الأعمال الإجرامية): an incident too
_DEED_NOUNS = frozenset(bare(normalize(w)) for w in ("العمل", "الأعمال"))
_VIOLENT_DEEDS = frozenset(
    bare(normalize(w))
    for w in (
        *("الإرهابي", "الإرهابية", "الإجرامي", "الإجرامية", "الجبان", "الجبانة", "الغادر", "الغادرة"),
        *("الوحشي", "الوحشية", "الهمجي", "الهمجية", "الشنيع", "الشنيعة"),
    )
)


#: stances that may be on an act told right after them, the acts, and how many tokens may stand between
_ON_ACT_STANCES = frozenset({"ACCUSE", "PROTEST"})  # (a refusal takes no target: the guide)
_STANCE_ACTS = frozenset({"ASSAULT", "COERCE", "SANCTION"})
_STANCE_ACT_REACH = 3
#: how far after the stance its subject may begin, titles before the name (وندد وزير الخارجية القطري X)
_STANCE_SUBJECT_REACH = 6


def _stances_on_acts(doc: Document, events: list[Event]) -> list[Event]:
    """A condemnation or a protest of an act told right after it with its agent (``ونددت حماس باغتيال
    إسرائيل X``، ``أعربت فرنسا عن إدانة الهجوم الذي شنته حماس``) is against the act's agent, not the one it
    was done to; right after it counts past its subject and an aside on the subject between commas, when
    the act's agent is named after it there (``وندد الشيخ X، الرئيس الروحي للطائفة، بالحصار الذي تفرضه Y``;
    not an attack whose author claims it in the next sentence)."""
    if all(ev.type not in _ON_ACT_STANCES for ev in events):
        return events  # (no stance told: no act to find)
    starts = [t.start for t in doc.tokens]
    entities = {e.id: e for e in doc.entities}
    out = []
    for ev in events:
        if ev.type in _ON_ACT_STANCES and not ev.negated:
            near = bisect_right(starts, ev.trigger.end - 1)
            end = _past_named_so(doc.tokens, _past_stance_subject(doc, starts, entities, ev, near))
            act = next(
                (
                    a
                    for a in events
                    if a.type in _STANCE_ACTS
                    and a.source
                    and a.sentence == ev.sentence
                    and 0 <= bisect_right(starts, a.trigger.start) - end <= _STANCE_ACT_REACH
                    and (
                        end == near
                        or any(
                            a.trigger.start <= m.start < a.sentence.end
                            for e in a.source
                            for m in entities[e].mentions
                        )
                    )
                    and set(ev.target) <= set(a.target)
                    and not set(a.source) & set(ev.source)
                ),
                None,
            )
            if act is not None:
                ev = replace(ev, target=act.source)
        out.append(ev)
    return out


def _past_named_so(tokens: Sequence[Token], k: int) -> int:
    """The token after ``بما وصفه بـ«`` at token ``k``: what the stance's subject called the deed it is on,
    whose word follows (``وندد X بما وصفه بـ"الحصار" الذي تفرضه Y``); else ``k``."""
    if k + 1 >= len(tokens) or tokens[k].norm not in _WHAT:
        return k
    if not tokens[k + 1].norm.startswith(NAMING_STEMS):
        return k
    k += 2
    while k < len(tokens) and (tokens[k].text in QUOTE_MARKS or tokens[k].norm in _BY_ALONE):
        k += 1
    return k


def _past_stance_subject(
    doc: Document, starts: list[int], entities: dict[str, Entity], ev: Event, k: int
) -> int:
    """The token after the subject of stance ``ev`` named within a few words after token ``k`` right after
    its trigger, and after an aside between commas that follows the subject; else ``k``."""
    for e in ev.source:
        for m in entities[e].mentions:
            if k <= bisect_right(starts, m.start) - 1 <= k + _STANCE_SUBJECT_REACH:
                k = max(k, bisect_right(starts, m.end - 1))
    if k < len(doc.tokens) and doc.tokens[k].text in _COMMAS:
        close = next(
            (
                c
                for c in range(k + 1, min(len(doc.tokens), k + 1 + APPOSITION_WINDOW))
                if doc.tokens[c].text in _COMMAS
            ),
            None,
        )
        if close is not None:
            k = close + 1
    return k


#: the stems of a visit (زيارة، الزيارة، بزيارة) and of visiting (زار، زارت، يزور), bare
_VISIT_STEMS = tuple(bare(normalize(w)) for w in ("زيار", "زار", "زور"))


#: a host "received him/her" (استقبله، استقبلتها), as written
_RECEIVING = ("استقبله", "استقبلها", "استقبلته", "استقبلتها")
#: words right after a visit that tell whom the visitor met there (زار كابل والتقى X، سيزور مسقط لبحث القضية
#: مع X، يزور الرباط للقاء X، وصل إلى الكويت حيث استقبله X), normalised, without a leading و
_MET_THERE = frozenset(
    normalize(w)
    for w in (
        *("التقى", "التقت", "التقيا", "يلتقي", "تلتقي", "سيلتقي", "ستلتقي", "للقاء", "لبحث", "لمناقشة"),
        *_RECEIVING,
        *("التقاه", "التقاها", "التقته"),
    )
)
#: a host's receiving the visitor just told (حيث استقبله X), normalised
_RECEIVED_HIM = frozenset(normalize(w) for w in (*_RECEIVING, "استقبلهم"))
#: the punctuation that ends the clause of whom a visitor met
_MET_CLAUSE_END = frozenset({"،", ",", ".", "؛", ";", ":"})


def _met_on_visit(
    doc: Document, starts: list[int], visit: Event, entities: Mapping[str, Entity]
) -> tuple[int, list[str]]:
    """The persons a visit's sentence names as met there, in the clause of a meeting word that follows the
    visit with no other actor between (``زار كابل والتقى وزير الخارجية X``، ``سيزور مسقط لبحث القضية مع
    X``), and the index of that word (-1 when there is none); ``starts``: the tokens' start offsets."""
    k = bisect_right(starts, visit.trigger.end)
    told = {*visit.source, *visit.target}
    spans = [
        (m.start, e.id)
        for e in entities.values()
        for m in e.mentions
        if visit.trigger.end <= m.start < visit.sentence.end
    ]
    while k < len(doc.tokens) and doc.tokens[k].start < visit.sentence.end:
        if doc.tokens[k].norm.removeprefix("و") in _MET_THERE:
            cue = doc.tokens[k].start
            # (the one received where he went: وصل X إلى الكويت للعزاء بوفاة Y، حيث استقبله Z)
            him = doc.tokens[k].norm in _RECEIVED_HIM and doc.tokens[k - 1].norm == _WHERE
            if not him and any(
                start < cue and e not in told and entities[e].type not in PLACE_TYPES for start, e in spans
            ):
                return -1, []  # زار X بغداد، فيما التقى Y: another's meeting
            end = next(
                (
                    t.start
                    for t in doc.tokens[k + 1 :]
                    if t.text in _MET_CLAUSE_END or t.start >= visit.sentence.end
                ),
                visit.sentence.end,
            )
            met = (e for start, e in sorted(spans) if cue < start < end and entities[e].type == "PER")
            return k, list(dict.fromkeys(e for e in met if e not in told))
        k += 1
    return -1, []


def _visit_host_persons(doc: Document, events: list[Event]) -> list[Event]:
    """A visit to a place (``خلال زيارة الرئيس الأميركي دونالد ترمب إلى الرياض``) is a meeting with the
    people of the visited country the text names in its sentence or the next, after its trigger: those the
    visitor met there (``ولي العهد الأمير محمد بن سلمان``); or before it in its sentence, unless they met
    someone else there (``استجابة لطلب تقدم به رئيس الوزراء الباكستاني عمران خان خلال زيارة الأمير إلى
    إسلام آباد``)."""
    if all(ev.mode != _VISIT for ev in events):
        return events  # (no visit told: no hosts to find)
    entities = {e.id: e for e in doc.entities}
    starts = [t.start for t in doc.tokens]
    out = []
    received: list[Token] = []  # (the reception after a visit that tells whom it met, one meeting with it)
    for ev in events:
        if (
            ev.type == "CONSULT"
            and ev.mode == _VISIT
            and ev.source
            and ev.target
            and all(entities[t].type in PLACE_TYPES for t in ev.target)
            and not any(stem in bare(normalize(ev.trigger.text)) for stem in _VISIT_STEMS)
        ):
            # وصل X إلى الكويت، حيث استقبله أمير الكويت Y: the host who received him there
            k, named = _met_on_visit(doc, starts, ev, entities)
            if named and doc.tokens[k].norm in _RECEIVED_HIM and doc.tokens[k - 1].norm == _WHERE:
                ev = replace(ev, target=tuple(named))
                received.append(doc.tokens[k])
        elif (
            ev.type == "CONSULT"
            and ev.mode == _VISIT
            and ev.source
            and ev.target
            # (a visit told as such; a host told as receiving it names whom it met: إيران تستقبل أنان)
            and any(stem in bare(normalize(ev.trigger.text)) for stem in _VISIT_STEMS)
        ):
            places = [entities[t] for t in ev.target]
            countries = {p.country for p in places if p.type in PLACE_TYPES and p.country}
            visitors = {entities[e].country for e in ev.source}
            if len(places) == len(countries) == 1 and not countries & visitors:
                met_others = {
                    e
                    for o in events
                    if o.type == "CONSULT"
                    and o.sentence == ev.sentence
                    and not set(ev.source) & set(o.source)
                    for e in (*o.source, *o.target)
                }
                nxt = next((s for s in doc.sentences if s.start >= ev.sentence.end), None)
                end = nxt.end if nxt is not None else ev.sentence.end
                hosts = [
                    e.id
                    for e in doc.entities
                    if e.type == "PER"
                    and e.country in countries
                    and e.id not in ev.source
                    # (named before it, not one who met someone else: المحادثات التي أجرتها X مع Y مهدت
                    # لزيارة Z إلى بكين; nor the owner of a seat: أمام مقر رئيس الوزراء البريطاني غوردن براون
                    # ... مشرف، الذي يزور بريطانيا)
                    and (
                        any(ev.trigger.end <= m.start < end for m in e.mentions)
                        or (
                            any(ev.sentence.start <= m.start < ev.trigger.start for m in e.mentions)
                            and e.id not in met_others
                            and not any(_seat_owner(doc, starts, m) for m in e.mentions)
                        )
                    )
                ] or _partners_before(entities, events, ev, visitors, _sentences_before(doc, ev, 1))
                # (unless the meeting there is told: زيارة X إلى الرياض، حيث التقى Y)
                meetings = [
                    o
                    for o in events
                    if o is not ev
                    and o.type == "CONSULT"
                    and o.sentence == ev.sentence
                    and o.trigger.start >= ev.trigger.end
                    and set(ev.source) <= set(o.source)
                ]
                met = bool(meetings)
                # (but one whose other party is not read names him there: زار كابل والتقى X)
                met_named = any(o.target for o in meetings)
                k, named = _met_on_visit(doc, starts, ev, entities) if not met_named else (-1, [])
                if named:
                    ev = replace(ev, target=tuple(named))  # whom it names as met, of whatever country
                    if doc.tokens[k].norm in _RECEIVED_HIM:
                        received.append(doc.tokens[k])
                elif hosts and not met:
                    ev = replace(ev, target=tuple(hosts))
        out.append(ev)
    return [
        o
        for o in out
        if not (o.type == "CONSULT" and any(t.start <= o.trigger.start < t.end for t in received))
    ]


def _seat_owner(doc: Document, starts: list[int], m: Mention) -> bool:
    """Mention ``m`` names the owner of a seat, after its word (``أمام مقر رئيس الوزراء``); ``starts``: the
    tokens' start offsets."""
    k = bisect_right(starts, m.start) - 1
    stem = doc.tokens[k - 1].stem if k > 0 else None
    return stem is not None and bare(stem.form) in SEATS


def _partners_before(
    entities: Mapping[str, Entity], events: list[Event], visit: Event, visitors: set[str | None], first: int
) -> list[str]:
    """The persons of no visitor's country who did a joint act with the visitor told before the visit, in
    its sentence (``وقع وزير العدل المغربي X ونظيره الإسباني Y اتفاقية ... خلال زيارة Y إلى المغرب``) or
    from offset ``first`` on, the sentence before it (``وقع X وY معاهدة ... وتأتي المعاهدة في إطار زيارة
    يقوم بها Y إلى قرغيزستان``): the hosts met."""
    for o in events:
        if (
            o is not visit
            and o.type in _SHARED_TYPES
            and o.sentence.start >= first
            and o.trigger.end <= visit.trigger.start
            and set(visit.source) <= {*o.source, *o.target}
        ):
            partners = [
                e
                for e in (*o.source, *o.target)
                if e not in visit.source
                and entities[e].type == "PER"
                and (entities[e].country is None or entities[e].country not in visitors)
            ]
            if partners:
                return partners
    return []


#: talks and who hosted them, named right after them (محادثات استضافتها بكين، الاجتماع الذي استضافه)
_HOSTED_BY = re.compile(r"\s+(?:(?:التي|الذي)\s+)?(?:است|ت|ست|ي)ضاف(?:ت)?(?:ها|ه)\s+")
#: how many words (a title) may stand between the verb of hosting and the host named
_HOST_TITLE_WORDS = 3


def _talks_hosts(doc: Document, events: list[Event]) -> list[Event]:
    """Talks and the one who hosted them (``مباحثات استضافتها بكين بين X وY``، ``مفاوضات استضافها الرئيس
    التركي X``): the host, the first actor named after the verb of hosting, past a title, is a party to
    the meeting."""
    out = []
    for ev in events:
        hosted = _HOSTED_BY.match(doc.text, ev.trigger.end) if ev.type == "CONSULT" and ev.named else None
        if hosted is not None:
            named = (
                (m.start, e.id)
                for e in doc.entities
                if e.type in ACTOR_TYPES
                for m in e.mentions
                if hosted.end() <= m.start < ev.sentence.end
                and len(doc.text[hosted.end() : m.start].split()) <= _HOST_TITLE_WORDS
            )
            host = min(named, default=None)
            if host is not None and host[1] not in (*ev.source, *ev.target):
                ev = replace(ev, target=(*ev.target, host[1]))
        out.append(ev)
    return out


def _freed_arrivals(doc: Document, events: list[Event]) -> list[Event]:
    """Visits to places only whose visitors are all people a release in the text frees (``وصل الكنديان X
    وY إلى كندا، بعد أن أفرجت عنهما السلطات الصينية``، ``أفرجت إيران عن X ... ووصل X إلى مسقط``): a freed
    captive's arrival home or at a handover, no visit; left out."""
    freed = {t for r in events if (r.type, r.mode) == _RELEASE for t in r.target}
    if not freed:
        return events
    types = {e.id: e.type for e in doc.entities}
    return [
        ev
        for ev in events
        if not (
            ev.type == "CONSULT"
            and ev.mode == _VISIT
            and ev.source
            and set(ev.source) <= freed
            and all(types.get(t) in PLACE_TYPES for t in ev.target)
        )
    ]


def _released_by_captor(doc: Document, events: list[Event]) -> list[Event]:
    """A release announced as a definite noun, whom it frees told after it as arrested by someone else or
    abducted (``أعلنت وزارة الخارجية الأردنية الإفراج عن المواطن X، الذي كانت السلطات السورية قد
    اعتقلته``، ``أعلنت الخارجية الإيطالية الإفراج عن X وY، اللذين خطفا في ليبيا``): those who held them let
    them go (no one named, for kidnappers unnamed), not the one who announces it."""
    out = []
    for ev in events:
        if (ev.type, ev.mode) == _RELEASE and ev.source and doc.text.endswith("ال", 0, ev.trigger.start):
            captor = next(
                (
                    c
                    for c in events
                    if c.sentence == ev.sentence
                    and c.trigger.start > ev.trigger.start
                    and set(c.target) & set(ev.target)
                    and not set(c.source) & set(ev.source)
                    and (
                        (c.type == "COERCE" and c.mode == _ARREST and c.source)
                        or (c.type, c.mode) == _ABDUCTION
                    )
                ),
                None,
            )
            if captor is not None:
                ev = replace(ev, source=captor.source)
        out.append(ev)
    return out


def _held_by_releaser(events: list[Event]) -> list[Event]:
    """An arrest told with no agent of those released before it in its sentence (``أفرجت السلطات X عن
    الطالبة Y، التي احتجزت أربعة أشهر``): those who held them are those who let them go."""
    out = []
    for ev in events:
        if ev.type == "COERCE" and ev.mode == _ARREST and not ev.source and ev.target:
            release = next(
                (
                    r
                    for r in events
                    if (r.type, r.mode) == _RELEASE
                    and r.sentence == ev.sentence
                    and r.trigger.start < ev.trigger.start
                    and r.source
                    and set(ev.target) <= set(r.target)
                ),
                None,
            )
            if release is not None:
                ev = replace(ev, source=release.source)
        out.append(ev)
    return out


#: a verb's pronoun that takes back the protest before it as when it was said (اعتصاما، طالبت خلاله)
_DURING_IT = re.compile(r"\s+خلال(?:ها|ه)\s+")


def _demanded_at_protest(doc: Document, events: list[Event]) -> list[Event]:
    """A demand made during a protest told before it in its sentence (``نظمت اللجنة اعتصاما، طالبت خلاله
    السلطة الفلسطينية بوقف``): the protesters demand, the body named right after خلاله is asked."""
    # (a body, not a person: who speaks at a protest is named so, طالب خلالها رئيس النقابة X)
    mentions = {m.start: e.id for e in doc.entities if e.type != "PER" for m in e.mentions}
    out = []
    for ev in events:
        during = (
            _DURING_IT.match(doc.text, ev.trigger.end) if ev.type == "REQUEST" and not ev.target else None
        )
        if during is not None and ev.source == (mentions.get(during.end()),):
            protest = next(
                (
                    p
                    for p in reversed(events)
                    if p.type == "PROTEST"
                    and p.sentence == ev.sentence
                    and p.trigger.start < ev.trigger.start
                    and p.source
                    and not set(p.source) & set(ev.source)
                ),
                None,
            )
            if protest is not None:
                ev = replace(ev, source=protest.source, target=ev.source)
        out.append(ev)
    return out


def _made_to_partners(doc: Document, events: list[Event]) -> list[Event]:
    """A concession naming no one it is made to, made in the sentence of a meeting or call its maker
    holds (``تعهدت الوزيرة، خلال لقائها نقيب الصحفيين X، بالنظر في ملفاتهم``) or held before it, naming
    only the other party (``وبعد اجتماع مع ممثلي النقابة، تعهد الوزير``): made to the other party. After
    a meeting (``عقب لقائه ممثلين عن النقابة``), a pledge is made to whom was met, but not regret or an
    apology, which is for a deed (``وأعرب الوزير، عقب لقائه ممثلي الاتحاد، عن أسفه لما سببه القرار``).
    Regret voiced during a call (``أعرب X، في اتصال هاتفي مع Y، عن أسفه لمقتل حارس السفارة``) is to Y,
    whomever the deed it is for was done to."""
    meetings: list[tuple[Event, bool]] = []  # (the meeting, whether it is told as held before)
    for ev in events:
        if ev.type != "CONSULT" or ev.negated:
            continue
        if before := doc.text[max(ev.trigger.start - 12, 0) : ev.trigger.start].split():
            word = normalize(before[-1])
            after = word.removeprefix("و") in FOLLOWING
            if after or word in _DURING or word == _IN_PREP:  # (في اتصال هاتفي مع Y: during it too)
                meetings.append((ev, after))
    if not meetings:
        return events
    out = []
    for ev in events:
        if ev.type == "CONCEDE" and ev.source and (not ev.target or ev.mode == _APOLOGIZE):
            for m, after in meetings:
                party = (*m.source, *m.target)
                if m.sentence != ev.sentence or (after and ev.mode == _APOLOGIZE):
                    continue
                if ev.target and not (
                    set(ev.source) < set(party)
                    and normalize(ev.trigger.text).removeprefix("و").startswith(_VOICING)
                ):
                    # regret voiced during a call is to whom it is voiced, not whom the deed hurt (not
                    # an apology made to one named: قدم X اعتذارا لتركيا ... خلال اتصال مع Y)
                    continue
                if set(ev.source) <= set(party):
                    ev = replace(ev, target=tuple(e for e in party if e not in ev.source))
                    break
                if len(party) == 1 and m.trigger.start < ev.trigger.start and party[0] not in ev.source:
                    # وبعد اجتماع مع ممثلي النقابة، تعهد الوزير: the meeting told before names its other
                    # party only, the one the concession is made to
                    ev = replace(ev, target=party)
                    break
        out.append(ev)
    return out


def _agent_told(a: Event, b: Event, entities: dict[str, Entity], symmetric: frozenset[str]) -> bool:
    """The same act on the same named person or body, told once without its agent and once with it
    (``قتل الإمام علي ... قتله ابن ملجم``): one happening. Not for places, where many acts happen (انفجرت
    عبوة في بغداد ، وقصف الجيش بغداد), but aid to one told in one sentence (``أرسل البرنامج قافلة
    مساعدات إلى حلب``: the aid is what was sent)."""
    if a.type in symmetric or not a.target or set(a.target) != set(b.target):
        return False
    if bool(a.source) == bool(b.source):
        return False
    if a.type == "AID" and a.sentence == b.sentence:
        return True
    return all(entities[t].type not in PLACE_TYPES for t in a.target)


def _suit_told(a: Event, b: Event) -> bool:
    """A lawsuit filed and the accusation made in it, told in one sentence by the same filer, one naming
    whom it is against (``رفعت غامبيا دعوى ... تتهم فيها ميانمار``): one happening."""
    return (
        a.type == b.type == "ACCUSE"
        and a.sentence == b.sentence
        and bool(a.source)
        and set(a.source) == set(b.source)
        and _SUE in (a.mode, b.mode)
        and not (a.target and b.target)
    )


def _measures_on_one_target(events: list[Event]) -> list[Event]:
    """A measure that names no one it is taken against, told in the sentence of another measure by the
    same actor that does (``قطعت X علاقاتها مع الدوحة، وفرضت عليها حصارا``، ``فرضت إيران حصارا على
    الإقليم وأوقفت الرحلات الجوية إليه``، ``نددت X بالعقوبات التي فرضتها Y على Z``), is taken against the
    same one: the nearest such measure's target."""
    measures = [ev for ev in events if ev.type == "SANCTION" and ev.source and ev.target and not ev.negated]
    if not measures:
        return events
    out: list[Event] = []
    for ev in events:
        if ev.type == "SANCTION" and ev.source and not ev.target and not ev.negated:
            other = min(
                (m for m in measures if m.sentence == ev.sentence and set(m.source) == set(ev.source)),
                key=lambda m: abs(m.trigger.start - ev.trigger.start),
                default=None,
            )
            if other is not None:
                ev = replace(ev, target=tuple(t for t in other.target if t not in ev.source))
        out.append(ev)
    return out


def _condemnation_blamed(a: Event, b: Event, events: Sequence[Event]) -> bool:
    """A deed condemned with no one named it is aimed at and its doer blamed or accused after it in the
    sentence by the same speaker (``ودان X «الجريمة»، محمّلا الحكومة الإسرائيلية المسؤولية``، ``وأدانت
    الوزارة عملية الاقتحام، واتهمت جماعة الحوثي بـ``): one accusation told twice, aimed at the one blamed.
    Not where another actor's act opens the sentence (``هاجم X البرلمان بعد تبنيه قرارا يدين المشروع،
    متهما إياه``): the participle may go on with that one's clause."""
    return (
        a.type == b.type == "ACCUSE"
        and a.sentence == b.sentence
        and bool(a.source)
        and set(a.source) == set(b.source)
        and (a.mode, b.mode) == (_DISAPPROVE, _ALLEGE)
        and not a.target
        and bool(b.target)
        and a.trigger.start < b.trigger.start
        and not any(
            e.sentence == a.sentence and e.trigger.start < a.trigger.start and set(e.source) != set(a.source)
            for e in events
        )
    )


def _protest_conveyed(a: Event, b: Event) -> bool:
    """An envoy summoned and the protest conveyed to him, told after in the sentence (``استدعت الوزارة
    السفير الإيراني لإبلاغه احتجاجها``، ``وسلمته مذكرة احتجاج``): one protest, the summons."""
    return (
        a.type == b.type == "ACCUSE"
        and a.sentence == b.sentence
        and a.trigger.end <= b.trigger.start
        and normalize(a.trigger.text).removeprefix("و").startswith(_SUMMONED)
        and _PROTEST_NOUN in normalize(b.trigger.text)
    )


#: the stem of summoning (استدعى، استدعت، استدعاء) and the noun of a protest, normalised
_SUMMONED = normalize("استدع")
_PROTEST_NOUN = normalize("احتجاج")


def _regret_at_decision(view: DocView, k: int, hi: int) -> bool:
    """What regret at ``k``, past quotation marks and adjectives with the article (``عن "أسفها العميق"
    للقرار``), is felt for is a decision, sanctions or a failing, after ل (or لـ written apart): another's
    step, no concession."""
    while k < hi and (
        view.tokens[k].text in QUOTE_MARKS or (view.core[k].startswith("ال") and k not in view.acts)
    ):
        if "ل" in view.tokens[k].proclitics:
            break
        k += 1
    if k < hi and view.core[k] == _FOR_APART:
        k += 1  # لـ"غياب أي رسالة": the preposition written apart, then quotation marks
        while k < hi and view.tokens[k].text in QUOTE_MARKS:
            k += 1
        return k < hi and view.bare[k] in _REGRETTED_STEPS
    return k < hi and "ل" in view.tokens[k].proclitics and view.bare[k] in _REGRETTED_STEPS


def _after_on(tokens: Sequence[Token], cores: Sequence[str], i: int) -> int:
    """The index of the على right before token ``i``, a quotation mark between or not (``على "دعمها"``);
    else 0."""
    k = i - 1
    if k > 0 and tokens[k].text in QUOTE_MARKS:
        k -= 1
    return k if k > 0 and cores[k] == ON else 0


def _stem_before(
    tokens: Sequence[Token], cores: Sequence[str], i: int, stems: tuple[str, ...], reach: int
) -> bool:
    """A word opening with one of ``stems`` stands at most ``reach`` tokens before token ``i`` in its
    sentence."""
    for k in range(i - 1, max(-1, i - 1 - reach), -1):
        if tokens[k].sentence != tokens[i].sentence:
            return False
        if cores[k].startswith(stems):
            return True
    return False


def _thanks_going_on(view: DocView, i: int, entry: Entry, args: Args) -> bool:
    """Verb of thanks ``i``, joined with و past a comma, has one actor after it and على right after
    that actor (``، وشكرت القاهرة على استجابتها``): that actor is the one thanked, not a subject."""
    return (
        entry.pos == "verb"
        and entry.lemma == _THANKS
        and i > 0
        and view.tokens[i - 1].text in _COMMAS
        and view.conjoined(i)
        and args.after_verb
        and len({a.entities for a in args.mentions}) == 1
        and args.mentions[0].prep is None
        and args.mentions[0].first == i + 1
        and args.mentions[-1].last + 1 < len(view.core)
        and view.core[args.mentions[-1].last + 1] == ON
    )


#: the lemma of thanks (شكر X على)
_THANKS = normalize("شكر")


def _thanked_for(tokens: Sequence[Token], cores: Sequence[str], on: int) -> bool:
    """What follows على at ``on`` is what thanks shortly before it in its sentence are given for (``وشكر
    X البنك على دعمه``، ``أعرب عن شكره للسعودية على دعمها``، ``شاكرا الأصدقاء على دعمهم``)."""
    return _stem_before(tokens, cores, on, _THANKING, _THANKS_REACH)


def _praised_for(tokens: Sequence[Token], cores: Sequence[str], i: int) -> bool:
    """Token ``i``, after ب, is what a verb of praise shortly before it in its sentence praises (``أشاد X
    بالتعاون مع موسكو``، ``مشيدا بدعم الاتحاد``)."""
    return _stem_before(tokens, cores, i, _PRAISING, _PRAISE_REACH)


#: the stems of praise (أشاد، يشيد، مشيدا، أثنى، يثني) and how far before what is praised they may be
_PRAISING = tuple(
    normalize(w) for w in ("أشاد", "يشيد", "تشيد", "نشيد", "مشيد", "أثنى", "أثنت", "يثني", "تثني")
)
_PRAISE_REACH = 8

#: the stem of thanks (شكر، شكره، الشكر، شاكرا) and how far before على it may be
_THANKING = tuple(normalize(w) for w in ("شكر", "الشكر", "يشكر", "تشكر", "نشكر", "شاكر"))
_THANKS_REACH = 16
#: a rejection verb (استبعد) that only forecasts when its object is a change of things, or leaves a
#: player out of a squad (استبعد ارتفاع الأسعار، استبعده عن تشكيلة المنتخب): no REJECT
_RULING_OUT = normalize("استبعد")
_RULED_OUT_REACH = 5
_FORECAST_OR_SQUAD = frozenset(
    bare(normalize(w))
    for w in ("ارتفاع", "انخفاض", "هبوط", "صعود", "حدوث", "وقوع", "تدهور", "تحسن", "تشكيلة", "التشكيلة")
)
#: standing by someone, declared (أكد وقوف مصر إلى جانب السودان); and the stems of praise, thanks, valuing
#: and gratitude that tell it as what they are for (أشاد بوقوف، ثمن وقوف، أعرب عن امتنانه لوقوف)
_STANDING_BY = "وقوف"
_PRAISING_OR_THANKING = (
    *_PRAISING,
    *_THANKING,
    *(normalize(w) for w in ("ثمن", "يثمن", "تثمن", "مثمن", "امتنان", "الامتنان", "تقدير", "التقدير")),
)
#: the acts thanks are given for, told by the thanks (على دعمها، على تعاونها)
_THANKED_TYPES = frozenset({"SUPPORT", "COOPERATE"})


def _bordering(view: DocView, a: ActorMention) -> bool:
    """The actor after مع is what a border is with (``الحدود مع مالي``)."""
    return a.prep_at is not None and a.prep_at > 0 and view.bare[a.prep_at - 1] in _BORDERS


#: a border, bare (الحدود مع مالي)
_BORDERS = frozenset(bare(normalize(w)) for w in ("الحدود", "حدود", "حدودها", "حدوده", "الحدودي", "الحدودية"))


def _crossing(entity: Entity) -> bool:
    """The entity is a border crossing (``معبر رفح``، ``منفذ طريبيل``)."""
    return entity.type == "FAC" and normalize(entity.name).split(" ", 1)[0] in _CROSSINGS


#: the lemma of overturning (ألغت المحكمة حكم الإعدام، ألغى الاتحاد الإضراب)
_OVERTURNING = "ألغى"
#: how many words before a place's name the word of a crossing may stand (معبر كرم أبو سالم)
_CROSSING_NAME_REACH = 2
#: a road "leading" (to), bare (الطرق المؤدية إلى مقر الحكومة)
_LEADING_TO = frozenset(bare(normalize(w)) for w in ("المؤدية", "المؤدي"))


def _crossing_or_road_closed(view: DocView, entity: str, i: int, hi: int) -> bool:
    """``entity`` is a crossing whatever type the tagger gave it (``منفذ سلوى البري`` as a person), or is
    named after the act at ``i`` (before ``hi``) right after a crossing's word, a word of its name between
    or none (``أغلقت السلطات معبر كرم أبو سالم``), or after a road "leading to" (``أغلق الأمن الطرق المؤدية
    إلى مقر رئاسة الوزراء``): the place closed or where the roads lead, no one acted on."""
    if normalize(view.entities[entity].name).split(" ", 1)[0] in _CROSSINGS:
        return True
    for k in range(i + 1, hi):
        m = view.at.get(k)
        if m is None or entity not in m.entities:
            continue
        if any(view.bare[j] in _BARE_CROSSINGS for j in range(max(i + 1, k - _CROSSING_NAME_REACH), k)):
            return True
        j = k - 2 if k >= i + 3 and view.bare[k - 1] in SEATS else k - 1  # (إلى مقر X)
        if j >= i + 2 and view.core[j] == _TO and view.bare[j - 1] in _LEADING_TO:
            return True
    return False


#: the types of closing or opening a place, and the words that head a crossing's name (normalised)
_CLOSING_TYPES = frozenset({"COERCE", "RETREAT", "SANCTION"})
_CROSSINGS = frozenset(normalize(w) for w in ("معبر", "منفذ"))
_BARE_CROSSINGS = frozenset(bare(w) for w in _CROSSINGS)


def _given_in_parts(a: Event, b: Event) -> bool:
    """Aid told in one sentence by a verb or noun naming its giver only and a noun naming its recipient
    only (``أعلن الاتحاد تخصيص 30 مليون يورو مساعدات إنسانية لتشاد``): one giving."""
    return (
        a.type in _GIVEN_TYPES
        and a.sentence == b.sentence
        and bool(a.source) != bool(b.source)
        and bool(a.target) != bool(b.target)
        and bool(a.source) == bool(b.target)
    )


def _toll_told(a: Event, b: Event, entities: dict[str, Entity]) -> bool:
    """An attack's toll told in its sentence by its agent's next verb, naming no one else struck (``هاجم
    مسلحون من بوكو حرام قرية داربا في ولاية بورنو، وقتلوا 18 مزارعا``): one attack."""
    return (
        a.type == b.type == "ASSAULT"
        and a.sentence == b.sentence
        and bool(a.source)
        and set(a.source) == set(b.source)
        and bool(a.target)
        and b.trigger.start > a.trigger.start
        # (no one, or only where the first happened: a place named after it is another attack's)
        and all(
            entities[t].type in PLACE_TYPES
            and not any(b.trigger.end <= m.start < b.sentence.end for m in entities[t].mentions)
            for t in b.target
        )
    )


def _killed_in_attack(text: str, a: Event, b: Event) -> bool:
    """A killing told first and the attack it happened in told right after in its sentence, after في,
    جراء, إثر, بعدما or ب (``قتل 14 مدنيا في غارات شنها طيران التحالف على كتاف``، ``قتل ثلاثة مدنيين جراء
    قصف مدفعي لجماعة الحوثي``، ``استشهد X بعدما استهدفت مسيرة إسرائيلية سيارته``): one attack, whose agent
    the killing names no other."""
    if not (a.type == b.type == "ASSAULT" and a.sentence == b.sentence and a.trigger.end <= b.trigger.start):
        return False
    if normalize(a.trigger.text).removeprefix("و") not in _KILLINGS or set(a.source) - set(b.source):
        return False
    if b.trigger.start - a.trigger.end > _KILLED_IN_REACH:
        return False
    return b.trigger.text.startswith("ب") or _IN_ATTACK.search(text, 0, b.trigger.start) is not None


#: "killed" as written without vowels (قتل، قُتل), normalised, and with "martyred" (استشهد) the killings;
#: how many characters after it the attack it happened in may be told; what stands right before that
#: attack's word
_KILLED = normalize("قتل")
_KILLINGS = frozenset({_KILLED, normalize("استشهد")})
_KILLED_IN_REACH = 120
_IN_ATTACK = re.compile(r"(?:في|جراء|إثر|اثر|بعدما|بعد\s+أن)\s+$")


def _act_referred_back(text: str, a: Event, b: Event) -> bool:
    """An attack or protest told and, in a later sentence, "the attack", "the protests" (الهجوم،
    بالهجوم، الاحتجاجات) with no agent named: the one told, referred back to (``ودانت الحكومة الهجوم``،
    ``اعتقلت الشرطة أربعة متهمين بالتورط في الهجوم``، ``منذ بدء الاحتجاجات``), whatever the clause around
    it names."""
    if not (a.type == b.type and not b.source and a.sentence.end <= b.trigger.start):
        return False
    referred = _REFERRED_NOUNS.get(a.type, frozenset())
    if normalize(b.trigger.text) not in referred:
        # (the verb whose subject is that noun: وقالت الوزارة إن الغارات استهدفت مواقع للتنظيم)
        subject = _REFERRING_SUBJECT.search(text[max(0, b.trigger.start - 16) : b.trigger.start])
        return subject is not None and normalize(subject[1]) in referred
    return _ARTICLE_BEFORE.search(text[max(0, b.trigger.start - 6) : b.trigger.start]) is not None


#: words for protests, as written: referred back to (منذ بدء الاحتجاجات), and what violence went on during
#: (تحولت التظاهرة إلى مواجهات، رشق خلالها شبان الشرطة)
_PROTESTS = ("احتجاجات", "تظاهرة", "تظاهرات", "مظاهرة", "مظاهرات")
#: by type, the nouns of acts (normalised) that, with the article (and any proclitics), refer back
_REFERRED_NOUNS: dict[str, frozenset[str]] = {
    "ASSAULT": frozenset(
        normalize(w)
        for w in (
            "هجوم",
            "هجمات",
            "هجمة",
            "اعتداء",
            "اعتداءات",
            "تفجير",
            "تفجيرات",
            "غارة",
            "غارات",
            "قصف",
            "ضربة",
            "ضربات",
        )
    ),
    "PROTEST": frozenset(normalize(w) for w in (*_PROTESTS, "احتجاج", "اعتصام", "إضراب")),
}
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:[بل]?ال|لل)$")
#: the noun with the article (and no preposition) right before a verb, its subject
_REFERRING_SUBJECT = re.compile(r"(?:^|\s)[وف]?ال(\w+)\s+$")


def _aim_told_once(a: Event, b: Event, symmetric: frozenset[str]) -> bool:
    """A telling later in the sentence of ``a``, by its agents, that names no one it is aimed at
    (``فرضت واشنطن عقوبات على كراكاس، وهي العقوبات الأشد``): the act told again, its recipient told once."""
    return (
        a.type not in symmetric
        and a.sentence == b.sentence
        and bool(a.source)
        and set(a.source) == set(b.source)
        and bool(a.target)
        and not b.target
    )


def _parties_told_again(a: Event, b: Event, symmetric: frozenset[str]) -> bool:
    """A meeting or agreement told again in a later sentence by some of the parties of ``a`` only
    (``وقعت مصر وإسرائيل والاتحاد الأوروبي مذكرة تفاهم`` ... ``ويأتي توقيع مصر``): the same happening."""
    parties = {*b.source, *b.target}
    return (
        a.type in symmetric
        and a.sentence != b.sentence
        and bool(parties)
        and parties < {*a.source, *a.target}
    )


#: verbal nouns that name an agreement's making (بتوقيع الحكومة، لتوقيعها، بموافقة X على الصفقة), bare
_AGREEMENT_MAKING = frozenset(bare(normalize(w)) for w in ("توقيع", "إبرام", "موافقة"))


def _signing_referred_to(a: Event, b: Event) -> bool:
    """An agreement told in a later sentence by a verbal noun with one party and no partner (``ندد X
    بتوقيع الحكومة الأردنية على المذكرة``، ``انتقد X حكومة آبي لتوقيعها اتفاقا``) after ``a``, an agreement
    coded with its parties: the one agreement referred back to (its signer named another way), no second."""
    return (
        a.type == b.type == "AGREE"
        and a.sentence != b.sentence
        and a.trigger.start < b.trigger.start
        and bool(a.source)
        and len(b.source) == 1
        and not b.target
        and bare(normalize(b.trigger.text)) in _AGREEMENT_MAKING
    )


def _unnamed_told(a: Event, b: Event) -> bool:
    """Two tellings of one happening, one or both naming no actor: a protest told again in its sentence
    (تجمع المتظاهرون في غزة ... احتجاجا على X), or two protests by no one named in the same place."""
    if a.named and b.named:
        return False
    if not a.named and not b.named:
        return a.location == b.location
    return a.sentence == b.sentence and (a.location is None or b.location is None or a.location == b.location)


def _purpose_told(text: str, a: Event, b: Event) -> bool:
    """An act told again in its sentence as the purpose of the same agent's act, after ل (``استدعت X سفير
    Y للاحتجاج على القرار``), one of the two naming no one it is aimed at: one happening."""
    return (
        a.sentence == b.sentence
        and bool(a.source)
        and set(a.source) == set(b.source)
        and not (a.target and b.target)
        and b.trigger.start > 0
        and text[b.trigger.start - 1] == "ل"
    )


def _threat_in_sentence(doc: Document, events: list[Event], sentence: int) -> bool:
    """The last event coded is a threat or warning in ``sentence`` (``حذر X من أن بلاده لن تسمح``)."""
    return (
        bool(events)
        and events[-1].type == "THREATEN"
        and events[-1].sentence.start == doc.sentences[sentence].start
    )


def _threat_told_again(a: Event, b: Event) -> bool:
    """A threat told again in its sentence by the same actor, naming no one else (``حذر X تركيا من أن
    ... ، ملوحا بضرب أي منشآت``، ``هدد بالرد وتوعد بـ``): one threat."""
    return (
        a.type == b.type == "THREATEN"
        and a.sentence == b.sentence
        and bool(a.source)
        and set(a.source) == set(b.source)
        and set(b.target) <= set(a.target)
    )


#: the words between a warning and a threat told as its content: "that" (من أن، وتأكيده أن) with no comma
#: or clause boundary between (``حذر تبون ماكرون من أن الجزائر "ستتخذ كل الإجراءات" إذا``)
_THREAT_CONTENT = re.compile(r"[^،,؛;.]*\s(?:و?[بل]?من\s+)?أن\s[^،,؛;.]*")


def _threat_content_told(text: str, a: Event, b: Event) -> bool:
    """A threat told as what a warning or threat before it in its sentence says will be done (``حذر
    السيسي من أن مصر "تحتفظ بحق الرد"``، ``حذر تبون ماكرون من أن الجزائر ستتخذ كل الإجراءات إذا``): the
    warning's content, one threat, whoever is named as the one to act."""
    return (
        a.type == b.type == "THREATEN"
        and a.sentence == b.sentence
        and a.trigger.end <= b.trigger.start
        and _THREAT_CONTENT.fullmatch(text, a.trigger.end, b.trigger.start) is not None
    )


def _held_named(view: DocView, actors: list[str], i: int, obj: tuple[int, int] | None) -> bool:
    """One of ``actors`` is the one held to the object ``obj`` of verb ``i``: named between them (``حملت
    المعارضة النظام مسؤولية``) or after it with ل (``حملت واشنطن مسؤوليته لحكومة الأسد``), not in what it
    is held to (``مسؤولية تسميم سكريبال``); any of them where there is no object."""
    if obj is None:
        return bool(actors)
    for a in actors:
        m = view.first_named(a, i, len(view.tokens))
        if m is not None and (
            m.first < obj[0] or any("ل" in view.tokens[k].proclitics for k in range(obj[0] + 1, m.first + 1))
        ):
            return True
    return False


#: how far after an act on people their count and "of its members" may stand (اعتقلت أكثر من 160 من أعضائها)
_MEMBERS_OF_REACH = 6


def _members_of_owner(view: DocView, i: int, hi: int, source: list[str]) -> list[str]:
    """The body whose members, named by a pronoun suffix after من, act ``i`` is done to (``قالت الحركة إن
    قوات الأمن اعتقلت أكثر من 160 من أعضائها``): the organisation or state named before it."""
    for k in range(i + 2, min(hi, i + 1 + _MEMBERS_OF_REACH)):
        if view.is_boundary(k) or k in view.clause_verbs:
            return []
        if view.core[k - 1] == FROM and view.owned_members(k):
            return view.members_owner(k, source)
    return []


def _held_before(view: DocView, i: int, obj: tuple[int, int] | None, source: list[str]) -> bool:
    """A word stands between the actor after verb ``i`` and the object ``obj`` (``حملت المعارضة النظام
    مسؤولية``): the one held to it, so the actor is the subject."""
    if obj is None or not source:
        return False
    first = view.first_named(source[0], i, obj[0])
    if first is None:
        return False
    last = first.last
    while (named := view.at.get(last + 1)) is not None and named.entities == first.entities:
        last = named.last  # (a title, then the name it stands for: ووضع الرئيس علي بونغو قيد الإقامة الجبرية)
    return obj[0] - last > 1


def _named_visit(ev: Event) -> bool:
    """``ev`` is a visit with its visitor named."""
    return ev.mode == _VISIT and bool(ev.source)


def _two_party_meeting(ev: Event) -> bool:
    """``ev`` is a call or meeting that names both parties."""
    return ev.type == "CONSULT" and bool(ev.source and ev.target)


def _met_by(events: list[Event], sentence: Span, party: Sequence[str]) -> tuple[str, ...]:
    """The other party of the last meeting or call told in ``sentence`` that ``party`` took part in."""
    for ev in reversed(events):
        if ev.sentence.start != sentence.start:
            break
        if _two_party_meeting(ev) and set(party) <= {*ev.source, *ev.target}:
            return tuple(e for e in (*ev.source, *ev.target) if e not in party)
    return ()


def _party_of_call(
    view: DocView, events: list[Event], i: int, sentence: Span, source: Sequence[str]
) -> list[str]:
    """The other party of the call or letter told last in ``sentence``, when participle ``i`` stands
    right after a comma closing it and ``source`` took part in it (``أجرى X اتصالا بـY، معربا عن تعازيه``)."""
    if i == 0 or view.tokens[i - 1].text not in _COMMAS:
        return []
    call = _told_last(events, sentence, _two_party_meeting)
    if call is None or not set(source) <= set(call.source):
        return []
    return [e for e in call.target if e not in source]


def _to_them_beside(view: DocView, i: int, lo: int, hi: int) -> bool:
    """A preposition of giving with a pronoun stands right after or right before word ``i`` (``قدم له
    تعازيه``، ``نقل إليه تعازي X``)."""
    return (i + 1 < hi and view.core[i + 1] in _TO_THEM) or (i > lo and view.core[i - 1] in _TO_THEM)


def _met_party(events: list[Event], sentence: Span, source: Sequence[str]) -> list[str]:
    """The other party of the last call or meeting told in ``sentence``: to ``source``, when it took part;
    else the one visited or called, ``source`` having sent its words through the other."""
    if not source:
        return []
    if met := _met_by(events, sentence, source):
        return list(met)
    call = _told_last(events, sentence, _two_party_meeting)
    return [] if call is None else [e for e in call.target if e not in source]


def _told_last(events: list[Event], sentence: Span, fits: Callable[[Event], bool]) -> Event | None:
    """The last event told, if it is in ``sentence`` and ``fits``: a visit with its visitor named, a call
    or meeting of two parties."""
    last = events[-1] if events else None
    return last if last is not None and last.sentence.start == sentence.start and fits(last) else None


#: how far after a release verb, past its subject, سراح with a pronoun may stand (وأطلقت السلطات سراحها)
_FREED_REACH = 4


def _arrested_before(events: list[Event], since: int) -> tuple[str, ...]:
    """Whom the last arrest or detention told from offset ``since`` on held, when it names them."""
    for ev in reversed(events):
        if ev.sentence.start < since:
            break
        if ev.type == "COERCE" and ev.mode == _ARREST and ev.target and not ev.negated:
            return ev.target
    return ()


#: how many sentences back an arrest may be told whose captives a release names again (its عنهم)
_FREED_BACK = 2


def _released_told_before(view: DocView, i: int, hi: int) -> bool:
    """The people release verb ``i`` frees, after its subject, are ones told before: a pronoun on عن
    (``وأفرجت الشرطة عنها``) or a definite common noun (``أفرجت السلطات عن الصيادين``)."""
    for k in range(i + 1, min(hi - 1, i + 1 + _RELEASE_SETTING_REACH + 2)):
        if view.core[k] in _ABOUT_PRONOUNS:
            return True
        if view.core[k] == ABOUT:
            return k + 1 not in view.inside and view.core[k + 1].startswith("ال")
        if view.is_boundary(k):
            return False
    return False


def _freed_just_before(events: list[Event], since: int) -> tuple[str, ...]:
    """Whom the release told last, from offset ``since`` on, frees, when it is the last act told there and
    names them."""
    last = events[-1] if events else None
    if last is None or last.sentence.start < since or (last.type, last.mode) != _RELEASE or last.negated:
        return ()
    return last.target


#: the types "the two ministers" and "the two presidents" stand for (الوزيران، الرئيسين)
_PERSONS = frozenset({"PER"})


def _unresolved_sides(view: DocView, i: int) -> frozenset[str] | None:
    """The types "the two sides" (``الجانبان``، ``الطرفين``) or "the two ministers" (``الوزيران``،
    ``الرئيسين``) may stand for, standing right after verb ``i`` or right before it with no pair named
    before them standing for them; else None."""
    for k in (i + 1, i - 1):
        if 0 <= k < len(view.tokens) and k not in view.at:
            types = DUAL_ANAPHORS.get(view.core[k])
            if types in (ACTOR_TYPES, _PERSONS):
                return types
    return None


def _sides_after(view: DocView, i: int) -> frozenset[str] | None:
    """ "The two sides" (``الجانبان``، ``الطرفان``) right after verb ``i``, its subject: after a meeting or
    a deal they stand for its two parties, whatever pair the text named before them."""
    k = i + 1
    if k < len(view.tokens) and DUAL_ANAPHORS.get(view.core[k]) == ACTOR_TYPES:
        return ACTOR_TYPES
    return None


def _meeting_of(events: list[Event], met: tuple[str, ...], since: int) -> Event | None:
    """The meeting told from offset ``since`` on (this sentence or the one before) at which someone else
    met the pair ``met`` (``التقى خلالها الرئيس X ووزير الخارجية Y``): "the two sides" after it are its
    source and the pair."""
    for ev in reversed(events):
        if ev.sentence.start < since:
            return None
        if ev.type == "CONSULT" and ev.source and len(met) > 1 and set(ev.target) == set(met):
            return ev
    return None


def _launched_by(view: DocView, i: int, hi: int) -> list[str]:
    """The destroying verb at ``i`` has for object a projectile whose launcher a relative clause right
    after it names (``دمرت الدفاعات الجوية صاروخا باليستيا أطلقته جماعة الحوثي``، ``ست طائرات مسيرة
    أطلقتها ميليشيا الحوثي``): the launcher."""
    projectile = False
    for k in range(i + 1, min(i + 1 + _LAUNCH_REACH, hi - 1)):
        if view.is_boundary(k) or (k in view.clause_verbs and not view.core[k].startswith(_LAUNCHING)):
            return []
        if view.bare[k] in _PROJECTILES:
            projectile = True
        elif projectile and view.core[k].startswith(_LAUNCHING) and has_suffix(view.tokens[k]):
            launcher = view.actor(k + 1)
            return (
                list(view.group_after(launcher)[0]) if launcher is not None and launcher.prep is None else []
            )
    return []


def _aimed_attack(view: DocView, i: int, hi: int) -> bool:
    """The attack noun at ``i`` is described by a clause of "aim at" right after it, a name a few words
    past its verb (``لهجوم صاروخي استهدف قاعدة العديد``، ``لعدوان استهدف محيط مطار دمشق``): what it
    struck is that verb's object."""
    start = view.tokens[i].start
    return any(
        view.core[k].startswith(_AIMING)
        and view.describes(k, start)
        and any(m in view.at for m in range(k + 1, min(k + 1 + _AIMED_NAME_REACH, hi)))
        for k in range(i + 1, min(i + 1 + _DESCRIBED_WORDS + 1, hi))
    )


def _described_told(text: str, a: Event, b: Event) -> bool:
    """An attack told again in its sentence by a clause describing the noun that tells it (``في انفجار
    شاحنة مفخخة استهدف موكبه``، ``سلسلة الهجمات التي استهدفت مسرحا``): a verb a few words after the
    noun, with no conjunction, punctuation or other act between, the two naming no different agents."""
    if a.type != "ASSAULT" or a.sentence != b.sentence or b.trigger.start <= a.trigger.end:
        return False
    between = text[a.trigger.end : b.trigger.start].split()
    return (
        len(between) <= _DESCRIBED_WORDS
        and not b.trigger.text.startswith(("و", "ف"))
        and all(w.isalpha() and not w.startswith("و") for w in between)
        # (no clause word but the relative: ثم قصفت، كما استهدفت)
        and all(normalize(w) in RELATIVES or normalize(w) not in CLAUSE_WORDS for w in between)
        and (not a.source or not b.source or set(a.source) == set(b.source))
    )


def _protest_told_in_part(a: Event, b: Event) -> bool:
    """A protest told again in its sentence by the same protesters against some of those it is against
    (تجمع المتظاهرون ... وهم يرددون هتافات «الموت لأميركا» و«الموت لإسرائيل»): one happening."""
    return (
        a.type == "PROTEST"
        and a.sentence == b.sentence
        and set(a.source) == set(b.source)
        and bool(b.target)
        and set(b.target) <= set(a.target)
    )


def _visit_word(ev: Event) -> bool:
    """The trigger of ``ev`` is a noun for a visit or a tour (``في زيارة``، ``خلال جولته``)."""
    word = normalize(ev.trigger.text)
    return bare(word) in _VISIT_NOUNS or (word[:1] in "وبلف" and bare(word[1:]) in _VISIT_NOUNS)


def _visits_of_meetings(events: list[Event]) -> list[Event]:
    """A visit noun told after a meeting, a hosting or an arrival in its sentence, that names one side
    only (``استقبل السيسي نظيره التركي أردوغان، في أول زيارة له إلى القاهرة``، ``وصل إلى دمشق في زيارة
    رسمية الرئيس الإيراني``): the same CONSULT, which takes the side it lacks from the visit."""
    out: list[Event] = []
    for ev in events:
        visit = ev.type == "CONSULT" and not ev.negated and not (ev.source and ev.target) and _visit_word(ev)
        met = (
            next(
                (
                    n
                    for n in range(len(out) - 1, -1, -1)
                    if out[n].type == "CONSULT" and out[n].sentence == ev.sentence and not out[n].negated
                ),
                None,
            )
            if visit
            else None
        )
        if met is None:
            out.append(ev)
            continue
        k = out[met]
        if not k.source and (source := tuple(e for e in ev.source if e not in k.target)):
            k = replace(k, source=source)
        elif not k.target and (target := tuple(e for e in ev.target if e not in k.source)):
            k = replace(k, target=target)
        out[met] = replace(k, mentions=(*k.mentions, ev.trigger))
    return out


def _visitors_no_party(events: list[Event]) -> list[Event]:
    """An agreement two or more named parties reach, aimed only at whoever makes a visit told after it
    in its sentence (``وقعت الإمارات والهند اتفاقية خلال زيارة لوزير التجارة الهندي X إلى أبوظبي``):
    the visit is its occasion, the visitor no further party."""
    out = list(events)
    for n, ev in enumerate(events):
        if ev.type != "AGREE" or len(ev.source) < 2 or not ev.target:
            continue
        if any(
            v.type == "CONSULT"
            and v.sentence == ev.sentence
            and v.trigger.start > ev.trigger.end
            and _visit_word(v)
            and set(ev.target) <= set(v.source)
            for v in events
        ):
            out[n] = replace(ev, target=())
    return out


def _home_tour(ev: Event, entities: dict[str, Entity]) -> bool:
    """``ev`` is a visit to towns only, of the one country its visitors are of: no one met told."""
    if ev.type != "CONSULT" or ev.mode != _VISIT or not ev.source or not ev.target:
        return False
    towns = [entities[t] for t in ev.target]
    if not all(is_town(t) for t in towns):
        return False
    countries = {entities[e].country for e in ev.source} | {t.country for t in towns}
    return len(countries) == 1 and None not in countries


def _deduplicate(doc: Document, events: list[Event], symmetric: frozenset[str]) -> list[Event]:
    """One event per happening: later tellings become ``mentions`` (the first telling with a mode
    gives it); ids ``V1``, ``V2`` ...; summaries.

    A visit and the meeting held during it are one CONSULT (:func:`_visit_hosts`)."""
    entities = {e.id: e for e in doc.entities}
    events = _visit_partners(_visitors_no_party(_visits_of_meetings(events)), entities, symmetric)
    hosts = _visit_hosts(doc.text, events, entities)
    kept: list[Event] = []
    extra: list[list[TextSpan]] = []
    where: dict[int, int] = {}  # event index → index of the kept event it is told by
    for i, ev in enumerate(events):
        if i in hosts:
            continue
        if ev.type in symmetric:
            key: tuple[frozenset[str], ...] = (frozenset(ev.source) | frozenset(ev.target),)
        else:
            key = (frozenset(ev.source), frozenset(ev.target))
        told = next((n for n, k in enumerate(kept) if _act_referred_back(doc.text, k, ev)), None)
        if told is not None:  # "the attack", "the protests" referred back to: a telling of the one told
            extra[told] += (ev.trigger, *ev.mentions)
            where[i] = told
            continue
        for n, k in enumerate(kept):
            if k.type != ev.type:
                continue  # (another kind of act: no telling of this one)
            described = _described_told(doc.text, k, ev)
            conveyed = killed = signed = False
            if ev.type in symmetric:
                kkey: tuple[frozenset[str], ...] = (frozenset(k.source) | frozenset(k.target),)
            else:
                kkey = (frozenset(k.source), frozenset(k.target))
            same = (
                (kkey == key and ev.named)
                or _agent_told(k, ev, entities, symmetric)
                or _unnamed_told(k, ev)
                or _protest_told_in_part(k, ev)
                or _suit_told(k, ev)
                or _condemnation_blamed(k, ev, events)
                or (conveyed := _protest_conveyed(k, ev))
                or _purpose_told(doc.text, k, ev)
                or _threat_told_again(k, ev)
                or _threat_content_told(doc.text, k, ev)
                or _given_in_parts(k, ev)
                or _toll_told(k, ev, entities)
                or (killed := _killed_in_attack(doc.text, k, ev))
                or _aim_told_once(k, ev, symmetric)
                or _parties_told_again(k, ev, symmetric)
                or (signed := _signing_referred_to(k, ev))
                or described
            )
            if (
                same
                and k.negated == ev.negated
                # (the clause dates the noun's act; a visit referred back to, dated only by the article,
                # is the one told: ووقع البلدان خلال الزيارة)
                and (
                    _compatible(k.date, ev.date)
                    or described
                    # (the killing is dated by the article, the attack by the day told before it: قتل X
                    # مساء الخميس إثر غارة)
                    or killed
                    or signed  # (the noun is dated by the article only: بتوقيع الحكومة)
                    or _visit_referred_back(doc, k, ev)
                    or _relative_on_noun(doc.text, k, ev)
                )
                # نفى ... ، كما رفض; خطفت 23 ... ثم قتلت اثنين منهم: two acts
                and (k.mode == ev.mode or not {k.mode, ev.mode} & _APART_MODES)
            ):
                extra[n] += (ev.trigger, *ev.mentions)
                where[i] = n
                if k.mode is None and ev.mode is not None:  # قتل ... في انفجار عبوة: explosives
                    kept[n] = k = replace(k, mode=ev.mode)
                if conveyed and (protested := tuple(t for t in ev.target if t not in k.source)):
                    # استدعت الخارجية القائم بالأعمال للاحتجاج على تصريحات أردوغان: whom it protests
                    kept[n] = replace(k, target=protested)
                elif not k.named:  # تجمع المتظاهرون في غزة ... احتجاجا على X: whom, told after
                    kept[n] = replace(
                        k, source=ev.source, target=ev.target, location=k.location or ev.location
                    )
                elif not k.source and ev.source and not set(ev.source) & set(k.target):
                    kept[n] = replace(k, source=ev.source)  # قتل الإمام علي ... قتله ابن ملجم: who did it
                elif not k.target and (aimed := tuple(t for t in ev.target if t not in k.source)):
                    # whom it is aimed at, told after (not a party the first telling has as a subject:
                    # وقعت السعودية والولايات المتحدة ... الاتفاقيات)
                    kept[n] = replace(k, target=aimed)
                break
        else:
            where[i] = len(kept)
            kept.append(ev)
            extra.append([])
    for i, host in hosts.items():
        while host in hosts:  # a visit naming no place → the one naming it → the meeting
            host = hosts[host]
        extra[where[host]] += (events[i].trigger, *events[i].mentions)
    out: list[Event] = []
    for ev, more in zip(kept, extra, strict=True):
        if ev.type in _GIVEN_TYPES and not ev.source:
            continue  # aid no one named gives, in no telling
        if _home_tour(ev, entities):
            continue  # زار الرئيس المصري الإسكندرية: a tour at home, no one consulted
        if (ev.type, ev.mode) == _WEAPONS_MODE and _LAUNCHING in normalize(ev.trigger.text):
            continue  # أطلقت كوريا الشمالية صاروخا: no move of forces, only what stances on it refer to
        if _in_rejection_of(doc, ev):
            continue  # نظموا وقفة احتجاجية رفضا للقرار: why they acted, told by the act (and its target)
        if ev.type == "ACCUSE" and normalize(ev.trigger.text) in _IN_PROTEST_AT and not more:
            continue  # استدعت X سفيرها احتجاجا على تصريحات Y، وقفة تنديدا بـ: why another act was done
        if _deadline_to_leave(doc, ev):
            continue  # طردت X الدبلوماسي وأمهلته 48 ساعة لمغادرة البلاد: the expulsion's terms, no threat
        if _accusations_denied(doc, ev, kept):
            continue  # اتهمت X ... ورفضت Y الاتهامات: what is denied, told already
        if _refusal_restated(doc, ev, kept):
            continue  # رفض X العقوبات، مؤكدا أن بلاده "لن تتراجع": the refusal told, said again
        if _threat_answered(doc, ev, kept):
            continue  # هددت X ... وردت Y بأن هذه التهديدات لن تثنيها: the threat answered, told again
        if _apology_referred_to(doc, ev):
            continue  # رحبت X بالاعتذار التونسي، مذكرة الاعتذار: an apology named, none made here
        if _seizure_in_arrest(doc, ev, kept):
            continue  # اعتقلت الشرطة 23 صيادا وصادرت قواربهم: what was taken in the arrest, no act of its own
        if (
            ev.type == "CONSULT"
            and not ev.target
            and len(ev.source) < 2
            and _RECEPTION in normalize(ev.trigger.text)
        ):
            continue  # رفضه استقبال طائرات، كان في استقباله: no guest named, no meeting
        if ev.type == "ASSAULT" and _violence_during_protest(doc, ev):
            continue  # في مظاهرات غاضبة، هاجموا خلالها شاحنات: the protest's violence, no attack of its own
        if ev.type == "ASSAULT" and _figurative_war(doc, ev):
            continue  # شن "حربا اقتصادية" على فنزويلا، الحرب التجارية: no force used
        if (
            ev.type == "ASSAULT"
            and not ev.source
            and _WAR in normalize(ev.trigger.text)
            and not _war_on_named(doc, ev, entities)
        ):
            continue  # في ظل استمرار الحرب على غزة: a war no telling names a party to, the background
        if ev.type == "ASSAULT" and not ev.source and _clash_at_places(ev, entities):
            continue  # اندلعت اشتباكات عنيفة في طرابلس: fighting where neither side is named, no attack
        coded = replace(ev, id=f"V{len(out) + 1}", mentions=(*ev.mentions, *more))
        out.append(replace(coded, summary_en=summarize(coded, entities)))
    return out


def _in_rejection_of(doc: Document, ev: Event) -> bool:
    """The event is told by "in rejection of" what ل names (``وقفة احتجاجية رفضا للمشروع``): the purpose of
    another act."""
    return normalize(ev.trigger.text) == _IN_REJECTION and doc.text[ev.trigger.end :].lstrip().startswith("ل")


def _accusations_denied(doc: Document, ev: Event, events: Sequence[Event]) -> bool:
    """The accusation told by a noun of accusations (``الاتهامات البحرينية``، ``اتهامات ظريف``) is the
    object of a denial shortly before it in its sentence (``رفضت طهران الاتهامات``), and its author's
    accusation is told before among ``events``: the accusation referred back to, no new one."""
    if ev.type != "ACCUSE" or bare(normalize(ev.trigger.text)) not in _ACCUSATIONS:
        return False
    if not any(
        k.type == "ACCUSE" and k.trigger.end <= ev.trigger.start and k.source == ev.source for k in events
    ):
        return False
    return any(
        k.type == "REJECT"
        and k.sentence == ev.sentence
        and k.trigger.end <= ev.trigger.start
        and len(doc.text[k.trigger.end : ev.trigger.start].split()) <= _DENIED_REACH
        for k in events
    )


def _refusal_restated(doc: Document, ev: Event, events: Sequence[Event]) -> bool:
    """The explicit refusal ``ev`` (``لن تقبل``، ``لن تتراجع``: a refusal verb right after لن or لا) is what a
    refusal told before it in its sentence says, in a clause that asserts or says after it (``رفض الرئيس
    أردوغان الانتقادات، مؤكدا أن بلاده "لن تتراجع"``، ``رفض نعيم قاسم الخطة، قائلا إن الحزب «لن يسلم
    سلاحه»``): the one refusal told again, not a second. Only a refusal (رفض) restates so: a denial of a
    claim may be followed by a stand of its own (``نفى X أن تكون الإعادة قسرية، مؤكدا أن طهران لن
    تتراجع``)."""
    if ev.type != "REJECT" or ev.negated:
        return False
    before = doc.text[max(0, ev.trigger.start - _NEGATOR_CHARS) : ev.trigger.start].split()
    if not before or normalize(before[-1].strip("".join(QUOTE_MARKS))) not in _REFUSING:
        return False
    for k in events:
        if (
            k.type == "REJECT"
            and not k.negated
            and k.sentence == ev.sentence
            and k.trigger.end < ev.trigger.start
            and _REFUSAL_STEM in normalize(k.trigger.text)
        ):
            words = [normalize(w) for w in doc.text[k.trigger.end : ev.trigger.start].split()]
            if any(
                w.removeprefix("و") in _RESTATING and nxt in COMPLEMENTIZERS
                for w, nxt in itertools.pairwise(words)
            ):
                return True
    return False


#: the mode of a confiscation, and the stem of its verb and noun (صادر، مصادرة: not a takeover, استولى، nor
#: a find of goods, ضبط، حجز)
_CONFISCATION = "confiscate"
_CONFISCATING = normalize("صادر")


def _seizure_in_arrest(doc: Document, ev: Event, events: Sequence[Event]) -> bool:
    """The confiscation ``ev`` is joined by و after an arrest, detention or raid that its own subject
    (or no subject told) does before it in its sentence (``اعتقلت الشرطة 23 صيادا ... وصادرت قواربهم``،
    ``دهمت القوات مقار سبع منظمات وصادرت محتوياتها``، ``أسفرت عن اعتقال 23 شخصا ومصادرة 40 شاحنة``):
    what was taken in that act, no act of its own. A seizure told first stays its own (``صادرت ... عشرات
    الأجهزة واعتقلت عددا من التجار``)."""
    if ev.type != "COERCE" or ev.mode != _CONFISCATION or _CONFISCATING not in normalize(ev.trigger.text):
        return False
    if not (ev.trigger.text.startswith("و") or doc.text[max(0, ev.trigger.start - 1)] == "و"):
        return False
    return any(
        k.type == "COERCE"
        and k.mode != _CONFISCATION
        and k.sentence == ev.sentence
        and k.trigger.end < ev.trigger.start
        and set(ev.source) <= set(k.source)
        for k in events
    )


def _apology_referred_to(doc: Document, ev: Event) -> bool:
    """The apology is a noun with the article (``رحبت الخارجية الليبية بالاعتذار التونسي``، ``مذكرة
    الاعتذار التي تسلمتها``، ``ردت الرئاسة بأن الاعتذار ينبغي أن يأتي من سانشيز``): the apology told
    before, welcomed, named or asked for, none made in this telling; one made is told without the article
    (``قدم اعتذاره``، ``قدمت اعتذارا رسميا``) or offered or done with it (``قدم الاعتذار``، ``قام
    بالاعتذار``)."""
    if ev.type != "CONCEDE" or ev.mode != _APOLOGIZE:
        return False
    words = _words_with_article(doc, ev)
    if not words:
        return False
    # (the verb may stand before its subject: قدم الوزير الاعتذار)
    return not any(
        normalize(w.strip(_WORD_EDGES)).removeprefix("و").removeprefix("ف") in _APOLOGY_MADE
        for w in words[-_APOLOGY_VERB_REACH - 1 : -1]
    )


def _words_with_article(doc: Document, ev: Event) -> list[str]:
    """The words before the event's trigger when the trigger's word has the article (``بالاعتذار``،
    ``التهديدات``), that word's clitics and article last; none when it has not."""
    start = ev.trigger.start
    words = doc.text[max(0, start - _ARTICLE_CONTEXT) : start].split()
    at = doc.text[start - 1 : start]
    prefix = words[-1] if words and at and not at.isspace() else ""
    return words if normalize(prefix).endswith(_THE) or prefix.endswith(_FOR_THE) else []


def _threat_answered(doc: Document, ev: Event, events: Sequence[Event]) -> bool:
    """The threat is a noun with the article, its threatened act not told after it (no ب), after a threat
    told before it in the text (``هددت البوليساريو باستهداف ... وردت الخارجية المغربية بأن هذه
    التهديدات "لن تثني المملكة"``، ``يرفض لغة التهديد``): the threat answered, none made again; one
    with its act (``ورد القائد بالتهديد بإغلاق مضيق هرمز``) is made."""
    if ev.type != "THREATEN" or not _words_with_article(doc, ev):
        return False
    after = doc.text[ev.trigger.end : ev.trigger.end + _ARTICLE_CONTEXT].split(maxsplit=1)
    if after and after[0].startswith(_BI):
        return False
    return any(k.type == "THREATEN" and k.trigger.end < ev.trigger.start for k in events)


#: how many characters before an apology's or a threat's noun are read for its article and the verbs before it
_ARTICLE_CONTEXT = 60
#: how many words before an apology's noun the verb that makes it may stand (قدم الوزير الاعتذار)
_APOLOGY_VERB_REACH = 4
#: the article, normalised (ل fused with it is _FOR_THE: للاعتذار)
_THE = normalize("ال")
#: verbs by which an apology with the article is made, not referred to (قدم الاعتذار، قام بالاعتذار),
#: normalised, their و or ف taken off
_APOLOGY_MADE = frozenset(
    normalize(w)
    for w in ("قدم", "قدمت", "قدموا", "قدمتا", "يقدم", "تقدم", "قام", "قامت", "قاموا", "قمت", "قمنا")
)


#: words before which a refusal's negation may stand, quote marks included (مؤكدا أن بلاده "لن تتراجع")
_NEGATOR_CHARS = 6
#: the participles and verbs by which a refusal's subject says it again (مؤكدا أن، قائلا إن، وقالت إن),
#: normalised, their و taken off
_RESTATING = frozenset(
    normalize(w)
    for w in (
        *("مؤكدا", "مؤكدة", "مؤكدين", "مشددا", "مشددة", "قائلا", "قائلة", "مضيفا", "مضيفة"),
        *("معتبرا", "معتبرة", "قال", "قالت", "أكد", "أكدت"),
    )
)


#: how many words a denial's subject may take between it and the accusations it denies (رفض المتحدث
#: باسم الخارجية الأميركية روبرت بالادينو اتهامات ظريف)
_DENIED_REACH = 9


def _deadline_to_leave(doc: Document, ev: Event) -> bool:
    """The threat is a deadline given to leave (``وأمهلته 48 ساعة لمغادرة البلاد``): the terms of an
    expulsion told beside it, no threat of its own."""
    if ev.type != "THREATEN" or _GAVE_TIME not in normalize(ev.trigger.text):
        return False
    return any(w.startswith(_TO_LEAVE) for w in _words_after(doc, ev, _DEADLINE_WORDS))


def _figurative_war(doc: Document, ev: Event) -> bool:
    """The attack is a war of trade, money or words (``حربا اقتصادية``، ``الحرب التجارية``): its
    trigger is "war" and the word after it, past a quotation mark, such an adjective; or a targeting
    done by a campaign of words (``حملة دعائية تستهدفها``، ``حملة إعلامية تستهدف الجيش``): its trigger
    "targets" and the word right before it such an adjective."""
    trigger = normalize(ev.trigger.text)
    if _TARGETS_STEM in trigger:
        before = doc.text[max(0, ev.trigger.start - _WORD_SPAN) : ev.trigger.start].rsplit(maxsplit=1)[-1:]
        return any(normalize(w.strip(_WORD_EDGES)) in _WORDY_CAMPAIGNS for w in before)
    if _WAR not in trigger:
        return False
    return any(w in _FIGURATIVE_WARS for w in _words_after(doc, ev, 1))


def _war_on_named(doc: Document, ev: Event, entities: dict[str, Entity]) -> bool:
    """The war is told with its victim, a country named right after "on" or "against" (``الحرب على
    لبنان``، ``الحرب ضد لبنان``): a war on a state, coded though no attacker is named; a war on a town or
    strip (الحرب على غزة) stays the news's background."""
    m = _WAR_ON_AFTER.match(doc.text, ev.trigger.end)
    if m is None:
        return False
    return any(
        entities[t].type == "GPE"
        and (entities[t].kb_id or "").count(":") == 1  # a country, not a town (geo:city:PSE:gaza)
        and any(mn.start == m.end() for mn in entities[t].mentions)
        for t in ev.target
        if t in entities
    )


#: "on" or "against" right after a war (الحرب على، الحرب ضد، الحرب علي as some write it)
_WAR_ON_AFTER = re.compile(r"\s+(?:على|علي|ضد)\s+")


def _violence_during_protest(doc: Document, ev: Event) -> bool:
    """Violence told as what went on during a protest named before it in its sentence (``تحولت التظاهرة
    إلى مواجهات، رشق خلالها شبان الشرطة``، ``في مظاهرات غاضبة، هاجموا خلالها شاحنات``): part of the
    protest, no attack of its own; a killing during it (قتل خلالها) stays one, and so does a riot's
    violence (أعمال شغب، أحرق خلالها شبان مبنى حكوميا). So is violence by "some of them" after protesters
    or protesting told before it (``قطع محتجون طرقا ...، وأضرم بعضهم النار``)."""
    if _KILLED in normalize(ev.trigger.text):
        return False
    if _SOME_OF_THEM_AFTER.match(doc.text, ev.trigger.end) is not None:
        # قطع محتجون طرقا رئيسية، وأضرم بعضهم النار في إطارات: some of the protesters told before
        return _PROTESTING_BEFORE.search(doc.text, ev.sentence.start, ev.trigger.start) is not None
    if _DURING_IT_AFTER.match(doc.text, ev.trigger.end) is None:
        return False
    return _PROTEST_BEFORE.search(doc.text, ev.sentence.start, ev.trigger.start) is not None


#: "during it" right after the act, and the nouns of protests it refers to
_DURING_IT_AFTER = re.compile(r"\s+(?:خلالها|خلاله|أثناءها|أثناءه)(?!\S)")
_PROTEST_BEFORE = re.compile(
    r"(?<!\S)\S{0,4}(?:" + "|".join((*_PROTESTS, "مواجهات", "مسيرة", "مسيرات")) + r")(?!\S)"
)
#: "some of them" as the subject right after the act, and the words of protesting or protesters
#: (تظاهر، احتجاجا، محتجون، معتصمين) that tell before it which crowd they are part of
_SOME_OF_THEM_AFTER = re.compile(r"\s+بعضهم(?!\S)")
_PROTESTING_BEFORE = re.compile(r"(?<!\S)\S{0,3}(?:تظاهر|احتج|متظاهر|محتج|اعتصم|معتصم)")


def _clash_at_places(ev: Event, entities: dict[str, Entity]) -> bool:
    """The attack is a clash (``اشتباكات``، ``مواجهات``، ``معارك``) whose only named actors are the places
    where it broke out: two sides fought, and the telling names neither."""
    text = normalize(ev.trigger.text)
    return any(stem in text for stem in _CLASH_STEMS) and all(
        entities[t].type in PLACE_TYPES for t in ev.target
    )


def _words_after(doc: Document, ev: Event, n: int) -> list[str]:
    """The first ``n`` words of the text after the event's trigger, normalised, without the quotation
    marks and punctuation around them."""
    return [normalize(w.strip(_WORD_EDGES)) for w in doc.text[ev.trigger.end :].split(maxsplit=n)[:n]]


#: "war", normalised, and the adjectives that make one no use of force (اقتصادية، تجارية، إعلامية)
_WAR = normalize("حرب")
_FIGURATIVE_WARS = frozenset(
    normalize(p + w + e)
    for w in ("اقتصادي", "تجاري", "إعلامي", "نفسي", "كلامي", "دبلوماسي", "سياسي")
    for p in ("", "ال")
    for e in ("ة", "ا", "")
)
#: "targets" (استهدف، تستهدف), normalised, and the adjectives of a campaign of words that targets no one
#: by force (حملة دعائية، إعلامية، تحريضية تستهدف X)
_TARGETS_STEM = normalize("ستهدف")
#: how many characters before a trigger hold the word before it, whatever its length
_WORD_SPAN = 64
_WORDY_CAMPAIGNS = _FIGURATIVE_WARS | frozenset(
    normalize(p + w + e) for w in ("دعائي", "تحريضي") for p in ("", "ال") for e in ("ة", "")
)
#: clashes, normalised stems (اشتباكات، مواجهات، معارك، معركة، اقتتال): fighting of two sides
_CLASH_STEMS = tuple(normalize(w) for w in ("اشتباك", "مواجه", "معارك", "معركة", "اقتتال"))
#: the stem of the verb of clashing (اشتبك، اشتبكت، اشتبكوا) and the clash nouns' stems, normalised
_CLASH_STARTS = (normalize("اشتبك"), *_CLASH_STEMS)
#: quotation marks and punctuation around a word
_WORD_EDGES = "".join(QUOTE_MARKS) + "'.,،"
#: "reception" (استقبال، في استقباله), normalised: a meeting only with the guest named
_RECEPTION = normalize("استقبال")
#: "received" (استقبل، تستقبل، استقبال), normalised: a visit told as its host's reception names its host
_RECEIVING_STEM = normalize("ستقب")
#: "gave time" (أمهل، أمهلته), "to leave" (لمغادرة), normalised, and how many words after the verb
#: the leaving may be told (أمهلتهم 48 ساعة لمغادرة)
_GAVE_TIME = normalize("مهل")
_TO_LEAVE = normalize("لمغادر")
_DEADLINE_WORDS = 5
#: "in rejection" (رفضا), normalised
_IN_REJECTION = normalize("رفضا")
#: "in protest at", "in condemnation of" (احتجاجا على، تنديدا بـ): the motive of another act, normalised
_IN_PROTEST_AT = frozenset(normalize(w) for w in ("احتجاجا", "تنديدا", "استنكارا"))
#: missiles launched: coded for what stances on the launch refer to (فندد مجلس الأمن بالعملية), told as
#: no event of their own (MOBILIZE is a move of troops or police short of force, EVENTS_GUIDE.md)
_WEAPONS_MODE = ("MOBILIZE", "weapons")


def _vessels_at_sea(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """An attack of a named agent on one vessel told with the sea it sailed (``استهدفت قوات الجماعة سفينة
    شحن في البحر الأحمر``، ``شنت القوات ضربة على زورق في البحر الكاريبي``) struck the vessel, and the sea
    is where, no target; attacks on many ships (``هجمات على السفن في البحر الأحمر``) are on the sea lane."""
    out = []
    for ev in events:
        if (
            ev.type == "ASSAULT"
            and ev.source
            and ev.target
            and all((view.entities[e].kb_id or "").startswith(_REGION_ID_PREFIX) for e in ev.target)
            and _vessel_struck_at(view, view.token_at(ev.trigger.start)) in _VESSEL
        ):
            ev = replace(ev, target=())
        out.append(ev)
    return out


#: military exercises with the article, bare: what a stance taken on them refers back to (انتقدت X المناورات)
_DRILLS = frozenset(
    bare(normalize(w)) for w in ("المناورات", "التدريبات", "التدريب", "التمرين", "التمارين", "التمرينات")
)
#: the words the exercises themselves are told by, bare (مناورات، تدريبات مشتركة، تمرين)
_DRILL_NOUNS = frozenset(
    bare(normalize(w)) for w in ("مناورات", "تدريبات", "تدريب", "تمرين", "تمارين", "تمرينات")
)


def _stances_on_drills(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """A stance that names no one, taken on exercises told again by their definite noun right after its
    verb and subject (``وانتقدت الخارجية الإثيوبية المناورات``), is on those who held the last exercises
    coded before it: both parties of joint ones (COOPERATE), the holder of others (MOBILIZE of weapons)."""
    out = []
    for n, ev in enumerate(events):
        if ev.type in _STANCE_TYPES and ev.source and not ev.target and not ev.negated:
            k = _drill_object(view, view.token_at(ev.trigger.start))
            drill = _drill_told(view, events[:n], ev.source) if k is not None else None
            if drill is not None:
                parties = (*drill.source, *(drill.target if drill.type == "COOPERATE" else ()))
                ev = replace(ev, target=tuple(t for t in parties if t not in ev.source))
        out.append(ev)
    return out


def _drill_object(view: DocView, i: int) -> int | None:
    """The definite noun of exercises right after the stance verb at ``i``, past its subject and the
    subject's titles (``وانتقدت الخارجية الإثيوبية المناورات``، ``ونددت تايوان بالمناورات``); else None."""
    hi = view.bounds[view.tokens[i].sentence][1]
    for k in range(i + 1, min(hi, i + 1 + _STANCE_SUBJECT_REACH + _TITLE_RUN_AFTER)):
        if view.is_boundary(k):
            return None
        if k in view.inside:
            continue
        if view.bare[k] in _DRILLS and any(w.form == "ال" for w in view.tokens[k].words):
            return k
        if not view.only_titles(k, k + 1):
            return None
    return None


#: how many more words than a subject's reach may stand before the object (its adjectives)
_TITLE_RUN_AFTER = 2


def _drill_told(view: DocView, events: list[Event], exclude: Sequence[str]) -> Event | None:
    """The last exercises coded, held jointly (COOPERATE) or alone (MOBILIZE of weapons), told by a word
    for exercises, by someone not among ``exclude``."""
    return next(
        (
            ev
            for ev in reversed(events)
            if (ev.type == "COOPERATE" or (ev.type, ev.mode) == _WEAPONS_MODE)
            and ev.source
            and not ev.negated
            and not set(ev.source) & set(exclude)
            and any(_told_with_word(view, ev, w) for w in _DRILL_NOUNS)
        ),
        None,
    )


#: words that open a circumstantial aside after a comma (و cut off), on another act than the clause's
#: (، متهما واشنطن بالسعي إلى تغيير النظام في كاراكاس، وذلك ردا على لقاء في كاليفورنيا), normalised
_OTHER_ACT_ASIDES = frozenset(
    normalize(w) for w in ("متهما", "متهمة", "ردا", "ذلك", "مؤكدا", "مؤكدة", "مشيرا", "مشيرة")
)


def _deployments_past_asides(doc: Document, view: DocView, events: list[Event]) -> list[Event]:
    """A deployment whose destination is named in its sentence only after a comma and an aside on another
    act (``أمر مادورو بنشر 25 ألف جندي على الحدود، متهما واشنطن بالسعي إلى تغيير النظام في كاراكاس``):
    the place is the other act's, no destination of the deployment."""
    out = []
    for ev in events:
        if ev.type == "MOBILIZE" and ev.target:
            i = view.token_at(ev.trigger.start)
            sentence = doc.tokens[i].sentence
            named = [
                k
                for k, a in view.at.items()
                if doc.tokens[k].sentence == sentence and set(a.entities) & set(ev.target)
            ]
            aside = next(
                (
                    j
                    for j in range(i + 1, min(named, default=i))
                    if doc.tokens[j].text in _COMMAS and view.core[j + 1] in _OTHER_ACT_ASIDES
                ),
                None,
            )
            if aside is not None and all(k > aside for k in named):
                ev = replace(ev, target=())
        out.append(ev)
    return out


#: the passes over the coded events, in order, that tell one act by what is told around another: a claim of
#: the attack told after it, the measures sanctions include, the country of those sanctioned unnamed, a
#: delegation's head, the states an apposition lists for their group, a visitor's companion, a partner's share
#: in an act, a partner in a joint operation, coordination between two named, joint exercises, no attack in a
#: security sweep, no attack in weapons fired in exercises, no one whose family a concession is made to, an
#: act done at a request, protesters struck, custody by whoever lets its captive go, the hand-over of those
#: let go, a warrant asked for by the asker, the claims of lawsuits, flights to a country, no target in a word
#: for its enemies, no news medium refused, no price of another act, no goal pressed for, the asker of a
#: request refused, the refuser of a threat, no accusation in a reply telling one's own refusal, the results
#: of operations, the one a request is made to at a meeting, the investigations behind arrests, "the two
#: sides" a call is made to, the agents a vow of response answers, the claimant of an attack told before its
#: claim, the claimant of "the operation" for the attack told before, the named deaths an attack resulted in,
#: a strike on the struck one's car or convoy as how he was struck, the force a town was taken from after
#: battles, and a vessel struck at sea, not the sea
_TOLD_ACROSS_EVENTS = (
    _claims_of_attacks_after,
    _measures_of_sanctions,
    _sanctioned_in_a_country,
    _delegations_by_their_heads,
    _members_named_aside,
    _companions_of_visitors,
    _sponsors_of_talks,
    _talks_of_deals,
    _joint_acts,
    _joint_operations_with,
    _coordinated_between,
    _joint_exercises,
    _joint_attacks_of_pairs,
    _security_sweeps_are_no_attacks,
    _fire_in_exercises_is_no_attack,
    _households_are_no_recipients,
    _at_request,
    _deals_acted_under,
    _missions_of_their_state,
    _protesters_struck,
    _custody_of_those_let_go,
    _hand_overs_of_those_let_go,
    _fasters_let_go,
    _aid_thanked_for,
    _warrants_asked_for,
    _claims_of_lawsuits,
    _flights_to_a_country,
    _treaties_with_a_party,
    _adversaries_are_no_targets,
    _no_refused_reporters,
    _prices_named_by_no_doer,
    _goals_pressed_for,
    _refused_requests,
    _refused_threats,
    _replies_telling_own_refusals,
    _calls_made_at_meetings,
    _results_of_operations,
    _investigations_behind_arrests,
    _calls_to_the_two_sides,
    _threats_of_response,
    _goods_given_by,
    _explosives_planted_by,
    _seats_struck,
    _claims_of_attacks_before,
    _claims_of_operations,
    _deaths_resulting,
    _killed_nationals,
    _strikes_on_the_struck,
    _takeovers_after_battles,
    _vessels_at_sea,
    _deployments_past_asides,
    _stances_on_drills,
    _accused_after_an_act,
    _condemned_then_asked,
)
