"""A seeded random sample of the people discovered in a corpus, for a human to judge.

    python scripts/people_sample.py CORPUS_DIR [--limit 3000] [-n 100] [--seed 7] [--jobs 2]
    python scripts/people_sample.py CORPUS_DIR --graph OUT/graph.ttl   # people of a built graph

Without --graph the corpus is run through the extraction API (analyse + extract_article), every
article and sentence (no prefilter: a build looks for people only near a call, so this judges
discovery on all the text), and the people are merged across articles as a build merges them
(first article wins). Each sampled person
is printed with the role and country the graph would give them and the sentence they came from.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import sys
from dataclasses import dataclass
from pathlib import Path

from kg.corpus import Article, CorpusError, load_metadata, read_article
from kg.gazetteer.loader import load_gazetteer
from kg.graph.iris import local_name, person_iri

NLP = None


@dataclass(frozen=True)
class Discovered:
    iri: str
    label: str
    role: str | None  # Arabic label of the role
    country: str | None  # local name of the country
    article_id: str
    sentence: str


def read_articles(folder: Path, limit: int | None) -> list[Article]:
    metadata = load_metadata(folder / "metadata.jsonl")
    articles = []
    for path in sorted(folder.glob("*.txt"))[:limit]:
        try:
            articles.append(read_article(path, metadata.get(path.stem)))
        except CorpusError as error:
            print(f"skipped: {error}", file=sys.stderr)
    return articles


def role_label(role: str | None) -> str | None:
    entity = load_gazetteer()[0].get(role)
    return entity.label_ar if entity else None


def people_of(article: Article) -> list[Discovered]:
    """The people an article discovers, each with the sentence of its title."""
    global NLP
    from kg.extract.article import extract_article
    from kg.pipeline.nlp import analyse, build_nlp

    NLP = NLP or build_nlp(prefilter=False)  # every sentence: discovery judged on all the text
    gazetteer = load_gazetteer()[0]
    doc = analyse(NLP, article.text, article.id, article.published)
    facts = extract_article(doc, article, gazetteer)
    sentences = {}
    for title in doc._.kg_titles or []:
        if title.name:
            sentences.setdefault(person_iri(doc[title.name[0] : title.name[1]].text), doc[title.name[0]].sent.text)
    return [
        Discovered(p.iri, p.label_ar, role_label(p.role), local_name(p.country) if p.country else None,
                   article.id, sentences.get(p.iri, "").strip())
        for p in facts.people
    ]


def discover(articles: list[Article], jobs: int) -> dict[str, Discovered]:
    found: dict[str, Discovered] = {}
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        for people in pool.imap(people_of, articles, chunksize=8):
            for person in people:
                found.setdefault(person.iri, person)
    return found


def from_graph(graph_path: Path, articles: list[Article]) -> dict[str, Discovered]:
    """The discovered people of a built graph: persons the gazetteer does not hold."""
    from rdflib import RDF, RDFS, Graph
    from rdflib.namespace import PROV

    from kg.vocab import KG

    gazetteer = load_gazetteer()[0]
    texts = {a.id: a.text for a in articles}
    graph = Graph().parse(graph_path)
    found = {}
    for node in sorted(set(graph.subjects(RDF.type, KG.Person))):
        if gazetteer.get(str(node)) is not None:
            continue
        label = str(graph.value(node, RDFS.label))
        roles = [str(r) for r in graph.objects(node, KG.role) if getattr(r, "language", None) == "ar"]
        country = graph.value(node, KG.country)
        article = min(local_name(str(a)) for a in graph.objects(node, PROV.wasDerivedFrom))
        found[str(node)] = Discovered(str(node), label, roles[0] if roles else None,
                                      local_name(str(country)) if country else None, article,
                                      sentence_with(texts.get(article, ""), label))
    return found


def sentence_with(text: str, label: str) -> str:
    at = text.find(label)
    if at < 0:
        return ""
    start = max(text.rfind(mark, 0, at) for mark in ".\n؟!") + 1
    ends = [e for e in (text.find(mark, at) for mark in ".\n؟!") if e >= 0]
    return text[start : min(ends) + 1 if ends else len(text)].strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=3000, help="the first N articles (by id)")
    parser.add_argument("-n", type=int, default=100, help="sample size")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--jobs", type=int, default=max(1, multiprocessing.cpu_count()))
    parser.add_argument("--graph", type=Path, help="read the people of this built graph instead of extracting")
    parser.add_argument("--all", action="store_true", help="print every discovered person, not a sample")
    args = parser.parse_args(argv)
    articles = read_articles(args.corpus, args.limit)
    people = from_graph(args.graph, articles) if args.graph else discover(articles, args.jobs)
    ranked = sorted(people.values(), key=lambda p: p.iri)
    sample = ranked if args.all else random.Random(args.seed).sample(ranked, min(args.n, len(ranked)))
    print(f"{len(people)} people discovered in {len(articles)} articles; {len(sample)} shown (seed {args.seed})\n")
    for number, person in enumerate(sample, 1):
        print(f"{number:3d}. {person.label} | role: {person.role or '-'} | country: {person.country or '-'}"
              f" | {local_name(person.iri)} | {person.article_id}")
        print(f"     {person.sentence}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
