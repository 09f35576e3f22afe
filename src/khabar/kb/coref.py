"""The ``coref`` pipeline stage: in-document coreference over linked entities.

Runs after ``link``; in order:

1. entities linked to the same KB entry are one entity (``XI`` and ``شي جين بينغ``);
2. a one-word person entity that is the first or last word of exactly one longer person name is
   that person (``بوتين`` ↔ ``فلاديمير بوتين``, ``كيم`` ↔ ``كيم جونغ أون``), in either order — this
   extends the last-word rule of ``ner.stage.group_mentions`` to first words and to mentions that come
   before the full name;
3. single-word aliases of linked entities, and the one-word names the tagger gave them elsewhere in the
   text, become mentions where the tagger missed them (``بوتين``, Latin ``XI``, ``شي``);
   The first or last word of a person's full name that is no word of running text (``تشو`` after ``تشو
   هيون``) becomes a mention of that person after the full name (:func:`add_name_words`);
4. title phrases become mentions when they refer: a title followed by a person's name
   (``الرئيس الروسي فلاديمير بوتين``) is a mention of that person; a scoped title alone, or a
   counterpart's (``نظيره التوغولي``), is a mention of the person the text named with that title before
   (one current holder's office, not an ambassador's), else of the role holder on the document date,
   added to that person's entity or to a new one; in an undated document it is the holder on the KB's
   as-of date only when the text names that person too (an archive story's "French president" is not
   today's).
   With no such holder it is a person the text names who held the office at some time (``شيراك``,
   or a one-word alias of one the tagger missed: ``تصريحات الأسد``), else the office itself: a PER
   entity ``role:<ISO>:<CODE>`` named by the title (``الرئيس اللبناني``, "President of Lebanon"), as
   event data writes an unnamed office-holder.
   A title inside a longer mention, or followed by ``السابق`` and the like, is left alone;
5. a bare title (``الوزير``, ``الرئيس``, ``رئيس الوزراء``) that no name or definite word follows is a
   mention of the person last named with a title of those words, within two sentences
   (:func:`add_bare_titles`);
6. descriptive actors (``الجيش العراقي``, ``الحكومة الصومالية``) become organisation entities
   (:mod:`khabar.kb.agents`), and a later bare head (``الشرطة``, ``الحكومة``, or a named organisation's:
   ``الحركة`` after ``حركة حماس``) with no adjective after it is a mention of the last one named with
   that head;
7. a place noun with the article and no name after it (``في المدينة``, ``مدرسة البلدة``) is a mention of
   the place named after such a noun, or for ``المدينة`` of the city, named most in its sentence or the
   two before (:func:`add_place_anaphors`); ``المملكة`` alone is a mention of the last kingdom named, by
   its name or a city of it (:func:`add_kingdom_anaphors`);
8. metonymy: a city named as an actor (``قوات موسكو``, ``قالت موسكو``, ``بين بيونغ يانغ وموسكو``) gets
   ``metonym_of`` = its country; institutions such as the Kremlin carry it from the KB. Nothing is merged.

Plural references (``الزعيمان``, ``البلدين``) are not resolved: a documented gap. Entity ids are
renumbered ``E1, E2, ...`` in order of first mention afterwards.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from functools import lru_cache
from typing import TypeVar

from khabar.config import Config
from khabar.document import Document, Entity, Mention, Token
from khabar.kb.agents import (
    FUNCTION_WORDS,
    NAME_QUOTES,
    add_agents,
    add_head_anaphors,
    adjective_after,
    kb_alias_end,
)
from khabar.kb.kb import (
    CITY_ID_PREFIX,
    MEDIA_SECTOR,
    KBEntry,
    KnowledgeBase,
    country_code,
    country_id,
    key,
    load_kb,
)
from khabar.kb.link import (
    LOCAL_ID_PREFIX,
    TitlePhrase,
    apply_entry,
    find_titles,
    local_id,
    resolve_title,
    token_forms,
)
from khabar.ner.repair import (
    COUNTERPARTS,
    accusative_adjective,
    is_given_name,
    one_word_titles,
    title_heads,
)
from khabar.ner.stage import mention_start, restore_fused_articles
from khabar.pipeline import register
from khabar.text.normalize import NISBA_ENDINGS, normalize

V = TypeVar("V")

#: words before a place name that make it an actor (speech and stance verbs, forces, authorities)
_ACTOR_CUES = frozenset(
    normalize(w)
    for w in (
        "قال",
        "قالت",
        "أعلن",
        "أعلنت",
        "أكد",
        "أكدت",
        "حذر",
        "حذرت",
        "اتهم",
        "اتهمت",
        "نفى",
        "نفت",
        "رفض",
        "رفضت",
        "دعا",
        "دعت",
        "طالب",
        "طالبت",
        "هدد",
        "هددت",
        "رد",
        "ردت",
        "اعتبر",
        "اعتبرت",
        "أدان",
        "أدانت",
        "ندد",
        "نددت",
        # (a stance voiced: أعربت الرباط عن أسفها، رحبت الرباط بالموقف، انتقدت باريس القرار)
        *("أعرب", "أعربت", "رحب", "رحبت", "أشاد", "أشادت", "انتقد", "انتقدت"),
        "قوات",
        "جيش",
        "سلطات",
        "حكومة",
        "دبلوماسية",
        "موقف",
        "أن",  # غير أن واشنطن أكدت: the subject of a clause
        *("لكن", "بينما", "فيما"),  # لكن المنامة رفضت، فيما أكدت: the subject of the clause they open
        *("نفته", "نفاه", "رفضته", "رفضه"),  # وهو ما نفته موسكو: the subject of a denial of what was told
        *("كان", "كانت"),  # وكانت واشنطن قد هددت: the subject of the auxiliary
        # the object of an accusing, warning or calling participle (محذرة طهران من، متهمة الدوحة بدعم)
        *("متهما", "متهمة", "محذرا", "محذرة", "محملا", "محملة", "داعيا", "داعية", "مطالبا", "مطالبة"),
    )
)
#: verbs whose object is an actor addressed or blamed: a city right after their subject, a person named
#: after them, is that object (اتهم المندوب الروسي فاسيلي نيبينزيا واشنطن بتفسير القرار)
_OBJECT_CUES = frozenset(
    normalize(w)
    for w in (
        *("اتهم", "اتهمت", "دعا", "دعت", "طالب", "طالبت", "حث", "حثت", "ناشد", "ناشدت", "حذر", "حذرت"),
        *("هدد", "هددت", "توعد", "توعدت", "انتقد", "انتقدت", "حمل", "حملت"),
    )
)
#: how many words before a person's name the verb whose subject he is may come (titles between)
_OBJECT_CUE_REACH = 6
#: proclitics a city that acts may carry (a preposition makes it a place: بالرباط، لموسكو)
_ACTING_CLITICS = frozenset(normalize(w) for w in ("و", "ف"))
_BETWEEN = normalize("بين")


def _first_start(e: Entity) -> int:
    return min(m.start for m in e.mentions)


def _merge_into(target: Entity, other: Entity) -> None:
    have = {(m.start, m.end) for m in target.mentions}
    target.mentions.extend(m for m in other.mentions if (m.start, m.end) not in have)
    if len(other.name) > len(target.name) and other.kb_id == target.kb_id:
        target.name = other.name
    for attr in ("name_en", "wikidata", "country", "sector", "metonym_of"):
        if getattr(target, attr) is None:
            setattr(target, attr, getattr(other, attr))


def merge_same_kb(entities: list[Entity]) -> list[Entity]:
    """Entities linked to the same KB entry become one (the earliest keeps its place)."""
    out: list[Entity] = []
    by_kb: dict[str, Entity] = {}
    for ent in sorted(entities, key=_first_start):
        target = by_kb.get(ent.kb_id) if ent.kb_id else None
        if target is None:
            out.append(ent)
            if ent.kb_id:
                by_kb[ent.kb_id] = ent
        else:
            _merge_into(target, ent)
    return out


def merge_name_parts(entities: list[Entity]) -> list[Entity]:
    """A one-word person entity joins the unique longer person name that starts or ends with it; an
    organisation named in Latin script (``Amazon``) joins the unique one whose name ends with it, told with
    its head (``شركة Amazon``)."""
    people = [e for e in entities if e.type == "PER"]
    full = [(e, key(e.name).split()) for e in people if " " in key(e.name)]
    bodies = [(e, key(e.name)) for e in entities if e.type == "ORG"]
    gone: set[int] = set()
    for ent, k in bodies:
        if k and not any("\u0600" <= c <= "\u06ff" for c in ent.name):  # Latin script only
            targets = [f for f, name in bodies if f is not ent and name.endswith(" " + k)]
            if len(targets) == 1:
                _merge_into(targets[0], ent)
                gone.add(id(ent))
    for ent in people:
        k = key(ent.name)
        if not k or " " in k:
            continue
        targets = [f for f, words in full if k in (words[0], words[-1])]
        linked = not _local(ent)
        if len(targets) == 1 and (not linked or targets[0].kb_id == ent.kb_id):
            _merge_into(targets[0], ent)
            gone.add(id(ent))
    return [e for e in entities if id(e) not in gone]


def merge_leader_bodies(entities: list[Entity]) -> list[Entity]:
    """A body named after its leader's surname joins the unique one named after his full name
    (``حكومة أورتيغا`` → ``حكومة دانيال أورتيغا``): the same first and last words, words between left
    out; neither linked to the KB."""
    gone: set[int] = set()
    bodies = [(e, key(e.name).split()) for e in entities if e.type == "ORG" and _local(e)]
    for ent, words in bodies:
        if len(words) < 2 or id(ent) in gone:
            continue
        targets = [
            f
            for f, longer in bodies
            if len(longer) > len(words)
            and (longer[0], longer[-1]) == (words[0], words[-1])
            and set(words) <= set(longer)
        ]
        if len(targets) == 1:
            _merge_into(targets[0], ent)
            gone.add(id(ent))
    return [e for e in entities if id(e) not in gone]


#: how many characters a body's other name in brackets may take
_BRACKETED_REACH = 40


def merge_bracketed_names(doc: Document, entities: list[Entity]) -> list[Entity]:
    """A body's other name in brackets right after it joins it (``وزارة الدفاع الأمريكية (البنتاغون)``),
    tagged there or, untagged there, tagged elsewhere in the text (``الحركة المصرية من أجل التغيير
    (كفاية)`` ... ``نظمتها «كفاية»``): a body's or a miscellaneous name, not a news medium's (a byline)."""
    starts = {(m.start, m.end): e for e in entities for m in e.mentions}
    named = {key(e.name): e for e in entities if e.type in ("ORG", "MISC")}
    gone: set[int] = set()
    text = doc.text
    for ent in entities:
        if ent.type != "ORG" or id(ent) in gone:
            continue
        for m in list(ent.mentions):
            opening = _past_spaces(text, m.end)
            close = text.find(")", opening, opening + _BRACKETED_REACH)
            if text[opening : opening + 1] != "(" or close < 0:
                continue
            start = _past_spaces(text, opening + 1)
            end = len(text[:close].rstrip(" "))
            other = starts.get((start, end)) or named.get(key(text[start:end]))
            if other is None or other is ent or id(other) in gone or other.sector == MEDIA_SECTOR:
                continue
            if (start, end) not in starts:
                other.mentions.append(Mention(start, end, text[start:end]))
            if _local(ent) and not _local(other):
                # (a long name the KB lacks, its short name known: بعثة الأمم المتحدة ... في مالي (مينوسما))
                for attr in ("kb_id", "name_en", "wikidata", "country", "sector", "metonym_of"):
                    setattr(ent, attr, getattr(other, attr))
            _merge_into(ent, other)
            gone.add(id(other))
    return [e for e in entities if id(e) not in gone]


#: heads of a body's part named with the body after ب or لدى (لجنة الصحة بمجلس النواب، وزارة الداخلية
#: بحكومة الوحدة الوطنية، شعبة المصدرين بالاتحاد العام للغرف التجارية), as keys
_PART_HEADS = frozenset(key(w) for w in ("لجنة", "وزارة", "شعبة", "غرفة", "مكتب", "إدارة", "دائرة", "قسم"))


def join_parts_to_bodies(doc: Document, entities: list[Entity]) -> list[Entity]:
    """A part of a body, its head with no article, named right before the body after ``ب`` or ``لدى``
    (``لجنة الصحة بمجلس النواب``، ``وزارة الداخلية بحكومة الوحدة الوطنية``): one mention of the part,
    the body's name in it; the body keeps its other mentions."""
    by_start = {m.start: (e, m) for e in entities if e.type == "ORG" for m in e.mentions}
    text = doc.text
    gone: set[int] = set()
    for ent in entities:
        if ent.type != "ORG":
            continue
        for n, m in enumerate(ent.mentions):
            if key(m.text.split()[0]) not in _PART_HEADS or len(m.text.split()) < 2:
                continue
            after = _past_spaces(text, m.end)
            linker = text[after : after + 4]
            if linker == "لدى ":
                body_at = _past_spaces(text, after + 3)
            elif text[after : after + 1] == "ب":
                body_at = after + 1
            else:
                continue
            found = by_start.get(body_at) or by_start.get(after)  # (ب inside the body's mention or not)
            if found is None or found[0] is ent:
                continue
            body, bm = found
            ent.mentions[n] = Mention(m.start, bm.end, text[m.start : bm.end])
            if ent.name == m.text:
                ent.name = ent.mentions[n].text
            body.mentions.remove(bm)
            if not body.mentions:
                gone.add(id(body))
    return [e for e in entities if id(e) not in gone]


