"""The packaged name lexicons and gazetteers: shape, allowed values, no duplicates, spot checks."""

from __future__ import annotations

from collections import Counter
from importlib import resources

import pytest

from khabar.lexicon import packaged
from khabar.text.normalize import normalize

# ISO 3166-1 alpha-3 (as of 2024), plus XKX, the code in common use for Kosovo.
_ISO3_CODES = """
    ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR BHR
    BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG COK COL
    COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK
    FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV
    HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO
    LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG
    MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN
    PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE
    SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO
    TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE XKX
"""
ISO3 = frozenset(_ISO3_CODES.split())

# file -> (number of columns, minimum number of rows)
FILES = {
    "places.tsv": (4, 2000),
    "places_curated.tsv": (4, 400),
    "demonyms.tsv": (2, 800),
    "person_titles.tsv": (2, 120),
    "person_given_names.tsv": (3, 800),
    "person_surnames.tsv": (2, 400),
    "org_keywords.tsv": (2, 100),
    "org_names.tsv": (3, 300),
    "facility_keywords.tsv": (2, 40),
    "construct_heads.tsv": (4, 40),
    "stance_words.tsv": (2, 40),
}

PLACE_TYPES = {"COUNTRY", "CITY", "REGION", "CONTINENT"}
ORG_KINDS = {"IGO", "GOV", "MIL", "PARTY", "ARMED", "MEDIA", "BUS", "NGO", "SPORT", "EDU"}
ORG_KEYWORD_KINDS = {"GOV", "MIL", "PARTY", "ORG", "EDU", "BUS", "MEDIA", "SPORT"}
TITLE_KINDS = {
    "head_of_state",
    "government",
    "minister",
    "royal",
    "honorific",
    "military",
    "official",
    "religious",
}


def rows(name: str) -> tuple[tuple[str, ...], ...]:
    ncols, _ = FILES[name]
    return packaged(name, ncols, ncols)


@pytest.mark.parametrize("name", sorted(FILES))
def test_loads_with_exact_columns_and_enough_rows(name):
    got = rows(name)
    assert len(got) >= FILES[name][1]
    for row in got:
        assert all(col for col in row), row  # no empty column


@pytest.mark.parametrize("name", sorted(FILES))
def test_versioned_utf8_no_stray_whitespace(name):
    text = resources.files("khabar").joinpath("data", "lexicons", name).read_text(encoding="utf-8")
    assert text.startswith("# version: 1\n")
    assert "\ufeff" not in text and "\r" not in text
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        assert line == line.strip(), repr(line)
        assert all(col == col.strip() for col in line.split("\t")), repr(line)
        assert "  " not in line, repr(line)


@pytest.mark.parametrize("name", sorted(FILES))
def test_no_duplicate_rows(name):
    counts = Counter(rows(name))
    assert [r for r, n in counts.items() if n > 1] == []


@pytest.mark.parametrize(
    "name",
    [
        "person_titles.tsv",
        "person_given_names.tsv",
        "org_keywords.tsv",
        "facility_keywords.tsv",
        "construct_heads.tsv",
        "stance_words.tsv",
    ],
)
def test_no_duplicate_keys_after_normalisation(name):
    counts = Counter(normalize(r[0]) for r in rows(name))
    assert [k for k, n in counts.items() if n > 1] == []


@pytest.mark.parametrize("name", sorted(FILES))
def test_first_column_is_arabic(name):
    for row in rows(name):
        assert any("\u0621" <= ch <= "\u064a" for ch in row[0]), row


@pytest.mark.parametrize("name", ["places.tsv", "places_curated.tsv"])
def test_places_types_and_codes(name):
    for arabic, kind, english, iso3 in rows(name):
        assert kind in PLACE_TYPES, (arabic, kind)
        assert iso3 == "-" or iso3 in ISO3, (arabic, iso3)
        assert english.isascii() or any(ch.isalpha() for ch in english), (arabic, english)
        if kind == "COUNTRY":
            assert iso3 in ISO3, arabic
        if kind == "CONTINENT":
            assert iso3 == "-", arabic


def test_places_no_duplicate_place_keys():
    counts = Counter((normalize(a), t, c) for a, t, _, c in rows("places.tsv"))
    assert [k for k, n in counts.items() if n > 1] == []


def test_curated_places_are_all_in_places():
    generated = {(normalize(a), t, c) for a, t, _, c in rows("places.tsv")}
    missing = [r for r in rows("places_curated.tsv") if (normalize(r[0]), r[1], r[3]) not in generated]
    assert missing == []


