"""Small helpers shared by the tests."""


def slug(iri: str) -> str:
    """The last path segment of an IRI: `person/vladimir-putin` -> `vladimir-putin`."""
    return iri.rstrip("/").rsplit("/", 1)[-1]


def slugs(iris) -> frozenset[str]:
    return frozenset(slug(i) for i in iris)


def people(discover, text) -> list[tuple]:
    """(label, role slug, country slug) of the people a text's titles make known."""
    return [(p.label_ar, slug(p.role) if p.role else None, slug(p.country) if p.country else None) for p in discover(text).people]
