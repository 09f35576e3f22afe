"""Tokenisation and conservative clitic segmentation, with offsets into the raw text.

:func:`tokenize` cuts a span of raw text into tokens: URLs and e-mail addresses, numbers (with
decimal and thousands separators, any digit script), Latin words and dotted initialisms, Arabic
words (diacritics, tatweel and ZWNJ stay inside), words of other scripts, ``...`` runs and single
punctuation marks. Whitespace and invisible controls (bidi marks, BOM) never form tokens.

:func:`segment` splits one Arabic token into clitic parts: proclitics ``و ف`` then ``ب ل`` (or
``ك`` before the article, or future ``س`` before an imperfect verb), then the article ``ال`` (or
``ل`` of ``لل``, form ``ال``); pronoun suffixes ``ه ها هم هما هن كم كما كن نا ني ي ك``. It prefers
under-splitting: matching is done on :func:`~khabar.text.normalize.normalize`\\ d text, guarded by
the raw letters (``ة`` is never the suffix ``ه``, ``ى`` never ``ي``, ``أ`` never the article's
alef), by minimum stem lengths, and by the packaged word list ``no_split.tsv`` of names and
frequent words that merely begin or end with clitic letters, together with the one-word names of the
given-name, surname and curated place lexicons (``بلير``, ``وليد``, ``باريس``) and the gazetteer's
one-word countries (``ليسوتو``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import ClassVar

from khabar.config import Config
from khabar.document import Document, Token, Word
from khabar.lexicon import packaged
from khabar.pipeline import register
from khabar.text.normalize import normalize, normalize_with_map

NO_SPLIT_LEXICON = "no_split.tsv"
#: name lexicons whose one-word entries (without the article) are never split either; places come from the
#: hand-checked list (the GeoNames rows of places.tsv hold rare cities spelt like ordinary words: بانه, لاول)
DEMONYMS_LEXICON = "demonyms.tsv"
NAME_LEXICONS = ("person_given_names.tsv", "person_surnames.tsv", "places_curated.tsv", DEMONYMS_LEXICON)
ORG_NAMES_LEXICON = "org_names.tsv"
TRIGGER_VERBS_LEXICON = "event_triggers.tsv"
PLACES_LEXICON = "places.tsv"
_CLITIC_LETTERS = frozenset("وفبلكس")
_ORG_NAME_LENGTH = 5
_ROOT_LENGTH = 3
#: listed names that are far more often a preposition plus a word (باسم = بإسم, باول = بأول)
_CLITIC_LOOKALIKES = frozenset({"باسم", "باول"})

_AR_LETTER = (
    "\u0621-\u063f\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff"
    "\ufb50-\ufdfb\ufe70-\ufefc"  # presentation forms
)
_AR_MARK = "\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
_LATIN = "A-Za-z\u00c0-\u024f"
#: invisible format controls that are neither text nor whitespace
CONTROLS = "\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff"

#: URLs (without trailing punctuation) and e-mail addresses; shared with the sentence splitter
URL_OR_EMAIL = re.compile(
    r"(?:https?://|www\.)[^\s\"“”«»<>]*[^\s\"“”«»<>.,;:!?؟،؛)\]}'’]"
    r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
)
_TOKEN = re.compile(
    "|".join(
        (
            URL_OR_EMAIL.pattern,
            r"\d+(?:[.,٫٬]\d+)*",  # numbers: 15,000  3.5  ٣٫٥
            rf"(?:[{_LATIN}]\.){{2,}}",  # U.S.  e.g.
            rf"[{_LATIN}](?:[{_LATIN}0-9]|['’-](?=[{_LATIN}0-9]))*",  # words, F-16, don't
            rf"[{_AR_MARK}]*[{_AR_LETTER}][{_AR_LETTER}{_AR_MARK}\u200c\u200d]*",
            r"[^\W\d_]+",  # words of other scripts
            r"\.{2,}",
            rf"[^\s{CONTROLS}]",  # any other single character
        )
    )
)
_ARABIC_TOKEN = re.compile(rf"[{_AR_LETTER}{_AR_MARK}\u200c\u200d]+")
_NORMALIZED_ARABIC = re.compile("[\u0621-\u063a\u0641-\u064a]+")
_TANWEEN = re.compile("[\u064b-\u064d]")

#: pronoun suffixes, longest first
_SUFFIXES = ("هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ني", "ه", "ي", "ك")
#: suffixes that are never split after a stem ending in alef (اتجاه, تفاهم, محاكم, أماكن, أحيانا)
_NOT_AFTER_ALEF = frozenset({"ه", "هم", "هن", "كم", "كن", "نا", "ني"})
#: verbs whose perfect ends in alef and takes the object pronoun "him" all the same (ودعاه، استدعاه); the
#: plural (دعاهم) mostly takes back people no name is given to, and stays whole
_ALEF_VERB_STEMS = frozenset({"دعا", "استدعا"})
#: a final hamza written on alef (هنأ، بدأ، لجأ): a root letter, after which a pronoun suffix is split
#: (وهنأه، أنبأهم) as after any consonant
_HAMZA_ALEF = "أ"
#: nisba-like suffixes: ``ي`` and ``ك`` only after a feminine ``ت`` stem or a preposition host
_WEAK = frozenset({"ي", "ك"})
#: the other suffixes, which a listed word may carry and stay protected
_STRONG_SUFFIXES = frozenset(_SUFFIXES) - _WEAK
_HOSTS = frozenset({"علي", "الي", "لدي", "عند"})
#: two-letter stems (doubled verbs) that take a third-person suffix (التي شنها الجيش، حثه على)
_SHORT_STEMS = frozenset({"شن", "حث", "رد", "صد", "ضم", "مد"})
_THIRD_PERSON = frozenset({"ه", "ها", "هم", "هما", "هن"})
#: two-letter stems cut from ب or ل before them (هدد بشن هجمات، لصد الهجوم; not بحث "discussed" or برد)
_PREPOSED_SHORT_STEMS = frozenset({"شن", "صد", "ضم", "مد"})
#: raw letters that may follow a future ``س`` (the imperfect prefixes)
_FUTURE_NEXT = frozenset("يتنأ")
_PLAIN_ALEF = frozenset("اٱ")

Part = tuple[int, int, str, str]


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of the tokens of ``text[start:end]``, as offsets into ``text``."""
    return [m.span() for m in _TOKEN.finditer(text, start, len(text) if end is None else end)]


