"""The ``entities`` pipeline stage: tag the document's sentences, then group mentions into typed entities.

Sentences inside boilerplate are skipped; the rest are tagged together as one document (the
tagger's second pass looks across sentences), and the tags are repaired against the knowledge base
(:mod:`khabar.ner.repair`: merged and split names, trimmed person names, Latin facility names).

Mentions never include a leading conjunction or preposition proclitic (و ف ب ل ك); the article
is kept when it is written out (``ال``). A person or organisation name keeps a cut ``ب``/``ف`` that
stands before no known word (:func:`name_start`: بوين, فيشمان). The words after a place noun that
the tagger left untagged are a LOC mention (:mod:`khabar.ner.places`: حي الدورة, مخيم بلاطة).
Mentions whose normalised text is the same are one entity; a one-word person mention that is the
first or last word of a longer person name already seen (``بوتين`` after ``فلاديمير بوتين``,
``كيم`` after ``كيم جونغ أون``) joins that entity.
Types are refined from the tagger's four:
PERS → PER; a LOC whose head word is a kind of vessel → VEH (a ship named in quotation marks: ``ناقلة
النفط «ستينا إمبيرو»``); a LOC, ORG or MISC whose head word is a facility keyword
(``facility_keywords.tsv``) → FAC; other LOC → GPE for countries, cities and provinces (``places.tsv``),
else LOC; other ORG → ORG, or EVENT for a named accord; other MISC → EVENT when its head word names an
event (war, summit, elections, ...), else MISC.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Collection, Sequence
from functools import cache
from itertools import groupby, pairwise
from operator import attrgetter
from typing import TypeVar

from khabar.config import Config
from khabar.document import Document, Entity, Mention, Token, Word
from khabar.kb.kb import bare, key
from khabar.lexicon import packaged
from khabar.ner.evaluate import chunks
from khabar.ner.model import default_tagger
from khabar.ner.places import (
    joined_name_cuts,
    names_again,
    nisba_adjective,
    place_mentions,
    place_noun,
    placed_names,
    plain_place_noun,
    whole_after_place_noun,
)
from khabar.ner.repair import (
    FACILITY_NAME_ADJECTIVES,
    alias_type,
    church_body,
    facility_heads,
    is_body_head,
    is_given_name,
    person_alias_first_words,
    place_first_words,
    repair_sentences,
    split_surname_pairs,
    split_told_surnames,
    tag_bracket_located_places,
    tag_capitals,
    tag_country_names,
    tag_deployment_destinations,
    tag_detention_sites,
    tag_facilities_named_after_persons,
    tag_facilities_with_definite_names,
    tag_group_names,
    tag_headland_names,
    tag_places_after_prepositions,
    tag_repeated_names,
    tag_repeated_surnames,
    tag_vessel_names,
    trim_verbs_before_told_patronymics,
    trim_words_after_surnames,
    vessel_heads,
)
from khabar.pipeline import record_failure, register
from khabar.text.normalize import normalize
from khabar.text.tokenize import listed

_STRIPPED_PROCLITICS = frozenset("وفبلك")
#: proclitic letters that more often begin a rare person or organisation name than stand before one
_NAME_INITIALS = frozenset("بف")
#: tagger types whose names keep such a letter when the rest is no known word (بوين, فيشمان, بيلد)
_INITIAL_KEEPING_TYPES = frozenset({"PERS", "ORG"})
_GPE_PLACE_TYPES = frozenset({"COUNTRY", "CITY", "REGION"})
#: head words (normalised, without the article) of named events
_EVENT_HEADS = frozenset(
    normalize(w)
    for w in (
        "حرب",
        "حروب",
        "معركة",
        "قمة",
        "انتخابات",
        "الانتخابات",
        "أولمبياد",
        "الألعاب",
        "دورة",
        "بطولة",
        "كأس",
        "مونديال",
        "ثورة",
        "انتفاضة",
        "مؤتمر",
        "مهرجان",
        "منتدى",
        "اتفاقية",
        "اتفاق",
        "معاهدة",
        "مجزرة",
        "غزو",
        "حملة",
        "زلزال",
        "إعصار",
    )
)
#: heads of named accords, which no organisation's name opens on (اتفاق الرياض، «إعلان جدة»): a name the
#: tagger read as an organisation's (in quotation marks, mostly) is an event
_ACCORD_HEADS = frozenset(normalize(w) for w in ("اتفاق", "اتفاقية", "معاهدة", "إعلان"))


def _bare(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


@cache
def _places() -> dict[str, str]:
    out: dict[str, str] = {}
    for row in packaged("places.tsv"):
        key = normalize(row[0])
        out.setdefault(key, row[1].upper() if len(row) > 1 else "")
        out.setdefault(_bare(key), out[key])
    return out


def _opens_with(key: str, heads: Collection[str]) -> bool:
    """Does the name open with one of ``heads`` (word sequences, as keys), with or without ``ال``: a facility
    head (``مطار``, ``دار الضيافة``), a kind of vessel (``ناقلة``، ``حاملة الطائرات``)?"""
    words = key.split()
    for n in range(1, len(words) + 1):
        head = " ".join(words[:n])
        if head in heads or _bare(head) in heads:
            return True
    return False


def refine_type(tag_type: str, name: str) -> str:
    """The document-level entity type for a tagger type (PERS/LOC/ORG/MISC) and the entity's name."""
    key = normalize(name)
    head = key.split()[0] if key else ""
    if tag_type == "PERS":
        return "PER"
    if tag_type == "LOC" and _opens_with(key, vessel_heads()):
        return "VEH"  # سفينة الشحن «غالاكسي ليدر»: a ship (tag_vessel_names)
    if tag_type in ("LOC", "ORG", "MISC") and _opens_with(key, facility_heads()) and not church_body(key):
        return "FAC"  # (not a church as a body: الكنيسة القبطية)
    if tag_type == "LOC":
        place = _places().get(key) or _places().get(_bare(key))
        return "GPE" if place in _GPE_PLACE_TYPES else "LOC"
    if tag_type == "ORG":
        return "EVENT" if _bare(head) in _ACCORD_HEADS else "ORG"
    return "EVENT" if head in _EVENT_HEADS or _bare(head) in _EVENT_HEADS else "MISC"