def _local(ent: Entity) -> bool:
    """The entity is linked to no KB entry (a ``local:`` id or none)."""
    return (ent.kb_id or LOCAL_ID_PREFIX).startswith(LOCAL_ID_PREFIX)


def _past_spaces(text: str, i: int) -> int:
    while i < len(text) and text[i] == " ":
        i += 1
    return i


class _Spans:
    """Which raw spans are already taken by mentions."""

    def __init__(self, entities: list[Entity]) -> None:
        spans = sorted((m.start, m.end) for e in entities for m in e.mentions)
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end)  # mentions starting before ``end``
        return any(self.ends[j] > start for j in range(max(0, i - 8), i))

    def add(self, start: int, end: int) -> None:
        i = bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def _free_words(
    doc: Document, forms: Sequence[str], table: Mapping[str, V], taken: _Spans, next_free: bool = False
) -> Iterator[tuple[int, Token, V, int]]:
    """``(index, token, entry, mention start)`` of the tokens whose form is a key of ``table`` and that no
    mention covers; with ``next_free``, nor the token after them (``المدينة المنورة``: a name)."""
    tokens = doc.tokens
    for k, tok in enumerate(tokens):
        found = table.get(forms[k])
        if found is None:
            continue
        start = mention_start(tok)
        nxt = tokens[k + 1] if next_free and k + 1 < len(tokens) else None
        if taken.overlaps(start, tok.end) or (nxt is not None and taken.overlaps(nxt.start, nxt.end)):
            continue
        yield k, tok, found, start


def _add_mention(doc: Document, entity: Entity, start: int, end: int, taken: _Spans) -> None:
    """Give ``entity`` the mention ``doc.text[start:end]`` and mark the span taken."""
    entity.mentions.append(Mention(start, end, doc.text[start:end]))
    entity.mentions.sort(key=lambda m: m.start)
    taken.add(start, end)


#: title words a bare definite title refers back with (الوزير → the minister named before), normalised
_BARE_TITLES = frozenset(
    normalize(w)
    for w in (
        *("رئيس", "وزير", "وزيرة", "مبعوث", "موفد", "سفير", "مندوب", "ملك", "أمير", "عاهل", "مستشار"),
        # who a person is, told with the name (الناشطة X ... واتهم سالفيني الناشطة)
        *("ناشط", "ناشطة", "صحافي", "صحافية", "صحفي", "صحفية", "محامي", "محامية", "قبطان", "قبطانة"),
        *("زعيم", "زعيمة", "مرشح", "مرشحة", "معارض", "قائد", "جنرال"),  # (not المعارضة: the opposition)
        *("بابا", "بطريرك", "كاردينال", "مطران", "حاخام"),  # البابا ليو الرابع عشر ... ودعا البابا
        # المدعي العام في المحكمة الجنائية الدولية كريم خان ... متهما المدعي العام
        *("مدعي", "مدعية", "قاضي", "قاضية", "ولي"),  # ولي العهد السعودي الأمير X ... بولي العهد
        *("والي", "محافظ", "حاكم", "عمدة"),  # والي كسلا X ... ودعا الوالي
    )
)
#: the shortest one-word alias of an office holder looked for where the tagger found no name
_SURNAME_MIN = 4
#: how many sentences back a bare title may find its person, and a place noun its place
_REACH = 2
#: how many sentences back a bare title with a nationality after it may name its holder
_NATIONAL_REACH = 6
#: English names of the offices titles name (khabar.kb.link.TITLES codes)
_OFFICE_EN = {
    "PRES": "President",
    "VP": "Vice President",
    "PM": "Prime Minister",
    "FM": "Foreign Minister",
    "DEF": "Defence Minister",
    "INT": "Interior Minister",
    "FIN": "Finance Minister",
    "JUS": "Justice Minister",
    "AGR": "Agriculture Minister",
    "OIL": "Oil Minister",
    "ECON": "Economy Minister",
    "TRADE": "Trade Minister",
    "HEALTH": "Health Minister",
    "INFO": "Information Minister",
    "ENERGY": "Energy Minister",
    "SPORT": "Sports Minister",
    "TELECOM": "Telecommunications Minister",
    "LABOUR": "Labour Minister",
    "EDU": "Education Minister",
    "TRANSPORT": "Transport Minister",
    "TOURISM": "Tourism Minister",
    "CULTURE": "Culture Minister",
    "ENV": "Environment Minister",
    "INDUSTRY": "Industry Minister",
    "AMB": "Ambassador",
    "CDA": "Chargé d'affaires",
    "CONSUL": "Consul",
    "SPEAKER": "Speaker of Parliament",
    "CHIEF": "Chief of Staff",
    "SG": "Secretary-General",
    "AG": "Prosecutor General",
    "CP": "Crown Prince",
    "KING": "King",
    "EMIR": "Emir",
    "SULTAN": "Sultan",
    "LEADER": "Leader",
}


def _past_posting(doc: Document, kb: KnowledgeBase, forms: Sequence[str], k: int) -> int:
    """Token ``k``, or the token after the place or body where an envoy is posted when ``k`` opens it
    (``السفير الأميركي في بغداد ماثيو تولر``، ``سفيرها لدى مالي``، ``السفيرة الأمريكية لدى الأمم المتحدة نيكي
    هيلي``), a KB body no mention covers yet among them (``السفير الأميركي لدى منظمة حظر الأسلحة الكيميائية
    كينيث وارد``): the holder's name comes after it."""
    if k + 1 >= len(doc.tokens) or forms[k] not in _POSTED_AT:
        return k
    start = doc.tokens[k + 1].start
    place = next(
        (m for e in doc.entities if e.type in ("GPE", "LOC", "ORG") for m in e.mentions if m.start == start),
        None,
    )
    if place is None:
        end = kb_alias_end(kb, forms, k + 1)
        return k if end is None else end
    return bisect_left([t.start for t in doc.tokens], place.end)


#: the first words of envoys' titles (السفير الأميركي في بغداد X), keys
_ENVOYS = frozenset(
    key(w) for w in ("السفير", "سفير", "السفيرة", "القنصل", "المبعوث", "مبعوث", "المندوب", "مندوب", "القائم")
)
#: "in" and "to" before where an envoy serves (السفير الأميركي في بغداد)
_POSTED_AT = frozenset(normalize(w) for w in ("في", "لدى"))