def _load_no_split() -> frozenset[str]:
    words = {normalize(row[0]) for row in packaged(NO_SPLIT_LEXICON, 1, 1)}
    # names and nationalities that merely begin with clitic letters: بلير, وليد, باريس, فؤاد, لبنانيين
    for name in NAME_LEXICONS:
        words.update(
            w for row in packaged(name) if " " not in (w := normalize(row[0])) and not w.startswith("ال")
        )
    # one-word names of organisations that begin with a clitic letter (بوينغ، فيسبوك، واتساب), long enough
    # to be no clitic and a word (فورد "and came"); only these, as a listed stem draws a split (بابل: ب+أبل)
    words.update(
        w
        for row in packaged(ORG_NAMES_LEXICON)
        if " " not in (w := normalize(row[0])) and w[0] in _CLITIC_LETTERS and len(w) >= _ORG_NAME_LENGTH
    )
    # the gazetteer's countries that begin with clitic letters (ليسوتو، بيلاروس، سيراليون)
    words.update(
        w
        for row in packaged(PLACES_LEXICON)
        if len(row) > 1
        and row[1] == "COUNTRY"
        and " " not in (w := normalize(row[0]))
        and w[0] in _CLITIC_LETTERS
    )
    # a nationality in the accusative (جنديا لبنانيا)
    words.update(normalize(row[0]) + "ا" for row in packaged(DEMONYMS_LEXICON) if row[0].endswith("ي"))
    words -= _CLITIC_LOOKALIKES
    # a final hamza is carried by و / ي before a suffix: لقاء -> لقاؤهم, لقائها
    return frozenset(words | {w[:-1] + c for w in words if w.endswith("ء") for c in "وي"})


_NO_SPLIT = _load_no_split()


def _load_clitic_verbs() -> frozenset[str]:
    """Three-letter perfects of the trigger lexicon's verbs that begin with a clitic letter (``فرض``,
    ``وزع``, ``فتح``): with an object pronoun they are no clitic before a two-letter word (``فرضها`` is
    ``فرض`` + ``ها``, not ``ف`` + ``رضها``)."""
    perfects = (row[0].split("|")[0] for row in packaged(TRIGGER_VERBS_LEXICON, 6, 6) if row[4] == "verb")
    return frozenset(
        w for p in perfects if len(w := normalize(p)) == _ROOT_LENGTH and w[0] in _CLITIC_LETTERS
    )


