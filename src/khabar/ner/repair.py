"""Knowledge-base-aware repair of the tagger's output, one sentence's ``(tokens, tags)`` at a time.

The CRF sees a name's words one by one; the knowledge base (:func:`khabar.kb.kb.packaged_kb`, its
aliases) and the name lexicons know whole names. :func:`repair` rewrites an IOB2 tag sequence with
the rules of :data:`RULES`, in order:

* :func:`merge_chunks`: adjacent chunks whose joined text is a KB alias become one chunk
  (``بيونغ`` LOC + ``يانغ`` LOC → ``بيونغ يانغ`` LOC);
* :func:`extend_to_aliases`: a person chunk is extended over the untagged words after it that complete
  a KB person alias (``بان كي`` + ``مون``), and a name of any type cut short over those that complete an
  alias of any type (``هيومن رايتس`` + ``ووتش``);
* :func:`split_persons`: a person chunk that is a KB person followed by another (a KB person, or
  the first or last word of one) is cut in two (``دعا بوتين كيم``);
* :func:`split_lam_places`: an organisation chunk whose last word is ل or ب and a KB place after a word
  in Latin script loses that word, a place (``شركة Rheinmetall لكييف``);
* :func:`split_places`: a place chunk that is two KB places joined by ``و`` (``فلسطين ولبنان``), or an
  organisation chunk that is two KB organisations in a row, is cut in two;
* :func:`split_at_followers`: a person chunk is cut at a word for followers inside it when the words
  before are a KB person (``علي عبد الله صالح أنصار عبد الملك الحوثي``);
* :func:`trim_organisations`: an organisation chunk ends at the KB organisation alias it opens with when
  an indefinite word with no proclitic follows it (``منظمة العفو الدولية اعتقال الشرطة``);
* :func:`trim_persons`: a person chunk loses its last word when the rest is a KB person and that
  word is no known name part (``بوتين سافروا``);
* :func:`retype_aliases`: a person chunk that is a KB alias of an organisation and of nothing else is
  retagged ORG (``ودعت إيكواس``; ANERcorp train tags 714 such chunks ORG and 2 PERS);
* :func:`tag_latin_facilities`: Latin-script words after a facility head word (``فندق Ritz``,
  ``دار الضيافة Dioyutai``) are tagged LOC together with the head (the entities stage makes it FAC);
* :func:`tag_person_aliases`: a run of untagged words that is a multi-word KB person alias opening on no
  title is tagged PERS (``رئيس الوزراء الاسبق ، سليم الحص``);
* :func:`split_leading_states`: an organisation chunk loses a one-word KB place that opens it when the
  rest is a KB organisation alias (``المغرب`` | ``مجلس الأمن الدولي``);
* :func:`split_trailing_organisations`: a person chunk loses a last word that is a one-word KB
  organisation alias (``صالح الحوثيين``);
* :func:`split_persons_before_states`: a person chunk loses a last word that heads a state's name with the
  place after it (``جولي سلطنة`` | ``عمان``: ``سلطنة عمان``);
* :func:`shift_alias_ends`: a chunk one word short of a KB organisation or place alias takes that word
  from the person chunk after it (``مراسلون بلا`` | ``حدود كريستوف ديلوار``);
* :func:`tag_titled_names`: an untagged given name of one gender, spelt as in the lexicon, and the name
  word after it are tagged PERS when a title opens shortly before (``الناطق باسم الحركة عمر الشافعي``);
  a given name of either gender between such a title and a tagged person joins it (``الشيخ حكمت الهجري``);
* :func:`tag_spokesmen_names`: two or three untagged words right after the body a spokesman speaks for,
  the first and last never seen by the tagger or given names, are tagged PERS (``المتحدث باسم وزارة
  الخارجية الإسرائيلية ليئور حياة``);
* :func:`tag_rare_person_aliases`: an untagged word that is a one-word KB person alias, without the
  article and no word of running text or one the training data tags a person wherever it stands, is
  tagged PERS (``دعوة لحود``، ``وسيجري شافيز محادثات``);
* :func:`tag_slogan_names`: in a short quoted run, the name after a slogan word (``«الموت لمشرف»``،
  ``«ليستقيل كيباكي»``) is tagged on its own, without the slogan word;
* :func:`tag_god_compound_names`: ``الله`` tagged MISC after the untagged first part of a compound given
  name is a person's name with the rare name words after it (``فضل الله برمة ناصر``);
* :func:`untag_place_nouns`: a one-word chunk that is a place noun with the article (``البلدة``) is
  untagged: it refers back to a place (:func:`khabar.kb.coref.add_place_anaphors`);
* :func:`untag_accord_nouns`: a one-word chunk that is the noun of an accord with the article
  (``الاتفاق``) is untagged: the deal told again, not its name;
* :func:`untag_sect_adjectives`: a chunk opening on the adjective of a religion or sect (``مسجدا سنيا``)
  is untagged;
* :func:`untag_demonyms`: a LOC chunk that is a demonym with the article (``الكورية الشمالية``) is untagged.

A span's text is looked up with its first word's proclitics removed (``وبيونغ يانغ``). The rules
only touch chunks and spans the KB settles unambiguously: an alias whose entries map to one tag type
(PER → PERS, ORG → ORG, GPE/LOC/FAC → LOC). Other untagged KB aliases are left untagged: tagging them
lowered dev F1 for every type (descriptions such as ``الحكومة العراقية`` are KB aliases, not names).
The tagger's callers (``khabar eval ner``, ``khabar tag``, the ``entities`` stage and the dev score
of ``khabar train ner``) all apply it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence, Set
from functools import cache, lru_cache
from itertools import pairwise

from khabar.kb.kb import LEADER_ROLES, MEDIA_SECTOR, key, packaged_kb
from khabar.lexicon import packaged
from khabar.ner.evaluate import chunk_list
from khabar.ner.features import QUOTE_CHARS, quote_spans, split
from khabar.text.normalize import NISBA_ENDINGS, normalize
from khabar.times.dates import MONTHS_LEXICON, WEEKDAYS_LEXICON
from khabar.times.numbers import number_words

#: KB entry type → the tagger's type
_TAG_TYPE = {"PER": "PERS", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
#: the KB id of a country (``geo:HUN``)
_COUNTRY_ID = re.compile(r"geo:[A-Z]{3}")
#: longest alias looked for, in words
_MAX_ALIAS = 7
#: how many untagged words a person chunk may be extended by (extend_to_aliases)
_EXTEND = 2
#: the ending of a plural past verb (سافروا، قالوا), never the end of a name
_PLURAL_PAST = "وا"
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f0-9'’.-]*")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
#: the preposition clitics a word may open with (لهونغ، بهونغ)
_PREPOSITION_LETTERS = frozenset("لب")


def _latin(token: str) -> bool:
    """The token is a word in Latin script (``Amazon``، ``Première``)."""
    return _LATIN_WORD.fullmatch(token) is not None


@lru_cache(maxsize=128)
def _has_latin(tokens: tuple[str, ...]) -> bool:
    """Some word of the sentence has a Latin letter, which every :func:`_latin` word has: once per
    sentence for the rules on Latin-script names (a quick test: most sentences have none)."""
    return _LATIN_LETTER.search("".join(tokens)) is not None  # (one letter: no match spans two words)


Rule = Callable[[Sequence[str], list[str]], list[str]]


@lru_cache(maxsize=1 << 16)
def _first_key(token: str) -> str:
    """The lookup key of a span's first word: without its conjunction/preposition proclitics."""
    sp = split(token)
    return key(("ال" if sp.article else "") + sp.bare + sp.suffix)


def _span_type(tokens: Sequence[str], i: int, j: int) -> str | None:
    """:func:`alias_type` of ``tokens[i:j]``, its first word without its proclitics or, where that cut
    spoils it, without only its conjunction (``وبوركينا فاسو``: ب is the name's, ``بورت أو برنس``)."""
    return _words_type(tokens[i], tuple(tokens[i + 1 : j]))


@lru_cache(maxsize=1 << 14)
def _words_type(first: str, rest: tuple[str, ...]) -> str | None:
    """:func:`_span_type` of the span of ``first`` and the words ``rest`` after it, cached by its words:
    the rules ask again and again for the same spans."""
    words = (first, *rest)
    found = alias_type(_span_key(words, 0, len(words)))
    if found is not None:
        return found
    written = _written_span_key(words, 0, len(words))
    if written and (found := alias_type(written)) is not None:
        return found
    # (or, for a name of more than one word, the first word whole, its و the name's: الجنرال وقار الزمان;
    # not a word alone: فورد in دوغ فورد is no ف + ورد but no firm either)
    keys = tuple(map(key, words))
    whole = " ".join(keys)
    return alias_type(whole) if rest and all(keys) and whole != written else None


@lru_cache(maxsize=384)
def _sentence_forms(form: Callable[[str], str], tokens: tuple[str, ...]) -> frozenset[str]:
    """``form`` (:func:`_first_key`, :func:`key`, :func:`_written_first_key`) of every word of a
    sentence, once per sentence: a rule none of whose cue words is among them leaves the sentence as it
    is (a quick test before its word-by-word one)."""
    return frozenset(map(form, tokens))


def _first_keys(tokens: tuple[str, ...]) -> frozenset[str]:
    """The :func:`_first_key` of every word of a sentence (:func:`_sentence_forms`)."""
    return _sentence_forms(_first_key, tokens)


def _no_word_in(tokens: Sequence[str], firsts: Set[str], form: Callable[[str], str] = _first_key) -> bool:
    """No word of the sentence has its ``form``, by default its key without its proclitics, in ``firsts``
    (:func:`_sentence_forms`)."""
    return firsts.isdisjoint(_sentence_forms(form, tuple(tokens)))


@lru_cache(maxsize=1 << 16)
def _written_first_key(token: str) -> str:
    """The lookup key of a span's first word as written, only its conjunction cut (``وبوركينا``,
    ``بوكو``: the ب is the name's; ``وأم درمان``: a short word the tokenizer left whole)."""
    first = key(token)
    return first[1:] if first[:1] in ("و", "ف") and len(first) > 2 else first


def _written_span_key(tokens: Sequence[str], i: int, j: int) -> str:
    """:func:`_span_key` with the first word as written (:func:`_written_first_key`)."""
    words = [_written_first_key(tokens[i]), *map(key, tokens[i + 1 : j])]
    return " ".join(words) if all(words) else ""


def _span_key(tokens: Sequence[str], i: int, j: int) -> str:
    """The lookup key of ``tokens[i:j]`` (``""`` when one of them is no word, e.g. punctuation)."""
    words = [_first_key(tokens[i]), *map(key, tokens[i + 1 : j])]
    return " ".join(words) if all(words) else ""


@lru_cache(maxsize=1 << 16)
def alias_type(text: str) -> str | None:
    """The tagger type of a KB alias when all its entries agree on one (``None``: no alias, or mixed)."""
    types = {_TAG_TYPE.get(e.type) for e in packaged_kb().exact(text)}
    return types.pop() if len(types) == 1 else None


@cache
def _name_parts() -> frozenset[str]:
    """Words of person names: the given-name and surname lexicons and the words of KB person aliases."""
    words = {
        key(row[0]) for name in ("person_given_names.tsv", "person_surnames.tsv") for row in packaged(name)
    }
    kb = packaged_kb()
    for e in kb.entries.values():
        if e.type == "PER":
            for alias in e.aliases:
                words.update(key(alias).split())
    return frozenset(w for w in words if w)


@cache
def _person_ends() -> frozenset[str]:
    """First and last words of the KB's multi-word person aliases (``كيم`` of ``كيم جونغ أون``)."""
    out: set[str] = set()
    for e in packaged_kb().entries.values():
        if e.type == "PER":
            for alias in e.aliases:
                words = key(alias).split()
                if len(words) > 1:
                    out.update((words[0], words[-1]))
    return frozenset(out)


def _is_person(k: str) -> bool:
    """Is the key a KB person alias, or one word that starts or ends one?"""
    return alias_type(k) == "PERS" or (" " not in k and k in _person_ends())


@cache
def facility_heads() -> dict[str, int]:
    """Facility head words (normalised word sequences, as joined keys) → their length in words."""
    out: dict[str, int] = {}
    for row in packaged("facility_keywords.tsv"):
        k = key(row[0])
        if k:
            out[k] = len(k.split())
    return out


#: facility heads after which a person's name is a sentence, not a name (حكم بسجن X), as keys
_NOT_NAMING_HEADS = frozenset(key(w) for w in ("سجن",))
#: facility heads after which a place's or an unknown thing's name is the facility's (سجن صيدنايا، جسر
#: بزيبز), as keys
_PLACE_NAMING_HEADS = frozenset(key(w) for w in ("سجن", "معتقل", "جسر"))
#: facility heads after which any name is the facility's, a place's or a body's too (فندق الجزيرة،
#: مستشفى القدس, not Al Jazeera or Jerusalem), as keys
_NAME_TAKING_HEADS = frozenset(key(w) for w in ("فندق", "منتجع", "مستشفى", "مشفى"))
#: endings of an indefinite relational adjective (ميداني، حكومية), as keys
_ADJECTIVE_ENDINGS = ("ي", "يه")
#: adjectives that end a facility's name (مطار رفيق الحريري الدولي), as keys
_FACILITY_ADJECTIVES = frozenset(
    # (a border crossing's name closed by its adjective: معبر أرقين الحدودي، منفذ طريبيل الحدودي)
    key(w)
    for w in ("الدولي", "المركزي", "الجامعي", "التخصصي", "الحدودي")
)


#: an oil or gas field's head, and the adjectives that end a field's name (حقل سرسنك النفطي), as keys
_FIELD = key("حقل")
_FIELD_ADJECTIVES = frozenset(key(w) for w in ("النفطي", "الغازي"))
#: every adjective that closes a facility's name (مطار معيتيقة الدولي، حقل العمر النفطي), as keys
FACILITY_NAME_ADJECTIVES = _FACILITY_ADJECTIVES | _FIELD_ADJECTIVES


#: facility heads an oil or gas adjective ends the name of (ميناء الزويتينة النفطي), as keys
_OIL_HEADS = frozenset({_FIELD, key("ميناء"), key("مرفأ")})


def _closed_name_end(tokens: Sequence[str], tags: list[str], i: int, head: str) -> int | None:
    """The token of the adjective that ends a facility's name opened by ``head`` at token ``i``, past one or
    two untagged words of its name (``مطار معيتيقة الدولي``، ``حقل العمر النفطي``), or None."""
    n = len(tokens)
    for j in (i + 2, i + 3):
        if j >= n or tags[j - 1] != "O" or tags[j] != "O":
            return None
        w = tokens[j - 1]
        if not (
            # (a word the tagger never saw, or a definite one: no verb, يستخدمها)
            (not _tagger_knows(w) or w.startswith("ال"))
            and _ARABIC_WORD.fullmatch(w)
            and _first_key(w) == key(w)
            and key(w) not in _NOT_NAME_WORDS
            and key(w) not in _FACILITY_ADJECTIVES
            and key(w) not in _FIELD_ADJECTIVES
        ):
            return None
        k = key(tokens[j])
        if k in _FACILITY_ADJECTIVES or (head in _OIL_HEADS and k in _FIELD_ADJECTIVES):
            return j
    return None


#: titles of a person a facility is named after, between its head and his name (مطار الملك خالد), as keys
_FACILITY_TITLES = frozenset(
    key(w)
    for w in (
        *("الملك", "الأمير", "الشيخ", "الإمام", "السلطان", "الرئيس"),
        *("السيدة", "النبي"),  # مقام السيدة زينب، مقام النبي يوسف: a shrine named for a saint
    )
)


def tag_facilities_named_after_persons(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag LOC a one-word facility head without the article and the person's name right after it, with
    an adjective that ends such names (``مطار رفيق الحريري الدولي``، ``مستشفى الملك فهد``), or any name
    after it in quotation marks (``حقل «كاريش»``) or after a hotel or hospital (``فندق الجزيرة``), or
    words the tagger never saw after any such head, closed by such an adjective (``مطار معيتيقة الدولي``):
    the facility named after the person or so called, not the person or a body (the entities stage makes
    it FAC). Not one of :data:`RULES`:
    ANERcorp tags the person there, its guidelines having no facilities."""
    heads = facility_heads()
    if _no_word_in(tokens, heads.keys()):
        return tags  # (most sentences: no facility's head)
    n = len(tokens)
    for i in range(n - 1):
        head = _first_key(tokens[i])
        quoted = tokens[i + 1] in QUOTE_CHARS and i + 2 < n  # حقل «كاريش»: any name in quotes
        first = i + 2 if quoted else i + 1
        if first + 1 < n and tags[first] == "O" and key(tokens[first]) in _FACILITY_TITLES:
            first += 1  # مطار الملك خالد الدولي: the person's title
        if (
            tags[i] != "O"
            or heads.get(head) != 1
            or head.startswith("ال")  # المطار: the one told before, which names no one
            or not (
                (tags[first] == "B-PERS" and head not in _NOT_NAMING_HEADS)
                or ((quoted or head in _NAME_TAKING_HEADS) and tags[first].startswith("B-"))
                # سجن ليتورال، جسر بزيبز: a place or thing named after a prison or bridge is its name
                or (
                    head in _PLACE_NAMING_HEADS
                    and not split(tokens[i]).proclitics
                    and tags[first] in ("B-LOC", "B-MISC")
                )
            )
        ):
            continue
        typ = tags[first][2:]
        j = first + 1
        # (not a direction after the name: مقام السيدة زينب جنوبي دمشق)
        while j < n and tags[j] == f"I-{typ}" and key(tokens[j]) not in _DIRECTION_KEYS:
            j += 1
        if quoted and j < n and tokens[j] in QUOTE_CHARS:
            j += 1
        if j < n and tags[j] == "O" and key(tokens[j]) in _FACILITY_ADJECTIVES:
            j += 1
        _retag(tags, "LOC", i, j)
        while j < n and tags[j] == f"I-{typ}":
            tags[j] = "O"  # (the direction cut off the name is no name)
            j += 1
    for typ, i, j in chunk_list(tags):
        if (
            typ == "PERS"
            and j - i > 1
            and heads.get(_first_key(tokens[i])) == 1
            and not _first_key(tokens[i]).startswith("ال")
        ):
            _retag(tags, "LOC", i, j)  # معبر كرم أبو سالم: no person opens with a facility's head
    for i in range(n - 1):
        head = _first_key(tokens[i])
        if tags[i] != "O" or heads.get(head) != 1 or head.startswith("ال") or _counted(tokens, i):
            continue  # (a counted head is no one facility: أعلن أطباء في 70 مستشفى إضرابا)
        # مستشفى عبس: a word of no running text after a hospital or hotel is its name (at most two; not
        # an adjective: مستشفى ميداني); after any other facility's head, only with an adjective that ends
        # such names after it (مطار معيتيقة الدولي)
        j = i + 1
        while j < n and j - i <= 2 and tags[j] == "O" and _unknown_word(tokens[j], article=True):
            j += 1
        if head not in _NAME_TAKING_HEADS:
            # (the words before an adjective that ends such names are the name, one the tagger knows
            # too: حقل العمر النفطي، حقل طاوكي النفطي، معبر أرقين الحدودي)
            j = _closed_name_end(tokens, tags, i, head)
            if j is not None:
                _retag(tags, "LOC", i, j + 1)
            continue
        if (
            j == i + 2
            and j < n
            and tokens[i + 1] in _any_given_names()
            and tags[j] == "O"
            and _ARABIC_WORD.fullmatch(tokens[j])
            and key(tokens[j]) not in _NOT_NAME_WORDS
            and _first_key(tokens[j]) == key(tokens[j])
        ):
            j += 1  # مستشفى كمال عدوان: a person's name, its second word whatever it is
        if j > i + 1:
            _retag(tags, "LOC", i, j)
    return tags


#: heads of a place where people are held that a town's or a word's name after them names (سجن سواقة، معتقل
#: غوانتانامو، مخيم خرز), as keys; the camp's head opens no verbal noun, the prison's does (حكم بسجن X)
_DETENTION_HEADS = frozenset(key(w) for w in ("سجن", "معتقل", "مخيم"))
_CAMP = key("مخيم")
#: words before a prison's head that make it a place, not the verbal noun "imprisoning" (في سجن سواقة،
#: إدارة سجن عوفر), as keys
_PRISON_PLACED = frozenset(
    key(w) for w in ("في", "إلى", "الى", "من", "داخل", "قرب", "أمام", "على", "باتجاه", "إدارة", "نزلاء")
)
#: "high" of "maximum security" after a prison's name (سجن كوجي شديد الحراسة), as a key
_HIGH_SECURITY = key("شديد")
#: "the administration" before a prison's or a camp's name: the body that runs it (إدارة سجن عوفر), a key
_ADMINISTRATION = key("إدارة")


def tag_detention_sites(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag LOC a prison's or a camp's head without the article and the one word after it the tagger never
    saw, or tagged a lone organisation that is no KB body (``في سجن سواقة``، ``هاجموا سجن كوجي شديد
    الحراسة``، ``إدارة مخيم خرز``، ``في سجن إيفين``): the place named after a town or so called (the
    entities stage makes a prison FAC), with an adjective that ends such names; and ORG the untagged
    administration before such a place (``إدارة سجن عوفر``), the body that runs it. A camp's unknown
    word only after its administration: elsewhere the place rules make it the place (``على مخيم
    زمزم``). After a prison's head, only where a place goes (after في, إلى, من ... or before شديد
    الحراسة): ``سجن`` is "imprisoning" as often (``قضت بسجن X``). Not one of :data:`RULES`: the entities
    stage applies it."""
    if _no_word_in(tokens, _DETENTION_HEADS):
        return tags  # (most sentences: no prison nor camp)
    n = len(tokens)
    for i in range(n - 1):
        head = _first_key(tokens[i])
        if tags[i] != "O" or head not in _DETENTION_HEADS:
            continue
        sp = split(tokens[i])
        # (a camp's unknown word is left to the place rules, which make it the place: على مخيم زمزم; not
        # where its administration is the body: إدارة مخيم خرز)
        run = i > 0 and _first_key(tokens[i - 1]) == _ADMINISTRATION
        unknown = (head != _CAMP or run) and tags[i + 1] == "O" and _unknown_word(tokens[i + 1], article=True)
        lone_body = (
            tags[i + 1] == "B-ORG"
            and (i + 2 == n or tags[i + 2] != "I-ORG")
            and _span_type(tokens, i + 1, i + 2) != "ORG"
        )
        j = i + 2 if unknown or lone_body else i
        if j > i and head != _CAMP:
            placed = (i > 0 and key(tokens[i - 1]) in _PRISON_PLACED) or (
                j < n and key(tokens[j]) == _HIGH_SECURITY
            )
            if sp.proclitics not in ("", "و", "ف") or not placed:
                j = i
        if j > i:
            if j < n and tags[j] == "O" and key(tokens[j]) in _FACILITY_ADJECTIVES:
                j += 1
            _retag(tags, "LOC", i, j)
        elif tags[i + 1] != "B-LOC":
            continue
        else:
            j = _chunk_end(tags, i + 1)
        if (
            i > 0
            and tags[i - 1] == "O"
            and _first_key(tokens[i - 1]) == _ADMINISTRATION
            and not sp.proclitics
        ):
            _retag(tags, "ORG", i - 1, j)
    return tags


def _counted(tokens: Sequence[str], i: int) -> bool:
    """A number stands right before token ``i``, in digits or in words (``70 مستشفى``، ``عشرة فنادق``)."""
    return i > 0 and (tokens[i - 1].isdigit() or normalize(tokens[i - 1]) in number_words())


#: facility heads whose name may be any definite word after them, a word of running text too (مستشفى
#: الشفاء، منفذ الوديعة، معبر الكرامة): after a head without the article a definite word is no adjective but
#: its genitive, the name, as keys
_DEFINITE_NAMED_HEADS = frozenset(
    # (a stadium too: حول ملعب جذع النخلة)
    key(w)
    for w in ("مستشفى", "مشفى", "منفذ", "معبر", "ملعب")
)
#: definite genitives that say what a hospital or a stadium is for, no name (مستشفى الأطفال، مستشفى
#: الولادة، ملعب الكرة), as keys
_FACILITY_KINDS = frozenset(
    key(w)
    for w in (
        *("الأطفال", "الولادة", "الأمراض", "العيون", "النساء", "الطوارئ", "الحدود", "الأمومة"),
        *("الكرة", "الفريق", "المباراة", "التدريب"),
    )
)
#: adjectives that end a hospital's or a crossing's name besides :data:`_FACILITY_ADJECTIVES` (مستشفى
#: الثورة العام، منفذ العبدلي الحدودي), as keys
_DEFINITE_NAME_ADJECTIVES = _FACILITY_ADJECTIVES | frozenset(key(w) for w in ("العام", "الحدودي", "البري"))
#: the word before a hospital's number (مستشفى المدينة رقم 2), as a key
_NUMBER_WORD = key("رقم")


def _chain_link(token: str) -> bool:
    """``token`` may open a genitive chain naming a facility (``باب`` of ``معبر باب الهوى``): an indefinite
    Arabic word with no proclitic, no function word nor relational adjective (``معبر حدودي``)."""
    k = key(token)
    return (
        not token.startswith("ال")
        and _ARABIC_WORD.fullmatch(token) is not None
        and _first_key(token) == k
        and k not in _NOT_NAME_WORDS
        and not k.endswith(_ADJECTIVE_ENDINGS)
        and not token.isdigit()
    )


def tag_facilities_with_definite_names(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag LOC a hospital's or a crossing's head without the article and the untagged definite word after
    it, with an adjective that ends such names or a number after ``رقم`` (``قصفت مستشفى الشفاء``،
    ``مستشفى الثورة العام``، ``دفعت بتعزيزات إلى منفذ الوديعة``): a definite word after an indefinite
    head is its genitive, not its adjective, and names it, even a word of running text (the entities
    stage makes it FAC); not a genitive that says what the hospital is for (مستشفى الأطفال). Not one of
    :data:`RULES`, as :func:`tag_facilities_named_after_persons`: the entities stage applies it."""
    if _no_word_in(tokens, _DEFINITE_NAMED_HEADS):
        return tags  # (most sentences: no hospital nor crossing)
    n = len(tokens)
    for i in range(n - 1):
        if tags[i] != "O" or _first_key(tokens[i]) not in _DEFINITE_NAMED_HEADS:
            continue
        # (the definite word ending a genitive chain of an indefinite word and it: معبر باب الهوى،
        # مستشفى شهداء الأقصى)
        first = i + 2 if i + 2 < n and _chain_link(tokens[i + 1]) and tags[i + 2] == "O" else i + 1
        k = key(tokens[first])
        if (
            any(t != "O" for t in tags[i + 1 : first + 1])
            or not tokens[first].startswith("ال")
            or _ARABIC_WORD.fullmatch(tokens[first]) is None
            or k in _FACILITY_KINDS
            or k in _NOT_NAME_WORDS
            # (a title before a name: the person it is named after, ملعب الأمير مولاي عبد الله)
            or (k in _FACILITY_TITLES and _first_key(tokens[i]) not in _NAME_TAKING_HEADS)
        ):
            continue
        j = first + 1
        if j < n and tags[j] == "O" and key(tokens[j]) in _DEFINITE_NAME_ADJECTIVES:
            j += 1
        elif j + 1 < n and tags[j] == "O" and key(tokens[j]) == _NUMBER_WORD and tokens[j + 1].isdigit():
            j += 2
        _retag(tags, "LOC", i, j)
    return tags


#: "headland", which opens many a place's name (رأس الناقورة، رأس لانوف، رأس بعلبك), as a key
_HEADLAND = key("رأس")
#: the same, as a set to look for in a sentence
_HEADLANDS = frozenset({_HEADLAND})
#: words after which a headland is a place (في رأس بعلبك), as keys
_HEADLAND_PLACED = frozenset(key(w) for w in ("في", "إلى", "من", "قرب", "منطقة", "بلدة", "مدينة", "قبالة"))
#: words before "head" that make it a common noun (على رأس وفد: leading; مسقط رأسه: birthplace), as keys
_HEAD_GOVERNORS = frozenset(key(w) for w in ("على", "وعلى", "مسقط"))


def tag_headland_names(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag LOC an untagged ``رأس`` and the tagged place, the KB's place or the word the tagger never saw
    after it (``في جرود عرسال ورأس بعلبك``، ``قبالة رأس الناقورة``، ``وصلت إلى رأس دميرة``): "headland"
    opens the name of a place of its own, not the town it is named after; not "at the head of" (``على رأس
    وفد``) nor a birthplace (``مسقط رأس``). Not one of :data:`RULES`: the entities stage applies it after
    :func:`tag_places_after_prepositions` has tagged the town."""
    if _no_word_in(tokens, _HEADLANDS):
        return tags  # (most sentences: no headland)
    n = len(tokens)
    for i in range(n - 1):
        if (
            tags[i] != "O"
            or _first_key(tokens[i]) != _HEADLAND
            or (i > 0 and key(tokens[i - 1]) in _HEAD_GOVERNORS)
        ):
            continue
        if tags[i + 1] == "B-LOC":
            j = _chunk_end(tags, i + 1)
        elif (
            tags[i + 1] == "O"
            and (
                _unknown_word(tokens[i + 1], article=True)
                # (a KB place untagged, only where a place goes: ورأس بعلبك، في رأس بعلبك; not a
                # person's head: أطلقوا النار باتجاه رأس الجميل)
                or (
                    _span_type(tokens, i + 1, i + 2) == "LOC"
                    and (tokens[i][:1] == "و" or (i > 0 and key(tokens[i - 1]) in _HEADLAND_PLACED))
                )
            )
        ):
            j = i + 2
        else:
            continue
        _retag(tags, "LOC", i, j)
    return tags


@cache
def vessel_heads() -> frozenset[str]:
    """The kinds of vessel among the facility heads (سفينة، ناقلة، حاملة الطائرات ...), as keys."""
    return frozenset(key(row[0]) for row in packaged("facility_keywords.tsv") if row[1] == "vessel")


#: words before a quoted run that make it no vessel's name (تشارك في العدوان، دون إذن), as keys
_CLAUSE_WORDS = frozenset(key(w) for w in ("في", "على", "من", "عن", "إلى", "دون", "حتى", "أن"))
#: how many words may describe a vessel between its kind and its quoted name (ناقلة النفط البريطانية)
_VESSEL_WORDS = 3
#: the longest quoted name of a vessel, in words
_VESSEL_NAME = 4


def tag_vessel_names(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag LOC a vessel's kind, the words with the article that describe it and its name in quotation
    marks (``سفينة الشحن «غالاكسي ليدر»``، ``المدمرة الأمريكية "يو إس إس ميسون"``): a ship seized, struck
    or freed (the entities stage makes it VEH). Not a sentence in quotes (``السفينة «دخلت المياه دون
    إذن»``), nor one adjective (``السفينة «إسرائيلية»``). Not one of :data:`RULES`: ANERcorp tags no
    vessels."""
    heads = vessel_heads()
    for start, end in quote_spans(tokens):
        words = [key(t) for t in tokens[start:end]]
        if (
            end - start > _VESSEL_NAME
            or sum(w.startswith("ال") for w in words) > 1
            or any(w in _CLAUSE_WORDS for w in words)
            or (len(words) == 1 and words[0].endswith(_ADJECTIVE_ENDINGS))
        ):
            continue
        k = start - 2  # the word before the opening mark
        while k >= 0 and start - 2 - k < _VESSEL_WORDS and tags[k] == "O" and key(tokens[k]).startswith("ال"):
            if _first_key(tokens[k]) in heads:
                break
            k -= 1
        if k < 0 or tags[k] != "O":
            continue
        # (a kind of two words: حاملة الطائرات)
        if _first_key(tokens[k]) not in heads and not (
            k + 2 < start and key(f"{_first_key(tokens[k])} {tokens[k + 1]}") in heads
        ):
            continue
        _retag(tags, "LOC", k, end + 1)
    return tags


#: the endings of a Slavic surname (رومانوسكي، زيلينسكي) and of a French name (بانييه، ديدييه، بارنييه),
#: no relational adjective of Arabic, as keys
_FOREIGN_ENDINGS = (key("سكي"), key("ييه"))
#: the feminine ending as written, which the key writes as ه
_TAA_MARBUTA = "ة"
#: ه as written, a pronoun or a foreign name's last letter, no ة
_HA = "ه"


#: the fewest letters of a name ending in ي after a movement's head (غالاكسي، دارافي; سائقي is a plural)
_YA_NAME_LETTERS = 6


def _unknown_word(token: str, article: bool, ya: bool = False) -> bool:
    """``token`` may be a word of a name the tagger missed: an Arabic word with no proclitic, no word of
    running text the tagger knows, no function word nor nationality, and no indefinite relational adjective
    (ميداني، حكومية). With ``article`` a definite word may be one (a facility's name: مستشفى المعمداني);
    without, it may not, nor may a word end in ه (a foreign name: جويس مسويا); a word ending in سكي or
    ييه is a Slavic or French name, no adjective; with ``ya`` one ending in ي may be one too."""
    k = key(token)
    definite = token.startswith("ال")  # (as written: ألينا is no ال + ينا)
    if definite and not article:
        return False
    endings = _ADJECTIVE_ENDINGS if article else (*_ADJECTIVE_ENDINGS, "ه")
    if ya and not definite and token.endswith("ي"):
        # (a word ending in ي may be a name where no masculine adjective can stand: حركة غالاكسي; not a
        # sound plural in the construct state, a participle's with م or a short one: جمعية مزارعي شرق
        # أصفهان، رابطة سائقي الأجرة)
        if token.startswith("م") or len(token) < _YA_NAME_LETTERS:
            return False
        endings = tuple(e for e in endings if e != "ي")
    # (the key of a word ending in يئة ends like a French name too: بيئة، هيئة are no بانييه)
    foreign = k.endswith(_FOREIGN_ENDINGS) and not token.endswith(_TAA_MARBUTA)
    return (
        _ARABIC_WORD.fullmatch(token) is not None
        and (_first_key(token) == k or foreign)  # (بانييه: no ب + انييه)
        and not (not definite and k.endswith(endings) and not foreign)
        and k not in demonym_keys()
        and k not in _NOT_NAME_WORDS
        and not _tagger_knows(token)
    )


def _retag(tags: list[str], typ: str, i: int, j: int) -> None:
    tags[i] = f"B-{typ}"
    for k in range(i + 1, j):
        tags[k] = f"I-{typ}"


def _untag_lead(tags: list[str], typ: str, i: int, k: int, j: int) -> None:
    """Untag the words ``[i, k)`` that open the chunk ``[i, j)`` of ``typ``: the rest, if any, is a chunk
    of its own (a title's words before the name, ``نظيره الغواتيمالي برناردو أريفالو``)."""
    tags[i:k] = ["O"] * (k - i)
    if k < j:
        _retag(tags, typ, k, j)


def _past_keys(tokens: Sequence[str], k: int, j: int, words: Set[str]) -> int:
    """The first token of ``[k, j)`` whose key is not one of ``words``; ``j`` where all are."""
    while k < j and key(tokens[k]) in words:
        k += 1
    return k


def _chunk_end(tags: Sequence[str], start: int) -> int:
    """Where the chunk that ``tags[start]`` (a ``B-`` tag) opens ends: past the ``I-`` tags of its type."""
    inside, j = "I-" + tags[start][2:], start + 1
    while j < len(tags) and tags[j] == inside:
        j += 1
    return j


def merge_chunks(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Merge runs of adjacent chunks whose joined text is a KB alias (longest run first)."""
    cs = chunk_list(tags)
    a = 0
    while a < len(cs):
        b = a + 1
        while b < len(cs) and cs[b][1] == cs[b - 1][2] and cs[b][2] - cs[a][1] <= _MAX_ALIAS:
            b += 1
        for end in range(b - 1, a, -1):  # chunks a..end, longest first
            i, j = cs[a][1], cs[end][2]
            typ = _span_type(tokens, i, j)  # (its first word as written too: لويز إيناسيو + لولا دا سيلفا)
            if typ is not None:
                _retag(tags, typ, i, j)
                a = end
                break
        a += 1
    return tags


#: "father of", the first word of a kunya that goes on a person's name (عبد المنعم أبو الفتوح), as keys
_KUNYA = frozenset(key(w) for w in ("أبو", "أبي"))


def join_kunyas(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Join a person chunk to the person chunk right after it that opens with أبو (``عبد المنعم`` ``أبو
    الفتوح``): one name (ANERcorp train tags 28 of 29 such أبو inside the name before it)."""
    for typ, i, _ in chunk_list(tags):
        if typ == "PERS" and i > 0 and tags[i - 1].endswith("PERS") and key(tokens[i]) in _KUNYA:
            tags[i] = "I-PERS"
    return tags


#: the kunya's first word as news writes it, a quick test before the keys of :data:`_KUNYA`
_KUNYA_WRITTEN = frozenset(("أبو", "ابو", "أبي", "ابي"))


def extend_persons_to_kunyas(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Extend a person chunk opening on a given name back over the untagged أبو or أبي right before it
    (``المسؤول الأمني في الكتائب أبو علي العسكري``: the tagger or a title's rule took علي العسكري alone): a
    kunya's "father of" is the name's first word (as ANERcorp tags it: ``أبو مصعب الزرقاوي``). Run after
    the rules that tag names after titles."""
    if _KUNYA_WRITTEN.isdisjoint(tokens):
        return tags  # (most sentences: no أبو nor أبي)
    for typ, i, _ in chunk_list(tags):
        if (
            typ == "PERS"
            and i > 0
            and tags[i - 1] == "O"
            and key(tokens[i - 1]) in _KUNYA
            and is_given_name(tokens[i])  # (not a crossing's name: معبر كرم أبو + الكناني)
        ):
            tags[i - 1], tags[i] = "B-PERS", "I-PERS"
    return tags


#: "or" as written (أو، او): after a person's name of two words or more and before no alternative, a
#: punctuation mark, the sentence's end or a definite word with "and", it is a Burmese name's last word
#: (``تين مونغ أو``: "Oo")
_OR_WRITTEN = frozenset({"أو", "او"})


def extend_persons_to_final_oo(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Extend a person chunk of two words or more over the untagged أو right after it, where nothing that
    "or" could join follows: the sentence's end, a mark that is no letter, or a definite word with و
    (``بينهم النائب السابق تين مونغ أو والناشط كو زاو لين``): the last word of a Burmese name, not the
    conjunction. Not before an alternative (``جورج باسل أو الفرنسي``، ``سينغ أو وزير``)."""
    if _OR_WRITTEN.isdisjoint(tokens):
        return tags  # (most sentences: no أو)
    n = len(tokens)
    for typ, i, j in chunk_list(tags):
        if typ != "PERS" or j - i < 2 or j >= n or tags[j] != "O" or tokens[j] not in _OR_WRITTEN:
            continue
        nxt = split(tokens[j + 1]) if j + 1 < n else None
        if nxt is None or not tokens[j + 1][0].isalnum() or (nxt.proclitics == "و" and nxt.article):
            tags[j] = "I-PERS"
    return tags


def _kunya_nisba(token: str) -> bool:
    """A definite relational word that may end a kunya's name, a nationality too (``الليبي``،
    ``العسكري``): no word of the lexicons' running text nor a title."""
    k = key(token)
    return (
        _ARABIC_WORD.fullmatch(token) is not None
        and token.startswith("ال")
        and k.endswith("ي")
        and len(k) >= _SHORTEST_KUNYA_NISBA
        and k not in _NOT_NAME_WORDS
        and k not in title_heads()
    )


#: the fewest letters of the key of a kunya's relational word (الليبي: 5)
_SHORTEST_KUNYA_NISBA = 5


def tag_kunya_names(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag PERS three untagged words, أبو or أبي, a word with no article and a definite relational word
    (``قيادي في التنظيم يدعى أبو طلحة الليبي``، ``ونفى أبو علي العسكري``): a kunya and its nisba, a
    person's name the tagger missed; not after a place's or a facility's head (``سجن أبو غريب المركزي``)
    nor a body's (``بنك أبو ظبي الوطني``)."""
    if _KUNYA_WRITTEN.isdisjoint(tokens):
        return tags  # (most sentences: no أبو nor أبي)
    n = len(tokens)
    for k in range(n - 2):
        if (
            key(tokens[k]) in _KUNYA
            and tags[k] == tags[k + 1] == tags[k + 2] == "O"
            # (علي as written a given name though its key is the preposition's)
            and (_name_word(tokens[k + 1]) or tokens[k + 1] in _any_given_names())
            and not tokens[k + 1].startswith("ال")
            and _kunya_nisba(tokens[k + 2])
            and (k + 3 == n or not tags[k + 3].startswith("I-"))
            and (
                k == 0
                or (
                    (before := _first_key(tokens[k - 1])) not in facility_heads()
                    and before not in place_first_words()
                    and not is_body_head(tokens[k - 1])
                )
            )
        ):
            _retag(tags, "PERS", k, k + 3)
    return tags


#: the most words of a person chunk that :func:`join_cut_persons` joins to the unknown name before it
_CUT_NAME_TAIL = 2


def join_cut_persons(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Join a short person chunk that is no KB alias to the person chunk right before it, of two words
    or more opening on a given name or a kunya and no KB alias either (``أبو القاسم عبدي`` + ``صلاد
    حسن``، ``آدم محمد`` + ``نور``): an unknown name the tagger cut in two; two people's names stand
    joined by و or a comma, not side by side. A given name alone joins a chunk opening on another given
    name (``يوسف`` + ``رضا جيلاني``). (Not a word with the article or a proclitic, nor a Latin one:
    ``أسامة القصيبي`` + ``ميليشيا الحوثي``.)"""
    for (typ, i, j), (nxt, k, end) in pairwise(chunk_list(tags)):
        if (
            typ == nxt == "PERS"
            and k == j
            and (j - i >= 2 or is_given_name(tokens[k]))
            and end - k <= _CUT_NAME_TAIL
            # (or on the عبد of a compound given name: عبد الله حاجي + محمود)
            and (is_given_name(tokens[i]) or key(tokens[i]) in _KUNYA or key(tokens[i]) in _FATHER_WORDS)
            and alias_type(_span_key(tokens, i, j)) is None
            and alias_type(_span_key(tokens, k, end)) is None
            and all(
                _first_key(t) == key(t) and not key(t).startswith("ال") and not _latin(t)
                for t in tokens[k:end]
            )
        ):
            tags[k] = "I-PERS"
    return tags


#: words for the kind of a body before its name (منظمة أطباء بلا حدود), as keys
_KIND_WORDS = frozenset(key(w) for w in ("منظمة", "حركة", "جماعة", "جمعية", "مؤسسة", "وكالة", "شركة", "حزب"))


#: "the capital" after a city named as its country is (الجزائر العاصمة), as a key
_THE_CAPITAL = key("العاصمة")


def extend_to_aliases(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Extend a chunk over the untagged words after it when the whole is a KB alias, longest first: a
    person chunk to a person alias (``بان كي`` + ``مون`` → ``بان كي مون``); a chunk of any type that is
    no alias of its type itself and opens with no article, a name cut short, to an alias of any type,
    whose type it takes (``هيومن رايتس`` PERS + ``ووتش`` → the organisation; ``مرسى``, a place tag on
    a spelling of Morsi, + ``مطروح``). (Not leftwards, where the words are titles ANERcorp leaves out;
    nor a place or organisation that is an alias or a description already: extending those lowered dev
    F1, their aliases holding descriptions such as ``الحكومة العراقية``, but for a place an alias goes on
    from with لل: ``قطر للطاقة``, and for an organisation, or a place, an organisation's goes on from with
    ل: ``الاتحاد الأفريقي لكرة القدم``.)"""
    n = len(tokens)
    for typ, i, j in chunk_list(tags):
        cut = not key(tokens[i]).startswith("ال") and alias_type(_span_key(tokens, i, j)) != typ
        # a place an alias goes on from with لل: a firm named after its country (قطر للطاقة، مصر للطيران),
        # or with "the capital": the city named as its country is (الجزائر العاصمة)
        cut = cut or (
            typ == "LOC" and j < n and (tokens[j].startswith("لل") or key(tokens[j]) == _THE_CAPITAL)
        )
        # an organisation an alias goes on from with ل, its field (الاتحاد الأفريقي لكرة القدم), tagged
        # as one or as a place (وأشاد الاتحاد الآسيوي لكرة القدم: the continent's adjective)
        field = typ in ("ORG", "LOC") and j < n and tokens[j][:1] == "ل"
        if typ != "PERS" and not cut and not field:
            continue
        # (the spans up to each untagged word after the chunk, longest first)
        free, stop = j, min(j + _EXTEND, n)
        while free < stop and tags[free] == "O":
            free += 1
        for b in range(free, j, -1):
            found = alias_type(_span_key(tokens, i, b))
            if found is None and j - i > 1 and _first_key(tokens[i]) in _KIND_WORDS:
                found = alias_type(_span_key(tokens, i + 1, b))  # منظمة أطباء بلا + حدود: its kind first
            if found is not None and (found == typ or cut or (field and found == "ORG")):
                _retag(tags, found, i, b)
                break
    return tags


def extend_into_aliases(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Extend an organisation chunk that is no KB alias over the untagged words after it where a word
    inside it opens an organisation alias that runs past its end, longest first (``ميليشيا جيش كارين`` +
    ``الوطني``، ``مجموعة نافال`` + ``غروب``، ``مصرف سيليكون فالي`` + ``بنك``): the body's own name, which
    the tagger cut short, with the kind of body before it."""
    n = len(tokens)
    for typ, i, j in chunk_list(tags):
        if typ != "ORG" or j >= n or tags[j] != "O" or _span_type(tokens, i, j) is not None:
            continue
        free, stop = j, min(i + 1 + _MAX_ALIAS, n)
        while free < stop and tags[free] == "O":
            free += 1
        hit = next(
            (b for k in range(i + 1, j) for b in range(free, j, -1) if _span_type(tokens, k, b) == "ORG"),
            None,
        )
        if hit is not None:
            _retag(tags, "ORG", i, hit)
    return tags


def shift_alias_ends(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """A chunk one word short of a KB alias of an organisation or place, right before a person chunk
    of two words or more that opens on that word (``مراسلون بلا`` + ``حدود كريستوف ديلوار``): the word
    ends the alias, the rest is the person."""
    chunks = chunk_list(tags)
    for (_, i, j), (typ, k, end) in pairwise(chunks):
        if typ != "PERS" or k != j or end - k < 2 or alias_type(_span_key(tokens, i, j)) is not None:
            continue
        found = alias_type(_span_key(tokens, i, j + 1))
        if found is not None and found != "PERS":
            _retag(tags, found, i, j + 1)
            _retag(tags, "PERS", j + 1, end)
    return tags


def split_before_joined_aliases(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Split an organisation chunk that is no KB alias before a word with و from which the rest of it
    is an organisation alias (``للطيران المدني السعودية ومنظمة الطيران المدني الإيرانية``): two bodies
    joined."""
    for typ, i, j in chunk_list(tags):
        if typ != "ORG" or _span_type(tokens, i, j) is not None:
            continue
        joined = next(
            (k for k in range(i + 1, j) if tokens[k].startswith("و") and _span_type(tokens, k, j) == "ORG"),
            None,
        )
        if joined is not None:
            tags[joined] = "B-ORG"
    return tags


def extend_back_to_organisations(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Extend an organisation chunk that is no KB alias over the untagged words before it when the whole
    is an organisation alias, longest first (``الهيئة العامة`` + ``للطيران المدني السعودية``)."""
    for typ, i, j in chunk_list(tags):
        if typ != "ORG" or _span_type(tokens, i, j) is not None:
            continue
        for b in range(max(i - _EXTEND, 0), i):
            if all(t == "O" for t in tags[b:i]) and _span_type(tokens, b, j) == "ORG":
                _retag(tags, "ORG", b, j)
                break
    return tags


#: the kinds of body named after a place, a word or two of their name between or not (مجموعة بريد
#: الإمارات، صندوق قطر للتنمية، مصرف قطر المركزي), keys
_BODY_KINDS = frozenset(
    key(w) for w in ("جامعة", "مجموعة", "شركة", "بنك", "مصرف", "متحف", "جمعية", "مؤسسة", "صندوق")
)
#: kinds of body for study, whose name after them the tagger takes for a place it does not know (مركز
#: ستيمسون، معهد بروكينغز), as keys; not a known place (مركز بغداد: its centre)
_STUDY_KINDS = frozenset(key(w) for w in ("مركز", "معهد"))
#: how many untagged words may stand between such a kind and the place (مجموعة بريد الإمارات)
_BODY_KIND_GAP = 2
#: how many words after the place may close such a body's name (موانئ دبي العالمية، للغزل والنسيج)
_BODY_NAME_CLOSING = 3


#: the organs of a body named before it with ل (الأمانة العامة لمنظمة أوبك، الجمعية العامة للأمم المتحدة),
#: as keys of their two words
_ORGANS = frozenset(
    key(w)
    for w in (
        *("الأمانة العامة", "الجمعية العامة", "اللجنة التنفيذية", "المجلس التنفيذي", "اللجنة المركزية"),
        *("المكتب السياسي", "المجلس المركزي", "المكتب التنفيذي", "الهيئة التنفيذية"),
    )
)


def extend_back_to_organs(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """An organisation chunk opening with ل right after the untagged two words of one of its organs
    (``ودعت الأمانة العامة`` + ``لمنظمة أوبك``): the organ, which acts, is the organisation named."""
    for typ, i, j in chunk_list(tags):
        if (
            typ == "ORG"
            and i >= 2
            and tokens[i][:1] == "ل"
            and split(tokens[i]).proclitics
            and tags[i - 2] == "O"
            and tags[i - 1] == "O"
            and f"{_first_key(tokens[i - 2])} {key(tokens[i - 1])}" in _ORGANS
        ):
            _retag(tags, "ORG", i - 2, j)
    return tags


def extend_back_to_body_kinds(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """A place chunk after a kind of body with no article and a word or two of its name (``مجموعة بريد``
    + ``الإمارات``، ``صندوق`` + ``قطر``): the body is named after the place, an organisation, with an
    adjective or a field closing its name after the place (``مصرف قطر المركزي``، ``صندوق قطر للتنمية``).
    A body for study takes a place no KB knows right after it (``مركز ستيمسون``)."""
    n = len(tokens)
    for typ, i, j in chunk_list(tags):
        if typ != "LOC":
            continue
        for b in range(i - 1, max(i - 1 - _BODY_KIND_GAP, -1), -1):
            if tags[b] != "O" or (b < i - 1 and key(tokens[b + 1]).startswith("ال")):
                break
            kind = _first_key(tokens[b])
            study = kind in _STUDY_KINDS and b == i - 1 and _span_type(tokens, i, j) is None
            if (kind in _BODY_KINDS or study) and not split(tokens[b]).article:
                end = j
                while (
                    end < min(n, j + _BODY_NAME_CLOSING)
                    and tags[end] == "O"
                    and _closes_body_name(tokens[end])
                ):
                    end += 1
                # (a second place joined by و when the KB names the body whole: بنك اليمن والكويت)
                if end < n and tokens[end].startswith("و") and _span_type(tokens, b, end + 1) is not None:
                    end += 1
                _retag(tags, "ORG", b, end)
                break
    return tags


#: "company" (شركة), as a key: the unknown words right after it are its name
_COMPANY = key("شركة")
#: "any", "every" before a noun, as keys
_ANY_WORDS = frozenset(key(w) for w in ("أي", "أية", "كل"))
#: how many such words a company's name may have (شركة إيروليناس أرخنتيناس)
_COMPANY_NAME_WORDS = 2
#: whose company it is, after its field: the name of a state's or a region's company (شركة الكهرباء
#: الوطنية، شركة المياه الإقليمية), keys
_STATE_OWNED = frozenset(key(w) for w in ("الوطنية", "الإقليمية"))
#: a firm's trade after its name with the article, as ل and the article write it (شركة النخيل للصرافة،
#: شركة الهدى للتأمين), keys: the name and the trade name one company
_COMPANY_TRADES = frozenset(
    key("لل" + w)
    for w in (
        *("صرافة", "تأمين", "استثمار", "تجارة", "مقاولات", "نفط", "طاقة", "اتصالات", "صناعات", "سياحة"),
        *("طيران", "نقل", "إنشاءات", "أسمنت", "تعدين", "أدوية", "تمويل", "وساطة", "حوالات", "تطوير"),
        *("خدمات", "إعلام", "إنتاج", "شحن", "ملاحة", "بترول", "غاز", "كهرباء", "حديد", "تكنولوجيا"),
    )
)


def tag_company_names(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Untagged unknown words right after ``شركة`` with no article, whatever its proclitics (``مكتبا
    لشركة دهبشيل``، ``بشركة هيسباسات``): the company's name, an organisation (the head left out, as
    ANERcorp tags ``شركة دهبشيل``). A field with the article and its owner after the head, untagged
    (``شركة الكهرباء الوطنية``، ``شركة المياه الإقليمية``), name a state's or a region's company, the
    head with them."""
    if _COMPANY not in _first_keys(tuple(tokens)):
        return tags  # (most sentences: no company)
    n = len(tokens)
    for i in range(n - 1):
        if tags[i] != "O" or _first_key(tokens[i]) != _COMPANY or split(tokens[i]).article:
            continue
        if i > 0 and key(tokens[i - 1]) in _ANY_WORDS:
            continue  # أي شركة تعدين: a kind of company, no name
        if (
            i + 2 < n
            and tokens[i + 1].startswith("ال")
            and key(tokens[i + 2]) in _STATE_OWNED
            and tags[i + 1] == tags[i + 2] == "O"
        ):
            _retag(tags, "ORG", i, i + 3)
            continue
        if (
            i + 2 < n
            and tokens[i + 1].startswith(_DEFINITE)
            and key(tokens[i + 2]) in _COMPANY_TRADES
            and tags[i + 1] == tags[i + 2] == "O"
        ):
            _retag(tags, "ORG", i, i + 3)  # شركة النخيل للصرافة: a name with the article and the trade
            continue
        j = i + 1
        while j < min(n, i + 1 + _COMPANY_NAME_WORDS) and tags[j] == "O" and _unknown_word(tokens[j], False):
            j += 1
        if j > i + 1:
            _retag(tags, "ORG", i + 1, j)
    return tags


#: how many words a company's name before its nationality may have (شركة فيرست كوانتوم مينرالز الكندية)
_COMPANY_NATIONALITY_NAME_WORDS = 3


def tag_companies_before_nationalities(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """The words between ``شركة`` with no article (whatever its proclitics) and a nationality with the
    article, none of them definite, some of them pieces the tagger cut or typed wrong (``شركة فيرست
    كوانتوم مينرالز الكندية``، ``شركة نوبل إنرجي الأمريكية``، ``شركة غينيا ألومينا كوربوريشن``): the
    company's name, one organisation (the nationality left out; the head with it when the tagger had
    it). Words all untagged are left to :func:`tag_company_names` and the rules after it."""
    if _COMPANY not in _first_keys(tuple(tokens)):
        return tags
    n = len(tokens)
    for i in range(n - 2):
        if tags[i] not in ("O", "B-ORG") or _first_key(tokens[i]) != _COMPANY or split(tokens[i]).article:
            continue
        j = i + 1
        while (
            j < min(n, i + 1 + _COMPANY_NATIONALITY_NAME_WORDS)
            and _ARABIC_WORD.fullmatch(tokens[j]) is not None
            and not tokens[j].startswith(_DEFINITE)
            and key(tokens[j]) not in _NOT_NAME_WORDS
            and key(tokens[j]) not in demonym_keys()
        ):
            j += 1
        if (
            j == i + 1
            or j >= n
            or all(t == "O" for t in tags[i:j])  # (untagged: the head's other rules read it whole)
            or tags[j] != "O"
            or not tokens[j].startswith(_DEFINITE)
            or key(tokens[j]) not in demonym_keys()
        ):
            continue
        _retag(tags, "ORG", i if tags[i] != "O" else i + 1, j)
    return tags


#: a company's head in the dual (شركتي، شركتا), before two companies' names, keys
_DUAL_COMPANIES = frozenset(key(w) for w in ("شركتي", "شركتا"))


def _company_name_end(
    tokens: Sequence[str], tags: Sequence[str], j: int, first: str, known: bool
) -> int | None:
    """Where a company's name from token ``j`` ends when a nationality with the article follows it: its
    first word (``first``, the token without a conjunction) one the tagger never saw unless ``known``, the
    words after it none with the article; None when no such name stands there."""
    if tags[j] != "O":
        end = next((e for _, b, e in chunk_list(tags) if b == j), j)  # (a chunk the tagger found)
    else:
        if _ARABIC_WORD.fullmatch(first) is None or first.startswith(_DEFINITE):
            return None
        if not known and _tagger_knows(first):
            return None
        end = j + 1
        while (
            end < min(len(tokens), j + _COMPANY_NAME_WORDS)
            and tags[end] == "O"
            and _ARABIC_WORD.fullmatch(tokens[end])
            and not tokens[end].startswith(_DEFINITE)
            and key(tokens[end]) not in _NOT_NAME_WORDS
        ):
            end += 1
    if end <= j or end >= len(tokens) or key(tokens[end]) not in demonym_keys():
        return None
    return end


def tag_dual_company_names(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """After a company's head in the dual (``شركتي``), a name and its nationality, and ``و`` and a second
    name and its nationality (``مع شركتي إيني الإيطالية وبي بي البريطانية``، ``شركتي باريك غولد الكندية
    وسنتامين البريطانية``): two companies, organisations, the nationalities left out as after شركة; a
    first name the tagger read as a person's is retyped."""
    if _no_word_in(tokens, _DUAL_COMPANIES):
        return tags
    n = len(tokens)
    for i in range(n - 2):
        if tags[i] != "O" or _first_key(tokens[i]) not in _DUAL_COMPANIES:
            continue
        end = _company_name_end(tokens, tags, i + 1, tokens[i + 1], known=False)
        if end is None:
            continue
        _retag(tags, "ORG", i + 1, end)
        second = end + 1
        if second >= n or tokens[second][:1] != "و" or tags[second] != "O":
            continue
        # (the second, after the first's nationality, may be a word the tagger knows: وبي بي)
        if (last := _company_name_end(tokens, tags, second, tokens[second][1:], known=True)) is not None:
            _retag(tags, "ORG", second, last)
    return tags


#: a body's head in the dual, no article, with its singular (حركتا فتح وحماس: حركة فتح), as keys
_DUAL_BODY_HEADS = {
    key(dual): key(one)
    for one, duals in (
        ("حركة", ("حركتا", "حركتي")),
        ("جماعة", ("جماعتا", "جماعتي")),
        ("جبهة", ("جبهتا", "جبهتي")),
    )
    for dual in duals
}
_DUAL_BODY_WORDS = frozenset(_DUAL_BODY_HEADS)


def tag_dual_body_names(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """After a body's head in the dual (``وقعت حركتا فتح وحماس``، ``بين حركتي فتح وحماس``), each untagged
    name of one word that is a KB organisation with the head in the singular (``حركة فتح``), the first and
    the one after و: the two bodies, organisations, a word such as فتح no name alone."""
    if _no_word_in(tokens, _DUAL_BODY_WORDS):
        return tags
    n = len(tokens)
    for i in range(n - 1):
        one = _DUAL_BODY_HEADS.get(_first_key(tokens[i]))
        if one is None:
            continue
        for k in (i + 1, i + 2):
            if k >= n or tags[k] != "O" or (k == i + 2 and not tokens[k].startswith("و")):
                continue
            word = tokens[k][1:] if k == i + 2 else tokens[k]
            if _words_type(one, (word,)) == "ORG":
                _retag(tags, "ORG", k, k + 1)
    return tags


#: the kinds of body whose head, with no article, opens a name the tagger misses: a field with the
#: article and relational adjectives after it (صندوق الضمان الاجتماعي، مركز البحوث العلمية) or a proper
#: name it does not know (حراك جرادة، بنك خلق), keys
_NAMED_BODY_HEADS = frozenset(
    key(w)
    for w in (
        "لجنة",
        "مجموعة",
        "مركز",
        "صندوق",
        "قيادة",
        "بنك",
        "مصرف",
        "معهد",
        "حراك",
        "رابطة",
        "جمعية",
        "تحالف",
        "بلدية",
        "غرفة",
        "مؤسسة",
        "هيئة",
        "تنسيقية",
        "نقابة",
        "جبهة",
        "ائتلاف",
        # (a service, a department, a delegation, a unit: مصلحة الأحوال المدنية، دائرة الجمارك الأردنية،
        # مندوبية الصيد البحري، وحدة الجرائم الإلكترونية; not a field that :data:`_SHARED_FIELDS` holds)
        "مصلحة",
        "دائرة",
        "مندوبية",
        "وحدة",
    )
)
#: adjectives no relational one that close a body's name after its field (وحدة التحقيق الخاصة), keys
_BODY_ADJECTIVES = frozenset(key(w) for w in ("الخاصة", "الخاص"))
#: the heads of a service, a department, a delegation or a unit among them, keys
_DEPARTMENT_HEADS = frozenset(key(w) for w in ("مصلحة", "دائرة", "مندوبية", "وحدة"))
#: what a unity or an interest is of, after such a head, no body's field (وحدة الشعب الفلسطيني، مصلحة
#: الشعب اللبناني، وحدة الأراضي السورية، لوحدة الدولة السودانية), keys
_SHARED_FIELDS = frozenset(
    key(w)
    for w in (
        *("الشعب", "الشعوب", "الدولة", "الأراضي", "البلاد", "البلد", "الوطن", "الأمة", "الصف", "الموقف"),
        *("الكلمة", "المصير", "المواطنين", "الجميع", "الطرفين", "الجانبين"),
    )
)
#: heads of a body with no article that only one or two words the tagger does not know make a name of
#: (حركة غاتيا، مجلس مراناو، اتحاد كيسان): their definite field with an adjective is a motion, a sitting,
#: or a joining of things as often (حركة الدراجات النارية، جلسة مجلس الوزراء الأسبوعية), keys
_FOREIGN_NAMED_HEADS = frozenset(key(w) for w in ("حركة", "مجلس", "اتحاد"))
#: "national", an adjective of a unity's field as often as of a body's (وحدة الصف الوطني الفلسطيني), keys
_NATIONAL = frozenset(key(w) for w in ("الوطني", "الوطنية"))
#: the heads :func:`tag_named_bodies` reads
_ALL_NAMED_HEADS = _NAMED_BODY_HEADS | _FOREIGN_NAMED_HEADS
#: the ending of a sound feminine plural (نقابات، جمعيات), as a key: a word the tagger may not know that is
#: no foreign name
_FEMININE_PLURAL = key("ات")
#: how many words a KB name the unknown words after such a head open may run (عصائب أهل الحق)
_KB_NAME_REACH = 4
#: how many relational adjectives may close such a name (قيادة الأركان العامة للجيوش الموريتانية)
_NAMED_BODY_ADJECTIVES = 3
#: "bank" (مصرف), as a key: a definite word after it names a bank with no adjective (مصرف الرافدين)
_BANK = key("مصرف")
#: verbal nouns of a cause between such a head and a foreign name (حركة إنقاذ دارافي، جبهة تحرير أورومو), keys
_BODY_CAUSES = frozenset(key(w) for w in ("إنقاذ", "تحرير", "خلاص"))
#: feminine heads of a movement or a league of people (حركة، رابطة), keys: an adjective of one ends in ية,
#: not ي; a municipality's or a committee's name after بلدية or لجنة is a place or a field, which other
#: rules read
_MOVEMENT_HEADS = frozenset(key(w) for w in ("حركة", "رابطة", "تنسيقية", "جبهة", "جمعية", "نقابة"))
#: how many unknown words may name such a body (مجموعة تيلينور)
_NAMED_BODY_WORDS = 2


def _nationality_named(tokens: Sequence[str], tags: Sequence[str], k: int) -> bool:
    """Token ``k`` is an untagged Arabic word with no proclitic nor article before an untagged
    nationality with the article (``خلق`` + ``التركي``): the name of a body, whose country follows."""
    token = tokens[k]
    return (
        k + 1 < len(tokens)
        and tags[k] == tags[k + 1] == "O"
        and _ARABIC_WORD.fullmatch(token) is not None
        and not token.startswith(_DEFINITE)
        and _first_key(token) == key(token)
        and tokens[k + 1].startswith(_DEFINITE)
        and key(tokens[k + 1]) in demonym_keys()
    )


def tag_named_bodies(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """An untagged head of a kind of body with no article (whatever its proclitics: ``لشركة``، ``وحراك``)
    before, untagged, a field with the article and one to three relational adjectives (``صندوق الضمان
    الاجتماعي الليبي``، ``مركز البحوث العلمية``، ``قيادة المنطقة العسكرية``) or one or two words the tagger
    does not know (``حراك جرادة``، ``تحالف بيرسيه``، ``بنك خلق``): the body's name, an organisation, with
    the definite adjectives after it. A field with no adjective is no name (``مركز المدينة``،
    ``لجنة التحقيق``)."""
    if _no_word_in(tokens, _ALL_NAMED_HEADS):
        return tags  # (most sentences: no head of a body)
    n = len(tokens)
    for i in range(n - 1):
        if tags[i] != "O" or _first_key(tokens[i]) not in _ALL_NAMED_HEADS or split(tokens[i]).article:
            continue
        if i > 0 and tags[i - 1] == "O" and tokens[i - 1].startswith("ال") and _genitive(tokens[i]):
            continue  # what a described thing is for (القدرة الادارية لمركز المعلومات القضائي)
        j = i + 1
        if _first_key(tokens[i]) in _DEPARTMENT_HEADS and key(tokens[j]) in _SHARED_FIELDS:
            continue
        if tokens[j].startswith("ال") and not _nisba(tokens[j]):
            end = _adjectives_end(tokens, tags, j + 1, j + 1 + _NAMED_BODY_ADJECTIVES)
            # (a special body's last adjective: وحدة التحقيق الخاصة; not "concerning" before ب: المنطقة
            # الاقتصادية الخاصة بالدقم)
            if (
                end < n
                and tags[end] == "O"
                and key(tokens[end]) in _BODY_ADJECTIVES
                and not (end + 1 < n and "ب" in split(tokens[end + 1]).proclitics)
            ):
                end += 1
            # (after such a head only a field with an adjective of its own and the state's nationality
            # last: مجلس الأمن القومي الأمريكي, a body; not حركة الدراجات النارية)
            if _first_key(tokens[i]) in _FOREIGN_NAMED_HEADS and not (
                end - j >= 3
                and key(tokens[end - 1]) in demonym_keys()
                and key(tokens[j + 1]) not in demonym_keys()
                and key(tokens[j + 1]) not in _NATIONAL
            ):
                continue
            if (end == j + 1 and _first_key(tokens[i]) != _BANK) or tags[j] != "O":
                continue  # (a bank's field alone names it: مصرف الرافدين)
        else:
            if key(tokens[j]) in _BODY_CAUSES and tags[j] == "O" and j + 1 < n:
                j += 1  # the cause a body is for, before the name it does not know (حركة إنقاذ دارافي)
            end = j
            # (after a feminine head of a movement a word ending in ي is no adjective of it, which would end
            # in ية: a foreign name, حركة غالاكسي الوطنية، رابطة كيكويي)
            feminine = _first_key(tokens[i]) in _MOVEMENT_HEADS
            # (a foreign name may open with ب or ف, which stands for no preposition or conjunction right
            # after a head in the construct state: مجموعة فيرنكو)
            while (
                end < min(n, j + _NAMED_BODY_WORDS)
                and tags[end] == "O"
                and (
                    _unknown_word(tokens[end], False, feminine)
                    or (end == j and _clitic_first_name(tokens[end]))
                )
            ):
                end += 1
            if end == j and _nationality_named(tokens, tags, j):
                end = j + 1  # a word of running text the nationality marks as a name (بنك خلق التركي)
            if end == j:
                continue
            reach = min(n, j + _KB_NAME_REACH)
            if _first_key(tokens[i]) in _FOREIGN_NAMED_HEADS and (
                key(tokens[j]).endswith(_FEMININE_PLURAL)
                or any(_span_type(tokens, j, k) is not None for k in range(end + 1, reach + 1))
            ):
                # (a plural of things opens a construct chain, the KB's: اتحاد نقابات موظفي القطاع العام; the
                # unknown word opens a longer KB name: حركة + عصائب أهل الحق)
                continue
            end = _adjectives_end(tokens, tags, end, j + _NAMED_BODY_WORDS + _NAMED_BODY_ADJECTIVES)
        if (
            _first_key(tokens[i]) in _DEPARTMENT_HEADS
            and end + 1 < n
            and key(tokens[end]) == _IN_NAME
            and tags[end + 1].startswith("B-LOC")
        ):
            continue  # a city's department, the city tagged alone (دائرة الطيران المدني في دبي)
        # (but a chunk after و is a second body: مصلحة الطب الشرعي المصرية واللجنة الدولية للصليب الأحمر)
        joined = end < n and tags[end].startswith("B-") and tokens[end].startswith("و")
        if end < n and ((tags[end] != "O" and not joined) or key(tokens[end]).startswith("ال")):
            continue  # the name goes on (لجنة التحقيق الدولية المستقلة، جمعية أمهات + سربرنيتسا)
        if _span_type(tokens, i, end) is not None:
            continue  # a KB name, found whole by the knowledge base (المجلس التنفيذي لصندوق النقد الدولي)
        # (nor the start of a longer KB name joined by و, which the knowledge base finds whole: لجنة الجرائم
        # الاقتصادية والمالية)
        if end < n and tokens[end].startswith("و") and _span_type(tokens, i, end + 1) is not None:
            continue
        _retag(tags, "ORG", i, end)
    return tags


#: a court's chamber (غرفة الجنايات، الدائرة الجنائية): its head, and the criminal field after it, keys
_CHAMBER_HEADS = frozenset(key(w) for w in ("غرفة", "الغرفة", "دائرة", "الدائرة"))
_CHAMBER_FIELDS = frozenset(key(w) for w in ("الجنايات", "الجنائية", "الجنح", "الجنحية"))
#: the court a chamber sits in, described after it with ب (الدائرة الجنائية بالمحكمة الابتدائية), as a key;
#: and a court named by a name of its own (غرفة الجنايات بمحكمة الاستئناف في الدار البيضاء), which is the
#: body the chamber acts for (the events layer takes the court as its subject), as a key
_CHAMBER_COURT = key("بالمحكمة")
_NAMED_COURT = key("بمحكمة")
#: "competent", "charged", of a chamber for a kind of case (الدائرة الجنائية المختصة), keys
_CHAMBER_COMPETENT = frozenset(key(w) for w in ("المختصة", "المكلفة"))
#: "in", after which such a chamber's cases are named (المختصة في قضايا الإرهاب), as a key
_CHAMBER_IN = key("في")
#: "with cases of", the kind of case a chamber is charged with (المكلفة بقضايا الإرهاب), as a key; and the
#: words after which the court it sits in is named, the court the body that acts (في المحكمة الابتدائية)
_CHAMBER_CASES = key("بقضايا")
_CHAMBER_COURTS_AFTER = frozenset(key(w) for w in ("في", "بالمحكمة", "بمحكمة"))


def tag_court_chambers(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag ORG an untagged court chamber, its head and criminal field and their relational adjectives
    (``غرفة الجنايات الابتدائية``، ``الدائرة الجنائية``), with the court it sits in described after ب
    (``الدائرة الجنائية بالمحكمة الابتدائية``): the body that sentences, no field of law (the tagger alone
    cuts it to the court, or finds nothing); not before a court with a name of its own (``غرفة الجنايات
    بمحكمة الاستئناف``: the court acts)."""
    if _no_word_in(tokens, _CHAMBER_FIELDS, key):
        return tags  # (most sentences: no criminal chamber)
    n = len(tokens)
    for i in range(n - 1):
        if tags[i] != "O" or tags[i + 1] != "O" or _first_key(tokens[i]) not in _CHAMBER_HEADS:
            continue
        if key(tokens[i + 1]) not in _CHAMBER_FIELDS:
            continue
        if any(_span_type(tokens, i, k) is not None for k in range(i + 2, min(n, i + _LONG_NAME_WORDS) + 1)):
            continue  # a KB name, found whole by the KB (الدائرة الجنائية المختصة في قضايا الإرهاب)
        end = _adjectives_end(tokens, tags, i + 2, i + 2 + _NAMED_BODY_ADJECTIVES)
        if end < n and key(tokens[end]) == _NAMED_COURT:
            continue  # the court with a name of its own acts (قضت غرفة الجنايات بمحكمة الاستئناف بفاس)
        if end < n and key(tokens[end]) == _CHAMBER_COURT and tags[end] in ("O", "B-ORG"):
            court, end = end, end + 1
            while end < n and tags[end] == "I-ORG":
                end += 1  # بمحكمة الاستئناف: the court the tagger found
            if end == court + 1 and end < n and tags[end] == "O" and key(tokens[end]).startswith("ال"):
                end += 1  # بمحكمة الاستئناف untagged: the court's field
            end = _adjectives_end(tokens, tags, end, end + _NAMED_BODY_ADJECTIVES)
        elif end < n and tags[end] == "O" and key(tokens[end]) in _CHAMBER_COMPETENT:
            end += 1  # الدائرة الجنائية المختصة
            # (the kind of case after ب, its field definite, and no court after them but an annex: غرفة
            # الجنايات الاستئنافية المكلفة بقضايا الإرهاب بملحقة محكمة الاستئناف بسلا, the chamber sentences)
            if (
                end + 2 < n
                and key(tokens[end]) == _CHAMBER_CASES
                and key(tokens[end + 1]).startswith(_DEFINITE)
                and tags[end] == tags[end + 1] == "O"
                and key(tokens[end + 2]) not in _CHAMBER_COURTS_AFTER
            ):
                end += 2
            elif end < n and (tokens[end].startswith("ب") or key(tokens[end]) == _CHAMBER_IN):
                continue  # المختصة بقضايا الإرهاب في المحكمة الابتدائية: a longer name, the KB's or none
        _retag(tags, "ORG", i, end)
    return tags


#: "safety" (سلامة), a given name too, as a key, and as a set of one
_SAFETY = key("سلامة")
_SAFETY_WORDS = frozenset({_SAFETY})
#: words of guarding or concern that take the noun "safety" after them (بضمان سلامة، على سلامة), keys
_SAFETY_GUARDS = frozenset(
    key(w) for w in ("ضمان", "حماية", "على", "عن", "مسؤولية", "تعريض", "تهدد", "يهدد", "الحفاظ", "حفاظا")
)


def untag_safety_of(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Untag سلامة opening a person's name after a word of guarding or concern, or with ب or ل on it
    (``بضمان سلامة ماسرا``، ``لضمان سلامة العاملين``، ``المساس بسلامة المعارض``): the noun "safety", not
    the given name; the rest stays a name unless it is one definite word (``العاملين``، ``المعارض``)."""
    if _no_word_in(tokens, _SAFETY_WORDS):
        return tags  # (most sentences: no سلامة)
    for typ, i, j in chunk_list(tags):
        if typ != "PERS" or _first_key(tokens[i]) != _SAFETY:
            continue
        clitics = split(tokens[i]).proclitics
        if not ("ب" in clitics or "ل" in clitics or (i > 0 and _first_key(tokens[i - 1]) in _SAFETY_GUARDS)):
            continue
        if j - i == 2 and key(tokens[i + 1]).startswith("ال"):
            tags[i:j] = ["O", "O"]  # لضمان سلامة العاملين: no name
        elif j - i > 1:
            _retag(tags, "PERS", i + 1, j)  # بضمان سلامة ماسرا: whose safety
            tags[i] = "O"
        else:
            tags[i] = "O"
    return tags


#: a family, before the name of the person it is named after (عائلة جوليو ريجيني), keys
_FAMILY_HEADS = frozenset(key(w) for w in ("عائلة", "أسرة", "عائلات", "أسر"))
#: prepositions written on such a family word, that make it no subject (لعائلة، بعائلة)
_FAMILY_PREPS = frozenset("بل")


def tag_families_of_persons(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag ORG a family and the person's name right after it (``وطالبت عائلة جوليو ريجيني الحكومة``،
    ``واتهمت أسرة روسيساباجينا السلطات``): a body of its own that acts, as a family named by its surname
    is (``عائلة الجعبري``), not the person; not after ب or ل (``قدم اعتذاره لعائلة أبو زهرة``: to whom
    it is told, the person's kin)."""
    if _no_word_in(tokens, _FAMILY_HEADS):
        return tags  # (most sentences: no family)
    for typ, i, j in chunk_list(tags):
        if typ != "PERS" or i == 0 or tags[i - 1] != "O" or _first_key(tokens[i - 1]) not in _FAMILY_HEADS:
            continue
        if not set(split(tokens[i - 1]).proclitics) & _FAMILY_PREPS:
            _retag(tags, "ORG", i - 1, j)
    return tags


#: heads of a party or an alliance with no article (حزب تقدم، تحالف سائرون), keys
_PARTY_HEADS = frozenset(key(w) for w in ("حزب", "تحالف", "ائتلاف", "تيار", "كتلة"))
#: what only a definite phrase takes right after it (keys): a relative pronoun (حزب تقدم الذي يتزعمه) or a
#: party's definite adjective (تحالف سائرون الحاكم)
_DEFINITE_ONLY_NEXT = frozenset(key(w) for w in ("الذي", "التي", "المعارض", "الحاكم"))
#: how many words a party's name after its head may have (حزب رابطة عوامي)
_PARTY_NAME_WORDS = 2


def tag_parties_before_relatives(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag ORG an untagged head of a party or an alliance with no article (``حزب``، ``وتحالف``) and the one
    or two untagged words with no article nor proclitic after it (a word of running text too: ``تقدم``،
    ``سائرون``) where a relative pronoun or a party's definite adjective follows them (``حزب تقدم الذي
    يتزعمه الحلبوسي``، ``تحالف سائرون الذي``، ``حزب رابطة عوامي الذي``): only a definite phrase takes
    them, and a head before an indefinite word is definite only when the word is a name. Not a word
    ending in a pronoun (``حزب رئيسها الذي``) nor a function word."""
    if _no_word_in(tokens, _PARTY_HEADS) or _no_word_in(tokens, _DEFINITE_ONLY_NEXT, key):
        return tags  # (most sentences: no party head, or nothing after one that marks it a name)
    n = len(tokens)
    for i in range(n - 2):
        if tags[i] != "O" or _first_key(tokens[i]) not in _PARTY_HEADS or split(tokens[i]).article:
            continue
        end = i + 1
        while (
            end < min(n, i + 1 + _PARTY_NAME_WORDS)
            and tags[end] == "O"
            and _ARABIC_WORD.fullmatch(tokens[end]) is not None
            and not tokens[end].startswith(_DEFINITE)
            and _first_key(tokens[end]) == key(tokens[end])
            and not key(tokens[end]).endswith(_PRONOUN_ENDINGS)
            and key(tokens[end]) not in _NOT_NAME_WORDS
            and key(tokens[end]) not in _DEFINITE_ONLY_NEXT
        ):
            end += 1
        if end == i + 1 or end == n or tags[end] != "O" or key(tokens[end]) not in _DEFINITE_ONLY_NEXT:
            continue
        _retag(tags, "ORG", i, end)
    return tags


#: heads of a body with the article that two relational adjectives make a name of (اللجنة البارالمبية
#: الدولية، المجلس الوطني الانتخابي، الاتحاد البريدي العالمي), keys
_DEFINITE_BODY_HEADS = frozenset(
    key(w)
    for w in ("اللجنة", "المجلس", "الاتحاد", "الجمعية", "الهيئة", "الرابطة", "النادي", "المفوضية", "المنظمة")
)
#: how many relational adjectives at least make a definite head a name: one (اللجنة الفنية، المجلس
#: البلدي) describes a body more often than it names one
_DEFINITE_BODY_ADJECTIVES = 2


def tag_definite_bodies(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag ORG an untagged head of a body with the article (after و or not) and two or three untagged
    relational adjectives of its gender after it (``قررت اللجنة البارالمبية الدولية``، ``المجلس الوطني
    الانتخابي``): a body's proper name the tagger missed. Not a head with ل or ب, the genitive of a body
    before it (``الجمعية العامة للاتحاد البرلماني الدولي``); not when the name goes on past the adjectives, a
    definite or tagged word or a complement with ل or ب after the last (``اللجنة الدولية المعنية
    بالمفقودين``، ``اللجنة الوطنية الكينية لحقوق الإنسان``); not a KB name, which the knowledge base finds
    whole."""
    if _no_word_in(tokens, _DEFINITE_BODY_HEADS):
        return tags
    n, dem = len(tokens), demonym_keys()
    for i in range(n - _DEFINITE_BODY_ADJECTIVES):
        if tags[i] != "O" or _first_key(tokens[i]) not in _DEFINITE_BODY_HEADS or _genitive(tokens[i]):
            continue
        # (adjectives agree with the head: a masculine head's end at a feminine word, المجلس العسكري
        # الانتقالي المسؤولية; a nationality is the body's country, no word of its name: المجلس الرئاسي
        # الليبي)
        feminine = tokens[i].endswith(_TAA_MARBUTA)
        end = i + 1
        while (
            end < min(n, i + 1 + _NAMED_BODY_ADJECTIVES)
            and tags[end] == "O"
            and _nisba(tokens[end])
            and tokens[end].endswith(_TAA_MARBUTA) == feminine
            and key(tokens[end]) not in dem
        ):
            end += 1
        if end - i - 1 < _DEFINITE_BODY_ADJECTIVES:
            continue
        if end < n and (tags[end] != "O" or tokens[end].startswith(_DEFINITE) or _genitive(tokens[end])):
            continue
        if _span_type(tokens, i, end) is not None:
            continue
        _retag(tags, "ORG", i, end)
    return tags


#: heads of a body charged with a task, with the article (الهيئة، اللجنة), and "charged" after them, keys
_CHARGED_BODY_HEADS = frozenset(key(w) for w in ("الهيئة", "اللجنة"))
_CHARGED = key("المكلفة")


def tag_charged_bodies(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag ORG an untagged ``الهيئة`` or ``اللجنة`` with ``المكلفة`` and its task after it, a bare verbal noun
    after ب and its object, a definite word or an indefinite one and a definite one (``رفضت الحركة مقترحات
    الهيئة المكلفة بمراجعة مدونة الأسرة``): a body named by its task, which the tagger misses. Not a task
    with the article (``اللجنة المكلفة بالتحقيق في الحادثة``: a committee, described)."""
    if _no_word_in(tokens, {_CHARGED}, key):
        return tags
    n = len(tokens)
    for i in range(n - 3):
        if tags[i] != "O" or _first_key(tokens[i]) not in _CHARGED_BODY_HEADS:
            continue
        if key(tokens[i + 1]) != _CHARGED:
            continue
        task = tokens[i + 2]
        if not (task.startswith("ب") and not task.startswith("بال") and _ARABIC_WORD.fullmatch(task)):
            continue
        end = i + 3
        if end + 1 < n and not tokens[end].startswith(_DEFINITE) and tokens[end + 1].startswith(_DEFINITE):
            end += 1  # (an indefinite noun in construct: مدونة الأسرة)
        if end >= n or not tokens[end].startswith(_DEFINITE) or any(t != "O" for t in tags[i : end + 1]):
            continue
        _retag(tags, "ORG", i, end + 1)
    return tags


#: "the church" (الكنيسة), as a key, and the adjectives of a Christian denomination that make it a church as a
#: body (الكنيسة القبطية، الكنيسة الإنجيلية المشيخية), keys; a saint's adjective names a building (الكنيسة
#: البطرسية، الكنيسة المرقسية)
_CHURCH_HEAD = frozenset({key("الكنيسة")})
_DENOMINATIONS = frozenset(
    key(w)
    for w in (
        *("القبطية", "الأرثوذكسية", "الارثوذكسية", "الكاثوليكية", "الإنجيلية", "الانجيلية", "البروتستانتية"),
        *("المارونية", "الأنجليكانية", "الانجليكانية", "الأنغليكانية", "اللوثرية", "المشيخية", "الأرمنية"),
        *("السريانية", "الكلدانية", "الآشورية", "الأشورية", "المعمدانية", "الميثودية", "الأسقفية"),
    )
)


def church_body(name: str) -> bool:
    """The name opens with ``الكنيسة`` and a denomination (``الكنيسة القبطية الأرثوذكسية``): a body, not
    the facility its head names."""
    words = name.split()
    return len(words) > 1 and _first_key(words[0]) in _CHURCH_HEAD and key(words[1]) in _DENOMINATIONS


def tag_churches(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag ORG an untagged ``الكنيسة`` (after و or not, not after ل or ب) before an untagged adjective of a
    denomination, with the relational adjectives after it, its nationality among them (``أشادت الكنيسة
    القبطية الأرثوذكسية``، ``والكنيسة الأرثوذكسية الإثيوبية التوحيدية``): a church as a body, an actor.
    Not a church a saint's adjective names (``الكنيسة البطرسية``), a building."""
    if _no_word_in(tokens, _CHURCH_HEAD):
        return tags
    for i in range(len(tokens) - 1):
        if (
            tags[i] != "O"
            or _genitive(tokens[i])
            or tags[i + 1] != "O"
            or not church_body(f"{tokens[i]} {tokens[i + 1]}")
        ):
            continue
        end = _adjectives_end(tokens, tags, i + 2, i + 2 + _NAMED_BODY_ADJECTIVES)
        if _span_type(tokens, i, end) is None:
            _retag(tags, "ORG", i, end)
    return tags


#: "the group" (الفريق) and "working" (العامل), as keys, that with an adjective of the world body between them
#: or not (الفريق الأممي العامل) and "concerned with" after them (المعني) open the name of a working group of
#: the United Nations; that adjective, and the one word of "or" and "non-" its field may hold, as keys
_WORKING_GROUP_HEAD = key("الفريق")
_WORKING = key("العامل")
_WORKING_GROUP_ADJECTIVES = frozenset(key(w) for w in ("الأممي", "الدولي"))
_CONCERNED = frozenset(key(w) for w in ("المعني", "المعنية"))
_FIELD_LINKS = frozenset(key(w) for w in ("أو", "غير"))
#: how many words the field after "concerned with" may run (بحالات الاختفاء القسري أو غير الطوعي)
_WORKING_GROUP_FIELD = 6


def tag_working_groups(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag ORG an untagged ``الفريق العامل`` (``الفريق الأممي العامل``; after و, ل or not) before
    ``المعني``, with its field: the word with ب after it and the definite words, "or" and "non-" that go on
    with it (``طالب الفريق العامل المعني بحالات الاختفاء القسري أو غير الطوعي``، ``للفريق العامل المعني
    بالاحتجاز التعسفي``): a working group of the United Nations, a body whose name is made of ordinary
    words. The field ends at a tagged word, a word without the article or with ل or ب, or what the group
    belongs to (``التابع للأمم المتحدة``). Not the group with no "concerned with", a team at
    work (``الفريق العامل في المستشفى``)."""
    if _no_word_in(tokens, {_WORKING}, key):
        return tags
    n = len(tokens)
    for i in range(n - 3):
        if tags[i] != "O" or _first_key(tokens[i]) != _WORKING_GROUP_HEAD:
            continue
        j = i + 1
        if key(tokens[j]) in _WORKING_GROUP_ADJECTIVES and tags[j] == "O":
            j += 1
        if j + 2 > n or tags[j] != "O" or key(tokens[j]) != _WORKING:
            continue
        j += 1
        if tags[j] != "O" or key(tokens[j]) not in _CONCERNED:
            continue
        end = j + 1
        if end >= n or tags[end] != "O" or "ب" not in split(tokens[end]).proclitics:
            continue
        end += 1
        while (
            end < min(n, j + 1 + _WORKING_GROUP_FIELD)
            and tags[end] == "O"
            and _ARABIC_WORD.fullmatch(tokens[end]) is not None
            and (
                key(tokens[end]) in _FIELD_LINKS
                or (split(tokens[end]).article and not _genitive(tokens[end]))
            )
            and not tokens[end].startswith("التابع")
        ):
            end += 1
        while key(tokens[end - 1]) in _FIELD_LINKS:
            end -= 1  # (no name ends at "or")
        _retag(tags, "ORG", i, end)
    return tags


#: "for the sake of" (من أجل), as keys: a body's name may go on with it to the cause the body stands for
#: (منظمة محامون من أجل الحرية، الرابطة الوطنية من أجل الديمقراطية)
_FOR = key("من")
_SAKE = key("أجل")
_FOR_SAKE = frozenset({_SAKE})
#: heads of a body whose name a cause after من أجل ends, a word or two after them (منظمة أطباء، الرابطة
#: الوطنية), as keys, with and without the article
_CAUSE_BODY_HEADS = frozenset(
    key(a + w)
    for w in ("منظمة", "مجموعة", "حركة", "حزب", "رابطة", "جمعية", "تحالف", "ائتلاف", "اتحاد", "تجمع", "معهد")
    for a in ("", "ال")
)
#: how many words the cause may run (من أجل الديمقراطية وحقوق الإنسان)
_CAUSE_WORDS = 4
#: how many words an organisation's chunk before the cause may have (حزب الاتحاد، معهد البحث): a longer
#: one is a name of its own (and the cause what it acts for)
_CAUSE_BODY_WORDS = 3


def _cause_end(tokens: Sequence[str], tags: Sequence[str], start: int) -> int:
    """Where the cause that opens at ``start``, after من أجل, ends: definite words (after و or not, not
    after ل or ب), an indefinite word first or after و before one, opening a construct (``حقوق
    الإنسان``); ``start`` for none."""
    end = last = start
    n = len(tokens)
    while end < min(n, start + _CAUSE_WORDS) and tags[end] == "O" and _ARABIC_WORD.fullmatch(tokens[end]):
        sp = split(tokens[end])
        if sp.article and sp.proclitics in ("", "و"):
            end += 1
            last = end
        elif (
            not sp.article
            and (end == start or sp.proclitics == "و")
            and sp.proclitics in ("", "و")
            and end + 1 < n
            and tags[end + 1] == "O"
            and split(tokens[end + 1]).article
            and not split(tokens[end + 1]).proclitics
        ):
            end += 1
        else:
            break
    return last


def extend_bodies_to_causes(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Extend an organisation's short chunk that opens on a body's head and is no KB name, or tag ORG
    an untagged such head and the word after it, over من أجل and the cause right after it (``منظمة
    محامون من أجل الحرية``، ``الرابطة الوطنية من أجل الديمقراطية``، ``حزب الاتحاد + من أجل
    الديمقراطية والتقدم``): a body named for what it stands for, its name made of ordinary words. Not
    after a KB name, whole already (``تعمل الأمم المتحدة من أجل السلام``: what it acts for)."""
    if _no_word_in(tokens, _FOR_SAKE, key):
        return tags  # (most sentences: no من أجل)
    n = len(tokens)
    for k in range(1, n - 2):
        if key(tokens[k]) != _FOR or key(tokens[k + 1]) != _SAKE or tags[k] != "O" or tags[k + 1] != "O":
            continue
        if tags[k - 1] in ("B-ORG", "I-ORG"):
            i = k - 1
            while i > 0 and tags[i] == "I-ORG":
                i -= 1
            if (
                k - i > _CAUSE_BODY_WORDS
                or _first_key(tokens[i]) not in _CAUSE_BODY_HEADS
                or _span_type(tokens, i, k) is not None
            ):
                continue
        else:
            # (a head and the one word after it: a head alone is one told before, ودعت المنظمة من أجل;
            # a definite one, before a definite cause only: المنظمة الدولية + من أجل وقف القتال)
            i = k - 2
            if (
                i < 0
                or tags[i] != "O"
                or tags[i + 1] != "O"
                or _first_key(tokens[i]) not in _CAUSE_BODY_HEADS
                or _genitive(tokens[i])
                or _genitive(tokens[i + 1])
                or _ARABIC_WORD.fullmatch(tokens[i + 1]) is None
                or (split(tokens[i]).article and not split(tokens[k + 2]).article)
            ):
                continue
        end = _cause_end(tokens, tags, k + 2)
        if end > k + 2:
            _retag(tags, "ORG", i, end)
    return tags


#: "the council" (المجلس), as a key, and the adjectives that make it a town's or a village's council, the
#: actor the town's news names (المجلس البلدي، المجلس المحلي، المجلس الجماعي، المجلس القروي), keys
_COUNCIL_HEAD = frozenset({key("المجلس")})
_LOCAL_COUNCIL_ADJECTIVES = frozenset(key(w) for w in ("البلدي", "المحلي", "الجماعي", "القروي"))
#: the seat of such a council, a place before it where people gather (أمام مقر المجلس البلدي), keys
_COUNCIL_SEATS = frozenset(key(w) for w in ("مقر", "مبنى", "مقار", "قاعة"))
#: the tags a town's name after such a council may carry: none, or a place's or a lone word's the tagger
#: misread (المجلس المحلي تاورغاء)
_COUNCIL_PLACE_TAGS = frozenset({"O", "B-LOC", "B-GPE", "B-PERS"})


def tag_local_councils(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag ORG an untagged ``المجلس`` (after و or not, not after ل or ب) before an untagged adjective of a
    town's or village's council (``رفض المجلس البلدي مقترحا``، ``المجلس الجماعي لفجيج``، ``وقع المجلس
    البلدي مصراتة والمجلس المحلي تاورغاء``): the council, with the one-word KB place after it (with ل or
    not) or the one word the tagger read as a place or a person there: its town's name. Not after its seat
    (``أمام مقر المجلس البلدي``), a place where people gather."""
    if _no_word_in(tokens, _COUNCIL_HEAD):
        return tags
    n = len(tokens)
    for i in range(n - 1):
        if (
            tags[i] != "O"
            or tags[i + 1] != "O"
            or _first_key(tokens[i]) not in _COUNCIL_HEAD
            or _genitive(tokens[i])
            or key(tokens[i + 1]) not in _LOCAL_COUNCIL_ADJECTIVES
            or (i > 0 and _first_key(tokens[i - 1]) in _COUNCIL_SEATS)
        ):
            continue
        end = i + 2
        if (
            end < n
            and tags[end] in _COUNCIL_PLACE_TAGS
            and (end + 1 == n or not tags[end + 1].startswith("I-"))
            and (tags[end] != "O" or _span_type(tokens, end, end + 1) == "LOC")
        ):
            end += 1
        _retag(tags, "ORG", i, end)
    return tags


#: heads of a body named after a group of people (رابطة أهالي كفرنبودة، تجمع تجار السوق القديم), keys
_PEOPLE_BODY_HEADS = _NAMED_BODY_HEADS | frozenset(key(w) for w in ("تجمع", "اتحاد", "حركة", "منظمة"))
#: those and a network or congress, which a group of people after them names too (شبكة أطباء السودان،
#: مؤتمر عمال جنوب أفريقيا) but spelt letters do not (شبكة بي إن سبورتس, a KB name), keys
_PEOPLE_GROUP_HEADS = _PEOPLE_BODY_HEADS | frozenset(key(w) for w in ("شبكة", "مؤتمر"))
#: a group of people in the construct state, whom such a body stands for (ضحايا، أهالي، متقاعدي), keys
_PEOPLE_CONSTRUCTS = frozenset(
    key(w)
    for w in (
        *("أهالي", "أهل", "عائلات", "أسر", "ذوي", "ضحايا", "سكان", "تجار", "أصحاب", "متقاعدي", "أعيان"),
        *("مشايخ", "شيوخ", "وجهاء", "أمهات", "آباء", "أولياء", "عمال", "موظفي", "معلمي", "أساتذة", "طلاب"),
        *("طلبة", "خريجي", "مزارعي", "فلاحي", "صيادي", "سائقي", "أطباء", "صيادلة", "محامي", "صحفيي"),
        *("مهندسي", "ناشطي", "نشطاء", "شباب", "نساء", "أبناء", "مواطني", "معتقلي", "أسرى", "مفقودي"),
        *("جرحى", "مصابي", "نازحي", "لاجئي", "مهجري", "مستأجري", "ملاك", "مالكي", "متضرري", "مودعي"),
        *("مساهمي", "مستثمري", "منتجي", "مصدري", "مستوردي", "عاطلي", "حاملي", "مربي", "رجال", "قدامى"),
    )
)
#: how many nouns in the construct state may stand between the group and the end of the name (لجنة أهالي
#: ضحايا غرق العبارة)
_PEOPLE_CHAIN = 2


def _people_name_end(tokens: Sequence[str], tags: Sequence[str], k: int, definite: bool) -> int | None:
    """Where the genitive chain after a group of people from token ``k`` on ends the body's name: at a
    tagged name (``تجار`` + ``سيدي بوزيد``), a word the tagger does not know (``كفرنبودة``) or, with
    ``definite``, a definite word and its relational adjectives (``الشمال السوري``), a noun or two in the
    construct state before it (``سكان حي كفرنبودة``); None when the chain ends on none of them."""
    n = len(tokens)
    nouns = 0
    while k < n and nouns <= _PEOPLE_CHAIN:
        token = tokens[k]
        if tags[k].startswith("B-"):
            end = k + 1
            while end < n and tags[end].startswith("I-"):
                end += 1
            if tags[k] == "B-PERS" and (
                given := next((m for m in range(k + 1, end) if is_given_name(tokens[m])), None)
            ):
                # جمعية أمهات + سربرنيتسا منيرة سوباشيتش: a person chunk the tagger ran on from the place
                # into the name of whoever heads the body; the body ends before her given name
                return given
            return _adjectives_end(tokens, tags, end, end + _NAMED_BODY_ADJECTIVES)
        if tags[k] != "O" or _ARABIC_WORD.fullmatch(token) is None or _first_key(token) != key(token):
            if token.startswith("و") and key(token[1:]) in _PEOPLE_CONSTRUCTS and tags[k] == "O":
                k += 1  # another group joined to the first (أعيان وشيوخ)
                continue
            return None
        if token.startswith("ال"):
            return _adjectives_end(tokens, tags, k + 1, k + 1 + _NAMED_BODY_ADJECTIVES) if definite else None
        if key(token) in _NOT_NAME_WORDS or key(token) in _CLAUSE_TIME_WORDS:
            return None
        if not _tagger_knows(token):
            if not definite and k + 1 < n and tags[k + 1] == "O" and tokens[k + 1].startswith("ال"):
                return None  # the chain goes on to a definite word (جمعية سكان حي كفرنبودة الجديد)
            return k + 1
        nouns += 1
        k += 1
    return None


def _people_body_head(tokens: Sequence[str], tags: Sequence[str], i: int) -> bool:
    """Token ``i`` is an untagged head of a kind of body of people with no article (whatever its
    proclitics: ``لرابطة``، ``وحركة``), before an untagged word."""
    return (
        tags[i] == "O"
        and tags[i + 1] == "O"
        and _first_key(tokens[i]) in _PEOPLE_GROUP_HEADS
        and not split(tokens[i]).article
    )


def tag_bodies_of_people(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """An untagged head of a kind of body with no article (whatever its proclitics) before a group of people
    in the construct state and the genitive chain that says whose (``رابطة أهالي كفرنبودة``، ``تنسيقية تجار
    سيدي بوزيد``، ``حراك متقاعدي الشمال السوري``، ``تجمع أعيان وشيوخ المنطقة الشرقية``): the body's name, an
    organisation, a tagged name in the chain with it. A chain that ends on a definite word after a head the
    knowledge base's construct chains read is left to them, which know the nouns and adjectives after it
    (``رابطة موظفي الإدارة العامة``، ``نقابة أصحاب المخابز والأفران``)."""
    from khabar.kb.agents import construct_heads  # the agents module imports this one

    if _no_word_in(tokens, _PEOPLE_GROUP_HEADS):
        return tags  # (most sentences: no head of a body of people)
    n = len(tokens)
    for i in range(n - 2):
        if not _people_body_head(tokens, tags, i) or key(tokens[i + 1]) not in _PEOPLE_CONSTRUCTS:
            continue
        definite = _first_key(tokens[i]) not in construct_heads()
        if (end := _people_name_end(tokens, tags, i + 2, definite)) is not None:
            _retag(tags, "ORG", i, end)
            if end < n and tags[end].startswith("I-"):
                tags[end] = "B-" + tags[end][2:]  # (the person after the body, cut from it)
    return tags


#: the endings of a sound masculine plural (الصيادين، المعلمون) and of a relational adjective's (الحرفيين،
#: المصريون), keys
_SOUND_PLURALS = (key("ين"), key("ون"))
_NISBA_PLURALS = (key("يين"), key("يون"))


def _definite_people(token: str) -> bool:
    """The token is a trade's people with the article and no other proclitic, in the sound masculine
    plural (``الصيادين``، ``المعلمون``): one of :data:`_PEOPLE_CONSTRUCTS`, not in the construct state. A
    broken plural is left alone: it names a body's people less often (``حركة الشباب``)."""
    if not token.startswith(_DEFINITE):
        return False
    stem = key(token)[len(_DEFINITE) :]
    return stem.endswith(_SOUND_PLURALS) and stem[:-2] + key("ي") in _PEOPLE_CONSTRUCTS


def _plural_adjectives_end(tokens: Sequence[str], tags: Sequence[str], start: int) -> int:
    """Where the untagged plural relational adjectives or nationalities (``الحرفيين``، ``المصريين``،
    ``البلجيكي``) from token ``start`` on end, :data:`_NAMED_BODY_ADJECTIVES` at most; no singular
    feminine noun in ية, which is no adjective of people (``المسؤولية``)."""
    end, dem = start, demonym_keys()
    while (
        end < min(len(tokens), start + _NAMED_BODY_ADJECTIVES)
        and tags[end] == "O"
        and tokens[end].startswith(_DEFINITE)
        and (key(tokens[end]).endswith(_NISBA_PLURALS) or key(tokens[end]) in dem)
    ):
        end += 1
    return end


#: a chamber's head and the trades it is of (غرفة تجارة وصناعة أربيل), keys
_CHAMBER = key("غرفة")
_CHAMBER_TRADES = frozenset(key(w) for w in ("تجارة", "وصناعة", "صناعة", "وزراعة", "زراعة", "وتجارة"))
_CHAMBERS = frozenset({_CHAMBER})


def tag_chambers_of_commerce(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """An untagged ``غرفة`` with no article, its trades with none (تجارة، وصناعة) and the place tagged
    after them (``انتقدته غرفة تجارة وصناعة أربيل``، ``غرفة تجارة دبي``): the chamber of commerce named
    after its town, an organisation, the place with it."""
    if _no_word_in(tokens, _CHAMBERS):
        return tags  # (most sentences: no chamber)
    n = len(tokens)
    for i in range(n - 2):
        if tags[i] != "O" or _first_key(tokens[i]) != _CHAMBER or split(tokens[i]).article:
            continue
        j = i + 1
        while j < n and tags[j] == "O" and key(tokens[j]) in _CHAMBER_TRADES:
            j += 1
        if j == i + 1 or j >= n or tags[j] != "B-LOC":
            continue
        _retag(tags, "ORG", i, _chunk_end(tags, j))
    return tags


def tag_bodies_of_trades(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """A head of a body of people with no article (whatever its proclitics) before a trade's people with
    the article and one to three relational adjectives after them (``تجمع الصيادين الحرفيين``، ``نقابة
    المهندسين الزراعيين``، ``اتحاد المزارعين البلجيكيين``): the body's name, an organisation, the adjectives
    with it; untagged, or the head and the people alone a chunk the tagger cut before the adjectives. With
    no adjective the trade's people describe a body more often than they name one (``نقابة المعلمين``); a
    KB name is left to the knowledge base."""
    if _no_word_in(tokens, _PEOPLE_GROUP_HEADS):
        return tags  # (most sentences: no head of a body of people)
    n = len(tokens)
    for i in range(n - 2):
        if (
            _first_key(tokens[i]) not in _PEOPLE_GROUP_HEADS
            or split(tokens[i]).article
            or not _definite_people(tokens[i + 1])
        ):
            continue
        cut = tags[i] == "B-ORG" and tags[i + 1] == "I-ORG" and tags[i + 2] == "O"
        if not (cut or tags[i] == tags[i + 1] == "O"):
            continue
        end = _plural_adjectives_end(tokens, tags, i + 2)
        if end == i + 2 or (end < n and (tags[end].startswith("I-") or key(tokens[end]) == _WITHOUT)):
            continue  # (the name goes on: حركة العمال الريفيين بلا أرض, tag_bodies_without's)
        if _span_type(tokens, i, end) is not None or _span_type(tokens, i, i + 2) is not None:
            continue  # (a KB name, the adjectives after it no part of it)
        _retag(tags, "ORG", i, end)
    return tags


#: a province's word with no article (ولاية، محافظة), keys: after a feminine verb, the province's
#: authority that acts (فرضت ولاية إسطنبول حظرا), no place
_PROVINCE_WORDS = frozenset(key(w) for w in ("ولاية", "محافظة"))


def tag_acting_provinces(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """A province's word with no article nor proclitic right after a feminine verb of speech or of an
    event, both untagged, and a place's name after it, a direction word before the name or not (``وفرضت
    ولاية إسطنبول حظرا``، ``وفرضت محافظة شمال سيناء حظرا للتجوال``، ``وأمهلت ولاية إسطنبول السوريين``):
    the province's authority, the verb's subject, an organisation with the place's name. A province told
    after a preposition or as an object is the place (``إلى محافظة إدلب``)."""
    if _no_word_in(tokens, _PROVINCE_WORDS, key):
        return tags  # (most sentences: no province)
    n, verbs = len(tokens), _feminine_verbs()
    for i in range(1, n - 1):
        if tags[i] != "O" or tags[i - 1] != "O" or key(tokens[i]) not in _PROVINCE_WORDS:
            continue
        if _first_key(tokens[i - 1]) not in verbs:
            continue
        j = i + 1
        if tags[j] == "O" and key(tokens[j]) in _DIRECTION_KEYS:
            j += 1  # (محافظة شمال سيناء)
        if j >= n or tags[j] != "B-LOC":
            continue
        _retag(tags, "ORG", i, _chunk_end(tags, j))
    return tags


#: "without" (بلا), which with the thing a group of people lacks closes a body's name (حركة العمال بلا
#: مأوى), as a key
_WITHOUT = key("بلا")


def tag_bodies_without(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """An untagged head of a body of people with no article (whatever its proclitics) before a group of
    people with the article, a definite word or two describing it, ``بلا`` and what the group lacks,
    indefinite (``حركة العمال بلا مأوى``، ``حركة العمال الريفيين بلا أرض``): the body's name, an
    organisation."""
    if _no_word_in(tokens, _PEOPLE_GROUP_HEADS):
        return tags  # (most sentences: no head of a body of people)
    n = len(tokens)
    for i in range(n - 3):
        if (
            not _people_body_head(tokens, tags, i)
            or not tokens[i + 1].startswith(_DEFINITE)
            or key(tokens[i + 1])[len(_DEFINITE) :] not in _PEOPLE_CONSTRUCTS
        ):
            continue  # (a thing is no group: استمرت حركة الملاحة بلا توقف)
        k = i + 2
        while (
            k < min(n, i + 2 + _NAMED_BODY_ADJECTIVES) and tags[k] == "O" and tokens[k].startswith(_DEFINITE)
        ):
            k += 1
        if (
            k + 1 < n
            and key(tokens[k]) == _WITHOUT
            and tags[k] == tags[k + 1] == "O"
            and _ARABIC_WORD.fullmatch(tokens[k + 1]) is not None
            and not tokens[k + 1].startswith(_DEFINITE)
        ):
            _retag(tags, "ORG", i, k + 2)
    return tags


#: Latin letters spelt in Arabic, which with a number or another letter name a body (حركة إم 18، تحالف جي
#: 7، شركة تي إم أو); أو ("or") only after another letter, keys
_SPELT_LETTERS = frozenset(
    key(w)
    for w in (
        *("إيه", "بي", "سي", "دي", "إي", "إف", "جي", "إتش", "آي", "جاي", "كيه", "إل", "إم", "إن", "كيو"),
        *("آر", "إس", "تي", "يو", "دبليو", "إكس", "واي", "زد"),
    )
)
_OR = key("أو")
#: how many spelt letters such a name may have
_SPELT_NAME_LETTERS = 4


def tag_lettered_bodies(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """An untagged head of a kind of body or ``شركة`` with no article (whatever its proclitics) before
    Latin letters spelt in Arabic and a number, or two letters or more (``حركة إم 18``، ``تحالف جي 7``،
    ``شركة تي إم أو``): the body's name, an organisation, with the relational adjectives after it
    (``مجموعة إتش 3 الكويتية``). The article written apart before a number reads as the letter إل
    (``مجموعة الـ 24``)."""
    firsts = _first_keys(tuple(tokens))
    if _COMPANY not in firsts and firsts.isdisjoint(_PEOPLE_BODY_HEADS):
        return tags  # (most sentences: no such head)
    n = len(tokens)
    for i in range(n - 2):
        head = _first_key(tokens[i])
        if (
            tags[i] != "O"
            or (head not in _PEOPLE_BODY_HEADS and head != _COMPANY)
            or split(tokens[i]).article
        ):
            continue
        end = i + 1
        while (
            end < min(n, i + 1 + _SPELT_NAME_LETTERS)
            and tags[end] == "O"
            and (key(tokens[end]) in _SPELT_LETTERS or (end > i + 1 and key(tokens[end]) == _OR))
        ):
            end += 1
        if end < n and end > i + 1 and tokens[end].isdigit():
            end += 1
        elif end - i <= 2:
            continue  # one letter and no number: a word (مجموعة بي: a group of ...)
        _retag(tags, "ORG", i, _adjectives_end(tokens, tags, end, end + _NAMED_BODY_ADJECTIVES))
    return tags


def join_spelt_letters(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Latin letters spelt in Arabic, two or more, أو between them only after a letter, that the tagger
    tagged in part (``إس`` + ``أو`` + ``إس``): one name, of the type the tagger gave its first tagged
    letter, with a word the tagger never saw right after them (``وانتقدت إس أو إس ميديتيرانيه القرار``:
    SOS Méditerranée)."""
    if _no_word_in(tokens, _SPELT_LETTERS, key):
        return tags  # (most sentences: no spelt letter)
    n = len(tokens)
    i = 0
    while i < n:
        if key(tokens[i]) not in _SPELT_LETTERS:
            i += 1
            continue  # (most words: no run of spelt letters opens there)
        end = i
        while end < min(n, i + _SPELT_NAME_LETTERS + 2) and (
            key(tokens[end]) in _SPELT_LETTERS or (end > i and key(tokens[end]) == _OR)
        ):
            end += 1
        while end > i and key(tokens[end - 1]) == _OR:
            end -= 1
        letters = sum(key(t) in _SPELT_LETTERS for t in tokens[i:end])
        if letters < 2 or all(t == "O" for t in tags[i:end]):
            i = max(end, i + 1)
            continue
        if (
            end < n
            and tags[end] == "O"
            and _ARABIC_WORD.fullmatch(tokens[end]) is not None
            and not tokens[end].startswith("ال")
            and _first_key(tokens[end]) == key(tokens[end])
            and key(tokens[end]) not in demonym_keys()
            and not _tagger_knows(tokens[end])
        ):
            end += 1
        if end < n and tags[end].startswith("I-"):
            i = end
            continue  # (part of a longer name: leave it)
        if tags[i].startswith("I-"):
            # (the rest of a name the tagger opened before them: لمنظمة إس أو إس ميديتيرانيه)
            tags[i + 1 : end] = [tags[i]] * (end - i - 1)
        else:
            # (of the type the tagger gave its first tagged letter: ملعب إف إن بي, a facility's name)
            _retag(tags, next(t[2:] for t in tags[i:end] if t != "O"), i, end)
        i = end
    return tags


#: the heads of a unit or department named for what it fights (وحدة مكافحة الاتجار بالبشر، إدارة مكافحة
#: المخدرات، شعبة مكافحة الإرهاب), keys, and "combating"
_COMBAT_UNIT_HEADS = frozenset(key(w) for w in ("وحدة", "إدارة", "ادارة", "دائرة", "شعبة", "قسم", "مديرية"))
_COMBATING = frozenset({key("مكافحة")})
#: "against", between what such a unit fights and whom it is done to (وحدة مكافحة العنف ضد المرأة), key
_AGAINST = key("ضد")


def tag_combat_units(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """An untagged unit or department head before ``مكافحة`` and a definite noun, untagged (``وكانت وحدة
    مكافحة الاتجار بالبشر قد ألقت القبض``): the unit's name, an organisation, with a noun after ب and
    the relational adjectives after it (``بالبشر``، ``إدارة مكافحة المخدرات الأمريكية``)."""
    if _no_word_in(tokens, _COMBATING, key):
        return tags  # (most sentences: no word of combating)
    n = len(tokens)
    for i in range(n - 2):
        if (
            tags[i] != "O"
            or key(tokens[i]) not in _COMBAT_UNIT_HEADS
            or key(tokens[i + 1]) not in _COMBATING
            or tags[i + 1] != "O"
            or tags[i + 2] != "O"
            or not tokens[i + 2].startswith("ال")
        ):
            continue
        end = i + 3
        if end < n and tags[end] == "O" and tokens[end].startswith("بال"):
            end += 1  # الاتجار بالبشر
        elif (
            end + 1 < n
            and key(tokens[end]) == _AGAINST
            and tags[end] == tags[end + 1] == "O"
            and tokens[end + 1].startswith("ال")
        ):
            end += 2  # العنف ضد المرأة
        _retag(tags, "ORG", i, _adjectives_end(tokens, tags, end, end + _NAMED_BODY_ADJECTIVES))
    return tags


#: an army's units with the article, named by a number or an ordinal after them (الكتيبة 128، اللواء
#: الثامن، الفرقة السابعة عشرة), keys: masculine and feminine, whose ordinal agrees with them; a general's
#: rank (اللواء) is followed by a name, never by a number
_NUMBERED_UNITS = frozenset(key(w) for w in ("اللواء", "الفيلق"))
_NUMBERED_UNITS_F = frozenset(key(w) for w in ("الكتيبة", "الفرقة"))
_FEMININE_ORDINALS = frozenset(
    key(w)
    for w in (
        *("الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة"),
        *("العاشرة", "الحادية"),
    )
)
_TEN_F = key("عشرة")
#: the army or forces a unit belongs to, after في (الفرقة الثامنة في الجيش العراقي), keys
_ARMIES = frozenset(key(w) for w in ("الجيش", "القوات"))


def tag_numbered_units(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag ORG an untagged unit with the article before an untagged number in digits or an ordinal of its
    gender (``أن الكتيبة 128 داهمت``، ``أعلن اللواء الثامن حل نفسه``، ``وحدات من الفرقة السابعة عشرة``),
    the teens' ``عشر`` with it: the unit's name, an actor the tagger misses."""
    if _no_word_in(tokens, _NUMBERED_UNITS) and _no_word_in(tokens, _NUMBERED_UNITS_F):
        return tags  # (most sentences: no unit)
    n = len(tokens)
    for i in range(n - 1):
        head = _first_key(tokens[i])
        if tags[i] != "O" or tags[i + 1] != "O":
            continue
        if head in _NUMBERED_UNITS:
            ordinals, ten = _ORDINALS, _TEN
        elif head in _NUMBERED_UNITS_F:
            ordinals, ten = _FEMININE_ORDINALS, _TEN_F
        else:
            continue
        nxt = tokens[i + 1]
        if nxt.isdigit():
            end = i + 2
        elif key(nxt) in ordinals:
            end = i + 3 if i + 2 < n and tags[i + 2] == "O" and key(tokens[i + 2]) == ten else i + 2
        else:
            continue
        if _span_type(tokens, i, end) is not None:
            continue  # (a KB unit is found whole by the knowledge base)
        if (
            end + 1 < n
            and key(tokens[end]) == _IN_NAME
            and key(tokens[end + 1]) in _ARMIES
            and tags[end] == "O"
            and tags[end + 1] in ("O", "B-ORG")
        ):
            # the army it is a unit of, one actor with it (الفرقة الثامنة في الجيش العراقي)
            end = _adjectives_end(tokens, ["O"] * n, end + 2, end + 2 + _NAMED_BODY_ADJECTIVES)
            if end < n and tags[end].startswith("I-"):
                continue
        _retag(tags, "ORG", i, end)
    return tags


#: plural words for armed units that head a group's name (كتائب حزب الله، سرايا القدس، ألوية الناصر صلاح
#: الدين، ميليشيا الحوثي), keys
_ARMED_UNIT_HEADS = frozenset(
    key(w) for w in ("كتائب", "سرايا", "ألوية", "ميليشيا", "مليشيا", "ميليشيات", "مليشيات")
)
#: heads of a liberation group's name, which a place, the land to free, ends (جيش تحرير بلوشستان، جبهة
#: تحرير مورو), keys
_LIBERATION_HEADS = frozenset(key(w) for w in ("جيش", "جبهة", "حركة", "منظمة", "قوات"))
_LIBERATION = key("تحرير")


#: singular words for an army's units, with no article, that open a unit's name (لواء غولاني، كتيبة
#: جنين، فرقة العباس القتالية), keys; with the article or before a given name, لواء is a general's rank
#: (اللواء خليفة حفتر، لواء محمد)
_SINGLE_UNIT_HEADS = frozenset(key(w) for w in ("لواء", "كتيبة", "فرقة"))
#: words that follow a rank, not a unit's name (لواء ركن، لواء متقاعد), keys
_RANK_FOLLOWERS = frozenset(key(w) for w in ("ركن", "متقاعد", "طيار", "بحري", "مهندس", "دكتور", "الركن"))


def _unit_name(tokens: Sequence[str], i: int) -> bool:
    """Token ``i`` is a singular unit's word with no article (``لواء``، ``ولواء``) before a word that is
    neither a given name nor one that follows a rank: the chunk from it is a unit's name, no general's."""
    return (
        _first_key(tokens[i]) in _SINGLE_UNIT_HEADS
        and not split(tokens[i]).article
        and not is_given_name(tokens[i + 1])
        and key(tokens[i + 1]) not in _RANK_FOLLOWERS
    )


def retype_armed_group_names(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """A person's or a thing's chunk of two words or more that a plural word for armed units opens
    (``ألوية الناصر صلاح الدين``), or a singular one with no article and no given name after it (``لواء
    غولاني``، a brigade read as a general), or that follows a liberation group's head and ``تحرير``
    untagged (``جيش تحرير بلوشستان``، the land to free read as a person), is an armed group's name: an
    organisation, the head words with it."""
    for typ, i, j in chunk_list(tags):
        if typ not in ("PERS", "MISC"):
            continue
        if j - i > 1 and (_first_key(tokens[i]) in _ARMED_UNIT_HEADS or _unit_name(tokens, i)):
            _retag(tags, "ORG", i, j)
        elif (
            i > 1
            and tags[i - 2] == tags[i - 1] == "O"
            and key(tokens[i - 1]) == _LIBERATION
            and _first_key(tokens[i - 2]) in _LIBERATION_HEADS
        ):
            if typ == "PERS" and j - i >= _LAND_AND_LEADER and _is_country(tokens[i]):
                # a country, the land to free, and two words or more after it: the group's leader named
                # after its name (رئيس حركة تحرير السودان عبد الواحد محمد نور), a person of his own
                _retag(tags, "ORG", i - 2, i + 1)
                _retag(tags, "PERS", i + 1, j)
            else:
                _retag(tags, "ORG", i - 2, j)
    return tags


#: the fewest words of a person chunk that opens on a liberation group's country and goes on to name its
#: leader (السودان عبد الواحد: the country and a name of two words at least)
_LAND_AND_LEADER = 3


#: heads of a body named after a person, with no article (مؤسسة محمد الخامس للتضامن، مركز الملك سلمان
#: للإغاثة، صندوق زايد للتنمية), keys
_PERSON_NAMED_BODIES = frozenset(key(w) for w in ("مؤسسة", "مركز", "صندوق", "جمعية", "معهد", "أكاديمية"))


def _purpose_end(tokens: Sequence[str], tags: Sequence[str], k: int) -> int | None:
    """Where what a body is for ends from token ``k`` on: an untagged word with ل and no article or with
    لل (``للتضامن``، ``لتنمية``), its relational adjectives and one more word joined by و with its own
    (``للإغاثة والأعمال الإنسانية``); None when token ``k`` is no such word."""
    n = len(tokens)
    if k >= n or tags[k] != "O" or _ARABIC_WORD.fullmatch(tokens[k]) is None:
        return None
    if not (tokens[k].startswith(_LIL) or "ل" in split(tokens[k]).proclitics):
        return None
    end = _adjectives_end(tokens, tags, k + 1, k + 1 + _NAMED_BODY_ADJECTIVES)
    if end < n and tags[end] == "O" and tokens[end].startswith("وال") and len(tokens[end]) > 4:
        end = _adjectives_end(tokens, tags, end + 1, end + 1 + _NAMED_BODY_ADJECTIVES)
    return end


def tag_bodies_named_after_persons(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """An untagged head of a body with no article (``مؤسسة``، ``مركز``) before a person's name and what the
    body is for, with ل (``وقدمت مؤسسة محمد الخامس للتضامن مساعدات``، ``مركز محمد بن راشد للفضاء``): the
    body named after the person, an organisation, not the person. Without what it is for the person may be
    whoever the head's place or post is told of (``مركز حسن نصر الله``)."""
    if _no_word_in(tokens, _PERSON_NAMED_BODIES):
        return tags  # (most sentences: no such head)
    n = len(tokens)
    for i in range(n - 2):
        if tags[i] != "O" or tags[i + 1] != "B-PERS" or _first_key(tokens[i]) not in _PERSON_NAMED_BODIES:
            continue
        if split(tokens[i]).article:
            continue
        j = _chunk_end(tags, i + 1)
        if (end := _purpose_end(tokens, tags, j)) is not None:
            _retag(tags, "ORG", i, end)
    return tags


#: words for a tribe or a clan before its name, one, two or more (قبيلة بني هلال، عشيرتي سعد وعمر، قبائل
#: آل مرة), keys
_TRIBE_HEADS = frozenset(
    key(w) for w in ("قبيلة", "قبيلتي", "قبيلتا", "قبائل", "عشيرة", "عشيرتي", "عشيرتا", "عشائر")
)
#: the heads of two tribes, which name both (قبيلتي البطوط والكرامشة: no people, as قبائل البشتون), keys
_TRIBE_DUAL_HEADS = frozenset(key(w) for w in ("قبيلتي", "قبيلتا", "عشيرتي", "عشيرتا"))
#: the heads of two tribes or more, whose names may be joined by و (قبيلتي عبيدة ومراد), keys
_TRIBE_PLURAL_HEADS = _TRIBE_DUAL_HEADS | {key("قبائل"), key("عشائر")}
#: words of descent that open a tribe's name, the ancestor's name after them (آل حسن، بني زيد، أولاد
#: سليمان، البو نمر), keys
_LINEAGE_WORDS = frozenset(key(w) for w in ("آل", "بني", "بنو", "أولاد", "البو"))
#: the given name علي as written with ي, which normalises as the preposition على does
_ALI = "علي"


def _tribe_name_end(tokens: Sequence[str], tags: Sequence[str], k: int, lead: str, rare: bool) -> int | None:
    """Where a tribe's name at token ``k`` ends, ``k`` opening with ``lead`` (``""`` or ``و``) and no other
    proclitic: a word of descent and the ancestor's name after it, whatever the tagger made of them (``آل
    حسن``، ``بني زيد``), or an untagged given name alone, an ancestor's (``عبيدة``), or an untagged definite
    word the tagger never saw where ``rare`` allows one (``والتبو``); None when none opens there."""
    if k >= len(tokens) or not tokens[k].startswith(lead):
        return None
    word = tokens[k][len(lead) :]
    if key(word) in _LINEAGE_WORDS:
        after = k + 1 < len(tokens) and _ARABIC_WORD.fullmatch(tokens[k + 1]) is not None
        # (the ancestor علي written with ي is no preposition على: قبائل أولاد علي)
        named = after and (key(tokens[k + 1]) not in _NOT_NAME_WORDS or tokens[k + 1] == _ALI)
        return k + 2 if named else None
    if tags[k] != "O":
        return None
    # (a definite word the tagger never saw and no KB place: التبو، الكرامشة; not عشائر البصرة)
    rare_word = (
        rare and word.startswith("ال") and _unknown_word(word, article=True) and alias_type(key(word)) is None
    )
    return k + 1 if rare_word or is_given_name(word) else None


def tag_tribe_names(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag ORG the name after a word for a tribe or a clan: a word of descent and the ancestor's name
    (``عشيرة آل حسن``، ``قبيلة بني زيد``), which the tagger reads as a person or a place or leaves out, or
    an untagged given name, the ancestor's (``قبيلة عبيدة``), or after the head of two a rare definite word
    (``عشيرتي البطوط``); after the heads of two tribes or more the second name joined by و too (``قبيلتي
    عبيدة ومراد``). The head opens the first name's chunk, as :mod:`khabar.kb.agents` names a tribe
    (``قبيلة الشراعبة``), so that the name stands where a subject does; a chunk the tagger ran on past the
    name ends with it."""
    if _no_word_in(tokens, _TRIBE_HEADS):
        return tags
    for h, token in enumerate(tokens[:-1]):
        head = _first_key(token)
        if head not in _TRIBE_HEADS or tags[h] != "O":
            continue
        k, lead = h + 1, ""
        # (a rare definite word names a tribe after the head of two or as the second name, a people may
        # follow a plural head: قبائل البشتون)
        while (
            end := _tribe_name_end(tokens, tags, k, lead, head in _TRIBE_DUAL_HEADS or k > h + 1)
        ) is not None:
            tail = end
            while tail < len(tags) and tags[tail].startswith("I-"):
                tags[tail] = "O"  # (a person chunk that ran on: آل حسن أفرادا)
                tail += 1
            _retag(tags, "ORG", h if k == h + 1 else k, end)
            if head not in _TRIBE_PLURAL_HEADS:
                break
            k, lead = end, "و"
    return tags


def tag_joined_lineages(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag ORG two clans named by their words of descent alone and joined by و, with no word for a tribe
    before them (``بين آل جعفر وآل شمص``، ``بني طرف وبني كعب``), which the tagger reads as persons or
    leaves out: two lineages side by side are families, no one man's name (``محمد بن زايد آل نهيان`` goes
    on no lineage after it). A chunk the tagger ran on past a name ends with it."""
    if _no_word_in(tokens, _LINEAGE_WORDS, key):
        return tags
    for h in range(len(tokens) - 3):
        if key(tokens[h]) not in _LINEAGE_WORDS or tags[h].startswith("I-"):
            continue
        first = _tribe_name_end(tokens, tags, h, "", rare=False)
        if first is None or not tokens[first].startswith("و"):
            continue
        if (second := _tribe_name_end(tokens, tags, first, "و", rare=False)) is None:
            continue
        tail = second
        while tail < len(tags) and tags[tail].startswith("I-"):
            tags[tail] = "O"
            tail += 1
        _retag(tags, "ORG", h, first)
        _retag(tags, "ORG", first, second)
    return tags


#: words for a militia before its name (ميليشيا الكانيات، ميليشيا الجيش الأبيض), keys
_MILITIA_HEADS = frozenset(key(w) for w in ("ميليشيا", "ميليشيات", "مليشيا", "مليشيات"))


def _militia_name_end(tokens: Sequence[str], tags: Sequence[str], k: int) -> int | None:
    """Where the name of a militia its head word stands before, at untagged token ``k``, ends: a definite
    word the tagger never saw and no KB place (``الكانيات``), or a body's definite head and the untagged
    definite word that qualifies it (``الجيش الأبيض``); None when none opens there."""
    word = tokens[k]
    if tags[k] != "O" or not word.startswith("ال"):
        return None
    if _unknown_word(word, article=True) and alias_type(key(word)) is None:
        return k + 1
    after = k + 1
    if (
        key(word) in _org_head_keys()
        and after < len(tokens)
        and tags[after] == "O"
        and tokens[after].startswith("ال")
        and _ARABIC_WORD.fullmatch(tokens[after]) is not None
        and key(tokens[after]) not in demonym_keys()
        and alias_type(key(tokens[after])) is None
    ):
        return after + 1
    return None


def tag_militia_names(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag ORG a militia's name after its head word, the head with it, where the tagger left the name
    untagged and the head untagged or tagged alone (``ميليشيا الكانيات``، ``ميليشيا الجيش الأبيض``): a
    definite name the tagger never saw, or a body's head and its qualifier, which name an armed group
    after that head (not ``ميليشيا موالية``، ``ميليشيات الجيش السوري``: a description, a nationality)."""
    if _no_word_in(tokens, _MILITIA_HEADS):
        return tags
    n = len(tokens)
    for h in range(n - 1):
        alone = tags[h] == "O" or (tags[h].startswith("B-") and not tags[h + 1].startswith("I-"))
        if (
            alone
            and _first_key(tokens[h]) in _MILITIA_HEADS
            and (end := _militia_name_end(tokens, tags, h + 1))
        ):
            _retag(tags, "ORG", h, end)
    return tags


def _adjectives_end(tokens: Sequence[str], tags: Sequence[str], start: int, limit: int) -> int:
    """Where the untagged relational adjectives from token ``start`` on end, before ``limit`` at most."""
    end = start
    while end < min(len(tokens), limit) and tags[end] == "O" and _nisba(tokens[end]):
        end += 1
    return end


#: how many words a body's long name may run before its other name in brackets (بعثة الأمم المتحدة
#: المتكاملة المتعددة الأبعاد لتحقيق الاستقرار في مالي (مينوسما))
_LONG_NAME_WORDS = 14
#: the brackets and quotation marks a body's other name stands in after its long name
_ALIAS_OPENERS = frozenset({"(", "«", '"', "“"})
_ALIAS_CLOSERS = frozenset({")", "»", '"', "”"})
#: "in": the one preposition inside a body's long name (بعثة الاتحاد الأفريقي في الصومال)
_IN_NAME = key("في")


def _long_name_word(tokens: Sequence[str], tags: Sequence[str], k: int) -> bool:
    """Token ``k`` may be a word of a body's long name: tagged a place or an organisation, ``في``, a word
    with the article or a proclitic (``المتكاملة``، ``لتحقيق``، ``وتشغيل``), or a noun whose genitive
    follows it, tagged or with the article (``غرب أفريقيا``، ``مناطق النزاع``); no function word, word of a
    clause, time or title."""
    token = tokens[k]
    if tags[k] != "O":
        return tags[k].endswith(("ORG", "LOC"))  # (no person's nor thing's name: قائد ميليشيا "النمر")
    if _ARABIC_WORD.fullmatch(token) is None:
        return False
    k_key = key(token)
    if k_key == _IN_NAME:
        return True
    if (
        _first_key(token) in title_heads()
        or k_key in _NOT_NAME_WORDS
        or k_key in _CLAUSE_OPENERS
        or k_key in _COMPLEMENTIZERS
        or k_key in _TIMES_OF_DAY
        or k_key in weekday_keys()
    ):
        return False  # (and no time: أطلقت شركة سبيس إكس فجر الثلاثاء القمر الصناعي)
    sp = split(token)
    if sp.article or sp.proclitics:
        return True
    return k + 1 < len(tokens) and (tags[k + 1] != "O" or split(tokens[k + 1]).article)


def extend_to_bracketed_aliases(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """A body's long name, the tagger's organisation or a body's head word opening it, runs on to its
    other name in brackets or quotation marks, an organisation's (``بعثة الأمم المتحدة المتكاملة المتعددة
    الأبعاد لتحقيق الاستقرار في مالي (مينوسما)``، ``الشركة القابضة للمستحضرات الحيوية واللقاحات
    (فاكسيرا)``): one organisation over the words the tagger read as several names or none, from the last
    organisation or head word before the brackets, a head with no article the genitive follows before it
    or not (``بعثة`` + ``الأمم المتحدة``); not the body joined before it by و (``بلدية دبي وبرنامج الأمم
    المتحدة للمستوطنات البشرية (الموئل)``) nor the subject before its object (``طالبت منظمة العفو الدولية
    الاتحاد الدولي لكرة القدم (فيفا)``)."""
    if _ALIAS_OPENERS.isdisjoint(tokens):
        return tags  # (most sentences: no bracket nor quotation mark)
    n = len(tokens)
    heads = _org_head_keys()
    for b in range(2, n - 2):
        if tokens[b] not in _ALIAS_OPENERS or tokens[b + 2] not in _ALIAS_CLOSERS:
            continue
        alias = b + 1
        if any(e.sector == MEDIA_SECTOR for e in packaged_kb().exact(_first_key(tokens[alias]))):
            continue  # a news agency's name: a byline (السلطة الانتقالية في دارفور (رويترز))
        if not (
            tags[alias].endswith("ORG")
            or _span_type(tokens, alias, alias + 1) == "ORG"
            or (tokens[b] == "(" and _unknown_word(tokens[alias], True))
        ):
            continue
        start = next(
            (
                k
                for k in range(b - 1, max(b - 1 - _LONG_NAME_WORDS, -1), -1)
                if not _long_name_word(tokens, tags, k)
                or tags[k] == "B-ORG"
                or (tags[k] == "O" and _first_key(tokens[k]) in heads)
            ),
            None,
        )
        if start is None or not _long_name_word(tokens, tags, start) or start == b - 1:
            continue
        if tags[start:b] == ["B-ORG"] + ["I-ORG"] * (b - start - 1) or any(
            _span_type(tokens, s, b) == "ORG" for s in range(start, b - 1)
        ):
            continue  # the name whole already, or a KB name the entities stage finds (وكالة الفضاء الأميركية)
        before = start - 1
        if (
            before >= 0
            and tags[before] == "O"
            and _first_key(tokens[before]) in heads
            and not split(tokens[before]).article
            and not tokens[start].startswith(("و", "ل"))
        ):
            start = before  # a head the genitive follows (بعثة + الأمم المتحدة)
        _retag(tags, "ORG", start, b)
    return tags


def _closes_body_name(token: str) -> bool:
    """The word may go on with a body's name after its place: a definite adjective (``العالمية``،
    ``المركزي``) or a field with ل or و (``للطاقة``، ``والنسيج``)."""
    k = key(token)
    # (not a body's own head with the article: أرامكو السعودية الهيئة المصرية)
    adjective = k.startswith("ال") and k.endswith(("ي", "يه")) and k not in _org_head_keys()
    return adjective or token.startswith(("لل", "وال", "ولل"))


def split_alias_before_persons(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """A person chunk that opens on a one-word KB alias of an organisation or place and goes on with the
    first words of a person alias the untagged words after it complete (``الرئيس التنفيذي لبوينغ كيلي``
    + ``أورتبرغ``): the first word is its own name, the rest the person."""
    n = len(tokens)
    for typ, i, j in chunk_list(tags):
        first = _span_type(tokens, i, i + 1)
        if typ != "PERS" or j - i < 2 or first in (None, "PERS") or _span_type(tokens, i, j) is not None:
            continue
        for b in range(min(j + _EXTEND, n), j - 1, -1):
            if all(t == "O" for t in tags[j:b]) and alias_type(_span_key(tokens, i + 1, b)) == "PERS":
                _retag(tags, first, i, i + 1)
                _retag(tags, "PERS", i + 1, b)
                break
    return tags


def extend_back_to_paired_persons(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Extend a person chunk over the untagged word before it that is ``و`` and a word the tagger never saw
    (in either form), right after another person chunk (``سراح الصحفيين داويت
    بيكيلي وتسفاي غيتاتشو بكفالة``): the given name of a second person named with the first, which the
    tagger left out (:func:`trim_persons` then drops a word of running text the chunk took in after it)."""
    for typ, i, j in chunk_list(tags):
        if typ != "PERS" or i < 3 or tags[i - 1] != "O" or not tags[i - 2].endswith("PERS"):
            continue
        word = tokens[i - 1]
        if (
            word.startswith(_AND)
            and len(word) > 3
            and _ARABIC_WORD.fullmatch(word)
            and not word.startswith(("وال", "ول", "وب"))
            # (a noun with a pronoun, a kin of the person before: الحكم الحسين وتوءمه الحسن، ليلى سويف
            # وابنتها منى سيف)
            and not word.endswith(("ه", "ها", "هم", "هما"))
            and not _tagger_knows(word)
            and not _tagger_knows(word[1:])
        ):
            # (the chunk after behind a و of its own: a third person, the word one alone: أبوتريكة ومتعب
            # وأسامة حسني)
            _retag(tags, "PERS", i - 1, i if tokens[i].startswith(_AND) else j)
    return tags


def extend_back_to_persons(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Extend a person chunk over the one or two untagged words before it when the whole is a KB person
    alias (``مسرور`` + ``بارزاني`` → ``مسرور بارزاني``: a given name that is also a word of running text,
    left out by the tagger); not over a title a KB alias may hold (``الشيخ حمد``), which ANERcorp leaves
    out."""
    titles = title_heads()
    for typ, i, j in chunk_list(tags):
        if typ != "PERS":
            continue
        for a in (i - 2, i - 1):
            if (
                a >= 0
                and all(tags[k] == "O" and _first_key(tokens[k]) not in titles for k in range(a, i))
                and _span_type(tokens, a, j) == "PERS"  # (its first word as written too: لويز، no ل)
            ):
                _retag(tags, "PERS", a, j)
                break
    return tags


def trim_trailing_titles(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Drop the last word of a person chunk when it is a title with the article and a nationality follows
    the chunk (``محمد مصطفى العاهل الأردني الملك عبد الله``): the next person's title, no name part."""
    titles, dem = title_heads(), demonym_keys()
    for typ, i, j in chunk_list(tags):
        last = key(tokens[j - 1])
        titled = typ == "PERS" and j - i >= 2 and last.startswith("ال") and last in titles
        if titled and j < len(tokens) and tags[j] == "O" and key(tokens[j]) in dem:
            tags[j - 1] = "O"
    return tags


def untag_dual_titles(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Untag a person chunk of one word that is a title in the dual construct (ي after the title, its و a
    conjunction or not) before a definite word (``اجتماع جمع وزيري الداخلية كمال الفقي وعماد الطرابلسي``):
    "the two ministers of", the title of the names after it, no name."""
    titles = title_heads()
    for typ, i, j in chunk_list(tags):
        if typ != "PERS" or j - i != 1 or j >= len(tokens) or not tokens[j].startswith("ال"):
            continue
        word = key(tokens[i])
        if word.endswith("ي") and (word[:-1] in titles or (word[:1] == "و" and word[1:-1] in titles)):
            tags[i] = "O"
    return tags


#: "the side" and "the party", keys: a verb's object after a name, no name part (شكر X الجانب الإيطالي)
_SIDE_WORDS = frozenset(key(w) for w in ("الجانب", "الطرف", "الجانبين", "الطرفين"))


def trim_trailing_sides(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Drop the last word of a person chunk when it is "the side" or "the party" (``وشكر النوري الجانب
    الإيطالي``): the side the verb is done to, no name part."""
    for typ, i, j in chunk_list(tags):
        if typ == "PERS" and j - i >= 2 and key(tokens[j - 1]) in _SIDE_WORDS:
            tags[j - 1] = "O"
    return tags


#: how one was put to death or killed, an accusative verbal noun (أعدم شنقا، رميا بالرصاص), keys: the
#: manner after the victim's name, no name part
_KILLING_MANNERS = frozenset(
    key(w) for w in ("شنقا", "رميا", "رجما", "ذبحا", "خنقا", "طعنا", "حرقا", "صلبا", "غرقا", "دهسا")
)


def trim_trailing_manners(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Drop the last word of a person chunk when it is the manner of a killing or an execution (``بإعدام
    المغني عمر فاروق بيلو شنقا``، ``أعدم X رميا بالرصاص``): an accusative verbal noun, no name part."""
    for typ, i, j in chunk_list(tags):
        if typ == "PERS" and j - i >= 2 and key(tokens[j - 1]) in _KILLING_MANNERS:
            tags[j - 1] = "O"
    return tags


def trim_trailing_body_heads(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Drop the last word of a person chunk when it is a feminine body's head with no article, in the
    singular or the dual construct (``ودعا غيبريسوس شركتي فايزر وموديرنا``): the head of the bodies named
    after him, his verb's object, no name part (not a masculine one, a family name's word too: أبو جيش);
    so is a militia's head word (``وحمل كمال السيوي ميليشيا الكانيات مسؤولية``), a loan no name holds."""
    heads = _org_head_words()
    for typ, i, j in chunk_list(tags):
        last = key(tokens[j - 1])
        if (
            typ == "PERS"
            and j - i >= 2
            and (
                (last.endswith("ه") and last in heads)
                or (last.endswith("تي") and last[:-2] + "ه" in heads)
                or last in _MILITIA_HEADS
            )
        ):
            tags[j - 1] = "O"
    return tags


#: "crown prince" (ولي العهد), keys: its first word, a given name too, behind a proclitic after a name
_CROWN_PRINCE = (key("ولي"), key("العهد"))


def split_persons(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Cut a person chunk that is not itself an alias into two KB persons in a row, or into two names of
    two words or more joined by و (``حيدر عبد الزهرة وكرار فاضل``: و is cut from no word of a name)."""
    for typ, i, j in chunk_list(tags):
        if typ != "PERS" or j - i < 2 or alias_type(_span_key(tokens, i, j)) is not None:
            continue
        for k in range(i + 1, j):
            if j == k + 1 and j < len(tokens) and (_first_key(tokens[k]), key(tokens[j])) == _CROWN_PRINCE:
                tags[k] = "O"  # وأشاد ترامب بولي العهد: the title after the name, no second person
                break
            # (not before one word with the article, a KB person's family name told alone, after a name of
            # two words: the same person's family name, السفير الليبي محمد يونس المنفي)
            family = j - k == 1 and k - i >= 2 and tokens[k].startswith(_DEFINITE)
            if (
                alias_type(_span_key(tokens, i, k)) == "PERS"
                and _is_person(_span_key(tokens, k, j))
                and not family
            ):
                tags[k] = "B-PERS"
                break
            if k - i >= 2 and j - k >= 2 and split(tokens[k]).proclitics.startswith("و"):
                tags[k] = "B-PERS"
                break
    return tags


def split_trailing_places(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Cut from a person chunk that is not itself an alias a KB place of two words or more that ends it,
    when two words or more stay before it (``اتهم تارو كونو بيونغ يانغ``: a person, then the place), or a
    one-word country or national capital that is no word of a name (``ودعا الوزير هشام زعزوع موسكو``);
    or a country after a lone family name, no given name (``واتهم تشيسكيدي رواندا``: the surname told
    again, then the country accused)."""
    for typ, i, j in chunk_list(tags):
        if typ != "PERS" or alias_type(_span_key(tokens, i, j)) is not None:
            continue
        last = key(tokens[j - 1])
        if j - i == 2 and last in _country_words() and not _name_lexicon_word(last):
            first = tokens[i]  # (no word with a proclitic: وشكرت السنغال)
            if _first_key(first) == key(first) and not _tagger_knows(first) and not is_given_name(first):
                _retag(tags, "LOC", j - 1, j)  # (not a word the tagger knows: جيش ميانمار، شكرت السنغال)
            continue
        if j - i < 3:
            continue
        if (last in _country_words() or _capitals().get(last) == 1) and not _name_lexicon_word(last):
            _retag(tags, "LOC", j - 1, j)
            continue
        for k in range(i + 2, j - 1):
            if _span_type(tokens, k, j) == "LOC":
                _retag(tags, "LOC", k, j)
                break
    return tags


def split_bodies_before_places(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Cut from a chunk that is not itself an alias a one-word country or national capital that ends it,
    when the words before it are an organisation's alias (``واتهم البيت الأبيض الرياض بالانحياز``: the
    body, then the place)."""
    for typ, i, j in chunk_list(tags):
        if typ == "PERS" or j - i < 3 or _span_type(tokens, i, j) is not None:
            continue
        last = key(tokens[j - 1])
        if (last in _country_words() or _capitals().get(last) == 1) and _span_type(tokens, i, j - 1) == "ORG":
            _retag(tags, "ORG", i, j - 1)
            _retag(tags, "LOC", j - 1, j)
    return tags


def split_straddling_places(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Cut from a person chunk that is not itself an alias its last word where, with the untagged words
    right after the chunk, it opens a KB place of two words or more, when two words or more stay before
    it (``وحمل هاني سويلم أديس أبابا المسؤولية``: the person, then the place)."""
    for typ, i, j in chunk_list(tags):
        if typ != "PERS" or j - i < 3 or alias_type(_span_key(tokens, i, j)) is not None:
            continue
        for end in range(j + 1, min(j + 3, len(tokens)) + 1):
            if tags[end - 1] != "O":
                break
            if _span_type(tokens, j - 1, end) == "LOC":
                _retag(tags, "LOC", j - 1, end)
                break
    return tags


def split_closing_places(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Cut from a person chunk that is not itself an alias its first word where, with the untagged words
    right before the chunk, it closes a KB place of two words or more, when two words or more stay after
    it (``في بوركينا فاسو رودولف سورغو``، ``بلديات ديار بكر سلجوق مزراقلي``: the place, then the
    person)."""
    for typ, i, j in chunk_list(tags):
        if typ != "PERS" or j - i < 3 or alias_type(_span_key(tokens, i, j)) is not None:
            continue
        for start in range(i - 1, max(i - 3, -1), -1):
            if tags[start] != "O":
                break
            if _span_type(tokens, start, i + 1) == "LOC":
                _retag(tags, "LOC", start, i + 1)
                _retag(tags, "PERS", i + 1, j)
                break
    return tags


def split_leading_places(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Cut from a person chunk that is not itself an alias a KB place of two words or more that opens it,
    after a preposition, when two words or more stay after it (``الرئيسة التنفيذية لهونغ كونغ كاري لام``:
    the place her office is of, then the person)."""
    for typ, i, j in chunk_list(tags):
        if typ != "PERS" or j - i < 4 or alias_type(_span_key(tokens, i, j)) is not None:
            continue
        if tokens[i][:1] not in _PREPOSITION_LETTERS:
            continue
        for k in range(j - 2, i + 1, -1):
            if _span_type(tokens, i, k) == "LOC":
                _retag(tags, "LOC", i, k)
                _retag(tags, "PERS", k, j)
                break
    return tags


def split_titled_places(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Cut from a person chunk that is not itself an alias a KB place of one or two words that opens it
    right after a title, two words or more staying after it (``محافظ السليمانية هفال أبو بكر``، ``محافظ
    دير الزور عبد المجيد الكواكبي``: the place the office is of, then the person). A title the chunk opens
    with is no word of it, and one word may stay after the place (``والتقى محافظ مأرب سلطان العرادة``)."""
    titles = title_heads()
    for typ, i, j in chunk_list(tags):
        if typ != "PERS" or j - i < 3 or alias_type(_span_key(tokens, i, j)) is not None:
            continue
        if _first_key(tokens[i]) in titles and _span_type(tokens, i + 1, i + 2) == "LOC":
            tags[i] = "O"
            _retag(tags, "LOC", i + 1, i + 2)
            _retag(tags, "PERS", i + 2, j)
            continue
        if i == 0 or _first_key(tokens[i - 1]) not in titles:
            continue
        for k in (i + 2, i + 1):
            if j - k >= 2 and _span_type(tokens, i, k) == "LOC":
                _retag(tags, "LOC", i, k)
                _retag(tags, "PERS", k, j)
                break
    return tags


def split_leading_organisations(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Cut from a person chunk that is not itself an alias a KB organisation that opens it when a KB person
    is the rest (``المدير العام لمؤسسة روساتوم أليكسي ليخاتشوف``: the body his title is of, then him)."""
    for typ, i, j in chunk_list(tags):
        if typ != "PERS" or j - i < 3 or alias_type(_span_key(tokens, i, j)) is not None:
            continue
        for k in range(i + 1, j - 1):
            if _span_type(tokens, i, k) == "ORG" and alias_type(_span_key(tokens, k, j)) == "PERS":
                _retag(tags, "ORG", i, k)
                _retag(tags, "PERS", k, j)
                break
        else:
            # (or the body's head stands untagged before the chunk, its name's place opening it, two words
            # or more after: حاكم مصرف لبنان رياض سلامة, the bank the governor is of, then him)
            if i > 0 and tags[i - 1] == "O" and is_body_head(tokens[i - 1]):
                for k in (i + 1, i + 2):
                    if j - k >= 2 and _span_type(tokens, i - 1, k) == "ORG":
                        _retag(tags, "ORG", i - 1, k)
                        _retag(tags, "PERS", k, j)
                        break
    return tags


def split_leading_states(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Cut from an organisation chunk that is not itself an alias a one-word KB place that opens it when a
    KB organisation is the rest (``وطالب المغرب مجلس الأمن الدولي``: the state that asks, then the body
    asked; the tagger runs the two together)."""
    for typ, i, j in chunk_list(tags):
        if typ != "ORG" or j - i < 2 or alias_type(_span_key(tokens, i, j)) is not None:
            continue
        if _span_type(tokens, i, i + 1) == "LOC" and _span_type(tokens, i + 1, j) == "ORG":
            _retag(tags, "LOC", i, i + 1)
            _retag(tags, "ORG", i + 1, j)
    return tags


#: heads of a state's official name (سلطنة عمان، مملكة البحرين، جمهورية مصر), keys: no word of a person's name
_STATE_NAME_HEADS = frozenset(key(w) for w in ("سلطنة", "مملكة", "جمهورية", "إمارة", "دولة"))


def split_persons_before_states(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Cut from a person chunk of two words or more a last word that heads a state's name with the place
    chunk after it (``وشكرت جولي سلطنة`` + ``عمان``): the person, then the state, ``سلطنة عمان``, when the
    two make a KB place."""
    for typ, i, j in chunk_list(tags):
        if typ != "PERS" or j - i < 2 or j >= len(tokens) or key(tokens[j - 1]) not in _STATE_NAME_HEADS:
            continue
        if not tags[j].startswith("B-"):
            continue
        end = _chunk_end(tags, j)
        if _span_type(tokens, j - 1, end) == "LOC":
            _retag(tags, "PERS", i, j - 1)
            _retag(tags, "LOC", j - 1, end)
    return tags


@cache
def _national_body_heads() -> frozenset[str]:
    """The one-word heads of ``agent_heads.tsv``, definite (السلطات، الحكومة، الشرطة), as keys: with a
    nationality after them, a country's body."""
    from khabar.kb.agents import agent_heads  # the agents module imports this one

    return frozenset(words[0] for words in agent_heads() if len(words) == 1)


def split_persons_before_national_bodies(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Cut from a person chunk of two words or more a last word that heads a country's body with the
    untagged nationality after it (``ودعا رئيس المفوضية موسى فكي محمد السلطات التونسية``): the person,
    then the body, ``السلطات التونسية``, the verb's object; a one-word rest right after a person chunk is
    that name's last word, which the tagger cut (``موسى فكي`` + ``محمد``). No family name (الشرطي)."""
    heads = _national_body_heads()
    for typ, i, j in chunk_list(tags):
        if typ != "PERS" or j - i < 2 or j >= len(tokens) or tags[j] != "O":
            continue
        last = key(tokens[j - 1])
        if last not in heads or key(tokens[j]) not in demonym_keys() or last in _surname_words():
            continue
        _retag(tags, "PERS", i, j - 1)
        _retag(tags, "ORG", j - 1, j + 1)
        if j - i == 2 and i and tags[i - 1].endswith("PERS"):
            tags[i] = "I-PERS"
    return tags


def split_trailing_organisations(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Cut from a person chunk that is not itself an alias a last word that is a one-word KB alias of an
    organisation only (``ودعا الرئيس صالح الحوثيين``: Saleh, then the Houthis), no surname."""
    heads = _org_head_keys()
    for typ, i, j in chunk_list(tags):
        if j - i < 2 or typ not in ("PERS", "ORG") or alias_type(_span_key(tokens, i, j)) is not None:
            continue
        if typ == "ORG":
            # (a definite body's word after a foreign name's words, the verb's object: واتهمت منظمة
            # فارمرز ديفنس فورس الشرطة; no article follows a foreign name inside one)
            last = key(tokens[j - 1])
            if (
                j - i >= 3
                and last.startswith(_DEFINITE)
                and last in heads
                and not tokens[j - 2].startswith(_DEFINITE)
                and _ARABIC_WORD.fullmatch(tokens[j - 2]) is not None
                and not _tagger_knows(tokens[j - 2])
            ):
                _retag(tags, "ORG", i, j - 1)
                _retag(tags, "ORG", j - 1, j)
            continue
        if _span_type(tokens, j - 1, j) == "ORG" and key(tokens[j - 1]) not in _surname_words():
            _retag(tags, "PERS", i, j - 1)
            _retag(tags, "ORG", j - 1, j)
            continue
        # (a KB body of two or three words with the article after a name of two words or more, the
        # verb's object: وحمل الشيخ محمد بن عبدالرحمن آل ثاني الحرس الثوري المسؤولية)
        for m in (2, 3):
            if (
                j - m - i >= 2
                and tokens[j - m].startswith(_DEFINITE)
                and alias_type(_span_key(tokens, j - m, j)) == "ORG"
            ):
                _retag(tags, "PERS", i, j - m)
                _retag(tags, "ORG", j - m, j)
                break
    return tags


@cache
def _org_head_keys() -> frozenset[str]:
    """The one-word heads of ``org_keywords.tsv``, with the article or without (بنك، المجلس), as keys."""
    return frozenset(k for row in packaged("org_keywords.tsv") if " " not in (k := key(row[0])))


@cache
def _org_head_words() -> frozenset[str]:
    """The one-word heads of ``org_keywords.tsv`` without the article (وزارة، هيئة، مصلحة), as keys."""
    return frozenset(k for k in _org_head_keys() if not k.startswith("ال"))


def is_body_head(word: str) -> bool:
    """``word`` is a one-word body head without the article (مصرف، هيئة، شركة)."""
    return key(word) in _org_head_words()


def is_body_word(word: str) -> bool:
    """``word`` is a one-word body head of ``org_keywords.tsv``, with the article or without (المخابرات،
    شرطة)."""
    return key(word) in _org_head_keys()


def split_joined_bodies(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Split an organisation chunk after its first word, a definite noun, where the next word opens with و
    and a body's head (``ووقعت المنظمة ومصلحة الجمارك النيجيرية``): two bodies, the first one named
    before, left untagged for coreference. A chunk opening with a body's head is split too where a word
    further on is و and a head that a word of its own name follows (``بنك الإسكان وبنك البحرين الوطني``،
    ``المجلس البلدي مصراتة والمجلس المحلي تاورغاء``): two bodies named side by side. A chunk opening
    with a definite head is split after it where another body's definite head follows (``وانتقدت
    المنظمة السلطات الإيرانية``): the first is the body named before."""
    heads = _org_head_keys()
    for typ, i, j in chunk_list(tags):
        first = key(tokens[i])
        if (
            typ == "ORG"
            and j - i >= 2
            and first.startswith("ال")
            and first in heads
            and _second_body(tokens[i + 1])
        ):
            # (a definite head then another body's: وانتقدت المنظمة السلطات الإيرانية; a noun with the
            # article stands in no construct, so the second opens a name of its own)
            tags[i] = "O"
            tags[i + 1] = "B-ORG"
            continue
        if typ != "ORG" or j - i < 3:
            continue
        nxt = key(tokens[i + 1])
        if key(tokens[i]).startswith("ال") and nxt.startswith("و") and nxt[1:] in _org_head_words():
            tags[i] = "O"  # (a bare head: the body named before, for coreference)
            tags[i + 1] = "B-ORG"
            continue
        if key(tokens[i]) not in heads:
            continue
        for k in range(i + 2, j - 1):
            word = key(tokens[k])
            if word.startswith("و") and word[1:] in heads:
                tags[k] = "B-ORG"
                break
    return tags


#: definite bodies that open a name after another body's head, beyond the heads (السلطات), as keys; and
#: heads that are adjectives after one (القوات البحرية)
_SECOND_BODIES = frozenset(key(w) for w in ("السلطات",))
_HEAD_ADJECTIVES = frozenset(key(w) for w in ("البحرية",))


def _second_body(token: str) -> bool:
    k = key(token)
    return k in _SECOND_BODIES or (k in _org_head_keys() and k.startswith("ال") and k not in _HEAD_ADJECTIVES)


def split_repeated_heads(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Split an organisation chunk where its first word, with the article, stands again (``الاتحاد
    الإيراني الاتحاد الآسيوي لكرة القدم``: the Iranian federation asks the Asian one): a second body."""
    for typ, i, j in chunk_list(tags):
        head = key(tokens[i])
        if typ != "ORG" or not head.startswith("ال"):
            continue
        again = next((k for k in range(i + 2, j) if key(tokens[k]) == head), None)
        if again is not None:
            tags[again] = "B-ORG"
    return tags


def split_lam_places(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Cut from an organisation chunk that is not itself an alias a last word that is ل or ب and a KB
    place, after a word in Latin script (``باعت شركة Rheinmetall لكييف``: the company, then to whom): a
    foreign name does not go on with an Arabic preposition (Arabic names do: ``المنظمة العربية للتنمية``;
    cutting those after any rare word lowered the ANERcorp dev F1 from 76.00 to 75.47)."""
    for typ, i, j in chunk_list(tags):
        if typ != "ORG" or j - i < 2 or alias_type(_span_key(tokens, i, j)) is not None:
            continue
        last = tokens[j - 1]
        if last[:1] in ("ل", "ب") and _latin(tokens[j - 2]) and _span_type(tokens, j - 1, j) == "LOC":
            tags[j - 1] = "B-LOC"
    return tags


def split_places(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Cut a place or organisation chunk that is not itself an alias where the words on both sides are
    KB names of its type: two places joined by ``و`` (``فلسطين ولبنان``), or two organisations in a row
    (``اتهمت حركة حماس السلطة الفلسطينية``: subject and object); or an organisation, then a place
    (``طالبت منظمة هيومن رايتس ووتش بروكسل``: subject and object). A person chunk that is two KB places
    joined by ``و`` is those places (``سواحل جرجيس وبن قردان``): no person's name goes on with ``و``."""
    for typ, i, j in chunk_list(tags):
        if typ == "PERS" and j - i > 1:
            _split_joined_places(tokens, tags, i, j)
            continue
        if typ not in ("LOC", "ORG") or j - i < 2 or alias_type(_span_key(tokens, i, j)) is not None:
            continue
        # (an organisation's alias may follow a word for a group: منظمة هيومن رايتس ووتش)
        named = i + 1 if typ == "ORG" and _first_key(tokens[i]) in _QUOTED_NAME_HEADS else i
        for k in range(i + 1, j):
            if not (typ == "ORG" or tokens[k].startswith("و")):
                continue
            before = alias_type(_span_key(tokens, i, k))
            if before is None and k > named > i:
                before = alias_type(_span_key(tokens, named, k))
            if before != typ:
                continue
            after = _span_type(tokens, k, j)  # (وبوركينا فاسو: ب is the name's)
            if after == typ or (typ == "ORG" and after == "LOC"):
                _retag(tags, after, k, j)
                break
    return tags


def _split_joined_places(tokens: Sequence[str], tags: list[str], i: int, j: int) -> None:
    """Retag the chunk ``tokens[i:j]`` as two places where a word with ``و`` inside it cuts it into two KB
    places (``جرجيس وبن قردان``)."""
    for k in range(i + 1, j):
        if (
            tokens[k].startswith("و")
            and _span_type(tokens, i, k) == "LOC"
            and _span_type(tokens, k, j) == "LOC"
        ):
            _retag(tags, "LOC", i, k)
            _retag(tags, "LOC", k, j)
            return


def split_paired_states(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Cut a two-word chunk that is no alias, each word a one-word country or national capital, into two
    places (``وطالبت كينشاسا رواندا بسحب قواتها``: the capital for its government, subject, then the
    country, object)."""
    for typ, i, j in chunk_list(tags):
        if typ == "PERS" or j - i != 2 or alias_type(_span_key(tokens, i, j)) is not None:
            continue
        if all(
            _first_key(tokens[k]) in _country_words() or _capitals().get(key(tokens[k])) == 1
            for k in (i, i + 1)
        ):
            _retag(tags, "LOC", i, i + 1)
            _retag(tags, "LOC", i + 1, j)
    return tags


#: words for a person's followers (أنصار، مؤيدي), as keys: never inside a person's name
_FOLLOWERS = frozenset(key(w) for w in ("أنصار", "انصار", "مؤيدي", "مؤيدو", "أتباع", "اتباع", "موالي"))


def split_at_followers(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Cut a person chunk at a word for followers inside it, when the words before are a KB person
    (``دعا علي عبد الله صالح أنصار عبد الملك الحوثي``): a person, then the followers of another."""
    for typ, i, j in chunk_list(tags):
        if typ != "PERS" or j - i < 3:
            continue
        for k in range(i + 1, j - 1):
            if key(tokens[k]) in _FOLLOWERS and _is_person(_span_key(tokens, i, k)):
                tags[k], tags[k + 1] = "O", "B-PERS"
                break
    return tags


def trim_organisations(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """End an organisation chunk that is not itself an alias at the longest KB organisation alias it
    opens with, when the word after that alias is indefinite with no proclitic (``أدانت منظمة العفو
    الدولية اعتقال الشرطة``), or definite and no adjective of relation (``ودانت منظمة العفو الدولية
    الأحكام``): a name that is an alias whole goes on with a relational adjective, not such a word."""
    for typ, i, j in chunk_list(tags):
        if typ != "ORG" or j - i < 2 or alias_type(_span_key(tokens, i, j)) is not None:
            continue
        for k in range(j - 1, i, -1):
            word = tokens[k]
            if alias_type(_span_key(tokens, i, k)) == "ORG":
                if _ARABIC_WORD.fullmatch(word) and (
                    not word.startswith(("ال", "و", "ب", "ل", "ف"))
                    or (word.startswith("ال") and not normalize(word).endswith(NISBA_ENDINGS))
                ):
                    tags[k:j] = ["O"] * (j - k)
                break
    return tags


def trim_after_fields(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """End an organisation chunk that is no alias whole before a bare word right after its field, a
    definite word after ل (``رفعت شركة دلتا للطيران دعوى قضائية``): a company or a body named for
    its field ends there or goes on with definite words or و (``شركة مصر للغزل والنسيج``); the word is the
    verb's object. Not a KB name (``للطفولة يونيسف``) nor a word of the name lexicons."""
    for typ, i, j in chunk_list(tags):
        if typ != "ORG" or j - i < 3 or alias_type(_span_key(tokens, i, j)) is not None:
            continue
        for k in range(i + 2, j):
            word = tokens[k]
            if (
                tokens[k - 1].startswith(_LIL)
                and _ARABIC_WORD.fullmatch(word)
                and not word.startswith(("ال", "و", "ب", "ل", "ف"))
                and alias_type(key(word)) is None
                and key(word) not in _given_keys()
                and key(word) not in _surname_words()
            ):
                tags[k:j] = ["O"] * (j - k)
                break
    return tags


@cache
def title_heads() -> frozenset[str]:
    """The first words of person titles (``person_titles.tsv``: الرئيس، وزير، الناطق) as keys, with and
    without the article."""
    words = {key(row[0]).split()[0] for row in packaged("person_titles.tsv")} - PHRASE_ONLY_TITLE_WORDS
    return frozenset(words | {w[2:] for w in words if w.startswith("ال")})


#: first words of titles that are titles only with the words after them (المفتش العام), as keys: alone they
#: describe (ودعا المفتش الأميركي الحكومة العراقية: an inspector, no title before a name)
PHRASE_ONLY_TITLE_WORDS = frozenset(key(w) for w in ("المفتش", "المفتشة"))


#: the pronouns a title takes for the state or body it serves (سفيرها، ممثلهم), as keys; not ه, whose key is
#: a feminine noun's ة (مدرسة: a school, no teacher of his)
_TITLE_PRONOUNS = tuple(key(w) for w in ("ها", "هم"))


@cache
def owned_titles() -> frozenset[str]:
    """One-word titles without the article and with the pronoun of the state or body they serve, a feminine
    title's ة written ت before it (``استدعت المملكة المغربية سفيرتها في مدريد كريمة بنيعيش``، ``ستسحب سفيرها
    سيلفان إيتي``), as keys: a title whose holder's name follows, like the bare title's."""
    taa = key(_TAA_MARBUTA)
    stems = {t[: -len(taa)] + "ت" if t.endswith(taa) else t for t in title_heads() if not t.startswith("ال")}
    # (a feminine title's ت before ه is no feminine noun's ة: نائبته مو سوتشوا, his deputy)
    his = {t[: -len(taa)] + "ت" + _HIS for t in title_heads() if t.endswith(taa) and not t.startswith("ال")}
    return frozenset({stem + p for stem in stems for p in _TITLE_PRONOUNS} | his)


@cache
def dual_titles() -> frozenset[str]:
    """Masculine titles in the nominative dual, in construct without the article or with the article and ان
    (``قاطع لاعبا المنتخب السوري حسام العمر ويزن الحلبي``، ``الوزيران``), as keys: titles that two persons'
    names follow, the first tagged like a titled one, the second by :func:`tag_coordinated_persons`. The
    construct is one only before a definite word (not مواطنا جزائريا, a citizen in the accusative)."""
    taa = key(_TAA_MARBUTA)
    heads = [t for t in title_heads() if not t.endswith(taa) and len(t) > 2]
    duals = {t + key("ا") for t in heads if not t.startswith("ال")}
    return frozenset(duals | {t + key("ان") for t in heads if t.startswith("ال")})


def _dual_title_at(tokens: Sequence[str], j: int, word: str) -> bool:
    """Token ``j``, whose key is ``word``, is a title in the dual (:func:`dual_titles`), in construct
    before a definite word or with the article."""
    return word in dual_titles() and (
        word.startswith(_DEFINITE) or (j + 1 < len(tokens) and tokens[j + 1].startswith(_DEFINITE))
    )


#: given names that are mostly other words in news (باسم: "in the name of", بيان: "statement", خطاب: "speech")
_GIVEN_NAME_WORDS = frozenset(
    ("باسم", "بيان", "حصة", "رمضان", "أمير", "امير", "أمين", "امين", "سلام", "أمل", "امل", "خطاب")
)


@cache
def _given_name_genders() -> dict[str, str]:
    """Given names (``person_given_names.tsv``) as written (``علي``, not ``على``) → ``M``, ``F`` or ``U``
    (either), common words left out."""
    rows = packaged("person_given_names.tsv", 2, 3)
    return {row[0]: row[1] for row in rows if row[0] not in _GIVEN_NAME_WORDS}


@cache
def _given_names() -> frozenset[str]:
    """Given names of one gender: ``نور`` (either gender) is left out."""
    return frozenset(name for name, gender in _given_name_genders().items() if gender in ("M", "F"))


def is_given_name(word: str) -> bool:
    """``word``, as written, is a given name of one gender that is no common word in news (``سلطان``)."""
    return word in _given_names()


@cache
def _any_given_names() -> frozenset[str]:
    """Given names of either gender or both (``حكمت``): before a tagged person's name and after a title,
    no word of running text."""
    return frozenset(_given_name_genders())


@cache
def _given_keys() -> frozenset[str]:
    return frozenset(key(g) for g in _given_names())


@cache
def _surname_words() -> frozenset[str]:
    return frozenset(key(row[0]) for row in packaged("person_surnames.tsv"))


#: the tag of a lone الله read as a name of God, which a compound given name's second word may get
_GOD_TAG = "B-MISC"
#: the second word of compound given names (عصام الدين، نور الحق، عبد الله), as keys
_COMPOUND_SECONDS = frozenset(
    key(w)
    for w in ("الدين", "الحق", "الله", "الرحمن", "الرحيم", "الإسلام", "الإله")  # (عبد الإله)
)
#: the second word of Persian compound given names after علي or محمد (علي أكبر أحمديان، علي أصغر خاجي), as
#: keys: words of running text too ("greater", "smaller"), no given names of their own (رضا، باقر are)
_PERSIAN_SECONDS = frozenset(key(w) for w in ("أكبر", "أصغر"))
#: the given names they follow, as written
_PERSIAN_FIRSTS = frozenset(("علي", "محمد"))
#: words that end a name's run: function words and time words, as keys
_NOT_NAME_WORDS = frozenset(
    key(w)
    for w in (
        *("إن", "أن", "ان", "الذي", "التي", "الذين", "في", "من", "على", "إلى", "عن", "مع", "قد", "لم", "لن"),
        *("بعد", "قبل", "خلال", "أمس", "اليوم", "هو", "هي", "كما", "أيضا", "إنه", "أنه", "حيث", "ثم"),
    )
)
_IN = key("في")
#: the first words of a compound family name (عبد التواب، أبو الغيط، بو حبيب), as keys
_FATHER_WORDS = frozenset(key(w) for w in ("عبد", "أبو", "ابو", "بو"))
#: "son of" and "daughter of" inside a name of lineage (مبخوت بن ماضي، سيدي محمد ولد بوبكر), keys
_SON_OF = frozenset(key(w) for w in ("بن", "ابن", "بنت", "ولد"))
#: those of them that are no common noun before a name (not ابن: ابن الرئيس), as keys
_LINEAGE = _SON_OF - {key("ابن")}
#: the particles inside a European or Latin American name (لويجي دي مايو، فنسنت فان كويكنبورن، لولا دا
#: سيلفا), as keys: like a word of lineage, never a name's last word
_NAME_PARTICLES = frozenset(key(w) for w in ("دي", "دا", "دو", "ديل", "دير", "فان", "فون"))
#: the words that join a name to the word after it: lineage and particles
_NAME_LINKS = _LINEAGE | _NAME_PARTICLES
#: the words that never end a person's name: the links, the first words of a compound family name and the
#: word of a family (أبو صدام، آل خليفة), as keys
_UNENDING_NAME_WORDS = _NAME_LINKS | _FATHER_WORDS | {key("آل")}
#: a preposition and the article written on a word (بالدور، للصحفيين)
_PREPOSITION_ARTICLE = ("بال", "لل")
#: a proclitic and the article at a word's start: no word of a name
_PROCLITIC_ARTICLE = (*_PREPOSITION_ARTICLE, "وال", "فال", "كال")
#: how far back from a name its title may begin (الناطق باسم الحركة عمر الشافعي)
_TITLE_REACH = 5
#: how far back when the word before the name ends a body's name (definite or tagged): its title, the
#: body and the body's attributes (وزير الصحة العامة في الحكومة الأفغانية المؤقتة), a field and a region
#: (منسق الأمم المتحدة الخاص لشؤون اللاجئين في القرن الأفريقي)
_LONG_TITLE_REACH = 10
#: the article as written at a word's start
_DEFINITE = "ال"
#: how a definite word opens as written: the article, or ل or ب before it (للتنمية، بالمنطقة)
_DEFINITE_OPENINGS = (_DEFINITE, *_PREPOSITION_ARTICLE)


def tag_titled_names(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag PERS an untagged given name and the word after it when a person title stands shortly before,
    only words of the title's body between (``وتوعد الناطق باسم الحركة عمر الشافعي إسرائيل``، ``وزير
    الداخلية نور الحق صافي``): a name the tagger missed. A compound given name (``عصام الدين``) takes
    one more word, and surname-lexicon words after it are taken too. A given name of either gender
    right before a tagged person joins it (``الشيخ حكمت الهجري``: حكمت is also "ruled")."""
    titles, given = title_heads(), _given_names()
    n, near = len(tokens), _title_within_reach(tuple(tokens))
    if True not in near and given.isdisjoint(tokens):
        return tags  # (about half the sentences: no title within reach of a word, nor a given name)
    for k in range(1, n - 1):
        # (a quick test first: all cases but the last need a title shortly before, and most words have
        # none within reach)
        if near[k]:
            if (
                tags[k] == "O"
                and not tags[k + 1].startswith("I-")
                and _first_key(tokens[k - 1]) in titles
                and _head_alias(key(tokens[k]))
            ):
                # بدوره قال الرئيس الاسد: a KB head of state's one-word alias, a word of running text too
                # (lion), right after a title
                tags[k] = "B-PERS"
                continue
            if tags[k] == "O" and tags[k + 1] == "B-PERS" and tokens[k] in _any_given_names():
                if _titled_before(tokens, tags, k, titles):  # الشيخ حكمت [الهجري]: the given name joins
                    tags[k], tags[k + 1] = "B-PERS", "I-PERS"
                continue
            if (
                tags[k] == "O"
                and tags[k + 1] == "O"
                and tokens[k] not in given
                and (_foreign_name_pair(tokens, k) or _unseen_name_pair(tokens, k))
            ):
                # (not right after a bare title word, which may name a firm: جنرال موتورز)
                before = _first_key(tokens[k - 1])
                bare_title = before in titles and not before.startswith("ال")
                # (nor a KB place the tagger left untagged: سفيرها لدى أديس أبابا)
                place = alias_type(_span_key(tokens, k, k + 2)) is not None
                if not bare_title and not place and _titled_before(tokens, tags, k, titles):
                    _retag(tags, "PERS", k, k + 2)  # وكيلة الأمين العام للشؤون الإنسانية جويس مسويا
                continue
            if (
                tags[k] == "O"
                and tags[k + 1] == "O"
                and _known_first_name(tokens[k])
                and _unknown_word(tokens[k + 1], article=False)
                and not key(tokens[k + 1]).endswith(_INFLECTED_ENDINGS)
                and _first_key(tokens[k - 1]).startswith("ال")
                # (a definite word or a stop after the pair: its object, not a word of its clause)
                and (
                    k + 2 == n or not _ARABIC_WORD.fullmatch(tokens[k + 2]) or tokens[k + 2].startswith("ال")
                )
                and _titled_before(tokens, tags, k, titles)
            ):
                # وزيرة الزراعة الفرنسية آني جنفار، المدير التنفيذي للوكالة فاتح بيرول: a foreign given name
                # that is also a word (آني "instant", فاتح "opener"), a family name the tagger never saw,
                # after a title's definite word
                _retag(tags, "PERS", k, k + 2)
                continue
            if (
                tags[k] == tags[k + 1] == "O"
                and _nisba_name(tokens[k + 1])
                and (
                    (
                        _known_first_name(tokens[k])
                        and (tokens[k] in _any_given_names() or not _tagger_knows(tokens[k]))
                    )
                    # (a title word opens a name before a family name the tagger never saw: حاكم الزاملي)
                    or (
                        key(tokens[k]) in titles
                        and _first_key(tokens[k]) == key(tokens[k])
                        and not _tagger_knows(tokens[k + 1])
                    )
                )
                and key(tokens[k]) not in place_first_words()
                and key(tokens[k + 1])[2:] not in _DIRECTION_KEYS
                and _titled_before(tokens, tags, k, titles)
            ):
                # محافظ كربلاء نصيف الخطابي، الشيخ حكمت الهجري: a given name (of either gender, or one the
                # tagger never saw) and a family name of relation after a title; no place and its side
                # (بريف حمص الشرقي)
                _retag(tags, "PERS", k, k + 2)
                continue
            if (
                k + 2 < n
                and tags[k] == tags[k + 1] == tags[k + 2] == "O"
                and key(tokens[k + 1]) in _SON_OF
                and _ARABIC_WORD.fullmatch(tokens[k])
                and _ARABIC_WORD.fullmatch(tokens[k + 2])
                and not _tagger_knows(tokens[k])
                and _titled_before(tokens, tags, k, titles)
            ):
                _retag(tags, "PERS", k, k + 3)  # محافظ حضرموت مبخوت بن ماضي: a name of lineage after a title
                continue
            if (
                k + 2 < n
                and tags[k] == tags[k + 2] == "O"
                # (the tagger reads الله alone as a name of God: حشمت [الله] كريمي)
                and tags[k + 1] in ("O", _GOD_TAG)
                and key(tokens[k + 1]) in _COMPOUND_SECONDS
                and _known_first_name(tokens[k])
                and _name_word(tokens[k + 2])
                and _rare_name(tokens[k + 2])
                and alias_type(_span_key(tokens, k, k + 2)) is None
                and _titled_before(tokens, tags, k, titles)
            ):
                # رئيس الوزراء المؤقت إكرام الحق سومرو: a compound given name (a noun and الحق، الدين، الله)
                # the lexicon lacks, and a family name the tagger never saw, after a title (not a KB name:
                # نائب حزب الله حسين مرتضى); a father's given name after it ends the name (عطا الله بريمة
                # حسن), and a proclitic before a word of running text opens the clause after the given name
                # alone (رئيس البلدية مشرف الإسلام بإلغاء القرار)
                clause = tokens[k + 2][0] in _WORD_PROCLITICS and _tagger_knows(tokens[k + 2][1:])
                father = k + 3 < n and tags[k + 3] == "O" and tokens[k + 3] in _any_given_names()
                _retag(tags, "PERS", k, k + 2 if clause else k + 4 if father else k + 3)
                continue
        # (or the given name tagged alone after a word that names a body's leader or a person: برئاسة
        # [إبراهيم] محلب قد أحالت, the family name the tagger left out)
        alone = (
            tags[k] == "B-PERS"
            and tags[k - 1] == "O"
            and tokens[k] in given
            and _first_key(tokens[k - 1]) in _BEFORE_NAMES
        )
        if tokens[k] not in given or (tags[k] != "O" and not alone) or tags[k + 1] != "O":
            continue
        titled = (
            alone
            or _titled_before(tokens, tags, k, titles)
            or _first_key(tokens[k - 1]) in _BEFORE_NAMES
            or _described_among(tokens, tags, k)
        )
        if not titled and tokens[k - 1] not in _COMMAS and "،" not in tokens[k + 1 : k + _APPOSED_NAME]:
            continue  # (or an act done to a person right before: اغتيال جاسم الذهبي; or بينهم)
        if (end := _name_end(tokens, tags, k)) is not None:
            if titled:
                _retag(tags, "PERS", k, end)
            elif _apposed_name(tokens, k, end, titles):
                _retag(tags, "PERS", k, end)
                # (the title and the person it is held for, read as one name before the comma: the
                # person alone, محامي [الكبيسي]، عمار الساعدي)
                if (
                    tags[k - 2] == "I-PERS"
                    and (i := _chunk_start(tags, k - 2)) < k - 2
                    and _first_key(tokens[i]) in titles
                    and not tokens[i].startswith(_DEFINITE)
                ):
                    tags[i] = "O"
                    tags[i + 1] = "B-PERS"
        # (the verb's object after the pair too, but not after علي, the preposition written with ي: الفريق
        # علي مدى ال ـ 90 دقيقة)
        elif key(tokens[k - 1]) in titles and _known_family_name(tokens, tags, k, tokens[k] != _ALI):
            _retag(tags, "PERS", k, k + 2)  # وأقر رئيس أركان الجيش الجنرال عمر ديارا بسقوط
    return tags


#: the role codes of a head of state or government (khabar.kb: PRES:SYR)
_HEAD_ROLES = frozenset((*LEADER_ROLES, "PM"))


@lru_cache(maxsize=1 << 12)
def _head_alias(k: str) -> bool:
    """The key is a one-word alias of KB persons only, one of them a head of state or government, and no
    nationality (``الأسد``, not ``السوداني`` nor ``الضيف``: the guest, and no head's)."""
    entries = packaged_kb().exact(k)
    return (
        bool(entries)
        and k not in demonym_keys()
        and all(e.type == "PER" for e in entries)
        and any(r.code in _HEAD_ROLES for e in entries for r in e.roles)
    )


#: commas as written
_COMMAS = frozenset(("،", ","))
#: the most tokens a name told between commas takes, the closing comma included
_APPOSED_NAME = 5
#: how far back from the comma before a name the title it is in apposition to may begin (محامي الكبيسي،)
_APPOSED_TITLE_REACH = 3


def _chunk_start(tags: Sequence[str], k: int) -> int:
    """Where the chunk that token ``k`` is inside opens."""
    while k > 0 and tags[k].startswith("I-") and tags[k - 1][2:] == tags[k][2:]:
        k -= 1
    return k


def _apposed_name(tokens: Sequence[str], k: int, end: int, titles: frozenset[str]) -> bool:
    """The name from given name ``k`` to ``end`` is set off by commas in apposition to a title: after the
    title and its complement, a comma closing it (``ورحب محامي الكبيسي، عمار الساعدي، بالحكم``), or before
    a comma and a title (``استقبل أمس سلطان المرشد، رئيس الصندوق السعودي للتنمية``)."""
    n = len(tokens)
    if end >= n or tokens[end] not in _COMMAS:
        return False
    if end + 1 < n and _first_key(tokens[end + 1]) in titles:
        return True
    if tokens[k - 1] not in _COMMAS:
        return False
    for j in range(k - 2, max(k - 2 - _APPOSED_TITLE_REACH, -1), -1):
        if not _ARABIC_WORD.fullmatch(tokens[j]) or _clause_word(tokens[j]):
            return False
        if _first_key(tokens[j]) in titles:
            return True
    return False


#: the conjunction written on the given name of a second person after a first (وعلي الغامدي)
_AND = "و"


def tag_coordinated_persons(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag PERS a given name of one gender behind و and the name words after it (:func:`_name_end`) right
    after a tagged person (``المطلوبين سامي الشهري وعلي الغامدي``، ``كامران قادري ومسعود مصاحب``): a second
    person named with the first, whom the tagger left untagged."""
    given = _given_names()
    for k in range(1, len(tokens) - 1):
        if (
            tags[k] != "O"
            or tags[k + 1] != "O"
            or not tags[k - 1].endswith("PERS")
            or not tokens[k].startswith(_AND)
            or tokens[k][1:] not in given
        ):
            continue
        # (علي as written is also the preposition على written with ي: a family name of relation after it
        # only, وعلي الغامدي, not وعلي الهامش)
        if tokens[k][1:] == _ALI and not _nisba_name(tokens[k + 1]):
            continue
        if (end := _name_end(tokens, tags, k)) is not None:
            _retag(tags, "PERS", k, end)
    return tags


#: the given names that are mostly other words which a second person named after them shows to be names
#: (not باسم, بيان nor حصة, which a name follows as their complement: الناطق باسم)
_PAIRED_GIVEN_NAME_WORDS = _GIVEN_NAME_WORDS - {"باسم", "بيان", "حصة"}


@cache
def _paired_given_names() -> frozenset[str]:
    """Given names of either gender and :data:`_PAIRED_GIVEN_NAME_WORDS`, as written (built once)."""
    return _any_given_names() | _PAIRED_GIVEN_NAME_WORDS


def tag_persons_before_coordinated(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag PERS an untagged given name and the name words after it (:func:`_name_end`) right before ``و`` and
    a tagged person (``بينهم أمين مقلش ومصطفى دينين``، ``تقديم النواب بدر الداهوم وثامر السويط``): the
    first of two persons named together, whom the tagger left untagged; a given name that is mostly a word
    (أمين) is one there."""
    given, n = _paired_given_names(), len(tokens)
    for k in range(n - 2):
        if tags[k] != "O" or tokens[k] not in given or (k and tags[k - 1] != "O"):
            continue
        if (
            (end := _name_end(tokens, tags, k)) is not None
            and end < n
            and tags[end] == "B-PERS"
            # (و the conjunction on a given name, not a name's own letter: فيما وعد الرئيس ويليام روتو)
            and tokens[end].startswith(_AND)
            and tokens[end][1:] in given
            and tokens[end] not in given
            # (no title after the first given name, which is a word there: وعد الرئيس, "promised")
            and not any(_first_key(tokens[j]) in title_heads() for j in range(k + 1, end))
            and all(t == "O" for t in tags[k + 1 : end])
        ):
            _retag(tags, "PERS", k, end)
    return tags


def join_ali_names(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Join into one person a person chunk ending in a given name, an untagged ``علي`` as written and the
    person chunk right after it (``مندوبه الدائم محمد علي الحكيم``): علي with ي after a given name is the
    name's second word, not the preposition على, which the tagger read it as."""
    if _ALI not in tokens:
        return tags  # (most sentences: no علي as written)
    for k in range(1, len(tokens) - 1):
        if (
            tokens[k] == _ALI
            and tags[k] == "O"
            # (or an untagged family name of relation: وزير الخارجية محمد علي النفطي; not على الهامش)
            and (tags[k + 1] == "B-PERS" or (tags[k + 1] == "O" and _nisba_name(tokens[k + 1])))
            and tags[k - 1].endswith("PERS")
            and is_given_name(tokens[k - 1])
        ):
            start = k - 1
            while tags[start] != "B-PERS":
                start -= 1
            _retag(tags, "PERS", start, _chunk_end(tags, k + 1) if tags[k + 1] != "O" else k + 2)
        elif (
            tokens[k] == _ALI
            and tags[k] == "B-PERS"
            and tags[k - 1] == "O"
            and is_given_name(tokens[k - 1])
            and _titled_before(tokens, tags, k - 1, title_heads())
        ):
            # (an untagged given name before علي that opens the person a title is held by: the name's first
            # word, which the titled names' rule passed over, علي after it read as على then: الوزير الأسبق
            # شهباز علي ورك)
            _retag(tags, "PERS", k - 1, _chunk_end(tags, k))
    return tags


def _known_family_name(
    tokens: Sequence[str], tags: Sequence[str], k: int, object_after: bool = False
) -> bool:
    """The word after given name ``k`` is a family name the tagger knows as a word (``ديارا``: homes), the
    clause going on right after it: a bare word of three letters or more, no article, proclitic, plural or
    feminine ending, nor a group met (``وفدا``), before a stop, a function or time word or a word with ب or
    ل; with ``object_after`` (a title right before the given name), before the verb's object too, a
    definite word or a noun in the accusative (``ونفى المحامي جوزيف عيد الاتهامات``، ``وقدم الجنرال عمر
    ديارا اعتذارا``)."""
    word = tokens[k + 1]
    return (
        len(key(word)) > 2  # (no letter of a proclitic written alone: زين بـ"احترافية")
        and _known_first_name(word)
        and key(word) not in _MET_GROUPS
        and key(word) not in _ACCUSATIVE_PEOPLE
        and not _clitic_noun(word)
        and (
            _name_ends_clause(tokens, tags, k + 2, second_unknown=False)
            or (object_after and _verb_object(tokens[k + 2]))
        )
    )


def _verb_object(token: str) -> bool:
    """A definite word with no proclitic (``الاتهامات``) or a noun the tagger knows in the accusative, its
    tanween written with alif (``اعتذارا``): the object of the clause's verb. The tagger may know the noun
    only with the article and a preposition (``بالاعتذار``, not ``اعتذار``: وقدم رئيس أركان الجيش المالي
    الجنرال عمر ديارا اعتذارا)."""
    return _ARABIC_WORD.fullmatch(token) is not None and (
        (token.startswith(_DEFINITE) and len(token) > len(_DEFINITE) + 1)  # (not the article alone: ال ـ 90)
        or (
            token.endswith("ا")
            and any(_tagger_knows(p + token[:-1]) for p in _ACCUSATIVE_STEM_OPENINGS)
        )
    )


#: what may open the stem of an accusative noun the tagger knows: nothing, or the article after a
#: preposition (بالاعتذار of اعتذارا)
_ACCUSATIVE_STEM_OPENINGS = ("", "ال", "بال")


def tag_final_ali(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag PERS ``علي`` as written (with ي, whose key is the preposition على's) after a given name that
    ends a tagged person or stands untagged shortly after a title, when the clause goes on right after it
    (a stop, a function word or a word with a proclitic): the family name, no preposition, which would
    take its object there (``أحمد يوسف علي من موظفي الشركة``، ``مدير المدرسة فرهاد علي بعد رفضه``)."""
    if _ALI not in tokens:
        return tags  # (most sentences)
    n, titles = len(tokens), title_heads()
    for k in range(1, n):
        if tokens[k] != _ALI or tags[k] != "O" or tokens[k - 1] not in _any_given_names():
            continue
        after = tokens[k + 1] if k + 1 < n else ""
        if not (
            k + 1 == n
            or _ARABIC_WORD.fullmatch(after) is None
            or key(after) in _NOT_NAME_WORDS
            or (after[0] in _WORD_PROCLITICS and _tagger_knows(after[1:]))
        ):
            continue
        if tags[k - 1].endswith("PERS"):
            tags[k] = "I-PERS"  # (حركة الشباب تفرج عن [أحمد يوسف] علي من موظفي الشركة)
        elif tags[k - 1] == "O" and k > 1 and _titled_before(tokens, tags, k - 1, titles):
            _retag(tags, "PERS", k - 1, k + 1)  # (رفضت السماح لمحاميه خالد علي بزيارته)
    return tags


def tag_names_after_bodies(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag PERS two untagged words with no article after a title whose body ends on a nationality or a
    tagged name (``وانتقد رئيس الاتحاد الإسرائيلي عوفر عيني الاتحاد الفلسطيني``): the first may open a name
    (:func:`_known_first_name`) and is a given name or no word the tagger knows, the second is no word of
    running text the tagger knows and has no proclitic but ف (a foreign name may end like an adjective,
    عيني، or open like a conjunction, فورنر)."""
    n, near = len(tokens), _title_within_reach(tuple(tokens))
    if not any(near):
        return tags  # (most sentences: no title)
    titles = title_heads()
    for k in range(2, n - 1):
        if tags[k] != "O" or tags[k + 1] != "O" or not near[k]:
            continue
        body_end = tags[k - 1] != "O" and not tags[k - 1].endswith("PERS")
        if not (body_end or key(tokens[k - 1]) in demonym_keys()):
            continue
        first, second = tokens[k], tokens[k + 1]
        if (
            _known_first_name(first)
            and (first in _any_given_names() or not _tagger_knows(first))
            and _ARABIC_WORD.fullmatch(second)
            and second[0] not in _WORD_PROCLITICS
            and not second.startswith(_DEFINITE)
            and not _tagger_knows(second)
            and not _possessed_noun(second)  # (اعتذار حكومتها: a noun and its owner)
            and key(second) not in _NOT_NAME_WORDS
            and _titled_before(tokens, tags, k, titles)
        ):
            _retag(tags, "PERS", k, k + 2)
    return tags


#: proclitics written on a word of running text after a name (بملاحقة، لتصدير، وسلمته); not ف, which opens
#: foreign names (فورنر)
_WORD_PROCLITICS = frozenset("وبلك")


def tag_names_after_titles(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag PERS two untagged words after a title whose last word is definite (``وأوضحت وزيرة الهجرة سها
    جندي أنها``، ``أوعزت وزيرة البيئة تمارا الزين يوم الخميس``، ``وألقى رئيس النقابة نوفل عميرة
    باللائمة``), where the first may open a name (:func:`_known_first_name`) and is a given name or no word
    the tagger knows, the second is a word of a name with no proclitic but ف, not both words are ones the
    tagger knows, and the pair ends the clause's subject: a stop, a function or time word, a word with
    ب or ل after it, or a definite word after a second word the tagger never saw (``ربيح الخندقجي
    اللجنة``). A definite word after a title's definite word is its adjective or complement, never such
    a pair: the pair is the titled person's name, however foreign."""
    titles, near = title_heads(), _title_within_reach(tuple(tokens))
    for k in range(2, len(tokens) - 1):
        if tags[k] != "O" or tags[k + 1] != "O" or not near[k]:
            continue
        if not _first_key(tokens[k - 1]).startswith(_DEFINITE):
            continue
        if _titled_pair(tokens, tags, k, titles):
            _retag(tags, "PERS", k, k + 2)
    return tags


#: East Asian family names that open a name of two or three words (بارك آن سو، ليو جين، منغ وان تشو), as
#: keys; not لي, ما nor هو, words of running text ("to me", "what", "he")
_EAST_ASIAN_SURNAMES = frozenset(
    key(w)
    for w in (
        *("كيم", "بارك", "تشوي", "جونغ", "كانغ", "يون", "جانغ", "هان", "شين", "كوون", "سونغ", "مون", "هونغ"),
        *("وانغ", "تشانغ", "ليو", "تشن", "يانغ", "هوانغ", "تشاو", "سون", "لين", "ليانغ", "تانغ", "منغ"),
        "تشاي",  # (Zhai: المبعوث الصيني الخاص إلى الشرق الأوسط تشاي جيون)
    )
)
#: the most letters of a syllable of an East Asian given name written as a word (آن، سو، جين، تشو)
_SYLLABLE_LETTERS = 4
#: the most syllables of such a given name
_SYLLABLES = 2


def _syllable(token: str) -> bool:
    """A short word with no article nor proclitic and no function word: a syllable of an East Asian given
    name written apart (``آن``، ``سو``، ``جين``)."""
    k = key(token)
    return (
        1 < len(k) <= _SYLLABLE_LETTERS
        and _ARABIC_WORD.fullmatch(token) is not None
        and not token.startswith(_DEFINITE)
        and (_first_key(token) == k or token in _WA_SYLLABLES)
        # (آن as written is no أن, whose key it shares)
        and (k not in _NOT_NAME_WORDS or token.startswith(_ALEF_MADDA))
        and k not in demonym_keys()
        and k not in title_heads()
    )


#: alef with madda as written
_ALEF_MADDA = "آ"
#: syllables of an East Asian given name that open with و, read as the conjunction (كيم وان سوب), as written
_WA_SYLLABLES = frozenset(("وان", "وون", "وو", "ووك", "وونغ"))


def tag_east_asian_names(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag PERS an untagged East Asian family name and the one or two short words of its given name after
    it, written apart, where a person title stands shortly before (``رئيس أركان الجيش الكوري الجنوبي
    الجنرال بارك آن سو``، ``سفير الصين لدى غامبيا ليو جين``): a name the tagger, knowing بارك as a verb and
    آن as "now", missed."""
    if _no_word_in(tokens, _EAST_ASIAN_SURNAMES, key):
        return tags  # (most sentences: no such family name)
    titles, n = title_heads(), len(tokens)
    for k in range(1, n - 1):
        # (or the family name alone tagged, its given name left out: وزير البيئة الكوري الجنوبي [كيم] وان سوب)
        if tags[k] not in ("O", "B-PERS") or key(tokens[k]) not in _EAST_ASIAN_SURNAMES:
            continue
        end = k + 1
        while end < n and end - k <= _SYLLABLES and tags[end] == "O" and _syllable(tokens[end]):
            end += 1
        if end > k + 1 and _titled_before(tokens, tags, k, titles):
            _retag(tags, "PERS", k, end)
    return tags


def tag_names_after_counterparts(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag PERS two untagged words right after a counterpart word with its pronoun and the nationalities
    after it (``ونظيره السوري مظهر الويس اجتماعا``، ``نظيرتها الكينية موساليا مودافادي``): the
    counterpart is a title whose person's name comes next, the tagger having no title word there to see.
    The first word is a given name or one the tagger never saw, as a name opens (:func:`_known_first_name`);
    the second is a word of a name (:func:`_name_word`) that is no word of running text (:func:`_rare_name`:
    not ``سبل تعزيز``), no nationality and no word the tagger knows behind a proclitic (``بتعزيز``)."""
    if _no_word_in(tokens, _COUNTERPARTS_WITH_PRONOUN):
        return tags
    dem = demonym_keys()
    for k in range(2, len(tokens) - 1):
        if tags[k] != "O" or tags[k + 1] != "O" or key(tokens[k - 1]) not in dem:
            continue
        c = k - 1
        while c > 0 and key(tokens[c]) in dem:
            c -= 1
        if _first_key(tokens[c]) not in _COUNTERPARTS_WITH_PRONOUN:
            continue
        first, second = tokens[k], tokens[k + 1]
        if (
            _known_first_name(first)
            and (first in _any_given_names() or not _tagger_knows(first))
            and _name_word(second)
            and _rare_name(second)
            and key(second) not in dem
            and not (second[0] in _WORD_PROCLITICS and _tagger_knows(second[1:]))
        ):
            _retag(tags, "PERS", k, k + 2)
    return tags


def split_persons_from_bodies(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """End a body's or place's chunk of no KB name before its last word when that word has no article,
    the one before it is definite, and it opens a person's name with the untagged word after it as in
    :func:`tag_names_after_titles` (``وأعلنت رئيسة [البرلمان الإندونيسي بوان] مهاراني``، ``الأمين العام
    [للإنتربول فالديسي] أوركيزا``): the tagger ran the body on into its head's name. A last word with the
    article that is a given name as written (``الطيب``، ``العياشي``) opens the name too, a rare word after it
    (``الأمين العام [للنقابة الوطنية للتعليم العياشي] بنعمر``); so does a last word that is a given name of
    one gender before a word the tagger never saw, whatever comes after (``رئيس المجلس السياسي التابع
    [لجماعة أنصار الله مهدي] المشاط حول``)."""
    titles = title_heads()
    n, near = len(tokens), _title_within_reach(tuple(tokens))
    for typ, i, j in chunk_list(tags):
        if typ == "PERS" or j - i < 2 or j >= n or tags[j] != "O" or not near[j - 1]:
            continue
        # (a body's one definite word, then a given name with no article and its family name, the
        # title's holder: وأعلن محافظ [البنك محمد الأمين الذهبي]; not a title before the given name, a
        # body named after a person: مؤسسة الشيخ محمد بن راشد)
        if (
            j - i >= 3
            and tokens[i].startswith(_DEFINITE)
            and key(tokens[i]) not in titles
            and is_given_name(tokens[i + 1])
            and i > 0
            and _first_key(tokens[i - 1]) in titles
            and not alias_type(_span_key(tokens, i, j))
        ):
            _retag(tags, typ, i, i + 1)
            _retag(tags, "PERS", i + 1, j)
            continue
        if tokens[j - 1].startswith(_DEFINITE):
            if (
                tokens[j - 1] in _given_names()
                and _name_word(tokens[j])
                and _rare_name(tokens[j])
                and _titled_before(tokens, tags, j - 1, titles)
            ):
                _retag(tags, "PERS", j - 1, j + 1)
            continue
        if not _first_key(tokens[j - 2]).startswith(_DEFINITE) or alias_type(_span_key(tokens, i, j)):
            continue
        # (a given name of one gender opens the name before any word the tagger never saw: رئيس المجلس
        # السياسي التابع [لجماعة أنصار الله مهدي] المشاط حول; or before a second given name, the father's:
        # مدير مكتب [رئاسة الحكومة سامي] خالد)
        given = (
            is_given_name(tokens[j - 1])
            and _name_word(tokens[j])
            and (not _tagger_knows(tokens[j]) or is_given_name(tokens[j]))
            and _titled_before(tokens, tags, j - 1, titles)
        )
        if given or _titled_pair(tokens, tags, j - 1, titles):
            _retag(tags, "PERS", j - 1, j + 1)
    return tags


def _titled_pair(tokens: Sequence[str], tags: Sequence[str], k: int, titles: frozenset[str]) -> bool:
    """Tokens ``k`` and ``k + 1`` are the name of the person a title before them is held by, as
    :func:`tag_names_after_titles` tells it."""
    first, second = tokens[k], tokens[k + 1]
    # (inside a body's chunk the tagger took the word for a name's already: بوان, though it knows وان)
    clitic = _clitic_first_name(first) or (tags[k] != "O" and _clitic_first_name(first, rest_known=True))
    if not (_known_first_name(first) or clitic):
        return False
    # (a first word the tagger knows as a word opens a name only before a second it never saw and
    # with no article, which ends the clause's subject: وزير التجارة الأسترالي دون فاريل بالقرار)
    if _tagger_knows(first) and first not in _any_given_names() and not _foreign_surname(tokens, tags, k):
        return False
    # (nor the accusative of a word, its tanween written with alif: ضبطت خفر السواحل قاربا محملا)
    if any(w.endswith("ا") and _tagger_knows(w[:-1]) for w in (first, second)):
        return False
    if not _ARABIC_WORD.fullmatch(second) or second.startswith(_PROCLITIC_ARTICLE):
        return False
    k2, second_known = key(second), _tagger_knows(second)
    # (a title word is a family name only after a given name the tagger never saw: وزيرة الهجرة سها جندي)
    titled = k2 in titles and not (first in _given_names() and not _tagger_knows(first))
    if k2 in _NOT_NAME_WORDS or k2 in demonym_keys() or titled or k2.endswith(_NOUN_ENDINGS[:1]):
        return False
    # (a proclitic before a word the tagger knows is running text, بتعمد; not كرحوت; a definite word
    # the tagger knows is a family name of relation or none, الفاتح قرشي الجيش)
    if second[0] in _WORD_PROCLITICS and _tagger_knows(second[1:]):
        return False
    if second_known and (_tagger_knows(first) or (second.startswith(_DEFINITE) and not _nisba_name(second))):
        return False
    # (a word the tagger knows with a pronoun on a stem it knows is a noun and its owner, the title's
    # object: قدم وزير الخارجية المصري اعتذار بلاده)
    if _possessed_noun(second):
        return False
    # (the tagger read the first word inside a body's name: two words it never saw are a name wherever
    # the clause goes on, رئيسة البرلمان الإندونيسي بوان مهاراني إلغاء)
    foreign = tags[k] != "O" and not second_known and not _tagger_knows(first)
    ends = foreign or _name_ends_clause(tokens, tags, k + 2, second_unknown=not second_known)
    return ends and _titled_before(tokens, tags, k, titles)


#: the pronoun of one man on a noun (بلاده، حكومته), as a key
_HIS = key("ه")


def _possessed_noun(token: str) -> bool:
    """The token is a noun with a possessive pronoun: a pronoun ending (``بلادهم``) or ه (``بلاده``) on a
    stem of four letters or more (not ``عبده``) that the tagger knows as a word, its ة written ت before
    the pronoun (``حكومتها``)."""
    k = key(token)
    for ending in (*_PRONOUN_ENDINGS, _HIS):
        # (ة as written on a word the tagger never saw is no pronoun, whose key it shares: الصحفي ديدا
        # حيدرة عام 2004; a noun it knows, زيارة، stays one)
        if ending == _HIS and token.endswith(_TAA_MARBUTA) and not _tagger_knows(token):
            break
        if k.endswith(ending) and len(k) - len(ending) >= (4 if ending == _HIS else 3):
            stem = token[: -len(ending)]
            return _tagger_knows(stem) or (stem.endswith("ت") and _tagger_knows(stem[:-1] + "ة"))
    return False


def _foreign_surname(tokens: Sequence[str], tags: Sequence[str], k: int) -> bool:
    """Token ``k + 1`` is a family name the tagger never saw, with no article or proclitic, told before
    a word that ends a subject's name (:func:`_name_ends_clause` as after a word it knows)."""
    second = tokens[k + 1]
    return (
        not _clause_word(tokens[k])  # (وهو مكون: a pronoun)
        and _ARABIC_WORD.fullmatch(second) is not None
        and not second.startswith(_DEFINITE)
        and second[0] not in _WORD_PROCLITICS
        and not _tagger_knows(second)
        and _name_ends_clause(tokens, tags, k + 2, second_unknown=False)
    )


def _clitic_first_name(token: str, rest_known: bool = False) -> bool:
    """A foreign given name that opens with ب or ف, read as a preposition or conjunction (``بوان``،
    ``فالديسي``): the tagger knows the word neither as written nor, unless ``rest_known``, without its
    first letter."""
    return (
        token[:1] in _NAME_CLITIC_LETTERS
        and _ARABIC_WORD.fullmatch(token) is not None
        and not _tagger_knows(token)
        and token[1:2] not in _ALEFS  # (ب before a hamza opens a verbal noun: بإسعاف)
        and (rest_known or not _tagger_knows(token[1:]))
        and key(token[1:]) not in demonym_keys()
    )


#: letters read as a preposition or conjunction that open foreign names too (بوان، فورنر)
_NAME_CLITIC_LETTERS = frozenset("بف")
#: and the future prefix, read before a foreign name's ي (``ستسحب سفيرها سيلفان إيتي``: no س + يلفان)
_NAME_OPENING_LETTERS = _NAME_CLITIC_LETTERS | {"س"}
#: alef and its hamza forms as written
_ALEFS = frozenset("اأإآ")


def _name_ends_clause(tokens: Sequence[str], tags: Sequence[str], j: int, second_unknown: bool) -> bool:
    """Token ``j`` ends a name told after its title: none, a stop, a function or time word, a word with
    ب or ل (``بالقرار``، ``لعائلة``), أن with a pronoun (``أنها``), or, after a word the tagger never
    saw, a definite word or a tagged name (the verb's object: ``ربيح الخندقجي اللجنة``)."""
    if j >= len(tokens) or not _ARABIC_WORD.fullmatch(tokens[j]):
        return True
    word, k = tokens[j], key(tokens[j])
    if (
        k in _NOT_NAME_WORDS
        or k in _TIMES_OF_DAY
        or k in _CLAUSE_TIME_WORDS
        or word[0] in _PREPOSITION_LETTERS
        # (a year word before its number: اغتيال الصحفي ديدا حيدرة عام 2004)
        or (k in _YEAR_WORDS and j + 1 < len(tokens) and tokens[j + 1].isdigit())
    ):
        return True
    # (or a word the tagger knows after و, the next conjunct, after a word it never saw: المديرة العامة
    # للنفط أورور فغالي وممثل شركة سوناطراك)
    return second_unknown and (
        word.startswith(_DEFINITE)
        or tags[j] != "O"
        or (word.startswith("و") and len(word) > _SHORT_CONJUNCT and _tagger_knows(word[1:]))
    )


#: the most letters of a word after و that may be a name's next word as written (ولد، وان)
_SHORT_CONJUNCT = 4
#: words for a year that open a date before its number (عام 2004، سنة 2010), as keys
_YEAR_WORDS = frozenset(key(w) for w in ("عام", "سنة", "العام"))


#: words that open what follows a clause's subject: time words and أن with a pronoun (يوم الخميس، أنها),
#: as keys
_CLAUSE_TIME_WORDS = frozenset(
    key(w)
    for w in (
        *("يوم", "أمس", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"),
        *("أنها", "إنها", "أنهم", "إنهم", "أنهما", "إنهما"),
    )
)


@lru_cache(maxsize=1 << 16)
def _known_first_name(token: str) -> bool:
    """``token`` may open a foreign name though the tagger knows it as a word: Arabic letters with no
    article or proclitic, no function word, nationality or title, and no plural or feminine noun ending
    (``تصريحات``، ``زيارة``). A French given name in ييه (``أوليفييه``، ``ديدييه``) ends in no pronoun nor
    feminine noun. Cached by the word, as :func:`_unseen_name_word`."""
    k = key(token)
    foreign = k.endswith(_FOREIGN_ENDINGS) and not token.endswith(_TAA_MARBUTA)
    # (a foreign name in ه as written, no ة, that the tagger never saw with it nor without it: no noun with
    # its pronoun, النائب ألمامه جيبا)
    final_ha = token.endswith(_HA) and not _tagger_knows(token) and not _tagger_knows(token[:-1])
    return (
        _ARABIC_WORD.fullmatch(token) is not None
        and not token.startswith("ال")
        and (_first_key(token) == k or foreign)
        and (foreign or final_ha or not k.endswith(_NOUN_ENDINGS))
        and k not in demonym_keys()
        and k not in _NOT_NAME_WORDS
        and k not in title_heads()
    )


#: endings of a word in the accusative or a plural (أفكارا، توقيعات), which is no family name, as keys
_INFLECTED_ENDINGS = (key("ا"), key("ين"), key("ون"), key("ات"))
#: endings of plural and feminine nouns, which open no name (تصريحات، زيارة), as keys
_NOUN_ENDINGS = (key("ات"), key("ة"))


def _name_end(tokens: Sequence[str], tags: Sequence[str], k: int) -> int | None:
    """Where the name that opens with given name ``k`` ends, over the untagged words after it: a second
    word of a compound given name, then a word of a name, then family-name words; None when the word
    after the given name is running text."""
    n = len(tokens)
    end = k + 1
    if (
        tokens[end] == _ALI
        and end + 1 < n
        and tags[end + 1] == "O"
        and _name_word(tokens[end + 1])
        and not tokens[end + 1].startswith(_DEFINITE)
        and _rare_name(tokens[end + 1])
    ):
        # علي as written, the name's second word before a rare family name (الوزير الأسبق لشؤون الإسكان في
        # إقليم البنجاب شهباز علي ورك); not the preposition على before running text (علي هامش)
        end += 1
    if (
        key(tokens[end]) in _COMPOUND_SECONDS
        or (tokens[k] in _PERSIAN_FIRSTS and key(tokens[end]) in _PERSIAN_SECONDS)
    ) and end + 1 < n and tags[end + 1] == "O":
        end += 1  # عصام الدين حلمي، علي أكبر أحمديان
    if (
        key(tokens[end]) in _FATHER_WORDS
        and end + 1 < n
        and tags[end + 1] == "O"
        and (
            (_name_word(tokens[end + 1]) and key(tokens[end + 1]).startswith("ال"))
            # (after a kunya's أبو, a name with no article too: رئيس النادي كامل أبو علي, علي as written
            # a given name though its key is the preposition's)
            or (
                key(tokens[end]) in _KUNYA
                and (_name_word(tokens[end + 1]) or tokens[end + 1] in _any_given_names())
                and _rare_name(tokens[end + 1])
            )
        )
    ):
        end += 1  # رئيس الحزب علاء عبد التواب: a compound family name, its second word definite
    elif (
        not _name_word(tokens[end])
        or not (
            _rare_name(tokens[end]) or key(tokens[end]).startswith("ال") or tokens[end] in _any_given_names()
        )
        or _clitic_noun(tokens[end])
        # (a body's definite noun and its nationality, the verb's object: رئيس الجمعية عبدي نور حسن السلطات
        # اللبنانية; no family name of relation, which ends in ي)
        or (
            key(tokens[end]).startswith("ال")
            and end + 1 < n
            and key(tokens[end + 1]) in demonym_keys()
            and not _nisba_name(tokens[end])
            and key(tokens[end]) not in _surname_words()
        )
    ):
        return None  # a word of running text (مراد كانوا يهتفون، علي هامش المؤتمر: على), also behind ب or ل
        # (السماح لمحاميه خالد علي بزيارته); a given name of either gender is a name's word (زعيمة المعارضة
        # خالدة ضياء)
    end += 1
    while end < n and tags[end] == "O" and key(tokens[end]) in _surname_words() and _name_word(tokens[end]):
        end += 1
    if end < n and tags[end] == "O" and _nisba_name(tokens[end]):
        end += 1  # وزيرة الاقتصاد نادية فتاح العلوي: a family name of relation ends it
    return end


def _clitic_noun(token: str) -> bool:
    """A noun of running text behind ب or ل that the tagger never saw as written, with a pronoun or not
    (``بزيارته``، ``لمحاكمتها``): no word of a name, and no word of a name lexicon."""
    return (
        token[:1] in _PHRASE_PROCLITICS
        and len(token) > _SHORTEST_CLITIC_NOUN
        and not _tagger_knows(token)
        and not _name_lexicon_word(key(token))
        and (_tagger_knows(token[1:]) or _possessed_noun(token[1:]))
    )


#: the shortest noun behind ب or ل that :func:`_clitic_noun` reads, as written: no short name (بكر، لبيب)
_SHORTEST_CLITIC_NOUN = 4


def retag_sentenced_persons(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Retag PERS a place chunk of one given name right after a sentence passed on a person (``بسجن
    سامي الحاج``، ``بإعدام``): the tagger reads ``سجن X`` as a prison named X; the name goes on over the
    untagged name words after it."""
    for typ, i, j in chunk_list(tags):
        if typ != "LOC" or j != i + 1 or i == 0 or j >= len(tokens) or tags[j] != "O":
            continue
        if _first_key(tokens[i - 1]) not in _SENTENCES or tokens[i] not in _given_names():
            continue
        if (end := _name_end(tokens, tags, i)) is not None:
            _retag(tags, "PERS", i, end)
    return tags


def _foreign_name_pair(tokens: Sequence[str], k: int) -> bool:
    """Tokens ``k`` and ``k + 1`` are two words of no running text the tagger knows, nor the accusative of
    one, with no article, proclitic or adjective ending: a foreign given name and surname (``جويس مسويا``)."""
    first, second = tokens[k], tokens[k + 1]
    # (the quick test first: most words are running text; and a word in the accusative of one, its
    # tanween written with alif: ضبطت خفر السواحل قاربا محملا)
    return (
        not _tagger_knows(first)
        and not _tagger_knows(second)
        and not any(w.endswith("ا") and _tagger_knows(w[:-1]) for w in (first, second))
        and _unknown_word(first, article=False)
        and _unknown_word(second, article=False)
    )


def _unseen_name_pair(tokens: Sequence[str], k: int) -> bool:
    """Tokens ``k`` and ``k + 1`` are two words the tagger never saw as written that
    :func:`_foreign_name_pair` passes over for their first letter or their ending: a foreign given name and
    surname that open with a letter a proclitic is written with or end like an adjective (``المفوض الأفريقي
    للشؤون السياسية بانكولي أديوي``، ``السفير بوكاري أوسيني``). Not the end of a KB name and the given name
    that opens the person's (``مدير صحة ذي قار مثنى الطويل``)."""
    return (
        _unseen_name_word(tokens[k])
        and _unseen_name_word(tokens[k + 1])
        and tokens[k + 1] not in _any_given_names()
        and alias_type(_span_key(tokens, k - 1, k + 1)) is None
    )


#: endings of a word with a pronoun (طلبهم، مطالبها), as keys: no foreign name
_PRONOUN_ENDINGS = (key("هم"), key("ها"), key("هما"), key("كم"))


@lru_cache(maxsize=1 << 16)
def _unseen_name_word(token: str) -> bool:
    """A word the tagger never saw as written, with Arabic letters, no article (``بالمصرف``), no feminine,
    plural, accusative or pronoun ending (``متلبسا``، ``مطالبين``، ``طلبهم``), no proclitic but a ب or ف
    before no word the tagger knows (``بانكولي``, not ``بمشاركة``), and no function word, nationality,
    title or KB name. Cached by the word: the title rules ask it of most words near a title."""
    k = key(token)
    return (
        len(k) > 2
        and _ARABIC_WORD.fullmatch(token) is not None
        and not token.startswith((_DEFINITE, *_PROCLITIC_ARTICLE))
        and not k.endswith(_NOUN_ENDINGS)
        and not k.endswith(_INFLECTED_ENDINGS)
        and not k.endswith(_PRONOUN_ENDINGS)
        and not _tagger_knows(token)
        and (_first_key(token) == k or (token[0] in _NAME_OPENING_LETTERS and not _tagger_knows(token[1:])))
        and k not in demonym_keys()
        and k not in _NOT_NAME_WORDS
        and k not in title_heads()
        and alias_type(k) is None  # (a KB place or body: بريف حمص)
    )


def extend_compound_names(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """A person's name ending on a compound given name (``عبد الله``، ``عصام الدين``) takes the untagged
    definite word after it when that word is no word of running text, no nationality and no title
    (``نظيره الكويتي عبد الله اليحيا``), or an undefined word it never saw (``فخر الدين قوجة``): the
    family name the tagger left out. Not an event's or a speech's verb (``مديرية صحة صلاح الدين
    انفجرت``)."""
    from khabar.ner.model import default_tagger  # the model module imports this one

    knows = default_tagger().knows
    for typ, i, j in chunk_list(tags):  # (a list: tags may change under it)
        if typ != "PERS" or j - i < 2 or j >= len(tokens) or tags[j] != "O":
            continue
        if key(tokens[j - 1]) not in _COMPOUND_SECONDS:
            continue
        word, k = tokens[j], key(tokens[j])
        # (with the article no title; without it no proclitic either: a foreign family name, فخر الدين قوجة)
        definite = word.startswith("ال")
        if (
            _name_word(word)
            and k not in demonym_keys()
            and not knows(word)
            and (k not in title_heads() if definite else _first_key(word) == k)
            # (nor a body's head: طالب الوزير عصام شرف الدين المفوضية السامية, the body he addressed)
            and not (definite and k[2:] in _org_head_words())
            and k not in _feminine_verbs()
            and k not in _masculine_verbs()
        ):
            tags[j] = "I-PERS"
    return tags


def extend_lineage_names(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """A person's name ending on "son of" or "daughter of" (``أحمد ولد``), on a particle (``لويجي دي``), on
    the first word of a compound family name or on آل (``أبو``، ``آل خليفة``), or followed by a link with its
    untagged word (``أحمد سالم ولد بده``), takes the name word after it, or the person chunk right after
    it (``حسين عبد الرحمن أبو`` + ``صدام``): a
    name of lineage the tagger cut at a word it rarely saw in one (Mauritanian ``ولد``), or a foreign name
    cut at a word of running text (``دي مايو`` "May", ``دي وال``)."""
    n = len(tokens)
    for typ, i, j in chunk_list(tags):  # (a list: tags may change under it)
        if typ != "PERS" or j >= n:
            continue
        if tags[j] != "O":
            # (a name ending on a word that never ends one, and the person chunk the tagger opened right after
            # it is the rest: حسين عبد الرحمن أبو + صدام، راشد بن عبد الله آل + خليفة)
            if tags[j] == "B-PERS" and j - i >= 2 and key(tokens[j - 1]) in _UNENDING_NAME_WORDS:
                tags[j] = "I-PERS"
            continue
        # (after a particle a word of a proclitic and the article alone has no stem: a name, دي [وال])
        stemless = key(tokens[j - 1]) in _NAME_PARTICLES and tokens[j] in _PROCLITIC_ARTICLE
        if key(tokens[j - 1]) in _UNENDING_NAME_WORDS and j - i >= 2 and (_name_word(tokens[j]) or stemless):
            tags[j] = "I-PERS"  # أحمد ولد [بده]، لويجي دي [مايو]
        elif key(tokens[j]) in _NAME_LINKS and j + 1 < n and tags[j + 1] == "O" and _name_word(tokens[j + 1]):
            tags[j] = tags[j + 1] = "I-PERS"  # أحمد سالم [ولد بده]
    return tags


def extend_nisba_family_names(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """A person's name of two words or more takes the untagged relational word after it that is no
    word of running text the tagger knows (``وزير النقل العراقي رزاق محيبس السعداوي``): the family name
    of relation the tagger left out."""
    from khabar.ner.model import default_tagger  # the model module imports this one

    knows = default_tagger().knows
    for typ, i, j in chunk_list(tags):  # (a list: tags may change under it)
        if typ != "PERS" or j - i < 2 or j >= len(tokens) or tags[j] != "O":
            continue
        word = tokens[j]
        # (written with ي, not ى: الدعوى; and no broken plural of the pattern مفاعل: التعازي، الأهالي)
        plural = len(word) == 7 and word[4] == "ا"
        if word.endswith("ي") and not plural and _nisba_name(word) and not knows(word):
            tags[j] = "I-PERS"
    return tags


#: the endings of a sound plural (keys): a word with the article and one of them is a group of people
#: or things (المانحين، المتظاهرون، الجماعات), no family name
_PLURAL_ENDINGS = tuple(key(w) for w in ("ين", "ون", "ات"))


def extend_given_names_to_family_names(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """A person chunk of one given name takes the untagged definite word after it that the tagger never
    saw, with the article or without it, that is no plural nor KB name (``والتقى محافظ مأرب سلطان
    العرادة``، ``رئيس الهيئة مازن الكهموس``): the family name the tagger left out. Not a word of running
    text after a surname told alone (``وجه إدريس الشكر``، ``دعا شريف المانحين``)."""
    for typ, i, j in chunk_list(tags):
        if (
            typ == "PERS"
            and j - i == 1
            and j < len(tokens)
            and tags[j] == "O"
            and tokens[j].startswith(_DEFINITE)
            and is_given_name(tokens[i])
            and _unknown_word(tokens[j], article=True)
            # (nor without its article: الشكر، الجماعات are words of running text; nor a plural of
            # people: المانحين)
            and not _tagger_knows(tokens[j][len(_DEFINITE) :])
            and not key(tokens[j]).endswith(_PLURAL_ENDINGS)
            # (or a KB person's family name told alone, another's family name after this given name:
            # وزيرة التخطيط رانيا المشاط, not المشاط the Houthi leader)
            and _span_type(tokens, j, j + 1) in (None, "PERS")
        ):
            tags[j] = "I-PERS"
    return tags


def tag_given_name_pairs(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag PERS two untagged given names of one gender in a row, a person's and his father's, and the
    definite family name after them: a family name of relation, a surname lexicon's word, a KB person's or
    a word the tagger never saw (``تضم سامر كمال الأسد ابن عم الرئيس``): a name the tagger missed with no
    title before it."""
    given = _given_names()
    if given.isdisjoint(tokens):
        return tags  # (most sentences: no given name as written)
    for k in range(len(tokens) - 2):
        if tokens[k] not in given or tokens[k + 1] not in given or tags[k : k + 3] != ["O", "O", "O"]:
            continue
        family = tokens[k + 2]
        if family.startswith(_DEFINITE) and (
            _nisba_name(family)
            or key(family) in _surname_words()
            or _span_type(tokens, k + 2, k + 3) == "PERS"
            or _unknown_word(family, article=True)
        ):
            _retag(tags, "PERS", k, k + 3)
    return tags


@lru_cache(maxsize=1 << 16)
def _nisba_name(token: str) -> bool:
    """A definite relational word that is no nationality nor a word of the lexicons' running text:
    ``العلوي``، ``الهاشمي`` (a family name after a given name and a father's name). Cached by the word, as
    :func:`_unseen_name_word`."""
    k = key(token)
    return (
        _ARABIC_WORD.fullmatch(token) is not None
        and token.startswith("ال")
        and k.endswith("ي")
        and len(k) >= 5
        and k not in demonym_keys()
        and k not in _NOT_NAME_WORDS
        and k not in title_heads()
    )


#: sentences passed on a person, whose noun right before a name says that it is one (بسجن سامي الحاج), as
#: keys
_SENTENCES = frozenset(key(w) for w in ("سجن", "حبس", "إعدام"))
#: acts done to a person, whose noun or passive right before a given name and the word after it says
#: that they are a name (اغتيال جاسم الذهبي، اغتيل رفيق الحريري), as keys
_PERSON_ACTS = _SENTENCES | frozenset(
    key(w) for w in ("اغتيال", "اغتيل", "اختطاف", "اختطف", "مقتل", "اعتقال", "اعتقل")
)
#: words that name the person after them or tell who leads a body (راعي أغنام يدعى خليفة السلطاني، مجموعة
#: يقودها خليفة احنيش، وفد برئاسة بشارة الأسمر), as keys (a ب cut: برئاسة, بقيادة)
_NAMING_WORDS = frozenset(
    key(w)
    for w in (
        *("يدعى", "تدعى", "المدعو", "المدعوة", "رئاسة", "قيادة", "زعامة"),
        *("يقوده", "يقودها", "يتزعمه", "يتزعمها", "يرأسه", "يرأسها"),
    )
)
#: "among them", after people counted (14 ناشطا، بينهم عمر الراضي), as keys
_AMONG = frozenset(key(w) for w in ("بينهم", "بينهن", "بينهما"))
#: the accused and the held, whose word right before a given name and the word after it says that they are
#: a name (حكما بالإعدام على المتهم خالد مرعب), as keys
_CHARGED_PERSONS = frozenset(
    key(w) for w in ("المتهم", "المتهمة", "الموقوف", "الموقوفة", "السجين", "السجينة")
)
#: words after which a given name and the word after it are a name: acts done to a person, "among them"
#: after people counted (14 ناشطا، بينهم عمر الراضي), words that name a person or a body's leader and the
#: accused, as keys
_BEFORE_NAMES = _PERSON_ACTS | _NAMING_WORDS | _AMONG | _CHARGED_PERSONS


def _titled_before(tokens: Sequence[str], tags: Sequence[str], k: int, titles: frozenset[str]) -> bool:
    """A title word ends within :data:`_TITLE_REACH` tokens before ``k``, only words (no punctuation,
    function words or persons) between; within :data:`_LONG_TITLE_REACH` when the word right before
    ``k`` is definite or tagged, the end of a long body's name (``وزير الصحة العامة في الحكومة الأفغانية
    المؤقتة قلندر عباد``، ``المدير العام الأسبق للمؤسسة العامة للتأمينات الاجتماعية فهد الرجعان``)."""
    # (a body's name in quotation marks between the title and the name: the title before its opening mark,
    # القيادي في "فجر ليبيا" وليد القليب، زعيمة حزب "ائتلاف من أجل التغيير" نانا مالاشخيا)
    if k > 2 and tokens[k - 1] and all(c in QUOTE_CHARS for c in tokens[k - 1]):
        opening = next((start - 1 for start, end in quote_spans(tokens) if end == k - 1), None)
        return opening is not None and opening > 0 and _titled_before(tokens, tags, opening, titles)
    # (or definite after ل or ب: المديرة الإقليمية لبرنامج الأمم المتحدة للتنمية أولغا ميرتنز; or after و,
    # a body's second field: رئيس اللجنة الوطنية لشؤون الأسرى والمفقودين ربعي العنزي; or an adverb after a
    # definite participle, its phrase ending the body's: وزير الإعلام في الحكومة المعترف بها دوليا معمر
    # الإرياني)
    long_chain = (
        tokens[k - 1].startswith(_CHAIN_OPENINGS)
        or tags[k - 1] != "O"
        or (k > 1 and _participle_adverb(tokens[k - 2], tokens[k - 1]))
    )
    reach = _LONG_TITLE_REACH if long_chain else _TITLE_REACH
    # (a long chain has no function word behind a proclitic either: مصورة تداولها ... وهي تخلي المصلى)
    clause = envoy_to = False
    for j in range(k - 1, max(k - 1 - reach, -1), -1):
        if not _ARABIC_WORD.fullmatch(tokens[j]) or tags[j].endswith("PERS"):
            return False
        # (في within the title: القيادي في الجماعة; من after a definite participle in a long chain, the
        # body's agent: وزير الزراعة في الحكومة الليبية المكلفة من مجلس النواب منصور البدري)
        agent = (
            long_chain and j > 0 and key(tokens[j]) in _AGENT_LINKS and tokens[j - 1].startswith(_PARTICIPLE)
        )
        # (إلى within an envoy's title, the place it is sent to: المبعوث الصيني الخاص إلى الشرق الأوسط تشاي
        # جيون)
        to = key(tokens[j]) == _ENVOY_TO
        envoy_to = envoy_to or to
        if key(tokens[j]) in _NOT_NAME_WORDS and key(tokens[j]) != _IN and not agent and not to:
            return False
        clause = clause or (_clause_word(tokens[j]) and not agent and not to)
        word, first = key(tokens[j]), _first_key(tokens[j])
        if envoy_to and word not in _ENVOYS and first not in _ENVOYS:
            continue
        if word in titles or first in titles or first in owned_titles() or _dual_title_at(tokens, j, word):
            return k - j <= _TITLE_REACH or not clause
    return False


#: إلى as a key, and the envoys' titles it may stand in after the title word (المبعوث الخاص إلى), as keys
_ENVOY_TO = key("إلى")
_ENVOYS = frozenset(key(w) for w in ("المبعوث", "المبعوثة", "مبعوث", "مبعوثة", "الموفد", "موفد"))
#: how a word of a long body's name opens as written: the article, after ل, ب or و (للتنمية، والمفقودين)
_CHAIN_OPENINGS = (*_DEFINITE_OPENINGS, "وال")
#: a definite participle as written (المكلفة، المعترف، المنبثقة)
_PARTICIPLE = "الم"
#: the preposition of a participle's agent inside a body's description (المكلفة من، المدعومة من), as keys;
#: not عن, after which the title's field goes on (المسؤول عن الملف النووي)
_AGENT_LINKS = frozenset(key(w) for w in ("من",))
#: the preposition and pronoun a participle takes before its adverb (المعترف بها دوليا), as written
_PARTICIPLE_OBJECTS = frozenset(("به", "بها", "بهم"))


def _participle_adverb(before: str, word: str) -> bool:
    """``word`` is an adverb in the accusative (``دوليا``، ``رسميا``) after a definite participle or its
    preposition and pronoun (``المعترف بها دوليا``، ``المنتخبة ديمقراطيا``): the end of a body's
    description."""
    return (
        word.endswith("ا")
        and _ARABIC_WORD.fullmatch(word) is not None
        and word[-2:-1] == "ي"
        and (before in _PARTICIPLE_OBJECTS or before.startswith(_PARTICIPLE))
    )


def _described_among(tokens: Sequence[str], tags: Sequence[str], k: int) -> bool:
    """The word for "among them" (:data:`_AMONG`) stands within :data:`_TITLE_REACH` tokens before ``k``, only
    untagged words between and the last of them definite, a description of the person named at ``k``
    (``43 متهما، بينهم المدافع عن حقوق الإنسان أحمد منصور``، ``بينهم الناشط ...``)."""
    if not tokens[k - 1].startswith(_DEFINITE):
        return False
    for j in range(k - 1, max(k - 1 - _TITLE_REACH, -1), -1):
        if _first_key(tokens[j]) in _AMONG:
            return j < k - 1
        if not _ARABIC_WORD.fullmatch(tokens[j]) or tags[j] != "O":
            return False
    return False


@lru_cache(maxsize=128)
def _title_within_reach(tokens: tuple[str, ...]) -> tuple[bool, ...]:
    """For each token, whether a title word (:func:`title_heads`) stands within :data:`_LONG_TITLE_REACH`
    tokens before it: where :func:`_titled_before` may hold. Once per sentence for the rules that look for
    a name's title (a quick test before their name tests: most words have no title within reach)."""
    titles, owned = title_heads(), owned_titles()
    near: list[bool] = []
    last = -_LONG_TITLE_REACH - 1
    for k, token in enumerate(tokens):
        near.append(k - last <= _LONG_TITLE_REACH)
        word, first = key(token), _first_key(token)
        # (a title in the dual as written: لاعبا, whose ل is no proclitic)
        if word in titles or first in titles or first in owned or _dual_title_at(tokens, k, word):
            last = k
    return tuple(near)


def _clause_word(token: str) -> bool:
    """A function word but في, after a conjunction or not (``وهي``، ``فقد``): a clause's word, which no
    body's name in a title holds."""
    k = key(token)
    plain = k[1:] if k[:1] in _CONJUNCTIONS else k
    return k != _IN and (k in _NOT_NAME_WORDS or plain in _NOT_NAME_WORDS)


#: conjunctions written on a word (وهي، فقد)
_CONJUNCTIONS = frozenset("وف")


def _rare_name(token: str) -> bool:
    """A word of a name lexicon, or no word of running text the tagger knows (``كرتي``)."""
    from khabar.ner.model import default_tagger  # the model module imports this one

    k = key(token)
    return k in _surname_words() or k in _given_keys() or not default_tagger().knows(token)


def _name_word(token: str) -> bool:
    """The token may be a word of a name: Arabic letters, no function word, no proclitic before the
    article (``بالسعي``، ``للحكومة``، ``والحكومة``)."""
    return (
        _ARABIC_WORD.fullmatch(token) is not None
        and key(token) not in _NOT_NAME_WORDS
        and not token.startswith(_PROCLITIC_ARTICLE)
    )


def trim_persons(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Drop the last word of a person chunk when it is no name part and the rest is a KB person, or
    the rest starts or ends a KB person's name and the word is a plural past verb (``كيم سافروا``), or
    two words or more are left and it is a noun in ة after ب or ل (``نيلوفر حامدي بكفالة``: on bail) or
    a participle in the accusative (``حسام عبد الغفار متلبسا``: caught in the act)."""
    parts = _name_parts()
    for typ, i, j in chunk_list(tags):
        if typ != "PERS" or j - i < 2 or alias_type(_span_key(tokens, i, j)) is not None:
            continue
        last = key(tokens[j - 1])
        if last in parts or last in _FATHER_WORDS:
            continue  # (a name part, or the first word of a family name cut short: عبد الله بو | حبيب)
        rest = _span_key(tokens, i, j - 1)
        verb = len(last) >= 4 and last.endswith(_PLURAL_PAST)
        # (after one given name, only ب and no Maghrebi بو: وأشاد طلعت بدور هواوي، not فرج بوخطوة; nor بي,
        # which opens foreign names more than nouns: مايكل بيري)
        phrase = (
            (j - i >= 3 or (last[:1] == "ب" and last[1:2] not in "وي" and _name_lexicon_word(key(tokens[i]))))
            and last[:1] in _PHRASE_PROCLITICS
            # (a noun in ة, not a foreign name: فان بيرسي، كارلوس ألبرتو باريرا، هنري ليفي; or a word of
            # running text after the preposition: نبيل شمسان بجهود; or a noun with a pronoun of its
            # owners or its owner, not ه, which ends foreign names: إيفان دوكي بحمايتهم، not ميشيل باشليه)
            and (
                tokens[j - 1].endswith("ة")
                or _tagger_knows(tokens[j - 1][1:])
                or (last.endswith(_PRONOUN_ENDINGS) and _possessed_noun(tokens[j - 1][1:]))
            )
            and not _name_lexicon_word(last)
        )
        # a participle in the accusative after a name of two words or more (عبد الغفار متلبسا، X مقيدا)
        # (in the shapes of a participle: متلبسا، مستسلما، مقيدا; not a foreign name, موسكيرا، مونيكا)
        state = (
            j - i >= 3
            and last.endswith("ا")
            and (
                last.startswith(("مت", "مست")) or (len(last) == 5 and last[0] == "م" and last[1] not in "اوي")
            )
            and not _name_lexicon_word(last)
        )
        # (or, after a name of any length, a word with a preposition and the article, which no name part
        # has: وأشاد الحمداني بالدور، X للصحفيين; but not a foreign surname that opens with the letters,
        # neither the word nor the word after its preposition one the tagger knows: روبرت بالادينو)
        phrase = phrase or (
            tokens[j - 1].startswith(_PREPOSITION_ARTICLE)
            and not _name_lexicon_word(last)
            and _article_phrase(tokens[j - 1])
        )
        # (or a number word: تغريم رجل الأعمال حسام عبد الغفار مليوني جنيه; or the noun of a delegation
        # met: التقى ساماراس وفدا من الاتحاد)
        count = normalize(tokens[j - 1]) in number_words() or last in _MET_GROUPS
        # (or the deed a verb of stance is on: وانتقدت X سعاد عبد الرحيم القرار)
        count = count or (last in _DEED_OBJECTS and not _name_lexicon_word(last))
        # (or, after a name of two words or more, an event's noun with the article, the verb's object:
        # وأعلنت المحامية ريم الهاشمي الدعوى ضد الوزارة; not after عبد or أبو, a compound's)
        count = count or (
            j - i >= 3
            and last.startswith(_DEFINITE)
            and last[len(_DEFINITE) :] in _trigger_nouns()
            and key(tokens[j - 2]) not in _FATHER_WORDS
            and not _name_lexicon_word(last)
        )
        # (or, after a name of two words or more, an event's noun with the pronoun of its doer, the verb's
        # object: أعلن الحسيني أغ أحمد انشقاقه عن الحركة، وقدم X استقالته)
        count = count or (j - i >= 3 and owned_trigger_noun(last) and not _name_lexicon_word(last))
        # (or, after a name of two words or more, a noun of running text or of an event in the accusative,
        # its tanween written with alif: بدأ هشام عبد الحليم إضرابا عن الطعام)
        state = state or (
            j - i >= 3
            and last.endswith("ا")
            and len(last) > _SHORTEST_ACCUSATIVE
            and not _name_lexicon_word(last)
            and not _name_lexicon_word(last[:-1])
            and (_tagger_knows(tokens[j - 1][:-1]) or last[:-1] in _trigger_nouns())
        )
        # (or, after a name, the sound plural of a participle with the article: the people the verb acts
        # on, وحث مصطفى عبد الرزاق المانحين، حذر أيمن عبد المنعم المخالفين، وشكر شريف المانحين)
        count = count or (
            last.startswith("الم")
            and last.endswith("ين")
            and len(last) >= _SHORTEST_PLURAL
            and not _name_lexicon_word(last)
        )
        # (or, after a name of two words or more, any noun's sound plural with the article that the tagger
        # knows as running text, the people the verb acts on: وحذرت سامية صولوحو حسن الناشطين الأجانب)
        count = count or (
            j - i >= 3
            and last.startswith(_DEFINITE)
            and last.endswith("ين")
            and len(last) >= _SHORTEST_PLURAL
            and not _name_lexicon_word(last)
            and (_tagger_knows(tokens[j - 1]) or _tagger_knows(tokens[j - 1][len(_DEFINITE) :]))
        )
        if alias_type(rest) == "PERS" or (verb and _is_person(rest)) or phrase or state or count:
            tags[j - 1] = "O"
        elif (
            j - i >= 4
            and last.startswith("ال")
            and key(tokens[j - 2]) in _DEED_OBJECTS
            and not _name_lexicon_word(key(tokens[j - 2]))
        ):
            # (or that deed with an adjective: وانتقدت السفيرة ليندا توماس غرينفيلد الفيتو الروسي)
            tags[j - 2] = tags[j - 1] = "O"
        elif j - i >= 3 and key(tokens[j - 2]) in _MET_GROUPS and accusative_adjective(tokens, j - 1):
            # (or the delegation met with its nationality: استقبل سلفا كير وفدا سودانيا; the KB person
            # the rest ends, its first word untagged, taken whole)
            tags[j - 2] = tags[j - 1] = "O"
            if i > 0 and tags[i - 1] == "O" and alias_type(_span_key(tokens, i - 1, j - 2)) == "PERS":
                _retag(tags, "PERS", i - 1, j - 2)
    return tags


#: the pronouns of an event noun's doer (انشقاقه، استقالتها، مطالبهم), longest first
_DOER_PRONOUNS = (key("هما"), key("هم"), key("ها"), key("ه"))

#: the feminine ending written ت before a pronoun (استقالته: استقالة)
_OPEN_TAA = key("ت")
_CLOSED_TAA = key("ة")


def owned_trigger_noun(last: str) -> bool:
    """The key is an event-trigger noun with a pronoun (``انشقاقه``، ``استقالتها``)."""
    for ending in _DOER_PRONOUNS:
        if last.endswith(ending) and len(last) - len(ending) >= _SHORTEST_OWNED_NOUN:
            stem = last[: -len(ending)]
            nouns = _trigger_nouns()
            return stem in nouns or (stem.endswith(_OPEN_TAA) and stem[:-1] + _CLOSED_TAA in nouns)
    return False


#: the shortest event noun before a pronoun (no name's end: أحمده)
_SHORTEST_OWNED_NOUN = 4


def _article_phrase(token: str) -> bool:
    """A word with a preposition and the article (``بالدور``، ``للصحفيين``) is running text, but for one
    opening with ``بال`` that the tagger knows in no form: not as written, nor after the preposition, nor
    without a dual, plural or feminine ending (``بالمجلسين``: المجلس): a foreign surname (``بالادينو``)."""
    if not token.startswith(_BI_ARTICLE) or _tagger_knows(token):
        return True
    after = token[1:]
    if key(after) in _DEED_OBJECTS:
        return True  # (a deed a stance is on, which no surname spells: وأشاد X بالمرسوم)
    stem = after.removesuffix(next((e for e in _STEM_ENDINGS if after.endswith(e)), ""))
    return _tagger_knows(after) or _tagger_knows(stem)


#: ب and the article at a word's start (بالدور): a foreign surname may open with the letters (بالادينو)
_BI_ARTICLE = "بال"
#: dual, plural and feminine endings, as written, which no foreign surname's letters are taken for
_STEM_ENDINGS = ("ين", "ان", "ون", "ات", "ة", "ه")
#: the fewest letters of a noun in the accusative after a name (إضرابا)
_SHORTEST_ACCUSATIVE = 4
#: the fewest letters of a participle's sound plural with the article after a name (المانحين; not المؤمن)
_SHORTEST_PLURAL = 8
#: a delegation or group in the accusative, met or received after a name (وفدا، وفودا), as keys
_MET_GROUPS = frozenset(key(w) for w in ("وفدا", "وفودا", "ممثلين"))
#: deeds and words a stance is on, the object after a name (القرار، الخطوة، التصريحات), as keys
_DEED_OBJECTS = frozenset(
    key(w)
    for w in (
        *("القرار", "القرارات", "الخطوة", "الخطوات", "الأحكام", "الإجراء", "الإجراءات", "التصريحات"),
        *("الاتهامات", "الاتفاق", "الاتفاقية", "الهجوم", "الهجمات", "العقوبات", "المقترح", "الاقتراح"),
        "الفيتو",
        # a decree (أشاد مرزوق الغانم بالمرسوم)
        *("المرسوم", "المراسيم"),
    )
)
#: prepositions written on a word, which open a phrase after a name (بكفالة، لمدة)
_PHRASE_PROCLITICS = ("ب", "ل")


def _name_lexicon_word(k: str) -> bool:
    """The key ``k`` is a word of a person name lexicon or of a KB person's name."""
    return k in _name_parts() or k in _surname_words() or k in _given_keys()


@cache
def _feminine_verbs() -> frozenset[str]:
    """Keys of the perfect 3fs of the speech-cue verbs and the event-trigger verbs (``قالت``، ``شكرت``),
    less given names (``مدحت``، ``عصمت``)."""
    speech = (row[0] for row in packaged("speech_cues.tsv", 3, 4) if row[2] == "verb")
    perfects = (row[0].split("|")[0] for row in packaged("event_triggers.tsv", 6, 6) if row[4] == "verb")
    events = (p + "ت" for p in perfects if not p.endswith(("ى", "ي", "ا")))  # not weak-final: أدان، شكر
    verbs = {key(w) for w in (*speech, *events)}
    return frozenset(v for v in verbs if v.endswith("ت")) - _given_keys()


@cache
def _masculine_verbs() -> frozenset[str]:
    """Keys of the perfect 3ms of the event-trigger verbs (``طالب``، ``دان``)."""
    return frozenset(
        key(row[0].split("|")[0]) for row in packaged("event_triggers.tsv", 6, 6) if row[4] == "verb"
    )


@cache
def _trigger_nouns() -> frozenset[str]:
    """Keys of the event-trigger nouns (``إضراب``، ``اجتماع``), less given names."""
    nouns = (row[0] for row in packaged("event_triggers.tsv", 6, 6) if row[4] == "noun")
    return frozenset(key(w) for w in nouns) - _given_keys()


@cache
def _imperfect_verbs() -> frozenset[str]:
    """Keys of the imperfect third-person forms of the event-trigger verbs that open with ي or ت
    (``تشتري``، ``يطالب``), less given names."""
    from khabar.events.lexicon import THIRD, conjugate  # (the lexicon module imports no NER module)

    forms = (row[0] for row in packaged("event_triggers.tsv", 6, 6) if row[4] == "verb")
    verbs = {
        key(f) for form in forms for f, kind in conjugate(form).items() if kind == THIRD and f[:1] in "يت"
    }
    return frozenset(verbs) - _given_keys()


def trim_trailing_verbs(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Drop the last word of an organisation or place chunk when it is the imperfect of an event verb
    (``حكومة الوفاق تشتري``: a headline's body and its verb, the tagger taking the verb into the name)."""
    verbs = _imperfect_verbs()
    for typ, i, j in chunk_list(tags):
        if typ in ("ORG", "LOC") and j - i > 1 and key(tokens[j - 1]) in verbs:
            tags[j - 1] = "O"
    return tags


#: quantifiers that open an object after a name (كل من يحاول، أي صلة), keys
_QUANTIFIERS = frozenset(key(w) for w in ("كل", "أي", "بعض", "جميع", "كافة"))


def trim_trailing_quantifiers(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Drop the last word of a person chunk when it is a quantifier (``وتوعد اللواء حسن عبد الحي كل من
    يحاول``: "everyone who"), which opens the verb's object after the name."""
    for typ, i, j in chunk_list(tags):
        if typ == "PERS" and j - i > 1 and key(tokens[j - 1]) in _QUANTIFIERS:
            tags[j - 1] = "O"
    return tags


#: ب fused to a noun of what is praised or thanked for (وأشاد شمسان بجهود الشيخ، أشاد نعيم بوقوف مصر، أشاد
#: قائدي بتعاون الإدارة), keys: the object of a verb of praise after a name, never a word of it
_PRAISED_WITH = frozenset(
    key("ب" + w)
    for w in (
        *("جهود", "جهد", "تعاون", "وقوف", "موقف", "مواقف", "دعم", "قرار", "مبادرة", "التزام", "شجاعة"),
        *("أداء", "نجاح", "إنجاز", "حرص", "تضحيات", "سرعة", "مهنية", "تجاوب", "حكمة", "مستوى", "تفهم"),
    )
)


def trim_trailing_praised(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Drop the last word of a person chunk when it is ب fused to a noun of what is praised or thanked
    for (``وأشاد شمسان بجهود الشيخ``، ``وأشاد نعيم بوقوف مصر``): the object of the verb after the name."""
    for typ, i, j in chunk_list(tags):
        if typ == "PERS" and j - i > 1 and key(tokens[j - 1]) in _PRAISED_WITH:
            tags[j - 1] = "O"
    return tags


#: nouns of what a person did or said, before his name (زيارة أرمينغول، تصريحات السيسي), keys
_DEED_NOUNS = frozenset(
    key(w)
    for w in (
        *("زيارة", "زيارات", "تصريحات", "تصريح", "خطاب", "قرار", "قرارات", "دعوة", "دعوات", "مبادرة"),
        *("رسالة", "اتهامات", "انتقادات", "مقترح", "مقترحات", "اقتراح", "تهديدات", "وعود", "مطالب"),
        *("مطلب", "طلب", "شروط", "موقف", "مواقف", "عرض"),
        "سبيل",  # the "way" a release opens for him (أخلت النيابة سبيل X، إخلاء سبيل X)
    )
)


def trim_leading_deed_nouns(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Drop the first word of a person chunk when it is a noun of a deed or of words (``زيارة أرمينغول``،
    ``تصريحات السيسي``، ``بزيارة ماكرون``) or the "way" of a release (``أخلت النيابة سبيل الفيومي``): the
    act of the person after it, no part of his name."""
    for typ, i, j in chunk_list(tags):
        if typ == "PERS" and j - i >= 2 and _first_key(tokens[i]) in _DEED_NOUNS:
            tags[i] = "O"
            tags[i + 1] = "B-PERS"
    return tags


#: nouns of fishing and hunting, as keys: what they are of is a kind of fish or game, no person's name
#: (منع صيد الزبيدي في المياه الإقليمية: the fish)
_HUNT_NOUNS = frozenset(key(w) for w in ("صيد", "اصطياد"))
#: the forms a drug is sold in, before its kind (حبوب الكبتاغون، أقراص الترامادول), as keys
_DOSE_NOUNS = frozenset(key(w) for w in ("حبوب", "أقراص", "كبسولات"))
#: the nouns before a kind of catch or of drug, no person
_KIND_NOUNS = _HUNT_NOUNS | _DOSE_NOUNS


def untag_hunted_kinds(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Untag a person chunk of two words that opens on a noun of fishing or hunting (``منع صيد الزبيدي``):
    the kind of fish or game caught, whose name may be a family name too, no person; or on the form a
    drug comes in (``تهريب حبوب الكبتاغون``): the drug's kind."""
    for typ, i, j in chunk_list(tags):
        if typ == "PERS" and j - i == 2 and _first_key(tokens[i]) in _KIND_NOUNS:
            tags[i:j] = ["O"] * (j - i)
    return tags


#: "affairs" (key), the field of an office after its title (المبعوث الأميركي لشؤون الرهائن): no name
_AFFAIRS = key("شؤون")


def untag_affairs_persons(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Untag the start of a person chunk that opens on ``شؤون`` (with ل or not) and the definite words
    after it (``المبعوث الأميركي لشؤون الرهائن آدم بولر``): the field of the title before it, no name;
    a name after them keeps its tag."""
    for typ, i, j in chunk_list(tags):
        if typ != "PERS" or _first_key(tokens[i]) != _AFFAIRS:
            continue
        k = i + 1
        while k < j and tokens[k].startswith(_DEFINITE):
            k += 1
        _untag_lead(tags, typ, i, k, j)
    return tags


#: the fewest letters of a noun with ل fused to its article that :func:`trim_leading_lil_nouns` drops
_LIL_SHORTEST = 4


def trim_leading_lil_nouns(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Drop the first word of a person chunk when it is a definite noun with ل fused to its article
    (``المديرة التنفيذية للبرنامج ميمونة محمد شريف``): what the title before it is of, no part of a name
    (not ``للا``, a Moroccan princess's title, too short to be one)."""
    for typ, i, j in chunk_list(tags):
        if (
            typ == "PERS"
            and j - i >= 2
            and len(first := key(tokens[i])) > _LIL_SHORTEST
            and first.startswith("لل")
        ):
            tags[i] = "O"
            tags[i + 1] = "B-PERS"
    return tags


def trim_leading_verbs(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Drop the first word of a person chunk when it is a feminine past verb of speech or of an event,
    with a و or ف before it or not (``شكرت فريدريكسن الدوحة``، ``وقالت ميلوني``): the verb before a
    woman's name the tagger took into it. Masculine forms are names too (``دان``، ``طالب``، ``فيصل``):
    such a form is dropped only with و or ف on it and a KB person's name after it, the whole chunk no
    person of the KB (``وطالب شكري مجلس الأمن``), or, a derived form opening with a hamza, where it
    opens its clause and is no word of a name lexicon (``من جهته، أشاد الصفدي``، ``فيما أشاد الصفدي``)."""
    verbs = _feminine_verbs()
    masculine = _masculine_verbs()
    for typ, i, j in chunk_list(tags):
        if typ != "PERS" or j - i < 2:
            continue
        first = key(tokens[i])
        conjoined = first[:1] in ("و", "ف")
        if (
            first in verbs
            or (conjoined and first[1:] in verbs)
            or (
                conjoined
                and first[1:] in masculine
                and _is_person(_span_key(tokens, i + 1, j))
                and alias_type(" ".join((first[1:], _span_key(tokens, i + 1, j)))) != "PERS"
            )
            or (
                first in masculine
                and first.startswith("ا")  # (a derived form, أشاد، انتقد: not دان، طالب)
                and (i == 0 or tokens[i - 1] in ("،", ",") or key(tokens[i - 1]) in _BEFORE_VERBS)
                and not _name_lexicon_word(first)
                and alias_type(_span_key(tokens, i, j)) != "PERS"
            )
        ):
            tags[i] = "O"
            tags[i + 1] = "B-PERS"
    return tags


#: words that open a clause before its verb (فيما أشاد الصفدي), as keys
_BEFORE_VERBS = frozenset(key(w) for w in ("فيما", "بينما", "كما", "حيث", "ثم"))
#: free prepositions, as keys: no name opens with one (السفير الفرنسي لدى موسكو)
_FREE_PREPOSITIONS = frozenset(
    key(w) for w in ("لدى", "في", "من", "إلى", "الى", "على", "عن", "مع", "عند", "منذ", "خلال", "نحو")
)


def _drop_first(tokens: Sequence[str], tags: list[str], typ: str, i: int, j: int) -> None:
    """Untag the first word of the chunk ``[i, j)``; the rest takes its KB type where it is an alias, else
    keeps ``typ``."""
    tags[i] = "O"
    _retag(tags, _span_type(tokens, i + 1, j) or typ, i + 1, j)


def trim_leading_prepositions(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Drop a free preposition that opens a chunk (``السفير الفرنسي لدى موسكو``: not a person named
    لدى موسكو): the rest takes its KB type where it is an alias, else keeps the chunk's."""
    for typ, i, j in chunk_list(tags):
        if j - i < 2 or key(tokens[i]) not in _FREE_PREPOSITIONS:
            continue
        _drop_first(tokens, tags, typ, i, j)
    return tags


def trim_leading_prepositional_phrases(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Drop the first word of a person chunk when it is a definite word of running text behind ب or ل
    (``رئيس الوزراء التايلاندي بالإنابة بومتام ويتشاياشاي``: acting, then the name), no name word: the
    tagger knows it, and a stem of four letters or more follows the article (not ``بالاك``, a name opening
    on the letters)."""
    for typ, i, j in chunk_list(tags):
        if typ != "PERS" or j - i < 2 or not tokens[i].startswith(_PREPOSITION_ARTICLE):
            continue
        first = _first_key(tokens[i])
        if (
            _tagger_knows(tokens[i])
            and len(split(tokens[i]).bare) >= _SHORTEST_PHRASE_STEM
            and not _name_lexicon_word(first)
            and first not in _seen_persons()
        ):
            _drop_first(tokens, tags, typ, i, j)
    return tags


def split_titled_bodies_from_persons(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Cut an organisation chunk that opens with a body behind ل and the article, a KB organisation or a
    body's head (``للبنك``، ``للإنتربول``), right after a title, into that body and the person the rest of
    its words name, none a word the tagger knows (``المدير الإقليمي للبنك ساروج كومار``، ``الأمين العام
    للإنتربول فالديسي أوركيزا``): the body whose office the person holds. The name takes such words the
    tagger left out after the chunk, none behind a proclitic nor a verb (``المديرة العامة لليونسكو أودري
    أزولاي في``)."""
    titles = title_heads()
    for typ, i, j in chunk_list(tags):
        if typ != "ORG" or not 2 <= j - i <= _TITLED_NAME_WORDS or not tokens[i].startswith(_LIL):
            continue
        first = _first_key(tokens[i])
        if first not in _org_head_keys() and alias_type(first) != "ORG":
            continue
        if alias_type(_span_key(tokens, i, j)) is not None or not _titled_before(tokens, tags, i, titles):
            continue
        if all(_ARABIC_WORD.fullmatch(t) and not _tagger_knows(t) for t in tokens[i + 1 : j]):
            end = j
            while end < len(tokens) and end - i <= _TITLED_NAME_WORDS and tags[end] == "O":
                word = tokens[end]
                k = key(word)
                if not _ARABIC_WORD.fullmatch(word) or _tagger_knows(word) or _first_key(word) != k:
                    break
                if k in _feminine_verbs() or k in _masculine_verbs():
                    break
                end += 1
            _retag(tags, "ORG", i, i + 1)
            _retag(tags, "PERS", i + 1, end)
    return tags


#: ل and the article written on a word (للبنك)
_LIL = "لل"

#: the fewest letters of the stem of a phrase behind ب or ل and the article (بالإنابة)
_SHORTEST_PHRASE_STEM = 4

#: the most words of a body and a person's name in one organisation chunk
_TITLED_NAME_WORDS = 4


def trim_detached_clitics(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Drop a preposition written apart with a tatweel (``بـ``، ``لـ``) that ends or opens a chunk
    (``وأشاد الوزير جيرابيتريتيس بـ«الدور المحوري»``): it belongs to the phrase after it."""
    for typ, i, j in chunk_list(tags):
        if j - i >= 2 and tokens[j - 1].endswith(_TATWEEL):
            tags[j - 1] = "O"
        elif j - i >= 2 and tokens[i].endswith(_TATWEEL):
            _drop_first(tokens, tags, typ, i, j)
    return tags


#: the tatweel a detached proclitic is written with (بـ، لـ)
_TATWEEL = "ـ"


def trim_leading_demonyms(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Drop the first word of a person chunk when it is a nationality adjective with the article, or
    its second word (``الرئيس الكوري الجنوبي يون سوك يول``: the tagger took ``الجنوبي`` into the name),
    no name word, or another adjective of relation with the article before a given name (``رئيس بلدية
    باريس الاشتراكي برتران دولانويه``): the title's adjective, so that the name after it may reach its
    alias."""
    dem = demonym_keys()
    for typ, i, j in chunk_list(tags):
        if typ != "PERS" or j - i < 2:
            continue
        first = key(tokens[i])
        # (or the second word of one: الكوري الجنوبي، الجنوب أفريقي, which has no article)
        second = i > 0 and f"{key(tokens[i - 1])} {first}" in dem
        # (or a title's other adjective of relation before a given name: الاشتراكي برتران دولانويه)
        related = first.startswith("ال") and first.endswith("ي") and is_given_name(tokens[i + 1])
        if (second or related or (first.startswith("ال") and first in dem)) and not _name_lexicon_word(first):
            _drop_first(tokens, tags, typ, i, j)
    return tags


#: a spokesman's title before "in the name of" (المتحدث باسم، الناطق باسم), keys
_SPOKESMEN = frozenset(key(w) for w in ("المتحدث", "متحدث", "الناطق", "ناطق", "المتحدثة", "الناطقة"))
#: "in the name of", as a key
_IN_THE_NAME_OF = key("باسم")
#: how far back from باسم a spokesman's title may stand (المتحدث العسكري الرسمي باسم)
_SPOKESMAN_REACH = 3


def trim_spokesmen_bodies(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Drop the words before the first given name of a person chunk that opens on ``باسم`` right after a
    spokesman's title (``المتحدث العسكري باسم الحوثيين يحيى سريع``: the tagger read ``باسم`` as the
    given name Basim): "in the name of" and the body the spokesman speaks for, no name; with no given name in
    the chunk, the whole of it (``المتحدث الرسمي باسم تحالف دعم الشرعية``: no person at all)."""
    given = _given_names()
    for typ, i, j in chunk_list(tags):
        if typ != "PERS" or key(tokens[i]) != _IN_THE_NAME_OF:
            continue
        if not any(_first_key(tokens[h]) in _SPOKESMEN for h in range(max(0, i - _SPOKESMAN_REACH), i)):
            continue
        _untag_lead(tags, typ, i, next((k for k in range(i + 1, j) if tokens[k] in given), j), j)
    return tags


#: how many words a spokesman's name after the body he speaks for may hold (زاو مين تون)
_SPOKESMAN_NAME_WORDS = 3


def _spokesman_body_end(tokens: Sequence[str], tags: Sequence[str], i: int) -> int:
    """Where the body after ``باسم`` at ``i`` ends: over tagged words but persons and definite words (``باسم
    الحركة``), after a first word in the construct state before a definite one (``باسم وزارة الخارجية
    الإسرائيلية``), at most :data:`_LONG_TITLE_REACH` of them; ``i + 1`` when none."""
    j = i + 1
    limit = min(len(tokens), i + 1 + _LONG_TITLE_REACH)
    if j + 1 < limit and _ARABIC_WORD.fullmatch(tokens[j]) and tokens[j + 1].startswith(_DEFINITE):
        j += 1  # (the body's head word: وزارة، مكتب، قوات)
    while j < limit and (
        (tags[j] != "O" and not tags[j].endswith("PERS")) or _first_key(tokens[j]).startswith(_DEFINITE)
    ):
        j += 1
    return j


def _spokesman_name_word(token: str) -> bool:
    """``token`` may be a word of a spokesman's name the tagger missed: Arabic letters with no article,
    no function word, nationality or title, and no word of running text behind a proclitic (``بتعمد``)."""
    k = key(token)
    return (
        _ARABIC_WORD.fullmatch(token) is not None
        and not token.startswith(_DEFINITE)
        and k not in _NOT_NAME_WORDS
        and k not in _CLAUSE_TIME_WORDS
        and k not in demonym_keys()
        and k not in title_heads()
        and not (token[0] in _WORD_PROCLITICS and _tagger_knows(token[1:]))
    )


def _rare_or_given(token: str) -> bool:
    """A word the tagger never saw, or a given name (``حياة``): a name's first or last word."""
    return not _tagger_knows(token) or token in _any_given_names()


def tag_spokesmen_names(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag PERS the two or three untagged words right after the body a spokesman speaks for (``ورفض
    المتحدث باسم وزارة الخارجية الإسرائيلية ليئور حياة الخطوة``، ``ورفض المتحدث باسم المجلس العسكري زاو
    مين تون القرار``): the spokesman's name, told after his title as always, though the tagger never saw
    it or knows its words as running text. Its first and last words are words the tagger never saw or
    given names, and the clause's subject ends after it (:func:`_name_ends_clause`; a definite word ends
    it after a word the tagger never saw: ``ليئور حياة الخطوة``)."""
    if _no_word_in(tokens, _SPOKESMEN):
        return tags
    n = len(tokens)
    for i in range(1, n - 2):
        if key(tokens[i]) != _IN_THE_NAME_OF:
            continue
        if not any(_first_key(tokens[h]) in _SPOKESMEN for h in range(max(0, i - _SPOKESMAN_REACH), i)):
            continue
        k = _spokesman_body_end(tokens, tags, i)
        if k == i + 1:
            continue
        m = k
        while m < min(n, k + _SPOKESMAN_NAME_WORDS) and tags[m] == "O" and _spokesman_name_word(tokens[m]):
            m += 1
        while m - k >= 2 and not _spokesman_name(tokens, tags, k, m):
            m -= 1
        if m - k >= 2:
            _retag(tags, "PERS", k, m)
    return tags


def _spokesman_name(tokens: Sequence[str], tags: Sequence[str], k: int, m: int) -> bool:
    """Tokens ``k`` to ``m`` are a spokesman's name (:func:`tag_spokesmen_names`): its first and last words
    are words the tagger never saw or given names, and the subject's clause ends after it."""
    # (a definite word after a name with a word the tagger never saw is the verb's object)
    unknown = not all(map(_tagger_knows, tokens[k:m]))
    return (
        _rare_or_given(tokens[k])
        and _rare_or_given(tokens[m - 1])
        and _name_ends_clause(tokens, tags, m, second_unknown=unknown)
    )


#: words for a time of day, keys: with a weekday after them a time (فجر الخميس، صباح الأحد), no name
_TIMES_OF_DAY = frozenset(key(w) for w in ("فجر", "صباح", "مساء", "ظهر", "عصر", "ليل", "ليلة"))


@cache
def weekday_keys() -> frozenset[str]:
    """The weekdays with the article (``الخميس``), as keys."""
    return frozenset(key(row[0]) for row in packaged(WEEKDAYS_LEXICON, 2, 2))


def untag_times_of_day(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Untag a chunk of a time of day and a weekday (``فجر الخميس``: dawn on Thursday), which the tagger
    took for a given name and a surname."""
    for _, i, j in chunk_list(tags):
        if j - i == 2 and key(tokens[i]) in _TIMES_OF_DAY and key(tokens[i + 1]) in weekday_keys():
            tags[i:j] = ["O"] * (j - i)
    return tags


#: words that open a time told after a name, keys: a day's (يوم الخميس، أمس الأحد, with a weekday after
#: them) or a time of day's (:data:`_TIMES_OF_DAY`)
_TIME_OPENERS = _TIMES_OF_DAY | frozenset(key(w) for w in ("يوم", "أمس"))
#: a period and the words that make it the last or the next one (العام الماضي، الشهر المقبل), keys
_PERIODS = frozenset(key(w) for w in ("العام", "الشهر", "الأسبوع", "الاسبوع"))
_PERIOD_PLACES = frozenset(key(w) for w in ("الماضي", "المقبل", "الفائت", "القادم"))


def _time_at(tokens: Sequence[str], k: int) -> bool:
    """Tokens ``k`` and ``k + 1`` tell a time: a day or a time of day and a weekday (``يوم الجمعة``،
    ``صباح الاثنين``), or the last or next period (``العام الماضي``)."""
    if k + 1 >= len(tokens):
        return False
    first, second = key(tokens[k]), key(tokens[k + 1])
    return (first in _TIME_OPENERS and second in weekday_keys()) or (
        first in _PERIODS and second in _PERIOD_PLACES
    )


def trim_trailing_times(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Untag the time a name chunk ran on into, and what follows it in the chunk (``خرج سكان مدينة جرادة
    يوم الجمعة``، ``نفذت اللجنة في مديرية دار سعد يوم الخميس وقفة``، ``منصور هادي فجر الخميس``، ``أعلنه
    الحزب العام الماضي``): a day, a time of day or a period is no word of a name. A name that is such words
    itself (``سوق الجمعة``، ``صباح الأحمد``) opens on no time word before a weekday."""
    for _, i, j in chunk_list(tags):
        k = next((k for k in range(i + 1, j) if _time_at(tokens, k)), None)
        if k is not None:
            tags[k:j] = ["O"] * (j - k)
    return tags


#: nouns for a missile, keys, and the kinds of missile named right after one (صواريخ كروز، صاروخ توماهوك),
#: keys: a kind, no surname
_MISSILE_NOUNS = frozenset(key(w) for w in ("صاروخ", "صاروخا", "صواريخ", "بصاروخ", "بصواريخ", "وصواريخ"))
_MISSILE_KINDS = frozenset(key(w) for w in ("كروز", "توماهوك", "سكود", "كاتيوشا", "غراد", "كورنيت"))


def untag_missile_kinds(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Untag a one-word chunk that is a kind of missile right after a noun for one (``9 صواريخ كروز``:
    cruise missiles), which the tagger took for a surname (تيد كروز)."""
    for _, i, j in chunk_list(tags):
        if j - i == 1 and i > 0 and key(tokens[i]) in _MISSILE_KINDS and key(tokens[i - 1]) in _MISSILE_NOUNS:
            tags[i] = "O"
    return tags


def trim_leading_adverbs(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Drop the first word of a person chunk when it is an indefinite accusative word of running text
    right after another (``أجرى اتصالا هاتفيا بروتو``: a phone call, then the name after ب), no name
    word: the adjective of the noun before, which the tagger took into the name."""
    for typ, i, j in chunk_list(tags):
        if typ != "PERS" or j - i < 2 or i == 0:
            continue
        first, before = key(tokens[i]), key(tokens[i - 1])
        if (
            first.endswith("ا")
            and before.endswith("ا")
            and not before.startswith("ال")
            and _tagger_knows(tokens[i])
            and not _name_lexicon_word(first)
        ):
            _drop_first(tokens, tags, typ, i, j)
    return tags


#: adjectives of an office, after its title and before its holder's name, as keys: an acting, interim, former
#: or new holder (وزير الداخلية المكلف عماد الطرابلسي، رئيس الوزراء المؤقت X): no word of the name
_OFFICE_ADJECTIVES = frozenset(
    key(w)
    for w in (
        *("المكلف", "المكلفة", "المؤقت", "المؤقتة", "السابق", "السابقة", "الأسبق", "المنتخب", "المنتخبة"),
        *("المقال", "المقالة", "المخلوع", "المستقيل", "المستقيلة", "المنتهية", "بالإنابة", "بالوكالة"),
    )
)


#: "special", an envoy's or a representative's adjective that never opens a name (المبعوث الروسي الخاص
#: زامير كابولوف), as keys
_SPECIAL_ADJECTIVES = frozenset(key(w) for w in ("الخاص", "الخاصة"))


def trim_leading_office_adjectives(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Drop the first word of a person chunk of three words or more when it is an adjective of an office
    (:data:`_OFFICE_ADJECTIVES`) right after an untagged word (``وقال وزير الداخلية المكلف عماد الطرابلسي``):
    the title's adjective, which the tagger took into the name; "special" from a chunk of two words too
    (``المبعوث الروسي الخاص زامير كابولوف``)."""
    for typ, i, j in chunk_list(tags):
        if typ != "PERS" or not i or tags[i - 1] != "O" or j - i < 2:
            continue
        first = key(tokens[i])
        if (j - i >= 3 and first in _OFFICE_ADJECTIVES) or first in _SPECIAL_ADJECTIVES:
            _drop_first(tokens, tags, typ, i, j)
    return tags


def trim_title_tails(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Drop from the start of a person chunk the word that ends a title of two words begun by the untagged
    word before it, and the honorifics after it (``شيخ الأزهر الدكتور أحمد الطيب``: شيخ الأزهر, the
    title; الدكتور, an honorific); a chunk of nothing else is untagged."""
    titles, honorifics = _title_phrases(), one_word_titles(_HONORIFIC)
    for typ, i, j in chunk_list(tags):
        if typ != "PERS" or not i or tags[i - 1] != "O":
            continue
        if f"{key(tokens[i - 1])} {key(tokens[i])}" not in titles:
            continue
        _untag_lead(tags, typ, i, _past_keys(tokens, i + 1, j, honorifics), j)
    return tags


@cache
def one_word_titles(kinds: frozenset[str]) -> frozenset[str]:
    """The person titles of ``person_titles.tsv`` of one word and of one of ``kinds`` (``honorific``:
    ``الدكتور``، ``السيد``), as keys."""
    return frozenset(
        key(w) for w, kind in packaged("person_titles.tsv", 2, 2) if " " not in w and kind in kinds
    )


#: the kind of person title that honours a name (الدكتور، السيد)
_HONORIFIC = frozenset({"honorific"})


#: a counterpart before a name, like a title (مع نظيرها الهندي براناب موخيرجي، وقال نظيره الروسي X),
#: normalised
_COUNTERPART_STEMS = ("نظير", "نظيرت", "نظراء", "نظيري")
COUNTERPARTS = frozenset(
    normalize(stem + suffix) for stem in _COUNTERPART_STEMS for suffix in ("", "ه", "ها", "هم", "هما")
)
#: the counterpart words with a pronoun (نظيره، نظيرتها): without one the word may be a given name (نظير)
_COUNTERPARTS_WITH_PRONOUN = COUNTERPARTS - {normalize(s) for s in _COUNTERPART_STEMS}


def trim_counterparts(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Drop from the start of a person chunk a counterpart word with its pronoun and the nationalities
    after it (``نظيره الغواتيمالي برناردو أريفالو``): a title, not the name; a chunk of nothing else is
    untagged. Without a pronoun the word may be a given name (``نظير مجلي``)."""
    dem = demonym_keys()
    for typ, i, j in chunk_list(tags):
        if typ != "PERS" or _first_key(tokens[i]) not in _COUNTERPARTS_WITH_PRONOUN:
            continue
        _untag_lead(tags, typ, i, _past_keys(tokens, i + 1, j, dem), j)
    return tags


#: words for a group before its name (عصابة "فيف أنسانم"، حركة حماس): the name is an organisation's
_GROUP_WORDS = frozenset(
    key(w)
    for w in (
        *("حركة", "جماعة", "عصابة", "عصابات", "منظمة", "تنظيم", "ميليشيا", "مليشيا", "جبهة"),
        *("تحالف", "ائتلاف"),  # تحالف سميوكت كيسان مورتشا
        *("كارتل", "كارتلات"),  # كارتل "خاليسكو الجيل الجديد"
    )
)
#: quotation marks that may stand between such a word and the name
_OPENING_QUOTES = frozenset({'"', "«", "“", "'"})


#: words that open a clause after a name and are part of no name: relative pronouns, words of a
#: condition and the negations of a verb
CLAUSE_OPENER_WORDS = (
    *("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي"),
    *("إذا", "إذ", "لو", "لولا", "لم", "لن"),
)
_CLAUSE_OPENERS = frozenset(key(w) for w in CLAUSE_OPENER_WORDS)
#: "were it not for", also a name (لولا دا سيلفا)
_LULA = key("لولا")


def trim_clause_openers(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Untag a chunk from the first word after its first that opens a clause (``طالبات مدرسة شيبوك
    اللواتي اختطفتهن``، ``عن جزيرة جيرزي إذا لم تمنح``): the clause is on the name, not in it."""
    for typ, i, j in chunk_list(tags):
        cut = next(
            (
                k
                for k in range(i + 1, j)
                if key(tokens[k]) in _CLAUSE_OPENERS
                # (لولا inside a person's name, more of it after: لويز إيناسيو لولا دا سيلفا)
                and not (typ == "PERS" and key(tokens[k]) == _LULA and k + 1 < j)
            ),
            None,
        )
        if cut is not None:
            tags[cut:j] = ["O"] * (j - cut)
    return tags


#: "that" opening a clause (قال X إن، أكد أن), keys: the words after it are its subject, not the name's
_COMPLEMENTIZERS = frozenset(key(w) for w in ("إن", "أن", "بأن"))


def split_at_complementizers(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Cut a chunk at a word for "that" inside it (``أمام البرلمان إن الجيش الباكستاني``): the name before
    it ends there, and the words after it, the clause's subject, are a chunk of their own (a KB name's
    type, else the chunk's)."""
    for typ, i, j in chunk_list(tags):
        cut = next((k for k in range(i + 1, j - 1) if key(tokens[k]) in _COMPLEMENTIZERS), None)
        if cut is not None:
            tags[cut] = "O"
            _retag(tags, _span_type(tokens, cut + 1, j) or typ, cut + 1, j)
    return tags


def retype_group_names(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Retag ORG a person or miscellaneous chunk right after a word for a group, a quotation mark between
    or not (``هاجمت عصابة "فيف أنسانم"``، ``عصابة "لوس تشونيروس"``): ANERcorp train tags all 16 chunks
    there ORG. The group word itself, tagged alone before the name, is no name (``ميليشيا «ماي ماي»``)."""
    for typ, i, j in chunk_list(tags):
        if typ not in ("PERS", "MISC"):
            continue
        k = i - 1 if i > 0 and tokens[i - 1] in _OPENING_QUOTES else i
        if k > 0 and _first_key(tokens[k - 1]) in _GROUP_WORDS:
            _retag(tags, "ORG", i, j)
            if tags[k - 1] != "O" and tags[k - 1].startswith("B-") and (k < 2 or tags[k - 2] == "O"):
                tags[k - 1] = "O"
    return tags


#: words for a group or a party before a name in quotation marks (فصيل «الجبهة 33»، تحالف «أزيميو»،
#: مجموعة «لحقي»), or opening a quoted name of two words or more («حركة امتداد»، «مؤسسة مكافحة الفساد»)
_QUOTED_NAME_HEADS = _GROUP_WORDS | frozenset(
    key(w)
    for w in (
        *("فصيل", "تحالف", "ائتلاف", "حزب", "تيار", "مجموعة", "مؤسسة", "تنسيقية"),
        *("كتلة", "تكتل"),  # a parliamentary bloc: كتلة «الوفاء للمقاومة»، تكتل «لبنان القوي»
        *("صحيفة", "جريدة", "مجلة"),  # a paper's own name: أغلقت الجماعة مكاتب صحيفة «صوت العمال»
        "شركة",  # (استهدف مجهولون مكتب شركة «الخليج للطاقة»)
        *("فدرالية", "فيدرالية", "كونفدرالية"),  # a union of bodies: احتجز أفراد من «فدرالية مجتمعات الأشوار»
    )
)
#: words in quotes after such a word that describe the group and name none (صنفتها منظمة «إرهابية»)
_QUOTED_DESCRIPTIONS = frozenset(
    key(w)
    for w in (
        *("إرهابية", "ارهابية", "إرهابي", "متطرفة", "محظورة", "إجرامية", "سرية", "مسلحة"),
        *("وهمية", "خاصة", "أجنبية", "عامة"),  # (a company described: شركة «وهمية»)
    )
)
#: words that open a quoted name of two words or more only, a definite word after them, and do not stand
#: before one (حملة «الرد الحازم»: an operation), as keys
_QUOTED_OPENING_HEADS = frozenset(
    key(w)
    for w in (
        *("حملة", "لجنة", "رابطة", "شبكة", "تجمع", "جمعية", "نقابة", "مبادرة", "عصبة"),
        "منصة",  # a movement's platform: بدعوة من منصة "سنوقف قتل النساء"
    )
)
#: of those, the words for an association of members, before which a quoted definite run is its name
#: too (جمعية «الشباب الأناضولي»، نقابة "التضامن الريفي"): no operation goes by them, as keys
_QUOTED_MEMBERS_HEADS = frozenset(key(w) for w in ("جمعية", "نقابة", "رابطة"))
#: the most words of such a name
_QUOTED_NAME_WORDS = 6
#: prepositions, which a quoted description holds and a quoted name a group word opens does not
#: («مجموعة من الإرهابيين»), as keys
_QUOTED_PREPOSITIONS = frozenset(key(w) for w in ("من", "في", "على", "إلى", "عن", "مع", "ضد"))


def tag_quoted_group_names(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag ORG a short run in quotation marks right after a word for a group or a party, with no mark
    inside (``وفصيل «الجبهة 33»``، ``تحالف «أزيميو لا أوموجا»``، ``حركة «حسم»``، ``حزب «زانو - بي إف»``),
    or a run of two words or more that such a word or one for a campaign, a committee or a union opens
    (``أنصار «حركة امتداد»``، ``«حملة التضامن مع فلسطين»``): the group's own name,
    which the tagger, with few such names in training, leaves out or cuts in parts; a description in
    quotes (``منظمة «إرهابية»``، ``«مجموعة من الإرهابيين»``) names none."""
    for start, end in quote_spans(tokens):
        before = _first_key(tokens[start - 2]) if start > 1 else ""
        # (after a campaign's or a committee's word a name with no article: حملة «طلعت ريحتكم»، لجنة
        # «لا للسفن الكبيرة»; a definite one may be an operation, حملة «الرد الحازم»)
        after_head = (
            before in _QUOTED_NAME_HEADS
            or before in _QUOTED_MEMBERS_HEADS
            or (before in _QUOTED_OPENING_HEADS and not tokens[start].startswith(_DEFINITE))
        )
        head = _first_key(tokens[start])
        opened = (
            not after_head
            and end - start > 1
            and (
                head in _QUOTED_NAME_HEADS
                or key(tokens[start]) in _QUOTED_NAME_HEADS  # (no proclitic ف: فدرالية)
                # (the others with a definite word after them: «شبكة تجسس أمريكية» describes)
                or (head in _QUOTED_OPENING_HEADS and key(tokens[start + 1]).startswith("ال"))
            )
        )
        name = start + 1 if opened else start  # the words after the head
        # (a preposition after a definite word that follows the head is the name's: «حملة التضامن مع
        # فلسطين»; not one right after it, «مجموعة من الإرهابيين»)
        described = opened and not key(tokens[name]).startswith("ال")
        if (
            start > 0
            and end - start <= _QUOTED_NAME_WORDS
            and (after_head or opened)
            and not tags[start].startswith("I-")  # (the tagger's chunks inside it, not across its ends)
            and (end == len(tags) or not tags[end].startswith("I-"))
            and not any(c in QUOTE_CHARS for t in tokens[start:end] for c in t)
            and key(tokens[name]) not in _QUOTED_DESCRIPTIONS
            and not (described and any(key(t) in _QUOTED_PREPOSITIONS for t in tokens[name:end]))
        ):
            _retag(tags, "ORG", start, end)
    return tags


def tag_self_named_groups(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag ORG the name a group gives itself after ``اسم`` with a reflexive pronoun of a group before it
    (``جماعة تطلق على نفسها اسم "فرق الموت"``، ``مجموعة قراصنة تطلق على نفسها اسم جبروت``): the quoted run
    right after it, or one untagged word with no article nor proclitic that the tagger never saw."""
    if _no_word_in(tokens, _NAME_WORD, key):
        return tags  # (most sentences)
    n, spans = len(tokens), {start: end for start, end in quote_spans(tokens)}
    for k in range(1, n - 1):
        if key(tokens[k]) not in _NAME_WORD or key(tokens[k - 1]) not in _GROUP_REFLEXIVES:
            continue
        if tokens[k + 1] and all(c in QUOTE_CHARS for c in tokens[k + 1]):
            end = spans.get(k + 2)
            if end is not None and all(t == "O" for t in tags[k + 2 : end]):
                _retag(tags, "ORG", k + 2, end)
            continue
        word = tokens[k + 1]
        if (
            tags[k + 1] == "O"
            and _ARABIC_WORD.fullmatch(word) is not None
            and _first_key(word) == key(word)
            and not word.startswith(_DEFINITE)
            and not _tagger_knows(word)
        ):
            _retag(tags, "ORG", k + 1, k + 2)
    return tags


#: "name" (اسم), as a key
_NAME_WORD = frozenset((key("اسم"),))
#: a group's reflexive pronouns before the name it gives itself (نفسها، أنفسهم), as keys; not نفسه, a man's
_GROUP_REFLEXIVES = frozenset(key(w) for w in ("نفسها", "أنفسهم", "نفسهم", "انفسهم"))


#: "for the sake of" (من أجل), which goes on an organisation's name (حركة من أجل التغيير), as keys
_FOR_THE_SAKE = (key("من"), key("أجل"))


#: heads of a council or a ministry, whose name may join two portfolios by و (مجلس الأمن والدفاع), as keys
_PORTFOLIO_HEADS = frozenset(key(w) for w in ("مجلس", "المجلس", "وزارة", "هيئة", "لجنة", "مفوضية"))
#: the most words of the joined portfolio before its nationality (والتعاون الدولي السودانية)
_PORTFOLIO_WORDS = 2


def extend_joined_portfolios(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Extend an organisation chunk that opens with a council or a ministry word over a second portfolio
    joined to it by و and the nationality after it (``مجلس الأمن`` + ``والدفاع السوداني``): one body,
    whose name the tagger cut at و (the known ``مجلس الأمن`` first of all)."""
    for typ, i, j in chunk_list(tags):
        if typ != "ORG" or _first_key(tokens[i]) not in _PORTFOLIO_HEADS or j >= len(tokens):
            continue
        if not key(tokens[j]).startswith("وال"):
            continue
        for end in range(j + 1, min(j + 1 + _PORTFOLIO_WORDS, len(tokens))):
            if key(tokens[end]) in demonym_keys():
                if all(t == "O" for t in tags[j : end + 1]):
                    _retag(tags, "ORG", i, end + 1)
                break
    return tags


def extend_for_names(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Extend an organisation chunk over ``من أجل`` and the definite noun after it, with one joined to it
    by و (``حزب تحالف المواطنين من أجل التغيير``، ``التجمع من أجل الثقافة والديمقراطية``): what a party
    or a movement stands for is a part of its name."""
    for typ, i, j in chunk_list(tags):
        if typ != "ORG" or j + 2 >= len(tokens) or (key(tokens[j]), key(tokens[j + 1])) != _FOR_THE_SAKE:
            continue
        end = j + 3
        if not key(tokens[j + 2]).startswith("ال"):
            continue
        if end < len(tokens) and key(tokens[end]).startswith("وال"):
            end += 1
        if all(t == "O" for t in tags[j:end]):
            _retag(tags, "ORG", i, end)
    return tags


#: the rights a body defends, a part of its name after it (مركز البحرين لحقوق الإنسان، الرابطة الجزائرية
#: للدفاع عن حقوق الإنسان)
_RIGHTS_DEFENDED = tuple(
    tuple(key(w) for w in phrase.split())
    for phrase in (
        "لحقوق الإنسان",
        "للدفاع عن حقوق الإنسان",
        "لحقوق المرأة",
        "للحقوق والحريات",
        "للحقوق الشخصية",
        "لحماية الصحفيين",
    )
)
#: the most words of one of them
_RIGHTS_WORDS = max(len(phrase) for phrase in _RIGHTS_DEFENDED)
#: heads of a rights body named after a place (مركز البحرين، المرصد الليبي)
_RIGHTS_HEADS = frozenset(
    key(w)
    for w in (
        *("مركز", "المركز", "منظمة", "المنظمة", "جمعية", "الجمعية", "رابطة", "الرابطة", "مرصد", "المرصد"),
        *("شبكة", "الشبكة", "هيئة", "الهيئة", "لجنة", "اللجنة", "مؤسسة", "المؤسسة", "معهد", "المعهد"),
    )
)


def extend_for_rights(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Extend an organisation chunk, or a place chunk after the head of a body (``مركز البحرين``), over
    the untagged words for the rights it defends (``لحقوق الإنسان``), also where the chunk already took
    their first words (``الرابطة الجزائرية للدفاع`` + ``عن حقوق الإنسان``)."""
    for typ, i, j in chunk_list(tags):
        headed = typ == "LOC" and i > 0 and tags[i - 1] == "O" and _first_key(tokens[i - 1]) in _RIGHTS_HEADS
        if not headed and typ != "ORG":
            continue
        end = _rights_end(tokens, tags, i, j)
        if end is None or (not headed and _span_type(tokens, i, j) is not None):
            continue  # (a whole KB name is none: المفوض السامي للأمم المتحدة لحقوق الإنسان, a title)
        _retag(tags, "ORG", i - 1 if headed else i, end)
    return tags


#: heads of a labour body named after the workers of a country (الاتحاد الوطني لعمال مالي)
_UNION_HEADS = frozenset(
    key(w)
    for w in (
        *("الاتحاد", "اتحاد", "الكونفدرالية", "كونفدرالية", "الكنفدرالية", "النقابة", "نقابة", "الجامعة"),
        *("الرابطة", "رابطة", "التنسيقية", "المركزية", "الفيدرالية", "المنظمة"),
    )
)
#: adjectives between such a head and the workers (الاتحاد العام، الكونفدرالية الديمقراطية)
_UNION_ADJECTIVES = frozenset(
    key(w)
    for w in (
        *("العام", "العامة", "الوطني", "الوطنية", "المستقل", "المستقلة", "الديمقراطي", "الديمقراطية"),
        *("الموحد", "الموحدة", "الحر", "الحرة", "العمالي", "النقابية", "المركزي", "المركزية"),
    )
)
#: the workers or the labour such a body stands for, after ل (لعمال، لنقابات، للشغل)
_UNION_WORKERS = frozenset(
    key(w)
    for w in (
        *("لعمال", "للعمال", "لنقابات", "للنقابات", "للشغل", "للعمل", "للشغالين", "لموظفي", "للموظفين"),
        *("للمعلمين", "لمعلمي", "للأطباء", "للصحفيين", "للمحامين", "للعاملين", "لاتحادات", "للمزارعين"),
    )
)
#: the workers' words in the construct state, which a genitive follows (لعمال النقل، لنقابات العمال)
_UNION_CONSTRUCTS = frozenset(key(w) for w in ("لعمال", "لنقابات", "لموظفي", "لمعلمي", "لاتحادات"))
#: how many words (نقابات + عمال) may stand between the workers' word and the country
_UNION_WORDS = 2


def tag_workers_unions(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag as one organisation a labour body named after the workers of a country: its head, adjectives,
    the workers after ل, a word or two and the country (``الاتحاد الوطني لعمال مالي``، ``الاتحاد العام
    لنقابات عمال مصر``، ``الكونفدرالية العامة لعمال موريتانيا``), where the tagger read the country
    alone; or of a trade, after a head the tagger read alone (``الاتحاد الدولي لعمال النقل``)."""
    for typ, i, j in chunk_list(tags):
        if typ != "LOC" or i < 2:
            continue
        w = i - 1
        while w > max(i - 1 - _UNION_WORDS, 0) and tags[w] == "O" and key(tokens[w]) not in _UNION_WORKERS:
            w -= 1
        if tags[w] != "O" or key(tokens[w]) not in _UNION_WORKERS:
            continue
        h = w - 1
        while h > 0 and tags[h] == "O" and key(tokens[h]) in _UNION_ADJECTIVES:
            h -= 1
        if h >= 0 and tags[h] == "O" and _first_key(tokens[h]) in _UNION_HEADS:
            _retag(tags, "ORG", h, j)
    for typ, i, j in chunk_list(tags):
        # or after a body the tagger read alone, the workers of a trade (الاتحاد الدولي + لعمال النقل)
        if (
            typ == "ORG"
            and j + 1 < len(tokens)
            and tags[j] == tags[j + 1] == "O"
            and key(tokens[j]) in _UNION_CONSTRUCTS
            and key(tokens[j + 1]).startswith("ال")
            and _first_key(tokens[i]) in _UNION_HEADS
            and _span_type(tokens, i, j) is None
        ):
            _retag(tags, "ORG", i, j + 2)
    return tags


#: the sport a sports body governs, after ل, the end of its name (الاتحاد الدولي للتزلج، الجامعة الملكية
#: المغربية لكرة القدم، الوكالة الأمريكية لمكافحة المنشطات)
_SPORTS = tuple(
    tuple(key(w) for w in phrase.split())
    for phrase in (
        *("لكرة القدم", "لكرة السلة", "لكرة اليد", "للكرة الطائرة", "لكرة الطاولة", "لكرة الماء"),
        *("لألعاب القوى", "للسباحة", "للتزلج", "للجودو", "للتنس", "لرفع الأثقال", "للملاكمة", "للمصارعة"),
        *("للدراجات", "للدراجات الهوائية", "للفروسية", "للجمباز", "للرماية", "للتايكوندو", "للكاراتيه"),
        *("للشطرنج", "للغولف", "للرياضات المائية", "للهوكي", "للرجبي", "للسيارات", "للمبارزة", "للتجديف"),
        *("للرياضة", "للرياضات", "للألعاب الرياضية", "لمكافحة المنشطات", "للرياضيين"),
    )
)
#: heads of a sports body (الاتحاد، الجامعة in the Maghreb, اللجنة، الرابطة، الوكالة)
_SPORTS_HEADS = frozenset(
    key(w)
    for w in (
        *("الاتحاد", "اتحاد", "الجامعة", "جامعة", "اللجنة", "لجنة", "الرابطة", "رابطة", "الوكالة", "وكالة"),
        *("الهيئة", "هيئة", "المنظمة", "منظمة", "الكونفدرالية", "الفيدرالية"),
    )
)
#: the most words of a sport
_SPORT_WORDS = max(map(len, _SPORTS))
#: how many adjectives may stand between the head and the sport (الجامعة الملكية المغربية)
_SPORTS_ADJECTIVES = 3


def _nisba(token: str) -> bool:
    """The token is a definite relative adjective (``الدولي``، ``المغربية``، ``الآسيوي``)."""
    k = key(token)
    return k.startswith("ال") and k.endswith(_ADJECTIVE_ENDINGS) and len(k) > 4


def _genitive(token: str) -> bool:
    """The token carries the preposition ل or ب (``للوكالة``، ``بالاتحاد``)."""
    return any(p in _PREPOSITION_LETTERS for p in split(token).proclitics)


#: a military region or district (المنطقة، الناحية) and its command (قيادة) before it, as keys
_MILITARY_REGIONS = frozenset(key(w) for w in ("المنطقة", "الناحية"))
_COMMAND = key("قيادة")
_MILITARY = key("العسكرية")
#: what tells one military region from another: a feminine ordinal or a direction (الثالثة، الشمالية)
_REGION_MARKS = frozenset(
    key(w)
    for w in (
        *("الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة"),
        *("العاشرة", "الشمالية", "الجنوبية", "الشرقية", "الغربية", "الوسطى", "المركزية"),
    )
)


#: "authorities" with no article, the head of a construct naming which (سلطات الجمارك), as a key
_AUTHORITIES = key("سلطات")
#: the occupation, which the authorities after it name with no nationality (سلطات الاحتلال), as a key
_OCCUPATION = key("الاحتلال")
#: the most words of the construct after it before its nationality (سلطات إنفاذ القانون الأمريكية)
_AUTHORITY_WORDS = 3
#: a state's or a province's word with no article, whose name after it the authorities govern (سلطات ولاية
#: الخرطوم، سلطات إقليم كردستان), as keys
_AUTHORITY_REGIONS = frozenset(key(w) for w in ("ولاية", "إقليم", "محافظة", "مقاطعة"))


#: "defence" written bare, the lawyers of the persons it is put before, as a key
_DEFENCE = key("دفاع")
#: the persons tried whose lawyers that names (دفاع المتهمين، دفاع الموقوفين), keys
_DEFENDED = frozenset(
    key(w)
    for w in (
        *("المتهم", "المتهمة", "المتهمين", "المتهمون", "المتهمتين", "المتهمات"),
        *("الموقوف", "الموقوفين", "الموقوفون", "المعتقل", "المعتقلين", "المعتقلون"),
    )
)


def tag_defence_teams(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag ORG ``دفاع`` and the accused after it (``ورفض دفاع المتهمين الأحكام``، ``ونفى دفاع المتهمين
    جميع التهم``): their lawyers acting as one, as the guide takes a defence team (هيئة الدفاع)."""
    if _DEFENCE not in _first_keys(tuple(tokens)):
        return tags  # (most sentences: no bare defence word)
    for k in range(len(tokens) - 1):
        defended = key(tokens[k + 1]) in _DEFENDED
        if tags[k] == tags[k + 1] == "O" and defended and _first_key(tokens[k]) == _DEFENCE:
            _retag(tags, "ORG", k, k + 2)
    return tags


def tag_authorities(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag ORG ``سلطات`` and the construct after it, up to a nationality or the occupation (``صادرت
    سلطات الجمارك البريطانية اللوح``، ``سلطات إنفاذ القانون الأمريكية``، ``استولت سلطات الاحتلال على
    الأرض``): a state's agency acting, which the tagger leaves untagged or cut after its head."""
    if _AUTHORITIES not in _first_keys(tuple(tokens)):
        return tags
    for k, token in enumerate(tokens):
        if _first_key(token) != _AUTHORITIES:
            continue
        end = None
        for j in range(k + 1, min(k + 2 + _AUTHORITY_WORDS, len(tokens))):
            word = key(tokens[j])
            if word == _OCCUPATION or (j > k + 1 and word in demonym_keys()):
                end = j + 1
                break
        if end is None and k + 2 < len(tokens) and key(tokens[k + 1]) in _AUTHORITY_REGIONS:
            # سلطات ولاية الخرطوم، سلطات إقليم كردستان: the authorities of the place named after its word
            # (the province's word inside the place's chunk or not: سلطات ولاية الحوض الشرقي)
            start = k + 1 if tags[k + 1].startswith("B-") else k + 2
            if tags[start].startswith("B-"):
                end = start + 1
                while end < len(tags) and tags[end].startswith("I-"):
                    end += 1
        if end is None:
            continue
        if end < len(tokens) and key(tokens[end]) in demonym_keys():
            end += 1  # سلطات الاحتلال الإسرائيلي
        if not tags[k].startswith("I-") and (end == len(tags) or not tags[end].startswith("I-")):
            _retag(tags, "ORG", k, end)
    return tags


#: the branches whose command a place names (قيادة عمليات ديالى، قيادة شرطة ذي قار), as keys
_COMMAND_BRANCHES = frozenset(key(w) for w in ("عمليات", "شرطة"))
#: the most words of a KB place after the branch (ذي قار)
_COMMAND_PLACE_WORDS = 2


def tag_place_commands(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag ORG the command of a branch named after its place, a KB place or a place chunk after a
    province's word or not (``وأعلنت قيادة عمليات ديالى فرض حظر للتجوال``، ``قيادة شرطة ذي قار``،
    ``قيادة شرطة ولاية الخرطوم``): a state's body that acts, which the tagger leaves untagged, the place
    with it."""
    if _COMMAND not in _first_keys(tuple(tokens)):
        return tags  # (most sentences: no command)
    n = len(tokens)
    for k in range(n - 2):
        if _first_key(tokens[k]) != _COMMAND or key(tokens[k + 1]) not in _COMMAND_BRANCHES:
            continue
        p = k + 3 if key(tokens[k + 2]) in _AUTHORITY_REGIONS and k + 3 < n else k + 2
        if tags[p].startswith("B-") and tags[p][2:] in ("LOC", "GPE"):
            end = _chunk_end(tags, p)
        else:
            end = next(
                (
                    e
                    for e in range(min(n, p + _COMMAND_PLACE_WORDS), p, -1)
                    if all(tags[m] == "O" for m in range(p, e)) and _span_type(tokens, p, e) in ("LOC", "GPE")
                ),
                None,
            )
        if end is None or tags[k].startswith("I-") or (end < n and tags[end].startswith("I-")):
            continue
        _retag(tags, "ORG", k, end)
    return tags


def tag_military_regions(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag ORG a military region or district told by its number or its direction, with the command before
    it (``دفعت قيادة المنطقة العسكرية الثالثة بتعزيزات``، ``أحبطت المنطقة العسكرية الشمالية محاولة
    تسلل``، ``قيادة الناحية العسكرية السادسة``): an army's command that acts, which the tagger, with no
    such name in training, leaves untagged or reads as a place."""
    if _no_word_in(tokens, _MILITARY_REGIONS):
        return tags  # (most sentences: no region)
    for k in range(len(tokens) - 2):
        if _first_key(tokens[k]) not in _MILITARY_REGIONS or key(tokens[k + 1]) != _MILITARY:
            continue
        if key(tokens[k + 2]) not in _REGION_MARKS:
            continue
        start = k - 1 if k > 0 and _first_key(tokens[k - 1]) == _COMMAND else k
        end = k + 3
        if not tags[start].startswith("I-") and (end == len(tags) or not tags[end].startswith("I-")):
            _retag(tags, "ORG", start, end)
    return tags


def tag_sports_bodies(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag as one organisation a sports body named by its head, a place or one to three adjectives and
    its sport after ل (``الاتحاد الدولي للتزلج``، ``الجامعة الملكية المغربية لكرة القدم``، ``اتحاد أمريكا
    الجنوبية لكرة القدم``), over whatever the tagger made of those words, unless a chunk runs into them
    from before or after."""
    if _no_word_in(tokens, _SPORTS_HEADS):
        return tags  # (most sentences: no sports body's head)
    n = len(tokens)
    for h in range(n - 2):
        if _first_key(tokens[h]) not in _SPORTS_HEADS or tags[h].startswith("I-") or _genitive(tokens[h]):
            continue  # (not a body after ل: اللجنة التنفيذية للوكالة العالمية لمكافحة المنشطات, one name)
        k = h + 1
        if tags[k] == "B-LOC":  # the region or country it governs the sport of (اتحاد أمريكا الجنوبية)
            k = next((m for m in range(k + 1, n) if tags[m] != "I-LOC"), n)
        while k < n and k - h <= _SPORTS_ADJECTIVES and _nisba(tokens[k]):
            k += 1
        if k == h + 1:
            continue
        keys = tuple(key(t) for t in tokens[k : k + _SPORT_WORDS])
        end = next((k + len(p) for p in _SPORTS if keys[: len(p)] == p), None)
        if end is not None and (end == n or not tags[end].startswith("I-")):
            _retag(tags, "ORG", h, end)
    return tags


#: "club" in the construct state, before the club's name (نادي المريخ، لنادي الوحدات)
_CLUB = key("نادي")
#: what a club is for, after نادي, no name (نادي الضباط، نادي الأسير)
_CLUB_KINDS = frozenset(
    key(w) for w in ("الضباط", "القضاة", "الصحافة", "السيارات", "الطيران", "الفروسية", "الأسير")
)
#: plural endings of people (نادي المعلمين، نادي الصحفيين: a club of a trade, no name)
_PEOPLE = (key("ين"), key("ون"))


def tag_club_names(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag as an organisation the club's name after ``نادي`` (the head itself untagged, as ANERcorp
    tags it): a definite word the tagger left untagged (``نادي المريخ``), or a name it read as a place
    (``نادي ليفربول``: the club, not the city)."""
    if _CLUB not in _first_keys(tuple(tokens)):
        return tags
    for h in range(len(tokens) - 1):
        if tags[h] != "O" or _first_key(tokens[h]) != _CLUB or tokens[h].startswith("ال"):
            continue
        nxt = tokens[h + 1]
        if tags[h + 1] == "O":
            k = key(nxt)
            if k.startswith("ال") and k not in _CLUB_KINDS and not _nisba(nxt) and not k.endswith(_PEOPLE):
                tags[h + 1] = "B-ORG"
        elif tags[h + 1] == "B-LOC":
            end = next((k for k in range(h + 2, len(tags)) if not tags[k].startswith("I-")), len(tags))
            _retag(tags, "ORG", h + 1, end)
    return tags


def _rights_end(tokens: Sequence[str], tags: Sequence[str], i: int, j: int) -> int | None:
    """Where the words for the rights defended end that follow chunk ``[i, j)``, untagged, their first
    words maybe its last ones; None when none do."""
    lo = max(i, j - _RIGHTS_WORDS + 1)
    keys = [key(t) for t in tokens[lo : j + _RIGHTS_WORDS]]  # (each word's key once)
    for phrase in _RIGHTS_DEFENDED:
        for taken in range(min(len(phrase) - 1, j - i) + 1):
            at, end = j - taken - lo, j + len(phrase) - taken
            if tuple(keys[at : at + len(phrase)]) == phrase and all(t == "O" for t in tags[j:end]):
                return end
    return None


def retype_aliases(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Retag a person chunk whose words are a KB alias of an organisation, or of a place of two words or
    more, and of nothing else (``ودعت إيكواس``، ``وقالت أديس أبابا``): the knowledge base knows the
    name's kind."""
    for typ, i, j in chunk_list(tags):
        kind = _span_type(tokens, i, j) if typ == "PERS" else None
        if kind == "ORG" or (kind == "LOC" and j - i > 1):
            _retag(tags, kind, i, j)
    return tags


def retype_facility_towns(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Retag LOC an organisation chunk right after a facility named after its town (``قرب ميناء أم قصر``،
    ``مطار الداخلة``) whose words are a KB place and nothing else: the town, not a body."""
    for typ, i, j in chunk_list(tags):
        if (
            typ == "ORG"
            and i > 0
            and tags[i - 1] == "O"
            and _first_key(tokens[i - 1]) in _TOWN_FACILITY_KEYS
            and _span_type(tokens, i, j) == "LOC"
        ):
            _retag(tags, "LOC", i, j)
    return tags


def tag_latin_facilities(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag a facility head word and the untagged Latin-script words after it as one LOC chunk."""
    if not _has_latin(tuple(tokens)):
        return tags  # (most sentences)
    heads = facility_heads()
    n = len(tokens)
    for j in range(1, n):
        if tags[j] != "O" or not _latin(tokens[j]):
            continue
        start = next(
            (
                i
                for length in (3, 2, 1)
                if (i := j - length) >= 0
                and all(t == "O" for t in tags[i:j])
                and heads.get(_span_key(tokens, i, j)) == length
            ),
            None,
        )
        if start is None:
            continue
        end = j
        while end < n and tags[end] == "O" and _latin(tokens[end]):
            end += 1
        _retag(tags, "LOC", start, end)
    return tags


#: heads of bodies a Latin-script name follows in translated news (شركة Amazon، منظمة Première Urgence,
#: الاتحاد النقابي UNI Global Union), keys without proclitics
_LATIN_NAME_HEADS = frozenset(
    key(w)
    for w in (
        *("شركة", "الشركة", "منظمة", "مجموعة", "وكالة", "صحيفة", "مجلة", "موقع", "منصة", "بنك", "مصرف"),
        *("صندوق", "تطبيق", "قناة", "شبكة", "اتحاد", "نقابة", "مؤسسة", "جمعية", "حركة", "حزب", "الاتحاد"),
    )
)


#: how many words before a Latin name its body's head may stand (الاتحاد النقابي الدولي UNI)
_LATIN_HEAD_REACH = 3


def split_latin_names(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Latin-script names of bodies in machine-translated news. A run of Latin words is one name; after a
    body's head, past its definite adjectives, head and name are an organisation (``شركة Google``،
    ``الاتحاد النقابي الدولي UNI Global Union``); with no head, a chunk in the run spreads over it. In a
    chunk holding Latin words, a body's head after them opens another (``UNI Global Union شركة Amazon``)
    and Arabic words after them with no article end it (``شركة Orano تصرفت``: a verb)."""
    if not _has_latin(tuple(tokens)):
        return tags  # (most sentences)
    n = len(tokens)
    i = 0
    while i < n:
        if not _latin(tokens[i]) or (i > 0 and _latin(tokens[i - 1])):
            i += 1
            continue
        j = i
        while j < n and _latin(tokens[j]):
            j += 1
        h = i - 1
        while h >= 0 and i - h <= _LATIN_HEAD_REACH and key(tokens[h]).startswith("ال"):
            if _first_key(tokens[h]) in _LATIN_NAME_HEADS:
                break
            h -= 1
        headed = h >= 0 and i - h <= _LATIN_HEAD_REACH and _first_key(tokens[h]) in _LATIN_NAME_HEADS
        start = h if headed else i
        tagged = [t[2:] for t in tags[start:j] if t != "O"]
        clean = not tags[start].startswith("I-") and (j == n or not tags[j].startswith("I-"))
        if clean and (headed or tagged):
            _retag(tags, "ORG" if headed else tagged[0], start, j)
        i = j
    for _typ, i, j in chunk_list(tags):
        for k in range(i + 1, j):
            if not _latin(tokens[k - 1]) or _latin(tokens[k]):
                continue
            if _first_key(tokens[k]) in _LATIN_NAME_HEADS:
                _retag(tags, "ORG", k, j)  # another body named after it
                break
            if not key(tokens[k]).startswith("ال"):
                for m in range(k, j):
                    tags[m] = "O"  # a verb or a word of running text after the name
                break
    return tags


@cache
def demonym_keys() -> frozenset[str]:
    """Keys of the demonyms (``demonyms.tsv``), as listed and with the article on every word."""
    out: set[str] = set()
    for row in packaged("demonyms.tsv"):
        k = key(row[0])
        if k:
            out.add(k)
            out.add(" ".join(w if w.startswith("ال") else "ال" + w for w in k.split()))
    return frozenset(out)


#: the longest place name looked for after a locative word, in words
_PLACE_WORDS = 3
#: the start of the word after which a place is an idiom's noun (مسقط رأسه: birthplace)
_IDIOM_NEXT = "راس"


@cache
def place_first_words() -> frozenset[str]:
    """The first words of the KB's place aliases (a quick test before looking whole spans up)."""
    return frozenset(
        a.split()[0]
        for e in packaged_kb().entries.values()
        if _TAG_TYPE.get(e.type) == "LOC"
        for a in map(key, e.aliases)
        if a
    )


#: direction words: a place after one is a place (انفجار شرق الموصل), and one in a bracket after a name
#: locates that name (الإسحاقي (100 كم شمال بغداد))
_DIRECTION_WORDS = ("شرق", "غرب", "شمال", "جنوب", "وسط", "شرقي", "غربي", "شمالي", "جنوبي")
#: bodies named after the town they sit in (محكمة سيدي بوزيد، بلدية وهران، ولاية سطيف)
_SEAT_HEADS = ("محكمة", "بلدية", "ولاية", "دائرة")
#: "the capital" (keys), before its country's nationality and its name (العاصمة الأفغانية كابل)
_CAPITAL = frozenset(key(p + "العاصمة") for p in ("", "و", "ب", "ل"))
#: "my lord": a Maghreb place named after a saint opens with it (سيدي امحمد، سيدي بلعباس)
_SAINT = "سيدي"
#: facilities named after the town they stand in (مطار أبها الدولي، ميناء الحديدة، معبر رفح، محطة الضبعة
#: النووية، قاعدة سيدي براني): a KB place after one is that town
TOWN_FACILITIES = ("مطار", "ميناء", "مرفأ", "معبر", "منفذ", "محطة", "مفاعل", "منشأة", "قاعدة", "مصفاة")
#: the same, as keys
_TOWN_FACILITY_KEYS = frozenset(map(key, TOWN_FACILITIES))
#: the area around or within a place, whose genitive it is (``في محيط السمارة``، ``إلى بادية تدمر``،
#: ``في مياه الخليج``، ``بريف دير الزور``)
_AREA_WORDS = (
    *("محيط", "بمحيط", "ريف", "بريف", "بادية", "أطراف", "ضواحي", "مشارف", "مداخل", "مياه"),
    # (the sea off a coastal town: نشرت البحرية فرقاطة قبالة الداخلة، وحدات قبالة سواحل جرجيس)
    *("قبالة", "سواحل", "ساحل"),
)
#: words after which an untagged KB place is a place (``قتل ثلاثة في بعقوبة``، ``انفجار شرق الموصل``،
#: ``محافظ تعز``), as they may be written, with a leading و or not
_LOCATIVE_WRITTEN = frozenset(
    p + w
    for w in (
        *("في", "فى", "إلى", "الى", "الي", "إلي", "من", "قرب", "نحو", "باتجاه"),
        *("بلدة", "بلده", "مدينة", "مدينه", "قرية", "قريه", "محافظة", "محافظه"),
        *TOWN_FACILITIES,
        *_SEAT_HEADS,
        *_DIRECTION_WORDS,
        *("محافظ", "والي", "حاكم", "عمدة"),  # the town an official governs (محافظ تعز نبيل شمسان)
        *_AREA_WORDS,
    )
    for p in ("", "و")
)


#: "on": a KB place of two words or more after it is the place struck or reached (غارات على الضاحية
#: الجنوبية); one word after it may be a common word (على صور: on pictures)
_ONTO = frozenset({"على", "وعلى"})
#: what follows the place a dateline opens on (بكين (AP) –، غزة ـ)
_DATELINE_MARKS = frozenset({"(", "–", "-", "—", "ـ"})


@lru_cache(maxsize=1 << 16)
def _tagger_knows(token: str) -> bool:
    """The packaged tagger's vocabulary holds the word (cached: asked of most words by the repairs)."""
    from khabar.ner.model import default_tagger  # the model module imports this one

    return default_tagger().knows(token)


#: prepositions of where (keys): a word the tagger never saw between one and a direction from a tagged
#: place is a place (في إيناتس غربي النيجر)
_WHERE_PREPOSITIONS = frozenset(key(p + w) for w in ("في", "قرب") for p in ("", "و"))


def tag_places_by_direction(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag LOC an untagged word the tagger never saw after ``في`` or ``قرب`` and before a direction from a
    tagged place (``هجوم على معسكر في إيناتس غربي النيجر``، ``قرب يوفاروا شمال مالي``): located by its
    direction from the place, it is a place too."""
    for i in range(1, len(tokens) - 2):
        if (
            tags[i] == "O"
            and tags[i + 2] == "B-LOC"
            and key(tokens[i + 1]) in _DIRECTION_KEYS
            and key(tokens[i - 1]) in _WHERE_PREPOSITIONS
            and not _tagger_knows(tokens[i])
        ):
            tags[i] = "B-LOC"
    return tags


#: heads of a lake, plateau or gulf (keys, no article): with the place named after them they are one name
#: (بحيرة تشاد، هضبة الجولان، خليج عمان), not the country or region they are named after
_WATER_AND_UPLAND_HEADS = frozenset(key(w) for w in ("بحيرة", "هضبة", "خليج"))


def join_lake_and_plateau_names(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag one LOC a lake's, plateau's or gulf's head, untagged or tagged a place of its own, and the
    place tagged right after it (``في منطقة بحيرة تشاد``، ``في هضبة حضرموت``، ``في خليج عمان``): the
    feature named after the place, not the country or region itself (Oman, Chad), which the events stage
    would take for where forces went or what was struck."""
    if _no_word_in(tokens, _WATER_AND_UPLAND_HEADS):
        return tags  # (most sentences: no such head)
    n = len(tokens)
    for i in range(n - 1):
        if (
            tags[i] not in ("O", "B-LOC")
            or tags[i + 1] != "B-LOC"
            or _first_key(tokens[i]) not in _WATER_AND_UPLAND_HEADS
        ):
            continue
        j = _chunk_end(tags, i + 1)
        _retag(tags, "LOC", i, j)
    return tags


#: the forces a deployment sends (keys, with the ب of دفع ب or not): the word the tagger never saw after
#: إلى or في right after them, or after their adjective, is where they go (تعزيزات إلى ديابو)
_DEPLOYED_FORCES = frozenset(
    key(p + w)
    for w in (
        *("تعزيزات", "قوات", "قوة", "وحدات", "وحدة", "كتيبة", "كتيبتين", "كتائب", "دوريات", "دورية"),
        *("جنود", "جندي", "عناصر", "عنصر", "شرطي", "مقاتلين"),
        *("مدرعات", "آليات"),  # دفعت الوزارة بمدرعات إلى ميدان التحرير: armour sent is forces
    )
    for p in ("", "ب", "ال", "بال", "و", "وب")  # (and joined to others: بمدرعات وقوات)
) | frozenset(key("انتشار" + s) for s in ("ها", "ه", "هم"))  # (عززت انتشارها في محيط X: its forces)
#: "from" (key), before the body forces are drawn from (وحدات من قوات التدخل السريع)
_DRAWN_FROM = key("من")
#: endings of plurals and duals (keys), no place's name around which forces deploy (في محيط السفارات)
_DEPLOYED_PLURALS = tuple(key(w) for w in ("ات", "ين", "ان"))
#: most words of the body forces are drawn from (من قوات التدخل السريع)
_DRAWN_WORDS = 4
#: "to" and "in" (keys), before where the forces are sent
_DEPLOYED_TO = frozenset(key(w) for w in ("إلى", "الى", "في"))
#: how many words (an adjective or two: بتعزيزات عسكرية إضافية) may stand between the forces and إلى
_DEPLOYED_GAP = 2
#: squares (keys, no article) whose name, after إلى or في and the forces, is where they go even when it
#: is a word of running text (في ساحة تقسيم، إلى ميدان التحرير)
_DEPLOYED_SQUARES = frozenset(key(w) for w in ("ساحة", "ميدان"))
#: "the surroundings of" (key), between في or إلى and the square (في محيط ساحة غلطة سراي)
_DEPLOYED_AROUND = key("محيط")


def tag_deployment_destinations(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag LOC an untagged word the tagger never saw after ``إلى`` or ``في`` right after the forces a
    deployment sends or their adjectives (``أرسل الجيش تعزيزات إلى ديابو``، ``دفعت قيادة يونيسفا بتعزيزات
    إضافية إلى أقوك``، ``نشر كتيبة إضافية في دامساك``، ``نشرت قوة إضافية في الكرادة``): forces go to a
    place; without the article, not a word ending in ه (``في محيطه``: its surroundings), with it, no place
    noun (``في المديرية``: the district told before). Run by the
    entities stage only, as :func:`tag_places_after_prepositions` is. A second such word goes with it
    (``إلى قزل تبه``); a name or a definite genitive after it makes it a head noun, no place of its own
    (``في مضيق كاتيغات``، ``إلى جبهات القتال``، ``إلى خفر السواحل``)."""
    from khabar.ner.places import place_heads  # the places module imports this one

    if _no_word_in(tokens, _DEPLOYED_FORCES, key):
        return tags
    n = len(tokens)
    for i in range(2, n):
        definite = tokens[i].startswith(_DEFINITE)
        # (or around it: نشر وحدات في محيط كانتشاري)
        at = i - 2 if key(tokens[i - 1]) == _DEPLOYED_AROUND else i - 1
        if not (
            tags[i] == "O"
            and key(tokens[at]) in _DEPLOYED_TO
            and _forces_before(tokens, tags, at)
            # (a word after في or إلى is a noun: one ending in ي too, كانتشاري)
            and _unknown_word(tokens[i], article=definite, ya=True)
            # (a place noun with the article refers back: في المديرية)
            and not (definite and normalize(tokens[i][len(_DEFINITE) :]) in place_heads())
            # (nor a dual place noun, which names follow: في إقليمي هيران وشبيلي)
            and normalize(tokens[i]) not in place_heads()
            and normalize(tokens[i][:-1]) not in place_heads()
        ):
            continue
        if i + 1 < n and (tags[i + 1] != "O" or tokens[i + 1].startswith(_DEFINITE)):
            continue
        if at == i - 2 and (
            key(tokens[i]).endswith(_DEPLOYED_PLURALS)  # في محيط السفارات، البلدتين: no name
            or (
                i + 1 < n
                and tokens[i + 1].isalpha()
                and _first_key(tokens[i + 1]) == key(tokens[i + 1])
                and _tagger_knows(tokens[i + 1])
            )
        ):
            continue  # في محيط مقار شركات الاتصالات: around a noun and its genitive
        _retag(tags, "LOC", i, i + 2 if i + 1 < n and _unknown_word(tokens[i + 1], article=False) else i + 1)
    for i in range(2, n - 1):
        if key(tokens[i]) in _DEPLOYED_SQUARES and tags[i] == "O" and tags[i + 1] == "O":
            _tag_deployed_square(tokens, tags, i)
    return tags


def _forces_before(tokens: Sequence[str], tags: Sequence[str], at: int) -> bool:
    """Forces sent, or their adjectives, stand right before the preposition at ``at``, or before the body
    they are drawn from, a name tagged in ``من`` and an adjective after it (``نشر وحدات من قوات التدخل
    السريع في محيط كانتشاري``), or the deployment of whoever sends them (``عززت انتشارها في محيط
    السمارة``)."""
    end, j = at, at - 1
    if j > 0 and tags[j] == "O" and tags[j - 1] != "O":
        j -= 1  # (an adjective after the name: السريع)
    k = j
    while k > 0 and j - k < _DRAWN_WORDS and tags[k] != "O":
        k -= 1
    if k < j and key(tokens[k]) == _DRAWN_FROM:
        end = k  # (the body, a name the tagger tagged: من قوات التدخل السريع)
    return any(key(tokens[k]) in _DEPLOYED_FORCES for k in range(max(end - 1 - _DEPLOYED_GAP, 0), end))


def _tag_deployed_square(tokens: Sequence[str], tags: list[str], i: int) -> None:
    """Tag LOC the name after the square ``i`` where forces are sent to it (``نشرت الشرطة تعزيزات في
    ساحة تقسيم``، ``دفعت بتعزيزات إلى ميدان التحرير``، ``في محيط ساحة النجمة``): a word of
    running text too, with no proclitic, and no adjective of the square (``ساحة رئيسية``); a second word
    the tagger never saw and no adjective goes with it."""
    at = i - 2 if key(tokens[i - 1]) == _DEPLOYED_AROUND else i - 1  # the preposition
    if at < 1 or key(tokens[at]) not in _DEPLOYED_TO:
        return
    # (past the body the forces are drawn from, its words with the article: بقوات من الأمن المركزي إلى)
    end = at
    for k in range(at - 1, max(at - 1 - _DRAWN_WORDS, 0), -1):
        if key(tokens[k]) == _DRAWN_FROM:
            end = k
            break
        if not tokens[k].startswith(_DEFINITE):
            break
    forces = [k for k in range(max(end - 1 - _DEPLOYED_GAP, 0), end) if key(tokens[k]) in _DEPLOYED_FORCES]
    # (only adjectives between the forces and the preposition: a definite genitive names the forces'
    # body, as in نشر قوات الأمن في ميدان التحرير, where the forces are the act's object)
    if not forces or any(t.startswith(_DEFINITE) for t in tokens[forces[-1] + 1 : end]):
        return
    name = tokens[i + 1]
    k = key(name)
    definite = name.startswith(_DEFINITE)
    if (
        _ARABIC_WORD.fullmatch(name) is None
        or _first_key(name) != k
        or k in demonym_keys()
        or k in _NOT_NAME_WORDS
        or k in _DIRECTION_KEYS  # (ساحة وسط المدينة: where in the town the square is)
        or (not definite and k.endswith(_ADJECTIVE_ENDINGS))
    ):
        return
    # (or a definite genitive after an indefinite word: ساحة رياض الصلح; not an adjective with the article
    # either: ساحة الشهداء المركزية)
    after = tokens[i + 2] if i + 2 < len(tokens) and tags[i + 2] == "O" else ""
    genitive = not definite and after.startswith(_DEFINITE) and _first_key(after) == key(after)
    two = bool(after) and (genitive or _unknown_word(after, article=definite))
    two = two and not key(after).endswith(_ADJECTIVE_ENDINGS)
    # (nor a word without the article after a definite name: في محيط ساحة النجمة تحسبا لتحركات)
    two = two and (not definite or after.startswith(_DEFINITE))
    _retag(tags, "LOC", i + 1, i + 3 if two else i + 2)


def tag_places_after_prepositions(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag LOC the untagged words after a locative word that are a KB place, longest first
    (``وفي بعقوبة``, ``الى تل أبيب``, after a court or municipality: ``محكمة سيدي بوزيد``), a town named
    after a saint there even where the tagger read a person (``محكمة سيدي امحمد``), those of two words or
    more after ``على``, the conjuncts of a tagged
    place (``أربيل وصور والنبطية``) and those conjoined to one after them (``المنامة وطهران``), those a
    dateline opens on (``بورت أو برنس (AP) –``) and those
    placed in a tagged town after them with ل (``الضاحية الجنوبية لبيروت``), and one word with ل or ب
    cut on it in a form the tagger never saw (``امتنانها لمسقط``): there a
    place name is not the common word it may also spell
    (``عقوبة``); a capital named after its nationality even where the tagger read a person (``العاصمة
    البوركينية واغادوغو``). Not one of :data:`RULES`: ANERcorp leaves such names untagged about as often as it
    tags them (``بعقوبة`` 4 times tagged, 5 not; ``البقاع`` never), so the entities stage applies it
    after them and the tagger's figures do not count it."""
    n = len(tokens)
    firsts = place_first_words()
    for i in range(n - 1):
        if tokens[i] == _SAINT and i > 0 and tokens[i - 1] in _SEAT_HEADS and tags[i + 1] in ("O", "B-PERS"):
            # محكمة سيدي امحمد: a town named after a saint, not a person (and the name part after it)
            j = i + 2 if not (i + 2 < n and tags[i + 2] == "I-PERS") else i + 3
            _retag(tags, "LOC", i, j)
    for i in range(n):
        if (
            tags[i] == "B-PERS"
            and (i + 1 == n or tags[i + 1] != "I-PERS")
            and i > 1
            and key(tokens[i - 2]) in _CAPITAL
            and key(tokens[i - 1]) in demonym_keys()
            and _span_type(tokens, i, i + 1) == "LOC"
        ):
            # a capital named, the tagger reading a person (العاصمة البوركينية واغادوغو)
            _retag(tags, "LOC", i, i + 1)
        if tags[i] != "O":
            continue
        # (the word as written too, opening a longer name: بورت أو برنس is no ب + ورت)
        if _first_key(tokens[i]) not in firsts and key(tokens[i]) not in firsts:
            continue
        locative = i > 0 and tokens[i - 1] in _LOCATIVE_WRITTEN
        # (a conjunct of a tagged place: أربيل وصور والنبطية; a capital named: العاصمة الأفغانية كابل)
        joined = i > 0 and tokens[i][:1] == "و" and tags[i - 1].endswith("LOC")
        locative = locative or (
            i > 1 and key(tokens[i - 2]) in _CAPITAL and key(tokens[i - 1]) in demonym_keys()
        )
        onto = i > 0 and tokens[i - 1] in _ONTO
        # (a place with ل or ب cut on it, a form the tagger never saw: امتنانها لمسقط)
        cliticked = split(tokens[i]).proclitics[-1:] in ("ل", "ب") and not _tagger_knows(tokens[i])
        if i + 1 < n and key(tokens[i + 1]).startswith(_IDIOM_NEXT):
            continue
        for j in range(min(i + _PLACE_WORDS, n), i, -1):
            # (or a dateline: the sentence opens on the place, a bracket or dash after it; or the place
            # is placed in a town after it with ل: الضاحية الجنوبية لبيروت)
            dateline = i == 0 and j < n and tokens[j] in _DATELINE_MARKS
            placed = j < n and tokens[j][:1] == "ل" and tags[j] == "B-LOC"
            # (or a tagged place is conjoined right after it: إن المنامة وطهران اتفقتا)
            conjoined = j < n and tokens[j][:1] == "و" and tags[j] == "B-LOC"
            if (
                (
                    locative
                    or joined
                    or conjoined
                    or dateline
                    or placed
                    or (onto and j - i > 1)
                    or (cliticked and j == i + 1)
                )
                and all(t == "O" for t in tags[i:j])
                and _span_type(tokens, i, j) == "LOC"
            ):
                _retag(tags, "LOC", i, j)
                break
    return tags


#: one-word country names that are also common words (مالي: financial, بنين: sons), never tagged by
#: :func:`tag_countries`
_COUNTRY_HOMONYMS = frozenset({"مالي", "بنين"})
#: words before which a country name is part of a name, not the country (بني إسرائيل)
_COUNTRY_IN_NAME = frozenset(p + w for p in ("", "و", "ل", "ول", "ب") for w in ("بني", "بنو"))


@cache
def _country_words() -> frozenset[str]:
    """The KB's one-word country names (keys), less :data:`_COUNTRY_HOMONYMS`."""
    return frozenset(
        k
        for e in packaged_kb().entries.values()
        if _COUNTRY_ID.fullmatch(e.id)
        for k in map(key, e.aliases)
        if k and " " not in k and k not in _COUNTRY_HOMONYMS
    )


@cache
def _country_names() -> dict[str, int]:
    """The KB's country names of two words or more (keys) → their length in words."""
    return {
        k: len(k.split())
        for e in packaged_kb().entries.values()
        if _COUNTRY_ID.fullmatch(e.id)
        for k in map(key, e.aliases)
        if k and " " in k
    }


@lru_cache(maxsize=1 << 16)
def _is_country(token: str) -> bool:
    return _first_key(token) in _country_words()


def tag_countries(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag LOC an untagged word that is a one-word KB country name, with its proclitics or not
    (``ضد المجر``، ``والمجر``): ANERcorp train tags 1,420 of the 1,445 such words, and the 25 left are
    mostly its annotators' misses, so the tagger's misses of rarely seen countries are repaired here.
    Benin (``بنين``, also "sons") is tagged without the article and away from the words of schooling
    and daughters it goes with as a common word (``مدرسة بنين``، ``بنين وبنات``)."""
    benin = "بنين" in " ".join(tokens)  # (:func:`_benin` looks for the word as written)
    if not benin and _no_word_in(tokens, _country_words()):
        return tags  # (most sentences: no country)
    for i, tok in enumerate(tokens):
        if tags[i] != "O" or not (_is_country(tok) or (benin and _benin(tokens, i))):
            continue
        if i == 0 or key(tokens[i - 1]) not in _COUNTRY_IN_NAME:
            tags[i] = "B-LOC"
    return tags


#: Benin, and the words around "sons" (بنين) that make it the common word, as keys
_BENIN = key("بنين")
_SONS_CONTEXT = frozenset(
    key(p + w)
    for p in ("", "و", "ل", "لل", "ال", "وال")
    for w in ("بنات", "مدرسة", "مدارس", "ثانوية", "إعدادية", "أبناء", "بنين")
)


def _benin(tokens: Sequence[str], i: int) -> bool:
    """``tokens[i]`` is Benin: ``بنين`` without the article, no word of schooling or daughters beside it."""
    if "بنين" not in tokens[i]:
        return False  # a quick test on the word as written
    sp = split(tokens[i])
    if sp.article or key(sp.bare + sp.suffix) != _BENIN:
        return False
    near = tokens[max(i - 1, 0) : i] + tokens[i + 1 : i + 2]
    return not any(key(w) in _SONS_CONTEXT for w in near)


@cache
def _capitals() -> dict[str, int]:
    """The capitals of ``capitals.tsv`` (keys) → their length in words."""
    return {k: len(k.split()) for row in packaged("capitals.tsv", 2, 2) if (k := key(row[0]))}


def is_capital(name: str) -> bool:
    """``name`` is a national capital of ``capitals.tsv``, which news writes as its government."""
    return key(name) in _capitals()


#: the listed names :func:`_tag_listed` tags, by kind: names (keys) → their length in words
_LISTED = {"country": _country_names, "capital": _capitals}


@cache
def _listed_firsts(kind: str) -> frozenset[str]:
    return frozenset(k.split()[0] for k in _LISTED[kind]())


@cache
def _listed_lengths(kind: str) -> tuple[int, ...]:
    """The lengths in words of the names of ``kind`` (:data:`_LISTED`), longest first."""
    return tuple(sorted(set(_LISTED[kind]().values()), reverse=True))


@lru_cache(maxsize=1 << 16)
def _opens_listed(kind: str, token: str) -> bool:
    return _first_key(token) in _listed_firsts(kind)


#: national capitals that are common words too ("the tie", the place a thing falls), keys: the names
#: :func:`tag_capitals` tags only where no word after them goes on with the common noun
_WORD_CAPITALS = frozenset(key(w) for w in ("الرباط", "مسقط"))
#: "head" and its forms after such a word, which make it a common noun (مسقط رأسه: his birthplace), keys
_HEAD_WORDS = frozenset(key(w) for w in ("رأس", "رأسه", "رأسها", "رأسهم"))


def tag_capitals(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag LOC an untagged run of words that is a national capital of ``capitals.tsv`` (``متهمة أديس
    أبابا``، ``وردت نيامي``، ``وسحبت كانبيرا``): news writes capitals as their governments, in the places a
    person or a body stands, where the tagger misses the rare ones. Not one of :data:`RULES`: the
    entities stage applies it, as :func:`tag_country_names`. A capital that is a common word too
    (:data:`_WORD_CAPITALS`) is tagged where the word after it does not go on with the common noun: a
    relational adjective (``الرباط الصليبي``) or a noun it governs (``مسقط رأسه``); ``ورفضت الرباط
    المبررات``، ``إن مسقط``."""
    tags = _tag_listed(tokens, tags, "capital")
    if _no_word_in(tokens, _WORD_CAPITALS):
        return tags
    for i, token in enumerate(tokens):
        if tags[i] != "O" or _first_key(token) not in _WORD_CAPITALS:
            continue
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if _nisba(after) or _first_key(after) in _HEAD_WORDS:
            continue
        _retag(tags, "LOC", i, i + 1)
    return tags


def tag_country_names(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag LOC an untagged run of words that is a KB country name of two words or more, longest first
    (``أقرت المملكة العربية السعودية``، ``منتقدا الولايات المتحدة``). Not one of :data:`RULES`: ANERcorp
    tags ``الولايات المتحدة`` as two chunks and leaves ``الأراضي الفلسطينية`` untagged (dev F1 76.00 →
    75.93 as a rule), so the entities stage applies it after them."""
    return _tag_listed(tokens, tags, "country")


def _tag_listed(tokens: Sequence[str], tags: list[str], kind: str) -> list[str]:
    """Tag LOC the untagged runs of words that are names of ``kind`` (:data:`_LISTED`), longest first."""
    if _no_word_in(tokens, _listed_firsts(kind)):
        return tags  # (most sentences: no word that opens such a name)
    names, lengths = _LISTED[kind](), _listed_lengths(kind)
    for i in range(len(tokens)):
        if tags[i] != "O" or not _opens_listed(kind, tokens[i]):
            continue
        for n in lengths:
            j = i + n
            if (
                j <= len(tokens)
                # (the country's own name may be tagged inside it: جمهورية مصر العربية)
                and all(t == "O" or t.endswith("LOC") for t in tags[i:j])
                and (j == len(tags) or not tags[j].startswith("I-"))
                and _span_key(tokens, i, j) in names
            ):
                _retag(tags, "LOC", i, j)
                break
    return tags


_DIRECTION_KEYS = frozenset(key(w) for w in _DIRECTION_WORDS)
#: how many tokens into such a bracket its direction may come (a distance first: 100 كم)
_BRACKET_REACH = 4


def tag_bracket_located_places(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag LOC the one or two untagged words between a locative word or place noun and a bracket that
    places them by a direction (``وفي الإسحاقي (100 كم شمال بغداد)``، ``في منطقة الغابات (شمال
    الموصل)``): the names of small places the knowledge base cannot list. Applied by the entities stage
    only, as :func:`tag_places_after_prepositions` is."""
    from khabar.ner.places import place_heads  # the places module imports this one

    if "(" not in tokens:
        return tags  # (most sentences: no bracket)
    heads = place_heads()
    for j, bracket in enumerate(tokens):
        if bracket != "(" or not any(
            key(w) in _DIRECTION_KEYS for w in tokens[j + 1 : j + 1 + _BRACKET_REACH]
        ):
            continue
        for i in (j - 1, j - 2):  # the nearest opening first: one word, then two
            if i < 1 or any(t != "O" for t in tags[i:j]) or not all(key(w) for w in tokens[i:j]):
                break
            if normalize(tokens[i]) in heads:
                continue  # في منطقة الغابات: the place noun heads the name, the name follows it
            before = tokens[i - 1]
            if before in _LOCATIVE_WRITTEN or normalize(before) in heads:
                _retag(tags, "LOC", i, j)
                break
    return tags


#: the kinds of ``org_names.tsv`` whose names are tagged wherever the tagger leaves them untagged
_GROUP_KINDS = frozenset({"ARMED", "PARTY"})
#: the kinds of ``org_names.tsv`` whose long names only extend a chunk the tagger began at their first
#: word and cut short (منظمة الأمم المتحدة للتربية والعلم والثقافة, its chunk ending at المتحدة):
#: international bodies, whose shorter names inside longer ones the tagger tags on its own
_EXTENDED_KINDS = frozenset({"IGO"})


@cache
def _group_names() -> dict[str, int]:
    """Keys of the armed groups', parties' and international bodies' names (``org_names.tsv``) → their
    length in words."""
    out: dict[str, int] = {}
    for row in packaged("org_names.tsv"):
        k = key(row[0])
        if k and (row[2] in _GROUP_KINDS or row[2] in _EXTENDED_KINDS):
            out[k] = len(k.split())
    return out


@cache
def _extending_names() -> frozenset[str]:
    """The keys of :func:`_group_names` of :data:`_EXTENDED_KINDS`, that only extend a tagged chunk."""
    return frozenset(key(row[0]) for row in packaged("org_names.tsv") if row[2] in _EXTENDED_KINDS) - {""}


@cache
def _group_first_words() -> frozenset[str]:
    """The first words of :func:`_group_names` (a quick test before looking whole spans up)."""
    return frozenset(k.split()[0] for k in _group_names())


@cache
def _longest_group_name() -> int:
    """How many words the longest name of :func:`_group_names` has."""
    return max(_group_names().values(), default=0)


@cache
def _group_name_openings() -> frozenset[str]:
    """The first words of each name of :func:`_group_names`, one, two and so on up to the whole name."""
    names = [k.split() for k in _group_names()]
    return frozenset(" ".join(words[:m]) for words in names for m in range(1, len(words) + 1))


def _group_name_reach(tokens: Sequence[str], i: int, limit: int) -> int:
    """Where the longest span from token ``i`` (up to ``limit``) whose words open a name of
    :func:`_group_names` ends, read as :func:`_span_key` or :func:`_written_span_key` reads them: no
    longer span is such a name (a quick test before looking the spans up one by one)."""
    openings = _group_name_openings()
    j = i + 1
    while j < limit and (
        _span_key(tokens, i, j + 1) in openings or _written_span_key(tokens, i, j + 1) in openings
    ):
        j += 1
    return j


#: "movement", the head word of a group's name that a conjunct may leave out (حماس وفتح: حركة فتح)
_MOVEMENT = key("حركة")


def tag_group_names(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag ORG the words that are an armed group's, a party's or an international body's name, longest
    first, where the tagger left some of them untagged and cut no chunk at the name's ends (``شن
    الحوثيون هجوما``, ``مسلحي فتح الإسلام`` with الإسلام tagged MISC): political actors the tagger misses
    where the training data has few of them; an international body's only where the tagger began its
    chunk at the name's first word and cut it short (``منظمة الأمم المتحدة`` of ``منظمة الأمم المتحدة
    للتربية والعلم والثقافة``). A one-word name the tagger has seen in training is left to it
    (``القاعدة`` is mostly "the base" there). After its head word and a quotation mark the rest of a
    name is tagged on its own (``حركة «الشباب»``), and a movement joined to a tagged organisation
    without its head word (``حماس وفتح``)."""
    from khabar.ner.model import default_tagger  # the model module imports this one

    firsts = _group_first_words()
    if (
        "B-ORG" not in tags
        and "I-ORG" not in tags
        and _no_word_in(tokens, firsts)
        and _no_word_in(tokens, firsts, _written_first_key)
    ):
        return tags  # (most sentences: no name opens there, nor is there an organisation to join a movement)
    names, knows, extending = _group_names(), default_tagger().knows, _extending_names()
    longest = _longest_group_name()
    i, n = 0, len(tokens)
    while i < n:
        if i + 2 < n and tokens[i + 1] in _OPENING_QUOTES and _first_key(tokens[i]) in firsts:
            # حركة «الشباب»: the name in quotes after its head word (the head left to the tagger)
            for j in range(min(i + 1 + longest, n), i + 2, -1):
                words = [tokens[i], *tokens[i + 2 : j]]
                named = _span_key(words, 0, len(words))
                if all(t == "O" for t in tags[i + 2 : j]) and named in names and named not in extending:
                    _retag(tags, "ORG", i + 2, j)
                    break
        if (
            i > 0
            and tags[i] == "O"
            and tags[i - 1].endswith("ORG")
            and tokens[i][:1] == "و"
            and f"{_MOVEMENT} {key(tokens[i][1:])}" in names
        ):
            # بين حماس وفتح: a movement named without its head word, joined to a tagged organisation
            _retag(tags, "ORG", i, i + 1)
        if not tags[i].startswith("I-") and (
            _first_key(tokens[i]) in firsts or _written_first_key(tokens[i]) in firsts
        ):
            for j in range(_group_name_reach(tokens, i, min(i + longest, n)), i, -1):
                if (
                    (j == n or not tags[j].startswith("I-"))  # no chunk cut at either end
                    and "O" in tags[i:j]
                    # (بوكو حرام: a name whose first letter is a preposition's)
                    and (_span_key(tokens, i, j) in names or _written_span_key(tokens, i, j) in names)
                    and (j - i > 1 or not knows(tokens[i]))
                    # (an international body's only past a chunk begun at its first word, cut short)
                    and (
                        (tags[i] == "B-ORG" and tags[j - 1] == "O")
                        or (
                            _span_key(tokens, i, j) not in extending
                            and _written_span_key(tokens, i, j) not in extending
                        )
                    )
                ):
                    _retag(tags, "ORG", i, j)
                    i = j - 1
                    break
        i += 1
    return tags


def untag_quoted_adjectives(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Untag an organisation of one definite word in quotation marks right after a definite noun that
    heads no name (``الهجوم «الجبان»``، ``العدوان «الغاشم»``): an adjective in scare quotes; not after a
    word for a group (``الحركة «الإسلامية»`` is left)."""
    for start, end in quote_spans(tokens):
        if (
            end - start == 1
            and start > 1
            and tags[start] == "B-ORG"
            and (end == len(tags) or not tags[end].startswith("I-"))
            and key(tokens[start]).startswith("ال")
            and tags[start - 2] == "O"
            and key(tokens[start - 2]).startswith("ال")
            and _first_key(tokens[start - 2]) not in _QUOTED_NAME_HEADS
            and key(tokens[start - 2])[2:] not in _QUOTED_NAME_HEADS
        ):
            tags[start] = "O"
    return tags


#: nouns for a law, plan, programme, operation or military exercise, whose name in quotation marks names
#: no actor (قانون «أومنيبوس»، برنامج «بيغاسوس»، عملية «فجر الجرود»، تدريبات «مصطفى كمال أتاتورك 2023»), as
#: first keys
_NAMED_THINGS = frozenset(
    key(w)
    for w in (
        *("قانون", "القانون", "مرسوم", "المرسوم", "خطة", "الخطة", "برنامج", "البرنامج", "عملية"),
        *("العملية", "مبادرة", "المبادرة", "مشروع", "المشروع", "صفقة", "الصفقة", "تدريبات", "التدريبات"),
        *("مناورات", "المناورات", "مناورة", "المناورة", "تمرين", "التمرين", "تمرينات", "التمرينات"),
    )
)


def untag_quoted_thing_names(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Untag a chunk that fills quotation marks right after a noun for a law, plan, programme, operation
    or exercise, a number of its edition or year after it or not (``قانون "أومنيبوس"``، ``تدريبات «مصطفى
    كمال أتاتورك 2023»``; ``برنامج التجسس «بيغاسوس»`` is left: a word between): the name of a thing, no
    actor's."""
    for start, end in quote_spans(tokens):
        if start <= 1 or not tags[start].startswith("B-"):
            continue
        close = start + 1
        while close < end and tags[close].startswith("I-"):
            close += 1
        if (
            all(t.isdigit() for t in tokens[close:end])
            and (end == len(tags) or not tags[end].startswith("I-"))
            and tags[start - 2] == "O"
            and _first_key(tokens[start - 2]) in _NAMED_THINGS
        ):
            tags[start:close] = ["O"] * (close - start)
    return tags


def untag_demonyms(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Untag a LOC chunk that is a demonym with the article, or one word in the accusative with its
    tanween written (``روسياً``): an adjective, not a place (``العاصمة الكورية الشمالية``: the North
    Korean capital). Without the article a demonym can be the
    country's own name (``سورية``) and is left alone, and so is one with it that is a country's name after
    no definite noun (``اتفقت السعودية``) or after a person's name (``شكر رشاد العليمي السعودية``)."""
    dem = demonym_keys()
    countries = _country_words()
    for typ, i, j in chunk_list(tags):
        if typ != "LOC":
            continue
        k = _span_key(tokens, i, j)
        if j - i == 1 and accusative_adjective(tokens, i):
            tags[i:j] = ["O"]  # أسيراً روسياً: a Russian one
            continue
        if k in countries and (
            i == 0 or not key(tokens[i - 1]).startswith("ال") or tags[i - 1].endswith("PERS")
        ):
            # اتفقت السعودية وروسيا: no noun before for the word to describe, the country; nor a person's
            # name (وشكر رشاد العليمي السعودية: the one thanked)
            continue
        if k.startswith("ال") and k in dem:
            tags[i:j] = ["O"] * (j - i)
    return tags


def accusative_adjective(tokens: Sequence[str], i: int) -> bool:
    """Token ``i`` is a nisba adjective in the accusative: its tanween written (``أسيرا روسياً``، ``جنديا
    أوكرانياً``), no country, whose name takes no tanween (روسيا، أوكرانيا); or, unwritten, right after a
    counted noun in the accusative (``150 جنديا أوكرانيا``: Ukrainian soldiers) or a noun for a person or a
    group in the accusative (``استقبل وفدا روسيا``: a Russian delegation)."""
    token = tokens[i]
    if token.endswith(_ACCUSATIVE_NISBA):
        return True
    if i < 1 or not token.endswith("يا"):
        return False
    if _first_key(tokens[i - 1]) in _ACCUSATIVE_PEOPLE:
        return True
    if i < 2:
        return False
    noun = tokens[i - 1]
    return (
        noun.endswith("ا")
        and not noun.startswith("ال")
        and len(noun) > _SHORTEST_COUNTED
        and _counted(tokens, i - 1)
    )


#: a nisba's accusative ending, the tanween written on the alif or before it
_ACCUSATIVE_NISBA = ("ياً", "يًا")
#: the fewest letters of a counted noun in the accusative (جنديا)
_SHORTEST_COUNTED = 3
#: nouns for a person or a group in the accusative, its tanween unwritten, that a nationality describes
#: (وفدا روسيا، مسؤولا أوكرانيا، لاجئا سوريا), keys
_ACCUSATIVE_PEOPLE = frozenset(
    key(w)
    for w in (
        *("وفدا", "مسؤولا", "دبلوماسيا", "جنديا", "عسكريا", "ضابطا", "طفلا", "لاجئا", "نازحا", "مهاجرا"),
        *("بحارا", "موظفا", "مصدرا", "صحفيا", "مواطنا", "سائحا", "أسيرا", "مستشارا", "خبيرا", "لاعبا"),
    )
)


def tag_rare_person_aliases(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag PERS an untagged word that is a one-word KB person alias without the article and no word of
    running text (``وسيجري شافيز محادثات``): a name the tagger missed. Aliases with the article are
    left alone: many are common nouns too (``الأسد`` a lion, ``الضيف`` a guest, ``المنفي`` exiled)."""
    for i, tok in enumerate(tokens):
        if tags[i] != "O" or not _rare_person(tok):
            continue
        if (i and tags[i - 1] != "O") or (i + 1 < len(tags) and tags[i + 1] != "O"):
            continue
        tags[i] = "B-PERS"
    return tags


def tag_rare_org_aliases(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag ORG an untagged word that is a one-word KB organisation alias, behind proclitics or not, and no
    word of running text, as written nor as the alias (``قدمت الكويت 10 ملايين دولار للأونروا``،
    ``لليونيسف``، ``رفض دعوة الإيكواس``), or an alias the training data tags only as an organisation
    (``للناتو``); not before a definite word, which may go on with the name (``الأزهر الشريف``), its
    article written with a bare alef (not a verb with hamza: ``أن الإنتربول ألغى النشرة``)."""
    for i, tok in enumerate(tokens):
        if tags[i] != "O" or not _rare_org_alias(tok):
            continue
        nxt = key(tokens[i + 1]) if i + 1 < len(tags) else ""
        definite = nxt.startswith("ال") and tokens[i + 1].startswith("ا") and nxt != _TO_KEY
        if i + 1 < len(tags) and (tags[i + 1].startswith("I-") or definite):
            continue  # (a longer name: الأزهر الشريف; not إلى, normalised الى)
        tags[i] = "B-ORG"
    return tags


#: إلى as a key, which opens like a word with the article
_TO_KEY = key("إلى")


@lru_cache(maxsize=1 << 16)
def _rare_org_alias(tok: str) -> bool:
    """Whether a word is a one-word KB organisation alias, behind proclitics or not (see
    :func:`tag_rare_org_aliases`), by the word alone."""
    from khabar.ner.model import default_tagger  # the model module imports this one

    knows = default_tagger().knows
    if len(tok) < _RARE_ALIAS_MIN or knows(tok) or not _ARABIC_WORD.fullmatch(tok):
        return False
    k = _first_key(tok)
    return alias_type(k) == "ORG" and (not knows(k) or k in _seen_organisations())


@cache
def _seen_organisations() -> frozenset[str]:
    """One-word strings the training data tags as organisations only (:mod:`khabar.ner.seen`), as keys."""
    from khabar.ner import seen
    from khabar.ner.model import default_model_path, seen_path

    path = seen_path(default_model_path())
    entries = seen.load(path) if path.is_file() else {}
    return frozenset(key(k[0]) for k, classes in entries.items() if len(k) == 1 and classes == ("ORG",))


def tag_person_aliases(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag PERS a run of untagged words that is a multi-word KB person alias not opening on a title
    (``نصيحة رئيس الوزراء الاسبق، سليم الحص،``, ``اغتيال القيادي عماد مغنيّة``), longest first: a
    full name the tagger missed. (One-word aliases are :func:`tag_rare_person_aliases`'s.)"""
    firsts = person_alias_first_words()
    if all(_no_word_in(tokens, firsts, form) for form in (_first_key, _written_first_key, key)):
        return tags  # (most sentences: no alias opens there, its و cut or not: وقار الزمان)
    n, i = len(tokens), 0
    while i < n:
        # (or its first word as written: لحسن الداودي, a name whose article is a bare ل)
        if tags[i] != "O" or (
            _first_key(tokens[i]) not in firsts
            and _written_first_key(tokens[i]) not in firsts
            and key(tokens[i]) not in firsts
        ):
            i += 1
            continue
        end, stop = i + 1, min(i + _MAX_ALIAS, n)
        # (up to a word with no key, punctuation, which no span with it has: سليم الحص،)
        while end < stop and tags[end] == "O" and key(tokens[end]):
            end += 1
        for j in range(end, i + 1, -1):
            if _span_type(tokens, i, j) == "PERS":
                _retag(tags, "PERS", i, j)
                i = j - 1
                break
        i += 1
    return tags


#: the fewest words of a KB person alias :func:`retag_inside_person_aliases` reads over another chunk
_INSIDE_ALIAS_WORDS = 3


def retag_inside_person_aliases(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag PERS a KB person alias of three words or more whose words are untagged but one, a place or an
    organisation chunk of one word inside it (``وزير الخارجية في حكومة طالبان أمير خان متقي``: ``خان``
    read as a place): the person's full name, which the tagger broke."""
    n = len(tokens)
    for typ, i, j in chunk_list(tags):
        if typ not in ("LOC", "ORG") or j - i != 1:
            continue
        # (the spans of three or four words over it, longest first)
        found = next(
            (
                (a, b)
                for a in range(max(0, i - _INSIDE_ALIAS_WORDS + 1), i + 1)
                for b in range(min(n, a + _INSIDE_ALIAS_WORDS + 1), max(i, a + _INSIDE_ALIAS_WORDS - 1), -1)
                if all(tags[k] == "O" for k in range(a, b) if k != i) and _span_type(tokens, a, b) == "PERS"
            ),
            None,
        )
        # (or of two words, when the chunk is no KB name of its own: وزيرة العلاقات الدولية ناليدي
        # [باندور], حاكم ولاية بورنو [باباغانا] زولوم)
        if found is None and alias_type(key(tokens[i])) is None:
            found = next(
                (
                    (a, a + 2)
                    for a in (i - 1, i)
                    if a >= 0
                    and a + 2 <= n
                    and tags[a if a < i else a + 1] == "O"
                    and _span_type(tokens, a, a + 2) == "PERS"
                ),
                None,
            )
        if found is not None:
            _retag(tags, "PERS", *found)
    return tags


#: the most untagged words a KB person alias straddling a chunk's edge takes outside it
_STRADDLE_WORDS = 2


def retag_straddled_person_aliases(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag PERS a KB person alias that the tagger ran a chunk of no KB name into: the chunk's last word and
    the untagged words after it (``ووصف رئيس [فيدانتا أنيل] أغاروال``) or the untagged words before the
    chunk and its first word (``واستقبل الرئيس الانتقالي باه [نداو بترونين]``). The chunk keeps its other
    words, a name of its own (``فيدانتا``، ``بترونين``)."""
    n, titles = len(tokens), title_heads()
    for typ, i, j in chunk_list(tags):
        if j - i < 2 or _span_type(tokens, i, j) is not None:
            continue
        # (the chunk's last word and one or two untagged words after it, longest first; not a word that
        # joins the chunk's name to the next, محمد [بن] علي المناعي: no alias بن علي)
        after = next(
            (
                e
                for e in range(min(n, j + _STRADDLE_WORDS), j, -1)
                if all(tags[m] == "O" for m in range(j, e)) and _span_type(tokens, j - 1, e) == "PERS"
            ),
            None,
        )
        if after is not None and key(tokens[j - 1]) in _UNENDING_NAME_WORDS:
            after = None
        if after is not None:
            _retag(tags, typ, i, j - 1)
            _retag(tags, "PERS", j - 1, after)
            continue
        # (no title before the chunk, an alias of its holder, nor a chunk going on with the name's link:
        # الملك [سلمان بن عبدالعزيز آل سعود], no alias الملك سلمان)
        if key(tokens[i + 1]) in _UNENDING_NAME_WORDS:
            continue
        before = next(
            (
                b
                for b in range(max(0, i - _STRADDLE_WORDS), i)
                if all(tags[m] == "O" and _first_key(tokens[m]) not in titles for m in range(b, i))
                and _span_type(tokens, b, i + 1) == "PERS"
            ),
            None,
        )
        if before is not None:
            _retag(tags, "PERS", before, i + 1)
            _retag(tags, typ, i + 1, j)
    return tags


@cache
def person_alias_first_words() -> frozenset[str]:
    """First words (keys) of the KB's multi-word person aliases that open on no title (``الرئيس``)."""
    titles = frozenset(key(row[0]) for row in packaged("person_titles.tsv"))
    out: set[str] = set()
    for e in packaged_kb().entries.values():
        if e.type == "PER":
            for alias in e.aliases:
                words = key(alias).split()
                if len(words) > 1 and words[0] not in titles:
                    out.add(words[0])
    return frozenset(out)


@lru_cache(maxsize=1 << 16)
def _rare_person(token: str) -> bool:
    from khabar.ner.model import default_tagger  # the model module imports this one

    knows = default_tagger().knows
    if len(token) < _RARE_ALIAS_MIN:
        return False
    raw, people = key(token), _person_words()
    if raw not in people and raw[1:] not in people and raw[2:] not in people:
        return False  # most words: no person alias, with or without one or two proclitic letters
    sp = split(token)
    seen = sp.stem + sp.suffix in _seen_persons()  # شافيز: tagged a person wherever it was seen
    if knows(token) and not seen:
        return False  # known as written
    k = _first_key(token)
    return (
        len(k) >= _RARE_ALIAS_MIN
        and not k.startswith("ال")  # الضيف، الأسد، المنفي: common nouns with the article
        and (seen or not knows(k))
        and alias_type(k) == "PERS"
    )


@cache
def _seen_persons() -> frozenset[str]:
    """One-word strings the training data tags as persons and never as anything else, nor leaves
    untagged more than a tenth of the time (:mod:`khabar.ner.seen`)."""
    from khabar.ner import seen
    from khabar.ner.model import default_model_path, seen_path

    path = seen_path(default_model_path())
    entries = seen.load(path) if path.is_file() else {}
    return frozenset(k[0] for k, classes in entries.items() if len(k) == 1 and classes == ("PERS",))


@cache
def _person_words() -> frozenset[str]:
    """The KB's one-word person aliases (keys)."""
    return frozenset(
        a
        for e in packaged_kb().entries.values()
        if e.type == "PER"
        for a in map(key, e.aliases)
        if a and " " not in a
    )


#: the shortest one-word person alias :func:`tag_rare_person_aliases` looks for
_RARE_ALIAS_MIN = 4


#: slogan words chanted against someone (الموت لـ، يسقط، ليستقيل، وداعا) and for someone (يعيش، تحيا), without
#: the proclitics a token may carry (لـ of command: ليسقط، فليرحل); وداعا also as read with و split off
SLOGANS_AGAINST = ("الموت", "يسقط", "تسقط", "ارحل", "يرحل", "يستقيل", "وداعا", "داعا")
SLOGANS_FOR = ("يعيش", "تعيش", "عاش", "يحيا", "تحيا")
_SLOGAN_WORDS = frozenset(key(w) for w in (*SLOGANS_AGAINST, *SLOGANS_FOR))
#: the vocative particle (وداعا يا X)
_VOCATIVE = key("يا")


def tag_slogan_names(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """In a short quoted run (:func:`khabar.ner.features.quote_spans`), the name after a slogan word
    (``«الموت لمشرف»``، ``«ليستقيل كيباكي»``، ``«وداعا يا جيانيندرا»``) is tagged on its own: the slogan
    word leaves a chunk the tagger opened on it, and an untagged name after it is tagged when it is a KB
    alias (its type) or a word the tagger never saw (PERS)."""
    spans = quote_spans(tokens)
    if not spans:
        return tags
    from khabar.ner.model import default_tagger  # the model module imports this one

    knows = default_tagger().knows
    for start, end in spans:
        for k in range(start, end - 1):
            if key(tokens[k]) not in _SLOGAN_WORDS and _first_key(tokens[k]) not in _SLOGAN_WORDS:
                continue
            n = k + 2 if _first_key(tokens[k + 1]) == _VOCATIVE and k + 2 < end else k + 1
            if tags[k] != "O":  # «الموت لبوش» tagged whole: the name is the rest of the chunk
                j = k + 1
                while j < end and tags[j].startswith("I-"):
                    j += 1
                typ = alias_type(_span_key(tokens, n, j)) or tags[k][2:]
                tags[k:n] = ["O"] * (n - k)
                if n < j:
                    _retag(tags, "PERS" if typ == "MISC" else typ, n, j)
                continue
            if tags[n] != "O":
                continue  # the tagger found the name
            j = next((b for b in range(end, n, -1) if alias_type(_span_key(tokens, n, b))), None)
            if j is not None:
                _retag(tags, alias_type(_span_key(tokens, n, j)) or "PERS", n, j)
            elif _slogan_ends(tokens, n, end) and not knows(tokens[n]) and _ARABIC_WORD.fullmatch(tokens[n]):
                # «وداعا يا جيانيندرا»، «الموت لرشدي والموت لبريطانيا»: a name no lexicon knows ends it
                tags[n] = "B-PERS"
    return tags


def _slogan_ends(tokens: Sequence[str], n: int, end: int) -> bool:
    """The slogan's word at ``n`` is its last: the quoted run ends, or another slogan follows."""
    return n + 1 == end or _first_key(tokens[n + 1]) in _SLOGAN_WORDS


#: adjectives of religions and sects (سني، الشيعي، مسيحيا), in every gender, number and case, as keys
_SECT_ADJECTIVES = frozenset(
    key(article + stem + ending)
    for stem in (
        *("سني", "شيعي", "مسيحي", "درزي", "علوي", "يهودي", "إسلامي", "قبطي", "ماروني", "يزيدي"),
        *("كاثوليكي", "أرثوذكسي", "بروتستانتي", "سلفي"),
    )
    for article in ("", "ال")
    for ending in ("", "ة", "ا", "ين", "ون", "ات")
)


def untag_sect_adjectives(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Untag a chunk that opens on the adjective of a religion or sect (``هاجموا مسجدا سنيا``): a
    description, no name; a person's name after it and his religious titles stays one (``البطريرك
    الماروني الكاردينال مار بشارة بطرس الراعي``، ``الزعيم الشيعي البارز آية الله X``: X). Not a given
    name spelt like one with more of the name after it (``سنية الدهماني``)."""
    for typ, i, j in chunk_list(tags):
        if j - i > 1 and tokens[i] in _any_given_names():
            continue  # المحامية سنية الدهماني: a given name spelt like one (Sonia), a name after it
        if key(tokens[i]) in _SECT_ADJECTIVES or _first_key(tokens[i]) in _SECT_ADJECTIVES:  # سنيا: not س+
            name = _past_honorifics(tokens, i + 1, j) if typ == "PERS" else j
            tags[i:name] = ["O"] * (name - i)
            if name < j:
                _retag(tags, typ, name, j)
    return tags


def trim_religious_titles(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Drop from the start of a person chunk the religious titles and honorifics before the name
    (``آية الله الشيخ عيسى قاسم``، ``الكاردينال جان زيربو``، ``أبونا ماتياس``): the name is what follows;
    a chunk of such words only, or of a title alone (``بابا الفاتيكان``), is untagged."""
    titles = _title_phrases()
    for typ, i, j in chunk_list(tags):
        if typ != "PERS":
            continue
        if _span_key(tokens, i, j) in titles:
            tags[i:j] = ["O"] * (j - i)
            continue
        # (a cleric's title inside: the words before it are the place of an office named before the
        # chunk, رئيس أساقفة باماكو الكاردينال جان زيربو)
        inner = next(
            (
                k
                for k in range(i + 1, j - 1)
                if key(tokens[k]) in _CLERICAL_TITLES and _past_honorifics(tokens, k, j) < j
            ),
            i,
        )
        if inner > i:
            if alias_type(_span_key(tokens, i, inner)) == "LOC":
                _retag(tags, "LOC", i, inner)
            else:
                tags[i:inner] = ["O"] * (inner - i)
        name = _past_honorifics(tokens, inner, j)
        tags[i:name] = tags[i:inner] + ["O"] * (name - inner)
        if inner < name < j:
            _retag(tags, typ, name, j)
    return tags


def extend_regnal_numbers(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Extend a one-word person chunk over the ordinal after it (``ليو الرابع عشر``، ``برثلماوس
    الأول``): a pope's, patriarch's or king's number is part of his name."""
    for typ, i, j in chunk_list(tags):
        if typ != "PERS" or j - i != 1 or j >= len(tokens) or tags[j] != "O":
            continue
        if key(tokens[j]) not in _ORDINALS:
            continue
        end = j + 2 if j + 1 < len(tokens) and tags[j + 1] == "O" and key(tokens[j + 1]) == _TEN else j + 1
        _retag(tags, typ, i, end)
    return tags


#: ordinals with the article (الأول ... العاشر، الحادي), and عشر of the teens, as keys
_ORDINALS = frozenset(
    key(w)
    for w in (
        *("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"),
        *("العاشر", "الحادي"),
    )
)
_TEN = key("عشر")


def _past_honorifics(tokens: Sequence[str], i: int, j: int) -> int:
    """Where the name begins in tokens ``[i, j)`` past the religious titles and honorifics at its start
    (``آية الله``، ``الشيخ``، ``مار``): ``j`` when the words are all such."""
    k = i
    while k < j:
        word = key(tokens[k])
        if word in _HONORIFIC_PAIRS and k + 1 < j and key(tokens[k + 1]) == _HONORIFIC_PAIRS[word]:
            k += 2  # آية الله، حجة الإسلام
        elif word in _RELIGIOUS_HONORIFICS:
            k += 1
        else:
            break
    return k


#: religious titles and honorifics before a cleric's name, as keys
_RELIGIOUS_HONORIFICS = frozenset(
    key(w)
    for w in (
        *("الكاردينال", "مار", "الأنبا", "أبونا", "المطران", "البطريرك", "الحاخام", "القس", "المولوي"),
        *("الشيخ", "السيد", "العلامة", "المفتي", "الإمام", "البارز", "العظمى", "البابا", "بابا"),
    )
)
#: those that are never a part of a name (not الشيخ: محمد ولد الشيخ الغزواني), as keys
_CLERICAL_TITLES = frozenset(
    key(w) for w in ("الكاردينال", "الأنبا", "المطران", "البطريرك", "الحاخام", "القس", "المولوي")
)
#: two-word honorifics: the first word → the second (آية الله، حجة الإسلام), as keys
_HONORIFIC_PAIRS = {key("آية"): key("الله"), key("حجة"): key("الإسلام")}


@cache
def _title_phrases() -> frozenset[str]:
    """The person titles of ``person_titles.tsv`` of two words or more, as keys (``بابا الفاتيكان``)."""
    return frozenset(k for row in packaged("person_titles.tsv") if " " in (k := key(row[0])))


#: nouns a land, sea or air adjective describes (حصار بري، قصف بري وجوي، توغل بري، معبر بري), as keys
_DESCRIBED_BY_TERRAIN = frozenset(
    key(w)
    for w in (
        *("حصار", "قصف", "هجوم", "توغل", "اجتياح", "غزو", "عدوان", "تدخل", "اشتباك", "قتال", "رد"),
        *("طريق", "ممر", "منفذ", "معبر", "نقل", "شحن", "تهريب", "جسر", "خط", "هجمات", "غارات"),
    )
)
#: the terrain adjectives that are also surnames (بري: Berri), as keys
_TERRAIN_ADJECTIVES = frozenset(key(w) for w in ("بري", "بحري", "جوي"))
#: masculine nouns the adjective مالي "financial" describes (دعم مالي، عجز مالي), as keys
_DESCRIBED_AS_FINANCIAL = frozenset(
    key(w)
    for w in (
        *("دعم", "دعما", "عجز", "فساد", "وضع", "إصلاح", "تعويض", "عون", "مستشار", "مدير", "تقرير"),
        *("نظام", "استقرار", "ضغط", "تحويل", "مبلغ", "حافز", "إطار", "التزام", "تمويل", "احتيال"),
    )
)
#: adjectives that are also names (بري، مالي) → the nouns before them they describe, as keys
_DESCRIBED_NOUNS = {
    **dict.fromkeys(_TERRAIN_ADJECTIVES, _DESCRIBED_BY_TERRAIN),
    key("مالي"): _DESCRIBED_AS_FINANCIAL,
}


def untag_terrain_adjectives(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Untag a one-word name that is a land, sea or air adjective of the noun before it or joined to
    another such adjective (``فرض حصار بري وبحري``، ``قصف بري``): no surname (نبيه بري); or the
    adjective "financial" of a noun it describes (``حزمة دعم مالي``، ``عجز مالي``): not Mali."""
    for _typ, i, j in chunk_list(tags):
        nouns = _DESCRIBED_NOUNS.get(key(tokens[i])) if j - i == 1 else None
        if nouns is None:
            continue
        described = i > 0 and tags[i - 1] == "O" and _first_key(tokens[i - 1]) in nouns
        joined = j < len(tokens) and tokens[j].startswith("و") and key(tokens[j][1:]) in _TERRAIN_ADJECTIVES
        if described or joined:
            tags[i] = "O"
    return tags


#: "the base" (القاعدة), alone or after a preposition, and the adjectives of a military base after it, as
#: keys: no group (تسلم جيش البحر بالقاعدة البحرية بصفاقس زورقين)
_BASE_WORDS = frozenset(key(p + "القاعدة") for p in ("", "ب", "و", "وب", "ل", "ول"))
_BASE_ADJECTIVES = frozenset(key(w) for w in ("البحرية", "الجوية", "العسكرية", "البرية"))


def untag_bases(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Untag a one-word name that is "the base" before the adjective of a military base (``بالقاعدة
    البحرية``، ``القاعدة الجوية``): a place where something is done, not al-Qaeda."""
    for _typ, i, j in chunk_list(tags):
        if (
            j - i == 1
            and j < len(tokens)
            and key(tokens[i]) in _BASE_WORDS
            and key(tokens[j]) in _BASE_ADJECTIVES
        ):
            tags[i] = "O"
    return tags


#: first words of compound given names with الله (فضل الله، نصر الله، عطا الله), as keys
_GOD_NAME_FIRSTS = frozenset(
    key(w)
    for w in (
        "عبد",
        "فضل",
        "نصر",
        "حسب",
        "عطا",
        "عطاء",
        "جار",
        "خير",
        "فتح",
        "ضيف",
        "عوض",
        "رزق",
        "هبة",
        "أسد",
        *("صنع", "جاب", "فرج", "خلف", "حرز", "نعمة", "لطف"),  # (مصطفى صنع الله، عبد الحميد جاب الله)
    )
)
#: "God", as a key
_GOD = key("الله")
#: how many name words after a compound given name are taken with it
_GOD_NAME_REST = 2


def tag_god_compound_names(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """``الله`` tagged MISC on its own after an untagged first part of a compound given name is a person's
    name, with the rare name words after it (``فضل الله برمة ناصر``: not "God"; ANERcorp tags الله alone
    MISC, and ``عبد الله``، ``نصر الله`` PERS)."""
    from khabar.ner.model import default_tagger  # the model module imports this one

    knows = default_tagger().knows
    for typ, i, j in chunk_list(tags):
        if typ != "MISC" or j != i + 1 or i == 0 or key(tokens[i]) != _GOD or tags[i - 1] != "O":
            continue
        if key(tokens[i - 1]) not in _GOD_NAME_FIRSTS:
            continue
        end = j
        while end < min(len(tokens), j + _GOD_NAME_REST) and tags[end] == "O" and _name_word(tokens[end]):
            if knows(tokens[end]) and key(tokens[end]) not in _surname_words() | _given_keys():
                break
            end += 1
        # (and a given name right before it: a family name, حسن فضل الله; and the person chunk right after
        # it, the rest of the name a rule tagged alone: هبة الله + آخوند زاده; a person's name right before
        # it goes on: مصطفى صنع الله, the compound is its surname)
        first = i - 2 if i >= 2 and tags[i - 2] == "O" and is_given_name(tokens[i - 2]) else i - 1
        after = end == j and end < len(tokens) and tags[end] == "B-PERS"
        chained = first == i - 1 and i >= 2 and tags[i - 2][2:] == "PERS"
        _retag(tags, "PERS", first, end)
        if chained:
            tags[i - 1] = "I-PERS"
        if after:
            tags[end] = "I-PERS"
    return tags


#: place nouns with the article that refer back to a place named before (البلدة، القرية), normalised
_PLACE_NOUNS = frozenset(key(w) for w in ("البلدة", "القرية", "المخيم", "الحي", "الضاحية"))


#: how those nouns end as written (ة or ه)
_PLACE_NOUN_ENDINGS = ("بلدة", "بلده", "قرية", "قريه", "مخيم", "الحي", "ضاحية", "ضاحيه")


#: a state's or a province's word and the directions (keys): an outlet's one-word name after one is the
#: place the outlet is named after (بولاية الجزيرة، قرية التكينة شرق الجزيرة: Gezira, not the channel)
_OUTLET_PLACED = frozenset(key(w) for w in ("ولاية", "محافظة", "إقليم", *_DIRECTION_WORDS))


def retype_placed_outlets(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag LOC a news outlet's one-word name tagged ORG right after a state's word or a direction
    (``مجزرة في قرية ود عشيب بولاية الجزيرة``، ``اقتحمت قرية التكينة شرق الجزيرة``): the region a
    channel is named after, not the channel."""
    if _no_word_in(tokens, _OUTLET_PLACED):
        return tags  # (most sentences: no state's word nor direction)
    for i in range(1, len(tokens)):
        if (
            tags[i] == "B-ORG"
            and (i + 1 == len(tags) or tags[i + 1] != "I-ORG")
            and tags[i - 1] == "O"
            and _first_key(tokens[i - 1]) in _OUTLET_PLACED
            and any(e.sector == MEDIA_SECTOR for e in packaged_kb().exact(key(tokens[i])))
        ):
            tags[i] = "B-LOC"
    return tags


def untag_place_nouns(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Untag a one-word chunk that is a place noun with the article (``مدرسة البلدة``): a reference
    back to a place (the coreference stage resolves it), not a name."""
    return _untag_lone_nouns(tokens, tags, _PLACE_NOUN_ENDINGS, _PLACE_NOUNS)


#: nouns of an accord with the article (الاتفاق، الاتفاقية، المعاهدة), normalised, and how they end as written
_ACCORD_NOUNS = frozenset(key(w) for w in ("الاتفاق", "الاتفاقية", "المعاهدة"))
_ACCORD_NOUN_ENDINGS = ("اتفاق", "اتفاقية", "اتفاقيه", "معاهدة", "معاهده")


def untag_accord_nouns(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Untag a one-word chunk that is the noun of an accord with the article (``وقعت X «اتفاق الرياض»
    ... وأشاد Y بالاتفاق``): the deal told again by its common noun, not its name."""
    return _untag_lone_nouns(tokens, tags, _ACCORD_NOUN_ENDINGS, _ACCORD_NOUNS)


def _untag_lone_nouns(
    tokens: Sequence[str], tags: list[str], endings: tuple[str, ...], nouns: frozenset[str]
) -> list[str]:
    """Untag each one-word chunk whose word without its proclitics is one of ``nouns`` (keys), after
    quick tests that the sentence has one of them (:func:`_no_word_in`) and that some word as written
    ends in one of ``endings``."""
    if _no_word_in(tokens, nouns) or not any(t.endswith(endings) for t in tokens):
        return tags
    for _typ, i, j in chunk_list(tags):
        if j - i == 1 and _first_key(tokens[i]) in nouns:
            tags[i] = "O"
    return tags


def untag_hamza_words(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Untag a one-word person whose word ends in ``ئ`` as written (``الوضع هادئ`` "calm", ``طارئ``):
    normalised it reads as a name (هادي), but no name is spelt so."""
    if _HAMZA_ON_YA not in "".join(tokens):
        return tags  # a quick test on the words as written: none has the letter
    for typ, i, j in chunk_list(tags):
        if typ == "PERS" and j - i == 1 and tokens[i].endswith(_HAMZA_ON_YA):
            tags[i] = "O"
    return tags


#: the hamza on a ya (هادئ), lost to normalisation (هادي)
_HAMZA_ON_YA = "ئ"


def tag_word_names(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag ORG an untagged organisation name that is also a common word (``حماس`` "zeal"), with و، ل or
    ف before it or not, unless a genitive follows it (``حماس الجماهير``، ``حماس لاعبيها``, the zeal of) or ب
    makes it a manner (``بحماس``): ANERcorp tags 16 of its 19 bare uses, the 3 others zeal."""
    if _no_word_in(tokens, _WORD_NAMES):
        return tags  # (most sentences: no such name)
    for i, tok in enumerate(tokens):
        if tags[i] != "O" or _first_key(tok) not in _WORD_NAMES or tok.startswith("ب"):
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        sp = split(nxt)
        genitive = (sp.article or sp.suffix or key(sp.bare) in _GENITIVE_PEOPLE) and not sp.proclitics
        if genitive:
            continue  # (not a phrase after it: حماس باستخدامه)
        tags[i] = "B-ORG"
    return tags


#: organisation names that are also common words, keys
_WORD_NAMES = frozenset({key("حماس")})
#: plural nouns of people that follow a word as its genitive (حماس أهالي المدينة), keys
_GENITIVE_PEOPLE = frozenset(key(w) for w in ("أهالي", "جماهير", "مشجعي", "لاعبي", "أنصار", "شباب"))


def split_led_by(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """A chunk opening with "led by" (``بقيادة``، ``برئاسة``، ``بزعامة``) names the leader only
    (``تحالف دعم الشرعية بقيادة السعودية``: السعودية, no body called قيادة السعودية), with the leader's
    KB type where it has one."""
    for typ, i, j in chunk_list(tags):
        if not led_by(tokens[i]):
            continue
        tags[i] = "O"
        if j - i > 1:
            _retag(tags, _span_type(tokens, i + 1, j) or typ, i + 1, j)
    return tags


#: "led by", "headed by" before the leader's name, keys
_LED_BY = frozenset(key(w) for w in ("بقيادة", "برئاسة", "بزعامة"))


def led_by(token: str) -> bool:
    """The token is "led by" or "headed by" (``بقيادة``، ``برئاسة``): the name after it leads the actor
    before it."""
    return key(token) in _LED_BY


#: verbs a protest's organiser is the subject of (keys, as the first word's key): the words after them up
#: to the protest or its day are the body that held it (``نظمت الحركة الوطنية للنساء السلاليات يوم الأربعاء
#: وقفة``)
_STAGED_VERBS = frozenset(key(w) for w in ("نظم", "نظمت", "نفذ", "نفذت"))
#: what such a body holds (keys), ending its name
_STAGED_ACTS = frozenset(
    key(w)
    for w in (
        *("وقفة", "وقفات", "مسيرة", "مسيرات", "اعتصام", "اعتصاما", "إضراب", "إضرابا", "تظاهرة", "تظاهرات"),
        *("مظاهرة", "مظاهرات", "احتجاجا", "تجمعا", "مهرجانا", "مواكب"),
    )
)
#: the day or time it held it on (keys, a weekday too), ending its name, after a comma or not
_STAGED_TIMES = _TIME_OPENERS | frozenset({key("اليوم")})
#: what may not follow such a body's head: no word, a protest, a region (keys)
_STAGED_STOPS = frozenset({"", *_STAGED_ACTS, key("في")})
#: prepositions that go on with such a body's name after a definite word (جمعية المغاربة المطرودين من
#: الجزائر، لجنة التضامن مع منجب), or open the region it sits in (في الشمال), keys
_STAGED_PREPOSITIONS = frozenset(key(w) for w in ("من", "مع", "ضد", "في"))
#: the tags a word of such a body's name may have: untagged, or a place in it
_STAGED_INNER_TAGS = frozenset({"O", "B-LOC", "I-LOC"})
#: heads of a body of people that ``org_keywords.tsv`` lacks (keys, no article): ملتقى، تجمع، شبكة
_STAGING_HEADS = frozenset(
    key(w) for w in ("ملتقى", "تجمع", "شبكة", "فدرالية", "فيدرالية", "تنسيقية", "حملة")
)
#: plural heads of bodies (keys, no article): one opens such a name (نظمت لجان المقاومة), one inside it a
#: second body (ولجان المقاومة)
_PLURAL_BODY_HEADS = frozenset(
    key(w) for w in ("لجان", "نقابات", "اتحادات", "جمعيات", "منظمات", "أحزاب", "حركات", "تنسيقيات", "هيئات")
)
#: the longest name such a body is given, in words
_STAGED_LONGEST = 10


def _staging_head(token: str) -> bool:
    """``token``, its proclitics aside, is a body's head (``org_keywords.tsv``, :data:`_STAGING_HEADS` or
    :data:`_PLURAL_BODY_HEADS`)."""
    head = _first_key(token)
    bare_head = head.removeprefix(_DEFINITE)
    return head in _org_head_keys() or bare_head in _STAGING_HEADS or bare_head in _PLURAL_BODY_HEADS


def _staged_time(token: str) -> bool:
    return (k := key(token)) in _STAGED_TIMES or k in weekday_keys()


def tag_protest_organisers(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Tag ORG the untagged words after a verb of staging (``نظم``، ``نفذت``) that open with a body's head,
    with its article or without, up to the protest they stage or its day, two words or more, none of them a
    name's already nor another body's head (``نظمت الحركة الوطنية للنساء السلاليات يوم الأربعاء وقفة``،
    ``نظم الملتقى الوطني لدعم المقاومة وحماية الوطن، مساء الجمعة، مسيرة``): the subject, a body the tagger
    never saw. A region after في is no word of it (``نفذت نقابة أصحاب الأفران في الشمال إضرابا``)."""
    if _STAGED_VERBS.isdisjoint(_first_keys(tuple(tokens))):
        return tags
    n = len(tokens)
    for v in range(n - 3):
        i = v + 1
        if _first_key(tokens[v]) not in _STAGED_VERBS or tags[i] != "O" or not _staging_head(tokens[i]):
            continue
        if key(tokens[i + 1]) in _STAGED_STOPS or _staged_time(tokens[i + 1]):
            continue
        cut = None  # (where في opens the region the body sits in)
        for e in range(i + 1, min(n, i + _STAGED_LONGEST + 1)):
            tok = tokens[e]
            if tags[e] not in _STAGED_INNER_TAGS:
                break  # (a name of its own: نظم تجمع المهنيين السودانيين [ولجان المقاومة] وقفة)
            if (
                tags[e] == "O"
                and key(tok)
                and tokens[e - 1].startswith(_DEFINITE)
                and not tok.startswith(_DEFINITE)
                and _first_key(tok) == key(tok)
                and key(tok) not in _STAGED_PREPOSITIONS
                and key(tok) not in _STAGED_ACTS
                and not _staged_time(tok)
            ):
                break  # (a bare noun after a definite word starts the object: نفذ الجيش المالي [غارة])
            # (another body's head, before any region: نظمت اللجنة النقابية للعاملين [بالشركة] المصرية
            # للاتصالات وقفة، نظم تجمع المهنيين السودانيين [ولجان] المقاومة وقفة)
            if cut is None and _staging_head(tok):
                break
            if e == i + 1:
                continue
            end = key(tok) in _STAGED_ACTS or _staged_time(tok)
            if tok in _COMMAS:
                end = e + 1 < n and _staged_time(tokens[e + 1])
                if not end:
                    break
            if end:
                e = cut or e
                # (a definite head and definite adjectives only are left to the entities stage, which
                # names such a body up to its rank: الاتحاد العام الطلابي الحر)
                if (
                    not tags[e].startswith("I-")
                    and not any(t.endswith("PERS") for t in tags[i:e])
                    and not all(t.startswith(_DEFINITE) for t in tokens[i:e])
                ):
                    _retag(tags, "ORG", i, e)
                break
            if not key(tok):
                break
            if cut is None and key(tok) == "في":
                cut = e
    return tags


#: verbal nouns that are given names too (keys): before a KB place they are the noun, the place its doer
#: (``احتجاجا على سماح كوبنهاغن بتدنيس المصحف``: Copenhagen's allowing, no woman named Samah)
_NOUN_GIVEN_NAMES = frozenset(key(w) for w in ("سماح", "نجاح", "صمود", "انتصار", "وفاء", "رجاء"))


def split_verbal_nouns_from_places(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Untag the first word of a person chunk of two words that is a verbal noun a given name is spelt
    like, and tag LOC the second, a KB place (``على سماح كوبنهاغن بتدنيس المصحف``): the noun and its
    doer, no person."""
    for typ, i, j in chunk_list(tags):
        if (
            typ == "PERS"
            and j - i == 2
            and _first_key(tokens[i]) in _NOUN_GIVEN_NAMES
            and alias_type(key(tokens[i + 1])) == "LOC"
        ):
            tags[i] = "O"
            _retag(tags, "LOC", i + 1, j)
    return tags


def untag_nationality_plurals(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Untag a person chunk of two words, a noun no given name and a nationality, plural (no nisba in ي),
    in the accusative or not (``اختطف مسلحون أربعة مهندسين أتراكاً``: Turkish engineers, no person's name)."""
    for typ, i, j in chunk_list(tags):
        if typ != "PERS" or j - i != 2 or is_given_name(tokens[i]) or _first_key(tokens[i]) in _given_keys():
            continue
        last = key(tokens[i + 1])
        if last.endswith("ا") and last[:-1] in demonym_keys():
            last = last[:-1]  # (أتراكاً، أتراكا)
        if last in demonym_keys() and not last.endswith("ي"):
            tags[i:j] = ["O"] * (j - i)
    return tags


#: the rules :func:`repair` applies, in order
RULES: tuple[Rule, ...] = (
    merge_chunks,
    join_kunyas,
    join_cut_persons,
    trim_leading_demonyms,
    trim_spokesmen_bodies,
    extend_to_aliases,
    shift_alias_ends,
    split_alias_before_persons,
    split_before_joined_aliases,
    extend_back_to_organs,
    extend_back_to_organisations,
    extend_back_to_persons,
    trim_trailing_titles,
    untag_dual_titles,
    trim_trailing_sides,
    trim_trailing_manners,
    trim_trailing_body_heads,
    split_persons,
    split_trailing_places,
    split_bodies_before_places,
    split_straddling_places,
    split_closing_places,
    split_leading_places,
    split_titled_places,
    split_joined_bodies,
    split_leading_organisations,
    split_leading_states,
    split_titled_bodies_from_persons,
    split_trailing_organisations,
    split_repeated_heads,
    split_lam_places,
    split_places,
    split_paired_states,
    split_at_followers,
    trim_organisations,
    trim_after_fields,
    extend_back_to_paired_persons,
    trim_persons,
    trim_leading_verbs,
    untag_hunted_kinds,
    trim_leading_deed_nouns,
    untag_affairs_persons,
    trim_leading_lil_nouns,
    trim_trailing_verbs,
    trim_trailing_quantifiers,
    trim_trailing_praised,
    trim_leading_prepositions,
    trim_leading_prepositional_phrases,
    trim_leading_adverbs,
    trim_leading_office_adjectives,
    untag_times_of_day,
    trim_trailing_times,
    untag_missile_kinds,
    tag_places_by_direction,
    join_lake_and_plateau_names,
    trim_detached_clitics,
    trim_counterparts,
    trim_clause_openers,
    split_at_complementizers,
    retype_group_names,
    tag_quoted_group_names,
    tag_self_named_groups,
    extend_for_names,
    extend_for_rights,
    tag_workers_unions,
    tag_sports_bodies,
    tag_military_regions,
    tag_place_commands,
    tag_authorities,
    tag_defence_teams,
    tag_club_names,
    extend_joined_portfolios,
    retype_aliases,
    retype_facility_towns,
    tag_latin_facilities,
    split_latin_names,
    tag_countries,
    tag_person_aliases,
    retag_inside_person_aliases,
    retag_straddled_person_aliases,
    merge_chunks,  # (again: a name the tagger cut, its rest tagged as an alias: لويز إيناسيو + لولا دا سيلفا)
    tag_titled_names,
    tag_persons_before_coordinated,
    tag_coordinated_persons,
    join_ali_names,
    tag_east_asian_names,
    untag_times_of_day,  # (again: a time of day and a weekday after a title, no name: اعتقل فجر الخميس)
    tag_kunya_names,
    tag_names_after_bodies,
    tag_final_ali,
    split_persons_from_bodies,
    tag_names_after_titles,
    tag_spokesmen_names,
    tag_names_after_counterparts,
    extend_persons_to_final_oo,
    extend_persons_to_kunyas,  # (after the names titles tag: القيادي في كتائب X أبو + علي الكناني)
    tag_definite_bodies,
    tag_charged_bodies,
    tag_churches,
    tag_working_groups,
    tag_local_councils,
    tag_dual_company_names,
    tag_dual_body_names,
    split_trailing_places,  # (again: a name a title extended back to a place after it, سمير حسن نيروبي)
    retag_sentenced_persons,
    extend_compound_names,
    extend_lineage_names,
    extend_nisba_family_names,
    extend_given_names_to_family_names,
    tag_given_name_pairs,
    tag_rare_person_aliases,
    tag_rare_org_aliases,
    tag_slogan_names,
    tag_god_compound_names,
    untag_demonyms,
    untag_nationality_plurals,
    split_verbal_nouns_from_places,
    untag_quoted_adjectives,
    untag_quoted_thing_names,
    untag_sect_adjectives,
    trim_religious_titles,
    trim_title_tails,
    extend_regnal_numbers,
    untag_terrain_adjectives,
    untag_bases,
    untag_place_nouns,
    retype_placed_outlets,
    untag_accord_nouns,
    untag_hamza_words,
    split_led_by,
    tag_word_names,
    extend_back_to_body_kinds,
    tag_company_names,
    tag_companies_before_nationalities,
    tag_named_bodies,
    tag_protest_organisers,
    tag_parties_before_relatives,
    extend_bodies_to_causes,
    tag_bodies_of_people,
    tag_bodies_of_trades,
    tag_chambers_of_commerce,
    tag_acting_provinces,
    tag_bodies_without,
    tag_lettered_bodies,
    join_spelt_letters,
    tag_combat_units,
    tag_numbered_units,
    tag_tribe_names,
    tag_joined_lineages,
    tag_militia_names,
    retype_armed_group_names,
    tag_bodies_named_after_persons,
    extend_to_bracketed_aliases,
    tag_court_chambers,
    untag_safety_of,
    tag_families_of_persons,
    split_persons_before_states,
    split_persons_before_national_bodies,
    extend_into_aliases,  # (last: the chunks the rules above made bodies, ميليشيا جيش كارين + الوطني)
    merge_chunks,  # (again: a KB name the rules above tagged in two, علي الأمين + زين)
)


def repair(tokens: Sequence[str], tags: Sequence[str], rules: Sequence[Rule] = RULES) -> list[str]:
    """The tags of one sentence after the repair ``rules`` (a new list; ``tags`` is not changed)."""
    if len(tokens) != len(tags):
        raise ValueError(f"{len(tokens)} tokens but {len(tags)} tags")
    out = list(tags)
    # (a tuple once: the rules' per-sentence caches, :func:`_sentence_forms` and others, take the words as
    # one, which ``tuple()`` then returns as it is instead of copying the list again for each rule)
    words = tuple(tokens)
    for rule in rules:
        out = rule(words, out)
    return out


def tag_repeated_names(sentences: Sequence[Sequence[str]], tags: Sequence[list[str]]) -> list[list[str]]:
    """Tag again, with its type, a name of two words or more, or a KB place of one, the tagger tagged
    somewhere in a document wherever its words stand untagged in it, proclitics on the first word aside
    (``صوت مجلس النواب العراقي ... رحبت طهران بقرار مجلس النواب العراقي``، ``أربيل - تعرضت أربيل
    لهجوم``): one name, one reading in one article. Applied by the entities stage to a whole document,
    after :data:`RULES`."""
    from khabar.ner.places import place_heads  # the places module imports this one

    names: dict[tuple[str, ...], str] = {}
    for toks, ts in zip(sentences, tags, strict=True):
        for typ, i, j in chunk_list(ts):
            # (one word only when it is a KB place or an organisation's name in quotation marks: a name of
            # one word may be a common word elsewhere; حزب "المحولون" ... وندد حزب المحولون; or a word the
            # tagger never saw named after a place noun: في قرية الدراز ... على مداخل الدراز)
            if (words := _span_key(toks, i, j)) and (
                j - i >= 2
                or (typ == "LOC" and alias_type(words) == "LOC")
                or (
                    typ == "LOC"
                    and i > 0
                    and place_heads().get(normalize(toks[i - 1])) == 1
                    and _unknown_word(toks[i], article=toks[i].startswith(_DEFINITE))
                )
                or (
                    typ == "ORG"
                    and i > 0
                    and j < len(toks)
                    and toks[i - 1] in QUOTE_CHARS
                    and toks[j] in QUOTE_CHARS
                )
            ):
                names.setdefault(tuple(words.split()), typ)
            # (and the Latin words of a name, told again without its head: شركة Amazon ... نفت Amazon)
            # (not a person's: رئيس COP29 المعين مختار باباييف, a title's body inside a person chunk)
            latin = [k for k in range(i, j) if _LATIN_LETTER.search(toks[k]) and _latin(toks[k])]
            if latin and latin[0] > i and typ != "PERS" and (run := _span_key(toks, latin[0], latin[-1] + 1)):
                names.setdefault(tuple(run.split()), typ)
    if not names:
        return [list(ts) for ts in tags]
    firsts = {words[0] for words in names}
    out = []
    for toks, ts in zip(sentences, tags, strict=True):
        ts = list(ts)
        for i in range(len(toks)):
            if ts[i] != "O" or _first_key(toks[i]) not in firsts:
                continue
            for words, typ in names.items():
                j = i + len(words)
                if (
                    j <= len(toks)
                    and all(t == "O" for t in ts[i:j])
                    and not (j - i == 1 and accusative_adjective(toks, i))
                    and (j == len(toks) or not ts[j].startswith("I-"))
                    and _span_key(toks, i, j) == " ".join(words)
                ):
                    _retag(ts, typ, i, j)
                    break
        out.append(ts)
    return out


def tag_repeated_surnames(sentences: Sequence[Sequence[str]], tags: Sequence[list[str]]) -> list[list[str]]:
    """Tag again, as a person, the last word of a person's name of two words or more wherever it stands
    alone, untagged or a one-word chunk of another type no KB name backs, in the name's sentence or a later
    one (``التقى خالد بن هلال المعولي ... وأكد المعولي رفض الخطة``، ``روبرتو فالكاو ... ونفى فالكاو``), when
    it is no word of running text the tagger knows nor one the name lexicons list as a given name; one the
    tagger knows, with no article, only right after a masculine speech or event verb (``بطرس حرب ... وشكر
    حرب``). Applied by the entities stage to a whole document, after :func:`tag_repeated_names`."""
    out = [list(ts) for ts in tags]
    surnames: dict[str, int] = {}  # the key of the last word → the sentence its name was first told in
    worded: set[str] = set()  # those of them that are words of running text the tagger knows
    for n, (toks, ts) in enumerate(zip(sentences, out, strict=True)):
        for typ, i, j in chunk_list(ts):
            last = key(toks[j - 1])
            if typ == "PERS" and j - i >= 2 and len(last) >= _SHORTEST_SURNAME and last not in _given_keys():
                # (or a month's name, a surname too: حميد شباط ... تصريحات شباط; or another word of running
                # text with no article, three letters too, only as a masculine verb's subject: وزير الاتصالات
                # بطرس حرب ... وشكر حرب المديرية; not محمد الأمين ... وأكد الأمين العام)
                if _tagger_knows(toks[j - 1]) and last not in _month_keys():
                    if toks[j - 1].startswith(_DEFINITE):
                        continue
                    if last not in surnames:
                        worded.add(last)
                elif len(last) == _SHORTEST_SURNAME:
                    continue
                elif last in worded:
                    worded.discard(last)
                surnames.setdefault(last, n)
    if not surnames:
        return out
    for n, (toks, ts) in enumerate(zip(sentences, out, strict=True)):
        for k, tok in enumerate(toks):
            # (as written too: فالكاو of روبرتو فالكاو, no ف + الكاو)
            told = surnames.get(_first_key(tok), surnames.get(key(tok)))
            if told is None or told > n:
                continue  # (most words: no surname told so far)
            if key(tok) in _month_keys() and _dated_month(toks, k):
                continue  # (the month of a date: في شباط الماضي، 12 شباط)
            if worded and key(tok) in worded and (k == 0 or _first_key(toks[k - 1]) not in _said_verbs()):
                continue  # (a word of running text elsewhere: الحرب، حرب أهلية)
            # (or a one-word chunk of another type no KB name backs: the tagger read فالكاو as a place)
            alone = ts[k] == "O" or (
                ts[k].startswith("B-")
                and ts[k] != "B-PERS"
                and alias_type(key(tok)) is None
                and alias_type(_first_key(tok)) is None
            )
            if (
                alone
                and (k == 0 or ts[k - 1] == "O" or ts[k].startswith("B-"))
                and (k + 1 == len(toks) or not ts[k + 1].startswith("I-"))
            ):
                ts[k] = "B-PERS"
    return out


@cache
def _said_verbs() -> frozenset[str]:
    """Keys of the perfect 3ms of the speech-cue and event-trigger verbs (``قال``، ``شكر``، ``طالب``): a
    word right after one is its subject, a man's name."""
    speech = (row[0] for row in packaged("speech_cues.tsv", 3, 4) if row[2] == "verb" and row[0] == row[1])
    return _masculine_verbs() | frozenset(key(w) for w in speech)


@cache
def _month_keys() -> frozenset[str]:
    """The one-word names of months of every series (شباط، فبراير، رمضان), as keys."""
    return frozenset(key(row[0]) for row in packaged(MONTHS_LEXICON, 4, 4) if " " not in row[0].strip())


#: words a month's name follows in a date or a span of time (في شباط، مطلع شباط، شهر شباط), as keys
_BEFORE_MONTHS = frozenset(
    key(w)
    for w in (
        *("في", "من", "منذ", "حتى", "خلال", "إلى", "الى", "قبل", "بعد", "شهر", "شهري", "مطلع", "أوائل"),
        *("أواخر", "منتصف", "نهاية", "بداية", "أول", "آخر", "وفي", "ومنذ", "ومطلع", "ونهاية"),
    )
)


def _dated_month(tokens: Sequence[str], k: int) -> bool:
    """The month's name at ``k`` names a time: after a number, a preposition or a word of a span of time
    (``12 شباط``، ``في شباط``، ``مطلع شباط``) or before a number, a slash or a bracket (``شباط 2020``،
    ``شباط/فبراير``)."""
    before = tokens[k - 1] if k > 0 else ""
    after = tokens[k + 1] if k + 1 < len(tokens) else ""
    return (
        before.isdigit()
        or key(before) in _BEFORE_MONTHS
        or normalize(before) in number_words()
        or after.isdigit()
        or after in ("/", "(", "-")
        or key(after) in _month_keys()
    )


#: the fewest letters of a surname tagged again alone (not a short word: علي)
_SHORTEST_SURNAME = 3


def trim_words_after_surnames(
    sentences: Sequence[Sequence[str]], tags: Sequence[list[str]]
) -> list[list[str]]:
    """Untag the second word of a two-word person chunk that opens on the last word of a longer person's
    name in the document when that word is a word of running text no name lexicon lists (``حسن بن عبدالله
    الغانم ... انتقد الغانم عجز مجلس الأمن``: "the inability"); a state's name or capital cut off so is
    tagged a place (``زياد علي فاضل ... وطالب فاضل طهران``). Applied by the entities stage to a whole
    document, after :func:`tag_repeated_names`. A state's name or capital after the last word of a
    two-word name is cut off so too (``ألبين كورتي ... واتهم كورتي بلغراد``)."""
    from khabar.ner.model import default_tagger  # the model module imports this one

    persons = [
        (key(toks[j - 1]), j - i)
        for toks, ts in zip(sentences, tags, strict=True)
        for typ, i, j in chunk_list(ts)
        if typ == "PERS" and j - i > 1
    ]
    surnames = {last for last, words in persons if words > 2}
    out = [list(ts) for ts in tags]
    if not persons:
        return out
    short_surnames = {last for last, _ in persons}
    knows = default_tagger().knows
    for toks, ts in zip(sentences, out, strict=True):
        for typ, i, j in chunk_list(ts):
            second = key(toks[i + 1]) if j - i == 2 else ""
            if not (typ == "PERS" and second):
                continue
            if (
                _first_key(toks[i]) in short_surnames
                and (_is_country(toks[i + 1]) or is_capital(toks[i + 1]))
                and second not in _surname_words()
                and second not in _given_keys()
            ):
                ts[i + 1] = "B-LOC"
                continue
            if (
                _first_key(toks[i]) in surnames
                and second not in surnames
                and knows(toks[i + 1])
                # (a word of a KB person's name may be a function word too: أي)
                and second not in _surname_words()
                and second not in _given_keys()
            ):
                # (a state's name or capital cut off is a place: وطالب فاضل طهران بزيادة الكميات)
                ts[i + 1] = "B-LOC" if _is_country(toks[i + 1]) or is_capital(toks[i + 1]) else "O"
    return out


def trim_verbs_before_told_patronymics(
    sentences: Sequence[Sequence[str]], tags: Sequence[list[str]]
) -> list[list[str]]:
    """Untag the first word of a three-word person chunk that is a verb of speech or of an event, with a
    و or ف on it or not, before a patronymic surname that ends a longer person's name told before in the
    document (``المندوب عمار بن جامع ... طالب بن جامع جماعة الحوثي``: he asked, not a man named Talib;
    ``طالب`` and ``دان`` are given names too, so only a surname told before cuts them off). Applied by the
    entities stage to a whole document."""
    out = [list(ts) for ts in tags]
    told: dict[tuple[str, str], str] = {}  # the keys of a name's last two words → the key of its first
    verbs = _said_verbs()
    for toks, ts in zip(sentences, out, strict=True):
        for typ, i, j in chunk_list(ts):
            if typ != "PERS" or j - i < 3:
                continue
            tail, first = (key(toks[j - 2]), key(toks[j - 1])), key(toks[i])
            if (
                j - i == 3
                and tail[0] in _SON_OF
                and told.get(tail, first) != first
                and (first in verbs or (first[:1] in ("و", "ف") and first[1:] in verbs))
            ):
                ts[i] = "O"
                ts[i + 1] = "B-PERS"
                continue
            if tail[0] in _SON_OF:
                told.setdefault(tail, first)
    return out


def split_told_surnames(sentences: Sequence[Sequence[str]], tags: Sequence[list[str]]) -> list[list[str]]:
    """Cut from a person chunk whose words but the last are a KB person's name that last word where it is
    the last word of another person's name told before in the document (``وزير الإعلام جورج قرداحي ...
    رئيس الحكومة نجيب ميقاتي قرداحي``: Mikati, then Kordahi, his verb's object). Applied by the entities
    stage to a whole document."""
    out = [list(ts) for ts in tags]
    told: dict[str, str] = {}  # the key of a person's last word → the key of the name before it
    for toks, ts in zip(sentences, out, strict=True):
        for typ, i, j in chunk_list(ts):
            if typ != "PERS" or j - i < 2:
                continue
            last, rest = key(toks[j - 1]), _span_key(toks, i, j - 1)
            if (
                j - i >= 3
                and rest
                and told.get(last, rest) != rest
                and alias_type(rest) == "PERS"
                and alias_type(_span_key(toks, i, j)) is None
            ):
                ts[j - 1] = "B-PERS"
                continue
            told.setdefault(last, rest)
    return out


def split_surname_pairs(sentences: Sequence[Sequence[str]], tags: Sequence[list[str]]) -> list[list[str]]:
    """Cut a two-word person chunk that opens on the last word of a longer person's name told before in
    the document: a surname told again, subject of its verb, then the verb's object, named before too;
    the last word of another person's name becomes a person of its own (``زعيم الحزب أوزغور أوزيل ...
    واتهم أوزيل أردوغان``), a body's head with the article is left untagged, for the body named before
    (``حاكم ولاية جورجيا براين كيمب ... واتهم كيمب المنظمة``). Applied by the entities stage to a whole
    document, after :func:`split_told_surnames`."""
    out = [list(ts) for ts in tags]
    told: set[str] = set()  # the keys of the last words of persons' names told so far
    opened: set[str] = set()  # and the first words of names of two words or more, with the article
    heads = _org_head_keys()
    for toks, ts in zip(sentences, out, strict=True):
        for typ, i, j in chunk_list(ts):
            first, second = _first_key(toks[i]), key(toks[j - 1])
            if typ == "PERS" and j - i == 2 and first in told and alias_type(_span_key(toks, i, j)) is None:
                if second in told and second != first:
                    ts[i + 1] = "B-PERS"
                    continue
                if second.startswith("ال") and (second in heads or second in opened):
                    ts[i + 1] = "O"  # (a head the names told before open on: دوري البيسبول ... الدوري)
                    continue
            if j - i < 2:
                continue
            opened.add(first if first.startswith("ال") else "ال" + first)
            if typ == "PERS" and len(second) > _SHORTEST_SURNAME and second not in _given_keys():
                told.add(second)
    return out


def repair_sentences(sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]) -> list[list[str]]:
    """:func:`repair` over parallel lists of sentences and their tags."""
    return [repair(toks, ts) for toks, ts in zip(sentences, tags, strict=True)]
