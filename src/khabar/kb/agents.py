"""Descriptive actors: armies, governments, ministries and police named by a nationality adjective.

News names many actors without a proper name: ``الجيش العراقي``, ``قوات الأمن العراقية``,
``الخارجية الأميركية``, ``الحكومة الصومالية``. ANERcorp leaves them untagged, so the tagger does too,
yet event data is about them. :func:`add_agents` (run by the ``coref`` stage) makes them entities:

* a multi-word organisation alias of the knowledge base that no mention covers (``الجيش العراقي``,
  ``قوات الدعم السريع``) is linked to its entry;
* otherwise a head noun of ``agent_heads.tsv`` followed by a nationality adjective (one or two words,
  ``demonyms.tsv``; ``الكورية الشمالية``), with at most one other relational adjective between them
  (``المحكمة العسكرية الإسرائيلية``), is an organisation of that country with the head's sector
  and an English name such as ``Army of Iraq``; its ``kb_id`` is ``agent:<ISO>:<head>``;
* a head with one or two relational adjectives and no nationality (``الجبهة التركمانية``, ``الحكومة
  الانتقالية``, ``المحكمة الجنائية العليا``) is an organisation of no known country, unless a body with
  that head was named before (``الشرطة المحلية`` after ``الشرطة التركية``: left to :func:`add_head_anaphors`)
  or the head is an adjective of the noun before it (``السياسة الخارجية الأوروبية``);
* a head of ``construct_heads.tsv`` with a construct chain (indefinite nouns, one definite noun, its
  adjectives: ``رابطة أصحاب محطات الوقود``, ``محكمة معتقل عوفر العسكرية الإسرائيلية``) is an
  organisation, of the country a nationality at its end names; not when the chain holds a body of its
  own or one named before (``هيئة المحكمة`` after ``المحكمة الجنائية``), unless the head names a unit
  of a body (``مديرية الأمن العام الأردنية``); the heads listed for this only with a nationality end it
  (``إدارة الكوارث والطوارئ التركية``; not ``إدارة الأزمة السورية``, an affair's);
* ``حكومة``، ``إدارة`` or ``نظام`` right before a person's name (``حكومة دانيال أورتيغا``، ``إدارة
  ترامب``) is a government of the person's country, the name a word of it;
* a company, bank, tribe, newspaper or channel named by words the word clusters never saw after its
  head (``شركة بايكار التركية``، ``بنك ملي``، ``قبيلة آل شبوان``; a business goes on with ل: ``شركة داسو
  للطيران``) is an organisation, of the country a nationality after it names;
* a military council with the country it rules after في (``المجلس العسكري في النيجر``) is that country's,
  and its head words told again are its mentions;
* any head of ``construct_heads.tsv`` with the article, one to three adjectives and what the body is for
  after ل (``النقابة الوطنية للصحافيين التونسيين``، ``المديرية العامة لمراقبة التراب الوطني``، ``المفوضية
  السامية للأمم المتحدة لشؤون اللاجئين``), or adjectives with a nationality among them (``الهيئة الخيرية
  الأردنية الهاشمية``), is an organisation, of the country that nationality names;
* any head of ``construct_heads.tsv``, and the heads it lists for this only (``شركة``، ``جامعة``), with
  at most one indefinite noun and then a place mention (``بلدية القدس الإسرائيلية``، ``مجلس محافظة ذي
  قار``، ``حكومة غواتيمالا``; a business goes on with ل: ``شركة مصر للغزل والنسيج``) is an organisation of
  the place's country, or of the nationality at its end. The place is a word of its name, no mention of
  its own, as it is in a KB alias that holds one (``جامعة القاهرة``).

Spans already covered by a mention other than such a place are left alone; repeated phrases join one entity.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from khabar.document import Document, Entity, Mention, Token
from khabar.kb.kb import GEO_ID_PREFIX, MEDIA_SECTOR, KBEntry, KnowledgeBase, bare, country_id, key, spellings
from khabar.kb.link import HOMONYM_DEMONYMS, apply_entry, local_id, token_forms
from khabar.kb.translit import transliterate
from khabar.lexicon import packaged
from khabar.ner.model import default_tagger
from khabar.ner.places import locates_name
from khabar.ner.places import place_heads as place_nouns
from khabar.ner.repair import is_body_word, led_by, title_heads, weekday_keys
from khabar.ner.stage import mention_start
from khabar.text.normalize import NISBA_ENDINGS, normalize

#: a head and the genitive that make the body a news agency (وكالة الأنباء الألمانية، وكالة أنباء X)
_NEWS_AGENCIES = frozenset({(key("وكالة"), key("الأنباء")), (key("وكالة"), key("أنباء"))})
#: longest KB alias looked for, in words
_MAX_ALIAS = 8
#: the sector of heads that name parties and fronts, with or without a nationality
_PARTY_SECTOR = "PTY"
#: adjectives of rank or standing that may end a body's name (المحكمة الجنائية العليا، المفوضية العليا
#: المستقلة للانتخابات), normalised
_RANKS = frozenset(key(w) for w in ("العليا", "الأعلى", "العامة", "العام", "المؤقتة", "المستقلة", "الدائمة"))
#: heads of a court or a chamber, and adjectives of their remit that end its name (محكمة الجنايات الخاصة،
#: الدائرة الجنائية المتخصصة), normalised
_COURT_HEADS = frozenset(key(w) for w in ("محكمة", "المحكمة", "دائرة", "الدائرة"))
_COURT_REMITS = frozenset(key(w) for w in ("الخاصة", "المتخصصة"))
#: nouns that end like a relational adjective (هاجمت القوات الحكومية القرية: the village is attacked)
_NOUNS_LIKE_ADJECTIVES = frozenset(
    key(w)
    for w in (
        "القرية",
        "العملية",
        "القضية",
        "الاتفاقية",
        "الميزانية",
        "الحرية",
        "الضحية",
        "الهوية",
        "الأغلبية",
        "الأكثرية",
        "الأقلية",
        "الشرعية",
        "الجنسية",
        "الهدية",
        "المسؤولية",  # (حملت الشركة التحالف المسؤولية: what the alliance is held to, no adjective of it)
        # nouns ending in ى, which normalises to ي (ورفضت المحكمة الدعوى: the lawsuit, no body)
        *("الدعوى", "الشكوى", "الفتوى", "القوى", "الجدوى", "العدوى", "الذكرى", "المستوى", "الفوضى"),
        *("المبنى", "المعنى", "الحمى", "الملتقى", "المنتدى", "المرمى"),
    )
)
#: how many indefinite nouns a construct chain may hold before its definite one (لجنة متابعة تنفيذ اتفاق
#: السلام), and how many one that holds a name (رئيس مجلس إدارة شركة فوكسكون العالمية: the company's board
#: and its title, around the company's own name)
_CHAIN = 4
_NAMED_CHAIN = 3
#: words that end a construct chain: it holds nouns only (normalised)
FUNCTION_WORDS = frozenset(
    key(w)
    for w in (
        *("في", "من", "إلى", "على", "عن", "مع", "ضد", "بين", "منذ", "حول", "لدى", "عند", "نحو", "خلال"),
        *("أمام", "بعد", "قبل", "دون", "عبر", "أن", "إن", "التي", "الذي", "كما", "لكن", "حيث", "هذه", "هذا"),
        *("الى", "الي", "الذين", "اللذين", "اللتين"),
    )
)
#: "defending" (or releasing, searching for, uncovering) in a ل phrase of what a body is for, and the عن
#: of what it defends (للدفاع عن حقوق الإنسان، للإفراج عن المعتقلين)
_DEFENDING = frozenset(key(w) for w in ("الدفاع", "الإفراج", "البحث", "الكشف"))
_OF_RIGHTS = key("عن")
#: rights, what any body may be for after ل (الجبهة المدنية لحقوق الإنسان), as keys
_RIGHTS = frozenset(key(w) for w in ("حقوق",))
#: normalised endings of the word after a bare head that make it an adjective, not the next phrase
_ADJECTIVE_ENDINGS = (*NISBA_ENDINGS, "يين", "يون")
#: heads of a body's office or council, named with the body after them (مكتب المفوضية، مجلس الجامعة)
_OFFICE_HEADS = frozenset(key(w) for w in ("مكتب", "مجلس", "لجنة", "أمانة", "إدارة", "دائرة", "فرع"))
#: normalised endings of a feminine head (a singular in ة, a plural in ات), whose adjective ends in ية
_FEMININE_ENDINGS = ("ه", "ات")


@dataclass(frozen=True, slots=True)
class _Text:
    """A document as the finders of bodies read it: the knowledge base, the document, its tokens' forms
    and its place and organisation mentions by their first token (:func:`_name_mentions`)."""

    kb: KnowledgeBase
    doc: Document
    forms: Sequence[str]
    named: dict[int, tuple[int, Entity, Mention]]
    #: its person mentions by their first token, the same way
    persons: dict[int, tuple[int, Entity, Mention]]


@dataclass(frozen=True, slots=True)
class Head:
    english: str
    sector: str
    words: int


@cache
def agent_heads() -> dict[tuple[str, ...], Head]:
    """Head nouns (normalised word tuples) → English name and sector."""
    out: dict[tuple[str, ...], Head] = {}
    for arabic, english, sector in packaged("agent_heads.tsv", 3, 3):
        words = tuple(key(arabic).split())
        out[words] = Head(english, sector, len(words))
    return out


@cache
def _head_lengths() -> tuple[int, ...]:
    return tuple(sorted({h.words for h in agent_heads().values()}, reverse=True))


@cache
def _head_starts() -> frozenset[str]:
    return frozenset(words[0] for words in agent_heads())


@lru_cache(maxsize=8)
def _alias_starts(kb: KnowledgeBase) -> dict[str, int]:
    """First words of the KB's multi-word organisation aliases → the longest such alias, in words."""
    out: dict[str, int] = {}
    for e in kb.entries.values():
        if e.type == "ORG":
            for k in (k for alias in e.aliases for k in spellings(key(alias))):
                words = k.split()
                if 1 < len(words) <= _MAX_ALIAS:
                    out[words[0]] = max(out.get(words[0], 0), len(words))
    return out