def test_every_country_code_has_a_country_row():
    countries = {c for _, t, _, c in rows("places.tsv") if t == "COUNTRY"}
    assert ISO3 - countries <= {"ATA"}  # Antarctica is listed as a CONTINENT


def test_demonym_codes():
    for arabic, iso3 in rows("demonyms.tsv"):
        assert iso3 in ISO3, (arabic, iso3)
    assert len({c for _, c in rows("demonyms.tsv")}) >= 80


def test_kinds():
    assert {k for _, k in rows("person_titles.tsv")} <= TITLE_KINDS
    assert {k for _, k in rows("org_keywords.tsv")} <= ORG_KEYWORD_KINDS
    assert {r[2] for r in rows("org_names.tsv")} <= ORG_KINDS
    assert all(r[1] in {"M", "F", "U"} and r[2] in {"ar", "foreign"} for r in rows("person_given_names.tsv"))
    assert all(r[1].isascii() or r[1][0].isalpha() for r in rows("person_surnames.tsv"))
    assert {p for _, p in rows("stance_words.tsv")} == {"blame", "praise"}


def _has(name: str, *expected: str) -> bool:
    """Whether ``name`` has a row equal to ``expected`` after its first (Arabic) column."""
    key = normalize(expected[0])
    return any(normalize(r[0]) == key and r[1:] == expected[1:] for r in rows(name))


@pytest.mark.parametrize(
    ("arabic", "kind", "iso3"),
    [
        ("روسيا", "COUNTRY", "RUS"),
        ("الولايات المتحدة", "COUNTRY", "USA"),
        ("الولايات المتحدة الأمريكية", "COUNTRY", "USA"),
        ("أمريكا", "COUNTRY", "USA"),
        ("كوريا الشمالية", "COUNTRY", "PRK"),
        ("كوريا الجنوبية", "COUNTRY", "KOR"),
        ("فلسطين", "COUNTRY", "PSE"),
        ("السعودية", "COUNTRY", "SAU"),
        ("مصر", "COUNTRY", "EGY"),
        ("الإمارات", "COUNTRY", "ARE"),
        ("بريطانيا", "COUNTRY", "GBR"),
        ("ساحل العاج", "COUNTRY", "CIV"),
        ("كوسوفو", "COUNTRY", "XKX"),
        ("بكين", "CITY", "CHN"),
        ("بيونغ يانغ", "CITY", "PRK"),
        ("بيونغيانغ", "CITY", "PRK"),
        ("بيونج يانج", "CITY", "PRK"),
        ("غزة", "CITY", "PSE"),
        ("خان يونس", "CITY", "PSE"),
        ("رفح", "CITY", "PSE"),
        ("حلب", "CITY", "SYR"),
        ("إدلب", "CITY", "SYR"),
        ("الموصل", "CITY", "IRQ"),
        ("خاركيف", "CITY", "UKR"),
        ("كييف", "CITY", "UKR"),
        ("طرابلس", "CITY", "LBY"),
        ("طرابلس", "CITY", "LBN"),
        ("عمان", "CITY", "JOR"),
        ("عمان", "COUNTRY", "OMN"),
        ("واشنطن", "CITY", "USA"),
        ("الدار البيضاء", "CITY", "MAR"),
        ("كورسك", "REGION", "RUS"),
        ("القرم", "REGION", "UKR"),
        ("دونباس", "REGION", "UKR"),
        ("كاليفورنيا", "REGION", "USA"),
        ("كردستان", "REGION", "IRQ"),
        ("الضفة الغربية", "REGION", "PSE"),
        ("أفريقيا", "CONTINENT", "-"),
        ("أوروبا", "CONTINENT", "-"),
        ("آسيا", "CONTINENT", "-"),
        ("الشرق الأوسط", "REGION", "-"),
    ],
)
def test_place_spot_checks(arabic, kind, iso3):
    key = normalize(arabic)
    assert any(normalize(a) == key and t == kind and c == iso3 for a, t, _, c in rows("places.tsv"))


