"""`kg_sentences`: sentence boundaries at final punctuation and at line breaks (headlines, paragraphs).

The boundaries are written in one `Doc.from_array` call: setting `token.is_sent_start` token by
token makes spaCy check the whole document's annotation each time (quadratic in its length).
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

SENTENCE_FINAL = frozenset({".", "!", "؟", "?", "…", "..", "...", "!!", "؟؟"})
# SENT_START values as spaCy stores them: 1 starts a sentence, -1 (as uint64) does not
STARTS, CONTINUES = numpy.uint64(1), numpy.uint64(2**64 - 1)


def ends_sentence(token) -> bool:
    return token.text in SENTENCE_FINAL or (token.is_space and "\n" in token.text)


def sentence_ends(doc: Doc) -> numpy.ndarray:
    """A boolean per token: whether a sentence ends with it."""
    strings = doc.vocab.strings
    finals = {strings.add(text) for text in SENTENCE_FINAL}
    tokens = doc.to_array([ORTH, IS_SPACE])
    return numpy.fromiter(
        (orth in finals or (space and "\n" in strings[orth]) for orth, space in tokens), dtype=bool, count=len(doc)
    )


BOUNDS = "kg_sentence_bounds"


@Language.component("kg_sentences")
def set_sentence_starts(doc: Doc) -> Doc:
    if not len(doc):
        doc.user_data[BOUNDS] = ()
        return doc
    is_start = numpy.zeros(len(doc), dtype=bool)
    is_start[0] = True
    is_start[1:] = sentence_ends(doc)[:-1]
    doc.from_array([SENT_START], numpy.where(is_start, STARTS, CONTINUES).astype(numpy.uint64).reshape(-1, 1))
    firsts = numpy.flatnonzero(is_start).tolist()
    doc.user_data[BOUNDS] = tuple(zip(firsts, firsts[1:] + [len(doc)]))
    return doc


def sentence_spans(doc: Doc) -> list:
    """The sentences of a document, as spans, computed once (iterating `doc.sents` walks every token)."""
    spans = doc.user_data.get("kg_sentence_spans")
    if spans is None:
        bounds = doc.user_data.get(BOUNDS)
        spans = list(doc.sents) if bounds is None else [doc[start:end] for start, end in bounds]
        doc.user_data["kg_sentence_spans"] = spans
    return spans


TEXT_KEY = "kg_text"


def doc_text(doc: Doc) -> str:
    """The document's text, computed once (`doc.text` joins every token each time it is read)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def span_text(span) -> str:
    return doc_text(span.doc)[span.start_char : span.end_char]