def mention_start(token: Token) -> int:
    """Where a mention starting at ``token`` begins: after its conjunction/preposition proclitics."""
    start = token.start
    for w in token.words:
        if w.kind != "prefix":
            break
        if w.form == "ال":
            if w.text != "ال":  # the article merged into لل: the mention starts after it
                start = w.end
            break
        if w.form in _STRIPPED_PROCLITICS:
            start = w.end
        else:
            break
    return start


#: words for a state or a province, which a place's name follows as its genitive (ولاية بورنو، محافظة
#: بابل): a ب or ل the tokenizer cut from a place tagged there is the name's own letter, normalised
_STATE_HEADS = frozenset(normalize(w) for w in ("ولاية", "محافظة", "إقليم", "مقاطعة", "منطقة"))


def name_start(token: Token, tag_type: str, before: Token | None = None, alone: bool = True) -> int:
    """Where a ``tag_type`` name starting at ``token`` begins: :func:`mention_start`, except that a
    person or organisation name keeps a cut ``ب`` or ``ف`` when no article follows it and the rest is
    neither a word of running text nor a listed name. The tokenizer cuts ``بوين`` into ب + وين, but a
    preposition or conjunction before a rare foreign name is far rarer than a name that begins with
    the letter (ANERcorp: بالاك, برتران, فيشمان, فولكسفاغن, بنفيكا). A place keeps it when the word as
    written, not as cut, begins a KB place name, after a و or not (``بورت أو برنس``، ``وبوركينا فاسو``),
    or right ``before`` it stands a word for a state or a province (``ولاية بورنو``). A person's name of
    more than one word (not ``alone``) keeps a cut ``ل`` too, with a ``ف`` that opens the word before it,
    when the rest begins with no hamza (``وليونار لوبيز``، ``فلورنس بارلي``; not ``لأرياس``، ``لدوديك``),
    and a cut ``ف`` or ``ك`` before the article and no known word (``فالديسي أوركيزا``، ``كالفانت سينغ``);
    a MISC name of more than one word keeps a cut ``ب`` or ``ف`` as a person's does (``و"بويا إير"``)."""
    start = mention_start(token)
    words = [w for w in token.words if w.start >= start]
    prefix = next((w for w in token.words if w.end == start), None)
    if prefix is None or prefix.kind != "prefix" or not words:
        return start
    head = _name_head_before(before, tag_type) if tag_type in _INITIAL_KEEPING_TYPES else None
    if (
        head is not None
        and words[0].kind == "stem"
        # (after a company's head a listed word is its name's too: شركة باريك غولد, not ب + اريك)
        and (head == _COMPANY or not listed(words[0].form))
        and not default_tagger().knows(words[0].form)
    ):
        return prefix.start  # شركة باريك غولد، شركة وابكو، الرئيس السلوفاكي لوبومير: no ب، و or ل there
    if tag_type == "PERS" and prefix.form == _LAM and _written_word(token.text) in _lam_given_names():
        return prefix.start  # لحسن الداودي، لخضر بورقعة: a Maghrebi name with its article as ل
    if (
        tag_type == "PERS"
        and not alone
        and prefix.form == _WAW
        and key(token.text) in person_alias_first_words()
        and key(words[0].text) not in person_alias_first_words()
    ):
        return prefix.start  # الجنرال وقار الزمان: a KB person's name whose first word opens with و
    if (
        tag_type == "PERS"
        and not alone
        and prefix.form in _ARTICLE_NAME_INITIALS
        and len(words) > 1
        and words[0].text == _ARTICLE
        and words[1].kind == "stem"
        and _unknown_word(words[1].form)
    ):
        return prefix.start  # فالديسي أوركيزا، كالفانت سينغ: no ف or ك and article before a foreign name
    if tag_type == "LOC" and prefix.form == _KAF and key(token.text) in place_first_words():
        return prefix.start  # في كاليدونيا الجديدة، كالكوتا: a KB place written with ك, not ك + اليدونيا
    if (
        prefix.form not in _NAME_INITIALS
        and not (
            prefix.form == _LAM
            and tag_type in _LAM_KEEPING_TYPES
            and not alone
            and not words[0].text.startswith(_HAMZA_ALEFS)
        )
        # (a place's ل right after a preposition is its own letter: إلى لوريتو, not ل + وريتو)
        and not (prefix.form == _LAM and tag_type == "LOC" and _after_preposition(before))
    ):
        return start
    if tag_type == "LOC":
        # a KB place's first word as written, not as cut (بورت أو برنس, not ب + ورت)
        firsts = place_first_words()
        whole = key(token.text)
        written = {whole, whole[1:] if whole[:1] in ("و", "ف") else whole}  # وبوركينا: و then the name
        if words[0].form in firsts:
            return start
        state = before is not None and before.stem is not None and normalize(before.stem.text) in _STATE_HEADS
        if written & firsts or state:
            return prefix.start
        # after a preposition no ب or ف is one (من بيتونيا، إلى بوتا): the rare name's own letter
        if _after_preposition(before) and words[0].kind == "stem" and _unknown_word(words[0].form):
            return prefix.start
        return start
    if (
        (tag_type in _INITIAL_KEEPING_TYPES or (tag_type == "MISC" and not alone))
        and words[0].kind == "stem"
        and not is_body_head(words[0].text)  # (بمصرف ليبيا المركزي: a body's head takes a preposition)
        and _unknown_word(words[0].form)
    ):
        return _conjunction_fa_start(token, prefix)
    return start