def _kb_alias(
    kb: KnowledgeBase, forms: Sequence[str], i: int, hi: int, written: Sequence[str] = ()
) -> tuple[KBEntry, int] | None:
    """The KB organisation whose multi-word alias starts at token ``i`` (longest first); ``written``:
    the tokens' keys with their proclitics, for the words after the first (``المجموعة الاقتصادية لدول غرب
    أفريقيا``: لدول is a word of the name)."""
    longest = _alias_starts(kb).get(forms[i], 0)
    for n in range(min(longest, hi - i), 1, -1):
        phrases = {" ".join(forms[i : i + n]), " ".join((forms[i], *written[i + 1 : i + n]))}
        orgs = {e.id: e for p in phrases for e in kb.exact(p) if e.type == "ORG"}
        if len(orgs) == 1:
            return next(iter(orgs.values())), i + n
    return None


def kb_alias_end(kb: KnowledgeBase, forms: Sequence[str], i: int) -> int | None:
    """The token after the KB organisation alias of more than one word that starts at token ``i``, which
    no mention may cover yet (:func:`add_agents` names it later); None when no such alias starts there."""
    found = _kb_alias(kb, forms, i, len(forms))
    return None if found is None else found[1]


#: quotation marks a name may be written in after its head (مجموعة «5+1»)
NAME_QUOTES = frozenset('«»“”„"')


def _quoted_alias(kb: KnowledgeBase, forms: Sequence[str], i: int, end: int) -> tuple[KBEntry, int] | None:
    """The KB organisation whose multi-word alias starts at token ``i`` when the words after its head are
    in quotation marks (``توصلت إيران ومجموعة «5+1» إلى اتفاق``): the alias read without the marks; the
    mention ends with the name's last word. Up to ``end`` and the first other punctuation."""
    if i + 1 >= end or forms[i + 1] not in NAME_QUOTES:
        return None
    words = [i]
    for k in range(i + 1, min(end, i + 2 * _MAX_ALIAS)):
        if forms[k] in NAME_QUOTES:
            continue
        if not (forms[k][:1].isalnum() or forms[k] == "+"):
            break
        words.append(k)
    found = _kb_alias(kb, [forms[k] for k in words], 0, len(words))
    if found is None:
        return None
    j = words[found[1] - 1] + 1
    return found[0], j + 1 if j < end and forms[j] in NAME_QUOTES else j  # with its closing mark


def _agent_entry(iso: str, head_english: str, country_name: str | None, sector: str) -> KBEntry:
    """A descriptive actor of a country, one per head and country (``agent:<ISO>:<head>``, Army of Iraq)."""
    slug = head_english.lower().replace(" ", "_")
    return KBEntry(
        id=f"agent:{iso}:{slug}",
        type="ORG",
        name_en=f"{head_english} of {country_name}",
        country=iso,
        sector=sector,
    )


def _local_entry(phrase: str, sector: str, country: str | None = None, name_en: str | None = None) -> KBEntry:
    """An organisation named by ``phrase`` in this document only (``local:`` id), its English name the
    phrase transliterated unless one is given."""
    return KBEntry(
        id=local_id(phrase),
        type="ORG",
        name_en=name_en or transliterate(phrase),
        country=country,
        sector=sector,
    )


#: perfect verbs that open with the letters of the article (ألغت المحكمة الدستورية: no noun before the
#: head), as token forms
_AL_VERBS = frozenset(
    key(w)
    for w in ("ألغى", "ألغت", "ألغوا", "ألقى", "ألقت", "ألزم", "ألزمت", "ألحق", "ألحقت", "ألمح", "ألمحت")
)
#: the heads of a state's forces and authorities after which a nationality adjective that is a common word
#: too is the nationality (الجيش المالي), as token forms
_STATE_HEADS = frozenset(
    tuple(key(w) for w in head.split())
    for head in ("الجيش", "القوات", "القوات المسلحة", "السلطات", "الحكومة", "الرئاسة", "المجلس العسكري")
)


def _pattern(
    kb: KnowledgeBase, forms: Sequence[str], i: int, hi: int, after_name: bool = False
) -> tuple[KBEntry, int] | None:
    """A head noun, at most one other adjective, and a nationality adjective starting at token ``i``
    (``الجيش العراقي``, ``المحكمة العسكرية الإسرائيلية``)."""
    if forms[i] not in _head_starts():
        return None
    for n in _head_lengths():
        head = agent_heads().get(tuple(forms[i : i + n]))
        if head is None or i + n >= hi:
            continue
        if (forms[i], forms[i + n]) in _NO_BODIES:
            return None  # الأمن الغذائي المصري: Egypt's food security
        for skip, m in ((0, 2), (0, 1), (1, 2), (1, 1)):
            a = i + n + skip  # where the nationality begins
            if skip and not _other_adjective(kb, forms[i + n]):
                continue
            adjective = " ".join(forms[a : a + m])
            iso = kb.demonyms.get(adjective) if adjective.startswith("ال") and a + m <= hi else None
            if iso is None and not skip and a + m <= hi and tuple(forms[i : i + n]) in _STATE_HEADS:
                # الجيش المالي، السلطات المالية: Mali's, where the word is no "financial" (وزارة المالية)
                iso = HOMONYM_DEMONYMS.get(adjective)
            if iso is None:
                continue
            known = [e for e in kb.exact(" ".join(forms[i : a + m])) if e.type == "ORG"]
            if len(known) == 1:
                return known[0], a + m
            country = kb.get(country_id(iso))
            return _agent_entry(iso, head.english, country.name_en if country else iso, head.sector), a + m
        if (
            head.sector != _PARTY_SECTOR
            and i > 0
            and forms[i - 1].startswith("ال")
            and forms[i - 1] not in _AL_VERBS
            and not after_name
            and (forms[i].endswith(NISBA_ENDINGS) or forms[i - 1] not in _definite_heads())
        ):
            # السياسة الخارجية الأوروبية: an adjective of the noun before, no body (but after a name, a
            # body of its own: دعا الوائلي الحكومة الاتحادية; and after a body, a head no adjective
            # can be: وطالبت اللجنة الحكومة الانتقالية)
            return None
        return _party(kb, forms, i, i + n, hi, head.sector) or _definite_head(
            forms, i, i + n, hi, head.sector
        )
    return None


def _definite_head(forms: Sequence[str], i: int, j: int, hi: int, sector: str) -> tuple[KBEntry, int] | None:
    """A listed head of a noun and its adjective, both with the article, and no nationality, adjective
    or other definite word after it (``أوقف الحرس الوطني ثلاثة``، ``اتفقت القوات المسلحة مع``): the body's
    own name, an organisation of no known country. Not a head of one word (``الجيش``) nor one of a noun
    and its genitive (``قوات الأمن``); nor a unit of the body a definite word after it names (``القوات
    البحرية للحرس الثوري``، ``الطيران الحربي التابع للجيش``)."""
    if j - i < 2 or not all(form.startswith("ال") for form in forms[i:j]):
        return None
    if j < hi and forms[j].startswith("ال"):
        return None
    return _local_entry(" ".join(forms[i:j]), sector), j


@cache
def _construct_rows() -> tuple[tuple[str, str, str, str], ...]:
    return tuple((key(a), sector, use, en) for a, sector, use, en in packaged("construct_heads.tsv", 4, 4))


@cache
def construct_heads() -> dict[str, str]:
    """Heads of bodies named by a construct chain with no name in it (``construct_heads.tsv``),
    normalised → sector."""
    return {head: sector for head, sector, use, _ in _construct_rows() if use == "any"}


@cache
def nation_heads() -> dict[str, str]:
    """Heads of bodies named by a construct chain only when a nationality adjective ends it (``إدارة
    الكوارث والطوارئ التركية``; ``إدارة الأزمة`` is no body), normalised → sector: the rows of use
    ``nation`` and ``nationality`` (the latter also no body right before a place: :func:`_event_heads`)."""
    return {head: sector for head, sector, use, _ in _construct_rows() if use in ("nation", "nationality")}


#: definite nouns of decisions, acts and means that a verb takes as its object right after a body
#: named by a head and an indefinite noun (رفض حزب رابطة عوامي الحكم، أطلقت شرطة بنغلادش النار): no
#: word of the body's name there (ANERcorp train tags none of their 270 occurrences inside a name)
_OBJECT_NOUNS = frozenset(
    key(w)
    for w in (
        *("الحكم", "الأحكام", "القرار", "القرارات", "العرض", "الخطوة", "الاتهامات", "الاتهام"),
        *("المقترح", "الاقتراح", "الرصاص", "النار", "الهجوم", "الهجمات", "العقوبات", "التصريحات"),
    )
)
#: affairs a nationality describes, managed or led by no body of that name (إدارة الأزمة السورية)
_AFFAIRS = frozenset(
    key(w)
    for w in (
        *("الأزمة", "الحرب", "القضية", "الملف", "الثورة", "المسألة", "المعركة", "الأوضاع", "العلاقات"),
        *("السياسة", "المفاوضات", "الانتخابات", "البلاد", "الدولة", "الحملة", "العملية", "المرحلة"),
    )
)
#: "the state", an agent head (الدولة اللبنانية), as a key: in a construct chain no body of its own
_THE_STATE = key("الدولة")
#: what "the state" is part of before it, as keys: a title (وزير الدولة الرواندي: a minister of state) or
#: the state's security (محكمة أمن الدولة)
_STATE_OWNERS = frozenset(key(w) for w in ("وزير", "وزيرة", "أمن", "رئيس", "رئيسة", "وزراء"))


