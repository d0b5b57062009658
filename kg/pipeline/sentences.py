"""`kg_sentences`: sentence boundaries at final punctuation and at line breaks (headlines, paragraphs)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

SENTENCE_FINAL = frozenset({".", "!", "؟", "?", "…", "..", "...", "!!", "؟؟"})


def ends_sentence(token) -> bool:
    return token.text in SENTENCE_FINAL or (token.is_space and "\n" in token.text)


@Language.component("kg_sentences")
def set_sentence_starts(doc: Doc) -> Doc:
    for index, token in enumerate(doc):
        token.is_sent_start = index == 0 or ends_sentence(doc[index - 1])
    return doc
