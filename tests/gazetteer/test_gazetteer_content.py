"""What the world gazetteer must know: every state, its people and who held which office when.

These tests fail when the data loses a state, a famous person's usual spelling or the right holder
of an office on a day; tests/gazetteer/test_gazetteer_data.py checks the shape of the files.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest
import rdflib
from rdflib import SKOS

from kg.extract.resolution import resolve_mentions
from kg.gazetteer.model import COUNTRY, ORGANIZATION, PERSON, ROLE_NS
from kg.pipeline.gazetteer_matcher import ENTITY_SPANS
from kg.pipeline.nlp import analyse

GAZETTEER = Path(__file__).resolve().parents[2] / "ontology" / "gazetteer"
COUNTRIES = rdflib.Graph().parse(GAZETTEER / "countries.ttl")
KGR = "https://w3id.org/arabic-news-kg/resource/"
# ISO 3166-1 alpha-2 codes of the 193 member states of the United Nations
UN_MEMBERS = """
AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA
CF TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE
DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KP KR KW KG LA LV LB
LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG
MK NO OM PK PW PA PG PY PE PH PL PT QA RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK SI SB SO
ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV UG UA AE GB US UY UZ VU VE VN YE ZM
ZW""".split()


def short(iri: str | None) -> str | None:
    return iri.rsplit("/", 1)[-1] if iri else None


def test_every_un_member_state_and_the_other_states_are_countries(gazetteer):
    countries = {entity.iri for entity in gazetteer.of_kind(COUNTRY)}
    assert len(countries) >= 198 and len(set(UN_MEMBERS)) == 193
    codes = Counter(str(code) for _, code in COUNTRIES.subject_objects(SKOS.notation))
    assert all(count == 1 for count in codes.values()), "an ISO code given to two countries"
    assert set(UN_MEMBERS) <= set(codes)
    assert {str(c) for c in COUNTRIES.subjects(SKOS.notation, None)} <= countries
    slugs = {short(country) for country in countries}
    assert {"palestine", "holy-see", "kosovo", "taiwan", "western-sahara"} <= slugs


def test_the_loader_reads_the_whole_gazetteer(gazetteer):
    people = gazetteer.of_kind(PERSON)
    assert len([p for p in people if p.positions]) >= 1500
    assert sum(len(p.positions) for p in people) >= 3500
    assert len(gazetteer.of_kind(ORGANIZATION)) >= 120
    spellings = sum(len(entity.labels_ar) for entity in gazetteer.entities.values())
    assert spellings >= 10000


def test_each_person_is_described_in_one_block_of_one_file():
    """Offices and spellings of a person live on one block: no second definition, no addition
    block in another file."""
    blocks: Counter[str] = Counter()
    for path in GAZETTEER.glob("*.ttl"):
        blocks.update(re.findall(r"^(person:[a-z0-9-]+)\s", path.read_text(encoding="utf-8"), re.M))
    repeated = {subject: n for subject, n in blocks.items() if n > 1}
    assert len(blocks) >= 3000 and not repeated


# (Arabic text, article date, the person a role-only mention means that day)
ROLE_ONLY = [
    ("الرئيس الصيني", "2015-06-01", "xi-jinping"),
    ("الرئيس الصيني", "2010-06-01", "hu-jintao"),
    ("ولي العهد السعودي", "2016-01-01", "muhammad-bin-nayef"),
    ("ولي العهد السعودي", "2018-01-01", "mohammed-bin-salman"),
    ("ولي ولي العهد السعودي", "2016-01-01", "mohammed-bin-salman"),
    ("العاهل السعودي", "2010-01-01", "abdullah-bin-abdulaziz"),
    ("الأمين العام للأمم المتحدة", "2006-06-01", "kofi-annan"),
    ("الأمين العام للأمم المتحدة", "2015-06-01", "ban-ki-moon"),
    ("الأمين العام للأمم المتحدة", "2020-06-01", "antonio-guterres"),
    ("الأمين العام لجامعة الدول العربية", "2008-06-01", "amr-moussa"),
    ("الأمين العام لجامعة الدول العربية", "2016-06-01", "nabil-elaraby"),
    ("الأمين العام لمجلس التعاون الخليجي", "2015-06-01", "abdullatif-al-zayani"),
    ("رئيس المفوضية الأوروبية", "2016-06-01", "jean-claude-juncker"),
    ("رئيسة المفوضية الأوروبية", "2021-06-01", "ursula-von-der-leyen"),
    ("رئيس المجلس الأوروبي", "2016-06-01", "donald-tusk"),
    ("رئيس مفوضية الاتحاد الأفريقي", "2020-06-01", "moussa-faki"),
    ("الأمين العام لحلف شمال الأطلسي", "2016-06-01", "jens-stoltenberg"),
    ("الأمين العام لحلف الناتو", "2025-06-01", "mark-rutte"),
    ("المدير العام لمنظمة الصحة العالمية", "2020-06-01", "tedros-adhanom-ghebreyesus"),
    ("المدير العام للوكالة الدولية للطاقة الذرية", "2015-06-01", "yukiya-amano"),
    ("الرئيس الأمريكي", "2007-06-01", "george-w-bush"),
    ("الرئيس الأمريكي", "2015-06-01", "barack-obama"),
    ("الرئيس الأمريكي", "2025-06-01", "donald-trump"),
    ("وزير الدفاع الأمريكي", "2016-06-01", "ash-carter"),
    ("رئيسة الوزراء البريطانية", "2022-10-01", "liz-truss"),
    ("رئيس الوزراء البريطاني", "2025-06-01", "keir-starmer"),
    ("المستشارة الألمانية", "2010-06-01", "angela-merkel"),
    ("المستشار الألماني", "2025-08-01", "friedrich-merz"),
    ("الرئيس الفرنسي", "2014-06-01", "francois-hollande"),
    ("الرئيس الروسي", "2010-06-01", "dmitry-medvedev"),
    ("رئيس الوزراء الروسي", "2010-06-01", "vladimir-putin"),
    ("الرئيس التركي", "2010-06-01", "abdullah-gul"),
    ("رئيس الوزراء التركي", "2015-06-01", "ahmet-davutoglu"),
    ("الرئيس الإيراني", "2022-06-01", "ebrahim-raisi"),
    ("وزير الخارجية الإيراني", "2016-06-01", "mohammad-javad-zarif"),
    ("المرشد الإيراني", "2015-06-01", "ali-khamenei"),
    ("المرشد الإيراني", "2026-06-01", "mojtaba-khamenei"),
    ("الرئيس المصري", "2012-09-01", "mohamed-morsi"),
    ("الرئيس المصري", "2013-10-01", "adly-mansour"),
    ("أمير الكويت", "2024-06-01", "mishal-al-ahmad-al-jaber-al-sabah"),
    ("السلطان العماني", "2015-06-01", "qaboos-bin-said"),
    ("الرئيس الإماراتي", "2023-06-01", "mohamed-bin-zayed"),
    ("الرئيس السوري", "2015-06-01", "bashar-al-assad"),
    ("الرئيس السوري", "2025-06-01", "ahmed-al-sharaa"),
    ("الرئيس اليمني", "2016-06-01", "abdrabbuh-mansur-hadi"),
    ("رئيس الوزراء الليبي", "2015-06-01", "abdullah-al-thinni"),
    ("رئيس الوزراء الليبي", "2024-06-01", "abdul-hamid-dbeibah"),
    ("رئيس الوزراء الإسرائيلي", "2022-09-01", "yair-lapid"),
    ("الرئيس التونسي", "2021-06-01", "kais-saied"),
    ("الرئيس النيجيري", "2016-06-01", "muhammadu-buhari"),
    ("رئيس جنوب أفريقيا", "2020-06-01", "cyril-ramaphosa"),
    ("الرئيس الكيني", "2020-06-01", "uhuru-kenyatta"),
    ("رئيس الوزراء الهندي", "2010-06-01", "manmohan-singh"),
    ("رئيس الوزراء الياباني", "2022-06-01", "fumio-kishida"),
    ("الرئيس الكوري الجنوبي", "2018-06-01", "moon-jae-in"),
    ("الرئيس الإندونيسي", "2024-06-01", "joko-widodo"),
    ("رئيس الوزراء الأسترالي", "2016-06-01", "malcolm-turnbull"),
    ("الرئيس البرازيلي", "2020-06-01", "jair-bolsonaro"),
    ("الرئيس المكسيكي", "2020-06-01", "andres-manuel-lopez-obrador"),
    ("الرئيس الأرجنتيني", "2016-06-01", "mauricio-macri"),
    ("الرئيس الأوكراني", "2020-06-01", "volodymyr-zelenskyy"),
]


@pytest.mark.parametrize(("title", "day", "expected"), ROLE_ONLY, ids=lambda v: str(v))
def test_a_role_only_mention_names_the_holder_on_the_day(nlp, gazetteer, title, day, expected):
    published = dt.date.fromisoformat(day)
    text = f"وقال {title} إن بلاده مستعدة للحوار."
    doc = analyse(nlp, text, "t", published)
    mentions = [m for m in resolve_mentions(doc, gazetteer, "t", published).mentions if m.via == "title"]
    assert [[short(a) for a in m.actors] for m in mentions] == [[expected]]


# Offices of a region below the state (kg:jurisdiction) and of organisations, by their seat
BY_SEAT = [
    ("crown-prince", "region/abu-dhabi", "2015-06-01", "mohamed-bin-zayed"),
    ("crown-prince", "region/abu-dhabi", "2022-05-20", None),
    ("crown-prince", "region/abu-dhabi", "2024-06-01", "khaled-bin-mohamed-bin-zayed"),
    ("crown-prince", "region/dubai", "2015-06-01", "hamdan-bin-mohammed-al-maktoum"),
    ("crown-prince", "country/united-arab-emirates", "2015-06-01", None),
    ("president", "region/kurdistan-region", "2015-06-01", "masoud-barzani"),
    ("president", "region/kurdistan-region", "2020-06-01", "nechirvan-barzani"),
    ("prime-minister", "region/kurdistan-region", "2021-06-01", "masrour-barzani"),
    ("president", "country/iraq", "2015-06-01", "fuad-masum"),
    ("presidential-council-chairman", "region/sanaa", "2020-06-01", "mahdi-al-mashat"),
    ("un-envoy", "country/syria", "2016-06-01", "staffan-de-mistura"),
    ("un-envoy", "country/syria", "2020-06-01", "geir-pedersen"),
    ("un-envoy", "country/syria", "2025-11-01", None),
    ("high-representative", "organization/european-union", "2016-06-01", "federica-mogherini"),
    ("president", "organization/african-union-commission", "2025-06-01", "mahmoud-ali-youssouf"),
    ("supreme-leader", "country/iran", "2026-03-01", None),
    ("defence-minister", "country/france", "2025-09-20", "sebastien-lecornu"),
]


@pytest.mark.parametrize(("role", "seat", "day", "expected"), BY_SEAT, ids=lambda v: str(v))
def test_the_holder_of_an_office_by_its_seat(gazetteer, role, seat, day, expected):
    found = gazetteer.holder(ROLE_NS + role, KGR + seat, dt.date.fromisoformat(day))
    assert short(found.iri if found else None) == expected


# A person holding several offices is named by the highest one (ROLE_RANK)
HIGHEST_OFFICE = [
    ("salman-bin-abdulaziz", "2016-06-01", "king"),
    ("salman-bin-abdulaziz", "2013-06-01", "crown-prince"),
    ("mohammed-bin-salman", "2023-06-01", "crown-prince"),
    ("mohammed-bin-rashid", "2015-06-01", "prime-minister"),
    ("benjamin-netanyahu", "2016-06-01", "prime-minister"),
    ("abdul-hamid-dbeibah", "2022-06-01", "prime-minister"),
    ("abdullah-bin-zayed", "2025-06-01", "foreign-minister"),
    ("sebastien-lecornu", "2025-09-20", "prime-minister"),
    ("charles-iii", "2023-06-01", "king"),
]


@pytest.mark.parametrize(("person", "day", "role"), HIGHEST_OFFICE, ids=lambda v: str(v))
def test_the_highest_office_held_names_the_person(gazetteer, person, day, role):
    position = gazetteer.position_of(KGR + "person/" + person, dt.date.fromisoformat(day))
    assert position is not None and position.role == ROLE_NS + role