#: a prosecutor's office (khabar.kb.link.TITLES), and the ranks of the judiciary a prosecutor's name may
#: follow, no other office (النائب العام المصري المستشار نبيل صادق), keys
_PROSECUTION = "AG"
_JUDICIAL_RANKS = frozenset(key(w) for w in ("المستشار", "المستشارة", "القاضي", "القاضية"))
#: the kinds of person titles that rank or honour a name rather than name an office
_HONOURING = frozenset({"royal", "honorific", "military", "religious"})


def add_title_mentions(
    doc: Document, kb: KnowledgeBase, titles: list[TitlePhrase], forms: Sequence[str] | None = None
) -> None:
    """Title phrases that refer to a person become that person's mentions (see the module doc)."""
    taken = _Spans(doc.entities)
    by_kb = {e.kb_id: e for e in doc.entities if e.kb_id}
    forms = forms if forms is not None else token_forms(doc.tokens)
    starts = [t.start for t in doc.tokens]
    # (office code, scope) → the person the text named right after such a title before
    holders: dict[tuple[str, str], Entity] = {}
    for title in titles:
        if title.start >= title.end or (
            taken.overlaps(title.start, title.end) and not _scope_inside(doc, title)
        ):
            continue  # part of a longer name (not a title naming its country: رئيس فنزويلا)
        target: Entity | None = None
        # (a counterpart's name may follow a first name the tagger left out: نظيرتها اليونانية دورا باكويانيس;
        # so may any holder's, the word after the title one the tagger never saw: وزير الطاقة التركي ألب
        # أرسلان بيرقدار)
        reach = 2 if title.counterpart or _named_after(doc, title) else 1
        if title.next_token < len(doc.tokens):
            envoy = key(doc.text[title.start : title.end]).split()[0] in _ENVOYS
            first = _past_posting(doc, kb, forms, title.next_token) if envoy else title.next_token
            while first + 1 < len(doc.tokens) and (
                forms[first] in one_word_titles(_HONOURING)
                or (_PROSECUTION in title.codes and key(forms[first]) in _JUDICIAL_RANKS)
            ):
                first += 1  # وزير الطاقة السعودي الأمير عبدالعزيز بن سلمان: a rank before the holder's name
            # (not a name that opens with a title of its own: رئيس الوزراء العراقي زعيم التيار الصدري X,
            # two people, the first the subject, the second the object)
            # (but a given name that is also a title, opening a person's name: سلطان البركاني; after a
            # counterpart, any word opening a person's name: ونظيره الإيراني أمين حسين رحيمي)
            titled = key(forms[first]) in title_heads() and not (
                (title.counterpart or is_given_name(doc.tokens[first].text)) and _name_opens_on(doc, first)
            )
            after = (
                []
                if titled or _title_of_title(doc, forms, starts, title)
                else doc.tokens[first : first + reach]
            )
            target = next(
                (
                    e
                    for e in doc.entities
                    if e.type == "PER" and any(t.start <= m.start < t.end for t in after for m in e.mentions)
                ),
                None,
            )
        offices = [(c, title.scope) for c in title.codes] if _own_office(title) else []
        if target is not None:
            holders.update(dict.fromkeys(offices, target))
        else:
            # الرئيس التوغولي فور غناسينغبي ... نظيره التوغولي: the holder the text named with the title
            target = next((holders[o] for o in offices if o in holders), None)
        if target is None and title.counterpart and (doc.date is None or _named_after(doc, title)):
            continue  # an undated counterpart names no holder; one named after it is not the KB's
        if target is None:
            entry = resolve_title(kb, title, doc.date)
            target = by_kb.get(entry.id) if entry is not None else None
            if target is None and (entry is None or doc.date is None):
                # no holder the text names (undated: the KB's is a guess): the office itself
                target = _office(doc, kb, title, by_kb)
                if target is None:
                    continue
            if target is None and entry is not None:
                arabic = next((a for a in entry.aliases if not a.isascii()), entry.name_en)
                target = Entity(id="", type=entry.type, name=arabic, mentions=[])
                apply_entry(target, entry)
                doc.entities.append(target)
                by_kb[entry.id] = target
        target.mentions.append(Mention(title.start, title.end, doc.text[title.start : title.end]))
        if target.country is None and title.scope is not None and not title.scope.startswith("org:"):
            target.country = title.scope  # (وزير العدل المغربي X: a Moroccan)
        taken.add(title.start, title.end)


#: "king of" in the construct state, a token form (ملك أراجون، لملك قشتالة)
_KING_OF = normalize("ملك")


def add_kings_of_places(doc: Document, forms: Sequence[str]) -> None:
    """``ملك`` right before a place that is no KB country (``ملك أراجون``، ``لملك قشتالة``: a kingdom of old,
    whose king the KB does not hold) names the place's king, an actor: the two words become a mention of the
    person named right after or right before them (``ملك أراجون خايمي الأول``، ``خايمي ملك أراجون``), else of
    one person made for them, the same for every such mention of the place; the place keeps no mention
    there."""
    if _KING_OF not in forms:
        return  # (most documents)
    places = {m.start: (e, m) for e in doc.entities if e.type in ("GPE", "LOC") for m in e.mentions}
    starts = [t.start for t in doc.tokens]
    kings: dict[str, Entity] = {}  # the place's key → its king
    for k, form in enumerate(forms):
        if form != _KING_OF or k + 1 >= len(doc.tokens) or (hit := places.get(starts[k + 1])) is None:
            continue
        place, m = hit
        if country_code(place.kb_id) is not None:
            continue  # (a country: the KB's titles name its king, ملك الأردن)
        start = mention_start(doc.tokens[k])
        nxt = bisect_left(starts, m.end)
        after = doc.tokens[nxt].start if nxt < len(doc.tokens) else -1
        person = next(
            (
                e
                for e in doc.entities
                if e.type == "PER"
                and any(x.start == after or _past_spaces(doc.text, x.end) == start for x in e.mentions)
            ),
            None,
        )
        if person is None:
            person = kings.get(key(m.text))
            if person is None:
                name = doc.text[start : m.end]
                person = Entity(id="", type="PER", name=name, mentions=[], kb_id=local_id(name))
                doc.entities.append(person)
        kings.setdefault(key(m.text), person)
        place.mentions.remove(m)
        person.mentions.append(Mention(start, m.end, doc.text[start : m.end]))
        person.mentions.sort(key=lambda x: x.start)
    doc.entities = [e for e in doc.entities if e.mentions]


def _name_opens_on(doc: Document, k: int) -> bool:
    """A person's mention of more than token ``k`` opens on it (``سلطان البركاني``)."""
    t = doc.tokens[k]
    return any(
        e.type == "PER" and t.start <= m.start < t.end and m.end > t.end
        for e in doc.entities
        for m in e.mentions
    )


#: how many words before a title with ل another title may stand whose genitive it is
_TITLE_OF_TITLE_REACH = 2


def _title_of_title(doc: Document, forms: Sequence[str], starts: Sequence[int], title: TitlePhrase) -> bool:
    """The title, written with ل, is the genitive of another title right before it (``المبعوث الشخصي
    للأمين العام للأمم المتحدة رمطان لعمامرة``): the name after it is the other title's holder. ``starts``:
    the tokens' start offsets."""
    i = bisect_right(starts, title.start) - 1
    return "ل" in doc.tokens[i].proclitics and any(
        key(forms[k]) in title_heads() or key(forms[k]) in _ENVOYS
        for k in range(max(0, i - _TITLE_OF_TITLE_REACH), i)
    )


def _named_after(doc: Document, title: TitlePhrase) -> bool:
    """A word of no running text follows the title phrase: a name the tagger missed."""
    from khabar.ner.model import default_tagger  # the tagger's vocabulary: words of running text

    if title.next_token >= len(doc.tokens):
        return False
    nxt = doc.tokens[title.next_token]
    return (
        nxt.text.isalpha()
        and nxt.sentence == doc.tokens[title.next_token - 1].sentence
        and not default_tagger().knows(nxt.text)
    )


#: titles whose holder is not one person of their country (سفير فرنسا: France's ambassadors, anywhere)
_SHARED_OFFICES = frozenset({"AMB", "CDA", "CONSUL"})


def _own_office(title: TitlePhrase) -> bool:
    """The title names one current holder of an office of its country or body (``الرئيس التوغولي``),
    not a former one nor one of an office many hold at once (``السفير الفرنسي``)."""
    return title.scope is not None and not title.not_current and not _SHARED_OFFICES & set(title.codes)


def _scope_inside(doc: Document, title: TitlePhrase) -> bool:
    """The only mention inside the title is its country, named as a noun at its end (``رئيس فنزويلا``،
    ``رئيس وزراء العراق``), or its organisation (``الأمين العام للأمم المتحدة``): the title names the
    office's holder, the country or body keeps its own mention inside it. Not for a shared office
    (``سفير فرنسا``: France's ambassadors, anywhere)."""
    if title.scope is None or _SHARED_OFFICES & set(title.codes):
        return False
    inside = [(e, m) for e in doc.entities for m in e.mentions if m.start < title.end and m.end > title.start]
    if len(inside) != 1:
        return False
    ent, m = inside[0]
    # (or the organisation whose office it is: الأمين العام للأمم المتحدة)
    scope = title.scope if title.scope.startswith("org:") else country_id(title.scope)
    return ent.kb_id == scope and m.end == title.end and m.start > title.start