def _state_named(kb: KnowledgeBase, forms: Sequence[str], i: int) -> bool:
    """``الدولة`` at ``i`` is a state named by a nationality adjective that agrees with it, feminine, right
    after it (``وطالبت الهيئة الدولة اللبنانية``), and no title's or security's word before it (``وزير الدولة
    الرواندي``); not a kind of state (الدولة الأجنبية، الدولة المدنية)."""
    after = forms[i + 1] if i + 1 < len(forms) else ""
    return (
        after.endswith(key("ة"))
        and kb.demonyms.get(after) is not None
        and not (i and forms[i - 1] in _STATE_OWNERS)
    )


#: heads of a unit of a body, whose chain may hold the body (مديرية الأمن العام الأردنية، جهاز الأمن الوطني)
_UNIT_HEADS = frozenset(
    key(w)
    for w in (
        *("مديرية", "جهاز", "إدارة", "مصلحة", "دائرة"),
        *("رابطة", "نقابة"),  # and the unions of a body's staff (رابطة موظفي الإدارة العامة)
        "وزارة",  # and a ministry of what a body deals with (وزارة الأمن الأرجنتينية)
    )
)


@cache
def place_heads() -> dict[str, tuple[str, str]]:
    """Heads of bodies named after a place (``بلدية القدس``، ``شركة مصر للطيران``), normalised → sector
    and English name: all of ``construct_heads.tsv``."""
    return {head: (sector, english) for head, sector, _, english in _construct_rows()}


@cache
def _event_heads() -> frozenset[str]:
    """Heads that name a meeting, not a body, right before a place (``مؤتمر روما``; but ``مؤتمر نقابات
    جنوب أفريقيا``، ``مؤتمر العمل النيجيري``), normalised."""
    return frozenset(head for head, _, use, _ in _construct_rows() if use == "nationality")


#: how many indefinite nouns may stand between a head and the place it is named after (مجلس محافظة ذي قار،
#: جمعية تجار بازار طهران)
_PLACE_CHAIN = 2
#: words of where, no noun of a body's name, before a place (قوات داخل الصومال), as keys; and how a
#: feminine relational adjective ends, no noun of the chain either
_NO_CHAIN = frozenset(key(w) for w in ("داخل", "خارج", "قرب", "حول", "ضد", "بين", "عبر", "نحو"))
_FEMININE_NISBA = key("ية")
#: the entity types of places a body may be named after
_PLACE_TYPES = frozenset({"GPE", "LOC"})
#: heads that name the kind of a body, not a part of one (جماعة حزب الله), normalised
_KIND_HEADS = frozenset(
    key(w)
    for w in ("حركة", "جماعة", "منظمة", "تنظيم", "حزب", "جبهة", "تيار", "شركة", "مجموعة", "عصابة", "ائتلاف")
)
#: the sector whose bodies' names may go on with ل and definite nouns (شركة مصر للغزل والنسيج), and the
#: heads of other such names (صندوق قطر للتنمية), as keys
_BUSINESS = "BUS"
_LAM_HEADS = frozenset({key("صندوق")})


def _place_construct(
    text: _Text,
    i: int,
    hi: int,
) -> tuple[KBEntry, int] | None:
    """A body named by its head, at most one indefinite noun and a place mention (or an organisation's it
    names a part of, :func:`_may_hold`), then its adjectives
    or, for a business, ل and definite nouns (``بلدية القدس الإسرائيلية``، ``مجلس محافظة ذي قار``، ``شركة
    مصر للغزل والنسيج``): an organisation of the country a nationality at its end names, else of the
    place's."""
    kb, doc, forms, named = text.kb, text.doc, text.forms, text.named
    head = place_heads().get(forms[i])
    if head is None or _verbal_head(text, i, hi):
        return None
    sector, head_en = head
    p = i + 1
    saint = p < hi and p not in named and forms[i] == _COURT and (person := text.persons.get(p)) is not None
    if saint:
        # محكمة سيدي امحمد: a court named after its district's saint, a person to the tagger (the name's
        # first letter no proclitic: سيدي)
        named = {p: person}
    while p < hi and p not in named and p - i <= _PLACE_CHAIN and not forms[p].startswith("ال"):
        if (
            len(forms[p]) < 3
            or forms[p] in FUNCTION_WORDS
            or forms[p] in _NO_CHAIN
            or not forms[p].isalpha()
            or doc.tokens[p].proclitics
            or (p > i + 1 and forms[p].endswith(_FEMININE_NISBA))  # قوات إثيوبية داخل الصومال
        ):
            return None
        p += 1
    # (a place whose first letter the tokenizer cut as a proclitic keeps it: محكمة مقاطعة بريمورسكي)
    kept = p in named and named[p][1].type in _PLACE_TYPES and named[p][2].start == doc.tokens[p].start
    if (
        p not in named
        or (doc.tokens[p].proclitics and not saint and not kept)
        or not _may_hold(forms[i], named[p][1])
    ):
        return None  # شركة لمصر: no genitive
    if p == i + 1 and forms[i] in place_nouns():
        return None  # مديرية كتاف: a head that is also a place noun, before a place, names a district
    if p == i + 1 and forms[i] in _event_heads():
        return None  # مؤتمر روما: a conference held there
    end, place, _ = named[p]
    last = end
    while end < min(hi, last + 2) and (
        _head_adjective(kb, forms[i], forms[end]) or forms[end] in kb.demonyms
    ):
        end += 1
    if (sector == _BUSINESS or forms[i] in _LAM_HEADS) and end == last:
        # للغزل والنسيج، للتنمية: ل and a definite noun, and what is joined to it with و
        while (
            end < hi
            and forms[end].startswith("ال")
            and doc.tokens[end].proclitics == (("ل",) if end == last else ("و",))
        ):
            end += 1
    iso = kb.demonyms.get(forms[end - 1]) if end > last else None
    phrase = " ".join(forms[i:end])
    plain = p == i + 1 and end == last and place.name_en  # بلدية القدس: Municipality of Jerusalem
    english = f"{head_en} of {place.name_en}" if plain else None
    return _local_entry(phrase, sector, iso or place.country, english), end


#: a court, whose name may be a district's named after a saint (محكمة سيدي امحمد), as a key
_COURT = key("محكمة")


#: bodies named by the country they rule after في (المجلس العسكري في النيجر): their heads' words,
#: normalised, with an English name and a sector
_SEATED_HEADS: dict[tuple[str, ...], tuple[str, str]] = {
    tuple(key(w).split()): (english, sector)
    for w, english, sector in (
        ("المجلس العسكري", "Military council", "MIL"),
        ("المجلس العسكري الحاكم", "Military council", "MIL"),
    )
}
#: the preposition في, normalised
_IN = key("في")
#: "in the name of", before the body a spokesman speaks for (المتحدث باسم المجلس العسكري), normalised
_IN_THE_NAME = key("باسم")


def _seated_body(
    text: _Text,
    i: int,
    hi: int,
) -> tuple[KBEntry, int] | None:
    """A ruling body named by the country after في (``المجلس العسكري في النيجر``، ``المجلس العسكري
    الحاكم في مالي``): that country's, the country's name a word of it; alone or with a nationality
    (``المجلس العسكري المالي``) it is :func:`_pattern`'s or nothing."""
    doc, forms, named = text.doc, text.forms, text.named
    for n in (3, 2):
        head = _SEATED_HEADS.get(tuple(forms[i : i + n]))
        if head is None or i + n + 1 >= hi or forms[i + n] != _IN or i + n + 1 not in named:
            continue
        end, place, mention = named[i + n + 1]
        # (a proclitic cut off the name: none, where the name keeps the letter, as بوركينا does)
        if place.type != "GPE" or place.country is None or mention.start > doc.tokens[i + n + 1].start:
            return None
        english, sector = head
        return _agent_entry(place.country, english, place.name_en or place.country, sector), end
    return None


#: the sector of tribes and clans
_TRIBAL = "ORG"
#: heads of bodies whose name is a foreign or rare word after them (شركة بايكار، بنك ملي، قبيلة آل شبوان),
#: normalised, with their sector
_NAMED_HEADS = {
    key(w): sector
    for w, sector in (
        ("شركة", "BUS"),
        ("بنك", "BUS"),
        ("مصرف", "BUS"),
        # (a corporation or a foundation of a foreign name: مؤسسة غلافكوسموس الروسية)
        ("مؤسسة", "BUS"),
        ("قبيلة", _TRIBAL),
        ("عشيرة", _TRIBAL),
        ("عائلة", _TRIBAL),  # (a clan called a family: عائلة زعيبر)
        ("صحيفة", "MED"),
        ("قناة", "MED"),
        ("محكمة", "GOV"),
    )
}
#: heads that are verbal nouns too, read so after ل or ب (لتنظيم حركة الشاحنات: to organise), keys, or
#: before a feminine plural (تنظيم عمليات التهريب), its ending
_VERBAL_HEADS = frozenset({key("تنظيم")})
_PLURAL_ENDING = key("ات")
#: gatherings one organises or hosts, bare (تنظيم بطولة كوبا أمريكا، تنظيم المؤتمر: no body)
_GATHERINGS = frozenset(
    bare(key(w))
    for w in ("بطولة", "كأس", "دورة", "مؤتمر", "قمة", "انتخابات", "مهرجان", "معرض", "مونديال", "أولمبياد")
)
#: the proclitics a named body's head may bear: none or و (لتنظيم، بشركة: a verbal noun, a preposition)
_HEAD_CLITICS = frozenset({(), ("و",)})
#: the proclitics a tribe's, a clan's or a family's head may bear: ل or ب too, a tribe is named after them
_TRIBAL_HEAD_CLITICS = _HEAD_CLITICS | {("ل",), ("ب",), ("و", "ل"), ("و", "ب")}
#: the proclitic ل, normalised
_LAM = "ل"
#: the word of a family's name before it (آل شبوان)
_FAMILY = key("آل")
#: a court's kind, the head of a construct chain (محكمة جنايات الكرخ): no foreign name
_COURT_KINDS = frozenset(key(w) for w in ("جنايات", "جنح", "استئناف", "أحداث"))
#: at most this many words of a foreign name after its head
_NAMED_WORDS = 3


