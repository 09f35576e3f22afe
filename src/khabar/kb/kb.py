"""The knowledge base: entries, their aliases, role holders by date, and the alias index.

Sources, merged in this order (a later entry with the same id adds aliases and roles and
overrides the fields it fills):

1. places: built from ``lexicons/places.tsv`` (one GPE/LOC entry per place: ``geo:RUS``,
   ``geo:city:CHN:beijing`` ...) with Wikidata ids from ``kb/place_wikidata.tsv``;
2. actors: ``kb/actors.tsv`` (people and organisations; format in that file's header);
3. the user KB directory (``$KHABAR_KB_DIR``, default ``~/.local/share/khabar/kb``; ``*.tsv``,
   ``*.jsonl``, ``*.json`` files) and the files named by ``Config.kb_files``.

User files use the actors.tsv columns, or JSON objects with the keys ``id type english wikidata
country sector aliases roles metonym_of`` (``aliases``/``roles`` lists). A malformed user file raises
:class:`KBError` naming the file and line. Demonyms (``lexicons/demonyms.tsv``) map adjectives such as
``الروسي`` to their country.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rapidfuzz import fuzz, process

from khabar.document import ENTITY_TYPES
from khabar.lexicon import LexiconError, packaged
from khabar.text.normalize import normalize
from khabar.text.tokenize import segment

#: the sector of news media, which report what others do
MEDIA_SECTOR = "MED"
SECTORS = frozenset({"GOV", "MIL", "REB", "IGO", "NGO", MEDIA_SECTOR, "BUS", "PTY", "REL", "EDU", "SPT"})
#: the role codes of a state's or a movement's leader (PRES:SYR, KING:JOR)
LEADER_ROLES = ("LEADER", "PRES", "KING", "EMIR", "SULTAN")
ROLE_CODES = frozenset(
    {"PRES", "KING", "EMIR", "SULTAN", "LEADER", "POPE", "PM", "VP", "CP", "FM", "DEF", "SG"}
)
COLUMNS = ("id", "type", "english", "wikidata", "country", "sector", "aliases", "roles", "metonym_of")
USER_SUFFIXES = (".tsv", ".jsonl", ".json")
DEFAULT_USER_DIR = "~/.local/share/khabar/kb"

_ID = re.compile(r"^[a-z]+:\S+$")
_QID = re.compile(r"^Q[1-9][0-9]*$")
_ISO3 = re.compile(r"^[A-Z]{3}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ROLE = re.compile(r"^(?P<code>[A-Z]+):(?P<scope>[A-Za-z0-9_:.-]+)@(?P<start>[0-9-]*)\.\.(?P<end>[0-9-]*)$")
_PUNCT = re.compile(r"[^\w\s+]|_")
_SPACES = re.compile(r"\s+")
_NON_SLUG = re.compile(r"[^a-z0-9]+")
#: folded in the loose key: letters that transliterations of foreign names swap (g ج/غ/ك, v ف/ڤ, p ب/پ)
_LOOSE = str.maketrans({"غ": "ج", "ڠ": "ج", "گ": "ج", "ڤ": "ف", "پ": "ب", "چ": "ج", " ": None, "-": None})
#: shortest loose key looked up as a spelling variant, and shortest one matched fuzzily (one edit in a
#: five- or six-letter name is another name: بيونج is not بيتونج)
_VARIANT_MIN_LEN = 5
_FUZZY_MIN_LEN = 7


class KBError(LexiconError):
    """A malformed knowledge-base file (the message names the file and line)."""


@dataclass(frozen=True, slots=True)
class Role:
    """An office held between two dates (ISO strings; ``None`` = open): ``PRES:RUS@2012-05-07..``."""

    code: str
    scope: str
    start: str | None = None
    end: str | None = None

    def holds(self, date: str) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date < self.end)

    def __str__(self) -> str:
        return f"{self.code}:{self.scope}@{self.start or ''}..{self.end or ''}"


@dataclass(frozen=True, slots=True)
class KBEntry:
    id: str
    type: str
    name_en: str
    wikidata: str | None = None
    country: str | None = None
    sector: str | None = None
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    metonym_of: str | None = None
    #: how likely the entry is a priori among same-named candidates (0..1)
    prior: float = 0.5


@dataclass(frozen=True, slots=True)
class Candidate:
    entry: KBEntry
    #: ``exact``, ``article`` (with/without ال), ``variant`` (spacing, g/j letters, long a) or ``fuzzy``
    how: str
    #: match quality, 0..1
    quality: float


#: how the ids of places begin, a country's the prefix and its ISO code alone (``geo:MAR``)
GEO_ID_PREFIX = "geo:"
#: how the ids of cities begin (``geo:city:CHN:beijing``)
CITY_ID_PREFIX = GEO_ID_PREFIX + "city:"
#: how the ids of regions, seas and gulfs begin (``geo:region:XXX:red-sea``)
REGION_ID_PREFIX = GEO_ID_PREFIX + "region:"
#: how the ids of continents begin (``geo:continent:africa``)
CONTINENT_ID_PREFIX = GEO_ID_PREFIX + "continent:"


def country_id(code: str) -> str:
    """The KB id of the country with ISO ``code`` (``MAR`` → ``geo:MAR``)."""
    return GEO_ID_PREFIX + code


def country_code(kb_id: str | None) -> str | None:
    """The ISO code of a country's KB id (``geo:MAR`` → ``MAR``); None for any other id, a city's
    (``geo:city:MAR:rabat``), a region's or a body's."""
    if kb_id and kb_id.startswith(GEO_ID_PREFIX) and kb_id.count(":") == 1:
        return kb_id[len(GEO_ID_PREFIX) :]
    return None


@lru_cache(maxsize=65536)
def key(text: str) -> str:
    """The index key of a name: normalised, punctuation dropped, single spaces."""
    return _SPACES.sub(" ", _PUNCT.sub(" ", normalize(text))).strip()


#: the two spellings of "America" in its derived words, normalised (أميركي، أمريكي)
_AMERICA_SPELLINGS = (normalize("امريك"), normalize("اميرك"))


def spellings(k: str) -> tuple[str, ...]:
    """A key and its other spelling of America (``منظمة الدول الأمريكية`` / ``الأميركية``); () for none."""
    if not k:
        return ()
    a, b = _AMERICA_SPELLINGS
    other = k.replace(a, b) if a in k else k.replace(b, a)
    return (k, other) if other != k else (k,)


def loose_key(k: str) -> str:
    """A looser key for spelling variants: no spaces or hyphens, g/j and v/f folded, no medial alef."""
    s = k.translate(_LOOSE)
    return s[:1] + s[1:-1].replace("ا", "") + s[-1:] if len(s) > 2 else s


def without_proclitics(k: str) -> str:
    """A key whose first word loses its conjunction/preposition proclitics (``وللأمم`` → ``الامم``)."""
    first, _, rest = k.partition(" ")
    parts = segment(first)
    if not parts or parts[0][2] != "prefix":
        return k
    article = any(kind == "prefix" and form == "ال" for _, _, kind, form in parts)
    stem_at = next((s for s, _, kind, _ in parts if kind != "prefix"), len(first))
    core = ("ال" if article else "") + first[stem_at:]
    return f"{core} {rest}".strip() if len(core) > 1 else k


def bare(k: str) -> str:
    """A key without the article of its first word (``الكرملين`` → ``كرملين``)."""
    return k[2:] if k.startswith("ال") and len(k) > 4 else k


class KnowledgeBase:
    """Entries with an alias index (exact, article-less, loose and fuzzy lookup) and a role index."""

    def __init__(
        self, entries: Iterable[KBEntry], *, as_of: str, demonyms: dict[str, str] | None = None
    ) -> None:
        self.as_of = as_of
        self.entries: dict[str, KBEntry] = {}
        for e in entries:
            self.entries[e.id] = _merge(self.entries[e.id], e) if e.id in self.entries else e
        self.demonyms: dict[str, str] = dict(demonyms or {})
        exact: dict[str, list[str]] = {}
        loose: dict[str, list[str]] = {}
        self._roles: dict[tuple[str, str], list[tuple[Role, str]]] = {}
        for e in self.entries.values():
            for alias in (*e.aliases, e.name_en if e.type != "PER" or " " in e.name_en else ""):
                for k in spellings(key(alias)):
                    _add(exact, k, e.id)
                    _add(loose, loose_key(k), e.id)
            for r in e.roles:
                self._roles.setdefault((r.code, r.scope), []).append((r, e.id))
        self._exact = {k: tuple(v) for k, v in exact.items()}
        self._loose = {k: tuple(v) for k, v in loose.items()}
        buckets: dict[str, list[str]] = {}
        for lk in self._loose:
            if len(lk) >= _FUZZY_MIN_LEN - 1:
                buckets.setdefault(lk[0], []).append(lk)
        self._buckets = buckets
        self.lookup = lru_cache(maxsize=65536)(self._lookup)

    def get(self, entry_id: str) -> KBEntry | None:
        return self.entries.get(entry_id)

    def exact(self, text: str) -> list[KBEntry]:
        """Entries with an alias equal to ``text`` after normalisation."""
        return [self.entries[i] for i in self._exact.get(key(text), ())]

    def _lookup(self, text: str, fuzzy_threshold: float = 90.0) -> tuple[Candidate, ...]:
        """Candidates for a mention text, best match kind first; cached per text."""
        k = key(text)
        if not k:
            return ()
        found: dict[str, Candidate] = {}

        def take(ids: Iterable[str], how: str, quality: float) -> None:
            for i in ids:
                if i not in found or found[i].quality < quality:
                    found[i] = Candidate(self.entries[i], how, quality)

        take(self._exact.get(k, ()), "exact", 1.0)
        stripped = without_proclitics(k)
        for alt in {bare(k), "ال" + k, stripped, bare(stripped)} - {k}:
            take(self._exact.get(alt, ()), "article", 0.95)
        head, _, rest = stripped.partition(" ")
        if not found and rest and head in _KIND_KEYS:
            # منظمة أطباء بلا حدود: an organisation's alias after a word for its kind
            take((i for i in self._exact.get(rest, ()) if self.entries[i].type == "ORG"), "kind", 0.9)
        if found:
            return tuple(sorted(found.values(), key=lambda c: -c.quality))
        lk = loose_key(k)
        if len(lk) >= _VARIANT_MIN_LEN:
            take(self._loose.get(lk, ()), "variant", 0.9)
            take(self._loose.get(loose_key(bare(stripped)), ()), "variant", 0.85)
        if not found and len(lk) >= _FUZZY_MIN_LEN:
            choices = self._buckets.get(lk[0], [])
            for match, score, _ in process.extract(
                lk, choices, scorer=fuzz.ratio, score_cutoff=fuzzy_threshold, limit=5
            ):
                take(self._loose[match], "fuzzy", 0.85 * score / 100)
        return tuple(sorted(found.values(), key=lambda c: -c.quality))

    def holder(self, code: str, scope: str, date: str | None = None) -> KBEntry | None:
        """Who held role ``code`` for ``scope`` (ISO3 or KB id) on ``date`` (default: the KB's as-of date)."""
        when = date or self.as_of
        holders = [i for r, i in self._roles.get((code, scope), ()) if r.holds(when)]
        return self.entries[holders[0]] if len(set(holders)) == 1 else None

    def holders(self, code: str, scope: str) -> list[KBEntry]:
        """Everyone who held role ``code`` for ``scope`` at some time, in KB order."""
        ids = dict.fromkeys(i for _, i in self._roles.get((code, scope), ()))
        return [self.entries[i] for i in ids]

    def has_role(self, entry_id: str, codes: Iterable[str]) -> bool:
        entry = self.entries.get(entry_id)
        wanted = set(codes)
        return entry is not None and any(r.code in wanted for r in entry.roles)

    def search(self, name: str) -> list[KBEntry]:
        """Entries matching ``name`` as an id, alias, variant or English name (for ``khabar kb show``)."""
        if name in self.entries:
            return [self.entries[name]]
        hits = {c.entry.id: c.entry for c in self.lookup(name)}
        low = name.strip().lower()
        if low:
            for e in self.entries.values():
                if low == e.name_en.lower() or (len(low) > 3 and low in e.name_en.lower()):
                    hits.setdefault(e.id, e)
        return list(hits.values())


def _add(index: dict[str, list[str]], k: str, entry_id: str) -> None:
    ids = index.setdefault(k, [])
    if entry_id not in ids:
        ids.append(entry_id)


def _merge(old: KBEntry, new: KBEntry) -> KBEntry:
    """``new`` (a later source) adds aliases and roles to ``old`` and overrides the fields it fills."""
    return replace(
        old,
        type=new.type or old.type,
        name_en=new.name_en or old.name_en,
        wikidata=new.wikidata or old.wikidata,
        country=new.country or old.country,
        sector=new.sector or old.sector,
        aliases=tuple(dict.fromkeys((*old.aliases, *new.aliases))),
        roles=tuple(dict.fromkeys((*old.roles, *new.roles))),
        metonym_of=new.metonym_of or old.metonym_of,
    )


# ---------------------------------------------------------------- parsing entries


def _roles(value: object, where: str) -> tuple[Role, ...]:
    items = value.split("|") if isinstance(value, str) else value
    if not isinstance(items, list | tuple):
        raise KBError(f"{where}: roles must be a list or a '|'-separated string")
    out = []
    for item in items:
        text = item.strip() if isinstance(item, str) else item
        if not text:
            continue
        if isinstance(text, dict):
            text = f"{text.get('role', '')}@{text.get('start') or ''}..{text.get('end') or ''}"
        m = _ROLE.match(str(text))
        if not m or m["code"] not in ROLE_CODES:
            raise KBError(
                f"{where}: bad role {text!r} (want CODE:SCOPE@START..END, CODE one of "
                f"{' '.join(sorted(ROLE_CODES))})"
            )
        start, end = m["start"] or None, m["end"] or None
        for d in (start, end):
            if d is not None and not _DATE.match(d):
                raise KBError(f"{where}: bad date {d!r} in role {text!r} (want YYYY-MM-DD)")
        out.append(Role(m["code"], m["scope"], start, end))
    return tuple(out)


def entry_from_fields(values: dict[str, object], where: str, known: frozenset[str] = frozenset()) -> KBEntry:
    """Validate one entry (``where`` is ``FILE:LINE``); entries with ``known`` ids may omit type/english."""
    unknown = sorted(set(values) - set(COLUMNS))
    if unknown:
        raise KBError(f"{where}: unknown field(s) {', '.join(unknown)}; fields: {', '.join(COLUMNS)}")

    def text(name: str) -> str:
        v = values.get(name)
        if v is None:
            return ""
        if not isinstance(v, str):
            raise KBError(f"{where}: {name} must be a string")
        return v.strip()

    entry_id = text("id")
    if not _ID.match(entry_id):
        raise KBError(f"{where}: bad id {entry_id!r} (want PREFIX:NAME, e.g. per:vladimir_putin)")
    etype, english = text("type"), text("english")
    if entry_id not in known and not (etype and english):
        raise KBError(f"{where}: a new entry needs a type and an English name")
    if etype and etype not in ENTITY_TYPES:
        raise KBError(f"{where}: bad type {etype!r} (one of {' '.join(ENTITY_TYPES)})")
    qid, country, sector, meto = text("wikidata"), text("country"), text("sector"), text("metonym_of")
    if qid and not _QID.match(qid):
        raise KBError(f"{where}: bad Wikidata id {qid!r} (want Q followed by digits)")
    if country and not _ISO3.match(country):
        raise KBError(f"{where}: bad country {country!r} (want an ISO 3166 alpha-3 code)")
    if sector and sector not in SECTORS:
        raise KBError(f"{where}: bad sector {sector!r} (one of {' '.join(sorted(SECTORS))})")
    if meto and not _ISO3.match(meto):
        raise KBError(f"{where}: bad metonym_of {meto!r} (want an ISO 3166 alpha-3 code)")
    raw_aliases = values.get("aliases") or ()
    aliases = raw_aliases.split("|") if isinstance(raw_aliases, str) else raw_aliases
    if not isinstance(aliases, list | tuple) or not all(isinstance(a, str) for a in aliases):
        raise KBError(f"{where}: aliases must be a list of strings or a '|'-separated string")
    return KBEntry(
        id=entry_id,
        type=etype,
        name_en=english,
        wikidata=qid or None,
        country=country or None,
        sector=sector or None,
        aliases=tuple(a.strip() for a in aliases if a.strip()),
        roles=_roles(values.get("roles") or (), where),
        metonym_of=meto or None,
        prior=0.6,
    )


def parse_tsv_entries(text: str, origin: str, known: frozenset[str] = frozenset()) -> list[KBEntry]:
    """Entries of a TSV file in the actors.tsv format."""
    out: list[KBEntry] = []
    for lineno, cols in _tsv_rows(text, origin, len(COLUMNS)):
        out.append(entry_from_fields(dict(zip(COLUMNS, cols, strict=False)), f"{origin}:{lineno}", known))
    return out


def _tsv_rows(text: str, origin: str, max_cols: int) -> Iterator[tuple[int, list[str]]]:
    """Non-comment lines split on TABs, with the column-count check of :mod:`khabar.lexicon`."""
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) > max_cols or not cols[0]:
            raise KBError(f"{origin}:{lineno}: expected 1-{max_cols} TAB-separated columns, got {len(cols)}")
        yield lineno, cols