def _office(doc: Document, kb: KnowledgeBase, title: TitlePhrase, by_kb: dict[str, Entity]) -> Entity | None:
    """Who a title with its country or organisation names when no holder is known for the document's
    date: a person the text names who held the office at some time (``شيراك`` ... ``الرئيس الفرنسي``,
    ``الأمين العام للأمم المتحدة`` ... ``كوفي أنان``), else, for a country, the office
    itself (``الرئيس اللبناني``, ``وزير الخارجية الإيراني``): ``kb_id`` ``role:<ISO>:<CODE>``, reused by
    the document's other mentions of the same office."""
    if title.scope is None or title.not_current:
        return None
    for ent in doc.entities:  # a person the text names who held the office at some time (شيراك، أنان)
        entry = kb.get(ent.kb_id) if ent.type == "PER" and ent.kb_id else None
        if entry is not None and any(r.code in title.codes and r.scope == title.scope for r in entry.roles):
            return ent
    named = _untagged_holder(doc, kb, title)  # ... or names by a surname the tagger missed (الأسد)
    if named is not None or title.scope.startswith("org:"):
        return named  # an organisation's office is no actor of its own (its country is unknown)
    code = title.codes[0]
    kb_id = f"role:{title.scope}:{code}"
    ent = by_kb.get(kb_id)
    if ent is None:
        country = kb.get(country_id(title.scope))
        place = country.name_en if country is not None else title.scope
        text = doc.text[title.start : title.end]
        name_en = f"{_OFFICE_EN.get(code, code.title())} of {place}"
        ent = Entity(
            id="",
            type="PER",
            name=text,
            mentions=[],
            name_en=name_en,
            country=title.scope,
            kb_id=kb_id,
            sector="GOV",
        )
        doc.entities.append(ent)
        by_kb[kb_id] = ent
    return ent


def _untagged_holder(doc: Document, kb: KnowledgeBase, title: TitlePhrase) -> Entity | None:
    """A past or present holder of the title's office whose one-word alias the text writes where no
    mention is (``تصريحات الأسد`` ... ``الرئيس السوري``): that person, made an entity with those mentions;
    None when no holder, or more than one, is written so."""
    if title.scope is None:
        return None
    words: dict[str, KBEntry | None] = {}
    for code in title.codes:
        for entry in kb.holders(code, title.scope):
            for alias in entry.aliases:
                k = key(alias)
                if " " not in k and len(k) >= _SURNAME_MIN:  # two holders' alias: neither's
                    words[k] = entry if words.get(k, entry) is entry else None
    taken = _Spans(doc.entities)
    found: dict[str, list[Mention]] = {}
    for tok, form in zip(doc.tokens, token_forms(doc.tokens), strict=True):
        entry = words.get(form)
        start = mention_start(tok)
        if entry is not None and start < tok.end and not taken.overlaps(start, tok.end):
            found.setdefault(entry.id, []).append(Mention(start, tok.end, doc.text[start : tok.end]))
    if len(found) != 1:
        return None
    ((entry_id, mentions),) = found.items()
    entry = kb.entries[entry_id]
    arabic = next((a for a in entry.aliases if not a.isascii()), entry.name_en)
    ent = Entity(id="", type=entry.type, name=arabic, mentions=mentions)
    apply_entry(ent, entry)
    doc.entities.append(ent)
    return ent


def rescan_aliases(doc: Document, kb: KnowledgeBase, forms: Sequence[str] | None = None) -> None:
    """One-word aliases of linked entities, and the one-word names the tagger found for them elsewhere
    in the document (``شي`` for Xi Jinping), become mentions where the tagger missed them."""
    wanted: dict[str, Entity | None] = {}
    for ent in doc.entities:
        entry = kb.get(ent.kb_id) if ent.kb_id else None
        if entry is None:
            continue
        for alias in {*entry.aliases, *(m.text for m in ent.mentions)}:
            k = key(alias)
            if len(k) >= 2 and " " not in k:
                wanted[k] = ent if wanted.get(k, ent) is ent else None  # an alias of two entities: neither
    if not wanted:
        return
    taken = _Spans(doc.entities)
    texts = [t.text for t in doc.tokens]
    forms = forms if forms is not None else token_forms(doc.tokens)
    for k, (tok, form) in enumerate(zip(doc.tokens, forms, strict=True)):
        ent = wanted.get(form) or wanted.get(key(tok.text))
        if ent is None or doc.in_boilerplate(tok.start, tok.end) or accusative_adjective(texts, k):
            continue  # (أسيراً روسياً، 150 جنديا أوكرانيا: an adjective, not the country)
        start = mention_start(tok)
        if start < tok.end and not taken.overlaps(start, tok.end):
            ent.mentions.append(Mention(start, tok.end, doc.text[start : tok.end]))
            taken.add(start, tok.end)


#: the heads of compound names (عبد الله، أبو بكر، بن سلمان), as keys: a two-word tail opening on one is
#: no mark of one person
_COMPOUND_HEADS = frozenset(key(w) for w in ("عبد", "أبو", "ابو", "بن", "ابن", "بنت", "آل", "أم"))


def add_name_words(doc: Document, forms: Sequence[str] | None = None) -> None:
    """The first or last word of a person's full name that is no word of running text (``تشو`` of
    ``تشو هيون``, ``عون`` of ``جوزيف عون``; a last word with the article too, ``اليحيا`` of ``عبد الله
    اليحيا``) becomes a mention of that person where the tagger missed it,
    after the full name: a linked or unlinked person named again by one name; and the last two words of
    a name of three or more (``برمة ناصر`` of ``فضل الله برمة ناصر``) told again together."""
    from khabar.ner.model import default_tagger  # the tagger's vocabulary: words of running text

    knows = default_tagger().knows
    wanted: dict[str, tuple[Entity | None, int]] = {}  # a word → its person and where it was first named
    # (a last word the tagger knows as a word of running text too, only joined by و to another person's
    # mention: "شجاعة" الشرع وعبدي of مظلوم عبدي)
    joined: dict[str, tuple[Entity | None, int]] = {}
    for ent in doc.entities:
        if ent.type != "PER":
            continue
        for m in ent.mentions:
            words = key(m.text).split()
            if not 2 <= len(words) <= 3:
                continue
            for w in (words[0], words[-1]):
                if len(w) >= 3 and not knows(w) and (w == words[-1] or not w.startswith("ال")):
                    seen = wanted.get(w)
                    wanted[w] = (ent, m.start) if seen is None or seen[0] is ent else (None, 0)
                elif w == words[-1] and len(w) >= 3 and not w.startswith("ال"):
                    seen = joined.get(w)
                    joined[w] = (ent, m.start) if seen is None or seen[0] is ent else (None, 0)
    # and the last two words of a name of three or more (برمة ناصر of فضل الله برمة ناصر), but for a
    # compound's head (عبد الله، أبو بكر) that opens many names
    tails: dict[tuple[str, ...], tuple[Entity | None, int]] = {}
    for ent in doc.entities:
        if ent.type != "PER":
            continue
        for m in ent.mentions:
            words = key(m.text).split()
            if len(words) >= 3 and words[-2] not in _COMPOUND_HEADS:
                seen = tails.get((*words[-2:],))
                tails[(*words[-2:],)] = (ent, m.start) if seen is None or seen[0] is ent else (None, 0)
    if not wanted and not tails:
        return
    taken = _Spans(doc.entities)
    forms = forms if forms is not None else token_forms(doc.tokens)
    # (where a person's mention ends: a word joined to it by و may name another)
    ends = {m.end for e in doc.entities if e.type == "PER" for m in e.mentions} if joined else set()
    openers = {t[0] for t in tails}
    # (an opener read with a proclitic split off: فتاح as ف + تاح; only those are looked up as written)
    clipped = {o[j:] for o in openers for j in range(1, 4)}
    n = len(doc.tokens)
    for k, (tok, form) in enumerate(zip(doc.tokens, forms, strict=True)):
        ent, first, whole = None, 0, False
        if k + 1 < n and form in openers and (hit := tails.get((form, forms[k + 1]))) is not None:
            ent, first = hit
        elif k + 1 < n and form in clipped and (written := key(tok.text)) in openers:
            # (as written too: فتاح is no ف + تاح; the first letter is then the name's)
            ent, first = tails.get((written, key(doc.tokens[k + 1].text)), (None, 0))
            whole = ent is not None
        last = doc.tokens[k + 1] if ent is not None else tok
        if ent is None:
            ent, first = wanted.get(form, (None, 0))
        if ent is None and (written := key(tok.text)) != form and written in wanted:
            # (a name read with a proclitic split off, as written: وهبي is no و + هبي)
            ent, first = wanted[written]
            whole = ent is not None
        if ent is None and form in joined and k > 0 and "و" in tok.proclitics:
            ent, first = joined[form] if doc.tokens[k - 1].end in ends else (None, 0)
        if ent is None or tok.start < first or doc.in_boilerplate(tok.start, last.end):
            continue
        start = tok.start if whole else mention_start(tok)
        if start >= last.end:
            continue
        if last is not tok:
            # (the person's own mention of one of the two words, the tagger's: the two words replace it)
            inner = [m for m in ent.mentions if start <= m.start and m.end <= last.end]
            others = [
                m
                for e in doc.entities
                for m in e.mentions
                if m.start < last.end and m.end > start and m not in inner
            ]
            if inner and not others:
                for m in inner:
                    ent.mentions.remove(m)
                taken = _Spans(doc.entities)
        if not taken.overlaps(start, last.end):
            ent.mentions.append(Mention(start, last.end, doc.text[start : last.end]))
            ent.mentions.sort(key=lambda m: m.start)
            taken.add(start, last.end)