def _named_body(
    text: _Text,
    i: int,
    hi: int,
) -> tuple[KBEntry, int] | None:
    """A body named by its head and words of no lexicon the word clusters never saw (``شركة بايكار``،
    ``بنك ملي``، ``قبيلة آل شبوان``; a business goes on with ل: ``شركة داسو للطيران``): an organisation of
    the country a nationality after it names."""
    kb, doc, forms, named = text.kb, text.doc, text.forms, text.named
    sector = _NAMED_HEADS.get(forms[i])
    clitics = doc.tokens[i].proclitics
    # (a tribe or a family after ل or ب is its name still: قرى تابعة لقبيلة الزيود، عطوة لعشيرة الشرع)
    if sector is None or clitics not in (_TRIBAL_HEAD_CLITICS if sector == _TRIBAL else _HEAD_CLITICS):
        return None
    if _LAM in clitics and i > 0 and forms[i - 1].startswith("ال"):
        return None  # (a body's ل of its owner: الإدارة الأهلية لقبيلة المساليت is one body)
    from khabar.ner.model import default_tagger  # the tagger's module imports the entity layer

    knows = default_tagger().knows
    j = i + 1
    if j < hi and (forms[j] == _FAMILY or forms[j] in _COURT_KINDS):
        j += 1  # آل شبوان، محكمة جنايات أربيل (محكمة جنايات الكرخ: a construct chain)
    first = j
    if (
        sector == _TRIBAL
        and j < hi
        and j not in named
        and doc.tokens[j].proclitics == ()
        and (word := key(doc.tokens[j].text)).startswith("ال")
        and word[2:].isalpha()
        and word not in kb.demonyms
        and not knows(doc.tokens[j].text)
    ):
        j += 1  # قبيلة الشراعبة، عشيرة العبيدات: a tribe's name with the article, one word
    one_word = j > first  # (no verb after it: عواقل قبيلة القطعان سلموا)
    if (
        forms[i] == _COURT
        and first in named
        and named[first][1].type == "ORG"
        and named[first][0] == first + 1
    ):
        j = first + 1  # محكمة سيمونوفسكي: a district's court, its name tagged alone as a body
    # (a genitive takes no preposition: a ب or ل the tokenizer cut is the name's letter, بايكار)
    while (
        not one_word
        and j < hi
        and j - first < _NAMED_WORDS
        and j not in named
        and ("و" not in doc.tokens[j].proclitics or _wa_name(text, first, j, hi, knows))
        and (word := key(doc.tokens[j].text)).isalpha()
        and not word.startswith(("ال", "بال", "لل"))
        and word not in kb.demonyms
        and not knows(doc.tokens[j].text)
        # (but a known word after it is a preposition and a word: محكمة جنايات أربيل بسجن الصحفيين)
        and not (word[:1] in "بل" and knows(doc.tokens[j].text[1:]))
        # (a court's seat after its kind may end in ة: محكمة جنايات عطبرة)
        and not _word_like(word, sector == _TRIBAL or (first > i + 1 and forms[i] == _COURT))
    ):
        j += 1
    if not one_word and j < hi and j - first < _NAMED_WORDS and j not in named:
        # a word the clusters saw, in a name the clusters never saw closed by a nationality (شركة سهيل
        # سات القطرية)
        k = j
        while (
            k < hi and k - first < _NAMED_WORDS and k not in named and _bare_name_word(doc.tokens[k].text, kb)
        ):
            k += 1
        if (
            k > j
            and k < hi
            and forms[k] in kb.demonyms
            and any(not knows(t.text) for t in doc.tokens[first:k])
        ):
            j = k
    if j == first:
        return None
    end = _lam_phrases(text, j, hi) if sector == _BUSINESS else j
    iso = kb.demonyms.get(forms[end]) if end < hi else None
    if iso is not None:
        end += 1  # شركة بايكار التركية
    elif end < hi and end not in named and forms[end].startswith("ال") and forms[end].endswith(NISBA_ENDINGS):
        end += 1  # محكمة عوفر العسكرية: an adjective of its kind
    phrase = " ".join((*forms[i:first], *(key(t.text) for t in doc.tokens[first:j]), *forms[j:end]))
    return _local_entry(phrase, sector, iso), end


def _wa_name(text: _Text, first: int, j: int, hi: int, knows: Callable[[str], bool]) -> bool:
    """The word at ``j``, which the tokenizer cut a و from, is a foreign name of one word right after the
    head, a nationality after it (``شركة وودسايد الأسترالية``): a head in the construct state takes no
    conjunction, and the tagger (``knows``) never saw the word nor what follows the و."""
    token = text.doc.tokens[j]
    return (
        j == first
        and j + 1 < hi
        and text.forms[j + 1] in text.kb.demonyms
        and token.proclitics == ("و",)
        and not knows(token.text[1:])
    )


def _bare_name_word(text: str, kb: KnowledgeBase) -> bool:
    """A word as written that may be a word of a foreign name: letters only, no article, no proclitic
    and no nationality."""
    word = key(text)
    return word.isalpha() and not word.startswith(("ال", "و", "بال", "لل")) and word not in kb.demonyms


def _word_like(word: str, tribal: bool) -> bool:
    """The normalised word ends like an Arabic adjective or an imperfect verb the word clusters missed
    (``شركة مدرجة``، ``قبيلة ينشدون``): no foreign name. A tribe's name may end in ة (``قبيلة بقيوة``)."""
    return (word.endswith("ه") and not tribal) or (word[:1] in "يتن" and word.endswith(("ون", "ين", "ان")))


#: heads of a government named by its leader (حكومة دانيال أورتيغا، إدارة ترامب، نظام الأسد), normalised,
#: with their English names
_LED_HEADS = {key("حكومة"): "Government", key("إدارة"): "Administration", key("نظام"): "Regime"}


def _led_body(
    doc: Document, forms: Sequence[str], persons: dict[int, tuple[int, Entity, Mention]], i: int
) -> tuple[KBEntry, int] | None:
    """A government named by its leader right after its head (``حكومة دانيال أورتيغا``، ``إدارة ترامب``،
    ``نظام الأسد``): an organisation of the leader's country, the leader's name a word of it."""
    head = _LED_HEADS.get(forms[i])
    if head is None or i + 1 not in persons or doc.tokens[i + 1].proclitics or doc.tokens[i].proclitics:
        return None
    end, leader, mention = persons[i + 1]
    if mention.text not in leader.name and leader.name not in mention.text:
        return None  # حكومة الرئيس X: a title between, which names no one of its own (the leader's title)
    english = f"{head} of {leader.name_en}" if leader.name_en else None
    return _local_entry(" ".join(forms[i:end]), "GOV", leader.country, english), end


#: heads of ``construct_heads.tsv`` that name a body only in the construct state (سلطات مطار القاهرة
#: الدولي): with the article they are the authorities of ``agent_heads.tsv`` (السلطات الإيرانية), which a ل
#: after them does not name (أدانت قمع السلطات الإيرانية للطلاب), normalised
_CONSTRUCT_STATE_HEADS = frozenset({key("سلطات")})


@cache
def _definite_heads() -> dict[str, str]:
    """The heads of ``construct_heads.tsv`` with the article (النقابة، المديرية), normalised → sector."""
    return {
        "ال" + head: sector for head, sector, _, _ in _construct_rows() if head not in _CONSTRUCT_STATE_HEADS
    }


#: how many adjectives a definite head may take before its ل phrase (الاتحاد العام التونسي للشغل)
_LAM_ADJECTIVES = 3

#: more adjectives than this, a rank among them, name a body with no ل phrase (الاتحاد العام الطلابي)
_RANKED_NAME = 2

#: nouns of a period that a time adjective follows (العام الماضي، الشهر المقبل), normalised
_PERIOD_WORDS = frozenset(key(w) for w in ("العام", "الشهر", "الأسبوع"))
#: adjectives of a time (العام الماضي), no body's
_TIMES = frozenset(key(w) for w in ("الماضي", "الجاري", "المقبل", "الحالي", "المنصرم", "القادم", "السابق"))