_CLITIC_VERBS = _load_clitic_verbs()


def listed(form: str) -> bool:
    """True for a normalised word of the no-split list or of the name lexicons (``بلير``, ``وليد``)."""
    return form in _NO_SPLIT


def _protected(s: str) -> bool:
    """True for a listed word, alone, in its plural in ات (``لقاءات``, ``بعثات`` of ``بعثة``) or with a
    pronoun suffix (``لكنها``, ``والده``; a final ة written ت before it: ``وزارته``)."""
    if s in _NO_SPLIT or (s.endswith("ات") and (s[:-2] in _NO_SPLIT or s[:-2] + "ه" in _NO_SPLIT)):
        return True
    # the suffix is the last one to three letters
    for k in range(1, min(3, len(s)) + 1):
        if s[-k:] in _STRONG_SUFFIXES:
            stem = s[:-k]
            if stem in _NO_SPLIT or (stem.endswith("ت") and stem[:-1] + "ه" in _NO_SPLIT):
                return True
    return False


def segment(token_text: str) -> list[Part]:
    """Clitic parts of one token: ``(start, end, kind, form)`` relative to the token.

    ``kind`` is ``prefix``, ``stem`` or ``suffix``; ``form`` is the normalised part (``ال`` for the
    second ``ل`` of ``لل``). A token that is not split is one ``stem`` part.
    """
    return list(_segment(token_text))


@lru_cache(maxsize=1 << 16)
def _segment(token: str) -> tuple[Part, ...]:
    if not _ARABIC_TOKEN.fullmatch(token):
        return ((0, len(token), "stem", normalize(token)),)
    nt = normalize_with_map(token)
    n = nt.text  # the same as normalize(token)
    whole = ((0, len(token), "stem", n),)
    if len(n) < 3 or not _NORMALIZED_ARABIC.fullmatch(n) or n in _NO_SPLIT:
        return whole  # a clitic plus a stem of at least two letters needs three
    starts = nt.starts

    def raw(k: int) -> str:
        return token[starts[k]]

    fem = raw(len(n) - 1) == "ة"
    accusative = n.endswith("ا") and _TANWEEN.search(token) is not None

    def rest_ok(i: int) -> bool:
        """May a one-letter proclitic be cut before ``n[i:]``?"""
        rest = n[i:]
        if i == 1 and not fem and _verb_with_object(n):
            return False
        if _protected(rest) or (rest in _PREPOSED_SHORT_STEMS and n[i - 1] in "بل"):
            return True
        if rest.startswith("ال") and raw(i) in _PLAIN_ALEF and len(rest) >= 4:
            return True
        if rest == "ال" and raw(i) == "آ":
            return True  # آل "the family of", written with madda, is never the article (وآل شمص)
        core = len(rest) - fem - accusative
        return core >= (4 if raw(i) in _PLAIN_ALEF else 3)

    cuts: list[tuple[int, str, str]] = []  # (normalised end, kind, form)
    p = 0
    if n[0] in "وف" and not _protected(n) and rest_ok(1):
        p = 1
        cuts.append((1, "prefix", n[0]))
    prep = ""
    if not _protected(n[p:]) and len(n) > p + 1:
        c = n[p]
        if c in "بل":
            ok = rest_ok(p + 1)
        elif c == "ك":  # only before the article: كالعادة, never كبير / كوريا
            ok = n.startswith("ال", p + 1) and raw(p + 1) in _PLAIN_ALEF and rest_ok(p + 1)
        else:  # future س only before an imperfect verb: سيكون, never سيارة / سنوات
            ok = (
                c == "س"
                and raw(p + 1) in _FUTURE_NEXT
                and not fem
                and not n.endswith("ات")
                and not n.startswith("يا", p + 1)
                and rest_ok(p + 1)
            )
        if ok:
            prep = c
            p += 1
            cuts.append((p, "prefix", prep))
    article = False
    if not _protected(n[p:]):
        if n.startswith("ال", p) and raw(p) in _PLAIN_ALEF and len(n) - p - 2 >= 2:
            article = True
            p += 2
            cuts.append((p, "prefix", "ال"))
        elif prep == "ل" and n[p] == "ل" and len(n) - p - 1 >= 2:
            article = True
            p += 1
            cuts.append((p, "prefix", "ال"))
    stem_end = len(n)
    if not article and not accusative and _TANWEEN.search(token) is None:
        stem_end -= _suffix_len(n[p:], token, starts, p)
    cuts.append((stem_end, "stem", n[p:stem_end]))
    if stem_end < len(n):
        cuts.append((len(n), "suffix", n[stem_end:]))
    if len(cuts) == 1:
        return whole
    parts: list[Part] = []
    begin = 0
    for k, (cut, kind, form) in enumerate(cuts):
        stop = len(token) if cut == len(n) else starts[cut]
        if stop <= begin or (k < len(cuts) - 1 and starts[cut] == starts[cut - 1]):
            return whole  # a cut inside a ligature
        parts.append((begin, stop, kind, form))
        begin = stop
    return tuple(parts)