#: the letter ك as a proclitic's form
_KAF = "ك"
#: the letter و as a proclitic's form
_WAW = "و"
#: prepositions written as a word of their own, after which a word's initial ب or ف is its own letter
_BARE_PREPOSITIONS = frozenset(
    normalize(w) for w in ("من", "في", "إلى", "عن", "على", "نحو", "قرب", "حتى", "منذ", "عبر", "لدى", "مع")
)


def _after_preposition(before: Token | None) -> bool:
    """The word ``before`` a name is a preposition written as a word of its own (إلى، من، في)."""
    return before is not None and normalize(before.text) in _BARE_PREPOSITIONS


def _unknown_word(form: str) -> bool:
    """The word ``form`` is on no name list and the tagger never saw it: a rare, likely foreign, name."""
    return not listed(form) and not default_tagger().knows(form)


def _conjunction_fa_start(token: Token, prefix: Word) -> int:
    """Where a name whose cut initial ``prefix`` it keeps begins: at a ``ف`` that opens the token right
    before a kept ``ل`` too (``فلورنس``، ``فلافيو``: ف + ل is rarely a conjunction and a preposition)."""
    first = token.words[0]
    if prefix.form == _LAM and first.kind == "prefix" and first.form == _FA and first.end == prefix.start:
        return first.start
    return prefix.start