def _lam_body(
    text: _Text,
    i: int,
    hi: int,
) -> tuple[KBEntry, int] | None:
    """A body named by a head with the article, its adjectives and what it is for, after ل (``النقابة
    الوطنية للصحافيين التونسيين``، ``المديرية العامة لمراقبة التراب الوطني``، ``الاتحاد العام التونسي
    للشغل``، ``المفوضية السامية للأمم المتحدة لشؤون اللاجئين``): an organisation of the country a
    nationality among its words names, else of none. Without the ل phrase, a nationality among the
    adjectives makes the body (``الهيئة الخيرية الأردنية الهاشمية``; the heads of ``agent_heads.tsv`` are
    :func:`_pattern`'s); so does a rank among two adjectives or more (``الاتحاد العام الطلابي الحر``،
    ``الهيئة العليا المستقلة``); without an adjective (اللجنة لمتابعة) or with one alone (النقابة الوطنية)
    it is none: a description."""
    kb, doc, forms = text.kb, text.doc, text.forms
    sector = _definite_heads().get(forms[i])
    if sector is None:
        return None
    j = i + 1
    while (
        j < hi
        and j - i <= _LAM_ADJECTIVES
        and not doc.tokens[j].proclitics
        and (_other_adjective(kb, forms[j]) or forms[j] in kb.demonyms)
    ):
        j += 1
    if j == i + 1:
        return None
    # (a descriptive actor's ل and an indefinite noun is what it acts for: الحكومة الفيدرالية لمساعدة الضحايا;
    # a party's is what it was founded for: الجبهة المغربية لدعم فلسطين)
    heads = agent_heads()
    end = _lam_phrases(
        text,
        j,
        hi,
        purpose=not any(
            heads[tuple(forms[i:k])].sector != _PARTY_SECTOR
            for k in range(i + 1, j)
            if tuple(forms[i:k]) in heads
        ),
    )
    iso = next((kb.demonyms[f] for f in forms[i + 1 : end] if f in kb.demonyms), None)
    # (not a year's: الشركة العام الماضي)
    ranked = (
        j - i > _RANKED_NAME
        and not _RANKS.isdisjoint(forms[i + 1 : j])
        and _TIMES.isdisjoint(forms[j - 1 : j])
    )
    # (not where only a longer head opens with the word: الجمعية الطبية التركية, not الجمعية الوطنية)
    agent = any(tuple(forms[i : i + n]) in heads for n in _head_lengths())
    if end == j and ((iso is None and not ranked) or agent):
        return None  # (الجيش العراقي: a descriptive actor, :func:`_pattern`'s)
    phrase = " ".join(forms[i:end])
    return _local_entry(phrase, sector, iso), end


#: forces, after ل the ones a body leads (القيادة العامة لقوات البيشمركة), normalised
_FORCES = key("قوات")


def _lam_phrases(
    text: _Text,
    j: int,
    hi: int,
    purpose: bool = True,
) -> int:
    """The end of the phrases with ل from token ``j`` that say what a body is for: ل and a definite noun
    (للصحافيين، للشغل; للدفاع عن حقوق الإنسان, with what it defends), a name another such phrase
    follows (للأمم المتحدة لشؤون اللاجئين; not the organisation whose organ it names: المكتب السياسي
    لحماس) or, with ``purpose``, an indefinite noun and
    its definite genitive (لمراقبة التراب، لشؤون اللاجئين), each with its adjectives and a definite noun
    joined with و (للإغاثة والأعمال الإنسانية); ``j`` itself when none opens there."""
    kb, doc, forms, named = text.kb, text.doc, text.forms, text.named
    first = j
    while j < hi and doc.tokens[j].proclitics == ("ل",):
        if j in named:
            k = named[j][0]
            if named[j][1].type == "PER" or k >= hi or doc.tokens[k].proclitics != ("ل",):
                break
        elif forms[j].startswith("ال"):
            # (the forces a command leads, a two-word head: القيادة العامة للقوات المسلحة الأردنية)
            k = j + 2 if j + 1 < hi and tuple(forms[j : j + 2]) in agent_heads() else j + 1
        elif forms[j] == _FORCES and j + 1 < hi and (j + 1 in named or forms[j + 1].startswith("ال")):
            # forces and whose they are, no purpose (القيادة العامة لقوات البيشمركة)
            k = named[j + 1][0] if j + 1 in named else j + 2
        elif (
            (purpose or forms[j] in _RIGHTS)  # (a descriptive actor's rights are what it is for)
            and j + 1 < hi
            and len(forms[j]) >= 3
            and forms[j].isalpha()
            and forms[j] not in FUNCTION_WORDS
            and not doc.tokens[j + 1].proclitics
            # (its genitive a definite noun or a place's name: لدعم فلسطين)
            and (
                (forms[j + 1].startswith("ال") and forms[j + 1] not in FUNCTION_WORDS)
                or (j + 1 in named and named[j + 1][1].type in _PLACE_TYPES)
            )
        ):
            k = named[j + 1][0] if j + 1 in named else j + 2
        elif purpose and j == first and _chained_purpose(text, j, hi):
            # a genitive chain of two, the body's first purpose (لاسترداد جثامين الشهداء; not the
            # purpose of a meeting after it, المجلس الوطني لحقوق الإنسان لبحث أوضاع المعتقلين)
            k = j + 3
        else:
            break
        if k + 1 < hi and forms[k - 1] in _DEFENDING and forms[k] == _OF_RIGHTS:
            # للدفاع عن حقوق الإنسان، للدفاع عن الحريات: what it defends
            if forms[k + 1].startswith("ال"):
                k += 2
            elif k + 2 < hi and not doc.tokens[k + 1].proclitics and forms[k + 2].startswith("ال"):
                k += 3
        while k < hi and (
            (not doc.tokens[k].proclitics and (_other_adjective(kb, forms[k]) or forms[k] in kb.demonyms))
            or (
                doc.tokens[k].proclitics == ("و",)
                and forms[k].startswith("ال")
                and forms[k] not in FUNCTION_WORDS
                # (not another body's head: الاتحاد المغربي للشغل والاتحاد العام للشغالين)
                and forms[k] not in _definite_heads()
                # (nor another actor described by its nationality: للكهرباء والغاز والمشغل الإيطالي تيرنا)
                and not (k + 1 < hi and forms[k + 1] in kb.demonyms)
            )
        ):
            k += 1
        if (
            purpose
            and k + 1 < hi
            and doc.tokens[k].proclitics == ("و",)
            and not forms[k].startswith("ال")
            and forms[k].isalpha()
            and forms[k] not in FUNCTION_WORDS
            and forms[k] not in construct_heads()
            and not doc.tokens[k + 1].proclitics
            and forms[k + 1].startswith("ال")
            and forms[k + 1] not in FUNCTION_WORDS
        ):
            k += 2  # a second purpose joined with و (لدعم فلسطين ومناهضة التطبيع)
        j = k
    return j


def _chained_purpose(text: _Text, j: int, hi: int) -> bool:
    """Token ``j`` (after ل) opens a purpose of two indefinite nouns and a definite one, a genitive chain
    (``لاسترداد جثامين الشهداء``، ``لمعالجة أوضاع المقيمين``): none of its words a name, a function word,
    a nationality or (after the first) one with a proclitic, and no nationality right before it."""
    kb, doc, forms, named = text.kb, text.doc, text.forms, text.named
    if j + 2 >= hi or any(k in named for k in (j, j + 1, j + 2)) or forms[j - 1] in kb.demonyms:
        return False  # (طلبا من الشركة البريطانية لتمديد مدة الامتياز: the request's purpose)
    return (
        all(
            len(forms[k]) >= 3 and forms[k].isalpha() and forms[k] not in FUNCTION_WORDS
            for k in (j, j + 1, j + 2)
        )
        and not forms[j].startswith("ال")
        and not forms[j + 1].startswith("ال")
        and forms[j + 1] not in kb.demonyms
        and forms[j + 1] not in construct_heads()
        and not doc.tokens[j + 1].proclitics
        and not doc.tokens[j + 2].proclitics
        and forms[j + 2].startswith("ال")
        and forms[j + 2] not in kb.demonyms
    )


#: how many nouns may be joined with و to a body's definite genitive (وزارة الأوقاف والشؤون والمقدسات)
_JOINED = 3


#: the most adjectives of a ministry's definite genitive before a field joined to it with و
_JOINED_ADJECTIVES = 2
#: a ministry, whose name joins its fields with و past their adjectives (وزارة الموارد المائية والري)
_MINISTRY = key("وزارة")


def _adjectives_before_joined(text: _Text, i: int, end: int, hi: int) -> int:
    """Past the adjectives at ``end`` of a ministry's field that are no nationality (``المائية``،
    ``العالي``), where one more definite field joined with و follows them and ends the list, the field's
    index; else ``end``. A nationality closes the name (``وزارة الخارجية المصرية والسودانية``: two); a body
    other than a ministry, or several words joined after the adjectives, may be a list of bodies (``جبهة
    القوى الاشتراكية والتجمع من أجل الثقافة``)."""
    tokens, forms = text.doc.tokens, text.forms
    if forms[i] != _MINISTRY:
        return end
    k = end
    while (
        k < min(hi, end + _JOINED_ADJECTIVES)
        and not tokens[k].proclitics
        and _other_adjective(text.kb, forms[k])
    ):
        k += 1
    if (
        k == end
        or k >= hi
        or tokens[k].proclitics != ("و",)
        or not forms[k].startswith("ال")
        or (k + 1 < hi and tokens[k + 1].proclitics == ("و",))
    ):
        return end
    return k


def _verbal_head(text: _Text, i: int, hi: int) -> bool:
    """The head at ``i`` is a verbal noun there (مذكرة تفاهم لتنظيم حركة الشاحنات، مسؤولية تنظيم عمليات
    التهريب، سحب تنظيم بطولة كوبا أمريكا): to organise acts in the plural or a gathering, no body."""
    tokens, forms = text.doc.tokens, text.forms
    return forms[i] in _VERBAL_HEADS and (
        bool({"ل", "ب"} & set(tokens[i].proclitics))
        or (i + 1 < hi and (forms[i + 1].endswith(_PLURAL_ENDING) or bare(forms[i + 1]) in _GATHERINGS))
    )


