"""The ``link`` pipeline stage: link every entity to the knowledge base, or give it a local id.

For each entity, every distinct mention text is looked up (:meth:`KnowledgeBase.lookup`: the
normalised alias, then with/without the article, then the loose key that absorbs spacing and
``غ/ج`` variants, then a conservative rapidfuzz ratio). Candidates are scored by match quality,
type compatibility, prior, the countries the document mentions (countries named, demonyms) and a
title just before the mention (``الرئيس الروسي`` before ``بوتين`` favours a Russian president).
The winner fills ``name_en``, ``wikidata``, ``country``, ``sector``, ``kb_id`` (and ``metonym_of`` for
institutions such as the Kremlin); a MISC entity takes the type of the organisation, facility or place
it links to, and a place or facility entity the type of the organisation it links to. An entity with
no acceptable candidate keeps a stable ``local:<hash>`` id and a transliterated English name.

Title phrases (title + demonym, country or organisation) are found here too; :mod:`khabar.kb.coref`
turns them into mentions.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from khabar.config import Config
from khabar.document import Document, Entity, Token
from khabar.kb.kb import (
    LEADER_ROLES,
    MEDIA_SECTOR,
    Candidate,
    KBEntry,
    KnowledgeBase,
    country_code,
    key,
    load_kb,
)
from khabar.kb.translit import transliterate
from khabar.ner.repair import COUNTERPARTS
from khabar.ner.stage import mention_start
from khabar.pipeline import register
from khabar.text.normalize import normalize
from khabar.text.tokenize import segment

#: how well a KB entry type fits the type the tagger gave (missing: incompatible)
_COMPAT: dict[str, dict[str, float]] = {
    "PER": {"PER": 1.0},
    "ORG": {"ORG": 1.0, "FAC": 0.6},
    "GPE": {"GPE": 1.0, "LOC": 0.7, "ORG": 0.3, "FAC": 0.3},
    "LOC": {"LOC": 1.0, "GPE": 0.8, "FAC": 0.5, "ORG": 0.3},
    "FAC": {"FAC": 1.0, "ORG": 0.6, "LOC": 0.5, "GPE": 0.3},
    "EVENT": {"EVENT": 1.0, "MISC": 0.5},
    "MISC": {"MISC": 1.0, "EVENT": 0.5, "ORG": 0.3, "GPE": 0.3, "LOC": 0.3},
}
#: KB types that replace the tagger's MISC when a MISC entity links (MISC→ORG needs a non-fuzzy match)
_NAMED_TYPES = frozenset({"ORG", "FAC", "GPE"})
#: the ministries whose minister (وزير/وزيرة + ministry) is an office, and its role code
_MINISTRIES = (
    *(("الخارجية", "FM"), ("الدفاع", "DEF"), ("الداخلية", "INT"), ("المالية", "FIN"), ("العدل", "JUS")),
    *(("الزراعة", "AGR"), ("النفط", "OIL"), ("الاقتصاد", "ECON"), ("التجارة", "TRADE"), ("الصحة", "HEALTH")),
    *(("الإعلام", "INFO"), ("الطاقة", "ENERGY")),
    # the other portfolios a nationality names the holder of as often (وزير الرياضة المالي، وزير الاتصال
    # النيجري: Niger's minister of information, the Maghreb's and the Sahel's word for it)
    *(("الرياضة", "SPORT"), ("الشباب والرياضة", "SPORT"), ("الاتصال", "INFO"), ("الاتصالات", "TELECOM")),
    *(("العمل", "LABOUR"), ("التعليم", "EDU"), ("النقل", "TRANSPORT")),
    *(("السياحة", "TOURISM"), ("الثقافة", "CULTURE"), ("البيئة", "ENV"), ("الصناعة", "INDUSTRY")),
    # a foreign ministry with a second field in its name (وزير الخارجية والهجرة المصري X، وزير الخارجية
    # وشؤون المغتربين الأردني X)
    *(("الخارجية والهجرة", "FM"), ("الخارجية وشؤون المغتربين", "FM"), ("الخارجية والمغتربين", "FM")),
)


@lru_cache(maxsize=65536)
def _form(text: str) -> str:
    # the same segmentation the tokens stage gives the token (a function of its text alone)
    parts = segment(text)
    if not parts:
        return normalize(text)
    article = any(kind == "prefix" and form == "ال" for _, _, kind, form in parts)
    return ("ال" if article else "") + "".join(form for _, _, kind, form in parts if kind != "prefix")


#: the titles of the head of a state's prosecution (النائب العام المصري)
_PROSECUTOR_TITLES = ("النائب العام", "النائبة العامة", "المدعي العام", "المدعية العامة")
#: title phrases (token forms: normalised, the article kept, prepositions cut) → the role codes they
#: name, most specific first
TITLES: dict[tuple[str, ...], tuple[str, ...]] = {
    tuple(_form(w) for w in phrase.split()): codes
    for phrases, codes in (
        (("نائب الرئيس", "نائبة الرئيس"), ("VP",)),
        (("رئيس الوزراء", "رئيسة الوزراء", "رئيس الحكومة", "رئيسة الحكومة"), ("PM",)),
        (("رئيس وزراء", "رئيسة وزراء", "رئيس حكومة", "رئيسة حكومة"), ("PM",)),  # رئيس وزراء العراق
        (("المستشار", "المستشارة"), ("PM",)),
        *(((f"وزير {ministry}", f"وزيرة {ministry}"), (code,)) for ministry, code in _MINISTRIES),
        # the construct state before a country named as a noun (وزير خارجية روسيا)
        *(((f"وزير {ministry[2:]}", f"وزيرة {ministry[2:]}"), (code,)) for ministry, code in _MINISTRIES),
        (("السفير", "السفيرة", "سفير", "سفيرة"), ("AMB",)),
        (("القنصل العام", "القنصلة العامة", "القنصل", "القنصلة"), ("CONSUL",)),
        (("القائم بالأعمال", "القائمة بالأعمال"), ("CDA",)),
        (("رئيس البرلمان", "رئيس مجلس النواب", "رئيس مجلس الشعب", "رئيس مجلس الأمة"), ("SPEAKER",)),
        (("رئيس الأركان", "رئيس هيئة الأركان"), ("CHIEF",)),
        (("الأمين العام", "الأمينة العامة"), ("SG",)),
        # the head of a state's prosecution, one for the country (النائب العام المصري، المدعي العام الليبي)
        (_PROSECUTOR_TITLES, ("AG",)),
        (("ولي العهد",), ("CP",)),
        (("الرئيس", "الرئيسة", "رئيس", "رئيسة"), ("PRES",)),
        (("الملك", "العاهل", "ملك"), ("KING",)),
        (("الأمير", "أمير"), ("EMIR",)),
        (("السلطان", "سلطان"), ("SULTAN",)),
        (("الزعيم", "الزعيمة", "القائد", "المرشد", "المرشد الأعلى"), LEADER_ROLES),
    )
    for phrase in phrases
}
#: titles written in the construct state that name an office only before its country (أمير قطر، ملك
#: الأردن، سلطان عمان): alone they are a given name (حسين أمير عبد اللهيان، سلطان بن زايد)
_CONSTRUCT_ONLY = frozenset(tuple(_form(w) for w in phrase.split()) for phrase in ("ملك", "أمير", "سلطان"))
#: nationality adjectives that are common words too (المالي "financial"), as token forms: after a title
#: with no scope, or after the heads of a state's forces and authorities (khabar.kb.agents: الجيش المالي),
#: the nationality
HOMONYM_DEMONYMS = {_form("المالي"): "MLI", _form("المالية"): "MLI"}
#: titles such an adjective may follow as what the holder advises on (المستشار المالي "financial adviser")
_COUNSELLORS = frozenset(tuple(_form(w) for w in phrase.split()) for phrase in ("المستشار", "المستشارة"))
#: a prosecutor's title names an office only with the country whose it is after it (النائب العام المصري);
#: alone it is a bare title, which refers back to the prosecutor named before (متهما المدعي العام), a
#: court's prosecutor is left to the bare titles too (والمدعي العام للمحكمة الجنائية الدولية كريم خان: one
#: of the parties), and after the head of an office (مكتب النائب العام الأفغاني) it is the prosecution, a body
_PROSECUTORS = frozenset(tuple(_form(w) for w in phrase.split()) for phrase in _PROSECUTOR_TITLES)
_OFFICE_HEAD = _form("مكتب")
_TITLE_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _words in sorted(TITLES, key=len, reverse=True):
    _TITLE_FIRST.setdefault(_words[0], []).append(_words)
#: words after a title that make it name someone other than the current holder
_NOT_CURRENT = frozenset(
    normalize(w)
    for w in (
        *("السابق", "السابقة", "الأسبق", "الراحل", "الراحلة", "المنتخب", "المقبل", "المخلوع", "الجديد"),
        *("المؤقت", "المؤقتة"),  # an interim holder
        *("المكلف", "المكلفة"),  # an acting one (وزير الخارجية السوداني المكلف علي الصادق)
    )
)


@dataclass(frozen=True, slots=True)
class TitlePhrase:
    """A title with its scope: ``الرئيس الروسي`` (PRES, RUS), ``الأمين العام للأمم المتحدة`` (SG, org:...)."""

    start: int
    end: int
    codes: tuple[str, ...]
    scope: str | None
    #: followed by a word such as ``السابق`` (former): the title does not name the current holder
    not_current: bool
    #: index of the first token after the phrase (and its modifiers)
    next_token: int
    #: a counterpart (نظيره الإيراني): the office of the title before it, named by no title word of its own
    counterpart: bool = False


def token_form(token: Token) -> str:
    """A token's normalised form without conjunction/preposition proclitics, the article kept."""
    return _form(token.text)