@pytest.mark.parametrize(
    ("arabic", "iso3"),
    [
        ("الكورية الشمالية", "PRK"),
        ("الكوري الشمالي", "PRK"),
        ("الكوريين الشماليين", "PRK"),
        ("الروسي", "RUS"),
        ("الروسية", "RUS"),
        ("الروس", "RUS"),
        ("الأمريكي", "USA"),
        ("الأميركي", "USA"),
        ("الأمريكيين", "USA"),
        ("الصيني", "CHN"),
        ("الأوكرانية", "UKR"),
        ("الإسرائيلي", "ISR"),
        ("الفلسطينيين", "PSE"),
        ("فلسطينيون", "PSE"),
        ("الأتراك", "TUR"),
        ("الجنوب أفريقية", "ZAF"),
        ("المغاربة", "MAR"),
        # the second name of a nationality in news Arabic (مجري / هنغاري، ميانماري / بورمي)
        ("الهنغاري", "HUN"),
        ("البورمية", "MMR"),
        # smaller African, Asian and South American states (الرئيس البنيني باتريس تالون)
        ("البنيني", "BEN"),
        ("السيراليونية", "SLE"),
        ("المالديفي", "MDV"),
        # Bangladesh's other nationality word (رئيسة الوزراء البنغالية حسينة واجد)
        ("البنغالية", "BGD"),
    ],
)
def test_demonym_spot_checks(arabic, iso3):
    assert _has("demonyms.tsv", arabic, iso3)


@pytest.mark.parametrize(
    ("arabic", "kind"),
    [
        ("الرئيس", "head_of_state"),
        ("رئيس الوزراء", "government"),
        ("وزير الخارجية", "minister"),
        ("الملك", "royal"),
        ("الأمير", "royal"),
        ("السيد", "honorific"),
        ("د.", "honorific"),
        ("الجنرال", "military"),
        ("العقيد", "military"),
        ("المتحدث باسم", "official"),
        ("الأمين العام", "official"),
        ("المرشح الرئاسي", "official"),
        ("البابا", "religious"),
    ],
)
def test_title_spot_checks(arabic, kind):
    assert _has("person_titles.tsv", arabic, kind)


@pytest.mark.parametrize(
    ("arabic", "gender", "origin"),
    [
        ("محمد", "M", "ar"),
        ("عبد الله", "M", "ar"),
        ("فاطمة", "F", "ar"),
        ("فلاديمير", "M", "foreign"),
        ("دونالد", "M", "foreign"),
        ("أنجيلا", "F", "foreign"),
        ("سيرغي", "M", "foreign"),
        ("سيرجي", "M", "foreign"),
        ("كيم", "U", "foreign"),
    ],
)
def test_given_name_spot_checks(arabic, gender, origin):
    assert _has("person_given_names.tsv", arabic, gender, origin)


@pytest.mark.parametrize(
    ("arabic", "english"),
    [
        ("بوتين", "Putin"),
        ("ترامب", "Trump"),
        ("نتنياهو", "Netanyahu"),
        ("أردوغان", "Erdoğan"),
        ("الأسد", "Assad"),
        ("زيلينسكي", "Zelensky"),
        ("لافروف", "Lavrov"),
        ("أوشاكوف", "Ushakov"),
    ],
)
def test_surname_spot_checks(arabic, english):
    assert _has("person_surnames.tsv", arabic, english)


@pytest.mark.parametrize(
    ("arabic", "kind"),
    [
        ("الأمم المتحدة", "IGO"),
        ("حلف شمال الأطلسي", "IGO"),
        ("الناتو", "IGO"),
        ("الكرملين", "GOV"),
        ("البيت الأبيض", "GOV"),
        ("البنتاغون", "GOV"),
        ("حماس", "ARMED"),
        ("حزب الله", "ARMED"),
        ("داعش", "ARMED"),
        ("أوبك", "IGO"),
        ("رويترز", "MEDIA"),
        ("أ ف ب", "MEDIA"),
        ("حركة فتح", "PARTY"),
    ],
)
def test_org_name_spot_checks(arabic, kind):
    key = normalize(arabic)
    assert any(normalize(a) == key and k == kind for a, _, k in rows("org_names.tsv"))


@pytest.mark.parametrize(
    ("name", "arabic"),
    [
        ("org_keywords.tsv", "وزارة"),
        ("org_keywords.tsv", "حزب"),
        ("org_keywords.tsv", "مصرف"),
        ("org_keywords.tsv", "الكونغرس"),
        ("facility_keywords.tsv", "مطار"),
        ("facility_keywords.tsv", "دار الضيافة"),
        ("facility_keywords.tsv", "مستشفى"),
        ("facility_keywords.tsv", "قاعدة"),
    ],
)
def test_keyword_spot_checks(name, arabic):
    assert normalize(arabic) in {normalize(r[0]) for r in rows(name)}


def test_lexicons_are_lean():
    total = sum(
        len(resources.files("khabar").joinpath("data", "lexicons", name).read_bytes()) for name in FILES
    )
    assert total < 5_000_000