def add_bare_titles(
    doc: Document, forms: Sequence[str] | None = None, demonyms: Mapping[str, str] | None = None
) -> None:
    """A bare title (``الوزير``, ``الرئيس``, ``رئيس الوزراء``) that no mention covers and no name or
    definite word follows is a mention of the person last named with a title of those words before it,
    in its sentence or the two before (``وزير الخارجية الفرنسي دو فيلبان ... وشدد الوزير``, ``رئيس
    الوزراء العراقي نوري المالكي ... وعقد رئيس الوزراء اجتماعا``, ``وزير التموين علي المصيلحي ...
    الوزير``). A nationality after it (``demonyms``: form → country) is the title's too, and the person
    was named with none or with that one (``وزير التموين علي المصيلحي ... ونظيره الهندي بيوش غويال ...
    الوزير المصري``)."""
    tokens = doc.tokens
    if not tokens:
        return
    demonyms = demonyms or {}
    forms = forms if forms is not None else token_forms(tokens)
    token_starts = [t.start for t in tokens]
    # (start, title words, person, the country of a nationality in the title)
    titled: list[tuple[int, tuple[str, ...], Entity, str | None]] = []
    for e in doc.entities:
        if e.type != "PER":
            continue
        for m in e.mentions:
            if _bare_title((words := key(m.text).split())[0]) is not None:
                titled.append((m.start, _title_words(words), e, _nationality(words, demonyms)))
            elif (k := bisect_right(token_starts, m.start) - 1) > 0 and (
                j := _title_before(forms, k)
            ) is not None:
                # الناشطة كارولا راكيته، وزير التموين علي المصيلحي
                words = list(forms[j:k])
                titled.append((tokens[j].start, _title_words(words), e, _nationality(words, demonyms)))
    titled.sort(key=lambda t: t[0])
    # a counterpart (مع نظيره اليوناني X) holds the title of the one whose counterpart he is, named
    # before him in his sentence, with his own nationality
    titled_starts = [t[0] for t in titled]
    counterparts = []
    for e in doc.entities:
        for m in e.mentions if e.type == "PER" else ():
            words = key(m.text).split()
            if words[0] not in COUNTERPARTS:
                continue
            sentence = tokens[bisect_right(token_starts, m.start) - 1].sentence
            other = next(
                (
                    t
                    for t in reversed(titled[: bisect_left(titled_starts, m.start)])
                    if t[2] is not e and tokens[bisect_right(token_starts, t[0]) - 1].sentence == sentence
                ),
                None,
            )
            if other is not None:
                counterparts.append((m.start, other[1], e, _nationality(words, demonyms)))
    titled.extend(counterparts)
    titled.sort(key=lambda t: t[0])
    if not titled:
        return
    taken = _Spans(doc.entities)
    people = _Spans([e for e in doc.entities if e.type == "PER"])
    starts = [t[0] for t in titled]
    n = len(tokens)

    def word(j: int) -> str:
        return forms[j] if j < n and tokens[j].sentence == tokens[k].sentence else ""

    for k, tok in enumerate(tokens):
        title = _bare_title(forms[k])
        if title is None:
            continue
        if forms[k].startswith("ال"):
            wanted, last = (title,), k  # الوزير
        elif word(k + 1).startswith("ال"):
            wanted, last = (title, word(k + 1)), k + 1  # رئيس الوزراء
        else:
            continue
        country = demonyms.get(word(last + 1))
        if country is not None:
            last += 1  # الوزير المصري
        nxt = word(last + 1)
        start, end = mention_start(tok), tokens[last].end
        # (a person's name: not a body, the verb's object: واتهم الرئيس حركة الشباب)
        named_next = people.overlaps(end, end + 1 + len(nxt))
        # (a definite word after ب or ل opens a phrase of its own: وأشاد الوزير اليوناني بالدور)
        adjective = (
            nxt.startswith("ال")
            and nxt not in _PARTICLES_LIKE_DEFINITE
            and not set(tokens[last + 1].proclitics) & {"ب", "ل"}
        )
        # (a title is no mention of the person it names: والمدعي العام للمحكمة الجنائية الدولية كريم خان)
        if adjective and not named_next and any(t[1] == (title, nxt) for t in titled if t[0] < tok.start):
            # المبعوث الأممي إلى اليمن هانس غروندبرغ ... بجهود المبعوث الأممي: the title he was named with
            wanted, last = (title, nxt), last + 1
            start, end = mention_start(tok), tokens[last].end
        elif adjective or named_next or taken.overlaps(start, end):
            continue  # الرئيس التنفيذي، الرئيس بوتين، رئيس الوزراء العراقي: not bare
        if taken.overlaps(start, end):
            continue
        before = [
            t
            for t in titled[: bisect_left(starts, start)]
            if t[1][: len(wanted)] == wanted and (country is None or t[3] in (None, country))
        ]
        if not before:
            continue
        first, words, person, nationality = before[-1]
        named = next(j for j in range(k, -1, -1) if tokens[j].start <= first)
        # (a title with its nationality names him further on: وزير الخارجية الأمريكي X ... وأشاد الوزير
        # الأمريكي, four sentences on)
        if tok.sentence - tokens[named].sentence > (_REACH if country is None else _NATIONAL_REACH):
            continue
        person.mentions.append(Mention(start, end, doc.text[start:end]))
        taken.add(start, end)
        # the bare title names him again, and its reach runs on from there (أمير الكويت X ... وقال الأمير
        # ... وتلقى الأمير)
        at = bisect_right(starts, start)
        starts.insert(at, start)
        titled.insert(at, (start, words, person, nationality))


#: particles whose normalised forms open like a definite word (إلى، الذي، التي ...: the function words; and
#: إلا): no adjective of a title
_PARTICLES_LIKE_DEFINITE = FUNCTION_WORDS | {key("إلا")}
#: how many words may stand between a title and the name it is of: definite words (وزير الخارجية الفرنسي X),
#: a posting's preposition with its place or body (المدعي العام في المحكمة الجنائية الدولية X), and a
#: portfolio of six words (وزيرة المساواة بين الجنسين والأسرة الكورية الجنوبية X)
_TITLE_WORDS_BEFORE_NAME = 6


def _title_before(forms: Sequence[str], k: int) -> int | None:
    """The index of a bare title right before token ``k``, or before definite words right before it
    (``الناشطة كارولا``، ``وزير التموين علي``); None for none."""
    for j in range(k - 1, max(k - 2 - _TITLE_WORDS_BEFORE_NAME, -1), -1):
        if _bare_title(forms[j]) is not None:
            return j
        # (where an envoy is sent: المبعوث الأممي إلى اليمن هانس غروندبرغ; a portfolio between two:
        # وزيرة المساواة بين الجنسين والأسرة الكورية الجنوبية كيم هيون سوك)
        if (
            not forms[j].startswith("ال")
            and not (forms[j] in _POSTED_TO and j + 1 < k)
            and not (forms[j] == _BETWEEN and j + 1 < k and forms[j + 1].startswith("ال"))
        ):
            return None
    return None


#: إلى، لدى، في: where a title names its holder posted (المبعوث الأممي إلى اليمن، المدعي العام في المحكمة)
_POSTED_TO = frozenset(key(w) for w in ("إلى", "لدى", "في"))


def _nationality(words: Sequence[str], demonyms: Mapping[str, str]) -> str | None:
    """The country of the first nationality among a title's words (``وزير الخارجية الفرنسي``)."""
    return next((demonyms[w] for w in words if w in demonyms), None)


#: a place noun with the article → the nouns a place it refers back to was named after (normalised)
PLACE_ANAPHORS: dict[str, frozenset[str]] = {
    "ال" + normalize(noun): frozenset(normalize(h) for h in heads)
    for noun, heads in (
        ("مدينة", ("مدينة",)),
        ("بلدة", ("بلدة", "بلدتي", "قرية", "قريتي")),
        # the area of a named area, village or town (قرية داربا ... إرسال كتيبتين إلى المنطقة), not a
        # region named otherwise (the Gulf, the Middle East)
        ("منطقة", ("منطقة", "منطقتي", "قرية", "قريتي", "بلدة", "بلدتي")),
        ("ساحة", ("ساحة",)),  # ساحة سراج خانة ... حول الساحة
        ("قرية", ("قرية", "قريتي", "بلدة", "بلدتي")),
        ("مخيم", ("مخيم", "مخيمي")),
        ("حي", ("حي", "حيي")),
        ("ولاية", ("ولاية",)),  # ولاية قندهار ... خطفوا أربعة مهندسين في الولاية
        ("محافظة", ("محافظة",)),
        ("إقليم", ("إقليم",)),
    )
}

#: ``المدينة`` (normalised): it may refer back to any city named before
_THE_CITY = "ال" + normalize("مدينة")
#: nouns of regions (normalised): a city's name after one names the region (مدينة إيزيوم بمقاطعة خاركيف
#: ... في المدينة: Izium, not the Kharkiv region)
REGION_NOUNS = frozenset(normalize(w) for w in ("مقاطعة", "ولاية", "محافظة", "إقليم"))


def add_place_anaphors(doc: Document, forms: Sequence[str] | None = None) -> None:
    """A place noun with the article that no mention covers and no name follows (``في المدينة``,
    ``مدرسة البلدة``) is a mention of the last place named before it after such a noun (``قرية بوادي``
    ... ``البلدة``), or for ``المدينة`` of a city, in its sentence or the two before: the one named most
    often there, the last on a tie."""
    tokens = doc.tokens
    if not tokens or not doc.entities:
        return
    forms = forms if forms is not None else token_forms(tokens)
    places: list[tuple[int, int, Entity, str]] = []  # (start, token index, place, the noun before it)
    starts = [t.start for t in tokens]
    for e in doc.entities:
        if e.type not in ("GPE", "LOC"):
            continue
        for m in e.mentions:
            k = bisect_right(starts, m.start) - 1
            places.append((m.start, k, e, forms[k - 1] if k > 0 else ""))
    if not places:
        return
    places.sort(key=lambda p: p[0])
    taken = _Spans(doc.entities)
    # (not one with a name after it: المدينة المنورة، البلدة X)
    for k, tok, heads, start in _free_words(doc, forms, PLACE_ANAPHORS, taken, next_free=True):
        city = forms[k] == _THE_CITY
        before = [
            e
            for s, j, e, noun in places
            if s < tok.start
            and tok.sentence - tokens[j].sentence <= _REACH
            and (
                noun in heads
                or (city and (e.kb_id or "").startswith(CITY_ID_PREFIX) and noun not in REGION_NOUNS)
            )
        ]
        if before:
            # the place named most often there, the last on a tie (في كركوك ، على بعد 255 كلم شمال
            # بغداد ... وسط المدينة: Kirkuk)
            place = max(
                before, key=lambda e: (before.count(e), max(i for i, b in enumerate(before) if b is e))
            )
            _add_mention(doc, place, start, tok.end, taken)