def parse_json_entries(text: str, origin: str, known: frozenset[str] = frozenset()) -> list[KBEntry]:
    """Entries of a JSON Lines file (one object a line) or a JSON array (errors name the entry)."""
    items: list[tuple[str, object]] = []
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise KBError(f"{origin}:{exc.lineno}: invalid JSON: {exc.msg}") from exc
        items = [(f"{origin}: entry {n}", obj) for n, obj in enumerate(data, 1)]
    else:
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                items.append((f"{origin}:{lineno}", json.loads(line)))
            except json.JSONDecodeError as exc:
                raise KBError(f"{origin}:{lineno}: invalid JSON: {exc.msg}") from exc
    out = []
    for where, obj in items:
        if not isinstance(obj, dict):
            raise KBError(f"{where}: expected a JSON object")
        values = dict(obj)
        if "name_en" in values and "english" not in values:
            values["english"] = values.pop("name_en")
        out.append(entry_from_fields(values, where, known))
    return out


def read_user_file(path: str | Path, known: frozenset[str] = frozenset()) -> list[KBEntry]:
    """Validated entries of one user KB file (``.tsv``, ``.jsonl`` or ``.json``)."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise KBError(f"{p}: cannot read knowledge-base file: {exc}") from exc
    if p.suffix.lower() == ".tsv":
        return parse_tsv_entries(text, str(p), known)
    if p.suffix.lower() in (".jsonl", ".json"):
        return parse_json_entries(text, str(p), known)
    raise KBError(f"{p}: unsupported knowledge-base file type (use {', '.join(USER_SUFFIXES)})")


# ---------------------------------------------------------------- packaged sources


def _kb_text(name: str) -> str:
    return resources.files("khabar").joinpath("data", "kb", name).read_text(encoding="utf-8")


def _header_value(text: str, name: str) -> str | None:
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        if line[1:].strip().startswith(f"{name}:"):
            return line.split(":", 1)[1].strip()
    return None


def _slug(text: str) -> str:
    s = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return _NON_SLUG.sub("_", s.replace("'", "").replace("’", "")).strip("_") or "x"


#: words for a kind of organisation that may open its name before an alias without them (منظمة أطباء
#: بلا حدود), as keys
_KIND_KEYS = frozenset(key(w) for w in ("منظمة", "حركة", "جمعية", "مؤسسة", "وكالة", "شركة", "مجموعة"))


@lru_cache(maxsize=1)
def _curated_places() -> frozenset[tuple[str, str]]:
    return frozenset((r[2], r[3]) for r in packaged("places_curated.tsv", 4, 4))


def place_entries() -> list[KBEntry]:
    """GPE/LOC entries built from ``places.tsv`` (one per type+English name+country)."""
    origin = "khabar/data/kb/place_wikidata.tsv"
    qids = {cols[0]: cols[1] for _, cols in _tsv_rows(_kb_text("place_wikidata.tsv"), origin, 2)}
    groups: dict[tuple[str, str, str], list[str]] = {}
    for arabic, ptype, english, iso in packaged("places.tsv", 4, 4):
        groups.setdefault((ptype, english, iso), []).append(arabic)
    curated = _curated_places()
    out: list[KBEntry] = []
    used: set[str] = set()
    for (ptype, english, iso), aliases in groups.items():
        country = iso if _ISO3.match(iso) else None
        if ptype == "COUNTRY":
            entry_id, qid, prior = country_id(iso), qids.get(iso), 1.0
        elif ptype == "CONTINENT":
            entry_id, qid, prior = CONTINENT_ID_PREFIX + _slug(english), None, 0.7
        else:
            kind = "city" if ptype == "CITY" else "region"
            entry_id = f"{GEO_ID_PREFIX}{kind}:{iso if country else 'XXX'}:{_slug(english)}"
            qid = qids.get(f"{english}@{iso}")
            prior = (0.75 if qid else 0.45) if ptype == "CITY" else 0.55
        if (english, iso) in curated:
            prior += 0.1
        if entry_id in used:
            entry_id = f"{entry_id}:{_slug(english)}"
        used.add(entry_id)
        out.append(
            KBEntry(
                id=entry_id,
                type="LOC" if ptype == "CONTINENT" else "GPE",
                name_en=english,
                wikidata=qid,
                country=country,
                aliases=tuple(aliases),
                prior=prior,
            )
        )
    return out


def actor_entries() -> tuple[list[KBEntry], str]:
    """The curated people and organisations of ``kb/actors.tsv`` and the file's as-of date."""
    text = _kb_text("actors.tsv")
    entries = [replace(e, prior=0.7) for e in parse_tsv_entries(text, "khabar/data/kb/actors.tsv")]
    return entries, _header_value(text, "as_of") or "1970-01-01"