def token_forms(tokens: Iterable[Token]) -> list[str]:
    """:func:`token_form` of each token."""
    return [_form(t.text) for t in tokens]


def _scope(kb: KnowledgeBase, forms: list[str], j: int) -> tuple[str | None, int]:
    """The country or organisation named by the words starting at ``forms[j]``, and where they end."""
    for n in (3, 2, 1):
        if j + n > len(forms) or not all(f[:1].isalpha() for f in forms[j : j + n]):
            continue  # (no punctuation: أمير قطر، is Qatar's emir, the comma no part of it)
        phrase = " ".join(forms[j : j + n])
        if n <= 2 and phrase in kb.demonyms:
            return kb.demonyms[phrase], j + n
        for e in kb.exact(phrase):
            if (code := country_code(e.id)) is not None:
                return code, j + n
            if e.type == "ORG" and e.id.startswith("org:"):
                return e.id, j + n
    return None, j


def _unlinked(kb: KnowledgeBase, forms: list[str], tokens: list[Token], j: int, end: int) -> bool:
    """The name at ``forms[j:end]`` cannot be the scope of the title that ends at ``j - 1``: the title
    has the article and the name is no nationality and has no ``ل`` (``الأمين العام للأمم المتحدة``,
    ``رئيس مصر``, but not ``الرئيس مصر``)."""
    return (
        forms[j - 1].startswith("ال")
        and " ".join(forms[j:end]) not in kb.demonyms
        and "ل" not in tokens[j].proclitics
    )


