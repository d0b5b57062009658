"""Small helpers shared by the tests."""


def slug(iri: str) -> str:
    """The last path segment of an IRI: `person/vladimir-putin` -> `vladimir-putin`."""
    return iri.rstrip("/").rsplit("/", 1)[-1]


def slugs(iris) -> frozenset[str]:
    return frozenset(slug(i) for i in iris)
