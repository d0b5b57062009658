"""The text layer: `spacy.blank("ar")` with our tokenizer and components."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

# importing the modules registers their factories
from kg.pipeline import dates, focus, gazetteer_matcher, normalizer, sentences, titles  # noqa: F401
from kg.pipeline.sentences import TEXT_KEY
from kg.text.tokenizer import create_tokenizer

PIPELINE = ("kg_sentences", "kg_normalizer", "kg_gazetteer", "kg_focus", "kg_titles", "kg_dates")
CONFIGURED = frozenset({"kg_normalizer", "kg_gazetteer", "kg_focus", "kg_titles"})


def build_nlp(gazetteer_dir: Path | None = None, prefilter: bool = True) -> Language:
    """A ready pipeline; the gazetteer is read when it is initialised. With `prefilter`, the
    extractors read only the sentences near a trigger (kg.extract.prefilter)."""
    nlp = spacy.blank("ar")
    nlp.tokenizer = create_tokenizer(nlp)
    config = {"gazetteer_dir": str(gazetteer_dir) if gazetteer_dir else None}
    for name in PIPELINE:
        extra = {"prefilter": prefilter} if name == "kg_focus" else {}
        nlp.add_pipe(name, config=config | extra if name in CONFIGURED else {})
    nlp.initialize()
    return nlp


def analyse(nlp: Language, text: str, article_id: str = "", published: dt.date | None = None) -> Doc:
    """Run the pipeline on one article's text."""
    doc = nlp.make_doc(text)
    doc._.article_id = article_id
    doc._.published = published
    doc.user_data[TEXT_KEY] = text  # the tokenizer keeps every character: doc.text == text
    return nlp(doc)
