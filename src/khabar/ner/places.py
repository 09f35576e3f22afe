"""Places named after a place noun: ``حي الدورة``, ``مخيم بلاطة``, ``شارع السعدون``, ``قرية كفر قاسم``.

ANERcorp tags few districts, camps and streets, yet reports of attacks name them, and event data wants
the most specific place struck. After a head of ``place_heads.tsv`` (without the article: ``الحي``
refers back) the words up to a direction, preposition, particle, punctuation or conjunction, at most
:data:`MAX_WORDS`, are a place name; after a dual head (``مخيمي بلاطة وعين بيت الماء``) so is the
conjunct after ``و``, and after a plural head every conjunct after ``و`` (``بلدات كفركلا والعديسة
وحولا``). No name follows when the next word is an adjective (``قرية صغيرة``, ``حي سكني``):
an indefinite known word ending like an adjective.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import cache

from khabar.document import Token
from khabar.kb.kb import key
from khabar.lexicon import packaged
from khabar.ner.repair import CLAUSE_OPENER_WORDS, alias_type, demonym_keys, owned_trigger_noun
from khabar.text.normalize import NISBA_ENDINGS, normalize

#: place nouns that are also adjectives (حي "alive, live"): an indefinite known word after them is no name
_ALSO_ADJECTIVES = frozenset({normalize("حي")})
#: proclitics the tokenizer leaves on a short place noun (وحي، بحي، لحي)
_UNCUT = ("و", "ف", "ب", "ل")
#: at most this many words make one name
MAX_WORDS = 3
#: the names a plural head takes (``many`` in ``place_heads.tsv``): a list joined with و
_MANY = 12
#: words that end a name (normalised): directions, prepositions, particles, clause openers, time words
_STOPS = frozenset(
    normalize(w)
    for w in (
        *("شرق", "غرب", "شمال", "جنوب", "وسط", "شرقي", "غربي", "شمالي", "جنوبي", "قرب", "قرابة"),
        *("في", "من", "على", "علي", "إلى", "الى", "الي", "عن", "مع", "منذ", "قبل", "بعد", "خلال"),
        *("حيث", "عند", "لدى", "بين", "أو", "ثم", "حين", "إثر", "اثر", "جراء", "أمس", "اليوم", "فور", "عقب"),
        *("صباح", "مساء", "فجر", "ليلة", "الواقع", "الواقعة", "المجاور"),
        *CLAUSE_OPENER_WORDS,
        *("المجاورة", "نفسه", "نفسها", "ذاته", "ذاتها", "هذا", "هذه", "ذلك", "تلك", "كما", "أن", "ان"),
        *("المحاذية", "المحاذي", "المتاخمة", "المتاخم", "القريبة", "القريب", "الحدودية", "الحدودي"),
        *("المحاصرة", "المحاصر", "المنكوبة", "المنكوب"),
        # (the verb of a clause on a deed done there: في غابة كاوورو أسفر عن مقتل اثنين)
        *("أسفر", "أسفرت", "أودى", "أودت"),
        # (a mass grave named: مقبرة تشيمياني الجماعية)
        *("الجماعية", "الجماعي"),
        # (two ports' oil adjective: ميناءي السدرة وراس لانوف النفطيين)
        *("النفطيين", "النفطيتين", "النفطيان"),
        # (a time after the name: قرب مدينة الكفرة الأسبوع الماضي)
        *("الأسبوع", "الشهر", "الماضي", "المقبل", "الجاري", "الأحد", "الاثنين", "الإثنين", "الثلاثاء"),
        *("الأربعاء", "الخميس", "السبت"),
        # (a day told after the name: مدينة جرادة يوم الجمعة، مديرية دار سعد يوم الخميس)
        "يوم",
    )
)
#: directions after a name that locate it (منطقة عين زارة جنوبي طرابلس), normalised
_LOCATING = frozenset(
    normalize(w) for w in ("شرق", "غرب", "شمال", "جنوب", "وسط", "شرقي", "غربي", "شمالي", "جنوبي")
)
#: regions a town is placed in with ب after its name (مدينة القرارة بولاية غرداية، قرية الندة بقضاء خانقين),
#: normalised: a known word before it is the town's name too
_PLACING_REGIONS = frozenset(
    normalize(w) for w in ("ولاية", "محافظة", "إقليم", "مقاطعة", "منطقة", "مديرية", "قضاء", "ناحية", "ريف")
)
#: times after a town's name (مدينة الأبيض الأسبوع الماضي، مدينة الطيبة مساء الأربعاء), normalised: a
#: known word after "town" and before one is the town's name
_TOLD_TIMES = frozenset(
    normalize(w) for w in ("صباح", "مساء", "فجر", "ليلة", "ليل", "الأسبوع", "الشهر", "يوم", "أمس", "اليوم")
)
#: "in", normalised (مدينة جبلة في ريف اللاذقية)
_IN = normalize("في")
#: a feminine noun's ending, and a masculine relational adjective's (بلدة، جني)
_TAA = "ة"
_YA = "ي"
#: the sides of a place, with the article (ريف إدلب الجنوبي), normalised
_SIDES = frozenset(normalize("ال" + w + e) for w in ("شرقي", "غربي", "شمالي", "جنوبي") for e in ("", "ة"))
#: pronouns of its owners or its owner (not ه, which ends foreign names) on a word, as the tokenizer cuts them
_OWNER_SUFFIXES = frozenset(normalize(w) for w in ("ها", "هم", "هما", "كم", "هن"))
#: the people a camp or a prison holds, no place's name after its noun (مخيمات النازحين، مخيم اللاجئين),
#: without the article
_HELD_PEOPLE = frozenset(
    normalize(w) for w in ("نازحين", "لاجئين", "مهاجرين", "معتقلين", "أسرى", "مهجرين", "نازحون", "لاجئون")
)
#: definite place nouns that take back a place named before, no name after a place noun (في أحياء المدينة،
#: أحياء البلدة), normalised
_TAKEN_BACK = frozenset(normalize("ال" + w) for w in ("مدينة", "بلدة", "قرية", "منطقة"))
#: particles that open foreign place names too (قرية أو تاونغ، حي لا سوليداد), normalised: after a place
#: noun and before a word of no running text, the name's first word, no "or" or "not"
_NAME_PARTICLES = frozenset(normalize(w) for w in ("أو", "لا"))
#: words of lineage that open place names (قرية بني حسانات، بلدة بني وليد), normalised: no nisba adjective
#: of the noun (بني "brown")
_LINEAGE_OPENERS = frozenset(normalize(w) for w in ("بني", "بنو", "أولاد"))
#: a city's noun (مدينة), normalised, and what a complex named a city holds, a definite word after it that
#: names no town (مدينة الملاهي، مدينة المعارض), normalised, with the article and without
_CITY_HEADS = frozenset({normalize("مدينة")})
_CITY_COMPLEXES = frozenset(
    normalize(a + w)
    for w in ("ملاهي", "ألعاب", "معارض", "إنتاج", "حجاج", "أشباح", "طب", "علوم", "رياضة", "مدينة")
    for a in ("", "ال")
)
#: an area's noun (منطقة), normalised: a side and a river's name may follow it (منطقة جنوب الليطاني)
_AREA_HEADS = frozenset({normalize("منطقة")})
#: "town" and its dual, normalised: a time after a known word after it tells the town's name
_TOWN_NOUNS = _CITY_HEADS | {normalize("مدينتي")}
#: endings of an indefinite word of running text after the noun that make it an adjective: a nisba
#: (سكني، عسكرية) or ة (صغيرة، كبيرة)
_ADJECTIVE_ENDINGS = (*NISBA_ENDINGS, "ه")


@cache
def place_heads() -> dict[str, int]:
    """Normalised place nouns → how many names follow them (1, 2 after a dual, a list after a plural)."""
    return {
        normalize(row[0]): _MANY if row[1] == "many" else int(row[1])
        for row in packaged("place_heads.tsv", 2, 3)
    }


@cache
def _marked_heads(mark: str) -> frozenset[str]:
    """Place nouns of the third column's ``mark``: ``rare`` (they also head common phrases: the name
    after them must be no known word) or ``named`` (a landform: the noun is part of the name)."""
    return frozenset(normalize(row[0]) for row in packaged("place_heads.tsv", 2, 3) if row[2:] == (mark,))


@cache
def _head_stems() -> frozenset[str]:
    """Stem forms a place noun's token may have: the noun, a dual without its ي (cut as a suffix), or
    the noun with a conjunction or preposition the tokenizer left on a short word (وحي، بحي)."""
    heads = place_heads()
    return frozenset(
        {*heads, *(h[:-1] for h in heads if h.endswith("ي")), *(c + h for h in heads for c in _UNCUT)}
    )


def _head_number(token: Token) -> int | None:
    """How many names the place noun ``token`` is followed by; None when it is none (or has the
    article). A proclitic the tokenizer left on a short word counts as cut (``وحي``، ``بحي``)."""
    stem = token.stem
    if stem is None or stem.form not in _head_stems() or "ال" in _prefixes(token):
        return None
    form = "".join(w.form for w in token.words if w.kind != "prefix")  # بمخيمي → مخيمي
    heads = place_heads()
    return heads.get(form) or (heads.get(form[1:]) if form[:1] in _UNCUT else None)


def place_noun(token: Token) -> bool:
    """``token`` is a place noun with no article (``قرية``، ``مديريتي``): no person's name opens with it
    (a tagger's ``مديريتي كريتر`` is two districts after their noun)."""
    return _head_number(token) is not None


def plain_place_noun(token: Token) -> bool:
    """``token`` is a place noun with no article that only ever heads a place's name (``بلدة``، ``قرية``،
    ``مخيم``): none of the ``rare``, ``named`` or ``region`` nouns, which also head common phrases or
    bodies' names (``مدينة الملك عبدالعزيز للعلوم``)."""
    if _head_number(token) is None:
        return False
    head = _bare_head(token)
    return not any(head in _marked_heads(mark) for mark in ("rare", "named", "region"))


def whole_after_place_noun(tokens: Sequence[Token], i: int) -> bool:
    """Token ``i`` follows a place noun with no article (``حي ليدو``، ``قرية لبدة``): a name there is its
    genitive, which takes no preposition, so a ب or ل the tokenizer cut from it is the name's own letter
    (a و still opens a new conjunct)."""
    if i == 0 or _head_number(tokens[i - 1]) is None or "و" in _prefixes(tokens[i]):
        return False
    stem = tokens[i].stem
    # (but a KB place after a preposition is in it: سوق ببغداد, a market in Baghdad)
    return not (
        _prefixes(tokens[i])
        and stem is not None
        and alias_type(key(stem.text)) == "LOC"
        and alias_type(key(tokens[i].text)) is None
    )


def _bare_head(token: Token) -> str:
    stem = token.stem
    return stem.form if stem is not None else ""


def _prefixes(token: Token) -> tuple[str, ...]:
    return tuple(w.form for w in token.words if w.kind == "prefix")


def _name_end(
    tokens: Sequence[Token], i: int, taken: set[int], known: Callable[[str], bool] | None = None
) -> int:
    """The end (exclusive) of the name starting at token ``i``; ``i`` when none starts there. With
    ``known`` (a later name of a plural head's list) the name goes on only with words that are no word
    of running text (``وحولا فور خروج``: one word)."""
    j = i
    while j < len(tokens) and j - i < MAX_WORDS and j not in taken:
        token = tokens[j]
        form = token.norm
        if not form.isalpha() or form in _STOPS or token.sentence != tokens[i].sentence:
            break
        if j > i and known is not None and known(form):
            break
        if (
            j > i
            and (any(p in "وبلكف" for p in _prefixes(token)) or _head_number(token) is not None)
            and not _known_place_goes_on(tokens, i, j)
        ):
            break  # a new conjunct or phrase, or the next place noun
        if j > i and "ال" in _prefixes(tokens[i]) and "ال" not in _prefixes(token):
            break  # a definite name goes on only with definite words (حي الكرادة أسفر: a verb)
        if j > i and form in demonym_keys():
            break  # مدينة اسن الألمانية: the nationality is not part of the name
        if j > i and form in _SIDES and "ال" not in _prefixes(tokens[i]):
            break  # ريف إدلب الجنوبي: the side of an indefinite name (but الضفة الغربية is one)
        if j > i and _possessed_feminine(token):
            break  # مقاطعة ألبرتا معارضتها: the place's stance, a noun and its owner, ends the name
        if j > i and owned_trigger_noun(key(token.text)):
            break  # أهالي منطقة زرزارة اعتصامهم أمام: their sit-in, an event noun and its doers, ends it
        j += 1
    return j


def _locates(token: Token, town: bool) -> bool:
    """The token after a name that a rare place noun opens tells it is a place's: a direction (منطقة عين
    زارة جنوبي طرابلس), a region it lies in with ب (مدينة القرارة بولاية غرداية) or, after "town", a time
    (مدينة الأبيض الأسبوع الماضي)."""
    if token.norm in _LOCATING or (town and token.norm in _TOLD_TIMES):
        return True
    return _prefixes(token)[-1:] == ("ب",) and _bare_head(token) in _PLACING_REGIONS


def _landform_of_a_body(token: Token) -> bool:
    """The token is a landform's noun with the ل of "of" (``لنهر``): after a definite word, the genitive
    of a body's name (``المصلحة الوطنية لنهر الليطاني``)."""
    return _prefixes(token)[-1:] == ("ل",) and _bare_head(token) in _marked_heads("named")


def locates_name(token: Token) -> bool:
    """The token after a name tells the name is a place's: a direction or the region it lies in with ب
    (``مديرية الصعيد بمحافظة شبوة``، ``مديرية صرواح غربي مأرب``)."""
    return _locates(token, False)


def _possessed_feminine(token: Token) -> bool:
    """The token is a feminine noun with the pronoun of its owners or its owner, its ة written ت before
    it (``معارضتها``، ``حكومتهم``): running text, never a word of a place's name."""
    stems = [w.form for w in token.words if w.kind == "stem"]
    suffixes = [w.form for w in token.words if w.kind == "suffix"]
    return (
        len(stems) == 1
        and len(stems[0]) >= 3
        and stems[0].endswith("ت")
        and bool(suffixes)
        and suffixes[-1] in _OWNER_SUFFIXES
    )


def _foreign_word_at(tokens: Sequence[Token], i: int, taken: set[int], known: Callable[[str], bool]) -> bool:
    """Token ``i`` is a word of no running text with no proclitic, in the sentence of the token before
    it and no mention yet: a foreign name's word (``تاونغ``، ``سوليداد``)."""
    if i >= len(tokens) or i in taken or tokens[i].sentence != tokens[i - 1].sentence:
        return False
    form = tokens[i].norm
    return form.isalpha() and form not in _STOPS and not _prefixes(tokens[i]) and not known(form)


def _nisba_of(form: str, known: Callable[[str], bool]) -> bool:
    """The word is a relational adjective of a word of running text (سكنية of سكن، شعبي of شعب) or a
    nationality."""
    if form in demonym_keys():
        return True
    return any(form.endswith(e) and known(form[: -len(e)]) for e in NISBA_ENDINGS if len(form) > len(e) + 1)


def nisba_adjective(token: Token, known: Callable[[str], bool]) -> bool:
    """The word is an indefinite relational adjective of a word of running text, or a nationality
    (``حي سكني``: of سكن): after a place noun, an adjective of it, no name."""
    return "ال" not in _prefixes(token) and _nisba_of(token.norm, known)


def place_mentions(
    tokens: Sequence[Token], taken: set[int], known: Callable[[str], bool]
) -> list[tuple[int, int, int]]:
    """``(first token, end token, start offset)`` of the place names after place nouns, none overlapping
    ``taken`` (tokens already in a mention); ``known`` tells a word of running text (the adjective test).
    A name right after its noun keeps the letters a preposition would have (``مخيم بلاطة``: no ب); the
    second name of a dual starts after its ``و``."""
    out: list[tuple[int, int, int]] = []
    k = 0
    while k < len(tokens) - 1:
        number = _head_number(tokens[k])
        k += 1
        if number is None:
            continue
        if k >= 2 and _landform_of_a_body(tokens[k - 1]) and tokens[k - 2].norm.startswith("ال"):
            continue  # المصلحة الوطنية لنهر الليطاني: the river a body is named for, no place struck
        if k in taken:
            # بلدات ميس الجبل وكفركلا والعديسة: the first name tagged already, the conjuncts after it
            while k < len(tokens) and k in taken:
                k += 1
            k = _conjuncts(tokens, k, number - 1, taken, known, out)
            continue
        first = tokens[k]
        form = normalize(first.text)
        indefinite = "ال" not in _prefixes(first)
        # (a particle before a foreign word, قرية أو تاونغ، or a word of lineage, قرية بني حسانات, opens the
        # name)
        particle = number == 1 and form in _NAME_PARTICLES and _foreign_word_at(tokens, k + 1, taken, known)
        if (particle or form in _LINEAGE_OPENERS) and (end := _name_end(tokens, k + 1, taken)) > k + 1:
            out.append((k, end, first.start))
            k = end
            continue
        if _sided_area(tokens, k, taken, known):
            out.append((k, k + 2, first.start))  # منطقة جنوب الليطاني: the side is part of the area's name
            k += 2
            continue
        adjective = nisba_adjective(first, known) or (
            indefinite and known(form) and form.endswith(_ADJECTIVE_ENDINGS)
        )
        if adjective and not (
            # (a word in ي after a feminine head is no adjective of it, which would end in ية, but its
            # name where a direction locates it: بلدة جني وسط مالي)
            number == 1
            and indefinite
            and tokens[k - 1].text.endswith(_TAA)
            and form.endswith(_YA)
            and k + 1 < len(tokens)
            and k + 1 not in taken
            and _locates(tokens[k + 1], _bare_head(tokens[k - 1]) in _TOWN_NOUNS)
        ):
            continue  # حي سكني، قرية صغيرة (not بلدة ميريباليه: no word of running text before its يه)
        if indefinite and known(form) and _bare_head(tokens[k - 1]) in _ALSO_ADJECTIVES:
            continue  # بث حي يظهر، كائن حي يعيش: "live", not a district
        if form in _TAKEN_BACK:
            continue  # في أحياء المدينة: the town named before, taken back
        if "و" in _prefixes(first) or (_bare_head(first) or form) in _HELD_PEOPLE:
            continue  # (مخيمات النازحين: the people it holds)
        if number == _MANY and indefinite and (known(form) or form.endswith("ه")):
            continue  # قرى محيطة، بلدات عديدة: a plural head's list opens on no word of running text
        head = tokens[k - 1]
        if _bare_head(head) in _marked_heads("named"):
            end = _name_end(tokens, k, taken)
            if end > k and k - 1 not in taken and head.stem is not None:
                out.append((k - 1, end, head.stem.start))  # وادي الشاطئ: words of running text too
                k = end
            continue
        # (a city's name with the article is a name, a word of running text too: مدينة الطيبة، مدينة الأبيض;
        # not what a complex of the city holds: مدينة الملاهي)
        town = (
            _bare_head(head) in _CITY_HEADS
            and not indefinite
            and (_bare_head(first) or form) not in _CITY_COMPLEXES
            and not form.endswith(NISBA_ENDINGS)
        )
        if _bare_head(head) in _marked_heads("rare") and known(_bare_head(first) or form) and not town:
            # منطقة الحدود: a common phrase, not a named area; but a name a direction locates is one
            # (منطقة عين زارة جنوبي طرابلس، بمنطقة الشعب شمال العاصمة)
            end = _name_end(tokens, k, taken)
            if not (end > k and end < len(tokens) and _locates(tokens[end], _bare_head(head) in _TOWN_NOUNS)):
                continue
        before = k - 3 if k >= 3 and tokens[k - 2].norm == _IN else k - 2  # (مدينة جبلة في ريف X)
        if _bare_head(head) in _marked_heads("region") and (
            before in taken or any(o[1] == before + 1 for o in out)
        ):
            continue  # بلدة كفرنبل بريف إدلب: the town named before is the place, not the country around it
        end = _name_end(tokens, k, taken)
        out.append((k, end, first.start))
        k = _conjuncts(tokens, end, number - 1, taken, known, out)
    return out


def _sided_area(tokens: Sequence[Token], k: int, taken: set[int], known: Callable[[str], bool]) -> bool:
    """Token ``k`` after an area's noun is a direction, no proclitic, before a definite word of no running
    text, untagged (``منطقة جنوب الليطاني``): an area named by its side of a river; not a side of a
    place tagged (``منطقة شمال العراق``) nor of a word (``منطقة جنوب البلاد``)."""
    nxt = k + 1
    return (
        _bare_head(tokens[k - 1]) in _AREA_HEADS
        and tokens[k].norm in _LOCATING
        and not _prefixes(tokens[k])
        and nxt < len(tokens)
        and nxt not in taken
        and tokens[nxt].sentence == tokens[k].sentence
        and _prefixes(tokens[nxt]) == ("ال",)
        and tokens[nxt].norm.isalpha()
        and not known(tokens[nxt].norm)
    )


def joined_name_cuts(tokens: Sequence[Token], i: int, j: int) -> list[int]:
    """Where a tagged span ``[i, j)`` after a dual or plural place noun holds more than one name: the
    tokens inside it opening a conjunct with و (``بلدتي كفرشوبا وكفرحمام``, tagged as one name: two towns,
    each a place struck or reached), at most one for a dual; none after any other word."""
    number = _head_number(tokens[i - 1]) if i else None
    if number is None or number < 2:
        return []
    cuts = [k for k in range(i + 1, j) if _prefixes(tokens[k])[:1] == ("و",)]
    return cuts[: number - 1]


def _known_place_goes_on(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Token ``j``, with a letter the tokenizer took for a proclitic (ل of ``لانوف``), goes on the name
    from ``i`` when the words together are a KB place (``ميناءي السدرة وراس لانوف``): a و on ``j`` never
    does, and a و on ``i`` opens the conjunct, no letter of its name."""
    if "و" in _prefixes(tokens[j]):
        return False
    first = tokens[i].text[1:] if _prefixes(tokens[i])[:1] == ("و",) else tokens[i].text
    words = [first, *(t.text for t in tokens[i + 1 : j + 1])]
    return alias_type(key(" ".join(words))) == "LOC"


def _conjuncts(
    tokens: Sequence[Token],
    k: int,
    most: int,
    taken: set[int],
    known: Callable[[str], bool],
    out: list[tuple[int, int, int]],
) -> int:
    """Add to ``out`` up to ``most`` names joined by و from token ``k`` on, after a dual or plural head's
    first name (``most`` is ``_MANY - 1`` for a plural); return where they end."""
    for _ in range(most):
        if k >= len(tokens) or k in taken or _prefixes(tokens[k])[:1] != ("و",):
            break
        conjunct = tokens[k]
        end = _name_end(tokens, k, taken, known if most == _MANY - 1 else None)
        if end == k:
            break
        out.append((k, end, conjunct.words[1].start if len(conjunct.words) > 1 else conjunct.start))
        k = end
    return k


#: words before a place's name told again that make it the place (إلى جني، في محيط الرويشد), normalised
_PLACED_AGAIN = frozenset(
    normalize(w) for w in ("في", "إلى", "الى", "من", "قرب", "حول", "نحو", "باتجاه", "محيط", "داخل", "مداخل")
)


def placed_names(
    sentences: Iterable[tuple[Sequence[Token], Sequence[tuple[int, int, int]]]],
) -> dict[str, list[tuple[str, ...]]]:
    """The names :func:`place_mentions` found in a document's sentences (``(tokens, mentions)``), as their
    words' normalised forms, by their first word, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for tokens, placed in sentences:
        for i, j, start in placed:
            if j <= i or start != tokens[i].start:
                continue  # (a name cut from its proclitics: not its words as written)
            words = tuple(t.norm for t in tokens[i:j])
            if words not in out.get(words[0], ()):
                out.setdefault(words[0], []).append(words)
    for names in out.values():
        names.sort(key=len, reverse=True)
    return out


def names_again(
    tokens: Sequence[Token],
    taken: set[int],
    placed: Sequence[tuple[int, int, int]],
    names: dict[str, list[tuple[str, ...]]],
) -> list[tuple[int, int]]:
    """``(first token, end token)`` of the untagged places of ``names`` (:func:`placed_names`) told again
    right after a preposition of place in a sentence (``إلى جرف النصر``)."""
    out: list[tuple[int, int]] = []
    inside = taken.union(k for i, j, _ in placed for k in range(i, j))
    for k in range(1, len(tokens)):
        found = names.get(tokens[k].norm)
        if not found or k in inside or tokens[k - 1].norm not in _PLACED_AGAIN:
            continue
        for words in found:
            j = k + len(words)
            if j <= len(tokens) and all(
                tokens[f].norm == w and f not in inside for f, w in zip(range(k, j), words, strict=True)
            ):
                out.append((k, j))
                break
    return out