def _second_nationality(
    kb: KnowledgeBase, forms: list[str], tokens: list[Token], j: int, scope: str | None
) -> bool:
    """The word at ``j``, right after a title scoped to a country, is the nationality of another country
    in its sentence (``الصربي`` + ``البوسني``); not after a body's scope, whose country it names
    (``رئيس المجلس الوطني الاتحادي الإماراتي``)."""
    if scope is None or scope.startswith("org:") or j >= len(forms) or forms[j] not in kb.demonyms:
        return False
    return tokens[j].sentence == tokens[j - 1].sentence and kb.demonyms[forms[j]] != scope


def find_titles(doc: Document, kb: KnowledgeBase, forms: list[str]) -> list[TitlePhrase]:
    """Title phrases in the document, sentence by sentence (a phrase never crosses a sentence);
    ``forms``: :func:`token_forms` of its tokens."""
    out: list[TitlePhrase] = []
    tokens = doc.tokens
    i = 0
    while i < len(tokens):
        own = _subject_title(forms, tokens, out, i) if forms[i] in COUNTERPARTS and out else None
        if own is not None or (
            forms[i] in COUNTERPARTS and out and tokens[i].sentence - _sentence_of(tokens, out[-1]) <= 1
        ):
            # نظيره الإيراني: the office of the title told just before, of the country named after (or of
            # the one the name right before it was told with: وحث ترامب نظيره السوري، sentences after
            # الرئيس الأميركي دونالد ترامب)
            scope, j = _scope(kb, forms, i + 1)
            if scope is not None and j <= len(tokens) and tokens[j - 1].sentence == tokens[i].sentence:
                codes = (own or out[-1]).codes
                out.append(
                    TitlePhrase(mention_start(tokens[i]), tokens[j - 1].end, codes, scope, False, j, True)
                )
                i = j
                continue
        candidates = _TITLE_FIRST.get(forms[i])
        if not candidates:
            i += 1
            continue
        sent = tokens[i].sentence
        for words in candidates:
            n = len(words)
            if tuple(forms[i : i + n]) != words or tokens[min(i + n, len(tokens)) - 1].sentence != sent:
                continue
            scope, j = _scope(kb, forms, i + n)
            if j > len(tokens) or (j > i + n and tokens[j - 1].sentence != sent):
                scope, j = None, i + n
            elif j > i + n and _unlinked(kb, forms, tokens, i + n, j):
                scope, j = None, i + n  # زار الرئيس مصر: مصر is the object, no genitive of الرئيس
            if (
                scope is None
                and words not in _COUNSELLORS
                and j < len(forms)
                and forms[j] in HOMONYM_DEMONYMS
                and tokens[j].sentence == sent
                # (not after و: وزير الاقتصاد والمالية, a second field, no nationality)
                and "و" not in tokens[j].proclitics
            ):
                # السفير المالي، الرئيس المالي: Mali's, where the word names no office's field (وزير المالية)
                scope, j = HOMONYM_DEMONYMS[forms[j]], j + 1
            if scope is None and words in _CONSTRUCT_ONLY:
                continue
            if words in _PROSECUTORS and (
                scope is None or scope.startswith("org:") or (i > 0 and forms[i - 1] == _OFFICE_HEAD)
            ):
                continue
            end = tokens[j - 1].end
            not_current = j < len(forms) and forms[j] in _NOT_CURRENT
            if not_current:
                j += 1
            elif _second_nationality(kb, forms, tokens, j, scope):
                # الزعيم الصربي البوسني ميلوراد دوديك: a second nationality makes a compound one (a Bosnian
                # Serb), no office the KB holds for the first country; the name after it is the holder
                not_current, j = True, j + 1
            out.append(TitlePhrase(mention_start(tokens[i]), end, TITLES[words], scope, not_current, j))
            i = j - 1
            break
        i += 1
    return out


