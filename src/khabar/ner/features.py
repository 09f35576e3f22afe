"""Feature extraction for the CRF tagger.

Every feature is a string (crfsuite gives it the value 1). A word type's own features and
its features as a neighbour at offsets -2..+2 depend on the word alone, so they are computed
once per type and cached; per token the work is list concatenation plus a few bigrams and the
sentence-level lexicon matches.

Words are looked at in their normalised form (:func:`khabar.text.normalize.normalize`) and cut into
clitics by the tokenizer's own segmentation (:func:`khabar.text.tokenize.segment`): the proclitics
(و ف, ب ل ك, future س), the article ال, the stem and a pronoun suffix. A trained model therefore
expects the segmentation it was trained with: retrain after changing the tokenizer's rules or its
``no_split.tsv`` and name lexicons.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from khabar.ner.namelike import NameLike
from khabar.text.normalize import normalize
from khabar.text.tokenize import segment

#: offsets of the context window
WINDOW = (-2, -1, 1, 2)
#: the prefix of a neighbour's features at each offset of WINDOW (``-1:``), and whether it is next to the word
NEIGHBOURS = tuple((f"{off}:", abs(off) == 1) for off in WINDOW)

_DIGIT = re.compile(r"\d")
_LATIN = re.compile(r"[a-z]")
_ARABIC = re.compile(r"[\u0621-\u064a]")
_PUNCT = re.compile(r"^[^\w]+$")
_VOWELS = frozenset("اوي")
_CACHE_MAX = 300_000
#: the lookup keys of tokens, shared by every LexiconMatcher (see LexiconMatcher.keys)
_MATCH_KEYS: dict[str, tuple[str, str]] = {}
#: offsets at which a token sees the lexicon matches and the seen-entity matches around it
_LEX_OFFSETS = (-2, -1, 0, 1, 2)
_SEEN_OFFSETS = (-1, 0, 1)
#: quotation marks: an opening mark and the mark that closes it (straight marks close themselves)
_CLOSERS = {"«": "»", "“": "”", "„": "“", '"': '"', "'": "'", "‘": "’"}
QUOTE_CHARS = frozenset("«»“”„\"'‘’")
_ANY_QUOTE = re.compile("[" + "".join(sorted(QUOTE_CHARS)) + "]")
#: the longest quoted run of tokens that gets quote features (names and titles, not quotations)
_QUOTE_MAX = 6

#: a word type's own features, its features as a neighbour at each offset of WINDOW, its document key
WordFeatures = tuple[tuple[str, ...], tuple[tuple[str, ...], ...], str]
#: a word type's own features, its features as a neighbour next to a word and two words away (without
#: the offset prefix of NEIGHBOURS), its document key
TypeParts = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]


@dataclass(frozen=True, slots=True)
class Split:
    """A word's clitic parts (normalised): proclitics, whether it has the article, bare stem, suffix."""

    proclitics: str
    article: bool
    bare: str
    suffix: str

    @property
    def stem(self) -> str:
        return ("ال" if self.article else "") + self.bare


@lru_cache(maxsize=1 << 16)
def split(token: str) -> Split:
    """The clitic parts of a raw token, from :func:`khabar.text.tokenize.segment` (cached: the tagger's
    features, its document keys and the repairs all ask for the same words)."""
    pro: list[str] = []
    article = False
    bare = suffix = ""
    for _, _, kind, form in segment(token):
        if kind == "stem":
            bare = form
        elif kind == "suffix":
            suffix = form
        elif form == "ال":
            article = True
        else:
            pro.append(form)
    return Split("".join(pro), article, bare, suffix)


def quote_spans(tokens: Sequence[str]) -> list[tuple[int, int]]:
    """Runs of 1.._QUOTE_MAX tokens between a quotation mark and the mark that closes it, as
    ``(start, end)`` token ranges. A mark is a token of quote characters; a repeated mark (``' '``)
    counts once. Cached by the tokens: the tagger's features and several NER repair rules ask for the
    runs of the same sentence."""
    return list(_quote_spans(tuple(tokens)))


