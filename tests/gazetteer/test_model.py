"""Who a role-only mention means, and which office names a person on a day."""

import datetime as dt

import pytest

from kg.gazetteer.model import COUNTRY, ORGANIZATION, PERSON, ROLE_NS, Entity, Gazetteer, Position

PALESTINE, UN = "country/palestine", "organization/un"
PM, FM, KING, CP, DEF, SG = (ROLE_NS + r for r in ("prime-minister", "foreign-minister", "king", "crown-prince", "defence-minister", "secretary-general"))


def person(iri, *positions):
    return Entity(iri, PERSON, iri, positions=tuple(positions))


def office(role, start, end=None, seat=PALESTINE, label=None, organization=None):
    return Position(role, None if organization else seat, dt.date.fromisoformat(start), end and dt.date.fromisoformat(end), label, None, organization)


@pytest.fixture
def gazetteer():
    entities = [
        person("fayyad", office(PM, "2007-06-15", "2013-06-06")),
        person("haniyeh", office(PM, "2006-03-29", "2014-06-02", label="Prime Minister (Gaza government)"), office(ROLE_NS + "party-leader", "2017-05-06", "2024-07-31")),
        person("hamdallah", office(PM, "2013-06-06", "2019-04-13")),
        person("salman", office(CP, "2012-06-18", "2015-01-23"), office(DEF, "2011-11-05", "2015-01-23"), office(KING, "2015-01-23")),
        person("guterres", office(SG, "2017-01-01", organization=UN)),
    ]
    return Gazetteer({e.iri: e for e in entities})


@pytest.mark.parametrize(
    ("day", "expected"),
    [("2008-01-01", "fayyad"), ("2013-08-01", "hamdallah"), ("2006-06-01", "haniyeh"), ("2020-01-01", None)],
)
def test_a_role_only_mention_means_the_holder_of_the_office_itself(gazetteer, day, expected):
    found = gazetteer.holder(PM, PALESTINE, dt.date.fromisoformat(day))
    assert (found.iri if found else None) == expected


def test_an_office_of_an_organization_has_its_holder(gazetteer):
    assert gazetteer.holder(SG, UN, dt.date(2020, 5, 1)).iri == "guterres"
    assert gazetteer.holder(SG, PALESTINE, dt.date(2020, 5, 1)) is None


@pytest.mark.parametrize(
    ("day", "role"),
    [("2014-01-01", CP), ("2016-01-01", KING), ("2012-01-01", DEF), ("2010-01-01", DEF), (None, KING)],
)
def test_the_highest_office_held_names_the_person(gazetteer, day, role):
    assert gazetteer.position_of("salman", day and dt.date.fromisoformat(day)).role == role



def test_the_state_an_entity_belongs_to():
    states = Gazetteer({
        PALESTINE: Entity(PALESTINE, COUNTRY, "فلسطين"),
        "abbas": Entity("abbas", PERSON, "محمود عباس", country=PALESTINE),
        UN: Entity(UN, ORGANIZATION, "الأمم المتحدة"),
    })
    assert [states.country_of(iri) for iri in (PALESTINE, "abbas", UN, "nobody", None)] == [PALESTINE, PALESTINE, None, None, None]