#: descriptions of an intergovernmental body (token forms: article, no proclitics) that refer back to the
#: last one named: المنظمة الدولية، المنظمة الإقليمية، الهيئة الأممية
_BODY_ANAPHORS = frozenset(
    (normalize(a), normalize(b))
    for a, b in (
        ("المنظمة", "الدولية"),
        ("المنظمة", "الأممية"),
        ("المنظمة", "الإقليمية"),
        ("المنظمة", "القارية"),
        ("الهيئة", "الأممية"),
        ("الهيئة", "الدولية"),
        ("التكتل", "الإقليمي"),
    )
)
_IGO = "IGO"


def add_body_anaphors(doc: Document, forms: Sequence[str] | None = None) -> None:
    """A description of an intergovernmental body (``المنظمة الإقليمية``، ``المنظمة الدولية``) is a
    mention of the last such body named before it, in its sentence or the two before (``دعوة إيكواس ...
    متهمة المنظمة الإقليمية``): a body the tagger made of the description alone joins it."""
    _join_described_bodies(
        doc,
        forms,
        lambda e: e.type == "ORG" and e.sector == _IGO,
        _BODY_ANAPHORS,
        lambda e, start, end: e.type == "ORG" and _local(e),
    )


def _join_described_bodies(
    doc: Document,
    forms: Sequence[str] | None,
    named: Callable[[Entity], bool],
    descriptions: Collection[tuple[str, str]],
    described: Callable[[Entity, int, int], bool],
) -> None:
    """Two tokens whose forms are one of ``descriptions`` are a mention of the last entity ``named`` before
    them, in their sentence or the two before, unless an entity told there is no mere description of it
    (``described(e, start, end)`` false: a name of its own); the bodies the tagger made of the
    description join that entity."""
    tokens = doc.tokens
    starts = [t.start for t in tokens]
    bodies = sorted(
        (m.start, bisect_right(starts, m.start) - 1, e) for e in doc.entities if named(e) for m in e.mentions
    )
    if not bodies:
        return
    forms = forms if forms is not None else token_forms(tokens)
    for k in range(len(tokens) - 1):
        if (forms[k], forms[k + 1]) not in descriptions:
            continue
        start, end = mention_start(tokens[k]), tokens[k + 1].end
        before = [e for s, j, e in bodies if s < start and tokens[k].sentence - tokens[j].sentence <= _REACH]
        if not before:
            continue
        body = before[-1]
        told = [e for e in doc.entities if any(m.start < end and start < m.end for m in e.mentions)]
        if told and not all(described(e, start, end) for e in told):
            continue  # a name of its own
        for e in told:
            if e is not body:
                _merge_into(body, e)
                doc.entities.remove(e)
        if not any(m.start == start for m in body.mentions):
            body.mentions.append(Mention(start, end, doc.text[start:end]))
        body.mentions.sort(key=lambda m: m.start)


#: "the military council" (token forms: article, no proclitics), a junta described, and the head of the name
#: of the council it refers back to (المجلس الوطني لحماية الوطن ... المجلس العسكري)
_JUNTA = (normalize("المجلس"), normalize("العسكري"))
_COUNCIL = key("المجلس")
_JUNTA_KEY = key("المجلس العسكري")


def add_junta_anaphors(doc: Document, forms: Sequence[str] | None = None) -> None:
    """``المجلس العسكري`` with no name of its own is a mention of the last council named before it by a
    name of its own, in its sentence or the two before (``أعلن المجلس الوطني لحماية الوطن في النيجر ...
    وهددت إيكواس المجلس العسكري``): the body the tagger made of the description alone joins it (not one
    that runs past it: المجلس العسكري الانتقالي، المجلس العسكري في مصراتة)."""
    _join_described_bodies(
        doc,
        forms,
        lambda e: e.type == "ORG" and key(e.name).startswith(_COUNCIL) and not key(e.name).startswith(
            _JUNTA_KEY
        ),
        (_JUNTA,),
        lambda e, start, end: (
            e.type == "ORG"
            and _local(e)
            and all(start <= m.start and m.end <= end for m in e.mentions if m.start < end and start < m.end)
        ),
    )


#: ISO 3166 alpha-3 of the kingdoms ``المملكة`` alone refers back to
_KINGDOMS = frozenset(("SAU", "MAR", "JOR", "BHR", "GBR", "ESP", "NLD", "BEL", "SWE", "NOR", "DNK", "THA"))
_THE_KINGDOM = normalize("المملكة")


def add_kingdom_anaphors(doc: Document, forms: Sequence[str] | None = None) -> None:
    """``المملكة`` with no name after it (``متهمة المملكة بالقيام``، ``وشكر خان المملكة``) is a mention of
    the last kingdom named before it, by its name or by one of its cities (``زيارة ... إلى الرياض``): the
    country where the text names it, else that city, which stands for it."""
    tokens = doc.tokens
    forms = forms if forms is not None else token_forms(tokens)
    taken = _Spans(doc.entities)
    named = sorted(
        (m.start, e) for e in doc.entities if e.type == "GPE" and e.country in _KINGDOMS for m in e.mentions
    )
    # (not one with a name after it: المملكة العربية السعودية، والمملكة المغربية)
    for _, tok, _, start in _free_words(doc, forms, {_THE_KINGDOM: True}, taken, next_free=True):
        before = [e for s, e in named if s < start]
        if not before:
            continue
        place = before[-1]
        country = next(
            (e for e in doc.entities if place.country and e.kb_id == country_id(place.country)), place
        )  # الرياض ... المملكة: Saudi Arabia where it is named
        _add_mention(doc, country, start, tok.end, taken)


#: bare words for a group or body that refer back to the last one named of the sectors given, whatever its
#: head (جيش التحرير الوطني ... الجماعة، حماس ... الحركة، البنك الدولي ... المؤسسة، اليونيسف ... المنظمة)
_GROUP_WORDS = {
    normalize("الجماعة"): frozenset({"REB", "MIL"}),
    normalize("التنظيم"): frozenset({"REB", "MIL"}),
    normalize("الفصيل"): frozenset({"REB", "MIL"}),
    normalize("الحركة"): frozenset({"REB"}),
    normalize("التحالف"): frozenset({"PTY"}),
    normalize("الجبهة"): frozenset({"REB"}),
    normalize("المنظمة"): frozenset({"IGO", "NGO"}),
    normalize("المؤسسة"): frozenset({"IGO", "NGO"}),
    normalize("الوكالة"): frozenset({"IGO", "NGO"}),  # برنامج الأغذية العالمي ... الوكالة تطالب إسرائيل
    # شركة مزون للتعدين ... ممارسات الشركة، صندوق النقد الدولي ... بعثة الصندوق
    normalize("الشركة"): frozenset({"BUS"}),
    normalize("المصرف"): frozenset({"BUS"}),
    normalize("البنك"): frozenset({"BUS", "IGO"}),
    normalize("الصندوق"): frozenset({"IGO"}),
}


def _referable(e: Entity, sectors: frozenset[str]) -> bool:
    """An organisation of one of ``sectors``; an army only when it is no state's force: one with no
    country and no article (جيش التحرير الوطني، جيش محمد; not الجيش السوداني)."""
    if e.type != "ORG" or e.sector not in sectors:
        return False
    return e.sector != "MIL" or (e.country is None and not key(e.name).startswith("ال"))


#: the sectors any of those words may refer to
_GROUP_SECTORS = frozenset().union(*_GROUP_WORDS.values())


#: words for a group written before its name in quotation marks, and the sector they give a name the KB
#: does not know (فصيل «الجبهة 33»: an armed faction; تحالف «أزيميو لا أوموجا»: an alliance of parties)
_QUOTED_HEADS = {
    normalize(w): sector
    for words, sector in (
        (("فصيل", "جماعة", "تنظيم", "ميليشيا", "مليشيا", "جبهة", "حركة"), "REB"),
        (("حزب", "تحالف", "ائتلاف", "تيار"), "PTY"),
    )
    for w in words
}


def _quoted_head(doc: Document, forms: Sequence[str], starts: Sequence[int], mention: Mention) -> str | None:
    """The word for a group written before ``mention`` and a quotation mark (``وفصيل «الجبهة 33»``),
    normalised, when it is one of :data:`_QUOTED_HEADS`."""
    i = bisect_right(starts, mention.start) - 1
    if i < 2 or doc.tokens[i - 1].text not in NAME_QUOTES:
        return None
    return forms[i - 2] if forms[i - 2] in _QUOTED_HEADS else None


def type_quoted_groups(doc: Document, forms: Sequence[str]) -> None:
    """An organisation of no known sector named in quotation marks after a word for a group (``فصيل
    «الجبهة 33»``، ``حزب «زانو - بي إف»``) gets the sector that word gives: a bare word for the group
    (``الفصيل``) may then refer back to it (:func:`add_group_anaphors`)."""
    starts = [t.start for t in doc.tokens]
    for e in doc.entities:
        if e.type == "ORG" and e.sector is None:
            head = next((h for m in e.mentions if (h := _quoted_head(doc, forms, starts, m))), None)
            if head is not None:
                e.sector = _QUOTED_HEADS[head]


def add_construct_anaphors(doc: Document, forms: Sequence[str]) -> None:
    """A body's head before a place noun with the article (``حكومة الإقليم``، ``بلدية المدينة``) that no
    mention covers is a mention of the last organisation named before it with that head and that place
    noun without the article (``حكومة إقليم كردستان``), in its sentence or the two before: the region
    or town told again by its noun alone."""
    tokens = doc.tokens
    named = [
        (m.start, tokens[i].sentence, (forms[i], "ال" + forms[i + 1]), e)
        for e, m, i in _organisation_mentions(doc)
        if i + 1 < len(tokens) and tokens[i + 1].start < m.end and not forms[i + 1].startswith("ال")
    ]
    _add_pair_mentions(doc, forms, named)