#: the preposition ل as a proclitic's form
_LAM = "ل"
#: tagger types whose names keep a cut ل when the rest is no known word (وليونار لوبيز، لوسيا مارتينيث)
_LAM_KEEPING_TYPES = frozenset({"PERS"})
#: the conjunction ف and the article as written, which a foreign name may open with (فالديسي، فالنتينا)
_FA, _ARTICLE = "ف", "ال"
#: proclitics cut before the article that a foreign person's name opens with when no known word follows
#: (فالديسي أوركيزا، كالفانت سينغ، كالفين كوليدج): ف + ال or ك + ال before a rare name is far rarer
_ARTICLE_NAME_INITIALS = frozenset({_FA, "ك"})
#: a word's first letter that no name's ل stands before (لأرياس، لإيران: the preposition)
_HAMZA_ALEFS = ("أ", "إ", "آ")


@cache
def _lam_given_names() -> frozenset[str]:
    """Given names written with the article as a bare ل (``لحسن``، ``لخضر``), normalised."""
    return frozenset(normalize(row[0]) for row in packaged("person_given_names.tsv") if row[0][:1] == _LAM)


def _written_word(text: str) -> str:
    """A word as written, normalised, without a conjunction before it (``ولحسن`` → ``لحسن``)."""
    word = normalize(text)
    return word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word


def _name_head_before(before: Token | None, tag_type: str) -> str | None:
    """The word ``before`` a name is one no preposition or conjunction may follow: a company's or
    group's head in the construct state, with no article (``شركة``، ``لشركة``): ``_COMPANY``; a
    nationality with the article (``الرئيس السلوفاكي``) before a person: ``_NATIONALITY``; else None."""
    if before is None:
        return None
    form = normalize(before.text)
    # (its head with a preposition of its own: لشركة باريك غولد; a company the tagger read as a person)
    if before.stem is not None and normalize(before.stem.text) in _CONSTRUCT_ORG_HEADS:
        return None if any(w.form == "ال" for w in before.words) else _COMPANY
    if tag_type == "PERS" and form.startswith("ال") and form.endswith("ي") and len(form) > _NISBA_MIN:
        return _NATIONALITY
    return None


#: organisation heads in the construct state that a company's or group's name follows (normalised)
_CONSTRUCT_ORG_HEADS = frozenset(normalize(w) for w in ("شركة", "مجموعة", "مؤسسة", "مصرف", "بنك", "وكالة"))
#: the shortest nationality with its article (السلوفاكي): longer than الذي، التي
_NISBA_MIN = 4
#: what :func:`_name_head_before` found before a name
_COMPANY, _NATIONALITY = "company", "nationality"