#: the heads of a body before its name in quotation marks, whose first letter و is the name's own, never
#: a conjunction (شركة "وانفانغ" الصينية، مجموعة «وفرة»)
_NAME_HEADS = frozenset(normalize(w) for w in ("شركة", "مجموعة", "مؤسسة", "مصرف", "بنك", "صندوق", "منصة"))
_OPENING_QUOTES = frozenset('"«“„')


def _quoted_name_opens(tokens: list[Token], t: int) -> bool:
    """The token to come at index ``t`` opens a name in quotation marks after a body's head."""
    if t < 2 or tokens[t - 1].text not in _OPENING_QUOTES:
        return False
    stem = tokens[t - 2].stem
    return stem is not None and stem.form in _NAME_HEADS


def _verb_with_object(n: str) -> bool:
    """``n`` is a listed three-letter verb and an object pronoun, the letters after its first one no word
    (``فرضها``: ``رض`` is none; ``وحده`` has no listed verb ``وحد``)."""
    for suf in _THIRD_PERSON:
        if n.endswith(suf) and len(n) - len(suf) == _ROOT_LENGTH:
            return n[:_ROOT_LENGTH] in _CLITIC_VERBS and n[1:_ROOT_LENGTH] not in _NO_SPLIT
    return False


def _suffix_len(s: str, token: str, starts: tuple[int, ...], offset: int) -> int:
    """Length of the pronoun suffix to cut from the stem candidate ``s`` (0 for none)."""
    if s in _NO_SPLIT:
        return 0
    for suf in _SUFFIXES:
        if not s.endswith(suf):
            continue
        base = s[: -len(suf)]
        if len(base) < 3 and not (base in _SHORT_STEMS and suf in _THIRD_PERSON):
            continue
        first = offset + len(base)
        # ه and ي of a suffix must be written so, not as ة / ى / ئ
        if any(ch in "هي" and token[starts[first + j]] != ch for j, ch in enumerate(suf)):
            continue
        if (
            base.endswith("ا")
            and suf in _NOT_AFTER_ALEF
            and not (suf == "ه" and base in _ALEF_VERB_STEMS)
            and token[starts[first - 1]] != _HAMZA_ALEF  # a hamza on its alef is a root's (هنأه، مبدأه)
        ):
            continue
        if suf == "ني" and base[-1] in "وي":
            continue
        listed = base in _NO_SPLIT
        if suf in _WEAK and (listed or not (base.endswith("ت") or base in _HOSTS)):
            continue
        if suf == "ني" and listed:
            continue
        return len(suf)
    return 0


@register("tokens")
class Tokenizer:
    """Stage ``tokens``: tokens of each sentence, each with its clitic-level words."""

    name: ClassVar[str] = "tokens"
    requires: ClassVar[tuple[str, ...]] = ("sentences",)
    adds: ClassVar[tuple[str, ...]] = ("tokens",)

    def __init__(self, config: Config) -> None:
        self.config = config

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        tokens: list[Token] = []
        append = tokens.append
        for index, sentence in enumerate(doc.sentences):
            for start, end in tokenize(text, sentence.start, sentence.end):
                surface = text[start:end]
                t = len(tokens)
                parts = _segment(surface)
                if len(parts) > 1 and parts[0][3] == "و" and _quoted_name_opens(tokens, t):
                    parts = ((0, len(surface), "stem", normalize(surface)),)  # شركة "وانفانغ"
                if len(parts) == 1:  # most tokens: one part, the whole surface
                    words: tuple[Word, ...] = (Word(start, end, surface, t, parts[0][2], parts[0][3]),)
                else:
                    words = tuple([Word(start + a, start + b, surface[a:b], t, k, f) for a, b, k, f in parts])
                append(Token(start, end, surface, index, words))
        doc.tokens = tokens
        return doc