def add_shortened_names(doc: Document, forms: Sequence[str], demonyms: Mapping[str, str]) -> None:
    """A head and a definite adjective that open an organisation's name going on with ل or ب (``المجلس
    الأعلى للدولة``), or a head and its definite genitive before a nationality (``وزارة الداخلية
    المصرية``), no adjective after them, are a mention of the last such organisation named before them,
    in their sentence or the two before: the name told short (``مطالب المجلس الأعلى``، ``لوزارة
    الداخلية``). Where the tagger made them an organisation of its own (``الاتحاد الليبي لكرة القدم ...
    رئيس الاتحاد الليبي``), that one joins the longer."""
    tokens = doc.tokens
    named = [
        (m.start, tokens[i].sentence, (words[0], words[1]), e)
        for e, m, i in _organisation_mentions(doc)
        if len(words := key(m.text).split()) > 2
        and words[1].startswith("ال")
        and (
            # (or a nationality: الجمعية المهنية التونسية للبنوك ... الجمعية المهنية)
            (words[0].startswith("ال") and (words[2][:1] in "لب" or words[2] in demonyms))
            or (
                len(words) == 3
                and not words[0].startswith("ال")
                # (or any relational adjective: هيئة النزاهة الاتحادية ... لهيئة النزاهة)
                and (words[2] in demonyms or (words[2].startswith("ال") and words[2].endswith(NISBA_ENDINGS)))
            )
        )
    ]
    _add_pair_mentions(doc, forms, named, lambda k: not adjective_after(tokens, forms, k + 1), join=True)


def add_short_body_names(doc: Document, forms: Sequence[str], kb: KnowledgeBase) -> None:
    """A head and a definite word after it, no adjective after them, are a mention of the last organisation
    named before them, in their sentence or the two before, whose name of three words or more opens on that
    head, its second word undefined, and ends on that word (``نشرت حكومة بنغلاديش المؤقتة ... وطالب تحالف
    النقابات الحكومة المؤقتة``) or goes on from the head with that word undefined (``تحالف نقابات عمال
    الميناء ... تحالف النقابات``): the name told short. Where the tagger made them an organisation of its
    own, that one joins the longer; not a KB name (``مجلس الأمن``, no short ``مجلس أمن الدولة``)."""
    tokens = doc.tokens
    named: list[_NamedPair] = []
    for e, m, i in _organisation_mentions(doc):
        words = key(m.text).split()
        if len(words) < _SHORT_BODY_FROM or words[1].startswith("ال"):
            continue  # (a definite second word is :func:`add_shortened_names`'s: المجلس الأعلى للدولة)
        head = words[0] if words[0].startswith("ال") else "ال" + words[0]
        pairs = [(words[0], "ال" + words[1])]
        if words[-1].startswith("ال"):
            pairs.append((head, words[-1]))
        sentence = tokens[i].sentence
        named.extend((m.start, sentence, pair, e) for pair in pairs if not kb.exact(" ".join(pair)))
    _add_pair_mentions(doc, forms, named, lambda k: not adjective_after(tokens, forms, k + 1), join=True)


#: the fewest words of a body's name that :func:`add_short_body_names` tells short
_SHORT_BODY_FROM = 3


#: how many tokens after a body's name its nationality may stand (شركة ستروي ترانس غاز الروسية)
_NATIONALITY_AFTER_NAME = 2


def merge_national_descriptions(doc: Document, forms: Sequence[str], demonyms: Mapping[str, str]) -> None:
    """A body the steps above made of a head and a nationality alone (``الشركة الروسية``) is the body last
    named before it with that head, in its sentence or the six before, of that country or with that
    nationality written right after its name (``شركة ستروي ترانس غاز الروسية ... ورفضت الشركة الروسية``):
    it joins that body."""
    described = [
        (e, words[0] if words[0].startswith("ال") else "ال" + words[0], demonyms[words[1]])
        for e in doc.entities
        if e.type == "ORG"
        and len({key(m.text) for m in e.mentions}) == 1
        and len(words := key(e.mentions[0].text).split()) == 2
        # (or its article fused with ل, the nationality's kept: للشركة البريطانية, told شركة البريطانية)
        and (words[0].startswith("ال") or words[1].startswith("ال"))
        and words[1] in demonyms
    ]
    if not described:
        return
    tokens = doc.tokens
    starts = [t.start for t in tokens]
    named = list(_organisation_mentions(doc))
    joined: set[int] = set()  # (the ids of the bodies that joined another: no longer there to join)
    for e, head, country in described:
        first = _first_start(e)
        sentence = tokens[bisect_right(starts, first) - 1].sentence
        latest: tuple[int, Entity] | None = None
        for other, m, k in named:
            if other is e or id(other) in joined or m.start >= first or head not in _heads(forms, m, k):
                continue
            if head in _STATE_FORCES and other.sector == _REBELS:
                continue  # (جيش أراكان ... الجيش الميانماري: the state's army, fighting the rebels' "army")
            if sentence - tokens[k].sentence > _NATIONAL_REACH:
                continue
            last = bisect_right(starts, m.end - 1) - 1
            after = forms[last + 1 : last + 1 + _NATIONALITY_AFTER_NAME]
            national = other.country == country or any(demonyms.get(f) == country for f in after)
            if national and (latest is None or m.start > latest[0]):
                latest = (m.start, other)
        if latest is not None:
            _merge_into(latest[1], e)
            latest[1].mentions.sort(key=lambda m: m.start)
            doc.entities.remove(e)
            joined.add(id(e))


#: the heads of a state's armed forces with the article, keys: with a nationality, the state's own forces,
#: never a rebel group the text named with the same head (جيش أراكان ... الجيش الميانماري)
_STATE_FORCES = frozenset(key(w) for w in ("الجيش", "القوات"))


#: the heads of a business, one company told again by either (مجموعة "أورانو" الفرنسية ... اتهم تياني
#: الشركة الفرنسية، شركة "أداني" ... المجموعة الهندية)
_COMPANY_HEADS = frozenset(key(w) for w in ("الشركة", "المجموعة"))


def _heads(forms: Sequence[str], m: Mention, k: int) -> frozenset[str]:
    """The heads with the article that tell again the body named by mention ``m`` at token ``k``: its first
    word, or the word before its name in quotation marks (شركة "وانفانغ" ... الشركة الصينية), a company's
    by either company head."""
    heads = {"ال" + key(m.text).split()[0]}
    if k >= 2 and forms[k - 1] in NAME_QUOTES:
        heads.add("ال" + forms[k - 2])
    if heads & _COMPANY_HEADS:
        heads |= _COMPANY_HEADS
    return frozenset(heads)


def _organisation_mentions(doc: Document) -> Iterator[tuple[Entity, Mention, int]]:
    """Each organisation's mentions, with the index of the token each starts in."""
    starts = [t.start for t in doc.tokens]
    for e in doc.entities:
        if e.type == "ORG":
            for m in e.mentions:
                yield e, m, bisect_right(starts, m.start) - 1


#: where an organisation was named, by its start and sentence; the two words that tell it again; the entity
_NamedPair = tuple[int, int, tuple[str, str], Entity]


def _add_pair_mentions(
    doc: Document,
    forms: Sequence[str],
    named: list[_NamedPair],
    fits: Callable[[int], bool] = lambda k: True,
    join: bool = False,
) -> None:
    """Two tokens whose forms are a pair of ``named`` (and that ``fits``, by the first's index) are a
    mention of the last entity named before them with that pair, in their sentence or the two before,
    where no mention covers them; with ``join``, an organisation of their own, named by them alone, joins
    that entity instead."""
    if not named:
        return
    tokens = doc.tokens
    named.sort(key=lambda x: x[0])
    pairs = {pair for _, _, pair, _ in named}
    taken = _Spans(doc.entities)
    for k in range(len(tokens) - 1):
        if (forms[k], forms[k + 1]) not in pairs or not fits(k):
            continue
        start, end = mention_start(tokens[k]), tokens[k + 1].end
        before = [
            e
            for s, sentence, pair, e in named
            if s < start and pair == (forms[k], forms[k + 1]) and tokens[k].sentence - sentence <= _REACH
        ]
        if not before:
            continue
        if not taken.overlaps(start, end):
            _add_mention(doc, before[-1], start, end, taken)
            continue
        short = (
            next(
                (
                    e
                    for e in doc.entities
                    if e.type == "ORG"
                    and e is not before[-1]
                    and [(m.start, m.end) for m in e.mentions] == [(start, end)]
                ),
                None,
            )
            if join
            else None
        )
        if short is not None:
            _merge_into(before[-1], short)
            before[-1].mentions.sort(key=lambda m: m.start)
            doc.entities.remove(short)


#: words for a group's fighters before its bare word (قوات الجماعة، مقاتلو التنظيم، عناصر الحركة)
_GROUP_FORCES = frozenset(
    normalize(w) for w in ("قوات", "مقاتلو", "مقاتلي", "عناصر", "مسلحو", "مسلحي", "ميليشيا", "مليشيا")
)


#: the sector of armed groups, whose fighters are named by their group's bare word
_REBELS = "REB"


def free_group_forces(doc: Document) -> None:
    """An organisation the tagger made of a word for fighters and a bare word for a group alone (``قوات
    الجماعة``، ``مقاتلو التنظيم``) is no body of its own: it is dropped, so that the group word refers back
    to the group named before it (:func:`add_group_anaphors`; ``أعلن المتحدث باسم جماعة الحوثيين أن قوات
    الجماعة استهدفت سفينة``)."""
    doc.entities = [e for e in doc.entities if not _group_forces(doc, e)]


