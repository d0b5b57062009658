"""`kg_normalizer`: sets each token's NORM to its match key (normalised, clitic-aware)."""

from __future__ import annotations

from pathlib import Path

import numpy
from spacy.attrs import ORTH, NORM
from spacy.language import Language
from spacy.tokens import Doc

from kg.gazetteer.loader import load_gazetteer
from kg.gazetteer.model import Gazetteer
from kg.pipeline.vocabulary import GRAMMAR_WORDS, match_vocabulary, token_key


_VOCABULARIES: dict[Path | None, frozenset[str]] = {}


def gazetteer_vocabulary(folder: Path | None, tokenize) -> frozenset[str]:
    """The match vocabulary of a gazetteer folder, built once and shared by kg_normalizer and kg_gazetteer."""
    if folder not in _VOCABULARIES:
        gazetteer, _ = load_gazetteer(folder)
        _VOCABULARIES[folder] = match_vocabulary(gazetteer_labels(gazetteer), tokenize)
    return _VOCABULARIES[folder]


def gazetteer_labels(gazetteer: Gazetteer) -> list[str]:
    labels: list[str] = []
    for entity in gazetteer.entities.values():
        labels.extend(entity.labels_ar)
        labels.extend(entity.demonyms_ar)
    return labels


class Normalizer:
    """Token NORM = normalised form, with proclitics (و ف ب ل ك ال لل) cut when the stem is a known word."""

    def __init__(self, nlp: Language, name: str, gazetteer_dir: str | None):
        self.nlp = nlp
        self.name = name
        self.gazetteer_dir = gazetteer_dir
        self.vocabulary: frozenset[str] = GRAMMAR_WORDS
        self.norm_of: dict[int, int] = {}  # ORTH hash -> NORM hash, filled as words are met

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        folder = Path(self.gazetteer_dir) if self.gazetteer_dir else None
        self.vocabulary = gazetteer_vocabulary(folder, self.nlp.make_doc)
        self.norm_of = {}

    def norm_hash(self, orth: int, strings) -> int:
        text = strings[orth]
        return orth if text.isspace() else strings.add(token_key(text, self.vocabulary))

    def __call__(self, doc: Doc) -> Doc:
        """All NORMs in one `Doc.from_array` call: setting `token.norm_` one by one is slow."""
        if not len(doc):
            return doc
        strings, norm_of = doc.vocab.strings, self.norm_of
        orths = doc.to_array(ORTH)
        norms = numpy.empty(len(doc), dtype=numpy.uint64)
        for index, orth in enumerate(orths.tolist()):
            norm = norm_of.get(orth)
            if norm is None:
                norm = norm_of[orth] = self.norm_hash(orth, strings)
            norms[index] = norm
        doc.from_array([NORM], norms.reshape(-1, 1))
        return doc


@Language.factory("kg_normalizer", default_config={"gazetteer_dir": None})
def make_normalizer(nlp: Language, name: str, gazetteer_dir: str | None) -> Normalizer:
    return Normalizer(nlp, name, gazetteer_dir)