def _construct(text: _Text, i: int, hi: int) -> tuple[KBEntry, int] | None:
    """A body named by its head, indefinite nouns, one definite noun (and another joined to it with و)
    and its adjectives (``رابطة أصحاب محطات الوقود``, ``محكمة معتقل عوفر العسكرية الإسرائيلية``, ``فريق
    الدفاع``, ``مجلس السلم والأمن``): an organisation of the country a nationality adjective at its end
    names, else of none."""
    kb, tokens, forms, named = text.kb, text.doc.tokens, text.forms, text.named
    sector = construct_heads().get(forms[i]) or nation_heads().get(forms[i])
    if sector is None:
        return None
    if _verbal_head(text, i, hi):
        return None
    j = i + 1
    while j < hi and j - i <= _CHAIN and not forms[j].startswith("ال"):
        if len(forms[j]) < 3 or forms[j] in FUNCTION_WORDS or not forms[j].isalpha():
            return None  # لجنة من الخبراء، حكومة في المنفى: no construct chain
        if forms[j] in kb.demonyms:
            # محكمة روسية الصحفي X: a nationality adjective of an indefinite head, no construct chain
            # (and no body named: an unnamed one of that country, by the events guide)
            return None
        j += 1
    if j >= hi or not forms[j].startswith("ال") or j - i > _CHAIN or forms[j] in FUNCTION_WORDS:
        return None  # قوات الى العراق: إلى without its hamza is no definite noun
    if forms[j] in weekday_keys():
        return None  # مديرية دار سعد يوم الخميس: a day after the body's place, no genitive of its name
    if (
        j == i + 1
        and forms[i] in place_nouns()
        and j in named
        and named[j][1].type in _PLACE_TYPES
        and not is_body_word(forms[j])  # (مديرية المخابرات: a body's unit)
        and not (named[j][0] < hi and forms[named[j][0]] in kb.demonyms)  # (مديرية التحقيقات الكينية)
        # (a KB place, or a word of no running text: مديرية الري is a body's; or a name the region it lies
        # in follows: في مديرية الصعيد بمحافظة شبوة)
        and (
            (named[j][1].kb_id or "").startswith(GEO_ID_PREFIX)
            or not default_tagger().knows(forms[j])
            or (named[j][0] < len(tokens) and locates_name(tokens[named[j][0]]))
        )
    ):
        return None  # في مديرية المعلا بعدن: a place noun before a place names a district
    if j - i > _NAMED_CHAIN and any(k in named for k in range(i + 1, j)):
        return None
    if j == i + 1 and forms[i] in _LED_HEADS and forms[j] in title_heads() and j + 1 in text.persons:
        return None  # حكومة النقيب إبراهيم تراوري: the leader's title, no body of its own
    if forms[j] in _OBJECT_NOUNS and j > i + 1:
        # ورفض حزب رابطة عوامي الحكم: the verb's object after the body, which its indefinite nouns name
        # (not a body named for what it deals with: لجنة العقوبات)
        return (_local_entry(" ".join(forms[i:j]), sector), j) if forms[i] in construct_heads() else None
    if _after_preposition(tokens[j]):
        # a genitive takes no preposition (تنظيم مسيرة للمطالبة: organising a march), but a name before
        # it may be the body's genitive (محكمة سيدي امحمد بالعاصمة)
        if forms[i] in construct_heads() and named.get(i + 1, (0,))[0] == j:
            return _local_entry(" ".join(forms[i:j]), sector), j
        return None
    end = j + 1
    # definite nouns joined with و (مجلس السلم والأمن، منتدى عائلات الرهائن والمفقودين، وزارة الأوقاف
    # والشؤون والمقدسات الإسلامية), each after the adjectives of the one before it (وزارة الموارد
    # المائية والري، وزارة الشؤون البلدية والقروية والإسكان)
    bound = j + 1 + _JOINED
    while True:
        before, end = end, _adjectives_before_joined(text, i, end, hi)
        bound += end - before  # (the adjectives skipped count for no joined noun)
        if end >= min(hi, bound) or tokens[end].proclitics != ("و",):
            end = before
            break
        if (
            forms[end].startswith("ال")
            and forms[end] not in FUNCTION_WORDS
            and forms[end] not in _definite_heads()
        ):
            end += 1
        elif (
            # (or an indefinite noun and its definite genitive: وزارة الاتصالات وتكنولوجيا المعلومات)
            end + 1 < hi
            and forms[end].isalpha()
            and len(forms[end]) >= 3
            and forms[end] not in FUNCTION_WORDS
            and forms[end] not in kb.demonyms
            # (not a second body: مجلس حكماء المسلمين ومجلس الكنائس، قوات X وقوات البيشمركة)
            and forms[end] not in construct_heads()
            and forms[end] not in nation_heads()
            and forms[end] not in _head_starts()
            and forms[end + 1].startswith("ال")
            and not tokens[end + 1].proclitics
            and forms[end + 1] not in FUNCTION_WORDS
            and forms[end + 1] not in kb.demonyms
        ):
            end += 2
        else:
            end = before  # (its adjectives are the body's own still, read after the loop)
            break
    if (
        end + 1 < hi
        and forms[end] == _NOT
        and forms[end + 1].startswith("ال")
        and forms[end + 1].endswith(_ADJECTIVE_ENDINGS)
    ):
        end += 2  # a negated adjective of the noun (جهاز مكافحة الهجرة غير الشرعية)
    last = end
    while end < min(hi, last + 2) and (
        _head_adjective(kb, forms[i], forms[end]) or forms[end] in kb.demonyms
    ):
        end += 1
    # (the nationality last, or before another adjective: شركة النفط الصينية الوطنية)
    iso = next((kb.demonyms[f] for f in reversed(forms[last:end]) if f in kb.demonyms), None)
    if forms[i] not in construct_heads() and (iso is None or forms[j] in _AFFAIRS):
        return None  # إدارة الأزمة (السورية): managing an affair, named a body only with its nationality
    if forms[i] not in construct_heads() and (
        (end in named and named[end][1].type == "ORG") or (end < hi and _kb_alias(kb, forms, end, hi))
    ):
        return None  # شركة المقاولات الصينية تشاينا جيوتشو: the description of the body named after it
    phrase = " ".join(forms[i:end])
    if (forms[i], forms[i + 1]) in _NEWS_AGENCIES:
        sector = MEDIA_SECTOR  # وكالة الأنباء الألمانية: a news agency, not a government agency
    return _local_entry(phrase, sector, iso), end


def _party(
    kb: KnowledgeBase, forms: Sequence[str], i: int, j: int, hi: int, sector: str
) -> tuple[KBEntry, int] | None:
    """A body named by its head and one or two relational adjectives and no nationality (``الجبهة
    التركمانية``, ``الحركة الإسلامية``, ``الحكومة الانتقالية``, ``القوات المسلحة``): an organisation of
    no known country, in the head's sector."""
    if (forms[i], forms[j] if j < hi else "") in _NO_BODIES:
        return None  # فرض النظام العام: public order, no regime
    end = j
    while end < min(hi, j + 2) and _head_adjective(kb, forms[i], forms[end]):
        end += 1
    if end > j and end < hi and forms[end - 1] in _PERIOD_WORDS and forms[end] in _TIMES:
        end -= 1  # البرلمان العام الماضي: last year, no general parliament
    if end == j:
        return None
    phrase = " ".join(forms[i:end])
    return _local_entry(phrase, sector), end


#: a head and an adjective that together name no body (النظام العام "public order", النظام الأساسي "statute",
#: الأحزاب السياسية "the political parties")
_NO_BODIES = frozenset(
    (key(a), key(b))
    for a, b in (
        *(("النظام", "العام"), ("النظام", "الأساسي"), ("النظام", "الداخلي"), ("النظام", "الانتخابي")),
        ("الأحزاب", "السياسية"),  # the political parties, any of them: no bloc
        # food, water and energy security, no security force (حرب على الأمن الغذائي العالمي)
        *(("الأمن", w) for w in ("الغذائي", "المائي", "الطاقوي", "السيبراني", "الصحي", "البيئي", "الإقليمي")),
        ("الأمن", "القومي"),  # national security, a charge's object (بتهمة تهديد الأمن القومي): no force
    )
)


@cache
def _person_nouns() -> frozenset[str]:
    """The one-word titles of ``person_titles.tsv`` (المحامية، الصحافي، القاضي), as keys: nouns for
    people, though some end like relational adjectives."""
    return frozenset(key(row[0]) for row in packaged("person_titles.tsv") if " " not in row[0])


def _head_adjective(kb: KnowledgeBase, head: str, form: str) -> bool:
    """``form`` is another adjective (:func:`_other_adjective`) of a body whose name opens with ``head``,
    or the remit of a court (``محكمة الجنايات الخاصة``، ``المحكمة الجزائية المتخصصة``; not the police's,
    ``الشرطة المتخصصة``)."""
    return (
        _other_adjective(kb, form)
        or (head in _COURT_HEADS and form in _COURT_REMITS)
        or (head, form) in _LEGITIMATE_GOVERNMENTS
    )


#: a government called legitimate (وقعته الحكومة الشرعية والمجلس الانتقالي): the noun-like adjective
#: (الشرعية, "legitimacy" too) names a body after the head, as keys
_LEGITIMATE_GOVERNMENTS = frozenset({(key("الحكومة"), key("الشرعية"))})


def _other_adjective(kb: KnowledgeBase, form: str) -> bool:
    """A relational adjective with the article that is no nationality (العسكرية، الانتقالية، الحكومية),
    or an adjective of rank (العليا)."""
    if form in _RANKS:
        return True
    return (
        form.startswith("ال")
        and form.endswith(NISBA_ENDINGS)
        and len(form) > 5
        and form not in kb.demonyms
        and form not in _NOUNS_LIKE_ADJECTIVES
        and form not in _TIMES  # (البرلمان العام الماضي: last year, no body's adjective)
        and form not in _person_nouns()  # اعتقلت الشرطة المحامية X: the lawyer, no police of lawyers
        and form not in _definite_heads()  # التحالف المفوضية العليا: a body's head begins another
    )


def _sentence_ends(tokens: Sequence[Token]) -> list[int]:
    """For each token, the index after the last token of its sentence."""
    ends = [0] * len(tokens)
    end = len(tokens)
    for k in range(len(tokens) - 1, -1, -1):
        if k + 1 < len(tokens) and tokens[k + 1].sentence != tokens[k].sentence:
            end = k + 1
        ends[k] = end
    return ends