def _group_forces(doc: Document, e: Entity) -> bool:
    """``e`` is an organisation of no known entry each of whose mentions is a word for fighters and a
    bare word for an armed group, and a group that word may refer to is named before it (else it stands
    alone: ``وأعلن الجيش أن قوات الجماعة استهدفت سفينة``)."""
    if not e.mentions or e.type != "ORG" or (e.kb_id is not None and not e.kb_id.startswith(LOCAL_ID_PREFIX)):
        return False
    word = ""
    for m in e.mentions:
        words = key(m.text).split()
        # (an armed group's word: not قوات التحالف, a coalition's forces named so)
        if len(words) != 2 or words[0] not in _GROUP_FORCES or _REBELS not in _GROUP_WORDS.get(words[1], ()):
            return False
        word = words[1]
    first = _first_start(e)
    return any(
        g is not e and _referable(g, _GROUP_WORDS[word]) and _first_start(g) < first for g in doc.entities
    )


def add_group_anaphors(doc: Document, forms: Sequence[str] | None = None) -> None:
    """A bare word for a group or body (``الجماعة``، ``التنظيم``، ``الحركة``، ``المنظمة``) that no mention
    covers and no adjective follows is a mention of the last group or body of its sectors named before it,
    in its sentence or the two before, or of the only one the text named before, when its head differs
    (``جيش التحرير الوطني`` ... ``علق بيترو المحادثات مع الجماعة``; one with the same head was joined by
    :func:`add_head_anaphors`)."""
    tokens = doc.tokens
    groups = [e for e in doc.entities if e.type == "ORG" and e.sector in _GROUP_SECTORS]
    if not groups:
        return
    forms = forms if forms is not None else token_forms(tokens)
    starts = [t.start for t in tokens]
    taken = _Spans(doc.entities)
    for k, tok, sectors, start in _free_words(doc, forms, _GROUP_WORDS, taken):
        if adjective_after(tokens, forms, k):
            continue  # الجماعة الإسلامية: a name, or another group
        earlier = [
            (m.start, key(m.text), "ال" + (_quoted_head(doc, forms, starts, m) or ""), e)
            for e in groups
            if _referable(e, sectors)
            for m in e.mentions
            if m.end <= start
        ]
        before = [
            x for x in earlier if tok.sentence - tokens[bisect_right(starts, x[0]) - 1].sentence <= _REACH
        ]
        if not before and len({id(x[3]) for x in earlier}) == 1:
            before = earlier  # the only such group the article names, however far back
        if not before:
            continue
        # the group the same word referred to before (داعش ... التنظيم ... حزب الله ... مواقع التنظيم) or
        # named in quotes after (فصيل «الجبهة 33» المنشق عن فارك ... الفصيل), else the last named
        told = [x for x in before if forms[k] in x[1:3]]
        group = max(told or before, key=lambda x: x[0])[3]
        _add_mention(doc, group, start, tok.end, taken)


def _title_words(words: list[str]) -> tuple[str, ...]:
    """The title word of a mention's first word and the definite word after it (رئيس الوزراء)."""
    first = _bare_title(words[0]) or ""
    return (first, words[1]) if len(words) > 1 and words[1].startswith("ال") else (first,)


@lru_cache(maxsize=1 << 14)
def _bare_title(form: str) -> str | None:
    """The title word of a normalised form (``الوزير`` → ``وزير``), or None; a sportsman's or
    sportswoman's is the player's (``الملاكمة`` → ``لاعبة``: اللاعبة tells her again)."""
    word = form[2:] if form.startswith("ال") else form
    return _SPORTS_TITLES.get(word) or (word if word in _BARE_TITLES else None)


#: the titles of sportsmen and sportswomen, normalised, each → "player" of its gender (السباح السوري X
#: ... واتهم الاتحاد اللاعب)
_SPORTS_TITLES = {
    normalize(w): normalize("لاعبة" if w.endswith("ة") else "لاعب")
    for w in (
        *("لاعب", "لاعبة", "سباح", "سباحة", "ملاكم", "ملاكمة", "عداء", "عداءة", "مصارع", "مصارعة"),
        *("رباع", "رباعة", "متزلج", "متزلجة", "دراج", "دراجة", "حارس"),
    )
}


def mark_metonymy(doc: Document, forms: Sequence[str] | None = None) -> None:
    """Cities named as actors get ``metonym_of`` = their country; where the text names that country too,
    the mention that acts is a mention of the country (``دانت أربيل القصف وطالبت أنقرة بالتعويض``:
    Turkey), the city keeping its other mentions. A city acts after a word of :data:`_ACTOR_CUES`, and as
    the object right after the named subject of a verb of blaming or calling (``واتهم المندوب الروسي
    فاسيلي نيبينزيا واشنطن ولندن``، ``واتهمت نيودلهي إسلام آباد``), with its conjuncts; not after a
    preposition (``بالرباط``) nor as a place visited (``وزار X باماكو``)."""
    tokens = doc.tokens
    if not tokens:
        return
    token_starts = [t.start for t in tokens]

    def index(offset: int) -> int:
        return bisect_right(token_starts, offset) - 1

    forms = forms if forms is not None else token_forms(tokens)
    city_at: dict[int, Entity] = {}
    for ent in doc.entities:
        if ent.type == "GPE" and (ent.kb_id or "").startswith(CITY_ID_PREFIX) and ent.country:
            for m in ent.mentions:
                city_at[index(m.start)] = ent
    # the last token of each person's mention after a verb of addressing or blaming: a city right after
    # it is the verb's object
    ends: set[int] = set()
    for m in (m for e in doc.entities if city_at and e.type == "PER" for m in e.mentions):
        first = index(m.start)
        for k in range(first - 1, max(first - 1 - _OBJECT_CUE_REACH, -1), -1):
            if tokens[k].sentence != tokens[first].sentence or not forms[k][:1].isalpha():
                break
            if forms[k] in _OBJECT_CUES:
                ends.add(index(m.end - 1))
                break
    acting: list[tuple[Entity, int]] = []  # (city, token index of a mention that acts)
    acted: set[int] = set()  # the token index after each acting city's mention
    for i, ent in sorted(city_at.items()):
        same = i > 0 and tokens[i - 1].sentence == tokens[i].sentence
        prev = forms[i - 1] if same else ""
        bare_city = set(tokens[i].proclitics) <= _ACTING_CLITICS
        # the object after a named subject (نيبينزيا واشنطن), or a conjunct of an acting city (واشنطن ولندن)
        after = same and bare_city and (i - 1 in ends or (i in acted and "و" in tokens[i].proclitics))
        if prev in _ACTOR_CUES or prev == _BETWEEN or after:
            ent.metonym_of = ent.country
        if prev in _ACTOR_CUES or after:
            acting.append((ent, i))
            last = index(max(m.end for m in ent.mentions if index(m.start) == i) - 1)
            acted.add(last + 1)
            if prev in _OBJECT_CUES:
                ends.add(last)  # واتهمت نيودلهي إسلام آباد: the subject, then the object
        if prev == _BETWEEN:  # بين X وY: Y too
            end = max(m.end for m in ent.mentions if index(m.start) == i)
            j = index(end - 1) + 1
            other = city_at.get(j)
            if other is not None and any(w.kind == "prefix" and w.form == "و" for w in tokens[j].words):
                other.metonym_of = other.country
    by_kb = {e.kb_id: e for e in doc.entities if e.kb_id}
    for city, i in acting:
        # (the country's own entry: geo:TUR)
        country = by_kb.get(country_id(city.country)) if city.country else None
        if country is None:
            continue
        moved = [m for m in city.mentions if index(m.start) == i]
        city.mentions = [m for m in city.mentions if index(m.start) != i]
        country.mentions.extend(moved)
        country.mentions.sort(key=lambda m: m.start)
    doc.entities = [e for e in doc.entities if e.mentions]


def renumber(doc: Document) -> None:
    for ent in doc.entities:
        ent.mentions.sort(key=lambda m: (m.start, m.end))
    doc.entities.sort(key=_first_start)
    for n, ent in enumerate(doc.entities, 1):
        ent.id = f"E{n}"


@register("coref")
class Coreference:
    """Merges entities of one referent, adds title and missed-alias mentions, marks metonymy."""

    requires = ("entities", "links")
    adds = ("coref",)

    def __init__(self, config: Config) -> None:
        self.kb = load_kb(config.kb_files, config.kb_dir or None)

    def __call__(self, doc: Document) -> Document:
        forms = token_forms(doc.tokens)  # each token's form, once for all the steps
        titles = find_titles(doc, self.kb, forms)
        doc.entities = merge_name_parts(merge_same_kb(doc.entities))
        # before titles become mentions: a title is not a name to look for
        rescan_aliases(doc, self.kb, forms)
        add_name_words(doc, forms)
        add_title_mentions(doc, self.kb, titles, forms)
        add_kings_of_places(doc, forms)
        add_bare_titles(doc, forms, self.kb.demonyms)
        add_agents(doc, self.kb, forms)
        type_quoted_groups(doc, forms)
        # (bodies the steps above named too)
        merged = merge_leader_bodies(merge_bracketed_names(doc, doc.entities))
        doc.entities = join_parts_to_bodies(doc, merged)
        add_head_anaphors(doc, forms)
        add_body_anaphors(doc, forms)
        add_junta_anaphors(doc, forms)
        add_place_anaphors(doc, forms)
        add_kingdom_anaphors(doc, forms)
        free_group_forces(doc)
        add_group_anaphors(doc, forms)
        add_construct_anaphors(doc, forms)
        add_shortened_names(doc, forms, self.kb.demonyms)
        add_short_body_names(doc, forms, self.kb)
        merge_national_descriptions(doc, forms, self.kb.demonyms)
        mark_metonymy(doc, forms)
        restore_fused_articles(doc)  # (names the steps above gave)
        renumber(doc)
        return doc