#: the repairs run on each sentence's tags after :func:`repair_sentences`, in order
_SENTENCE_PASSES = (
    tag_places_after_prepositions,
    tag_deployment_destinations,
    tag_country_names,
    tag_capitals,
    tag_bracket_located_places,
    tag_group_names,
    tag_facilities_named_after_persons,
    tag_facilities_with_definite_names,
    tag_detention_sites,
    tag_headland_names,
    tag_vessel_names,
)
#: then the repairs that look across the document's sentences, in order
_DOCUMENT_PASSES = (
    tag_repeated_names,
    tag_repeated_surnames,
    trim_words_after_surnames,
    trim_verbs_before_told_patronymics,
    split_told_surnames,
    split_surname_pairs,
)


_T = TypeVar("_T")


def _step(doc: Document, step: Callable[..., _T], kept: _T, *args: object) -> _T:
    """``step(*args)``, or ``kept`` (the tags as they were) with a :class:`DocError` naming the
    document's stage and the step when the step raises."""
    try:
        return step(*args)
    except Exception as exc:  # one repair step failing must not lose the passage's names
        message = f"step {step.__name__} failed: {type(exc).__name__}: {exc}"
        record_failure(doc, EntityRecognizer.name, message)
        return kept


@register("entities")
class EntityRecognizer:
    """Tags named entities with the packaged CRF and groups their mentions into entities."""

    requires = ("tokens",)
    adds = ("entities",)

    def __init__(self, config: Config) -> None:
        self.config = config

    def __call__(self, doc: Document) -> Document:
        sentences = [list(group) for _, group in groupby(doc.tokens, key=attrgetter("sentence"))]
        sentences = [s for s in sentences if not doc.in_boilerplate(s[0].start, s[-1].end)]
        texts = [[t.text for t in s] for s in sentences]
        all_tags = default_tagger().tag_document(texts)
        # (a repair step that fails is reported on the document, naming the step, and skipped: the tags
        # stay as the step found them and the other steps still run, so the passage keeps its names)
        all_tags = _step(doc, repair_sentences, all_tags, texts, all_tags)
        for toks, tags in zip(texts, all_tags, strict=True):
            for sentence_pass in _SENTENCE_PASSES:
                tags[:] = _step(doc, sentence_pass, tags, toks, tags)
        for document_pass in _DOCUMENT_PASSES:
            all_tags = _step(doc, document_pass, all_tags, texts, all_tags)
        found: list[tuple[str, Mention]] = []
        tagger = default_tagger()
        prepared = []
        for tokens, tags in zip(sentences, all_tags, strict=True):
            spans = _join_hyphenated(
                tokens,
                sorted(
                    (c for c in chunks(tags) if not (c[0] == "PERS" and place_noun(tokens[c[1]]))),
                    key=lambda c: c[1],
                ),
            )
            # (names the tagger ran together after a dual or plural place noun are each a place: بلدتي
            # كفرشوبا وكفرحمام)
            spans = [
                (typ, a, b)
                for typ, i, j in spans
                for a, b in pairwise([i, *joined_name_cuts(tokens, i, j), j])
            ]
            taken = {k for _, i, j in spans for k in range(i, j)}
            prepared.append((tokens, spans, taken, place_mentions(tokens, taken, tagger.knows)))
        # (a place named after its noun is that place where its words stand again after a preposition of
        # place: في بلدة جني ... أرسل الجيش تعزيزات إلى جني)
        # (and a facility's name past its head: معبر أرقين الحدودي ... وصلت قوة إلى أرقين)
        again = placed_names(
            [(tokens, placed) for tokens, _, _, placed in prepared]
            + [(tokens, facility_names(tokens, spans)) for tokens, spans, _, _ in prepared]
        )
        for tokens, spans, taken, placed in prepared:
            starts = [("LOC", start, j) for _, j, start in placed]
            if again:
                starts += [("LOC", tokens[i].start, j) for i, j in names_again(tokens, taken, placed, again)]
            for typ, i, j in spans:
                whole = whole_after_place_noun(tokens, i)
                if whole and j - i == 1 and nisba_adjective(tokens[i], tagger.knows):
                    continue  # حي سكني: an adjective of the place noun, no name
                # (a name after a place noun is a place, whatever the tagger read: جزيرة تاوي تاوي; but a
                # given name inside opens the person the place's office is held by: رئيس إدارة مقاطعة
                # آرفايلر يورغن بفولر)
                if whole and typ == "PERS" and (given := _given_name_inside(tokens, i, j)) is not None:
                    starts.append(("PERS", tokens[given].start, j))
                    j = given
                # (and a body's type after a noun that only heads places' names: قرب بلدة كانتشاري)
                plain = whole and typ == "ORG" and plain_place_noun(tokens[i - 1])
                typ = "LOC" if (whole and typ == "PERS") or plain else typ
                before = tokens[i - 1] if i else None
                start = tokens[i].start if whole else name_start(tokens[i], typ, before, j - i == 1)
                starts.append((typ, start, j))
            for typ, start, j in starts:
                end = tokens[j - 1].end
                start = _past_uncut_wa(doc.text, start, end)
                if start < end:
                    found.append((typ, Mention(start, end, doc.text[start:end])))
        doc.entities = group_mentions(_uncut_surnames(doc, found))
        restore_fused_articles(doc)
        return doc