def _covered(doc: Document) -> set[int]:
    """Indices of the tokens that overlap a mention."""
    starts = [t.start for t in doc.tokens]
    out: set[int] = set()
    for e in doc.entities:
        for m in e.mentions:
            k = max(0, bisect_right(starts, m.start) - 1)
            while k < len(starts) and starts[k] < m.end:
                if doc.tokens[k].end > m.start:
                    out.add(k)
                k += 1
    return out


#: a minister, or two, as written (with و or not) before the portfolio of his title, as keys
_MINISTER_WORDS = frozenset(key(p + w) for p in ("", "و") for w in ("وزير", "وزيرة", "وزيرا", "وزيري"))


def add_agents(doc: Document, kb: KnowledgeBase, forms: Sequence[str] | None = None) -> None:
    """Descriptive actors no mention covers become entities (see the module doc)."""
    tokens = doc.tokens
    if not tokens:
        return
    taken = _covered(doc)
    forms = forms if forms is not None else token_forms(tokens)
    ends = _sentence_ends(tokens)
    by_kb = {e.kb_id: e for e in doc.entities if e.kb_id}
    alias_starts = _alias_starts(kb)
    head_starts = _head_starts()
    chain_heads = place_heads()
    definite_heads = _definite_heads()
    starts = [t.start for t in tokens]
    named = _name_mentions(doc, starts)
    persons = _name_mentions(doc, starts, ("PER",))
    written = [key(t.text) for t in tokens]
    text = _Text(kb, doc, forms, named, persons)
    i = 0
    while i < len(tokens):
        if (
            i in taken
            or (
                forms[i] not in alias_starts
                and forms[i] not in head_starts
                and forms[i] not in chain_heads
                and forms[i] not in definite_heads
                and forms[i] not in _LED_HEADS
                and forms[i] not in _NAMED_HEADS
            )
            or led_by(tokens[i].text)  # (بقيادة السعودية: led by it, no command of it)
            or (forms[i] == _THE_STATE and not _state_named(kb, forms, i))
        ):
            i += 1
            continue
        # up to punctuation (a number or a plus may be a word of a name: اللواء 444 قتال، مجموعة 5 + 1)
        hi = next((k for k in range(i, ends[i]) if not (forms[k][:1].isalnum() or forms[k] == "+")), ends[i])
        led = _led_body(doc, forms, persons, i)
        aliased = (
            None if led else _kb_alias(kb, forms, i, hi, written) or _quoted_alias(kb, forms, i, ends[i])
        )
        found = led or aliased or _seated_body(text, i, hi)
        found = found or _lam_body(text, i, hi)
        found = found or _pattern(kb, forms, i, hi, after_name=i - 1 in taken)
        found = found or _place_construct(text, i, hi)
        found = found or _named_body(text, i, hi)
        if found is None and (found := _construct(text, i, hi)) is not None:
            # هيئة المحكمة after المحكمة الجنائية: that court's; a chain holding a body of its own is no
            # body (حركة الطيران المروحي اللبناني)
            inner = range(i + 1, found[1])
            unit = forms[i] in _UNIT_HEADS  # مديرية الأمن العام الأردنية: a unit may hold its body
            # (nor is the state a body of its own in a chain: محكمة أمن الدولة الأردنية, the state's security)
            if any(
                _head_named_before(doc, forms[k], i=i)
                or (not unit and forms[k] != _THE_STATE and _pattern(kb, forms, k, hi))
                for k in inner
            ):
                found = None
        if found is not None and aliased is None and led is None:
            # a KB body whose name runs past the head's phrase, the body the forces or the mission act
            # for: a word of the phrase, which goes on to its end (قوات اللواء 444 قتال، بعثة الهلال
            # الأحمر), not over a mention
            inner = max(
                (
                    alias[1]
                    for k in range(i + 1, found[1])
                    if forms[k] in alias_starts
                    and (alias := _kb_alias(kb, forms, k, hi, written)) is not None
                ),
                default=found[1],
            )
            if inner > found[1] and not any(k in taken for k in range(found[1], inner)):
                found = (found[0], inner)
        # the places and bodies a body is named after are its words, no mentions of their own (بلدية القدس)
        swallowed = (
            [named[k] for k in range(i + 1, found[1]) if k in named and _may_hold(forms[i], named[k][1])]
            if found is not None
            else []
        )
        if led is not None:
            swallowed.append(persons[i + 1])  # حكومة دانيال أورتيغا: the leader's name is a word of it
        elif found is not None and forms[i] == _COURT and i + 1 in persons and persons[i + 1][0] <= found[1]:
            swallowed.append(persons[i + 1])  # محكمة سيدي امحمد: the district's saint is a word of it
        elif aliased is not None:
            # a KB body named after a person: the name is a word of it (مركز الملك سلمان للإغاثة)
            swallowed += [persons[k] for k in range(i + 1, aliased[1]) if k in persons]
        own = {k for end, _, m in swallowed for k in range(_token_at(starts, m.start), end)}
        if (
            found is None
            # (a named minister's portfolio is his title's, no body: وزيرا الدفاع اللبناني ميشال منسى)
            or (i > 0 and written[i - 1] in _MINISTER_WORDS and found[1] in persons)
            or any(end > found[1] for end, _, _ in swallowed)
            or any(k in taken and k not in own for k in range(i, found[1]))
            or doc.in_boilerplate(tokens[i].start, tokens[i].end)
        ):
            i += 1
            continue
        entry, j = found
        if (
            entry.id not in by_kb  # (the same body again: صوت مجلس النواب ... بقرار مجلس النواب)
            and aliased is None  # (a KB body's name is its own: الاتحاد الإيراني الاتحاد الآسيوي لكرة القدم)
            and entry.country is None
            and entry.sector != _PARTY_SECTOR
            and _head_named_before(doc, forms[i], i=i)
            # (but one joined with و to the body before it is another: الاتحاد المغربي للشغل والاتحاد العام)
            and not (tokens[i].proclitics == ("و",) and i - 1 in taken)
            # (and so is one whose head another noun follows: هيئة الطاقة الذرية ... هيئة الرقابة النووية;
            # not an adjective, nor the words it was named with: جهاز الاستخبارات العسكرية ... جهاز
            # الاستخبارات)
            and (
                j - i == 1
                or adjective_after(tokens, forms, i)
                or _head_named_before(doc, forms[i], forms[i + 1], i=i)
                or _head_named_before(doc, forms[i], bare(forms[i + 1]), i=i)  # حكومة إقليم ... حكومة الإقليم
            )
        ):
            i += 1  # أوقفت الشرطة التركية ... وقالت الشرطة المحلية: the body named before, not another
            continue
        start, end = mention_start(tokens[i]), tokens[j - 1].end
        ent = by_kb.get(entry.id) or _described_before(forms, named, i, j)
        if ent is None:
            ent = Entity(id="", type=entry.type, name=doc.text[start:end], mentions=[])
            apply_entry(ent, entry)
            doc.entities.append(ent)
            by_kb[entry.id] = ent
        ent.mentions.append(Mention(start, end, doc.text[start:end]))
        for _, place, mention in swallowed:
            place.mentions.remove(mention)
            if not place.mentions:
                doc.entities.remove(place)
        taken.update(range(i, j))
        i = j


def _described_before(
    forms: Sequence[str], named: dict[int, tuple[int, Entity, Mention]], i: int, j: int
) -> Entity | None:
    """The organisation a head and a nationality at ``[i, j)`` describe again (``بالشركة الأميركية``
    after ``شركة إكسون موبيل الأميركية``): the last one named before with that head before its name and
    that nationality after it; else None."""
    if j - i != 2 or not forms[i].startswith("ال"):
        return None
    head, nationality = forms[i][2:], forms[j - 1]
    found = [
        (first, entity)
        for first, (end, entity, _) in named.items()
        if end < i
        and entity.type == "ORG"
        and forms[end] == nationality
        and head in (forms[first], forms[first - 1] if first else "")
    ]
    return max(found, key=lambda f: f[0])[1] if found else None


def _token_at(starts: Sequence[int], offset: int) -> int:
    """The index of the token holding character ``offset`` (``starts``: the tokens' start offsets)."""
    return max(0, bisect_right(starts, offset) - 1)


def _may_hold(head: str, inner: Entity) -> bool:
    """May a body named with ``head`` hold ``inner``'s mention as a word of its name: a place (بلدية
    القدس), or an organisation of which it names a part (بعثة الأمم المتحدة، مجلس جامعة الدول العربية), not
    one whose kind it names (جماعة حزب الله، منظمة هيومن رايتس: the organisation itself)?"""
    return inner.type != "ORG" or head not in _KIND_HEADS


def _name_mentions(
    doc: Document, starts: Sequence[int], types: frozenset[str] | tuple[str, ...] = ("GPE", "LOC", "ORG")
) -> dict[int, tuple[int, Entity, Mention]]:
    """The mentions of entities of ``types`` (places and organisations) by their first token: ``(the token
    after the last, entity, mention)``."""
    out: dict[int, tuple[int, Entity, Mention]] = {}
    for e in doc.entities:
        if e.type in types:
            for m in e.mentions:
                out[_token_at(starts, m.start)] = (_token_at(starts, m.end - 1) + 1, e, m)
    return out


def _head_named_before(doc: Document, *words: str, i: int) -> bool:
    """An organisation mention before token ``i`` starts with the ``words`` (الشرطة التركية)."""
    start, n = doc.tokens[i].start, len(words)
    return any(
        m.start < start and key(m.text).split()[:n] == list(words)
        for e in doc.entities
        if e.type == "ORG"
        for m in e.mentions
    )