#: how many sentences back a title may name the one whose counterpart a later نظيره is
_COUNTERPART_REACH = 4


def _subject_title(
    forms: list[str], tokens: list[Token], out: list[TitlePhrase], i: int
) -> TitlePhrase | None:
    """The title, at most :data:`_COUNTERPART_REACH` sentences back, whose holder's name (the words
    right after it) holds the word right before the counterpart word at ``i`` (``الرئيس الأميركي دونالد
    ترامب ... وحث ترامب نظيره السوري``): that holder's office is the counterpart's."""
    if i == 0 or not tokens[i - 1].text.isalpha() or tokens[i - 1].sentence != tokens[i].sentence:
        return None
    word = forms[i - 1]
    for title in reversed(out):
        if tokens[i].sentence - _sentence_of(tokens, title) > _COUNTERPART_REACH:
            return None
        if not title.counterpart and word in forms[title.next_token : title.next_token + 4]:
            return title
    return None


def _sentence_of(tokens: list[Token], title: TitlePhrase) -> int:
    """The sentence a title phrase ends in."""
    return tokens[title.next_token - 1].sentence


def resolve_title(kb: KnowledgeBase, title: TitlePhrase, date: str | None) -> KBEntry | None:
    """The KB entry a scoped title names on ``date`` (the KB's as-of date when None)."""
    if title.scope is None or title.not_current:
        return None
    for code in title.codes:
        entry = kb.holder(code, title.scope, date)
        if entry is not None:
            return entry
    return None


#: how the ids of entities the KB does not know begin
LOCAL_ID_PREFIX = "local:"


def local_id(name: str) -> str:
    """A stable id for an entity the KB does not know: ``local:`` + a hash of its normalised name."""
    return LOCAL_ID_PREFIX + hashlib.sha1(key(name).encode("utf-8")).hexdigest()[:12]