def demonyms() -> dict[str, str]:
    out: dict[str, str] = {}
    for arabic, iso in packaged("demonyms.tsv", 2, 2):
        out.setdefault(key(arabic), iso)
    return out


def user_dir(explicit: str | None = None) -> Path:
    """The user KB directory: ``explicit``, else ``$KHABAR_KB_DIR``, else ``~/.local/share/khabar/kb``."""
    return Path(explicit or os.environ.get("KHABAR_KB_DIR") or DEFAULT_USER_DIR).expanduser()


def user_files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        return []
    return sorted(p for p in directory.iterdir() if p.is_file() and p.suffix.lower() in USER_SUFFIXES)


@lru_cache(maxsize=1)
def _packaged() -> tuple[tuple[KBEntry, ...], str, dict[str, str]]:
    actors, as_of = actor_entries()
    return (*place_entries(), *actors), as_of, demonyms()


@lru_cache(maxsize=8)
def _load(files: tuple[str, ...], directory: str) -> KnowledgeBase:
    entries, as_of, dem = _packaged()
    known = {e.id for e in entries}
    extra: list[KBEntry] = []
    for path in (*user_files(Path(directory)), *map(Path, files)):
        got = read_user_file(path, frozenset(known))
        known.update(e.id for e in got)
        extra.extend(got)
    return KnowledgeBase((*entries, *extra), as_of=as_of, demonyms=dem)


def load_kb(files: Sequence[str] = (), directory: str | None = None) -> KnowledgeBase:
    """The packaged KB plus the user KB directory plus ``files`` (cached: built once per process)."""
    return _load(tuple(str(f) for f in files), str(user_dir(directory)))


@lru_cache(maxsize=1)
def packaged_kb() -> KnowledgeBase:
    """The packaged KB alone (no user files)."""
    entries, as_of, dem = _packaged()
    return KnowledgeBase(entries, as_of=as_of, demonyms=dem)


def iter_rows(entries: Iterable[KBEntry]) -> Iterator[str]:
    """Entries as actors.tsv lines (for ``khabar kb add``)."""
    for e in entries:
        yield "\t".join(
            (
                e.id,
                e.type,
                e.name_en,
                e.wikidata or "",
                e.country or "",
                e.sector or "",
                "|".join(e.aliases),
                "|".join(str(r) for r in e.roles),
                e.metonym_of or "",
            )
        ).rstrip("\t")
