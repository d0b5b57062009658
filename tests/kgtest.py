"""Small helpers shared by the tests."""

import datetime as dt

PUBLISHED = dt.date(2020, 3, 5)  # a Thursday: the publication date of the call test sentences


def slug(iri: str) -> str:
    """The last path segment of an IRI: `person/vladimir-putin` -> `vladimir-putin`."""
    return iri.rstrip("/").rsplit("/", 1)[-1]


def slugs(iris) -> frozenset[str]:
    return frozenset(slug(i) for i in iris)


def people(discover, text) -> list[tuple]:
    """(label, role slug, country slug) of the people a text's titles make known."""
    return [(p.label_ar, slug(p.role) if p.role else None, slug(p.country) if p.country else None) for p in discover(text).people]


def call(participants, initiators=()) -> tuple[frozenset, frozenset]:
    """A call as the tests compare it: (participant slugs, initiator slugs)."""
    return frozenset(participants), frozenset(initiators)


def calls_in(extract, text, published=PUBLISHED) -> set[tuple[frozenset, frozenset]]:
    """The calls `extract` finds in a text published on `published`."""
    return {call(slugs(c.participants), slugs(c.initiators)) for c in extract(text, published).calls}
