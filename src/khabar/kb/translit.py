"""Arabic → Latin transliteration of names, for entities the knowledge base does not know.

Each word is looked up first (the English column of ``person_surnames.tsv``, then a small table of
frequent given names and name particles), and otherwise spelled by rules: consonants map one to one
(``ش`` sh, ``خ`` kh, ``ث`` th ...), ``ا و ي`` are read as long vowels between consonants and as
consonants at the start of a syllable, and the endings of foreign names are read the way they are
spelled in English (``-وف`` -ov, ``-يف`` -ev, ``-سكي`` -sky). The article is written ``al-``. The
output is a reading aid, not a standard romanisation.
"""

from __future__ import annotations

import re
from functools import cache

from khabar.lexicon import packaged
from khabar.text.normalize import normalize

#: frequent given names and particles whose conventional English spelling rules cannot guess
_WORDS = {
    "محمد": "Mohammed",
    "احمد": "Ahmed",
    "محمود": "Mahmoud",
    "مصطفي": "Mustafa",
    "علي": "Ali",
    "عمر": "Omar",
    "عثمان": "Othman",
    "حسن": "Hassan",
    "حسين": "Hussein",
    "خالد": "Khaled",
    "ابراهيم": "Ibrahim",
    "اسماعيل": "Ismail",
    "يوسف": "Youssef",
    "عبد": "Abd",
    "الله": "Allah",
    "عبدالله": "Abdullah",
    "سعيد": "Said",
    "سعد": "Saad",
    "فيصل": "Faisal",
    "سلمان": "Salman",
    "فهد": "Fahd",
    "ناصر": "Nasser",
    "جمال": "Jamal",
    "كمال": "Kamal",
    "طارق": "Tariq",
    "وليد": "Walid",
    "سامي": "Sami",
    "هشام": "Hisham",
    "نبيل": "Nabil",
    "فاطمه": "Fatima",
    "عائشه": "Aisha",
    "مريم": "Maryam",
    "زينب": "Zainab",
    "ليلي": "Laila",
    "بن": "bin",
    "ابن": "ibn",
    "ابو": "Abu",
    "ام": "Umm",
    "ال": "Al",
    "يوري": "Yuri",
    "فلاديمير": "Vladimir",
    "دونالد": "Donald",
    "جون": "John",
    "جورج": "George",
    "ديفيد": "David",
    "مايكل": "Michael",
    "سيرغي": "Sergei",
    "الكسندر": "Alexander",
}

_CONSONANTS = {
    "ب": "b",
    "ت": "t",
    "ث": "th",
    "ج": "j",
    "ح": "h",
    "خ": "kh",
    "د": "d",
    "ذ": "dh",
    "ر": "r",
    "ز": "z",
    "س": "s",
    "ش": "sh",
    "ص": "s",
    "ض": "d",
    "ط": "t",
    "ظ": "z",
    "ع": "",
    "غ": "gh",
    "ف": "f",
    "ق": "q",
    "ك": "k",
    "ل": "l",
    "م": "m",
    "ن": "n",
    "ه": "h",
    "ء": "",
    "پ": "p",
    "چ": "ch",
    "ڤ": "v",
    "گ": "g",
}
#: endings of foreign (mostly Slavic) names, as English spells them
_ENDINGS = (("وفا", "ova"), ("يفا", "eva"), ("وف", "ov"), ("يف", "ev"), ("سكي", "sky"), ("فيتش", "vich"))
_ARABIC_WORD = re.compile("[\u0621-\u064a]+")
_DOUBLE_CONSONANT = re.compile(r"([bcdfghjklmnpqrstvwxz])\1")


@cache
def _surnames() -> dict[str, str]:
    out: dict[str, str] = {}
    for arabic, english in packaged("person_surnames.tsv", 2, 2):
        k = normalize(arabic)
        if " " not in k:
            out.setdefault(k, english)
    return out


def _rules(word: str) -> str:
    """Spell one normalised Arabic word by rule."""
    tail = ""
    for ending, latin in _ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            word, tail = word[: -len(ending)], latin
            break
    word = word.replace("تش", "چ")
    out: list[str] = []
    n = len(word)
    for i, ch in enumerate(word):
        if i == 1 and word[0] == "ا" and ch in "وي":
            out[0] = "u" if ch == "و" else "i"
            continue
        prev_vowel = bool(out) and out[-1][-1:] in "aeiou"
        if ch == "ا":
            out.append("a" if i == 0 or not prev_vowel else "")
        elif ch == "و":
            # a consonant at the start of a word or before a vowel letter, else the vowel u/o
            nxt = word[i + 1] if i + 1 < n else ""
            out.append("w" if (i == 0 and nxt != "") or nxt in "اي" else ("o" if tail == "ov" else "u"))
        elif ch == "ي":
            nxt = word[i + 1] if i + 1 < n else ""
            out.append(
                "y" if (i == 0 or nxt in "او") and nxt else ("" if prev_vowel and out[-1] == "i" else "i")
            )
        elif ch == "ه" and i == n - 1 and n > 2:
            out.append("a")  # taa marbuta (normalised to ه)
        else:
            out.append(_CONSONANTS.get(ch, ch))
    if sum(ch in "اوي" for ch in word) <= 1 and not tail:
        out = _vowel_clusters(out)
    spelled = "".join(out) + tail
    spelled = _DOUBLE_CONSONANT.sub(r"\1", spelled)
    return spelled[:1].upper() + spelled[1:]


def _vowel_clusters(parts: list[str]) -> list[str]:
    """Arabic words seldom start or end with two consonants: put an ``a`` between them."""
    parts = [p for p in parts if p]
    if len(parts) >= 3 and all(p[-1] not in "aeiouy" for p in parts[:2]):
        parts.insert(1, "a")
    if len(parts) >= 3 and all(p[0] not in "aeiouy" for p in parts[-2:]) and parts[-3][-1:] in "aiu":
        parts.insert(len(parts) - 1, "a")
    return parts


def transliterate_word(word: str) -> str:
    w = normalize(word)
    if not _ARABIC_WORD.fullmatch(w):
        return word
    if w in _WORDS:
        return _WORDS[w]
    if w in _surnames():
        return _surnames()[w]
    if w.startswith("ال") and len(w) > 3:
        rest = w[2:]
        return "al-" + (_WORDS.get(rest) or _surnames().get(rest) or _rules(rest))
    return _rules(w)


def transliterate(name: str) -> str:
    """A Latin spelling of an Arabic name (``أوشاكوف`` → ``Ushakov``); Latin words pass through."""
    return " ".join(transliterate_word(w) for w in name.split())