@dataclass(slots=True)
class LinkContext:
    """What the document says around its entities: countries it mentions, titles before mentions."""

    countries: set[str]
    #: token index → the title phrase that ends right before it
    titles_before: dict[int, TitlePhrase]
    token_starts: list[int]

    def title_before(self, offset: int) -> TitlePhrase | None:
        i = bisect_right(self.token_starts, offset) - 1
        return self.titles_before.get(i) if i >= 0 else None


def document_context(
    doc: Document, kb: KnowledgeBase, titles: list[TitlePhrase], forms: list[str]
) -> LinkContext:
    countries: set[str] = set()
    demonyms = kb.demonyms
    for form in forms:
        iso = demonyms.get(form)
        if iso:
            countries.add(iso)
    for ent in doc.entities:
        if ent.type in ("GPE", "LOC"):
            found = {c.entry.country for m in ent.mentions for c in kb.lookup(m.text) if c.how == "exact"}
            if len(found) == 1 and None not in found:
                countries.update(c for c in found if c)
    return LinkContext(
        countries=countries,
        titles_before={t.next_token: t for t in titles},
        token_starts=[t.start for t in doc.tokens],
    )


def score(
    kb: KnowledgeBase, ent_type: str, cand: Candidate, title: TitlePhrase | None, ctx: LinkContext
) -> float | None:
    """A candidate's score for an entity of ``ent_type``; None when the types are incompatible."""
    compat = _COMPAT.get(ent_type, {}).get(cand.entry.type)
    if compat is None or (cand.how == "fuzzy" and compat < 0.5):
        return None
    if ent_type in ("LOC", "GPE") and cand.entry.sector == MEDIA_SECTOR:
        return None  # a region a channel is named after (بولاية الجزيرة: Gezira), not the channel
    s = cand.quality + compat + 0.3 * cand.entry.prior
    if cand.entry.country and cand.entry.country in ctx.countries:
        s += 0.3
    if title is not None:
        if kb.has_role(cand.entry.id, title.codes):
            s += 0.5
        if title.scope and (
            cand.entry.country == title.scope or any(r.scope == title.scope for r in cand.entry.roles)
        ):
            s += 0.3
    return s


def best_candidate(kb: KnowledgeBase, ent: Entity, ctx: LinkContext, threshold: float) -> KBEntry | None:
    best: tuple[float, float, str] | None = None
    chosen: KBEntry | None = None
    seen: set[str] = set()
    for m in ent.mentions:
        if m.text in seen:
            continue
        seen.add(m.text)
        title = ctx.title_before(m.start)
        for cand in kb.lookup(m.text, threshold):
            s = score(kb, ent.type, cand, title, ctx)
            if s is None:
                continue
            rank = (s, cand.entry.prior, cand.entry.id)
            if best is None or rank > best:
                best, chosen = rank, cand.entry
    return chosen


def apply_entry(ent: Entity, entry: KBEntry) -> None:
    ent.kb_id = entry.id
    ent.name_en = entry.name_en
    ent.wikidata = entry.wikidata
    ent.country = entry.country
    ent.sector = entry.sector
    if entry.metonym_of:
        ent.metonym_of = entry.metonym_of


def apply_local(ent: Entity) -> None:
    ent.kb_id = local_id(ent.name)
    ent.name_en = transliterate(ent.name)


@register("link")
class Linker:
    """Links entities to the knowledge base (packaged + user KB dir + ``Config.kb_files``)."""

    requires = ("entities",)
    adds = ("links",)

    def __init__(self, config: Config) -> None:
        self.kb = load_kb(config.kb_files, config.kb_dir or None)
        self.threshold = config.link_fuzzy_threshold

    def __call__(self, doc: Document) -> Document:
        forms = token_forms(doc.tokens)  # each token's form, once for both steps
        titles = find_titles(doc, self.kb, forms)
        ctx = document_context(doc, self.kb, titles, forms)
        for ent in doc.entities:
            entry = best_candidate(self.kb, ent, ctx, self.threshold)
            if entry is None:
                apply_local(ent)
            else:
                apply_entry(ent, entry)
                if (ent.type == "MISC" and entry.type in _NAMED_TYPES) or (
                    ent.type in ("FAC", "LOC") and entry.type == "ORG"
                ):
                    # البيت الأبيض tagged MISC, a KB organisation; القاعدة read as a base, al-Qaeda
                    ent.type = entry.type
        return doc
