"""The ``quotes`` pipeline stage: direct, partial and reported speech, and attributed claims.

What becomes a :class:`~khabar.document.Quote` (``text`` is always an exact slice of the raw text):

- **Direct quotes**: the content inside quote marks (:mod:`khabar.quotes.direct`), ``direct`` true.
  A quotation of at most ``quote_scare_max_words`` words is speech only right after a cue
  (``قال: «نعم»``) or, with two words or more, as a fragment inside reported speech (flag
  ``partial``); otherwise it is a name or a scare quote (``«داعش»``) and is skipped, as is any
  quotation after a title word (كتاب، فيلم، برنامج، مسلسل، صحيفة، بعنوان ...) or one that is exactly an
  entity mention.
- **Reported speech**: a speech cue (``speech_cues.tsv``) and its subject, followed within the
  clause by a complementizer (إن، أن، بأن، أنه ...), a colon, or for some verbs their preposition
  (أشاد بـ، حذر من، دعا إلى); the content runs from there to the end of the sentence, stopping
  before a quote mark or the next cue. ``direct`` false.
- **Claims**: an attribution cue (``attribution_cues.tsv``: وفقًا لـ، بحسب، نقلًا عن ...) with a source;
  the claim is the rest of the sentence when the cue opens it, else the part before the cue.
  ``direct`` false, flag ``claim``.

The speaker phrase is the subject after the cue (VSO, ``وقال الكرملين``), else an entity mention
just before it (SVO, ``بوتين قال``); a participle (``قائلا``) shares the subject of its clause's verb;
a cue with no subject of its own (``وأضاف أن``) and a quotation with no cue take the speaker of the
previous quote when it is at most ``quote_continuation_sentences`` sentences back (flag
``continued``). ``speaker`` is the entity with a mention inside the speaker phrase, preferring PER
(the last one: ``مستشار ... في بوتين يوري أوشاكوف`` → Ushakov), then ORG, then GPE; an unnamed
source (``مصدر مسؤول``) keeps its ``speaker_text`` with ``speaker`` null. ``cue`` is the cue word as
written without a leading و/ف (``وقال`` → ``قال``) or, for a claim, the canonical attribution phrase
(the lexicon's lemma, e.g. ``وفقًا لـ``). Quotes inside boilerplate are ignored.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import ClassVar

from khabar.config import Config
from khabar.document import Document, Entity, Mention, Quote, Token
from khabar.pipeline import register
from khabar.quotes.cues import CueLexicon, SpeechCue, bare
from khabar.quotes.direct import find_quotations
from khabar.text.normalize import normalize, normalize_with_map


def _words(text: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in text.split())


COMPLEMENTIZERS = _words(
    "إن أن بأن إنه أنه بأنه إنها أنها بأنها إنهم أنهم بأنهم إنهما أنهما بأنهما "
    "إنني أنني بأنني إننا أننا بأننا"
)
#: words after which أن is not a complementizer of speech (بعد أن، من أن، يجب أن ...; the contrast of
#: غير أن، إلا أن، بيد أن, which opens the writer's next clause: أعلن X حل البرلمان، غير أن Y رفض)
_NOT_AFTER = _words("بعد قبل منذ دون بدون من حتى يجب يمكن ينبغي بد لابد رغم كما لأن غير إلا بيد")
#: words that end a speaker phrase
_STOP = _words(
    "في على عن من إلى الى مع خلال أمام لدى عند بعد قبل منذ عبر حول أثناء حين عندما بينما حيث "
    "يوم أمس اليوم الليلة صباح مساء الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت "
    "قد لقد أيضا كذلك ثم أو لكن الذي التي الذين اللذين اللتين هذا هذه ذلك تلك هناك هنا قوله قولها أمس "
    # a preposition written apart (قال لـ«الشرق الأوسط»: whom he told, not who told)
    "لـ ل بـ ب"
)
#: prepositions a speaker phrase may cross to reach a person's name (مستشار ... في بوتين يوري أوشاكوف)
_EXTEND = _words("في من لدى")
#: particles between a subject and its verb (وكان X قد قال)
_BEFORE_VERB = _words("قد لقد")
#: how far after a title's ل genitive its holder's name may come
_TITLE_REACH = 6
#: how many title words may stand before the name of a person who is asked, not the speaker
_TITLE_RUN = 4
#: a quotation right after one of these is a title, not speech
_TITLES = _words(
    "كتاب فيلم برنامج مسلسل صحيفة جريدة مجلة رواية أغنية ألبوم مسرحية قصيدة ديوان عنوان شعار حملة "
    "عملية مبادرة مشروع خطة قناة شبكة إذاعة تلفزيون موقع حزب حركة تنظيم جماعة ائتلاف وكالة لوحة معرض مهرجان "
    "مؤتمر منتدى "
    "اسم يدعى تدعى يسمى تسمى المسمى المسماة المعروف المعروفة مصطلح لقب وصف عبارة كلمة"
)
#: clause-opening words that do not count as a claim before an attribution cue
_CONNECTORS = _words("و ف كما ثم لكن غير أن")
_QMARKS = frozenset("“”«»„\"'‘’")
_PUNCT = frozenset("،,؛;:.!?؟-–—()[]…") | _QMARKS
_END = frozenset(".!?؟…")
_MIN_CONTENT_WORDS = 2
_MAX_PHRASE = 9
_SHORT_NAME = 3
_COMPLEMENT_WINDOW = 20


@dataclass(slots=True)
class _Cue:
    """A speech cue found in the text, with its speaker phrase once resolved."""

    index: int
    cue: SpeechCue
    written: tuple[int, int]
    phrase: tuple[int, int] | None = None
    pending: bool = False
    #: the token after the subject, where the complement search begins
    next: int = 0
    #: the subject follows the cue (VSO): the cue opens a new clause
    vso: bool = False


@dataclass(slots=True)
class _Rec:
    start: int
    end: int
    direct: bool
    cue: str | None
    phrase: tuple[int, int] | None
    pending: bool
    sentence: int
    last_sentence: int
    flags: list[str] = field(default_factory=list)
    speaker: str | None = None
    speaker_text: str | None = None


class _View:
    """Per-document token arrays and lookups used by the stage."""

    def __init__(self, doc: Document, lexicon: CueLexicon) -> None:
        self.doc = doc
        self.lex = lexicon
        self.text = doc.text
        self.tokens: list[Token] = doc.tokens
        self.norms = [t.norm for t in self.tokens]
        self.starts = [t.start for t in self.tokens]
        n = len(self.tokens)
        self.sent_end: dict[int, int] = {}
        self.sent_first: dict[int, int] = {}
        for k, t in enumerate(self.tokens):
            self.sent_first.setdefault(t.sentence, k)
            self.sent_end[t.sentence] = k + 1
        self.boiler = {
            s for s in self.sent_first if s < len(doc.sentences) and doc.in_boilerplate(*_span(doc, s))
        }
        self.quotations = [q for q in find_quotations(self.text) if not doc.in_boilerplate(q.open, q.end)]
        self.quoted = [False] * n
        for q in self.quotations:
            for k in range(bisect_left(self.starts, q.start), bisect_left(self.starts, q.end)):
                self.quoted[k] = True
        #: opening-mark token → closing-mark token of short quotations (quoted names: وكالة " يونهاب ")
        self.short_quote: dict[int, int] = {}
        for q in self.quotations:
            lo, hi = bisect_left(self.starts, q.start), bisect_left(self.starts, q.end)
            if q.close is not None and hi - lo <= _SHORT_NAME and 0 < lo < hi < n:
                self.short_quote[lo - 1] = hi
        self.mention: list[tuple[Entity, Mention] | None] = [None] * n
        for e in doc.entities:
            for m in e.mentions:
                k = max(bisect_left(self.starts, m.start) - 1, 0)
                while k < n and self.tokens[k].start < m.end:
                    if self.tokens[k].end > m.start:
                        self.mention[k] = (e, m)
                    k += 1

    # -- token predicates -------------------------------------------------------------------

    def is_word(self, k: int) -> bool:
        return self.norms[k][:1].isalpha()

    def prefix(self, k: int) -> str:
        """The first proclitic of token ``k`` after a conjunction (``ب`` of ``وبحسب``), or ""."""
        for w in self.tokens[k].words:
            if w.kind != "prefix":
                return ""
            if w.form not in ("و", "ف"):
                return w.form
        return ""

    def speech(self, k: int) -> tuple[SpeechCue, int] | None:
        return None if self.quoted[k] else self.lex.speech_cue(self.norms[k])

    def stem(self, k: int) -> str:
        stem = self.tokens[k].stem
        return bare(stem.form if stem is not None else self.norms[k])

    def title_word(self, k: int) -> bool:
        """Is token ``k`` a word that introduces a quoted title (``فيلم``، ``بعنوان``; not ``اسمه``)?"""
        return self.stem(k) in _TITLES and not any(w.kind == "suffix" for w in self.tokens[k].words)

    def stops(self, k: int, end: int, first_free: bool) -> bool:
        n = self.norms[k]
        if self.quoted[k] or n in _PUNCT or n in _STOP or n in COMPLEMENTIZERS or n[:1].isdigit():
            return True
        found = self.lex.speech_cue(n)
        if found is not None and found[0].kind != "noun":
            return True
        if self.lex.phrase_at(self.norms, k, end) is not None:
            return True
        return not first_free and self.prefix(k) in ("ب", "ل", "ك") and n not in self.lex.names

    def _person_soon(self, k: int, end: int) -> bool:
        for j in range(k, min(k + 2, end)):
            m = self.mention[j]
            if m is not None and m[0].type == "PER":
                return True
            if self.norms[j] in _PUNCT:
                return False
        return False

    def _person_ahead(self, k: int, end: int) -> bool:
        """A person named within a title's genitives from token ``k`` (الممثل الأعلى للأمن والسياسة
        الخارجية الأوروبي خافيير سولانا): no punctuation, complementiser or speech verb before it."""
        for j in range(k, min(k + _TITLE_REACH, end)):
            m = self.mention[j]
            if m is not None and m[0].type == "PER":
                return True
            n = self.norms[j]
            if self.quoted[j] or n in _PUNCT or n in COMPLEMENTIZERS or self.speech(j) is not None:
                return False
        return False

    # -- speaker phrases --------------------------------------------------------------------

    def phrase_after(
        self, j: int, s: int, first_start: int | None = None
    ) -> tuple[tuple[int, int] | None, int]:
        """The subject phrase starting at token ``j`` (raw span or None) and the token after it.

        ``first_start``, when given, is where the phrase begins inside token ``j`` (after a joined
        preposition), and that token is not stopped for its prefix.
        """
        end = self.sent_end.get(s, 0)
        k = j
        first = last = -1
        person: Entity | None = None  # the person named last in the phrase
        while k < end and k - j < _MAX_PHRASE:
            m = self.mention[k]
            free = k == j and first_start is not None
            if first >= 0 and k in self.short_quote:  # a quoted name inside the phrase
                last = k = self.short_quote[k]
                k += 1
                continue
            if person is not None and (
                (m is None and self._other_person_next(k, end, person))
                or (m is not None and m[0] is not person and _titled(m[0], m[1]))
            ):
                break  # طالب X الرئيس Y بـ: the person named ends the subject; who comes next is asked
            if m is not None and not self.quoted[k] and (m[1].start <= self.tokens[k].start or free):
                person = m[0] if m[0].type == "PER" else person
            elif self.stops(k, end, free) and (
                person is not None
                or first < 0
                or not (
                    (self.norms[k] in _EXTEND and self._person_soon(k + 1, end))
                    or (self.prefix(k) == "ل" and self._person_ahead(k + 1, end))
                )
            ):
                break
            if first < 0:
                first = k
            last = k
            k += 1
        if first < 0:
            return None, k
        a = first_start if first == j and first_start is not None else self.tokens[first].start
        return (a, self.tokens[last].end), k

    def _other_person_next(self, k: int, end: int, person: Entity) -> bool:
        """After words that name no one from token ``k`` (titles: الرئيس الفلسطيني), another person than
        ``person`` is named: the object of a verb of asking (طالب X الرئيس الفلسطيني محمود عباس بـ)."""
        for j in range(k, min(k + _TITLE_RUN, end)):
            m = self.mention[j]
            if m is not None:
                return m[0].type == "PER" and m[0] is not person and not self.quoted[j]
            if self.stops(j, end, False):
                return False
        return False

    def phrase_before(self, i: int) -> tuple[int, int] | None:
        """The subject before token ``i`` (SVO): a run of entity-mention tokens ending right before
        it, or the whole clause before it when that is one to three plain words (``الشرطة قالت``)."""
        s = self.tokens[i].sentence
        first_tok = self.sent_first[s]
        if i - 1 >= first_tok and self.norms[i - 1] in _BEFORE_VERB and self.mention[i - 1] is None:
            i -= 1  # وكان الرئيس طالباني قد حذر: the particle stands between the subject and its verb
        k = i - 1
        if k < first_tok:
            return None
        if self.mention[k] is None:
            words = self.tokens[first_tok].words
            if (
                i - first_tok > 3
                or (words and words[0].kind == "prefix" and words[0].form in ("و", "ف"))
                or any(self.stops(j, i, False) or not self.is_word(j) for j in range(first_tok, i))
            ):
                return None
            return self.tokens[first_tok].start, self.tokens[k].end
        while k - 1 >= first_tok and self.mention[k - 1] is not None:
            k -= 1
        first = self.mention[k]
        last = self.mention[i - 1]
        assert first is not None and last is not None
        return max(first[1].start, self.tokens[k].start), min(last[1].end, self.tokens[i - 1].end)

    # -- complements ------------------------------------------------------------------------

    def has_prep(self, k: int, prep: str) -> bool:
        return self.norms[k] == prep or (len(prep) == 1 and self.prefix(k) == prep)

    def complement(self, c: _Cue) -> int | None:
        """The first token of the reported content of cue ``c``, or None."""
        s = self.tokens[c.index].sentence
        end = self.sent_end[s]
        k = c.next
        m = k - 1
        while m + 1 < min(k + _COMPLEMENT_WINDOW, end):
            m += 1
            n = self.norms[m]
            if m in self.short_quote and m > k:
                m = self.short_quote[m]
                continue
            if self.quoted[m] or n in _QMARKS or n in _END:
                return None
            if n == ":":
                return m + 1
            if m == k and c.cue.prep and self.has_prep(m, c.cue.prep):
                if m + 1 < end and self.norms[m + 1] in COMPLEMENTIZERS:
                    return m + 2
                return m
            if n in COMPLEMENTIZERS and (m == 0 or self.norms[m - 1] not in _NOT_AFTER):
                return m + 1
            found = self.speech(m)
            if found is not None and found[0].kind != "noun":
                return None
        return None

    def resumes(self, k: int) -> bool:
        """The writer takes over again at token ``k``: ``، كما`` before a verb (``، كما حملت واشنطن``),
        where ``، كما أن`` goes on with what was said, and ``، فيما`` before a verb and the name of its
        subject (``، فيما رفضت الحكومة الإسبانية``), where ``، فيما قدرت الأضرار`` goes on."""
        if k == 0 or self.norms[k - 1] not in ("،", ",") or k + 1 >= len(self.norms):
            return False
        if self.norms[k] == "فيما":
            return k + 2 < len(self.norms) and self.mention[k + 2] is not None
        return self.norms[k] == "كما" and self.norms[k + 1] not in COMPLEMENTIZERS

    def content(self, first: int, stop: int) -> tuple[int, int] | None:
        """Raw span of tokens ``first`` .. before ``stop`` (cut at a quote mark), trimmed of
        punctuation; None when it holds fewer than two words."""
        last = first
        words = 0
        k = first
        while k < stop and not self.quoted[k] and self.norms[k] not in _QMARKS and not self.resumes(k):
            words += self.is_word(k)
            last = k
            k += 1
        while last >= first and (self.norms[last] in _PUNCT or self.norms[last] in ("و", "ف")):
            last -= 1
        if words < _MIN_CONTENT_WORDS or last < first:
            return None
        return self.tokens[first].start, self.tokens[last].end


def _in_sentence(v: _View, cues: list[_Cue], s: int) -> Iterator[_Cue]:
    """The cues of sentence ``s`` found so far, nearest first."""
    for c in reversed(cues):
        if v.tokens[c.index].sentence != s:
            return
        yield c


def _span(doc: Document, s: int) -> tuple[int, int]:
    sentence = doc.sentences[s]
    return sentence.start, sentence.end


@register("quotes")
class QuoteExtractor:
    """Stage ``quotes``: quotes, reported speech and attributed claims with their speakers."""

    name: ClassVar[str] = "quotes"
    requires: ClassVar[tuple[str, ...]] = ("tokens", "entities", "coref")
    adds: ClassVar[tuple[str, ...]] = ("quotes",)

    def __init__(self, config: Config) -> None:
        self.config = config
        self.lexicon = CueLexicon(config.quote_speech_lexicons, config.quote_attribution_lexicons)

    def __call__(self, doc: Document) -> Document:
        v = _View(doc, self.lexicon)
        cues = self._cues(v)
        recs = self._reported(v, cues)
        recs += self._direct(v, cues)
        recs.sort(key=lambda r: r.start)
        recs = self._claims(v, recs)
        self._resolve(v, recs)
        doc.quotes = [
            Quote(
                id=f"Q{i}",
                text=doc.text[r.start : r.end],
                start=r.start,
                end=r.end,
                direct=r.direct,
                speaker=r.speaker,
                speaker_text=r.speaker_text,
                cue=r.cue,
                flags=tuple(r.flags),
            )
            for i, r in enumerate(recs, 1)
        ]
        return doc

    # -- cues and their subjects ------------------------------------------------------------

    def _cues(self, v: _View) -> list[_Cue]:
        out: list[_Cue] = []
        for i, t in enumerate(v.tokens):
            if t.sentence in v.boiler:
                continue
            found = v.speech(i)
            if found is None:
                continue
            cue, skip = found
            conj = 1 if skip and v.norms[i][0] in "وف" else 0
            written = (t.start + normalize_with_map(t.text).starts[conj], t.end) if conj else (t.start, t.end)
            c = _Cue(i, cue, written, next=i + 1)
            if cue.kind == "verb":
                c.phrase, c.next = v.phrase_after(i + 1, t.sentence)
                c.vso = c.phrase is not None
                if cue.lemma == "نقل":  # نقلت الوكالة عن الوزير قوله إن: the speaker follows عن
                    stop = min(c.next + _COMPLEMENT_WINDOW, v.sent_end[t.sentence])
                    source = next((k for k in range(c.next, stop) if v.norms[k] == "عن"), None)
                    if source is not None and source + 1 < stop:
                        c.phrase, c.next = v.phrase_after(source + 1, t.sentence, v.tokens[source + 1].start)
                if c.phrase is None:
                    c.phrase = v.phrase_before(i)
                if c.phrase is None:  # وأضاف أن: the subject of an earlier verb in the sentence
                    earlier = next((p for p in _in_sentence(v, out, t.sentence) if p.phrase), None)
                    if earlier is not None:
                        c.phrase = earlier.phrase
                c.pending = c.phrase is None
            elif cue.kind == "participle":
                verb = next((p for p in _in_sentence(v, out, t.sentence) if p.cue.kind != "noun"), None)
                if verb is not None:
                    c.phrase, c.pending = verb.phrase, verb.pending
                else:  # the subject of the clause's first verb (after an opening من جهته، في ملاحظاته)
                    first = v.sent_first[t.sentence]
                    if v.norms[first] in _STOP:
                        first += 2
                    c.phrase = v.phrase_after(first + 1, t.sentence)[0] if first + 1 < i else None
                    c.pending = c.phrase is None
            else:
                c.phrase, c.pending = self._noun_source(v, i)
            out.append(c)
        return out

    def _noun_source(self, v: _View, i: int) -> tuple[tuple[int, int] | None, bool]:
        """Who issued a statement named by a noun cue.

        ``بيان للوزارة``، ``تصريحات عن الوزير``، ``بيان الخارجية``; a pronoun suffix
        (``تصريحاته``) leaves it pending.
        """
        s = v.tokens[i].sentence
        j = i + 1
        if j >= v.sent_end[s]:
            return None, False
        if v.norms[j] == "صادر" and j + 1 < v.sent_end[s]:
            j += 1
        if v.norms[j] in ("عن", "من"):
            return v.phrase_after(j + 1, s)[0], False
        if v.prefix(j) == "ل":
            t = v.tokens[j]
            return v.phrase_after(j, s, t.words[0].end if t.words[0].form != "ل" else t.words[1].end)[
                0
            ], False
        suffixed = any(w.kind == "suffix" for w in v.tokens[i].words)
        if suffixed:
            return None, True
        return v.phrase_after(j, s)[0], False

    # -- reported speech ---------------------------------------------------------------------

    def _reported(self, v: _View, cues: list[_Cue]) -> list[_Rec]:
        found: list[tuple[_Cue, int]] = []
        claimed: set[int] = set()
        for c in cues:
            first = v.complement(c)
            if first is None or first - 1 in claimed:
                continue
            claimed.add(first - 1)
            found.append((c, first))
        out: list[_Rec] = []
        for n, (c, first) in enumerate(found):
            s = v.tokens[c.index].sentence
            stop = v.sent_end[s]
            if n + 1 < len(found) and self._opens_clause(v, found[n + 1][0], s):
                stop = min(stop, found[n + 1][0].index)
            span = v.content(first, stop) if first < stop else None
            if span is None:
                continue
            last = bisect_left(v.starts, span[1]) - 1
            out.append(
                _Rec(
                    span[0],
                    span[1],
                    False,
                    v.text[c.written[0] : c.written[1]],
                    c.phrase,
                    c.pending,
                    s,
                    v.tokens[last].sentence,
                )
            )
        return out

    @staticmethod
    def _opens_clause(v: _View, c: _Cue, s: int) -> bool:
        """Does cue ``c`` start a new reported clause in sentence ``s`` (``، وأضاف أن``, ``مشيرا إلى``,
        ``قالت الشرطة إن``) rather than sit inside the content before it (``إن واشنطن ترى أن``)?"""
        k = c.index
        if v.tokens[k].sentence != s:
            return False
        return c.vso or c.cue.kind == "participle" or v.norms[k][0] in "وف" or v.norms[k - 1] in _PUNCT

    # -- direct quotes -----------------------------------------------------------------------

    def _direct(self, v: _View, cues: list[_Cue]) -> list[_Rec]:
        out: list[_Rec] = []
        max_short = self.config.quote_scare_max_words
        spans = {(m.start, m.end) for e in v.doc.entities for m in e.mentions}
        by_index = {c.index: c for c in cues}
        for q in v.quotations:
            o = bisect_left(v.starts, q.open)
            lo, hi = bisect_left(v.starts, q.start), bisect_left(v.starts, q.end)
            if o >= len(v.tokens) or lo >= hi or (q.start, q.end) in spans:
                continue
            words = sum(v.is_word(k) for k in range(lo, hi))
            s = v.tokens[o].sentence
            if o > 0 and v.title_word(o - 1) and v.tokens[o - 1].sentence == s:
                continue
            rec = _Rec(q.start, q.end, True, None, None, True, s, v.tokens[hi - 1].sentence)
            if not q.balanced:
                rec.flags.append("unbalanced")
            cue = self._cue_before(v, o, by_index)
            if cue is not None:
                gap = range(max(cue.next, cue.index + 1), o)
                adjacent = all(v.norms[k] in _PUNCT or v.norms[k] in COMPLEMENTIZERS for k in gap)
                if words <= max_short and not (
                    words >= 2 or (adjacent and any(v.norms[k] == ":" for k in gap))
                ):
                    continue  # one quoted word is a name or a scare quote unless introduced by a colon
                if not adjacent:
                    rec.flags.append("partial")
                rec.cue = v.text[cue.written[0] : cue.written[1]]
                rec.phrase, rec.pending = cue.phrase, cue.pending
            else:
                after = self._cue_after(v, q.close)
                if after is not None:
                    if words < 2:
                        continue
                    rec.cue = v.text[after.written[0] : after.written[1]]
                    rec.phrase, rec.pending = after.phrase, after.pending
                elif (named := self._named_before_colon(v, o)) is not None:
                    rec.phrase, rec.pending = named, False  # الرئيسة المكسيكية X: «...»، a headline's
                elif words <= max_short:
                    continue
            out.append(rec)
        return out

    @staticmethod
    def _cue_before(v: _View, o: int, by_index: dict[int, _Cue]) -> _Cue | None:
        """The nearest speech cue before the opening mark at token ``o``, in its sentence (or in
        the sentence before when that one ends with a colon right before the mark)."""
        s = v.tokens[o].sentence
        first = v.sent_first[s]
        if o == first and o > 0 and v.norms[o - 1] == ":":
            first = v.sent_first[v.tokens[o - 1].sentence]
        noun = None
        for k in range(o - 1, first - 1, -1):
            c = by_index.get(k)
            if c is not None and c.cue.kind != "noun":
                return c
            noun = noun or c
        return noun

    @staticmethod
    def _named_before_colon(v: _View, o: int) -> tuple[int, int] | None:
        """The speaker of a quotation opening at token ``o`` right after a colon that a name ends a short
        clause with, no speech cue between (``رئيس مجلس النواب عقيلة صالح: «لن نقبل»``): the names
        before the colon."""
        k = o - 1
        if k < 1 or v.norms[k] != ":" or v.mention[k - 1] is None:
            return None
        s = v.tokens[k].sentence
        if v.tokens[k - 1].sentence != s or k - v.sent_first[s] > _MAX_PHRASE:
            return None
        return v.phrase_before(k)

    @staticmethod
    def _cue_after(v: _View, close: int | None) -> _Cue | None:
        """A speech verb right after the closing mark (``«...»، قال الوزير``), with its subject."""
        if close is None:
            return None
        k = bisect_left(v.starts, close + 1)
        while k < len(v.tokens) and v.norms[k] in ("،", ","):
            k += 1
        if k >= len(v.tokens) or v.quoted[k]:
            return None
        found = v.speech(k)
        if found is None or found[0].kind != "verb":
            return None
        t = v.tokens[k]
        cue = _Cue(k, found[0], (t.start, t.end))
        if found[1]:
            cue.written = (t.start + normalize_with_map(t.text).starts[1], t.end)
        cue.phrase = v.phrase_after(k + 1, t.sentence)[0]
        cue.pending = cue.phrase is None
        return cue

    # -- attributed claims -------------------------------------------------------------------

    def _claims(self, v: _View, recs: list[_Rec]) -> list[_Rec]:
        taken = [(r.start, r.end) for r in recs]
        out = list(recs)
        starts = v.lex.phrase_starts
        for i, t in enumerate(v.tokens):
            s = t.sentence
            if v.norms[i] not in starts or v.quoted[i] or s in v.boiler:
                continue
            end = v.sent_end[s]
            match = v.lex.phrase_at(v.norms, i, end)
            if match is None:
                continue
            phrase, j = match
            claim = self._claim(v, i, j, bool(phrase.joined), end)
            if claim is None:
                continue
            span, source = claim
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue
            taken.append(span)
            last = bisect_left(v.starts, span[1]) - 1
            out.append(
                _Rec(
                    span[0],
                    span[1],
                    False,
                    phrase.lemma,
                    source,
                    False,
                    s,
                    v.tokens[last].sentence,
                    ["claim"],
                )
            )
        out.sort(key=lambda r: r.start)
        return out

    def _claim(
        self, v: _View, i: int, j: int, joined: bool, end: int
    ) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """The claim span and the source phrase of an attribution cue at token ``i`` whose source
        begins at token ``j`` (after a joined preposition when ``joined``)."""
        s = v.tokens[i].sentence
        first_start: int | None = None
        if joined:
            if v.norms[j] in ("ل", "لل"):
                j += 1
            else:
                words = v.tokens[j].words
                first_start = v.tokens[j].start + 1
                if len(words) > 1 and words[0].form == "ل":
                    first_start = (
                        words[1].end if words[1].form == "ال" and words[1].text == "ل" else words[0].end
                    )
        if j < end and v.norms[j] == "ما":
            j += 1
        if j < end and (v.speech(j) is not None or v.lex.speech_cue(v.stem(j)) is not None):
            j += 1  # بحسب ما ذكرت، وفقا لما ذكرته
            first_start = None
        if j >= end:
            return None
        head = normalize(v.text[first_start : v.tokens[j].end]) if first_start is not None else v.norms[j]
        head = bare(head)
        if head in v.lex.media and j + 1 < end and not v.stops(j + 1, end, False):
            j += 1
            first_start = None
        source, nxt = v.phrase_after(j, s, first_start)
        if source is None:
            return None
        if head not in v.lex.sources and not any(
            v.mention[k] is not None for k in range(j, bisect_left(v.starts, source[1]))
        ):
            return None
        first = v.sent_first[s]
        while first < i and (v.norms[first] in _CONNECTORS or v.norms[first] in _PUNCT):
            first += 1
        if first == i:  # the cue opens the clause: the claim follows the source (and its comma)
            comma = next(
                (k for k in range(nxt, min(nxt + _MAX_PHRASE, end)) if v.norms[k] in ("،", ",")), None
            )
            if comma is not None:
                nxt = comma
            while nxt < end and (v.norms[nxt] in _PUNCT or v.norms[nxt] in ("فان", "ف")):
                nxt += 1
            span = v.content(nxt, end) if nxt < end else None
        else:
            span = v.content(first, i)
        return (span, source) if span is not None else None

    # -- speakers ----------------------------------------------------------------------------

    def _resolve(self, v: _View, recs: list[_Rec]) -> None:
        window = self.config.quote_continuation_sentences
        last: _Rec | None = None
        for r in recs:
            if r.pending:
                if last is not None and r.sentence - last.last_sentence <= window:
                    r.speaker, r.speaker_text = last.speaker, last.speaker_text
                    r.flags.append("continued")
            elif r.phrase is not None:
                r.speaker_text = v.text[r.phrase[0] : r.phrase[1]]
                r.speaker = _link(v.doc.entities, *r.phrase)
            if "claim" not in r.flags and r.speaker_text is not None:
                last = r


def _titled(entity: Entity, mention: Mention) -> bool:
    """``mention`` of person ``entity`` is a title, none of the words of the name (الرئيس الفلسطيني)."""
    return entity.type == "PER" and not set(mention.text.split()) & set(entity.name.split())


_PREFERENCE = ("PER", "ORG", "GPE")


def _link(entities: list[Entity], start: int, end: int) -> str | None:
    """The entity named inside ``[start, end)``: the last PER mention, else the first ORG, else GPE."""
    best: tuple[int, int, str] | None = None
    for e in entities:
        if e.type not in _PREFERENCE:
            continue
        rank = _PREFERENCE.index(e.type)
        for m in e.mentions:
            if m.start < end and start < m.end:
                key = (rank, -m.start if rank == 0 else m.start, e.id)
                if best is None or key < best:
                    best = key
    return best[2] if best is not None else None
