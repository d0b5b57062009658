"""A synthetic graph.ttl in the shape `kg build` writes, for benchmarking the explorer.

    python scripts/synthetic_graph.py output/synthetic.ttl [--actors 5000] [--calls 15000] [--seed 13]

Deterministic for a seed. Actors are persons (a third with an Arabic label only),
organisations and countries; call participants are drawn from a power law (a few
actors take part in many calls), every actor in at least one call; dates run over
2015–2026 (a tenth of the calls undated), 60% of the calls name an initiator; calls
are about regions (and sometimes agreements); agreements cover regions and have
countries as parties. Every call and agreement has an Arabic evidence sentence.
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, XSD

from kg.vocab import KG, KGR, resource

SYLLABLES = [("ka", "كا"), ("ri", "ري"), ("mo", "مو"), ("la", "لا"), ("sa", "سا"), ("din", "دين"),
             ("har", "هار"), ("bu", "بو"), ("tel", "تل"), ("nas", "ناس"), ("yu", "يو"), ("fa", "فا"),
             ("zan", "زان"), ("ah", "أح"), ("im", "إم"), ("ru", "رو"), ("mir", "مير"), ("sel", "سل"),
             ("ta", "طا"), ("qo", "قو"), ("wan", "وان"), ("ham", "حام"), ("di", "دي"), ("na", "نى")]
START, END = date(2015, 1, 1), date(2026, 6, 30)


@dataclass(frozen=True)
class Entity:
    iri: URIRef
    ar: str
    en: str | None


@dataclass(frozen=True)
class Sizes:
    actors: int = 5000
    calls: int = 15000
    countries: int = 60
    organizations: int = 300
    regions: int = 400
    agreements: int = 150


def _name(rng: random.Random, parts: int) -> tuple[str, str]:
    picked = [rng.choice(SYLLABLES) for _ in range(parts)]
    return "".join(p[0] for p in picked).capitalize(), "".join(p[1] for p in picked)


def _entities(rng: random.Random, kind: str, count: int, parts: tuple[int, int], en_share: float) -> list[Entity]:
    out = []
    for i in range(count):
        names = [_name(rng, rng.randint(*parts)) for _ in range(2 if kind == "person" else 1)]
        en = " ".join(n[0] for n in names)
        ar = " ".join(n[1] for n in names)
        out.append(Entity(resource(kind, f"{en.lower().replace(' ', '-')}-{i}"), ar,
                          en if rng.random() < en_share else None))
    return out


def _label(graph: Graph, entity: Entity, *classes: URIRef) -> None:
    for cls in classes:
        graph.add((entity.iri, RDF.type, cls))
    graph.add((entity.iri, RDFS.label, Literal(entity.ar, lang="ar")))
    if entity.en:
        graph.add((entity.iri, RDFS.label, Literal(entity.en, lang="en")))


def _evidence(graph: Graph, subject: URIRef, serial: int, quote: str, published: date | None) -> None:
    article_id = f"{serial:06d}_{serial * 2654435761 % 16**12:012x}"
    article = resource("article", article_id)
    evidence = resource("evidence", f"{article_id}-0-{len(quote)}")
    graph.add((article, RDF.type, KG.Article))
    graph.add((article, DCTERMS.identifier, Literal(article_id)))
    if published:
        graph.add((article, DCTERMS.date, Literal(published.isoformat(), datatype=XSD.date)))
    for p, o in ((RDF.type, KG.Evidence), (KG.quote, Literal(quote, lang="ar")), (KG.article, article),
                 (KG.start, Literal(0)), (KG.end, Literal(len(quote)))):
        graph.add((evidence, p, o))
    graph.add((subject, KG.evidence, evidence))
    graph.add((subject, PROV.wasDerivedFrom, article))


def _places(graph: Graph, rng: random.Random, sizes: Sizes) -> tuple[list[Entity], list[Entity], list[Entity]]:
    countries = _entities(rng, "country", sizes.countries, (2, 3), 1.0)
    regions = _entities(rng, "region", sizes.regions, (2, 3), 0.8)
    agreements = _entities(rng, "agreement", sizes.agreements, (2, 2), 0.9)
    for c in countries:
        _label(graph, c, KG.Country, KG.Region, KG.Actor)
    for r in regions:
        _label(graph, r, KG.Region)
        graph.add((r.iri, KG.partOf, rng.choice(countries).iri))
    for i, a in enumerate(agreements):
        _label(graph, a, KG.Agreement)
        covered = rng.sample(regions, rng.randint(1, 3))
        for r in covered:
            graph.add((a.iri, KG.covers, r.iri))
        for c in rng.sample(countries, rng.randint(2, 4)):
            graph.add((a.iri, KG.party, c.iri))
        quote = f"ينص {a.ar} على وقف إطلاق النار في {covered[0].ar}."
        _evidence(graph, a.iri, 900_000 + i, quote, None)
    return countries, regions, agreements


def _actors(graph: Graph, rng: random.Random, sizes: Sizes, countries: list[Entity]) -> list[Entity]:
    orgs = _entities(rng, "organization", sizes.organizations, (2, 3), 0.9)
    people = _entities(rng, "person", sizes.actors - sizes.organizations - sizes.countries, (2, 3), 0.66)
    for o in orgs:
        _label(graph, o, KG.Organization, KG.Actor)
        graph.add((o.iri, KG.country, rng.choice(countries).iri))
    for p in people:
        _label(graph, p, KG.Person, KG.Actor)
        graph.add((p.iri, KG.role, Literal(rng.choice(["وزير الخارجية", "الرئيس", "وزير الدفاع", "المبعوث"]), lang="ar")))
        graph.add((p.iri, KG.country, rng.choice(countries).iri))
    actors = people + orgs + countries
    rng.shuffle(actors)
    return actors


def _call(graph: Graph, rng: random.Random, serial: int, people: list[Entity], topics: list[Entity]) -> None:
    day = START + timedelta(days=rng.randrange((END - START).days)) if rng.random() < 0.9 else None
    stamp = day.isoformat() if day else "undated"
    call = resource("call", f"{stamp}-{serial:05d}")
    graph.add((call, RDF.type, KG.PhoneCall))
    for p in people:
        graph.add((call, KG.participant, p.iri))
        for q in people:
            if q != p:
                graph.add((p.iri, KG.spokeWith, q.iri))
    if rng.random() < 0.6:
        graph.add((call, KG.initiator, people[0].iri))
        for q in people[1:]:
            graph.add((people[0].iri, KG.called, q.iri))
    if day:
        graph.add((call, KG.date, Literal(day.isoformat(), datatype=XSD.date)))
    for t in topics:
        graph.add((call, KG.about, t.iri))
    quote = f"أجرى {people[0].ar} اتصالا هاتفيا مع {people[1].ar} بحثا خلاله الأوضاع في {topics[0].ar}."
    _evidence(graph, call, serial, quote, day + timedelta(days=1) if day else None)


def build(sizes: Sizes = Sizes(), seed: int = 13) -> Graph:
    """The synthetic graph (an Oxigraph-backed rdflib Graph)."""
    rng = random.Random(seed)
    graph = Graph(store="Oxigraph")
    graph.bind("kg", KG._NS)
    graph.bind("kgr", KGR)
    countries, regions, agreements = _places(graph, rng, sizes)
    actors = _actors(graph, rng, sizes, countries)
    actor_weights = [1 / (rank + 1) ** 0.85 for rank in range(len(actors))]
    region_weights = [1 / (rank + 1) ** 0.9 for rank in range(len(regions))]
    for serial in range(sizes.calls):
        first = actors[serial] if serial < len(actors) else rng.choices(actors, actor_weights)[0]
        others = [a for a in rng.choices(actors, actor_weights, k=2 if rng.random() < 0.08 else 1) if a != first]
        if not others:
            others = [actors[(actors.index(first) + 1) % len(actors)]]
        topics = list(dict.fromkeys(rng.choices(regions, region_weights, k=rng.randint(1, 2))))
        if rng.random() < 0.2:
            topics.append(rng.choice(agreements))
        people = [first] + list(dict.fromkeys(others))
        _call(graph, rng, serial, people, topics)
    return graph


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--actors", type=int, default=5000)
    parser.add_argument("--calls", type=int, default=15000)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    graph = build(Sizes(actors=args.actors, calls=args.calls), args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    graph.serialize(args.out, format="ox-turtle")
    print(f"{args.out}: {len(graph)} triples")


if __name__ == "__main__":
    main()