@lru_cache(maxsize=1 << 12)
def _quote_spans(tokens: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    if _ANY_QUOTE.search("".join(tokens)) is None:
        return ()  # the usual sentence: no quotation mark at all
    n = len(tokens)
    marks: list[tuple[int, int, str]] = []  # (first token, token after the mark, its character)
    i = 0
    while i < n:
        t = tokens[i]
        if t and all(c in QUOTE_CHARS for c in t):
            j = i + 1
            while j < n and tokens[j] == t:
                j += 1
            marks.append((i, j, t[0]))
            i = j
        else:
            i += 1
    out: list[tuple[int, int]] = []
    k = 0
    while k + 1 < len(marks):
        closer = _CLOSERS.get(marks[k][2])
        if closer is not None and marks[k + 1][2] == closer:
            start, end = marks[k][1], marks[k + 1][0]
            if 1 <= end - start <= _QUOTE_MAX:
                out.append((start, end))
            k += 2
        else:
            k += 1
    return tuple(out)


def _shape(word: str) -> str:
    if _PUNCT.match(word):
        return "punct"
    has_ar = _ARABIC.search(word) is not None
    has_lat = _LATIN.search(word) is not None
    has_dig = _DIGIT.search(word) is not None
    if has_dig and not has_ar and not has_lat:
        return "num"
    if has_lat and not has_ar:
        return "latin"
    if has_dig:
        return "mixdig"
    return "ar"


@dataclass
class Featurizer:
    """Turns sentences (lists of raw tokens) into crfsuite feature lists.

    ``clusters`` maps a normalised word to its cluster ids at several granularities;
    ``lexicon`` (optional) tags spans of normalised tokens with a lexicon class; ``seen`` (optional)
    tags spans that were entities in the training data with their types (see :mod:`khabar.ner.seen`);
    ``namelike`` (optional) scores how much an Arabic word looks like a name (:mod:`khabar.ner.namelike`),
    a feature of the word and of its neighbours at -1 and +1. With ``quotes``, the words of a short
    quoted run (:func:`quote_spans`) are marked.
    """

    clusters: Mapping[str, tuple[str, ...]]
    lexicon: LexiconMatcher | None = None
    seen: LexiconMatcher | None = None
    namelike: NameLike | None = None
    quotes: bool = False
    _cache: dict[str, WordFeatures] = field(default_factory=dict, repr=False)
    _span_sources: tuple[tuple[LexiconMatcher, str, tuple[int, ...]], ...] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        sources = ((self.lexicon, "lx", _LEX_OFFSETS), (self.seen, "sn", _SEEN_OFFSETS))
        self._span_sources = tuple((m, name, offs) for m, name, offs in sources if m is not None)

    def _cluster_feats(self, prefix: str, key: str) -> list[str]:
        ids = self.clusters.get(key)
        if ids is None:
            return [f"{prefix}c=unk"]
        return [f"{prefix}c{i}={c}" for i, c in enumerate(ids)]

    def word_features(self, token: str) -> WordFeatures:
        """:meth:`type_features`, cached: training asks for the features of the same words again and again."""
        hit = self._cache.get(token)
        if hit is None:
            hit = self.type_features(token)
            if len(self._cache) >= _CACHE_MAX:
                self._cache.clear()
            self._cache[token] = hit
        return hit

    def type_features(self, token: str) -> WordFeatures:
        """A word type's own features, its features as a neighbour at each offset of WINDOW, and its key
        (not cached: the tagger keeps each type's weights instead, which take far less memory)."""
        own, near, far, key = self.type_parts(token)
        ctx = tuple(tuple(prefix + f for f in (near if next_to else far)) for prefix, next_to in NEIGHBOURS)
        return (own, ctx, key)

    def type_parts(self, token: str) -> TypeParts:
        """:meth:`type_features` with a neighbour's features once for the offsets next to a word and once
        for those two words away, without their offset prefixes (the tagger finds a feature's weights at
        every offset in one lookup)."""
        norm = normalize(token)
        sp = split(token)
        stem, bare = sp.stem, sp.bare
        shape = _shape(norm)
        own = [
            "bias",
            f"w={norm}",
            f"st={stem}",
            f"b={bare}",
            f"pro={sp.proclitics}",
            f"art={sp.article}",
            f"suf={sp.suffix}",
            f"sh={shape}",
            f"len={min(len(bare), 10)}",
        ]
        if shape == "ar":
            own += [f"bp{k}={bare[:k]}" for k in (1, 2, 3) if len(bare) > k]
            own += [f"bs{k}={bare[-k:]}" for k in (1, 2, 3, 4) if len(bare) > k]
            if norm != bare:
                own += [f"wp{k}={norm[:k]}" for k in (1, 2, 3) if len(norm) > k]
            vowels = sum(map(_VOWELS.__contains__, bare[1:]))
            own.append(f"vow={min(vowels, 4)}")
        elif shape == "latin":
            own.append(f"lcap={token[:1].isupper()}")
        clusters = self._cluster_feats("", norm)
        own += clusters
        if stem != norm:
            own += self._cluster_feats("s", stem)
            clusters = self._cluster_feats("", stem)
        near = [f"w={norm}", f"st={stem}", f"pro={sp.proclitics}", f"sh={shape}", *clusters]
        far = near[1:2] + near[3:]  # (two words away: no word form nor proclitics)
        if self.namelike is not None and shape == "ar" and bare:
            nm = f"nm={self.namelike.bucket(bare)}"
            own.append(nm)
            near.append(nm)
        key = bare if shape in ("ar", "latin") and len(bare) > 1 else ""
        # tuples of strings: the garbage collector stops tracking them, a cache of lists it keeps scanning
        return (tuple(own), tuple(near), tuple(far), key)

    def sentence(self, tokens: Sequence[str]) -> list[list[str]]:
        """Feature lists, one per token."""
        n = len(tokens)
        per = [self.word_features(t) for t in tokens]
        spans = self.span_features(tokens)
        if spans:
            extra: list[list[str]] = [[] for _ in range(n)]
            for i, f in spans:
                extra[i].append(f)
        out: list[list[str]] = []
        for i in range(n):
            own = per[i][0]
            feats = list(own)
            for j, off in enumerate(WINDOW):
                k = i + off
                if 0 <= k < n:
                    feats += per[k][1][j]
                elif off in (-1, 1):
                    feats.append(f"{off}:BOS" if off < 0 else f"{off}:EOS")
            prev = per[i - 1][0][2] if i else "st=BOS"
            nxt = per[i + 1][0][2] if i + 1 < n else "st=EOS"
            cur = own[2]
            feats.append(f"bg-={prev}|{cur}")
            feats.append(f"bg+={cur}|{nxt}")
            if spans:
                feats += extra[i]
            out.append(feats)
        return out

    def span_features(self, tokens: Sequence[str]) -> list[tuple[int, str]]:
        """The features of the lexicon and seen-entity matches around each token, as ``(token index,
        feature)`` pairs: ``OFF:lx=B-CLASS`` / ``OFF:lx=I-CLASS`` for a lexicon match at offset OFF in -2..2
        and ``OFF:sn=B-CLASS`` / ``OFF:sn=I-CLASS`` for a seen-entity match at offset -1..1; with ``quotes``,
        ``qs=B`` / ``qs=I`` and the run's length ``qn=N`` (up to 4) for the words of a short quoted run."""
        out: list[tuple[int, str]] = []
        if self.quotes:
            for start, end in quote_spans(tokens):
                length = f"qn={min(end - start, 4)}"
                for k in range(start, end):
                    out.append((k, "qs=B" if k == start else "qs=I"))
                    out.append((k, length))
        if not self._span_sources:
            return out
        n = len(tokens)
        keys = [self._span_sources[0][0].keys(t) for t in tokens]
        for matcher, name, offsets in self._span_sources:
            for start, end, classes in matcher.spans(tokens, keys):
                first, inside = _span_names(name, offsets, classes)
                for k in range(start, end):
                    for off, feature in first if k == start else inside:
                        i = k - off
                        if 0 <= i < n:
                            out.append((i, feature))
        return out

    def document(
        self, sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
    ) -> list[list[list[str]]]:
        """Second-pass features from first-pass ``tags`` over a whole document, one list per token.

        A token gets its own and its neighbours' first-pass tags, and ``d=T`` for each type ``T`` that
        the first pass gave another occurrence of the same word (its key) in the document.
        """
        keys = [[self.word_features(t)[2] for t in s] for s in sentences]
        seen: dict[str, dict[str, int]] = {}
        for ks, ts in zip(keys, tags, strict=True):
            for k, t in zip(ks, ts, strict=True):
                if k and t != "O":
                    per_type = seen.setdefault(k, {})
                    per_type[t[2:]] = per_type.get(t[2:], 0) + 1
        out: list[list[list[str]]] = []
        for ks, ts in zip(keys, tags, strict=True):
            n = len(ts)
            sent: list[list[str]] = []
            for i, (k, t) in enumerate(zip(ks, ts, strict=True)):
                feats = [
                    f"p0={t}",
                    f"p-1={ts[i - 1] if i else 'BOS'}",
                    f"p+1={ts[i + 1] if i + 1 < n else 'EOS'}",
                ]
                others = seen.get(k) if k else None
                if others:
                    own = t[2:]
                    feats.extend(f"d={typ}" for typ, c in others.items() if c > (typ == own))
                sent.append(feats)
            out.append(sent)
        return out


@lru_cache(maxsize=1 << 12)
def _span_names(
    name: str, offsets: tuple[int, ...], classes: tuple[str, ...]
) -> tuple[tuple[tuple[int, str], ...], tuple[tuple[int, str], ...]]:
    """The ``(offset, feature)`` pairs a match of ``classes`` gives around its first word and around each
    later word (see :meth:`Featurizer.span_features`), offset by offset, class by class."""

    def pairs(bi: str) -> tuple[tuple[int, str], ...]:
        return tuple((off, f"{off}:{name}={bi}-{c}") for off in offsets for c in classes)

    return pairs("B"), pairs("I")


class LexiconMatcher:
    """Longest-match lookup of multi-word lexicon entries over a token sequence.

    ``entries`` maps a tuple of normalised words to its classes; every token inside a longest
    match gets ``B-class`` or ``I-class``. The first word of a match is compared without its
    proclitics (and, failing that, without the article too); the following words without proclitics.
    A pronoun suffix stays on (names do not take one; a suffix-like ending of a name is kept).
    With ``strip_article=False`` the first word keeps its article (``السورية`` does not match ``سورية``).
    """

    def __init__(
        self, entries: Mapping[tuple[str, ...], Sequence[str]], *, strip_article: bool = True
    ) -> None:
        self._entries = {k: tuple(v) for k, v in entries.items()}
        self._forms = (0, 1) if strip_article else (0,)
        lengths: dict[str, set[int]] = {}
        for k in self._entries:
            lengths.setdefault(k[0], set()).add(len(k))
        self._lengths = {w: tuple(sorted(ls, reverse=True)) for w, ls in lengths.items()}
        self._keys = _MATCH_KEYS  # shared by all matchers: a token's keys depend on the token alone

    def keys(self, token: str) -> tuple[str, str]:
        """The two forms a token is looked up in: proclitics stripped, and also without the article."""
        hit = self._keys.get(token)
        if hit is None:
            sp = split(token)
            hit = (sp.stem + sp.suffix, sp.bare + sp.suffix)
            if len(self._keys) < _CACHE_MAX:
                self._keys[token] = hit
        return hit

    def _match(
        self, keys: Sequence[tuple[str, str]], stripped: Sequence[str], i: int
    ) -> tuple[int, tuple[str, ...]]:
        """The longest entry starting at token ``i``: its length and classes (0 and () when none);
        ``stripped``: each token's first key (without proclitics), the form of a match's later words."""
        n = len(keys)
        best: tuple[int, tuple[str, ...]] = (0, ())
        for form in self._forms:
            first = keys[i][form]
            for length in self._lengths.get(first, ()):
                if length <= best[0]:
                    break
                if i + length > n:
                    continue
                found = self._entries.get((first, *stripped[i + 1 : i + length]))
                if found is not None:
                    best = (length, found)
                    break
        return best

    def spans(
        self, tokens: Sequence[str], keys: Sequence[tuple[str, str]] | None = None
    ) -> list[tuple[int, int, tuple[str, ...]]]:
        """The longest matches, left to right: ``(start, end, classes)``; ``keys``: the tokens' keys
        (:meth:`keys`), when the caller has them."""
        n = len(tokens)
        if keys is None:
            keys = [self.keys(t) for t in tokens]
        out: list[tuple[int, int, tuple[str, ...]]] = []
        lengths, both = self._lengths, len(self._forms) == 2
        stripped = [k[0] for k in keys]
        i = 0
        while i < n:
            k = keys[i]
            if k[0] not in lengths and not (both and k[1] in lengths):  # the usual case: no entry starts here
                i += 1
                continue
            length, classes = self._match(keys, stripped, i)
            if not length:
                i += 1
                continue
            out.append((i, i + length, classes))
            i += length
        return out

    def tags(self, tokens: Sequence[str]) -> list[list[str]]:
        """Per token, ``B-class`` / ``I-class`` for each class of the longest match it is in."""
        out: list[list[str]] = [[] for _ in tokens]
        for start, end, classes in self.spans(tokens):
            for j in range(start, end):
                out[j].extend(f"{'B' if j == start else 'I'}-{c}" for c in classes)
        return out