#: adjectives that close a facility's name (معبر أرقين الحدودي، حقل العمر النفطي), normalised: the
#: repair rules', and "public" and "land" (مستشفى X العام، معبر X البري)
_CLOSING_ADJECTIVES = FACILITY_NAME_ADJECTIVES | frozenset(normalize(w) for w in ("العام", "البري"))


def facility_names(tokens: Sequence[Token], spans: Sequence[_Chunk]) -> list[tuple[int, int, int]]:
    """``(first, end, start)`` of the names inside the place chunks that a facility's head without the
    article opens (``أرقين`` of ``معبر أرقين الحدودي``), past the adjective that closes them."""
    out = []
    for typ, i, j in spans:
        if typ != "LOC" or j - i < 2 or facility_heads().get(key(tokens[i].text)) != 1:
            continue
        end = j - 1 if tokens[j - 1].norm in _CLOSING_ADJECTIVES else j
        if end > i + 1 and not tokens[i].text.startswith("ال"):
            out.append((i + 1, end, tokens[i + 1].start))
    return out


def _given_name_inside(tokens: Sequence[Token], i: int, j: int) -> int | None:
    """The token after the first of the person chunk ``[i, j)`` that is a given name of one gender with a
    word after it (``آرفايلر يورغن بفولر``: يورغن), where the chunk follows a place noun: the place's name
    is the words before it, the person's the rest; None when there is none."""
    return next((g for g in range(i + 1, j - 1) if is_given_name(tokens[g].text)), None)


#: tagger types whose names run on over a hyphen written close (توماس-غرينفيلد، فايزر-بيونتيك)
_HYPHENATED_TYPES = frozenset({"PERS", "ORG"})
_HYPHEN = "-"
#: a tagged span: the tagger's type, its first token and the token after it
_Chunk = tuple[str, int, int]


def _hyphened(tokens: Sequence[Token], h: int) -> bool:
    """Token ``h`` is a hyphen written close between two words of more than a letter, neither with the
    article (``توماس-غرينفيلد``; not ``كركوك - جيهان``, ``الأنغلو-أسترالية`` nor ``سات-أ``)."""
    return (
        0 < h < len(tokens) - 1
        and tokens[h].text == _HYPHEN
        and tokens[h - 1].end == tokens[h].start
        and tokens[h].end == tokens[h + 1].start
        and tokens[h - 1].text.isalpha()
        and tokens[h + 1].text.isalpha()
        and len(tokens[h + 1].text) > 1
        and not tokens[h - 1].text.startswith("ال")
        and not tokens[h + 1].text.startswith("ال")
    )