#: heads of organisations' names that are no construct-chain bodies of their own (حركة المرور is none)
#: but refer back to a name with the article (حركة حماس ... الحركة، صندوق النقد الدولي ... الصندوق،
#: المجموعة الاقتصادية لدول غرب أفريقيا ... المجموعة، برنامج الأغذية العالمي ... البرنامج، جامعة الدول
#: العربية ... الجامعة، نادي المريخ ... النادي، حملة «ذبحتونا» ... الحملة، تجمع المهنيين السودانيين ...
#: التجمع)
_NAME_HEADS = frozenset(
    normalize(w)
    for w in (
        *("حركة", "صندوق", "وكالة", "شركة", "بنك", "مؤسسة", "مجموعة", "برنامج", "مفوضية", "جامعة", "نادي"),
        *("حملة", "تجمع", "شبكة", "حراك"),
        *("قناة", "صحيفة", "جريدة", "إذاعة", "مجلة", "منصة"),  # (an outlet: قناة الجزيرة ... متهمة القناة)
        *("عصابة", "كارتل"),  # (a gang: عناصر من كارتل سينالوا ... زعيم الكارتل)
        *("قبيلة", "عشيرة", "عائلة"),  # (a tribe, clan or family: قبيلة مراد ... أبناء القبيلة)
        # (an alliance, a city's municipality, a chamber or a league: حلف شمال الأطلسي ... اتهمت روسيا الحلف،
        # أمانة عمان الكبرى ... الأمانة، غرفة تجارة دبي ... الغرفة، عصبة الأنصار ... طالبت العصبة)
        *("حلف", "أمانة", "غرفة", "عصبة"),
    )
)
#: the preposition ل that joins a title to its body (الأمين العام للحلف), as a token's proclitic
_TITLE_OF = "ل"
#: the preposition إلى, normalised like an adjective with the article (الي)
_TO = normalize("إلى")


def _after_preposition(token: Token) -> bool:
    """The token carries a preposition proclitic (``بالسعي``): no adjective of the word before."""
    return any(w.kind == "prefix" and w.form in ("ب", "ل", "ك") for w in token.words)


#: "non-", before an adjective with the article (الهجرة غير الشرعية)
_NOT = key("غير")
#: "the responsibility", a noun in ية that is no adjective: what one is held to (حملت النقابة الجماعة
#: المسؤولية)
_RESPONSIBILITY = key("المسؤولية")


def adjective_after(tokens: Sequence[Token], forms: Sequence[str], i: int) -> bool:
    """An adjective with the article follows token ``i`` (``الحكومة المركزية``، ``الجيش الحر``): the word
    and it name another actor (not إلى, nor a word after a preposition: بالسعي), agreeing with a
    feminine word (not the object after it: ``واعتقلت السلطات الصحفي``)."""
    nxt = forms[i + 1] if i + 1 < len(forms) else ""
    return (
        nxt.startswith("ال")
        and nxt.endswith(_ADJECTIVE_ENDINGS)
        and (nxt.endswith(_FEMININE_NISBA) or not forms[i].endswith(_FEMININE_ENDINGS))
        and nxt not in (_TO, _RESPONSIBILITY)
        and not _after_preposition(tokens[i + 1])
    )


@cache
def anaphor_heads() -> frozenset[str]:
    """The bare heads (token forms) that tell again a body named before (``الشرطة``، ``الحكومة``،
    ``الحركة``، ``الشركة``, see :func:`add_head_anaphors`)."""
    chained = construct_heads().keys() | nation_heads().keys() | _NAME_HEADS
    return frozenset({words[0] for words in agent_heads() if len(words) == 1} | {"ال" + h for h in chained})


def add_head_anaphors(doc: Document, forms: Sequence[str] | None = None) -> None:
    """A bare one-word head (``الشرطة``, ``الحكومة``, ``الجيش``, ``الفريق``, ``الحركة``) that no mention
    covers and no adjective follows is a mention of the organisation last named with that head before it
    (``الشرطة التركية`` ... ``استخدمت الشرطة الهراوات``; ``فريق الدفاع`` ... ``الفريق``; ``حركة حماس`` ...
    ``قالت الحركة``), in its sentence or an earlier one."""
    tokens = doc.tokens
    chained = construct_heads().keys() | nation_heads().keys() | _NAME_HEADS
    heads = anaphor_heads()
    if not tokens:
        return
    forms = forms if forms is not None else token_forms(tokens)
    taken = _covered(doc)
    starts = [t.start for t in tokens]
    named: list[tuple[int, str, Entity]] = (
        [
            (m.start, "ال" + w if w in chained else w, e)  # فريق الدفاع ... الفريق
            for e in doc.entities
            if e.type == "ORG"
            for m in e.mentions
            if " " in key(m.text) and (w := key(m.text).split()[0])
        ]
        + [
            # the body a name's part is of, with ل (المجلس التنفيذي لصندوق النقد الدولي ... الصندوق)
            (m.start, "ال" + w[1:], e)
            for e in doc.entities
            if e.type == "ORG"
            for m in e.mentions
            for w in key(m.text).split()[1:]
            if w[:1] == "ل" and w[1:] in chained
        ]
        + [
            # the body whose organ a name names, its genitive (مجلس منظمة الأغذية والزراعة ... المنظمة;
            # with the article after an office's head: مكتب المفوضية السامية ... المفوضية)
            (m.start, "ال" + words[1] if words[1] in chained else words[1], e)
            for e in doc.entities
            if e.type == "ORG"
            for m in e.mentions
            if len(words := key(m.text).split()) > 2
            and (words[1] in chained or (words[0] in _OFFICE_HEADS and bare(words[1]) in chained))
        ]
        + [
            # a name told right after its head, which is no word of its mention (في شركة إيه تي آند تي
            # ... إدارة الشركة)
            (m.start, "ال" + forms[h], e)
            for e in doc.entities
            if e.type == "ORG"
            for m in e.mentions
            if (h := _head_before(tokens, forms, _token_at(starts, m.start))) is not None
            and forms[h] in chained
        ]
    )
    named.sort(key=lambda x: x[0])
    persons = {bisect_right(starts, m.start) - 1 for e in doc.entities if e.type == "PER" for m in e.mentions}
    _add_seated_anaphors(doc, forms, taken)
    if not any(head in heads for _, head, _ in named):
        return
    # (the tokens names open on: a word with the article there is the verb's object, no adjective)
    opening = {bisect_right(starts, m.start) - 1 for e in doc.entities for m in e.mentions}
    for i, form in enumerate(forms):
        if form not in heads or i in taken or doc.in_boilerplate(tokens[i].start, tokens[i].end):
            continue
        if adjective_after(tokens, forms, i) and i + 1 not in opening:
            # الحكومة المركزية، الجيش الحر: another actor, or one this cannot tell (not إلى، بالسعي; nor a
            # name after it, the object: وطالبت المنظمة المفوضية الأوروبية)
            continue
        if i > 0 and forms[i - 1] in title_heads() and i + 1 in persons:
            continue  # وقال رئيس المجلس محمد المنفي: a word of the title of the person named after it
        if _TITLE_OF in tokens[i].proclitics and i + 1 in persons:
            continue  # وأشاد الأمين العام للحلف مارك روته: the body of the title of the person after it
        before = [e for start, head, e in named if head == form and start < tokens[i].start]
        if before:
            start = mention_start(tokens[i])
            before[-1].mentions.append(Mention(start, tokens[i].end, doc.text[start : tokens[i].end]))
            before[-1].mentions.sort(key=lambda m: m.start)


def _head_before(tokens: Sequence[Token], forms: Sequence[str], k: int) -> int | None:
    """The token right before the name opening at token ``k``, past the quotation mark it opens with
    (``مجموعة «لحقي»`` ... ``وطالبت المجموعة``): where its head would stand; None at the text's start."""
    h = k - 1 if k > 0 and tokens[k - 1].text in NAME_QUOTES else k
    return h - 1 if h > 0 else None


def _add_seated_anaphors(doc: Document, forms: Sequence[str], taken: set[int]) -> None:
    """The head words of a ruling body told again without its country (``المجلس العسكري في النيجر`` ...
    ``واتهم المجلس العسكري فرنسا``) are a mention of the last such body named before them; told with
    none named before (``أعلن المجلس العسكري الحاكم تعليق بث``), a body of no known country, which the
    same words told later name again. Not in a title (``رئيس المجلس العسكري``: the person's)."""
    seated = sorted(
        (m.start, len(words), e)
        for e in doc.entities
        if e.type == "ORG"
        for m in e.mentions
        for words in _SEATED_HEADS
        if tuple(key(m.text).split()[: len(words)]) == words
    )
    tokens = doc.tokens
    longest_first = sorted(_SEATED_HEADS, key=len, reverse=True)
    for i in range(len(forms) - 1):
        for words in longest_first:
            j = i + len(words)
            if tuple(forms[i:j]) != words or taken & set(range(i, j)) or (j < len(forms) and forms[j] == _IN):
                continue
            before = [e for start, _, e in seated if start < tokens[i].start]
            start = mention_start(tokens[i])
            mention = Mention(start, tokens[j - 1].end, doc.text[start : tokens[j - 1].end])
            if before:
                before[-1].mentions.append(mention)
                before[-1].mentions.sort(key=lambda m: m.start)
                taken.update(range(i, j))
            elif not (i > 0 and (forms[i - 1] in title_heads() or forms[i - 1] == _IN_THE_NAME)):
                english, sector = _SEATED_HEADS[words]
                body = Entity(id="", type="ORG", name=mention.text, mentions=[mention])
                apply_entry(body, _local_entry(" ".join(words), sector, name_en=english))
                doc.entities.append(body)
                seated.append((start, len(words), body))
                seated.sort(key=lambda s: s[0])  # (the bodies named before stay in the order they were named)
                taken.update(range(i, j))
            break
