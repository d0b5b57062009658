"""`kg_gazetteer`: finds gazetteer entities, roles and nationality adjectives.

Patterns are generated at `initialize()` from the ontology's labels; each pattern id carries the
entity kind and IRI (`person|https://…/person/recep-tayyip-erdogan`). Matching runs on the
tokens' NORM (see `kg_normalizer`) with quote marks skipped, so `اتفاقية “سوتشي”` and
`ببوتين` match the labels `اتفاقية سوتشي` and `بوتين`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from kg.gazetteer.loader import load_gazetteer
from kg.gazetteer.model import AGREEMENT, COUNTRY, ORGANIZATION, PERSON, REGION, ROLE, ZONE_TYPE, Gazetteer
from kg.pipeline.normalizer import gazetteer_vocabulary
from kg.pipeline.vocabulary import content_keys, label_tokens, token_key

ENTITY_SPANS = "kg_entities"
GRAMMAR_SPANS = "kg_grammar"
DEMONYM = "demonym"
# on equal length, which kind wins
KIND_PRIORITY = {PERSON: 0, ORGANIZATION: 1, AGREEMENT: 2, ZONE_TYPE: 3, REGION: 4, COUNTRY: 5, ROLE: 6, DEMONYM: 7}
GRAMMAR_KINDS = frozenset({ROLE, DEMONYM})


def iter_patterns(gazetteer: Gazetteer) -> Iterator[tuple[str, str, str]]:
    """(kind, iri, Arabic label) for every label, alias and nationality adjective."""
    for entity in gazetteer.entities.values():
        for label in entity.labels_ar:
            yield entity.kind, entity.iri, label
        for demonym in entity.demonyms_ar:
            yield DEMONYM, entity.iri, demonym


class GazetteerMatcher:
    def __init__(self, nlp: Language, name: str, gazetteer_dir: str | None):
        self.nlp = nlp
        self.name = name
        self.gazetteer_dir = gazetteer_dir
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        folder = Path(self.gazetteer_dir) if self.gazetteer_dir else None
        gazetteer, _ = load_gazetteer(folder)
        vocabulary = gazetteer_vocabulary(folder, self.nlp.make_doc)
        grouped: dict[str, set[tuple[str, ...]]] = {}
        for kind, iri, label in sorted(set(iter_patterns(gazetteer))):
            words = tuple(token_key(text, vocabulary) for text in label_tokens(label, self.nlp.make_doc))
            if words:
                grouped.setdefault(f"{kind}|{iri}", set()).add(words)
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        for key, phrases in grouped.items():
            self.matcher.add(key, [Doc(self.nlp.vocab, words=list(words)) for words in sorted(phrases)])

    def __call__(self, doc: Doc) -> Doc:
        positions, keys = content_keys(doc)
        view = Doc(self.nlp.vocab, words=keys)
        candidates = []
        for match_id, start, end in self.matcher(view):
            kind, iri = self.nlp.vocab.strings[match_id].split("|", 1)
            span = Span(doc, positions[start], positions[end - 1] + 1, label=kind, kb_id=iri)
            candidates.append(span)
        doc.spans[ENTITY_SPANS] = select_longest([s for s in candidates if s.label_ not in GRAMMAR_KINDS])
        doc.spans[GRAMMAR_SPANS] = select_longest([s for s in candidates if s.label_ in GRAMMAR_KINDS])
        return doc


def select_longest(spans: list[Span]) -> list[Span]:
    """Non-overlapping spans, longest first, then by kind priority and IRI; in text order."""
    ranked = sorted(spans, key=lambda s: (-(s.end - s.start), KIND_PRIORITY[s.label_], s.start, s.kb_id_))
    taken: set[int] = set()
    kept: list[Span] = []
    for span in ranked:
        if not taken.intersection(range(span.start, span.end)):
            kept.append(span)
            taken.update(range(span.start, span.end))
    return sorted(kept, key=lambda s: s.start)


@Language.factory("kg_gazetteer", default_config={"gazetteer_dir": None})
def make_gazetteer_matcher(nlp: Language, name: str, gazetteer_dir: str | None) -> GazetteerMatcher:
    return GazetteerMatcher(nlp, name, gazetteer_dir)