def _join_hyphenated(tokens: Sequence[Token], spans: list[_Chunk]) -> list[_Chunk]:
    """A person's or organisation's name takes the words joined to it by a hyphen written close, after
    it (``ليندا توماس-غرينفيلد``، ``فايزر-بيونتيك``) and, for a person, before it (``كارا-مورزا``
    read as ``مورزا``), whatever the tagger made of them; the spans they covered go."""
    out: list[_Chunk] = []
    for typ, i, j in spans:
        if out and i < out[-1][2]:
            continue  # a span the one before took over
        if typ in _HYPHENATED_TYPES:
            while _hyphened(tokens, j):
                j += 2
            while typ == "PERS" and _hyphened(tokens, i - 1) and not (out and i - 2 < out[-1][2]):
                i -= 2
        out.append((typ, i, j))
    return out


def _uncut_surnames(doc: Document, found: list[tuple[str, Mention]]) -> list[tuple[str, Mention]]:
    """A one-word person whose token lost letters to the tokenizer (``فلوري`` cut ف + ل + وري) keeps
    them where the whole word is a word of a person named in the document (``كارول فلوري``)."""
    words = {key(w) for typ, m in found if typ == "PERS" and " " in m.text for w in m.text.split()}
    if not words:
        return found
    starts = [t.start for t in doc.tokens]
    out = []
    for typ, m in found:
        if typ == "PERS" and " " not in m.text:
            token = doc.tokens[bisect_right(starts, m.start) - 1]
            if token.start < m.start and token.end == m.end and key(token.text) in words:
                m = Mention(token.start, m.end, token.text)
        out.append((typ, m))
    return out


def restore_fused_articles(doc: Document) -> None:
    """Gives back to each entity's name the article its mention lost to a fused ``لل`` (``للأمم المتحدة``
    names ``الأمم المتحدة``, not ``أمم المتحدة``)."""
    for ent in doc.entities:
        m = next((m for m in ent.mentions if m.text == ent.name), None)
        if m is not None and m.start >= 2 and doc.text[m.start - 2 : m.start] == _FUSED_ARTICLE:
            ent.name = "ال" + ent.name


#: ل with the article, its alif dropped (للأمم)
_FUSED_ARTICLE = "لل"


def _past_uncut_wa(text: str, start: int, end: int) -> int:
    """Where a name the tokenizer left its conjunction on begins (``وتل أبيب``: تل is too short to
    cut): after the ``و`` when the rest is a KB alias and the whole is not."""
    if (
        text.startswith("و", start)
        and alias_type(key(text[start + 1 : end])) is not None
        and alias_type(key(text[start:end])) is None
    ):
        return start + 1
    return start


def _person_by_part(entities: Sequence[Entity], types: dict[str, str], word: str) -> Entity | None:
    """The person entity whose name starts or ends with ``word``, articles aside (``للشهرستاني`` reads
    ``شهرستاني``: حسين الشهرستاني), the one mentioned most, then latest."""
    best: Entity | None = None
    word = bare(word)
    for e in entities:
        parts = normalize(e.name).split()
        match = types[e.id] == "PERS" and len(parts) > 1 and word in (bare(parts[0]), bare(parts[-1]))
        if match and (best is None or len(e.mentions) >= len(best.mentions)):
            best = e
    return best


def group_mentions(found: Sequence[tuple[str, Mention]]) -> list[Entity]:
    """Merge same-name mentions into entities (ids E1, E2, ... in order of first mention)."""
    entities: list[Entity] = []
    by_key: dict[str, Entity] = {}
    types: dict[str, str] = {}
    for typ, mention in sorted(found, key=lambda f: f[1].start):
        key = normalize(mention.text)
        ent = by_key.get(key)
        if ent is None and typ == "PERS" and " " not in key:
            ent = _person_by_part(entities, types, key)
        if ent is None:
            ent = Entity(id=f"E{len(entities) + 1}", type="", name=mention.text, mentions=[])
            entities.append(ent)
            types[ent.id] = typ
        by_key[key] = ent
        ent.mentions.append(mention)
        if len(mention.text) > len(ent.name):
            ent.name = mention.text
    for ent in entities:
        ent.type = refine_type(types[ent.id], ent.name)
    return entities
